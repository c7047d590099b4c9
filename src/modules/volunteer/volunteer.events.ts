// Events volunteer publishes, and hours from dispatch: a volunteer who took a request that was
// resolved and rated gets the minutes spent recorded (confirmed; no points event here — points
// credits the rated request itself through its own rule).
import { v7 as uuidv7 } from 'uuid';
import type { EventDeclaration, WusheModule } from '../../plugins/module-contract';

const d = (type: string, zh: string, en: string, permission = 'volunteer.organize'): EventDeclaration => ({ type, description: { 'zh-CN': zh, en }, permission });

export const volunteerEventDeclarations: EventDeclaration[] = [
  d('volunteer.MemberRegistered', '志愿者注册', 'Volunteer registered'),
  d('volunteer.MemberUpdated', '志愿者信息变更', 'Volunteer updated'),
  d('volunteer.ActivityPublished', '志愿活动发布', 'Activity published', 'volunteer.read'),
  d('volunteer.SignedUp', '报名', 'Signed up'),
  d('volunteer.SignupCancelled', '取消报名', 'Sign-up cancelled'),
  d('volunteer.SignupPromoted', '候补转正', 'Moved up from the waiting list'),
  d('volunteer.CheckedIn', '签到', 'Checked in'),
  d('volunteer.CheckedOut', '签退', 'Checked out'),
  d('volunteer.ShiftCompleted', '服务时长确认（班次完成）', 'Shift completed: hours confirmed'),
  d('volunteer.HoursCorrected', '服务时长更正', 'Hours corrected'),
  d('volunteer.HoursRecorded', '接单服务时长记录', 'Hours recorded from a dispatch request'),
];

type Handlers = NonNullable<NonNullable<WusheModule['events']>['handles']>;

export const volunteerHandlers: Handlers = {
  'dispatch.RequestRated': async (event, { em, publish }) => {
    const c = event.communityId;
    const data = event.data as { takerVolunteerId?: string | null; takerAccountId?: string | null; minutesSpent?: number | null };
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
    if (inserted.length) publish({ type: 'volunteer.HoursRecorded', communityId: c, subject: { type: 'VolunteerHoursRecord', id }, data: { memberId: m.id, minutes } });
  },
};
