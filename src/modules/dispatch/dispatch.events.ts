// Events the dispatch module publishes (the cross-module contract: data carries raw ids, never
// personal data), with the permission a subscriber needs to see each in the change feed. Every
// request event carries the request's ids and states; each adds its own fields.
import { z } from 'zod';
import { defineEvent, type EventDefinition } from '../../plugins/events/define-event';

const id = z.string();
/** What every request event carries (request.service.ts `eventData`). */
const request = {
  requestId: id,
  /** The transition (`create`, `assign`, `rate` …). */
  action: z.string(),
  /** Status before it. */
  from: z.string(),
  status: z.string(),
  kind: z.string(),
  gridUnitId: id.nullable(),
  takerAccountId: id.nullable(),
  /** Who the request is for (residents' own feed and notifications); absent on events written before. */
  requesterAccountId: id.nullable().optional(),
  requesterResidentId: id.nullable().optional(),
};
const requestData = z.object(request);
/** Data of any request event: the common fields, plus the event's own. */
export type RequestEventData = z.infer<typeof requestData> & Record<string, unknown>;
/** Any request event, as the shared transition code publishes it (its own schema still checks the data). */
export type RequestEventDefinition = EventDefinition<string, z.ZodType<RequestEventData>>;

const r = <X extends z.ZodRawShape>(name: string, own: X, zh: string, en: string) =>
  defineEvent(`dispatch.${name}`, z.object({ ...request, ...own }), { description: { 'zh-CN': zh, en }, permission: 'dispatch.board.read' });
const iso = z.string();

export const DISPATCH_EVENTS = {
  RequestCreated: r('RequestCreated', { channel: z.string(), householdId: id.nullable() }, '民需已受理', 'Request received'),
  /** mode POOL (opened to a pool) or ASSIGN (a taker named). */
  RequestDispatched: r(
    'RequestDispatched',
    { mode: z.enum(['POOL', 'ASSIGN']), route: z.string() },
    '已派单',
    'Request dispatched (assigned or opened to a pool)',
  ),
  RequestClaimed: r('RequestClaimed', {}, '已接单', 'Request claimed'),
  RequestHandedOver: r('RequestHandedOver', { previousTakerAccountId: id.nullable() }, '已转交', 'Request handed over'),
  RequestNoted: r('RequestNoted', {}, '已记录进展', 'Progress note added'),
  RequestOverdue: r('RequestOverdue', { dueAt: iso.nullable() }, '已超期', 'Request overdue'),
  /** threshold: 'before:24' | 'overdue:0' …; takerAccountId null: the dispatcher is reminded. */
  RequestReminder: r(
    'RequestReminder',
    { threshold: z.string(), dueAt: iso.nullable() },
    '办理提醒',
    'Reminder to the taker before the deadline or while overdue',
  ),
  /** target DEPARTMENT | SECRETARY_STUDIO; source PARTY | SETTINGS | null; escalationTargetId: party target raw id. */
  RequestEscalated: r(
    'RequestEscalated',
    { target: z.string(), source: z.string().nullable(), escalationTargetId: id.nullable(), escalatedTo: z.string().nullable() },
    '已上报',
    'Request escalated',
  ),
  /** Resolved by the taker (minutesSpent) or answered after an escalation (answered, escalation fields). */
  RequestResolved: r(
    'RequestResolved',
    {
      minutesSpent: z.number().int().nullable().optional(),
      answered: z.boolean().optional(),
      escalationTargetId: id.nullable().optional(),
      escalatedTo: z.string().nullable().optional(),
    },
    '已办结',
    'Request resolved',
  ),
  RequestRated: r(
    'RequestRated',
    {
      rating: z.number().int(),
      takerVolunteerId: id.nullable(),
      requesterResidentId: id.nullable(),
      householdId: id.nullable(),
      minutesSpent: z.number().int().nullable(),
    },
    '已评价',
    'Request rated by the requester',
  ),
  RequestReopened: r('RequestReopened', {}, '已重启', 'Request reopened'),
  RequestClosed: r('RequestClosed', {}, '已自动关闭', 'Request closed without rating'),
  RequestCancelled: r('RequestCancelled', {}, '已撤销', 'Request cancelled'),
  RequestRejected: r('RequestRejected', {}, '不予受理', 'Request rejected'),
  RequestMerged: r('RequestMerged', { mergedIntoId: id }, '已合并', 'Request merged into another'),
};

export const dispatchEvents = Object.values(DISPATCH_EVENTS);
export const DISPATCH_EVENT_TYPES: string[] = dispatchEvents.map((x) => x.type);
