// Calendar days in a community's time zone, and working days on its holiday calendar. Instants are
// stored in UTC; a "day" (due dates, "today", week and month boundaries) is a YYYY-MM-DD string of
// the community's own calendar, never the UTC date of an instant: at 07:00 on the 7th in Beijing
// it is still the 6th in UTC.
import type { EntityManager } from '@mikro-orm/postgresql';
import { TZDate } from '@date-fns/tz';
import { isWorkday as cnIsWorkday } from 'chinese-days';
import type { Ctx } from './context';
import { TenancySettings, tenancySettings, ZONE_NAME, type TenancySettingsValue } from './tenancy/tenancy.settings';

export type Day = string;
export type CommunityCalendar = Pick<TenancySettingsValue, 'timeZone' | 'workCalendar' | 'extraHolidays' | 'extraWorkdays'>;

export const DEFAULT_CALENDAR: CommunityCalendar = { timeZone: 'Asia/Shanghai', workCalendar: 'cn', extraHolidays: [], extraWorkdays: [] };

/** The calendar of the operation's community (its tenancy settings, read with the caller's access). */
export async function calendarOf(ctx: Ctx): Promise<CommunityCalendar> {
  return ctx.settings(TenancySettings);
}

// Per EntityManager (a request's, a transaction's or a job run's fork) and community: a job looping
// over a community's rows, or a mutation checking several seats, reads the calendar once.
const read = new WeakMap<EntityManager, Map<string, Promise<CommunityCalendar>>>();

/** The same for code without a request (jobs, metrics, handlers): one statement per fork and community. */
export function calendarFor(em: EntityManager, communityId: string): Promise<CommunityCalendar> {
  let byCommunity = read.get(em);
  if (!byCommunity) read.set(em, (byCommunity = new Map()));
  let calendar = byCommunity.get(communityId);
  if (!calendar) {
    calendar = readCalendar(em, communityId);
    // A failed read (e.g. an aborted transaction) is not kept.
    calendar.catch(() => byCommunity.delete(communityId));
    byCommunity.set(communityId, calendar);
  }
  return calendar;
}

async function readCalendar(em: EntityManager, communityId: string): Promise<CommunityCalendar> {
  const [row] = await em
    .getConnection()
    .execute<{ settings: unknown }[]>(
      `select settings from community_module where community_id = ? and module_key = 'tenancy'`,
      [communityId],
      'all',
      em.getTransactionContext(),
    );
  const parsed = tenancySettings.safeParse(row?.settings ?? {});
  return parsed.success ? parsed.data : DEFAULT_CALENDAR;
}

/** SQL for the zone as a literal (zone names are validated to letters, digits, `_+-/`). */
export function zoneSql(timeZone: string): string {
  if (!ZONE_NAME.test(timeZone)) throw new Error(`not a time zone name: ${timeZone}`);
  return `'${timeZone}'`;
}

/** SQL: the local calendar day of a timestamptz expression in the zone. */
export const daySql = (expr: string, timeZone: string) => `(${expr} at time zone ${zoneSql(timeZone)})::date`;

/** SQL: today in the zone (instead of current_date, which is the database session's day). */
export const todaySql = (timeZone: string) => daySql('now()', timeZone);

/**
 * SQL: today in the zone of the community `communityExpr` names (its tenancy settings, the
 * default zone when unset), for statements that do not have its calendar at hand. Zones are
 * validated when the settings are written.
 */
export const communityTodaySql = (communityExpr: string) =>
  `(now() at time zone coalesce((select cm.settings->>'timeZone' from community_module cm
     where cm.community_id = ${communityExpr} and cm.module_key = 'tenancy'), ${zoneSql(DEFAULT_CALENDAR.timeZone)}))::date`;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** The calendar day of an instant in the zone. */
export function dayOf(at: Date, timeZone: string): Day {
  const d = new TZDate(at.getTime(), timeZone);
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Today in the zone. */
export const today = (timeZone: string, now = new Date()): Day => dayOf(now, timeZone);

/** The day `n` calendar days after `day` (negative: before). Pure date arithmetic, no zone. */
export function addDays(day: Day, n: number): Day {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export const weekday = (day: Day): number => ((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

/** The instant a local day starts in the zone (00:00 there). */
export function startOfDay(day: Day, timeZone: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(new TZDate(y, m - 1, d, 0, 0, 0, 0, timeZone).getTime());
}

/** Whether the day is a working day on the calendar (community extras first, then the base calendar). */
export function isWorkday(day: Day, cal: CommunityCalendar): boolean {
  if (cal.extraWorkdays.includes(day)) return true;
  if (cal.extraHolidays.includes(day)) return false;
  // chinese-days counts Monday–Friday in years its data does not list yet.
  return cal.workCalendar === 'cn' ? cnIsWorkday(day) : weekday(day) <= 5;
}

/** The `n`th working day after `day` (n ≥ 1; `day` itself does not count). */
export function addWorkdays(day: Day, n: number, cal: CommunityCalendar): Day {
  let d = day;
  for (let left = n; left > 0;) {
    d = addDays(d, 1);
    if (isWorkday(d, cal)) left--;
  }
  return d;
}

/**
 * The deadline `n` working days after an instant: the end of the `n`th working day after the local
 * day of `from` (a request received on Friday evening with 3 working days is due at the end of the
 * following Wednesday, later around holidays).
 */
export function workdayDeadline(from: Date, n: number, cal: CommunityCalendar): Date {
  return startOfDay(addDays(addWorkdays(dayOf(from, cal.timeZone), n, cal), 1), cal.timeZone);
}
