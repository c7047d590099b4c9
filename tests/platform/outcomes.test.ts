// 治理成效 through GraphQL: figures of every enabled module for a period with the previous period
// (requests resolved by dispatch, confirmed volunteer hours, station bookings — all driven through
// GraphQL), disabled modules absent, the street roll-up over two communities (counts summed,
// rates weighted), permissions, and isolation of the street query.
import { randomUUID } from 'node:crypto';
import { toGlobalId } from '../../src/schema/global-id';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';

const Configure = graphql(`
  mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Where = graphql(`
  query OutcomesWhere {
    community {
      id
      street {
        id
      }
    }
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
  }
`);
const NewCommunity = graphql(`
  mutation OutcomesCommunity($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Login = graphql(`
  mutation OutcomesLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const AddMember = graphql(`
  mutation OutcomesMember($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const RequestCreate = graphql(`
  mutation OutcomesRequest($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const RequestAssign = graphql(`
  mutation OutcomesAssign($input: ServiceRequestDispatchInput!) {
    serviceRequestDispatch(input: $input) {
      serviceRequest {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const RequestResolve = graphql(`
  mutation OutcomesResolve($input: ServiceRequestResolveInput!) {
    serviceRequestResolve(input: $input) {
      serviceRequest {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VolRegister = graphql(`
  mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) {
    volunteerMemberRegister(input: $input) {
      member {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const VolActivity = graphql(`
  mutation OutcomesActivity($input: VolunteerActivityCreateInput!) {
    volunteerActivityCreate(input: $input) {
      activity {
        shifts {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VolSignUp = graphql(`
  mutation OutcomesSignUp($input: VolunteerSignUpInput!) {
    volunteerSignUp(input: $input) {
      signup {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const VolIn = graphql(`
  mutation OutcomesCheckIn($input: VolunteerSignupActInput!) {
    volunteerSignupCheckIn(input: $input) {
      signup {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const VolOut = graphql(`
  mutation OutcomesCheckOut($input: VolunteerSignupActInput!) {
    volunteerSignupCheckOut(input: $input) {
      signup {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const VolPending = graphql(`
  query OutcomesPending {
    volunteerHours(first: 100, status: PENDING) {
      nodes {
        id
      }
    }
  }
`);
const VolConfirm = graphql(`
  mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) {
    volunteerHoursConfirm(input: $input) {
      record {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const StationNew = graphql(`
  mutation OutcomesStation($input: StationCreateInput!) {
    stationCreate(input: $input) {
      station {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const ServiceNew = graphql(`
  mutation OutcomesService($input: StationServiceCreateInput!) {
    stationServiceCreate(input: $input) {
      service {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Book = graphql(`
  mutation OutcomesBook($input: StationBookingCreateInput!) {
    stationBookingCreate(input: $input) {
      booking {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Attend = graphql(`
  mutation OutcomesAttend($input: StationBookingAttendInput!) {
    stationBookingAttend(input: $input) {
      booking {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

const OutcomesQ = graphql(`
  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {
    outcomes(from: $from, to: $to) {
      from
      to
      previousFrom
      items {
        module
        moduleName
        key
        name
        aggregation
        value
        previousValue
        change
        changePercent
        communities
        numerator
        denominator
      }
    }
  }
`);
const StreetQ = graphql(`
  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    streetOutcomes(streetId: $streetId, from: $from, to: $to) {
      streetId
      streetName
      totals {
        module
        key
        aggregation
        value
        previousValue
        change
        communities
      }
      communities {
        communityId
        communityName
        items {
          key
          value
        }
      }
    }
  }
`);

const DAY = 86_400_000;
// One clock reading for the whole period, so FROM and TO are exactly 14 days apart.
const NOW = Date.now();
const iso = (ms: number) => new Date(NOW + ms).toISOString();
const FROM = iso(-7 * DAY);
const TO = iso(7 * DAY);

let s: TestServer;
const as: Record<string, GqlOptions> = {};
let communityA = '';
let communityB = '';
let streetId = '';

const ok = <T extends { userErrors: readonly { code: string }[] }>(p: T | null | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};

async function resolvedRequest(staff: GqlOptions, takerMembership: string, resolve: boolean): Promise<void> {
  const id = ok(
    (
      await s.gql(
        RequestCreate,
        { input: { kind: 'routine', category: 'repair', title: '楼道灯坏了', description: '3 栋楼道灯', channel: 'MINI_PROGRAM', address: '3 栋' } as any },
        staff,
      )
    ).data?.serviceRequestCreate,
  ).serviceRequest!.id;
  ok((await s.gql(RequestAssign, { input: { id, mode: 'ASSIGN', taker: takerMembership } }, staff)).data?.serviceRequestDispatch);
  if (resolve) ok((await s.gql(RequestResolve, { input: { id, result: '已修好', minutesSpent: 30 } }, staff)).data?.serviceRequestResolve);
}

/** Volunteer hours driven through the volunteer module: signed up, checked in/out at `daysAgo`, confirmed. */
async function volunteerHours(staff: GqlOptions, memberId: string, daysAgo: number, hours: number): Promise<void> {
  const shift = ok(
    (
      await s.gql(
        VolActivity,
        { input: { title: `敬老院探访 ${daysAgo}`, shifts: [{ startsAt: iso(-(daysAgo + 1) * DAY), endsAt: iso(DAY), capacity: 5 }] } },
        staff,
      )
    ).data?.volunteerActivityCreate,
  ).activity!.shifts[0]!.id;
  const su = ok((await s.gql(VolSignUp, { input: { shiftId: shift, memberId } }, staff)).data?.volunteerSignUp).signup!.id;
  const start = -daysAgo * DAY;
  ok((await s.gql(VolIn, { input: { id: su, at: iso(start) } }, staff)).data?.volunteerSignupCheckIn);
  ok((await s.gql(VolOut, { input: { id: su, at: iso(start + hours * 3_600_000) } }, staff)).data?.volunteerSignupCheckOut);
  for (const n of (await s.gql(VolPending, {}, staff)).data!.volunteerHours.nodes)
    ok((await s.gql(VolConfirm, { input: { id: n.id } }, staff)).data?.volunteerHoursConfirm);
}

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'resident', 'socialworker', 'street']) as[l] = { token: await s.login(l) };
  const where = (await s.gql(Where, {}, as.admin)).data!;
  communityA = where.community.id;
  streetId = where.community.street!.id;
  as.street!.headers = { 'x-community-id': communityA };
  const members = Object.fromEntries(where.memberships.nodes.map((m) => [m.login, m.id]));
  for (const [moduleKey, enabled] of [
    ['dispatch', true],
    ['volunteer', true],
    ['stations', true],
    ['fund', false],
    ['council', false], // 金秋社区's preset enables the council: off here, to show a disabled module's figures are absent
  ] as const) {
    ok((await s.gql(Configure, { input: { moduleKey, enabled } }, as.admin)).data?.communityModuleConfigure);
  }
  // Community A: 3 requests received, 2 resolved; 2 h of volunteer service in the previous period, 3 h in this one;
  // 2 station bookings, one attended and one not.
  await resolvedRequest(as.staff!, members.staff!, true);
  await resolvedRequest(as.staff!, members.staff!, true);
  await resolvedRequest(as.staff!, members.staff!, false);
  const member = ok((await s.gql(VolRegister, { input: { name: '刘洋' } }, as.staff)).data?.volunteerMemberRegister).member!.id;
  await volunteerHours(as.staff!, member, 9, 2);
  await volunteerHours(as.staff!, member, 1, 3);
  const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  const station = ok(
    (await s.gql(StationNew, { input: { name: '金秋党群服务站', kind: 'service', address: '1 栋', openingHours: allWeek } }, as.staff)).data?.stationCreate,
  ).station!.id;
  const service = ok(
    (await s.gql(ServiceNew, { input: { stationId: station, name: '法律咨询', category: 'convenience', slotMinutes: 60, capacity: 3 } }, as.staff)).data
      ?.stationServiceCreate,
  ).service!.id;
  const slot = new Date(Math.ceil((Date.now() + 2 * DAY) / 3_600_000) * 3_600_000).toISOString();
  for (const [who, came] of [
    ['resident', true],
    ['staff', false],
  ] as const) {
    const b = ok((await s.gql(Book, { input: { serviceId: service, startsAt: slot } }, as[who])).data?.stationBookingCreate).booking!.id;
    ok((await s.gql(Attend, { input: { id: b, attended: came } }, as.staff)).data?.stationBookingAttend);
  }

  // Community B under the same street: dispatch only; 1 request received and resolved.
  const platform = { token: await s.login('platform') };
  communityB = ok(
    (await s.gql(NewCommunity, { input: { name: '金秋街道第二社区', regionCode: '520222001077', street: streetId } }, platform)).data?.communityCreate,
  ).community!.id;
  const pB = { token: (await s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: communityB } })).data!.authLogin.accessToken! };
  ok((await s.gql(Configure, { input: { moduleKey: 'dispatch', enabled: true } }, pB)).data?.communityModuleConfigure);
  const staffB = ok(
    (
      await s.gql(
        AddMember,
        { input: { login: 'outcomes-staff-b', displayName: '二社区 工作者', password: 'outcomes-pass-1', roles: ['COMMUNITY_STAFF'] } },
        pB,
      )
    ).data?.membershipAdd,
  ).membership!.id;
  as.staffB = {
    token: (await s.gql(Login, { input: { login: 'outcomes-staff-b', password: 'outcomes-pass-1', community: communityB } })).data!.authLogin.accessToken!,
  };
  await resolvedRequest(as.staffB, staffB, true);
  // An admin of a community outside the street.
  const c = ok((await s.gql(NewCommunity, { input: { name: '外街道社区', regionCode: '529999000088' } }, platform)).data?.communityCreate).community!.id;
  as.outsider = { token: (await s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: c } })).data!.authLogin.accessToken! };
  const pC = as.outsider;
  ok(
    (await s.gql(AddMember, { input: { login: 'outcomes-outsider', displayName: '外人', password: 'outcomes-pass-1', roles: ['COMMUNITY_ADMIN'] } }, pC)).data
      ?.membershipAdd,
  );
  as.outsider = {
    token: (await s.gql(Login, { input: { login: 'outcomes-outsider', password: 'outcomes-pass-1', community: c } })).data!.authLogin.accessToken!,
  };
  as.platform = platform;
}, 180_000);
afterAll(() => s?.stop());

const item = <T extends { key: string }>(items: readonly T[], key: string): T | undefined => items.find((i) => i.key === key);

test("the community dashboard gathers every enabled module's figures with the previous period", async () => {
  const r = await s.gql(OutcomesQ, { from: FROM, to: TO }, as.staff);
  expect(r.errors).toBeUndefined();
  const o = r.data!.outcomes;
  expect(new Date(o.previousFrom).getTime()).toBe(new Date(FROM).getTime() - 14 * DAY);
  const items = o.items;
  expect(item(items, 'dispatch.received')).toMatchObject({
    module: 'dispatch',
    moduleName: '民需派单',
    name: '受理民需数',
    aggregation: 'SUM',
    value: 3,
    previousValue: 0,
    change: 3,
    changePercent: null,
    communities: 1,
  });
  expect(item(items, 'dispatch.handled')).toMatchObject({ value: 2 });
  expect(item(items, 'dispatch.resolutionRate')).toMatchObject({ value: 66.7, aggregation: 'RATIO', numerator: 2, denominator: 3 });
  expect(item(items, 'volunteer.hours')).toMatchObject({ value: 3, previousValue: 2, change: 1, changePercent: 50 });
  expect(item(items, 'stations.bookings')).toMatchObject({ value: 2 });
  expect(item(items, 'stations.attended')).toMatchObject({ value: 1 });
  expect(item(items, 'stations.attendanceRate')).toMatchObject({ value: 50, aggregation: 'RATE' });
  expect(item(items, 'stations.active')).toMatchObject({ value: 3 }); // 2 of the demo seed
  // Disabled or never enabled: absent.
  expect(items.filter((i) => i.module === 'fund' || i.module === 'council')).toEqual([]);
  // Module order, then each module's declared order.
  const modules = [...new Set(items.map((i) => i.module))];
  expect(modules).toEqual(expect.arrayContaining(['dispatch', 'grid', 'points', 'volunteer', 'stations']));
  // English names on request.
  const en = await s.gql(OutcomesQ, { from: FROM, to: TO }, { ...as.staff, headers: { 'accept-language': 'en' } });
  expect(item(en.data!.outcomes.items, 'dispatch.received')).toMatchObject({ name: 'Requests received' });
});

test('disabling a module removes its figures', async () => {
  ok((await s.gql(Configure, { input: { moduleKey: 'stations', enabled: false } }, as.admin)).data?.communityModuleConfigure);
  try {
    const items = (await s.gql(OutcomesQ, { from: FROM, to: TO }, as.admin)).data!.outcomes.items;
    expect(items.filter((i) => i.module === 'stations')).toEqual([]);
    expect(item(items, 'dispatch.received')).toBeTruthy();
  } finally {
    ok((await s.gql(Configure, { input: { moduleKey: 'stations', enabled: true } }, as.admin)).data?.communityModuleConfigure);
  }
});

test("the street roll-up sums counts, weights rates and pools ratios over the street's two communities", async () => {
  const r = await s.gql(StreetQ, { streetId, from: FROM, to: TO }, { token: as.street!.token });
  expect(r.errors).toBeUndefined();
  const o = r.data!.streetOutcomes;
  expect(o).toMatchObject({ streetId, streetName: '金秋街道' });
  expect(o.communities.map((c) => c.communityId).sort()).toEqual([communityA, communityB].sort());
  expect(item(o.totals, 'dispatch.received')).toMatchObject({ value: 4, previousValue: 0, communities: 2, aggregation: 'SUM' });
  expect(item(o.totals, 'dispatch.handled')).toMatchObject({ value: 3, communities: 2 });
  // A ratio pools its counts: (2 + 1) resolved of (3 + 1) received
  expect(item(o.totals, 'dispatch.resolutionRate')!).toMatchObject({ aggregation: 'RATIO', communities: 2, value: 75 });
  // Only A has volunteer and stations enabled.
  expect(item(o.totals, 'volunteer.hours')).toMatchObject({ value: 3, previousValue: 2, communities: 1 });
  expect(item(o.totals, 'stations.attendanceRate')).toMatchObject({ value: 50, communities: 1 });
  const b = o.communities.find((c) => c.communityId === communityB)!;
  // Dispatch's figures and core's own 户参与率 (over dispatch's mechanisms only).
  expect(b.items.map((i) => i.key).every((k) => k.startsWith('dispatch.') || k === 'core.householdParticipation')).toBe(true);
  expect(item(b.items, 'dispatch.resolutionRate')).toMatchObject({ value: 100 });
  // The platform admin may roll up any street.
  expect((await s.gql(StreetQ, { streetId, from: FROM, to: TO }, as.platform)).data!.streetOutcomes.totals.length).toBe(o.totals.length);
});

test('permissions: community staff, admins and the street admin read the dashboard; residents and social workers do not', async () => {
  for (const who of ['admin', 'staff', 'street']) expect((await s.gql(OutcomesQ, { from: FROM, to: TO }, as[who])).errors).toBeUndefined();
  for (const who of ['resident', 'socialworker']) {
    const r = await s.gql(OutcomesQ, { from: FROM, to: TO }, as[who]);
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(r.data ?? null).toBeNull();
  }
  const bad = await s.gql(OutcomesQ, { from: TO, to: FROM }, as.admin);
  expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  // A community admin is no street admin: the street looks missing.
  const notStreet = await s.gql(StreetQ, { streetId, from: FROM, to: TO }, as.admin);
  expect(notStreet.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
});

test('isolation: an admin of a community outside the street gets the same answer for this street as for a random id', async () => {
  const norm = (r: unknown, id: string) =>
    JSON.stringify(r, (k, v) => (k === 'requestId' ? '<r>' : v))
      .split(id)
      .join('<ID>');
  const random = toGlobalId('Street', randomUUID());
  const foreign = await s.gql(StreetQ, { streetId, from: FROM, to: TO }, as.outsider);
  const missing = await s.gql(StreetQ, { streetId: random, from: FROM, to: TO }, as.outsider);
  expect(norm(foreign, streetId)).toBe(norm(missing, random));
  expect(JSON.stringify(foreign)).not.toContain('金秋');
  // The outsider's own dashboard holds nothing of A, and A's header does not open A's.
  ok((await s.gql(Configure, { input: { moduleKey: 'dispatch', enabled: true } }, as.outsider)).data?.communityModuleConfigure);
  const own = await s.gql(OutcomesQ, { from: FROM, to: TO }, as.outsider);
  expect(own.errors).toBeUndefined();
  expect(item(own.data!.outcomes.items, 'dispatch.received')).toMatchObject({ value: 0, previousValue: 0 });
  expect(own.data!.outcomes.items.every((i) => i.value === 0)).toBe(true);
  const viaHeader = await s.gql(OutcomesQ, { from: FROM, to: TO }, { ...as.outsider, headers: { 'x-community-id': communityA } });
  expect(viaHeader.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(JSON.stringify(viaHeader)).not.toContain('dispatch.received');
});
