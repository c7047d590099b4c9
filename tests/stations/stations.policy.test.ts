// Pure rules of the stations module (no database): opening hours in Asia/Shanghai, slot
// alignment, closures, schedule validation and the booking state machine.
import fc from 'fast-check';
import {
  BOOKING_FROM,
  bookingAllows,
  instantOf,
  localParts,
  scheduleProblem,
  slotVerdict,
  slotsBetween,
  type OpeningInterval,
} from '../../src/modules/stations/stations.policy';
import { BookingStatus } from '../../src/modules/stations/stations.enums';

const mondayMorning: OpeningInterval[] = [{ weekday: 1, opens: '09:00', closes: '12:00' }];
// 2030-01-07 is a Monday.
const MON = '2030-01-07';

test('local parts and instants are Asia/Shanghai (UTC+8) both ways', () => {
  expect(localParts(new Date('2030-01-06T16:30:00Z'))).toEqual({ date: MON, weekday: 1, minute: 30 });
  expect(instantOf(MON, 9 * 60).toISOString()).toBe('2030-01-07T01:00:00.000Z');
});

test('a slot must start on the grid of an interval and end by its closing time', () => {
  expect(slotVerdict(mondayMorning, [], 60, instantOf(MON, 9 * 60))).toBe('OK');
  expect(slotVerdict(mondayMorning, [], 60, instantOf(MON, 11 * 60))).toBe('OK');
  expect(slotVerdict(mondayMorning, [], 60, instantOf(MON, 11 * 60 + 30))).toBe('OUTSIDE_OPENING_HOURS');
  expect(slotVerdict(mondayMorning, [], 60, instantOf(MON, 9 * 60 + 30))).toBe('SLOT_NOT_ALIGNED');
  expect(slotVerdict(mondayMorning, [], 60, instantOf('2030-01-08', 9 * 60))).toBe('OUTSIDE_OPENING_HOURS');
  expect(slotVerdict(mondayMorning, [{ startsOn: '2030-01-05', endsOn: MON }], 60, instantOf(MON, 9 * 60))).toBe('STATION_CLOSED');
});

test('every listed slot is bookable by the same rules, and nothing else is (property)', () => {
  const interval = fc.record({
    weekday: fc.integer({ min: 1, max: 7 }),
    start: fc.integer({ min: 0, max: 20 * 60 }),
    len: fc.integer({ min: 15, max: 4 * 60 }),
  });
  const hm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  fc.assert(
    fc.property(fc.array(interval, { maxLength: 4 }), fc.constantFrom(15, 20, 30, 45, 60), (raw, slot) => {
      const hours = raw.map((i) => ({ weekday: i.weekday, opens: hm(i.start), closes: hm(Math.min(i.start + i.len, 24 * 60)) }));
      if (scheduleProblem(hours)) return;
      const from = instantOf(MON, 0);
      const to = instantOf('2030-01-14', 0);
      const slots = slotsBetween(hours, [], slot, from, to);
      for (const s of slots) expect(slotVerdict(hours, [], slot, s)).toBe('OK');
      // Every OK start on a 5-minute grid of the week is listed.
      const listed = new Set(slots.map((s) => s.getTime()));
      for (let t = from.getTime(); t < to.getTime(); t += 5 * 60_000) {
        if (slotVerdict(hours, [], slot, new Date(t)) === 'OK') expect(listed.has(t)).toBe(true);
      }
    }),
    { numRuns: 40 },
  );
});

test('schedules: closes after opens, weekdays 1–7, no overlap on a day', () => {
  expect(
    scheduleProblem([
      { weekday: 1, opens: '09:00', closes: '12:00' },
      { weekday: 1, opens: '12:00', closes: '13:00' },
    ]),
  ).toBeNull();
  expect(scheduleProblem([{ weekday: 1, opens: '09:00', closes: '24:00' }])).toBeNull();
  expect(scheduleProblem([{ weekday: 1, opens: '09:00', closes: '09:00' }])).toMatch(/after/);
  expect(scheduleProblem([{ weekday: 0, opens: '09:00', closes: '10:00' }])).toMatch(/weekday/);
  expect(scheduleProblem([{ weekday: 2, opens: '9:00', closes: '10:00' }])).toMatch(/HH:MM/);
  expect(
    scheduleProblem([
      { weekday: 3, opens: '09:00', closes: '11:00' },
      { weekday: 3, opens: '10:00', closes: '12:00' },
    ]),
  ).toMatch(/overlap/);
});

test('bookings move only from BOOKED', () => {
  for (const from of Object.values(BOOKING_FROM)) expect(from).toEqual([BookingStatus.BOOKED]);
  for (const s of [BookingStatus.CANCELLED, BookingStatus.ATTENDED, BookingStatus.NO_SHOW]) {
    expect(bookingAllows('cancel', s) || bookingAllows('attend', s) || bookingAllows('noShow', s)).toBe(false);
  }
});

test("the demo stations of each preset use only that preset's kinds, categories and groupings, with valid hours", () => {
  const { DEMO_STATIONS } = require('../../src/modules/stations/stations.demo') as typeof import('../../src/modules/stations/stations.demo');
  const { stationsSettings } = require('../../src/modules/stations/stations.settings') as typeof import('../../src/modules/stations/stations.settings');
  for (const [preset, stations] of Object.entries(DEMO_STATIONS)) {
    const raw = preset === 'default' ? {} : require(`../../presets/${preset}.json`).modules.stations.settings;
    const s = stationsSettings.parse(raw);
    for (const st of stations) {
      expect(s.kinds.map((k) => k.key)).toContain(st.kind);
      expect(scheduleProblem(st.openingHours)).toBeNull();
      for (const [, category, grouping] of st.services) {
        expect(s.categories.map((c) => c.key)).toContain(category);
        if (grouping) expect(s.groupings.map((g) => g.key)).toContain(grouping);
      }
    }
  }
  // Changzhou's demo offers a service in each of its five good-life communities.
  const used = new Set(DEMO_STATIONS['changzhou-135']!.flatMap((st) => st.services.map((x) => x[2])));
  expect(['convenience', 'allAges', 'deliberation', 'charity', 'liveable'].every((g) => used.has(g))).toBe(true);
});
