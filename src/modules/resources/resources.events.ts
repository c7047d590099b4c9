// Events 三项清单 publishes (data: raw ids, keys and amounts, never personal data). Handlers of
// other modules' events are in resources.handlers.ts.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string) =>
  defineEvent(`resources.${name}`, schema, { description: { 'zh-CN': zh, en }, permission: 'resources.read' });

export const RESOURCES_EVENTS = {
  /** source STAFF | SURVEY | DISPATCH_REQUEST | COUNCIL_TOPIC | GRID_VISIT, with the source object's id where there is one. */
  NeedCreated: e(
    'NeedCreated',
    z.object({
      needId: id,
      source: z.string(),
      category: z.string().optional(),
      gridUnitId: id.nullable().optional(),
      surveyId: id.optional(),
      requestId: id.optional(),
      topicId: id.optional(),
      findingId: id.optional(),
    }),
    '需求已入库',
    'Need recorded',
  ),
  NeedClosed: e('NeedClosed', z.object({ needId: id }), '需求已关闭', 'Need closed'),
  NeedMet: e('NeedMet', z.object({ needId: id, projectId: id }), '需求已满足', 'Need met'),
  ResourceCreated: e(
    'ResourceCreated',
    z.object({ resourceId: id, kind: z.string(), providerType: z.string(), providerId: id }),
    '资源已入库',
    'Resource offered',
  ),
  ResourceUpdated: e('ResourceUpdated', z.object({ resourceId: id, active: z.boolean() }), '资源已修改', 'Resource updated'),
  SurveyCreated: e('SurveyCreated', z.object({ surveyId: id }), '需求调查已发起', 'Need survey started'),
  SurveyAnswered: e('SurveyAnswered', z.object({ surveyId: id, responsesCount: z.number().int() }), '已填写需求调查', 'Survey answered'),
  SurveyClosed: e('SurveyClosed', z.object({ surveyId: id }), '需求调查已结束', 'Need survey closed'),
  ProjectCreated: e(
    'ProjectCreated',
    z.object({ projectId: id, needId: id, resourceIds: z.array(id), budgetFen: z.number().int() }),
    '项目已立项',
    'Project created',
  ),
  ProjectStarted: e('ProjectStarted', z.object({ projectId: id }), '项目已开始实施', 'Project started'),
  ProjectCompleted: e('ProjectCompleted', z.object({ projectId: id, needId: id }), '项目已完成', 'Project completed'),
  ProjectCancelled: e('ProjectCancelled', z.object({ projectId: id, needId: id }), '项目已撤销', 'Project cancelled'),
  MilestoneChanged: e('MilestoneChanged', z.object({ projectId: id, milestoneId: id, done: z.boolean() }), '里程碑已更新', 'Milestone added, done or undone'),
  /** A project asks the fund for a disbursement. The disbursement id is chosen by the project, so
   * every later fund event about it (approved, paid …) finds the project without a lookup table. */
  ProjectFundingRequested: e(
    'ProjectFundingRequested',
    z.object({
      projectId: id,
      disbursementId: id,
      fundId: id,
      amountFen: z.number().int(),
      purpose: z.string(),
      payee: z.string(),
      title: z.string(),
      requesterAccountId: id,
      councilTopicId: id.nullable(),
    }),
    '项目已申请基金支出',
    'Project asked the fund for a disbursement',
  ),
  ProjectFundingChanged: e(
    'ProjectFundingChanged',
    z.object({ projectId: id, disbursementId: id, fundingStatus: z.string() }),
    '项目资金状态已更新',
    "Project funding status changed (from the fund's events)",
  ),
};

export const resourcesEvents = Object.values(RESOURCES_EVENTS);
