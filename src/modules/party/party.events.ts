// Events party building publishes (data: raw ids and counts, never names or phones), and the
// dispatch events it handles: a request a reporting member took becomes a service record when
// resolved, and gets its rating when rated (one record per request, however often delivered).
import { v7 as uuidv7 } from 'uuid';
import type { EventDeclaration, EventHandlerContext, WusheModule } from '../../plugins/module-contract';
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import { DISPATCH_EVENTS } from '../dispatch/public';
import { partySettings } from './party.settings';

const e = (name: string, zh: string, en: string, permission = 'party.read'): EventDeclaration => ({ type: `party.${name}`, description: { 'zh-CN': zh, en }, permission });

export const partyEvents: EventDeclaration[] = [
  e('UnitAdded', '成员单位已加入大党委', 'Member unit added'),
  e('UnitUpdated', '成员单位已修改', 'Member unit updated'),
  // {year, unitIds, rule}
  e('RotationGenerated', '年度轮值已生成', 'Yearly rotation generated'),
  // {year, positions, unitIds}
  e('RotationChanged', '轮值已调整', 'Rotation slot replaced or swapped'),
  // {meetingId, unitId}
  e('MeetingScheduled', '联席会议已安排', 'Joint meeting scheduled'),
  e('MeetingAttendanceRecorded', '联席会议出席已登记', 'Joint meeting attendance recorded'),
  // {meetingId, decisions}
  e('MeetingHeld', '联席会议已召开（纪要与决定）', 'Joint meeting held with minutes and decisions'),
  e('MeetingCancelled', '联席会议已取消', 'Joint meeting cancelled'),
  e('ServiceItemPublished', '服务项目已发布', 'Service item published'),
  e('ServiceItemClosed', '服务项目已关闭', 'Service item closed'),
  // {itemId, claimId, unitId|null, memberId|null}
  e('ServiceItemClaimed', '服务项目已认领', 'Service item claimed'),
  // {itemId, claimId, minutes}
  e('ServiceClaimCompleted', '认领服务已完成', 'Claimed service completed'),
  // {memberId, accountId|null, unitId|null}
  e('MemberReported', '党员已到社区报到', 'Party member reported to the community', 'party.member.read'),
  e('MemberUpdated', '报到党员信息已修改', 'Reporting member updated', 'party.member.read'),
  // {memberId, source, sourceRef, minutes}
  e('ServiceRecorded', '党员服务已记录', 'Service of a reporting member recorded', 'party.member.read'),
  e('EscalationTargetAdded', '吹哨对象已添加', 'Escalation target added'),
  e('EscalationTargetUpdated', '吹哨对象已修改', 'Escalation target updated'),
];

type Handlers = NonNullable<NonNullable<WusheModule['events']>['handles']>;

/** Minutes from event data, clamped to one day (a record is one service). */
const minutesOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(Math.floor(v), 0), 1440) : 0);

/**
 * A dispatch request a reporting member took becomes one service record: inserted by whichever of
 * RequestResolved / RequestRated arrives first (a request resolved before the member reported gets
 * its record on rating), the rating and the larger minutes kept by the other; redelivery is a no-op.
 */
async function recordDispatchService(event: OutboxEventRecord, { em, settings, publish }: EventHandlerContext, rating: number | null): Promise<void> {
  const c = event.communityId;
  const d = event.data as { requestId?: string; takerAccountId?: string | null; minutesSpent?: number | null };
  const requestId = d.requestId ?? event.subjectId;
  if (!c || !requestId || !d.takerAccountId || !partySettings.parse(settings ?? {}).recordDispatchService) return;
  const [m] = await em.execute(`select id from party_member where community_id = ? and account_id = ? and active`, [c, d.takerAccountId]);
  if (!m) return;
  const minutes = minutesOf(d.minutesSpent);
  const rows = await em.execute(
    `insert into party_service_record (id, community_id, member_id, source, source_ref, title, minutes, rating, served_at)
     values (?, ?, ?, 'DISPATCH', ?, '民需服务（党员接单）', ?, ?, ?)
     on conflict ("community_id", "source", "source_ref") do update set rating = coalesce(excluded.rating, party_service_record.rating),
       minutes = greatest(party_service_record.minutes, excluded.minutes), updated_at = now()
     returning (xmax = 0) as inserted`,
    [uuidv7(), c, m.id, requestId, minutes, rating, event.createdAt],
  );
  if (rows[0]?.inserted) publish({ type: 'party.ServiceRecorded', communityId: c, subject: { type: 'PartyMember', id: m.id }, data: { memberId: m.id, source: 'DISPATCH', sourceRef: requestId, minutes } });
}

export const partyHandlers: Handlers = {
  [DISPATCH_EVENTS.RequestResolved]: (event, hctx) => recordDispatchService(event, hctx, null),
  [DISPATCH_EVENTS.RequestRated]: (event, hctx) => {
    const r = (event.data as { rating?: unknown }).rating;
    return recordDispatchService(event, hctx, Number.isInteger(r) && (r as number) >= 1 && (r as number) <= 5 ? (r as number) : null);
  },
};
