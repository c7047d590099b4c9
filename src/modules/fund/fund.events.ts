// Events the fund publishes (data: raw ids and amounts, never names; anonymous donors' ids left
// out). Handlers of other modules' events are in fund.handlers.ts.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const fen = z.number().int();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string) =>
  defineEvent(`fund.${name}`, schema, { description: { 'zh-CN': zh, en }, permission: 'fund.read' });

/** A donation's event: the donor's reference and account are null when the donor asked to stay anonymous. */
const donation = z.object({
  fundId: id,
  donationId: id,
  kind: z.string(),
  amountFen: fen,
  donorType: z.string(),
  donorRefId: id.nullable(),
  donorAccountId: id.nullable(),
});
const disbursement = { disbursementId: id };

export const FUND_EVENTS = {
  FundCreated: e('FundCreated', z.object({ fundId: id, kind: z.string() }), '基金已设立', 'Fund created'),
  FundUpdated: e('FundUpdated', z.object({ fundId: id }), '基金已修改', 'Fund updated'),
  DonationPledged: e('DonationPledged', donation, '已认捐', 'Donation pledged'),
  DonationReceived: e('DonationReceived', donation, '捐赠已到账', 'Donation received'),
  PledgeCancelled: e('PledgeCancelled', donation, '认捐已撤销', 'Pledge cancelled'),
  DonationRefunded: e('DonationRefunded', donation, '捐赠已退回', 'Donation refunded'),
  DisbursementRequested: e(
    'DisbursementRequested',
    z.object({ ...disbursement, fundId: id, amountFen: fen, purpose: z.string(), councilTopicId: id.nullable() }),
    '支出已申请',
    'Disbursement requested',
  ),
  DisbursementApprovalGiven: e(
    'DisbursementApprovalGiven',
    z.object({ ...disbursement, approverAccountId: id.nullable(), approvalsCount: z.number().int() }),
    '管委会成员已批准',
    'Committee approval given',
  ),
  DisbursementCouncilPassed: e('DisbursementCouncilPassed', z.object({ ...disbursement, topicId: id }), '议事会已表决通过', 'Council vote passed'),
  DisbursementApproved: e(
    'DisbursementApproved',
    z.object({ ...disbursement, fundId: id, amountFen: fen, purpose: z.string() }),
    '支出已批准',
    'Disbursement approved',
  ),
  /** Rejected by the committee (fundId) or by a failed council vote (topicId). */
  DisbursementRejected: e(
    'DisbursementRejected',
    z.object({ ...disbursement, fundId: id.optional(), topicId: id.optional() }),
    '支出已驳回',
    'Disbursement rejected',
  ),
  DisbursementCancelled: e('DisbursementCancelled', z.object({ ...disbursement, fundId: id }), '支出已撤回', 'Disbursement cancelled'),
  DisbursementPaid: e('DisbursementPaid', z.object({ ...disbursement, fundId: id, amountFen: fen, purpose: z.string() }), '支出已支付', 'Disbursement paid'),
  /** The fund could not open a disbursement a project asked for (code: the refusal's error code). */
  ProjectFundingRefused: e(
    'ProjectFundingRefused',
    z.object({ ...disbursement, projectId: id, code: z.string() }),
    '项目资金申请未受理',
    "A project's funding request was refused by the fund's rules",
  ),
};

export const fundEvents = Object.values(FUND_EVENTS);
