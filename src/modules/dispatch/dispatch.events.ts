// Events the dispatch module publishes (the cross-module contract: data carries raw ids, never
// personal data), with the permission a subscriber needs to see each in the change feed.
import type { EventDeclaration } from '../../plugins/module-contract';

const e = (name: string, zh: string, en: string): EventDeclaration => ({
  type: `dispatch.${name}`,
  description: { 'zh-CN': zh, en },
  permission: 'dispatch.board.read',
});

export const dispatchEvents: EventDeclaration[] = [
  e('RequestCreated', '民需已受理', 'Request received'),
  e('RequestDispatched', '已派单', 'Request dispatched (assigned or opened to a pool)'),
  e('RequestClaimed', '已接单', 'Request claimed'),
  e('RequestHandedOver', '已转交', 'Request handed over'),
  e('RequestNoted', '已记录进展', 'Progress note added'),
  e('RequestOverdue', '已超期', 'Request overdue'),
  // {requestId, threshold ('before:24' | 'overdue:0' …), dueAt, takerAccountId|null (null: the dispatcher is reminded)}
  e('RequestReminder', '办理提醒', 'Reminder to the taker before the deadline or while overdue'),
  e('RequestEscalated', '已上报', 'Request escalated'),
  e('RequestResolved', '已办结', 'Request resolved'),
  // {requestId, rating, takerAccountId|null, takerVolunteerId|null, requesterResidentId|null, householdId|null, minutesSpent|null}
  e('RequestRated', '已评价', 'Request rated by the requester'),
  e('RequestReopened', '已重启', 'Request reopened'),
  e('RequestClosed', '已自动关闭', 'Request closed without rating'),
  e('RequestCancelled', '已撤销', 'Request cancelled'),
  e('RequestRejected', '不予受理', 'Request rejected'),
  e('RequestMerged', '已合并', 'Request merged into another'),
];
export const DISPATCH_EVENT_TYPES = dispatchEvents.map((x) => x.type);
