// Events 三项清单 publishes (data: raw ids, keys and amounts, never personal data) and the events
// of other modules it handles: dispatch 期望单 and council decisions feed the 需求库; the fund's
// answers to a project's funding request move the project's funding status.
import type { EventDeclaration, WusheModule } from '../../plugins/module-contract';
import { DISPATCH_EVENTS } from '../dispatch/public';
import { COUNCIL_EVENTS } from '../council/public';
import { FUND_EVENTS } from '../fund/public';
import { needFromCouncil, needFromDispatch } from './need-intake.service';
import { fundingAnswered } from './funding.service';
import { FundingStatus } from './resources.enums';

const e = (type: string, zh: string, en: string): EventDeclaration => ({ type: `resources.${type}`, description: { 'zh-CN': zh, en }, permission: 'resources.read' });

export const resourcesEvents: EventDeclaration[] = [
  // {needId, source, category, gridUnitId}
  e('NeedCreated', '需求已入库', 'Need recorded'),
  e('NeedClosed', '需求已关闭', 'Need closed'),
  e('NeedMet', '需求已满足', 'Need met'),
  e('ResourceCreated', '资源已入库', 'Resource offered'),
  e('ResourceUpdated', '资源已修改', 'Resource updated'),
  e('SurveyCreated', '需求调查已发起', 'Need survey started'),
  // {surveyId, responsesCount}
  e('SurveyAnswered', '已填写需求调查', 'Survey answered'),
  e('SurveyClosed', '需求调查已结束', 'Need survey closed'),
  // {projectId, needId, resourceIds}
  e('ProjectCreated', '项目已立项', 'Project created'),
  e('ProjectStarted', '项目已开始实施', 'Project started'),
  e('ProjectCompleted', '项目已完成', 'Project completed'),
  e('ProjectCancelled', '项目已撤销', 'Project cancelled'),
  e('MilestoneChanged', '里程碑已更新', 'Milestone added, done or undone'),
  // ProjectFundingRequested in public.ts
  e('ProjectFundingRequested', '项目已申请基金支出', 'Project asked the fund for a disbursement'),
  // {projectId, disbursementId, fundingStatus}
  e('ProjectFundingChanged', '项目资金状态已更新', 'Project funding status changed (from the fund\'s events)'),
];

type Handlers = NonNullable<NonNullable<WusheModule['events']>['handles']>;

export const resourcesHandles: Handlers = {
  [DISPATCH_EVENTS.RequestCreated]: needFromDispatch,
  [COUNCIL_EVENTS.TopicDecided]: needFromCouncil,
  [FUND_EVENTS.DisbursementApproved]: fundingAnswered(FundingStatus.APPROVED),
  [FUND_EVENTS.DisbursementRejected]: fundingAnswered(FundingStatus.REJECTED),
  [FUND_EVENTS.DisbursementCancelled]: fundingAnswered(FundingStatus.CANCELLED),
  [FUND_EVENTS.DisbursementPaid]: fundingAnswered(FundingStatus.PAID),
  [FUND_EVENTS.ProjectFundingRefused]: fundingAnswered(FundingStatus.REFUSED),
};
