// Events the council publishes (data carries raw ids, never personal data), with the permission
// a subscriber needs to see each in the change feed.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string) =>
  defineEvent(`council.${name}`, schema, { description: { 'zh-CN': zh, en }, permission: 'council.read' });
const topic = { topicId: id, bodyId: id };

export const COUNCIL_EVENTS = {
  BodyCreated: e('BodyCreated', z.object({ bodyId: id, levelKey: z.string(), gridUnitId: id.nullable() }), '议事机构已建立', 'Council body created'),
  MemberAdded: e('MemberAdded', z.object({ bodyId: id, memberId: id, accountId: id, householdId: id.nullable() }), '议事会成员已增补', 'Council member added'),
  MemberEnded: e('MemberEnded', z.object({ bodyId: id, memberId: id }), '议事会成员已卸任', 'Council member left'),
  /** Raised in the council (to: 'RAISED') or from a dispatch 期望单 (requestId). */
  TopicRaised: e('TopicRaised', z.object({ ...topic, to: z.string().optional(), requestId: id.optional() }), '议题已提出（民事民提）', 'Topic raised'),
  TopicStatusChanged: e(
    'TopicStatusChanged',
    z.object({ ...topic, fromBodyId: id, from: z.string(), to: z.string(), action: z.string() }),
    '议题状态已变更',
    'Topic status changed',
  ),
  TopicEscalated: e('TopicEscalated', z.object({ ...topic, fromBodyId: id }), '议题已上报上一级', 'Topic escalated one level up'),
  /** A passed topic may carry a fund request for the fund module. */
  TopicDecided: e(
    'TopicDecided',
    z.object({ ...topic, passed: z.boolean(), fundRequest: z.object({ amountFen: z.number().int(), purpose: z.string() }).nullable() }),
    '议题已决定（民事民决）',
    'Topic decided',
  ),
  TopicEvaluated: e('TopicEvaluated', z.object({ ...topic, rating: z.number().int() }), '议题已评议（民事民评）', 'Topic evaluated by a resident'),
  CommentPosted: e('CommentPosted', z.object({ ...topic, commentId: id }), '议事发言', 'Comment posted'),
  /** A moderator hid or restored a comment (the reason is in the moderation log, not here). */
  CommentHidden: e('CommentHidden', z.object({ ...topic, commentId: id }), '发言已隐藏', 'Comment hidden by a moderator'),
  CommentRestored: e('CommentRestored', z.object({ ...topic, commentId: id }), '发言已恢复', 'Comment restored by a moderator'),
  TaskAdded: e('TaskAdded', z.object({ ...topic, taskId: id, ownerAccountId: id.nullable() }), '办理事项已新增', 'Task added'),
  TaskDone: e('TaskDone', z.object({ ...topic, taskId: id }), '办理事项已完成', 'Task done'),
  VoteOpened: e('VoteOpened', z.object({ ...topic, voteId: id }), '表决已发起', 'Vote opened'),
  /** A ballot, cast in person or entered by staff (enteredByAccountId). */
  VoteCast: e(
    'VoteCast',
    z.object({ ...topic, voteId: id, accountId: id, householdId: id.nullable(), channel: z.string(), enteredByAccountId: id.nullable() }),
    '已投票',
    'Ballot cast',
  ),
  VoteChanged: e(
    'VoteChanged',
    z.object({ ...topic, voteId: id, accountId: id, householdId: id.nullable(), channel: z.string(), enteredByAccountId: id.nullable() }),
    '已改票',
    'Ballot changed before the close',
  ),
  /** tally: ballots per option, in the vote's option order. */
  VoteClosed: e(
    'VoteClosed',
    z.object({ ...topic, voteId: id, passed: z.boolean(), quorumMet: z.boolean(), tally: z.array(z.number().int()) }),
    '表决已结束，结果已公布',
    'Vote closed and result published',
  ),
  MeetingScheduled: e('MeetingScheduled', z.object({ meetingId: id, bodyId: id, scheduledAt: z.string() }), '会议已安排', 'Meeting scheduled'),
  MeetingAttended: e('MeetingAttended', z.object({ meetingId: id, accountId: id, bodyId: id, channel: z.string() }), '已出席会议', 'Meeting attended'),
  MeetingClosed: e('MeetingClosed', z.object({ meetingId: id, bodyId: id, voteIds: z.array(id) }), '会议已闭会', 'Meeting closed'),
  /** reason NOT_SCHEDULED (no meeting in the period) or UPCOMING (meetingId: the one coming). */
  MeetingDue: e(
    'MeetingDue',
    z.object({
      bodyId: id,
      period: z.string(),
      periodStart: z.string(),
      periodEnd: z.string(),
      dueAt: z.string(),
      reason: z.enum(['NOT_SCHEDULED', 'UPCOMING']),
      meetingId: id.nullable(),
    }),
    '例会到期提醒',
    'Regular meeting due',
  ),
  DocumentPublished: e(
    'DocumentPublished',
    z.object({ bodyId: id, documentId: id, kind: z.string(), version: z.number().int() }),
    '议事会文件已发布',
    'Council document published',
  ),
};

export const councilEvents = Object.values(COUNCIL_EVENTS);
