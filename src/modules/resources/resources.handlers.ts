// Events of other modules 三项清单 handles: dispatch 期望单, council decisions and grid visit findings feed the 需求库;
// the fund's answers to a project's funding request move the project's funding status.
import { on } from '../../plugins/events/define-event';
import { DISPATCH_EVENTS } from '../dispatch/public';
import { COUNCIL_EVENTS } from '../council/public';
import { FUND_EVENTS } from '../fund/public';
import { needFromCouncil, needFromDispatch, needFromVisitFinding } from './need-intake.service';
import { GRID_EVENTS } from '../grid/public';
import { fundingAnswered } from './funding.service';
import { FundingStatus } from './resources.enums';

export const resourcesHandlers = [
  on(DISPATCH_EVENTS.RequestCreated, needFromDispatch),
  on(COUNCIL_EVENTS.TopicDecided, needFromCouncil),
  on(GRID_EVENTS.VisitFindingReferred, needFromVisitFinding),
  on(FUND_EVENTS.DisbursementApproved, fundingAnswered(FundingStatus.APPROVED)),
  on(FUND_EVENTS.DisbursementRejected, fundingAnswered(FundingStatus.REJECTED)),
  on(FUND_EVENTS.DisbursementCancelled, fundingAnswered(FundingStatus.CANCELLED)),
  on(FUND_EVENTS.DisbursementPaid, fundingAnswered(FundingStatus.PAID)),
  on(FUND_EVENTS.ProjectFundingRefused, fundingAnswered(FundingStatus.REFUSED)),
];
