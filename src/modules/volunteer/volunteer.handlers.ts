// Hours from dispatch: a volunteer who took a request that was resolved and rated gets the minutes
// spent recorded (confirmed; no points event here — points credits the rated request itself
// through its own rule).
import { v7 as uuidv7 } from 'uuid';
import { on } from '../../plugins/events/define-event';
import { DISPATCH_EVENTS } from '../dispatch/public';
import { VOLUNTEER_EVENTS } from './volunteer.events';

export const volunteerHandlers = [
  on(DISPATCH_EVENTS.RequestRated, async (event, { em, publish }) => {
    const c = event.communityId;
    const data = event.data;
    const minutes = typeof data.minutesSpent === 'number' ? Math.min(Math.max(Math.floor(data.minutesSpent), 0), 24 * 60) : 0;
    if (!c || minutes <= 0 || (!data.takerVolunteerId && !data.takerAccountId)) return;
    const [m]: any[] = await em.execute(
      `select id from volunteer_member where community_id = ? and active and (volunteer_record_id = ? or account_id = ?) order by (volunteer_record_id = ?) desc nulls last limit 1`,
      [c, data.takerVolunteerId ?? null, data.takerAccountId ?? null, data.takerVolunteerId ?? null],
    );
    if (!m) return;
    const id = uuidv7();
    const inserted = await em.execute(
      `insert into volunteer_hours (id, community_id, member_id, activity_title, service_date, minutes, kind, status, confirmed_at, source_event_seq)
       values (?, ?, ?, '民需服务（接单）', (?::timestamptz at time zone 'Asia/Shanghai')::date, ?, 'DISPATCH', 'CONFIRMED', now(), ?) on conflict do nothing returning id`,
      [id, c, m.id, event.createdAt, minutes, event.seq],
    );
    if (inserted.length)
      publish(VOLUNTEER_EVENTS.HoursRecorded, { communityId: c, subject: { type: 'VolunteerHoursRecord', id }, data: { memberId: m.id, minutes } });
  }),
];
