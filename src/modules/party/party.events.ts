// Events party building publishes (data: raw ids and counts, never names or phones). Handlers of
// dispatch's events are in party.handlers.ts.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

const id = z.string();
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission = 'party.read') =>
  defineEvent(`party.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });
const count = z.number().int();

export const PARTY_EVENTS = {
  UnitAdded: e('UnitAdded', z.object({ unitId: id, kind: z.string() }), '成员单位已加入大党委', 'Member unit added'),
  UnitUpdated: e('UnitUpdated', z.object({ unitId: id, active: z.boolean() }), '成员单位已修改', 'Member unit updated'),
  RotationGenerated: e('RotationGenerated', z.object({ year: count, rule: z.string(), unitIds: z.array(id) }), '年度轮值已生成', 'Yearly rotation generated'),
  /** One slot replaced (previousUnitId) or two swapped. */
  RotationChanged: e(
    'RotationChanged',
    z.object({ year: count, positions: z.array(count), unitIds: z.array(id), previousUnitId: id.nullable().optional() }),
    '轮值已调整',
    'Rotation slot replaced or swapped',
  ),
  MeetingScheduled: e('MeetingScheduled', z.object({ meetingId: id, unitId: id }), '联席会议已安排', 'Joint meeting scheduled'),
  MeetingAttendanceRecorded: e(
    'MeetingAttendanceRecorded',
    z.object({ meetingId: id, units: count }),
    '联席会议出席已登记',
    'Joint meeting attendance recorded',
  ),
  MeetingHeld: e('MeetingHeld', z.object({ meetingId: id, decisions: count }), '联席会议已召开（纪要与决定）', 'Joint meeting held with minutes and decisions'),
  MeetingCancelled: e('MeetingCancelled', z.object({ meetingId: id }), '联席会议已取消', 'Joint meeting cancelled'),
  ServiceItemPublished: e('ServiceItemPublished', z.object({ itemId: id, capacity: count, audience: z.string() }), '服务项目已发布', 'Service item published'),
  ServiceItemClosed: e('ServiceItemClosed', z.object({ itemId: id }), '服务项目已关闭', 'Service item closed'),
  ServiceItemClaimed: e(
    'ServiceItemClaimed',
    z.object({ itemId: id, claimId: id, unitId: id.nullable(), memberId: id.nullable() }),
    '服务项目已认领',
    'Service item claimed',
  ),
  ServiceClaimCompleted: e('ServiceClaimCompleted', z.object({ itemId: id, claimId: id, minutes: count }), '认领服务已完成', 'Claimed service completed'),
  MemberReported: e(
    'MemberReported',
    z.object({ memberId: id, accountId: id.nullable(), unitId: id.nullable() }),
    '党员已到社区报到',
    'Party member reported to the community',
    'party.member.read',
  ),
  MemberUpdated: e('MemberUpdated', z.object({ memberId: id, active: z.boolean() }), '报到党员信息已修改', 'Reporting member updated', 'party.member.read'),
  /** source CLAIM (sourceRef: the claim) or DISPATCH (sourceRef: the request). */
  ServiceRecorded: e(
    'ServiceRecorded',
    z.object({ memberId: id, source: z.enum(['CLAIM', 'DISPATCH']), sourceRef: id, minutes: count }),
    '党员服务已记录',
    'Service of a reporting member recorded',
    'party.member.read',
  ),
  EscalationTargetAdded: e('EscalationTargetAdded', z.object({ targetId: id, kind: z.string() }), '吹哨对象已添加', 'Escalation target added'),
  EscalationTargetUpdated: e('EscalationTargetUpdated', z.object({ targetId: id, active: z.boolean() }), '吹哨对象已修改', 'Escalation target updated'),
};

export const partyEvents = Object.values(PARTY_EVENTS);
