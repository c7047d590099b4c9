// Events the fund publishes (data: raw ids and amounts, never names; anonymous donors' ids left
// out) and the council's decision it acts on.
import type { EventDeclaration, WusheModule } from '../../plugins/module-contract';
import { councilDecided } from './disbursement.service';
import { COUNCIL_EVENTS, type CouncilTopicDecided } from '../council/public';

const e = (type: string, zh: string, en: string): EventDeclaration => ({ type: `fund.${type}`, description: { 'zh-CN': zh, en }, permission: 'fund.read' });

export const fundEvents: EventDeclaration[] = [
  e('FundCreated', '基金已设立', 'Fund created'),
  e('FundUpdated', '基金已修改', 'Fund updated'),
  e('DonationPledged', '已认捐', 'Donation pledged'),
  e('DonationReceived', '捐赠已到账', 'Donation received'),
  e('PledgeCancelled', '认捐已撤销', 'Pledge cancelled'),
  e('DonationRefunded', '捐赠已退回', 'Donation refunded'),
  e('DisbursementRequested', '支出已申请', 'Disbursement requested'),
  e('DisbursementApprovalGiven', '管委会成员已批准', 'Committee approval given'),
  e('DisbursementCouncilPassed', '议事会已表决通过', 'Council vote passed'),
  e('DisbursementApproved', '支出已批准', 'Disbursement approved'),
  e('DisbursementRejected', '支出已驳回', 'Disbursement rejected'),
  e('DisbursementCancelled', '支出已撤回', 'Disbursement cancelled'),
  e('DisbursementPaid', '支出已支付', 'Disbursement paid'),
];

type Handlers = NonNullable<NonNullable<WusheModule['events']>['handles']>;

export const fundHandles: Handlers = {
  // A passed council topic whose id a waiting request links counts as that request's vote.
  [COUNCIL_EVENTS.TopicDecided]: async (event, { em }) => {
    if (!event.communityId) return;
    await councilDecided(em, event.communityId, event.data as Partial<CouncilTopicDecided>);
  },
};
