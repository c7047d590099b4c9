// Dispatch events party building handles: a request a reporting member took becomes a service
// record when resolved, and gets its rating when rated (one record per request, however often delivered).
import { v7 as uuidv7 } from 'uuid';
import { on, type EventHandlerContext } from '../../plugins/events/define-event';
import { DISPATCH_EVENTS } from '../dispatch/public';
import { PartySettings } from './party.settings';
import { PARTY_EVENTS } from './party.events';

/** Minutes from event data, clamped to one day (a record is one service). */
const minutesOf = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(Math.floor(v), 0), 1440) : 0);

/**
 * A dispatch request a reporting member took becomes one service record: inserted by whichever of
 * RequestResolved / RequestRated arrives first (a request resolved before the member reported gets
 * its record on rating), the rating and the larger minutes kept by the other; redelivery is a no-op.
 */
async function recordDispatchService(
  event: {
    communityId: string | null;
    subjectId: string | null;
    createdAt: string;
    data: { requestId: string; takerAccountId: string | null; minutesSpent?: number | null };
  },
  { em, settingsAs, publish }: EventHandlerContext,
  rating: number | null,
): Promise<void> {
  const c = event.communityId;
  const d = event.data;
  const requestId = d.requestId ?? event.subjectId;
  if (!c || !requestId || !d.takerAccountId || !settingsAs(PartySettings).recordDispatchService) return;
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
  if (rows[0]?.inserted)
    publish(PARTY_EVENTS.ServiceRecorded, {
      communityId: c,
      subject: { type: 'PartyMember', id: m.id },
      data: { memberId: m.id, source: 'DISPATCH', sourceRef: requestId, minutes },
    });
}

export const partyHandlers = [
  on(DISPATCH_EVENTS.RequestResolved, (event, hctx) => recordDispatchService(event, hctx, null)),
  on(DISPATCH_EVENTS.RequestRated, (event, hctx) => {
    const r = event.data.rating;
    return recordDispatchService(event, hctx, Number.isInteger(r) && r >= 1 && r <= 5 ? r : null);
  }),
];
