// The articles' figures on the 治理成效 dashboard, each on data built through GraphQL whose answer is
// known: 矛盾纠纷化解率 (resolution per category, 24 of 25 disputes → 96 %), 满意度 (ratings 4–5 of all
// rated), 户参与率 (distinct open households over every enabled mechanism) and the 15-minute life
// circle (residents within the walking radius of a station in service; households without any
// coordinates are "unknown" and not reached). Each is checked exactly with its numerator and
// denominator, rolled up community → street → district by pooling the counts, each tier seeing only
// its own; bad coordinates are user errors that write nothing.
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { ok, codes } from '../harness/payload';
import { createCommunity } from '../harness/community';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { toGlobalId } from '../../src/schema/global-id';

const Configure = graphql(`
  mutation FiguresConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const DistrictCreate = graphql(`
  mutation FiguresDistrictCreate($input: DistrictCreateInput!) {
    districtCreate(input: $input) {
      district {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const StreetCreate = graphql(`
  mutation FiguresStreetCreate($input: StreetCreateInput!) {
    streetCreate(input: $input) {
      street {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const CommunityCreate = graphql(`
  mutation FiguresCommunity($input: CommunityCreateInput!) {
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
const Appoint = graphql(`
  mutation FiguresAppoint($input: TierAdminAppointInput!) {
    tierAdminAppoint(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const AddMember = graphql(`
  mutation FiguresMember($input: MembershipAddInput!) {
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
const HouseholdNew = graphql(`
  mutation FiguresHousehold($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
        latitude
        longitude
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const HouseholdEdit = graphql(`
  mutation FiguresHouseholdEdit($input: HouseholdUpdateInput!) {
    householdUpdate(input: $input) {
      household {
        id
        latitude
        longitude
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const HouseholdClose = graphql(`
  mutation FiguresHouseholdClose($input: HouseholdCloseInput!) {
    householdClose(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const ResidentNew = graphql(`
  mutation FiguresResident($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const UnitNew = graphql(`
  mutation FiguresUnit($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      unit {
        id
        latitude
        longitude
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const UnitEdit = graphql(`
  mutation FiguresUnitEdit($input: GridUnitUpdateInput!) {
    gridUnitUpdate(input: $input) {
      unit {
        latitude
        longitude
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Place = graphql(`
  mutation FiguresPlace($input: GridHouseholdPlaceInput!) {
    gridHouseholdPlace(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Visit = graphql(`
  mutation FiguresVisit($input: GridHouseholdVisitRecordInput!) {
    gridHouseholdVisitRecord(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const StationNew = graphql(`
  mutation FiguresStation($input: StationCreateInput!) {
    stationCreate(input: $input) {
      station {
        id
        latitude
        longitude
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const StationEdit = graphql(`
  mutation FiguresStationEdit($input: StationUpdateInput!) {
    stationUpdate(input: $input) {
      station {
        active
        latitude
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Stations = graphql(`
  query FiguresStations {
    stations(first: 100) {
      nodes {
        id
        name
        latitude
        longitude
      }
    }
  }
`);
const ResidentLink = graphql(`
  mutation FiguresResidentLink($input: MembershipResidentLinkInput!) {
    membershipResidentLink(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const ServiceNew = graphql(`
  mutation FiguresService($input: StationServiceCreateInput!) {
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
  mutation FiguresBook($input: StationBookingCreateInput!) {
    stationBookingCreate(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const RequestCreate = graphql(`
  mutation FiguresRequest($input: ServiceRequestCreateInput!) {
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
  mutation FiguresAssign($input: ServiceRequestDispatchInput!) {
    serviceRequestDispatch(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const RequestResolve = graphql(`
  mutation FiguresResolve($input: ServiceRequestResolveInput!) {
    serviceRequestResolve(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const RequestRate = graphql(`
  mutation FiguresRate($input: ServiceRequestRateInput!) {
    serviceRequestRate(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);

const Figures = graphql(`
  query FiguresOutcomes($from: DateTimeISO!, $to: DateTimeISO!) {
    outcomes(from: $from, to: $to) {
      items {
        key
        aggregation
        value
        previousValue
        numerator
        denominator
        unknown
        communities
        groups {
          key
          name
          value
          numerator
          denominator
        }
      }
    }
  }
`);
const StreetFigures = graphql(`
  query FiguresStreet($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    streetOutcomes(streetId: $id, from: $from, to: $to) {
      totals {
        key
        value
        numerator
        denominator
        unknown
        communities
        groups {
          key
          value
          numerator
          denominator
        }
      }
      communities {
        communityId
        items {
          key
          numerator
          denominator
        }
      }
    }
  }
`);
const DistrictFigures = graphql(`
  query FiguresDistrict($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    districtOutcomes(districtId: $id, from: $from, to: $to) {
      totals {
        key
        value
        numerator
        denominator
        communities
        groups {
          key
          numerator
          denominator
        }
      }
      streets {
        streetId
        communityCount
        totals {
          key
          value
          numerator
          denominator
        }
      }
    }
  }
`);

const DAY = 86_400_000;
const FROM = new Date(Date.now() - 7 * DAY).toISOString();
const TO = new Date(Date.now() + DAY).toISOString();

let s: TestServer;
let platform: string;
const id: Record<string, string> = {};
const as: Record<string, GqlOptions> = {};

type Item = { key: string; numerator?: number | null; denominator?: number | null; groups?: readonly { key: string }[] };
const item = <T extends Item>(items: readonly T[], key: string): T => {
  const found = items.find((i) => i.key === key);
  if (!found) throw new Error(`no figure ${key} in ${items.map((i) => i.key).join(', ')}`);
  return found;
};
const group = <T extends { key: string }>(groups: readonly T[], key: string): T | undefined => groups.find((g) => g.key === key);

/** A staff member of the community (dispatcher, taker and, filing for themself, the requester who rates). */
async function staffOf(admin: GqlOptions, communityId: string, login: string): Promise<{ opts: GqlOptions; membership: string }> {
  const membership = ok(
    (await s.gql(AddMember, { input: { login, displayName: `${login} 工作者`, password: 'figures-pass-1', roles: ['COMMUNITY_STAFF'] } }, admin)).data
      ?.membershipAdd,
  ).membership!.id;
  return { opts: { token: await s.login(login, 'figures-pass-1', communityId) }, membership };
}

/** A request filed by staff for themself, optionally naming a household; resolved and rated as asked. */
async function request(
  staff: { opts: GqlOptions; membership: string },
  category: string,
  opts: { resolve?: boolean; rating?: number; household?: string } = {},
): Promise<void> {
  const input = { kind: 'routine', category, title: '邻里纠纷', description: '楼上漏水', channel: 'WALK_IN', address: '1 栋', household: opts.household };
  const rid = ok((await s.gql(RequestCreate, { input: input as any }, staff.opts)).data?.serviceRequestCreate).serviceRequest!.id;
  if (!opts.resolve) return;
  ok((await s.gql(RequestAssign, { input: { id: rid, mode: 'ASSIGN', taker: staff.membership } }, staff.opts)).data?.serviceRequestDispatch);
  ok((await s.gql(RequestResolve, { input: { id: rid, result: '已调解', minutesSpent: 30 } }, staff.opts)).data?.serviceRequestResolve);
  if (opts.rating) ok((await s.gql(RequestRate, { input: { id: rid, rating: opts.rating } }, staff.opts)).data?.serviceRequestRate);
}

async function household(admin: GqlOptions, number: string, residents: number, point?: { latitude: number; longitude: number }): Promise<string> {
  const h = ok((await s.gql(HouseholdNew, { input: { number, address: `${number} 号`, ...point } }, admin)).data?.householdCreate).household!.id;
  for (let i = 0; i < residents; i++) {
    const r = ok((await s.gql(ResidentNew, { input: { name: `居民${number}-${i}`, household: h } }, admin)).data?.residentCreate).resident!.id;
    id[`resident:${number}`] ??= r;
  }
  return h;
}

const enable = async (admin: GqlOptions, modules: string[], settings: Record<string, unknown> = {}) => {
  for (const moduleKey of modules)
    ok((await s.gql(Configure, { input: { moduleKey, enabled: true, settings: settings[moduleKey] as any } }, admin)).data?.communityModuleConfigure);
};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  platform = await s.login('platform');
  const P = { token: platform };
  // District D: streets S1 (communities A, B) and S2 (community C); district D2: street S3 (community X).
  id.d = ok((await s.gql(DistrictCreate, { input: { name: '成效市', regionCode: '520282' } }, P)).data?.districtCreate).district!.id;
  id.d2 = ok((await s.gql(DistrictCreate, { input: { name: '他区', regionCode: '530922' } }, P)).data?.districtCreate).district!.id;
  const street = async (name: string, regionCode: string, district: string) =>
    ok((await s.gql(StreetCreate, { input: { name, regionCode, district } }, P)).data?.streetCreate).street!.id;
  id.s1 = await street('一街道', '520282001', id.d);
  id.s2 = await street('二街道', '520282002', id.d);
  id.s3 = await street('三街道', '530922001', id.d2);
  const community = async (name: string, regionCode: string, streetId: string) =>
    ok((await s.gql(CommunityCreate, { input: { name, regionCode, street: streetId } }, P)).data?.communityCreate).community!.id;
  id.a = await community('甲社区', '520282001001', id.s1);
  id.b = await community('乙社区', '520282001002', id.s1);
  id.c = await community('丙社区', '520282002001', id.s2);
  id.x = await community('外社区', '530922001001', id.s3);
  for (const k of ['a', 'b', 'c', 'x']) as[k] = { token: await s.login('platform', 'wushe-demo', id[k]) };
  for (const [tier, login] of [
    [id.d, 'fig-da'],
    [id.s1, 'fig-sa1'],
    [id.d2, 'fig-dx'],
  ] as const) {
    ok((await s.gql(Appoint, { input: { tier, login, displayName: `${login} 管理员`, password: 'figures-pass-1' } }, P)).data?.tierAdminAppoint);
    as[login] = { token: await s.login(login, 'figures-pass-1') };
  }

  // Community A: dispatch, grid and stations.
  await enable(as.a!, ['dispatch', 'grid', 'stations']);
  const staffA = await staffOf(as.a!, id.a, 'fig-staff-a');
  // Households with residents: h1 (3) and h2 (1) have their own coordinates, h3 (2) and h4 (1) take
  // their building's or grid's, h5–h9 (1 each) have none; h10 is closed.
  id.h1 = await household(as.a!, 'A01', 3, { latitude: 26.005, longitude: 104 }); // ≈ 556 m north of the station
  id.h2 = await household(as.a!, 'A02', 1, { latitude: 26.01, longitude: 104 }); // ≈ 1,112 m
  id.h3 = await household(as.a!, 'A03', 2);
  id.h4 = await household(as.a!, 'A04', 1);
  for (let i = 5; i <= 9; i++) id[`h${i}`] = await household(as.a!, `A0${i}`, 1);
  id.h10 = await household(as.a!, 'A10', 0);
  const unit = async (input: Record<string, unknown>) => ok((await s.gql(UnitNew, { input: input as any }, as.a)).data?.gridUnitCreate).unit!.id;
  id.g1 = await unit({ level: 'grid', code: 'G1', name: '第一网格', latitude: 26.02, longitude: 104 }); // ≈ 2,224 m
  id.b1 = await unit({ level: 'building', code: 'B1', name: '1 栋', parent: id.g1, latitude: 26, longitude: 104.008 }); // ≈ 800 m east
  id.b2 = await unit({ level: 'building', code: 'B2', name: '2 栋', parent: id.g1 }); // none: its grid's apply
  ok((await s.gql(Place, { input: { household: id.h3, unit: id.b1 } }, as.a)).data?.gridHouseholdPlace);
  ok((await s.gql(Place, { input: { household: id.h4, unit: id.b2 } }, as.a)).data?.gridHouseholdPlace);
  ok((await s.gql(Place, { input: { household: id.h5, unit: id.b1 } }, as.a)).data?.gridHouseholdPlace);
  // h5 has a building with coordinates, but the household's own (none) come first only when set: h5 is reached too.
  const stationAt = async (name: string, point?: { latitude: number; longitude: number }) =>
    ok((await s.gql(StationNew, { input: { name, kind: 'service', address: name, ...point } }, as.a)).data?.stationCreate).station!.id;
  id.st1 = await stationAt('党群服务站', { latitude: 26, longitude: 104 });
  id.st2 = await stationAt('停用站', { latitude: 26.01, longitude: 104 }); // at h2's door, but taken out of service
  ok((await s.gql(StationEdit, { input: { id: id.st2, active: false } }, as.a)).data?.stationUpdate);
  await stationAt('无坐标站');
  // A resident login linked to h6's resident record books a service at st1 in the period: h6 takes part through the account.
  const allWeek = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: '00:00', closes: '24:00' }));
  ok((await s.gql(StationEdit, { input: { id: id.st1, openingHours: allWeek } }, as.a)).data?.stationUpdate);
  const service = ok(
    (await s.gql(ServiceNew, { input: { stationId: id.st1, name: '法律咨询', category: 'convenience', slotMinutes: 60, capacity: 3 } }, as.a)).data
      ?.stationServiceCreate,
  ).service!.id;
  const resident = ok(
    (await s.gql(AddMember, { input: { login: 'fig-resident', displayName: '居民六', password: 'figures-pass-1', roles: ['RESIDENT'] } }, as.a)).data
      ?.membershipAdd,
  ).membership!.id;
  ok((await s.gql(ResidentLink, { input: { id: resident, resident: id['resident:A06'] } }, as.a)).data?.membershipResidentLink);
  const slot = new Date(Math.ceil((Date.now() + 3 * 3_600_000) / 3_600_000) * 3_600_000).toISOString();
  as.resident = { token: await s.login('fig-resident', 'figures-pass-1', id.a) };
  ok((await s.gql(Book, { input: { serviceId: service, startsAt: slot } }, as.resident)).data?.stationBookingCreate);

  // Requests: 25 disputes, 24 resolved; 4 repairs, 2 resolved. Ratings: 23 disputes rated 5, one 2;
  // one repair rated 4. Households named: h1 twice, h2, h3 and the closed h10.
  const named = [id.h1, id.h1, id.h2, id.h3, id.h10];
  for (let i = 0; i < 25; i++) {
    await request(staffA, 'dispute', { resolve: i < 24, rating: i < 23 ? 5 : i === 23 ? 2 : undefined, household: named[i] });
  }
  for (let i = 0; i < 4; i++) await request(staffA, 'repair', { resolve: i < 2, rating: i === 0 ? 4 : undefined });
  ok((await s.gql(HouseholdClose, { input: { id: id.h10 } }, as.a)).data?.householdClose);
  // Grid visits at home: h3 (again) and h4.
  for (const h of [id.h3, id.h4]) ok((await s.gql(Visit, { input: { household: h } }, as.a)).data?.gridHouseholdVisitRecord);

  // Community B (street S1): dispatch only; 2 disputes, 1 resolved and rated 5, naming its household hb1 of 2.
  await enable(as.b!, ['dispatch']);
  const staffB = await staffOf(as.b!, id.b, 'fig-staff-b');
  id.hb1 = await household(as.b!, 'B01', 1);
  await household(as.b!, 'B02', 1);
  await request(staffB, 'dispute', { resolve: true, rating: 5, household: id.hb1 });
  await request(staffB, 'dispute');

  // Community C (street S2): 1 dispute, resolved.
  await enable(as.c!, ['dispatch']);
  await request(await staffOf(as.c!, id.c, 'fig-staff-c'), 'dispute', { resolve: true });

  // Community X (another district): 3 disputes, none resolved.
  await enable(as.x!, ['dispatch']);
  const staffX = await staffOf(as.x!, id.x, 'fig-staff-x');
  for (let i = 0; i < 3; i++) await request(staffX, 'dispute');
}, 300_000);
afterAll(() => s?.stop());

const communityFigures = async (who: GqlOptions) => {
  const r = await s.gql(Figures, { from: FROM, to: TO }, who);
  expect(r.errors).toBeUndefined();
  return r.data!.outcomes.items;
};

test('矛盾纠纷化解率: resolution per category — 24 of 25 disputes is 96 %; all categories pooled', async () => {
  const f = item(await communityFigures(as.a!), 'dispatch.resolutionRate');
  expect(f).toMatchObject({ aggregation: 'RATIO', numerator: 26, denominator: 29, value: 89.7, previousValue: 0, unknown: null });
  expect(group(f.groups, 'dispute')).toEqual({ key: 'dispute', name: '矛盾纠纷', value: 96, numerator: 24, denominator: 25 });
  expect(group(f.groups, 'repair')).toEqual({ key: 'repair', name: '维修', value: 50, numerator: 2, denominator: 4 });
  // Sums and rates carry no counts.
  expect(item(await communityFigures(as.a!), 'dispatch.received')).toMatchObject({ aggregation: 'SUM', numerator: null, denominator: null, groups: [] });
  // The period counts: a week earlier, nothing was received.
  const before = await s.gql(Figures, { from: new Date(Date.now() - 30 * DAY).toISOString(), to: FROM }, as.a);
  expect(item(before.data!.outcomes.items, 'dispatch.resolutionRate')).toMatchObject({ value: 0, numerator: 0, denominator: 0 });
});

test('满意度: requests rated 4–5 of all rated in the period — 24 of 25', async () => {
  const f = item(await communityFigures(as.a!), 'dispatch.satisfactionRate');
  expect(f).toMatchObject({ aggregation: 'RATIO', numerator: 24, denominator: 25, value: 96 });
  expect(group(f.groups, 'dispute')).toMatchObject({ numerator: 23, denominator: 24 });
  expect(group(f.groups, 'repair')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
});

test('户参与率: distinct open households over every enabled mechanism — 5 of 9', async () => {
  const f = item(await communityFigures(as.a!), 'core.householdParticipation');
  // Requests named h1 (twice), h2, h3 and the closed h10; visits h3 and h4; h6's resident booked a station service:
  // {h1, h2, h3, h4, h6} of the 9 open households.
  expect(f).toMatchObject({ aggregation: 'RATIO', numerator: 5, denominator: 9, value: 55.6, communities: 1 });
  expect(group(f.groups, 'stations.bookings')).toMatchObject({ numerator: 1, denominator: 9 });
  expect(group(f.groups, 'dispatch.requestsRaised')).toMatchObject({ name: '提出民需', numerator: 3, denominator: 9 });
  expect(group(f.groups, 'dispatch.requestsRated')).toMatchObject({ numerator: 3, denominator: 9 });
  expect(group(f.groups, 'grid.visited')).toMatchObject({ numerator: 2, denominator: 9 });
  // Only enabled modules' mechanisms are listed.
  expect(f.groups.map((g) => g.key.split('.')[0]).sort()).toEqual(['dispatch', 'dispatch', 'grid', 'stations']);
});

test('15分钟生活圈: residents within 1,000 m of a station in service; households without coordinates are unknown', async () => {
  // Reached: h1 (3, own door 556 m), h3 (2, its building 800 m), h5 (1, the same building). Not reached: h2 (1, 1,112 m; the
  // station at its door is out of service), h4 (1, its grid's 2,224 m). Unknown: h6–h9 (4). Of 12 residents of open households.
  expect(item(await communityFigures(as.a!), 'stations.reach')).toMatchObject({ aggregation: 'RATIO', numerator: 6, denominator: 12, unknown: 4, value: 50 });
  // A wider radius (setting) reaches h2 as well.
  await enable(as.a!, ['stations'], { stations: { reachRadiusMetres: 1200 } });
  try {
    expect(item(await communityFigures(as.a!), 'stations.reach')).toMatchObject({ numerator: 7, denominator: 12, unknown: 4 });
  } finally {
    await enable(as.a!, ['stations'], { stations: { reachRadiusMetres: 1000 } });
  }
  // Clearing h1's coordinates makes its 3 residents unknown (not reached); setting them back restores them.
  const cleared = ok((await s.gql(HouseholdEdit, { input: { id: id.h1, latitude: null, longitude: null } }, as.a)).data?.householdUpdate).household!;
  expect(cleared).toMatchObject({ latitude: null, longitude: null });
  expect(item(await communityFigures(as.a!), 'stations.reach')).toMatchObject({ numerator: 3, denominator: 12, unknown: 7 });
  ok((await s.gql(HouseholdEdit, { input: { id: id.h1, latitude: 26.005, longitude: 104 } }, as.a)).data?.householdUpdate);
  expect(item(await communityFigures(as.a!), 'stations.reach')).toMatchObject({ numerator: 6, unknown: 4 });
  // Stations disabled: no reach figure, and no station mechanism in participation.
  ok((await s.gql(Configure, { input: { moduleKey: 'stations', enabled: false } }, as.a)).data?.communityModuleConfigure);
  try {
    const items = await communityFigures(as.a!);
    expect(items.find((i) => i.key === 'stations.reach')).toBeUndefined();
    expect(item(items, 'core.householdParticipation').groups.map((g) => g.key)).not.toContain('stations.bookings');
  } finally {
    await enable(as.a!, ['stations']);
  }
});

test('roll-ups pool the counts: street S1 over A and B, district D over S1 and S2', async () => {
  const st = await s.gql(StreetFigures, { id: id.s1, from: FROM, to: TO }, as['fig-sa1']);
  expect(st.errors).toBeUndefined();
  const t = st.data!.streetOutcomes.totals;
  expect(item(t, 'dispatch.resolutionRate')).toMatchObject({ numerator: 27, denominator: 31, value: 87.1, communities: 2 });
  expect(group(item(t, 'dispatch.resolutionRate').groups, 'dispute')).toMatchObject({ numerator: 25, denominator: 27, value: 92.6 });
  expect(item(t, 'dispatch.satisfactionRate')).toMatchObject({ numerator: 25, denominator: 26, value: 96.2 });
  expect(item(t, 'core.householdParticipation')).toMatchObject({ numerator: 6, denominator: 11, value: 54.5, communities: 2 });
  expect(item(t, 'stations.reach')).toMatchObject({ numerator: 6, denominator: 12, unknown: 4, communities: 1 });
  const b = st.data!.streetOutcomes.communities.find((c) => c.communityId === id.b)!;
  expect(item(b.items, 'core.householdParticipation')).toMatchObject({ numerator: 1, denominator: 2 });

  const d = await s.gql(DistrictFigures, { id: id.d, from: FROM, to: TO }, as['fig-da']);
  expect(d.errors).toBeUndefined();
  const dt = d.data!.districtOutcomes.totals;
  expect(item(dt, 'dispatch.resolutionRate')).toMatchObject({ numerator: 28, denominator: 32, value: 87.5, communities: 3 });
  expect(group(item(dt, 'dispatch.resolutionRate').groups, 'dispute')).toMatchObject({ numerator: 26, denominator: 28 });
  expect(item(dt, 'dispatch.satisfactionRate')).toMatchObject({ numerator: 25, denominator: 26 });
  const streets = Object.fromEntries(d.data!.districtOutcomes.streets.map((x) => [x.streetId, x]));
  expect(streets[id.s1]!.communityCount).toBe(2);
  expect(item(streets[id.s1]!.totals, 'dispatch.resolutionRate')).toMatchObject({ numerator: 27, denominator: 31 });
  expect(item(streets[id.s2]!.totals, 'dispatch.resolutionRate')).toMatchObject({ numerator: 1, denominator: 1, value: 100 });
  // Community X's 3 unresolved disputes are another district's: not in D's counts (28 of 32 above), only in D2's.
  const d2 = await s.gql(DistrictFigures, { id: id.d2, from: FROM, to: TO }, as['fig-dx']);
  expect(item(d2.data!.districtOutcomes.totals, 'dispatch.resolutionRate')).toMatchObject({ numerator: 0, denominator: 3, value: 0 });
});

test('tier isolation: each tier reads only its own, a foreign tier answers like a random id', async () => {
  const notFound = async (r: Promise<{ errors?: readonly { extensions?: Record<string, unknown> }[]; data?: unknown }>) => {
    const x = await r;
    expect(codes(x)).toEqual(['NOT_FOUND']);
    expect(JSON.stringify(x.data ?? null)).not.toContain('dispatch.');
  };
  await notFound(s.gql(StreetFigures, { id: id.s2, from: FROM, to: TO }, as['fig-sa1']));
  await notFound(s.gql(DistrictFigures, { id: id.d, from: FROM, to: TO }, as['fig-sa1']));
  await notFound(s.gql(DistrictFigures, { id: id.d2, from: FROM, to: TO }, as['fig-da']));
  await notFound(s.gql(StreetFigures, { id: id.s3, from: FROM, to: TO }, as['fig-da']));
  await notFound(s.gql(DistrictFigures, { id: id.d, from: FROM, to: TO }, as['fig-dx']));
  await notFound(s.gql(DistrictFigures, { id: toGlobalId('District', randomUUID()), from: FROM, to: TO }, as['fig-da']));
  // A community's own dashboard holds only its own counts.
  expect(item(await communityFigures(as.b!), 'dispatch.resolutionRate')).toMatchObject({ numerator: 1, denominator: 2 });
  expect(item(await communityFigures(as.x!), 'core.householdParticipation')).toMatchObject({ numerator: 0, denominator: 0, value: 0 });
});

test('bad coordinates are user errors on their field and write nothing', async () => {
  const errs = (p: { userErrors: readonly { code: string; field?: readonly string[] | null }[] } | null | undefined) =>
    p?.userErrors.map((e) => [e.code, e.field]);
  expect(errs((await s.gql(HouseholdEdit, { input: { id: id.h2, latitude: 91, longitude: 104 } }, as.a)).data?.householdUpdate)).toEqual([
    ['BAD_USER_INPUT', ['input', 'latitude']],
  ]);
  expect(errs((await s.gql(HouseholdEdit, { input: { id: id.h2, latitude: 26 } }, as.a)).data?.householdUpdate)).toEqual([
    ['BAD_USER_INPUT', ['input', 'longitude']],
  ]);
  expect(errs((await s.gql(HouseholdNew, { input: { number: 'A99', address: 'x', longitude: 104 } }, as.a)).data?.householdCreate)).toEqual([
    ['BAD_USER_INPUT', ['input', 'latitude']],
  ]);
  expect(errs((await s.gql(UnitEdit, { input: { id: id.b2, latitude: -90.5, longitude: 0 } }, as.a)).data?.gridUnitUpdate)).toEqual([
    ['BAD_USER_INPUT', ['input', 'latitude']],
  ]);
  expect(
    errs((await s.gql(StationNew, { input: { name: '坏站', kind: 'service', address: 'x', latitude: 26, longitude: 181 } }, as.a)).data?.stationCreate),
  ).toEqual([['BAD_USER_INPUT', ['input', 'longitude']]]);
  expect(errs((await s.gql(StationEdit, { input: { id: id.st1, latitude: 26.1 } }, as.a)).data?.stationUpdate)).toEqual([
    ['BAD_USER_INPUT', ['input', 'longitude']],
  ]);
  // Nothing written: h2 keeps its point, no 坏站 or A99, the station keeps its place, and the figures stand.
  const stations = (await s.gql(Stations, {}, as.a)).data!.stations.nodes;
  expect(stations.find((x) => x.name === '坏站')).toBeUndefined();
  expect(stations.find((x) => x.id === id.st1)).toMatchObject({ latitude: 26, longitude: 104 });
  expect(item(await communityFigures(as.a!), 'stations.reach')).toMatchObject({ numerator: 6, denominator: 12, unknown: 4 });
  expect(item(await communityFigures(as.a!), 'core.householdParticipation')).toMatchObject({ denominator: 9 });
  // A malformed number is a top-level input error.
  const malformed = await s.gql(HouseholdEdit, { input: { id: id.h2, latitude: 'north' as any, longitude: 104 } }, as.a);
  expect(codes(malformed)).toEqual(['BAD_USER_INPUT']);
});

test("every first-party module's participation sources run, and only enabled modules' count", async () => {
  await enable(as.a!, ['council', 'points', 'volunteer', 'resources']);
  const f = item(await communityFigures(as.a!), 'core.householdParticipation');
  expect(f.groups.map((g) => g.key).sort()).toEqual(
    [
      'council.attendance',
      'council.ballots',
      'council.comments',
      'council.evaluations',
      'council.topicsRaised',
      'dispatch.requestsRaised',
      'dispatch.requestsRated',
      'grid.visited',
      'points.earned',
      'points.redeemed',
      'resources.surveyAnswered',
      'stations.bookings',
      'volunteer.hoursServed',
    ].sort(),
  );
  // Nothing happened in the new mechanisms: the same 5 households.
  expect(f).toMatchObject({ numerator: 5, denominator: 9 });
  expect(f.groups.filter((g) => /^(council|points|volunteer|resources)\./.test(g.key)).every((g) => g.numerator === 0)).toBe(true);
  // English names on request.
  const en = await s.gql(Figures, { from: FROM, to: TO }, { ...as.a, headers: { 'accept-language': 'en' } });
  expect(group(item(en.data!.outcomes.items, 'core.householdParticipation').groups, 'grid.visited')).toMatchObject({ name: 'Visited at home by the grid' });
});
