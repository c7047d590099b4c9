// 提醒 / 催办: the reminder job, run every minute by every process. For each threshold of the
// settings — `before:H` (H hours before the deadline) and `overdue:H` (H hours past it) — one
// conditional write appends the threshold to `reminders_sent` where it is still absent; each row
// it returns gets one log entry and one dispatch.RequestReminder in the same transaction. Two
// processes running at once therefore send each reminder once per request and threshold; a
// reopened request (new deadline) starts with none sent.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobContext } from '../../plugins/module-contract';
import { ACTIVE_SQL, TRANSITIONS } from './dispatch.policy';
import { DispatchSettings } from './dispatch.settings';
import { applyBatch, BATCH, communitiesWith, drain } from './batch.jobs';

/** The thresholds of the settings, each with the SQL condition that makes it due at `now`. */
export function thresholds(s: { remindBeforeHours: number[]; remindOverdueHours: number[] }): { key: string; sql: string; hours: number }[] {
  return [
    // Only deadlines that left more time than H at intake (a 2-hour deadline gets no "24 h before").
    ...[...new Set(s.remindBeforeHours)].map((h) => ({
      key: `before:${h}`,
      hours: h,
      sql: `due_at > ? and due_at - make_interval(hours => ?) <= ? and created_at < due_at - make_interval(hours => ?)`,
    })),
    ...[...new Set(s.remindOverdueHours)].map((h) => ({ key: `overdue:${h}`, hours: h, sql: `due_at + make_interval(hours => ?) <= ?` })),
  ];
}

function remindBatch(em: EntityManager, cid: string, t: { key: string; sql: string; hours: number }, now: Date): Promise<number> {
  const cond = t.key.startsWith('before:') ? [now, t.hours, now, t.hours] : [t.hours, now];
  const body = t.key.startsWith('before:')
    ? `距办理时限还有 ${t.hours} 小时`
    : t.hours === 0
      ? '已到办理时限，请尽快办理'
      : `已超期 ${t.hours} 小时，请尽快办理`;
  return applyBatch(
    em,
    `update dispatch_request set reminders_sent = array_append(reminders_sent, ?) where id in (
       select id from dispatch_request
        where community_id = ? and status in (${ACTIVE_SQL}) and due_at is not null
          and not (? = any(reminders_sent)) and ${t.sql}
        order by due_at limit ${BATCH} for update skip locked)
     and status in (${ACTIVE_SQL}) and not (? = any(reminders_sent)) returning *`,
    [t.key, cid, t.key, ...cond, t.key],
    // takerAccountId (in the common data) null: nobody holds it yet — the dispatcher is the one to remind.
    (r) => ({ action: 'remind', from: r.status, event: TRANSITIONS.remind.event, body, data: { threshold: t.key, dueAt: r.dueAt?.toISOString() ?? null } }),
  );
}

export async function dispatchRemind({ em, settingsAs, now }: JobContext): Promise<void> {
  for (const cid of await communitiesWith(em, `status in (${ACTIVE_SQL}) and due_at is not null`)) {
    const s = await settingsAs(DispatchSettings, cid);
    if (s === null) continue;
    for (const t of thresholds(s)) await drain(() => remindBatch(em, cid, t, now));
  }
}
