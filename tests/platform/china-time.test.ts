// China time end to end: a community's calendar (tenancy settings: zone, working-day calendar)
// decides the day of a care visit and its next due day, and a dispatch deadline counted in
// working days ends with the last working day in that zone, weekends, holidays and 调休 counted.
import { isWorkday } from 'chinese-days';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { DispatchConfigure, DispatchCreate, intake } from '../dispatch/dispatch-helpers';
import { dayOf } from '../../src/schema/calendar';
import { rawData } from '../harness/raw';

const Configure = graphql(`
  mutation ChinaTimeConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        field
      }
    }
  }
`);
const Residents = graphql(`
  query ChinaTimeResidents {
    residents(first: 5) {
      nodes {
        id
      }
    }
  }
`);
const Enroll = graphql(`
  mutation ChinaTimeEnroll($input: GridCareMemberEnrollInput!) {
    gridCareMemberEnroll(input: $input) {
      gridCareMember {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Visit = graphql(`
  mutation ChinaTimeVisit($input: GridCareVisitRecordInput!) {
    gridCareVisitRecord(input: $input) {
      gridCareVisit {
        dueOn
        onTime
      }
      userErrors {
        code
      }
    }
  }
`);
const Member = graphql(`
  query ChinaTimeMember($id: ID!) {
    gridCareMember(id: $id) {
      dueOn
    }
  }
`);

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  admin = await s.login('admin');
  for (const moduleKey of ['grid', 'dispatch']) await s.gql(Configure, { input: { moduleKey, enabled: true } }, { token: admin });
});
afterAll(() => s?.stop());

test('a zone that is not one, or a malformed day, is refused as a setting', async () => {
  for (const settings of [{ timeZone: 'Mars/Olympus' }, { timeZone: "UTC'--" }, { extraHolidays: ['2026-1-1'] }]) {
    const r = await s.gql(Configure, { input: { moduleKey: 'tenancy', settings } }, { token: admin });
    expect(r.data!.communityModuleConfigure.userErrors.map((e) => e.code)).toEqual(['SETTINGS_INVALID']);
  }
});

test("a visit at 07:30 in Beijing is that day's visit, and the next one is due 7 days after it", async () => {
  const resident = (await s.gql(Residents, {}, { token: admin })).data!.residents.nodes[0]!.id;
  const enrolled = await s.gql(Enroll, { input: { resident, category: 'elderlyAlone', evidence: '独居', startsOn: '2026-11-01' } }, { token: admin });
  expect(enrolled.data!.gridCareMemberEnroll.userErrors).toEqual([]);
  const member = enrolled.data!.gridCareMemberEnroll.gridCareMember!.id;
  // 23:30 UTC on 6 December is 07:30 on 7 December in Beijing.
  const r = await s.gql(Visit, { input: { member, kind: 'homeVisit', visitedAt: '2026-12-06T23:30:00Z', notes: '' } }, { token: admin });
  expect(r.data!.gridCareVisitRecord.userErrors).toEqual([]);
  const dueOn = async () => (await s.gql(Member, { id: member }, { token: admin })).data!.gridCareMember!.dueOn;
  expect(await dueOn()).toBe('2026-12-14');

  // The same instant in a community on UTC is still the 6th there.
  expect(
    (await s.gql(Configure, { input: { moduleKey: 'tenancy', settings: { timeZone: 'UTC' } } }, { token: admin })).data!.communityModuleConfigure.userErrors,
  ).toEqual([]);
  expect(await dueOn()).toBe('2026-12-13');
  await s.gql(Configure, { input: { moduleKey: 'tenancy', settings: {} } }, { token: admin });
});

test('a category due in 3 working days is due at the end of the third working day after intake, in the zone', async () => {
  const set = await s.gql(
    DispatchConfigure,
    { input: { moduleKey: 'dispatch', settings: { categories: [{ key: 'policy', name: '政策咨询', deadlineWorkdays: 3 }] } } },
    { token: admin },
  );
  expect(set.data!.communityModuleConfigure.userErrors).toEqual([]);
  const before = new Date();
  const r = await s.gql(DispatchCreate, { input: intake({ category: 'policy' }) }, { token: admin });
  expect(r.data!.serviceRequestCreate.userErrors).toEqual([]);
  const due = new Date(r.data!.serviceRequestCreate.serviceRequest!.dueAt!);
  // It ends at midnight in Beijing (16:00 UTC) …
  expect(due.toISOString().slice(11)).toBe('16:00:00.000Z');
  // … after exactly 3 working days counted from the day after intake (the official calendar).
  const intakeDay = dayOf(before, 'Asia/Shanghai');
  const lastDay = dayOf(new Date(due.getTime() - 1), 'Asia/Shanghai');
  let workdays = 0;
  for (let d = new Date(`${intakeDay}T00:00:00Z`); ;) {
    d.setUTCDate(d.getUTCDate() + 1);
    const day = d.toISOString().slice(0, 10);
    if (isWorkday(day)) workdays++;
    if (day === lastDay) break;
  }
  expect(workdays).toBe(3);
  expect(isWorkday(lastDay)).toBe(true);
});

test("a grid duty counts from its first day in the community's own zone, whatever the database session's day", async () => {
  const send = (query: string, variables: Record<string, unknown>) => rawData(s, query, variables, admin);
  const zone = async (timeZone: string) =>
    expect((await send(CONFIGURE, { input: { moduleKey: 'tenancy', settings: { timeZone } } })).communityModuleConfigure.userErrors).toEqual([]);
  // UTC+14 and UTC−11: their calendar days are always one or two apart.
  await zone('Pacific/Kiritimati');
  const unit = (await send(UNIT, { input: { code: 'CT-ZONE', name: '时区网格', level: 'grid' } })).gridUnitCreate.gridUnit.id;
  const member = ((await send(MEMBERS, {})).memberships.nodes as { id: string; login: string }[]).find((m) => m.login === 'grid')!.id;
  const startsOn = dayOf(new Date(), 'Pacific/Kiritimati');
  expect((await send(DUTY, { input: { unit, membership: member, role: 'gridWorker', startsOn } })).gridDutyAssign.userErrors).toEqual([]);
  const gap = async () => ((await send(COVERAGE, { unit })).gridCoverage.roleGaps as { role: string }[]).some((g) => g.role === 'gridWorker');
  // Its first day there: held.
  expect(await gap()).toBe(false);
  // In a community whose day is still before that, not yet.
  await zone('Pacific/Pago_Pago');
  expect(await gap()).toBe(true);
  await send(CONFIGURE, { input: { moduleKey: 'tenancy', settings: {} } });
});

test("a council seat's term ends with its last day in the community's zone: the body's voting seats count what each seat says", async () => {
  const send = (query: string, variables: Record<string, unknown>) => rawData(s, query, variables, admin);
  const zone = async (timeZone: string) =>
    expect((await send(CONFIGURE, { input: { moduleKey: 'tenancy', settings: { timeZone } } })).communityModuleConfigure.userErrors).toEqual([]);
  expect((await send(CONFIGURE, { input: { moduleKey: 'council', enabled: true } })).communityModuleConfigure.userErrors).toEqual([]);
  const body = (await send(BODY, { input: { name: '时区议事会', levelKey: 'community' } })).councilBodyCreate.body.id;
  const member = ((await send(MEMBERS, {})).memberships.nodes as { id: string; login: string }[]).find((m) => m.login === 'grid')!.id;
  // UTC+14 and UTC−11: at any hour the database session's (UTC) day differs from one of them.
  const kiritimati = dayOf(new Date(), 'Pacific/Kiritimati');
  const pagoPago = dayOf(new Date(), 'Pacific/Pago_Pago');
  const dayBefore = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  const seatsAt = async (timeZone: string, termEnd: string, holds: boolean) => {
    await zone(timeZone);
    const added = await send(SEAT, {
      input: { bodyId: body, membershipId: member, role: 'REPRESENTATIVE', constituency: 'RESIDENT_REP', termStart: '2020-01-01', termEnd },
    });
    expect(added.councilMemberAdd.userErrors).toEqual([]);
    const seat = added.councilMemberAdd.member.id;
    const read = (await send(SEATS, { id: body })).node;
    expect(read.members.nodes.find((m: { id: string }) => m.id === seat).votes).toBe(holds);
    expect(read.votingSeats).toBe(holds ? 1 : 0);
    expect((await send(SEAT_END, { input: { id: seat } })).councilMemberEnd.userErrors).toEqual([]);
  };
  // Yesterday's last day there: over. Today's there: still held.
  await seatsAt('Pacific/Kiritimati', dayBefore(kiritimati), false);
  await seatsAt('Pacific/Pago_Pago', pagoPago, true);
  await send(CONFIGURE, { input: { moduleKey: 'tenancy', settings: {} } });
});

const CONFIGURE = `mutation ($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field } } }`;
const UNIT = `mutation ($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }`;
const MEMBERS = `query { memberships(first: 100) { nodes { id login } } }`;
const DUTY = `mutation ($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code field } } }`;
const COVERAGE = `query ($unit: ID) { gridCoverage(unit: $unit) { roleGaps { role } } }`;
const BODY = `mutation ($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }`;
const SEAT = `mutation ($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id } userErrors { code field } } }`;
const SEAT_END = `mutation ($input: CouncilMemberEndInput!) { councilMemberEnd(input: $input) { userErrors { code } } }`;
const SEATS = `query ($id: ID!) { node(id: $id) { ... on CouncilBody { votingSeats members(first: 50) { nodes { id votes } } } } }`;
