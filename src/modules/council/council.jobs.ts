// 例会提醒, run every ten minutes by every process: for each active body whose cadence asks for a
// regular meeting (例会) this period, one council.MeetingDue per body and period — when a
// regular meeting is coming soon, or when none is scheduled and the period is ending. "Once" is
// the unique (body_id, period_key) of council_meeting_reminder: the insert and the event commit
// together, so processes racing on the same period record one reminder and one event.
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobContext } from '../../plugins/module-contract';
import { recordEvent } from '../../plugins/events/record-event';
import { CouncilSettings, rulesForLevel } from './council.settings';
import { cadencePeriod, reminderFor, type CadencePeriod, type Reminder } from './council.policy';
import { UserFacingError } from '../../schema/errors';
import { bodyRules } from './council.service';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { CouncilBody } from './body.entity';
import { CouncilVote } from './vote.entity';
import { closeVote } from './vote.service';
import { COUNCIL_EVENTS } from './council.events';
import { calendarFor } from '../../schema/calendar';

interface BodyRow {
  id: string;
  community_id: string;
  level_key: string;
}

async function meetingsOf(em: EntityManager, body: BodyRow, period: CadencePeriod) {
  const rows: { id: string; scheduled_at: Date; status: string }[] = await em
    .getConnection()
    .execute(
      `select id, scheduled_at, status from council_meeting where community_id = ? and body_id = ? and kind = 'SCHEDULED' and scheduled_at >= ? and scheduled_at < ?`,
      [body.community_id, body.id, period.start, period.end],
    );
  return rows.map((r) => ({ id: r.id, scheduledAt: new Date(r.scheduled_at), status: r.status }));
}

export interface ReminderKeys {
  /** The key a body's reminder for the period is recorded under (unique per body), or null to record none. */
  keyOf(em: EntityManager, bodyId: string, periodKey: string): string | null | Promise<string | null>;
}

/** The period's own key: the unique (body_id, period_key) lets one of the racing processes record it. */
export const REMINDER_KEYS = defineStrategy<ReminderKeys>('council.reminderKeys', 'Under which key a meeting reminder is recorded', {
  keyOf: (_em, _body, periodKey) => periodKey,
});

/** Records the period's reminder unless one is already there; true when this call recorded it. */
async function remind(em: EntityManager, body: BodyRow, period: CadencePeriod, r: Reminder, now: Date): Promise<boolean> {
  return em.transactional(async (tem) => {
    const t = tem as EntityManager;
    const key = await strategyOf(t, REMINDER_KEYS).keyOf(t, body.id, period.key);
    if (key === null) return false;
    const rows = await t.execute(
      `insert into council_meeting_reminder (id, created_at, updated_at, community_id, body_id, period_key, period_start, due_at, reason, meeting_id)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (body_id, period_key) do nothing returning id`,
      [uuidv7(), now, now, body.community_id, body.id, key, period.start, r.dueAt, r.reason, r.meetingId],
    );
    if (!rows.length) return false;
    recordEvent(t, COUNCIL_EVENTS.MeetingDue, {
      communityId: body.community_id,
      subject: { type: 'CouncilBody', id: body.id },
      data: {
        bodyId: body.id,
        period: period.key,
        periodStart: period.start.toISOString(),
        periodEnd: period.end.toISOString(),
        dueAt: r.dueAt.toISOString(),
        reason: r.reason,
        meetingId: r.meetingId,
      },
    });
    return true;
  });
}

/** One pass over every community with the council enabled; returns how many reminders it recorded. */
export async function councilMeetingReminders({ em, settingsAs, now }: JobContext): Promise<number> {
  const bodies: BodyRow[] = await em.getConnection().execute(`select id, community_id, level_key from council_body where active order by community_id, id`);
  let n = 0;
  for (const body of bodies) {
    const s = await settingsAs(CouncilSettings, body.community_id);
    if (!s) continue; // council not enabled there
    const rules = rulesForLevel(s, body.level_key) ?? s.rules;
    const period = cadencePeriod(rules.cadence, now, (await calendarFor(em, body.community_id)).timeZone);
    if (!period) continue;
    const due = reminderFor(period, await meetingsOf(em, body, period), now, s.meetingReminderDays);
    if (due && (await remind(em, body, period, due, now))) n++;
  }
  return n;
}

/**
 * Votes past their close time (截止时间) are closed and their result published, as staff would:
 * closeVote's conditional update lets one process (or a staff close racing it) win; the others
 * see INVALID_STATE and move on. Returns how many this call closed.
 */
export async function councilCloseDueVotes({ em, settingsAs, now }: JobContext): Promise<number> {
  const due: { id: string; community_id: string }[] = await em
    .getConnection()
    .execute(`select id, community_id from council_vote where status = 'OPEN' and closes_at <= ? order by closes_at limit 500`, [now]);
  let n = 0;
  for (const row of due) {
    const s = await settingsAs(CouncilSettings, row.community_id);
    if (!s) continue;
    const fork = em.fork() as EntityManager;
    fork.setFilterParams('tenant', { communityId: row.community_id });
    try {
      await fork.transactional(async (tem) => {
        const t = tem as EntityManager;
        const vote = await t.findOneOrFail(CouncilVote, { id: row.id });
        const body = await t.findOneOrFail(CouncilBody, { id: vote.bodyId });
        await closeVote(t, vote, null, bodyRules(s, body).steps);
      });
      n++;
    } catch (e) {
      if (!(e instanceof UserFacingError && e.code === 'INVALID_STATE')) throw e; // closed by someone else meanwhile
    }
  }
  return n;
}
