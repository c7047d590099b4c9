// The chairing unit convenes its joint meeting (issue 14): the liaison of the unit chairing a
// month schedules, records and closes that month's meeting without being community staff (before:
// FORBIDDEN); the liaison of another month's unit cannot. viewerCan of joint meetings agrees with
// the mutations for staff, the liaison and others (the generic check of tests/harness/viewer-can.ts).
import { graphql } from '../gql';
import type { GqlOptions } from '../harness/server';
import { viewerCanAgreement } from '../harness/viewer-can';
import {
  PartyAttendance,
  PartyMeetingCancel,
  PartyMeetingClose,
  PartyMeetingSchedule,
  PartyRotationGenerate,
  gid,
  partyWorld,
  raw,
  stopWorld,
  type PartyWorld,
} from './party.fixture';

const Can = graphql(`
  query PartyMeetingViewerCan($id: ID!) {
    partyMeeting(id: $id) {
      id
      status
      viewerCan {
        recordAttendance
        close
        cancel
      }
    }
  }
`);

let w: PartyWorld;
const who = {} as Record<string, GqlOptions>;
let liaisonUnit = '';
let n = 0;
/** January 2100 is chaired by the unit the demo `cobuild` login liaises for; March by another. */
const JANUARY = '2100-01-15T02:00:00.000Z';
const MARCH = '2100-03-15T02:00:00.000Z';

beforeAll(async () => {
  w = await partyWorld();
  for (const l of ['admin', 'staff', 'cobuild', 'party', 'resident', 'street'] as const) who[l] = { token: w.tok[l] };
  who.street!.headers = { 'x-community-id': w.communityId };
  const units = (await w.db.query(`select id from party_unit where community_id = $1 order by sort_order limit 6`, [raw(w.communityId)])).rows.map((r) =>
    gid('PartyUnit', r.id),
  );
  liaisonUnit = gid(
    'PartyUnit',
    (
      await w.db.query(`select u.id from party_unit u join account a on a.id = u.liaison_account_id where u.community_id = $1 and a.login = 'cobuild'`, [
        raw(w.communityId),
      ])
    ).rows[0].id,
  );
  const order = [liaisonUnit, ...units.filter((u) => u !== liaisonUnit)].slice(0, units.length);
  const r = await w.s.gql(PartyRotationGenerate, { input: { year: 2100, rule: 'ORDER', unitIds: order } }, who.admin);
  expect(r.errors).toBeUndefined();
}, 90_000);
afterAll(() => stopWorld(w));

const schedule = (at: string, caller: GqlOptions) => w.s.gql(PartyMeetingSchedule, { input: { title: `联席会议 ${++n}`, scheduledAt: at } }, caller);

test("the chairing unit's liaison convenes, records and closes its month's joint meeting; not another month's", async () => {
  const mine = await schedule(JANUARY, who.cobuild!);
  expect(mine.errors).toBeUndefined();
  expect(mine.data!.partyMeetingSchedule.userErrors).toEqual([]);
  const id = mine.data!.partyMeetingSchedule.meeting!.id;
  const att = await w.s.gql(PartyAttendance, { input: { meetingId: id, entries: [{ unitId: liaisonUnit, present: true }] } }, who.cobuild);
  expect([att.errors, att.data!.partyMeetingAttendanceRecord.userErrors]).toEqual([undefined, []]);
  const closed = await w.s.gql(PartyMeetingClose, { input: { id, minutes: '议定共建项目', decisions: [] } }, who.cobuild);
  expect([closed.errors, closed.data!.partyMeetingClose.userErrors]).toEqual([undefined, []]);
  // March is another unit's: the liaison is refused, like anyone without the staff permission.
  expect((await schedule(MARCH, who.cobuild!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  const march = (await schedule(MARCH, who.staff!)).data!.partyMeetingSchedule.meeting!.id;
  expect((await w.s.gql(PartyMeetingCancel, { input: { id: march } }, who.cobuild)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  // Members who liaise for no unit are refused in January too.
  expect((await schedule(JANUARY, who.party!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect((await schedule(JANUARY, who.street!)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
}, 120_000);

test('viewerCan of joint meetings agrees with every meeting mutation', async () => {
  const made = async (at: string, then?: 'close' | 'cancel') => {
    const id = (await schedule(at, who.staff!)).data!.partyMeetingSchedule.meeting!.id;
    if (then === 'close') expect((await w.s.gql(PartyMeetingClose, { input: { id, minutes: '纪要', decisions: [] } }, who.staff)).errors).toBeUndefined();
    if (then === 'cancel') expect((await w.s.gql(PartyMeetingCancel, { input: { id } }, who.staff)).errors).toBeUndefined();
    return id;
  };
  const { disagreements, allowed, cells } = await viewerCanAgreement(w.s, {
    type: 'PartyMeetingViewerCan',
    states: {
      'January SCHEDULED': () => made(JANUARY),
      'January HELD': () => made(JANUARY, 'close'),
      'January CANCELLED': () => made(JANUARY, 'cancel'),
      'March SCHEDULED': () => made(MARCH),
    },
    callers: who,
    read: async (id, c) => ((await w.s.gql(Can, { id }, c)).data?.partyMeeting?.viewerCan as Record<string, boolean> | undefined) ?? null,
    attempts: {
      recordAttendance: (id, c) => w.s.gql(PartyAttendance, { input: { meetingId: id, entries: [{ unitId: liaisonUnit, present: true }] } }, c),
      close: (id, c) => w.s.gql(PartyMeetingClose, { input: { id, minutes: '纪要', decisions: [] } }, c),
      cancel: (id, c) => w.s.gql(PartyMeetingCancel, { input: { id } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(cells).toBe(4 * 3 * 6);
  expect(allowed).toBeGreaterThan(10);
}, 600_000);
