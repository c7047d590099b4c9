// Events the council publishes (data carries raw ids, never personal data), with the permission
// a subscriber needs to see each in the change feed.
import type { EventDeclaration } from '../../plugins/module-contract';

const e = (name: string, zh: string, en: string): EventDeclaration => ({ type: `council.${name}`, description: { 'zh-CN': zh, en }, permission: 'council.read' });

export const councilEvents: EventDeclaration[] = [
  e('BodyCreated', '议事机构已建立', 'Council body created'),
  e('MemberAdded', '议事会成员已增补', 'Council member added'),
  e('MemberEnded', '议事会成员已卸任', 'Council member left'),
  // {topicId, bodyId}
  e('TopicRaised', '议题已提出（民事民提）', 'Topic raised'),
  // {topicId, bodyId, fromBodyId, from, to, action}
  e('TopicStatusChanged', '议题状态已变更', 'Topic status changed'),
  // {topicId, fromBodyId, bodyId}
  e('TopicEscalated', '议题已上报上一级', 'Topic escalated one level up'),
  // {topicId, bodyId, passed, fundRequest: {amountFen, purpose} | null}
  e('TopicDecided', '议题已决定（民事民决）', 'Topic decided'),
  e('TopicEvaluated', '议题已评议（民事民评）', 'Topic evaluated by a resident'),
  e('CommentPosted', '议事发言', 'Comment posted'),
  e('TaskAdded', '办理事项已新增', 'Task added'),
  e('TaskDone', '办理事项已完成', 'Task done'),
  e('VoteOpened', '表决已发起', 'Vote opened'),
  // {voteId, accountId, householdId | null, topicId, bodyId, channel}
  e('VoteCast', '已投票', 'Ballot cast'),
  e('VoteChanged', '已改票', 'Ballot changed before the close'),
  e('VoteClosed', '表决已结束，结果已公布', 'Vote closed and result published'),
  e('MeetingScheduled', '会议已安排', 'Meeting scheduled'),
  // {meetingId, accountId, bodyId, channel}
  e('MeetingAttended', '已出席会议', 'Meeting attended'),
  e('MeetingClosed', '会议已闭会', 'Meeting closed'),
  // {bodyId, dueAt}
  e('MeetingDue', '例会到期提醒', 'Regular meeting due'),
  e('DocumentPublished', '议事会文件已发布', 'Council document published'),
];
