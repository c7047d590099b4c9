// The community calendar: days in the community's zone, working days on the mainland holiday
// calendar with 调休 make-up days, and a community's own extra days off and workdays.
import {
  addDays,
  addWorkdays,
  dayOf,
  isWorkday,
  startOfDay,
  today,
  weekday,
  workdayDeadline,
  DEFAULT_CALENDAR,
  type CommunityCalendar,
} from '../../src/schema/calendar';
import { tenancySettings } from '../../src/schema/tenancy/tenancy.settings';

const cn = DEFAULT_CALENDAR;

test("an instant's day is the zone's day, not UTC's", () => {
  const earlyMorningInBeijing = new Date('2026-12-06T23:30:00Z'); // 07:30 on 7 December in Beijing
  expect(dayOf(earlyMorningInBeijing, 'Asia/Shanghai')).toBe('2026-12-07');
  expect(dayOf(earlyMorningInBeijing, 'UTC')).toBe('2026-12-06');
  expect(today('Asia/Urumqi', earlyMorningInBeijing)).toBe('2026-12-07'); // UTC+6
  expect(startOfDay('2026-12-07', 'Asia/Shanghai').toISOString()).toBe('2026-12-06T16:00:00.000Z');
  expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  expect(weekday('2026-12-07')).toBe(1);
});

test('working days follow the State Council calendar: National Day 2026 off, its 调休 Saturday on', () => {
  expect(isWorkday('2026-10-01', cn)).toBe(false); // Thursday, holiday
  expect(isWorkday('2026-10-07', cn)).toBe(false);
  expect(isWorkday('2026-10-10', cn)).toBe(true); // Saturday, make-up workday
  expect(isWorkday('2026-10-11', cn)).toBe(false); // Sunday
  // Three working days after 30 September: 8, 9 and 10 October.
  expect(addWorkdays('2026-09-30', 3, cn)).toBe('2026-10-10');
  const weekdays: CommunityCalendar = { ...cn, workCalendar: 'weekdays' };
  expect(addWorkdays('2026-09-30', 3, weekdays)).toBe('2026-10-05');
});

test("a community's own days off and workdays win over the base calendar", () => {
  const local: CommunityCalendar = { ...cn, extraHolidays: ['2026-12-08'], extraWorkdays: ['2026-12-12'] };
  expect(isWorkday('2026-12-08', local)).toBe(false);
  expect(isWorkday('2026-12-12', local)).toBe(true);
  expect(addWorkdays('2026-12-07', 2, local)).toBe('2026-12-10');
});

test('a deadline in working days ends with the last working day, in the zone', () => {
  // Received on Friday 4 December 2026 at 20:00 in Beijing (12:00 UTC): 3 working days → end of Wednesday 9 December.
  expect(workdayDeadline(new Date('2026-12-04T12:00:00Z'), 3, cn).toISOString()).toBe('2026-12-09T16:00:00.000Z');
  // Received at 01:00 on Monday in Beijing (Sunday 17:00 UTC): Monday is day 0, so Thursday.
  expect(workdayDeadline(new Date('2026-12-06T17:00:00Z'), 3, cn).toISOString()).toBe('2026-12-10T16:00:00.000Z');
});

test('settings refuse an unknown zone and anything that is not a zone name', () => {
  expect(tenancySettings.parse({}).timeZone).toBe('Asia/Shanghai');
  expect(tenancySettings.safeParse({ timeZone: 'Asia/Urumqi' }).success).toBe(true);
  expect(tenancySettings.safeParse({ timeZone: 'Mars/Olympus' }).success).toBe(false);
  expect(tenancySettings.safeParse({ timeZone: "UTC'; drop table x; --" }).success).toBe(false);
  expect(tenancySettings.safeParse({ extraHolidays: ['2026-13-45x'] }).success).toBe(false);
});
