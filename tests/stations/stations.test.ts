// 服务站点 end to end through GraphQL: stations, services and groupings; opening hours, closures
// and every typed refusal of a booking; cancel and attendance; events; presets (Fengqing's
// featured stations, Changzhou's sharing stations and five 美好生活共同体); tenant isolation.
import { randomUUID } from 'node:crypto';
import { toGlobalId, parseGlobalId } from '../../src/schema/global-id';
import { graphql } from '../gql';
import {
  ALL_WEEK,
  STATIONS_FINGERPRINT,
  StationAttend,
  StationBook,
  StationBookings,
  StationCancel,
  StationCatalogQ,
  StationClosureAdd,
  StationClosureRemove,
  StationCreate,
  StationGet,
  StationList,
  StationMine,
  StationServiceCreate,
  StationServiceUpdate,
  StationSlots,
  StationUpdate,
  StationsCommunityCreate,
  StationsLogin,
  at,
  freshSlot,
  localDate,
  ok,
  stationsWorld,
  stopWorld,
  weekdayOf,
  type StationsWorld,
} from './stations.fixture';

let w: StationsWorld;
beforeAll(async () => {
  w = await stationsWorld();
}, 120_000);
afterAll(() => stopWorld(w));

const as = (login: string) => ({ token: w.tokens[login]! });
const codes = (p: { userErrors: readonly { code: string }[] } | undefined) => p?.userErrors.map((e) => e.code);

describe('stations, services and the catalog', () => {
  test('staff create a station with hours and features; services with categories and groupings are checked against the settings', async () => {
    const st = ok(
      (
        await w.s.gql(
          StationCreate,
          {
            input: {
              name: '幸福里党群服务点',
              kind: 'service',
              address: '金秋小区 5 栋旁',
              features: ['课后服务', '读书空间'],
              phone: '0851-1234567',
              openingHours: [
                { weekday: 1, opens: '16:00', closes: '18:00' },
                { weekday: 6, opens: '09:00', closes: '12:00' },
                { weekday: 6, opens: '14:00', closes: '17:00' },
              ],
            },
          },
          as('staff'),
        )
      ).data?.stationCreate,
    ).station!;
    expect(st).toMatchObject({ kind: 'service', kindName: '便民服务站', features: ['课后服务', '读书空间'], active: true, gridUnitId: null });
    expect(st.openingHours).toHaveLength(3);

    const before = (await w.db.query(STATIONS_FINGERPRINT)).rows[0];
    expect(codes((await w.s.gql(StationCreate, { input: { name: 'x', kind: 'nope', address: 'x' } }, as('staff'))).data?.stationCreate)).toEqual([
      'STATION_KIND_UNKNOWN',
    ]);
    const overlap = await w.s.gql(
      StationCreate,
      {
        input: {
          name: 'x',
          kind: 'service',
          address: 'x',
          openingHours: [
            { weekday: 1, opens: '09:00', closes: '12:00' },
            { weekday: 1, opens: '11:00', closes: '13:00' },
          ],
        },
      },
      as('staff'),
    );
    expect(overlap.data?.stationCreate.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringContaining('overlap') });
    const backwards = await w.s.gql(
      StationCreate,
      { input: { name: 'x', kind: 'service', address: 'x', openingHours: [{ weekday: 8, opens: '09:00', closes: '08:00' }] } },
      as('staff'),
    );
    expect(codes(backwards.data?.stationCreate)).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        (await w.s.gql(StationCreate, { input: { name: 'x', kind: 'service', address: 'x', gridUnitId: toGlobalId('GridUnit', randomUUID()) } }, as('staff')))
          .data?.stationCreate,
      ),
    ).toEqual(['NOT_FOUND']);
    const grid = toGlobalId(
      'GridUnit',
      (await w.db.query(`select id from grid_unit where community_id = $1 and level = 'grid' order by sort_order limit 1`, [parseGlobalId(w.communityId)!.id]))
        .rows[0].id,
    );
    expect(
      codes((await w.s.gql(StationServiceCreate, { input: { stationId: st.id, name: 'x', category: 'nope' } }, as('staff'))).data?.stationServiceCreate),
    ).toEqual(['STATION_CATEGORY_UNKNOWN']);
    expect(
      codes(
        (await w.s.gql(StationServiceCreate, { input: { stationId: st.id, name: 'x', category: 'leisure', grouping: 'allAges' } }, as('staff'))).data
          ?.stationServiceCreate,
      ),
    ).toEqual(['STATION_GROUPING_UNKNOWN']);
    expect(
      codes(
        (await w.s.gql(StationServiceCreate, { input: { stationId: st.id, name: 'x', category: 'leisure', capacity: 0 } }, as('staff'))).data
          ?.stationServiceCreate,
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect((await w.db.query(STATIONS_FINGERPRINT)).rows[0]).toEqual(before);
    // Placed in a grid unit of this community.
    const placed = ok((await w.s.gql(StationUpdate, { input: { id: st.id, gridUnitId: grid } }, as('staff'))).data?.stationUpdate).station!;
    expect((await w.s.gql(StationGet, { id: placed.id }, as('resident'))).data!.station).toMatchObject({ name: '幸福里党群服务点', gridUnitId: grid });
    expect((await w.db.query(`select grid_unit_id from stations_station where id = $1`, [parseGlobalId(st.id)!.id])).rows[0].grid_unit_id).toBe(
      parseGlobalId(grid)!.id,
    );

    const svc = ok(
      (
        await w.s.gql(
          StationServiceCreate,
          { input: { stationId: st.id, name: '课后服务', category: 'convenience', slotMinutes: 60, capacity: 20 } },
          as('staff'),
        )
      ).data?.stationServiceCreate,
    ).service!;
    expect(svc).toMatchObject({ grouping: null, slotMinutes: 60, capacity: 20, bookable: true, station: { id: st.id } });
    const got = (await w.s.gql(StationGet, { id: st.id }, as('resident'))).data!.station!;
    expect(got.services.map((x) => x.name)).toEqual(['课后服务']);
    const cat = (await w.s.gql(StationCatalogQ, {}, as('resident'))).data!.stationCatalog;
    // 金秋社区 runs panzhou-jinqiu: its 便民服务站 kind, the 党群服务中心 of 17 function rooms and the 社区卫生室.
    expect(cat).toMatchObject({
      lifeCircleMinutes: 15,
      kinds: [
        { key: 'service', name: '便民服务站', stationCount: 4 }, // 2 of the demo seed, the fixture's, this one
        { key: 'partyCenter', name: '党群服务中心', stationCount: 0 },
        { key: 'clinic', name: '社区卫生室', stationCount: 0 },
      ],
      groupings: [],
    });
    expect(cat.categories.map((c) => c.key)).toEqual([
      'convenience',
      'partyActivity',
      'deliberation',
      'leisure',
      'employment',
      'medicalInsurance',
      'socialSecurity',
      'medical',
    ]);
    // Out of service: gone from the list and the count, still there with includeInactive.
    ok((await w.s.gql(StationUpdate, { input: { id: st.id, active: false } }, as('admin'))).data?.stationUpdate);
    expect((await w.s.gql(StationList, {}, as('resident'))).data!.stations.nodes.map((n) => n.id)).not.toContain(st.id);
    expect((await w.s.gql(StationList, { includeInactive: true }, as('admin'))).data!.stations.nodes.map((n) => n.id)).toContain(st.id);
    expect((await w.s.gql(StationCatalogQ, {}, as('resident'))).data!.stationCatalog.kinds[0]!.stationCount).toBe(3);
  });

  test('slots follow the weekly schedule and show free places', async () => {
    const day = localDate(3);
    const st = ok(
      (
        await w.s.gql(
          StationCreate,
          {
            input: {
              name: '时段站',
              kind: 'service',
              address: 'x',
              openingHours: [
                { weekday: weekdayOf(day), opens: '09:00', closes: '11:00' },
                { weekday: weekdayOf(day), opens: '14:00', closes: '15:00' },
              ],
            },
          },
          as('staff'),
        )
      ).data?.stationCreate,
    ).station!;
    const svc = ok(
      (
        await w.s.gql(
          StationServiceCreate,
          { input: { stationId: st.id, name: '议事室', category: 'deliberation', slotMinutes: 40, capacity: 2 } },
          as('staff'),
        )
      ).data?.stationServiceCreate,
    ).service!;
    const slots = (await w.s.gql(StationSlots, { serviceId: svc.id, from: at(day, '00:00'), to: at(localDate(4), '00:00') }, as('resident'))).data!
      .stationServiceSlots;
    // 09:00–11:00 holds three 40-minute slots; 14:00–15:00 one.
    expect(slots.map((x) => x.startsAt)).toEqual(
      [at(day, '09:00'), at(day, '09:40'), at(day, '10:20'), at(day, '14:00')].map((x) => new Date(x).toISOString()),
    );
    ok((await w.s.gql(StationBook, { input: { serviceId: svc.id, startsAt: at(day, '09:40') } }, as('resident'))).data?.stationBookingCreate);
    const after = (await w.s.gql(StationSlots, { serviceId: svc.id, from: at(day, '00:00'), to: at(localDate(4), '00:00') }, as('resident'))).data!
      .stationServiceSlots;
    expect(after[1]).toMatchObject({ capacity: 2, booked: 1, remaining: 1 });
    const tooLong = await w.s.gql(StationSlots, { serviceId: svc.id, from: at(day, '00:00'), to: at(localDate(60), '00:00') }, as('resident'));
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('bookings', () => {
  test('a resident books, sees it, cannot double-book; staff see the list and record attendance; cancelling frees the place', async () => {
    const slot = freshSlot();
    const b = ok(
      (await w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: slot, note: '咨询赡养纠纷' } }, as('resident'))).data?.stationBookingCreate,
    ).booking!;
    expect(b).toMatchObject({
      status: 'BOOKED',
      mine: true,
      bookedBy: '居民 孙丽',
      startsAt: slot,
      service: { id: w.serviceId },
      station: { id: w.stationId },
    });
    expect(new Date(b.endsAt).getTime() - new Date(b.startsAt).getTime()).toBe(30 * 60_000);
    expect(codes((await w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: slot } }, as('resident'))).data?.stationBookingCreate)).toEqual([
      'ALREADY_BOOKED',
    ]);
    expect((await w.s.gql(StationMine, {}, as('resident'))).data!.myStationBookings.nodes.map((n) => n.id)).toContain(b.id);
    expect((await w.s.gql(StationMine, {}, as('party'))).data!.myStationBookings.nodes.map((n) => n.id)).not.toContain(b.id);
    // Another resident cannot cancel it (looks missing); staff see it in the station's list.
    expect(codes((await w.s.gql(StationCancel, { input: { id: b.id } }, as('party'))).data?.stationBookingCancel)).toEqual(['NOT_FOUND']);
    const list = (await w.s.gql(StationBookings, { stationId: w.stationId, status: 'BOOKED' }, as('socialworker'))).data!.stationBookings;
    expect(list.nodes.find((n) => n.id === b.id)).toMatchObject({ bookedBy: '居民 孙丽', mine: false });

    const attended = ok((await w.s.gql(StationAttend, { input: { id: b.id, attended: true } }, as('grid'))).data?.stationBookingAttend).booking!;
    expect(attended.status).toBe('ATTENDED');
    expect(attended.attendedAt).toBeTruthy();
    const again = (await w.s.gql(StationAttend, { input: { id: b.id, attended: false } }, as('grid'))).data?.stationBookingAttend;
    expect(again?.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', message: expect.stringContaining('ATTENDED') });
    expect(codes((await w.s.gql(StationCancel, { input: { id: b.id } }, as('resident'))).data?.stationBookingCancel)).toEqual(['INVALID_STATE']);
    // A missing booking is an expected failure of the payload, as on cancel.
    expect(
      codes(
        (await w.s.gql(StationAttend, { input: { id: toGlobalId('StationBooking', randomUUID()), attended: true } }, as('grid'))).data?.stationBookingAttend,
      ),
    ).toEqual(['NOT_FOUND']);

    // Cancel: the place frees and the resident may book the slot again.
    const slot2 = freshSlot();
    const c = ok((await w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: slot2 } }, as('resident'))).data?.stationBookingCreate).booking!;
    const cancelled = ok((await w.s.gql(StationCancel, { input: { id: c.id } }, as('resident'))).data?.stationBookingCancel).booking!;
    expect(cancelled.status).toBe('CANCELLED');
    expect((await w.db.query(`select booked from stations_slot where starts_at = $1`, [slot2])).rows[0].booked).toBe(0);
    ok((await w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: slot2 } }, as('resident'))).data?.stationBookingCreate);
    const ev = (await w.db.query(`select type from outbox_event where type like 'stations.Booking%' or type = 'stations.AttendanceRecorded'`)).rows.map(
      (r) => r.type,
    );
    expect(ev).toEqual(expect.arrayContaining(['stations.BookingCreated', 'stations.BookingCancelled', 'stations.AttendanceRecorded']));
  });

  test('refusals are typed and write nothing: outside hours, misaligned, closed day, passed, too far, full, not bookable', async () => {
    const day = localDate(4);
    const st = ok(
      (
        await w.s.gql(
          StationCreate,
          { input: { name: '周一站', kind: 'service', address: 'x', openingHours: [{ weekday: weekdayOf(day), opens: '09:00', closes: '10:00' }] } },
          as('staff'),
        )
      ).data?.stationCreate,
    ).station!;
    const svc = ok(
      (await w.s.gql(StationServiceCreate, { input: { stationId: st.id, name: '理发', category: 'convenience', slotMinutes: 30, capacity: 1 } }, as('staff')))
        .data?.stationServiceCreate,
    ).service!;
    const book = async (startsAt: string, login = 'resident') =>
      (await w.s.gql(StationBook, { input: { serviceId: svc.id, startsAt } }, as(login))).data?.stationBookingCreate;
    const before = (await w.db.query(STATIONS_FINGERPRINT)).rows[0];
    expect(codes(await book(at(day, '11:00')))).toEqual(['OUTSIDE_OPENING_HOURS']);
    expect(codes(await book(at(day, '09:45')))).toEqual(['OUTSIDE_OPENING_HOURS']); // would end after closing
    expect(codes(await book(at(localDate(5), '09:00')))).toEqual(['OUTSIDE_OPENING_HOURS']); // another weekday
    expect(codes(await book(at(day, '09:10')))).toEqual(['SLOT_NOT_ALIGNED']);
    expect(codes(await book(at(localDate(-7 + 4), '09:00')))).toEqual(['SLOT_PASSED']);
    expect(codes(await book(at(localDate(4 + 35), '09:00')))).toEqual(['BOOKING_TOO_FAR']);
    const en = await w.s.gql(
      StationBook,
      { input: { serviceId: svc.id, startsAt: at(day, '11:00') } },
      { ...as('resident'), headers: { 'accept-language': 'en' } },
    );
    expect(en.data?.stationBookingCreate.userErrors[0]).toMatchObject({
      code: 'OUTSIDE_OPENING_HOURS',
      field: ['input', 'startsAt'],
      message: "Outside the station's opening hours",
    });
    expect((await w.db.query(STATIONS_FINGERPRINT)).rows[0]).toEqual(before);

    // A closure covering the day refuses it; removing the closure opens it again.
    const cl = ok(
      (await w.s.gql(StationClosureAdd, { input: { stationId: st.id, startsOn: day, endsOn: day, reason: '设备检修' } }, as('staff'))).data?.stationClosureAdd,
    ).closure!;
    expect((await w.s.gql(StationGet, { id: st.id }, as('resident'))).data!.station!.closures).toEqual([
      { id: cl.id, startsOn: day, endsOn: day, reason: '设备检修' },
    ]);
    expect(codes(await book(at(day, '09:00')))).toEqual(['STATION_CLOSED']);
    expect(
      codes(
        (await w.s.gql(StationClosureAdd, { input: { stationId: st.id, startsOn: day, endsOn: localDate(1), reason: 'x' } }, as('staff'))).data
          ?.stationClosureAdd,
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        (await w.s.gql(StationClosureAdd, { input: { stationId: st.id, startsOn: '2031-02-30', endsOn: '2031-03-01', reason: 'x' } }, as('staff'))).data
          ?.stationClosureAdd,
      ),
    ).toEqual(['BAD_USER_INPUT']);
    ok((await w.s.gql(StationClosureRemove, { input: { id: cl.id } }, as('staff'))).data?.stationClosureRemove);
    ok(await book(at(day, '09:00')));
    // Capacity 1: the next resident finds it full.
    expect(codes(await book(at(day, '09:00'), 'party'))).toEqual(['SLOT_FULL']);
    // Capacity raised: applies to the future slot already counted.
    ok((await w.s.gql(StationServiceUpdate, { input: { id: svc.id, capacity: 2 } }, as('staff'))).data?.stationServiceUpdate);
    ok(await book(at(day, '09:00'), 'party'));
    // Not bookable any more.
    ok((await w.s.gql(StationServiceUpdate, { input: { id: svc.id, active: false } }, as('staff'))).data?.stationServiceUpdate);
    expect(codes(await book(at(day, '09:30'), 'volunteer'))).toEqual(['SERVICE_NOT_BOOKABLE']);
  });
});

describe('presets', () => {
  test('fengqing-114 configures featured station kinds; changzhou-135 the three sharing stations and five good-life communities', async () => {
    const platform = await w.s.login('platform');
    const inCommunity = async (preset: string, regionCode: string) => {
      const id = ok(
        (await w.s.gql(StationsCommunityCreate, { input: { name: `${preset} 测试社区`, regionCode, preset } }, { token: platform })).data?.communityCreate,
      ).community!.id;
      return { token: (await w.s.gql(StationsLogin, { input: { login: 'platform', password: 'wushe-demo', community: id } })).data!.authLogin.accessToken! };
    };
    const fq = await inCommunity('fengqing-114', '530921101001');
    const fqCat = (await w.s.gql(StationCatalogQ, {}, fq)).data!.stationCatalog;
    expect(fqCat.kinds.map((k) => k.name)).toEqual(['党群服务站', '党群服务点']);
    expect(fqCat.lifeCircleMinutes).toBe(15);
    expect(fqCat.categories.map((c) => c.name)).toEqual(expect.arrayContaining(['便民服务', '党群活动', '协商议事', '休闲娱乐']));

    const cz = await inCommunity('changzhou-135', '320402001001');
    const czCat = (await w.s.gql(StationCatalogQ, {}, cz)).data!.stationCatalog;
    expect(czCat.kinds.map((k) => k.key)).toEqual(['skills', 'projects', 'resources']);
    expect(czCat.groupings.map((g) => g.name)).toEqual(['便民服务共同体', '全龄友好共同体', '议事协商共同体', '公益慈善共同体', '和美宜居共同体']);
    const st = ok(
      (await w.s.gql(StationCreate, { input: { name: '清溪村技能共享站', kind: 'skills', address: '清溪村健康广场', openingHours: ALL_WEEK } }, cz)).data
        ?.stationCreate,
    ).station!;
    const other = ok((await w.s.gql(StationCreate, { input: { name: '资源共享站', kind: 'resources', address: 'x' } }, cz)).data?.stationCreate).station!;
    ok(
      (await w.s.gql(StationServiceCreate, { input: { stationId: st.id, name: '老少共学手机课', category: 'skill', grouping: 'allAges', capacity: 12 } }, cz))
        .data?.stationServiceCreate,
    );
    ok(
      (await w.s.gql(StationServiceCreate, { input: { stationId: other.id, name: '闲置物品交换', category: 'resource', grouping: 'charity' } }, cz)).data
        ?.stationServiceCreate,
    );
    expect((await w.s.gql(StationList, { grouping: 'allAges' }, cz)).data!.stations.nodes.map((n) => n.name)).toEqual(['清溪村技能共享站']);
    expect((await w.s.gql(StationList, { kind: 'resources' }, cz)).data!.stations.nodes.map((n) => n.name)).toEqual(['资源共享站']);
    const grouped = (await w.s.gql(StationCatalogQ, {}, cz)).data!.stationCatalog;
    expect(grouped.groupings.find((g) => g.key === 'allAges')!.services.map((x) => x.name)).toEqual(['老少共学手机课']);
    expect(grouped.kinds.map((k) => k.stationCount)).toEqual([1, 0, 1]);
    // Fengqing's kinds are not Changzhou's.
    expect(codes((await w.s.gql(StationCreate, { input: { name: 'x', kind: 'partyStation', address: 'x' } }, cz)).data?.stationCreate)).toEqual([
      'STATION_KIND_UNKNOWN',
    ]);
  });
});

// ── Tenant isolation: another community's admin with this community's ids ─────────────────────
const IsoStation = graphql(`
  query StationsIsoStation($id: ID!) {
    station(id: $id) {
      id
      name
    }
  }
`);
const IsoSlots = graphql(`
  query StationsIsoSlots($id: ID!) {
    stationServiceSlots(serviceId: $id, from: "2030-01-01T00:00:00Z", to: "2030-01-02T00:00:00Z") {
      startsAt
    }
  }
`);
const IsoBookings = graphql(`
  query StationsIsoBookings($id: ID!) {
    stationBookings(stationId: $id) {
      totalCount
      nodes {
        id
      }
    }
  }
`);

describe('tenant isolation', () => {
  let ids: Record<string, string>;
  beforeAll(async () => {
    const slot = freshSlot();
    const b = ok((await w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: slot } }, as('resident'))).data?.stationBookingCreate).booking!;
    const cl = ok(
      (
        await w.s.gql(
          StationClosureAdd,
          { input: { stationId: w.stationId, startsOn: localDate(200), endsOn: localDate(201), reason: '隔离测试' } },
          as('staff'),
        )
      ).data?.stationClosureAdd,
    ).closure!;
    const grid = (await w.db.query(`select id from grid_unit where community_id = $1 limit 1`, [parseGlobalId(w.communityId)!.id])).rows[0].id;
    ids = { Station: w.stationId, StationService: w.serviceId, StationBooking: b.id, StationClosure: cl.id, GridUnit: toGlobalId('GridUnit', grid) };
  });
  const random = (type: string) => toGlobalId(type, randomUUID());
  const norm = (r: unknown, id: string) =>
    JSON.stringify(r, (k, v) => (k === 'requestId' ? '<r>' : v))
      .split(id)
      .join('<ID>');

  const CASES: [string, string, (id: string) => Promise<unknown>][] = [
    ['Query.station(id)', 'Station', (id) => w.s.gql(IsoStation, { id }, w.outsider)],
    ['Query.stationServiceSlots(serviceId)', 'StationService', (id) => w.s.gql(IsoSlots, { id }, w.outsider)],
    ['Query.stationBookings(stationId)', 'Station', (id) => w.s.gql(IsoBookings, { id }, w.outsider)],
    [
      'Mutation.stationCreate(input.gridUnitId)',
      'GridUnit',
      (id) => w.s.gql(StationCreate, { input: { name: 'B', kind: 'service', address: 'B', gridUnitId: id } }, w.outsider),
    ],
    ['Mutation.stationUpdate(input.id)', 'Station', (id) => w.s.gql(StationUpdate, { input: { id, name: 'B 改名' } }, w.outsider)],
    [
      'Mutation.stationUpdate(input.gridUnitId)',
      'GridUnit',
      async (id) => {
        const own =
          (await w.s.gql(StationList, {}, w.outsider)).data!.stations.nodes[0]?.id ??
          (await w.s.gql(StationCreate, { input: { name: 'B 站', kind: 'service', address: 'B' } }, w.outsider)).data!.stationCreate.station!.id;
        return w.s.gql(StationUpdate, { input: { id: own, gridUnitId: id } }, w.outsider);
      },
    ],
    [
      'Mutation.stationServiceCreate(input.stationId)',
      'Station',
      (id) => w.s.gql(StationServiceCreate, { input: { stationId: id, name: 'B', category: 'convenience' } }, w.outsider),
    ],
    ['Mutation.stationServiceUpdate(input.id)', 'StationService', (id) => w.s.gql(StationServiceUpdate, { input: { id, capacity: 99 } }, w.outsider)],
    [
      'Mutation.stationClosureAdd(input.stationId)',
      'Station',
      (id) => w.s.gql(StationClosureAdd, { input: { stationId: id, startsOn: localDate(3), endsOn: localDate(3), reason: 'B' } }, w.outsider),
    ],
    ['Mutation.stationClosureRemove(input.id)', 'StationClosure', (id) => w.s.gql(StationClosureRemove, { input: { id } }, w.outsider)],
    [
      'Mutation.stationBookingCreate(input.serviceId)',
      'StationService',
      (id) => w.s.gql(StationBook, { input: { serviceId: id, startsAt: freshSlot() } }, w.outsider),
    ],
    ['Mutation.stationBookingCancel(input.id)', 'StationBooking', (id) => w.s.gql(StationCancel, { input: { id } }, w.outsider)],
    ['Mutation.stationBookingAttend(input.id)', 'StationBooking', (id) => w.s.gql(StationAttend, { input: { id, attended: true } }, w.outsider)],
  ];

  test.each(CASES)('%s with an id of the other community answers like a random id and changes nothing', async (_coord, type, call) => {
    const before = (
      await w.db.query(`select md5(string_agg(x::text, '' order by id)) h from stations_station x where community_id = $1`, [parseGlobalId(w.communityId)!.id])
    ).rows[0];
    const beforeAll_ = (
      await w.db.query(
        `select (select md5(string_agg(x::text, '' order by id)) from stations_booking x) b, (select md5(string_agg(x::text, '' order by id)) from stations_service x where community_id = $1) s, (select count(*) from stations_closure where community_id = $1) c`,
        [parseGlobalId(w.communityId)!.id],
      )
    ).rows[0];
    const foreign = await call(ids[type]!);
    const rnd = random(type);
    const missing = await call(rnd);
    expect(norm(foreign, ids[type]!)).toBe(norm(missing, rnd));
    expect(JSON.stringify(foreign)).not.toMatch(/金秋|居民|INTERNAL/);
    expect(
      (
        await w.db.query(`select md5(string_agg(x::text, '' order by id)) h from stations_station x where community_id = $1`, [
          parseGlobalId(w.communityId)!.id,
        ])
      ).rows[0],
    ).toEqual(before);
    expect(
      (
        await w.db.query(
          `select (select md5(string_agg(x::text, '' order by id)) from stations_booking x) b, (select md5(string_agg(x::text, '' order by id)) from stations_service x where community_id = $1) s, (select count(*) from stations_closure where community_id = $1) c`,
          [parseGlobalId(w.communityId)!.id],
        )
      ).rows[0],
    ).toEqual(beforeAll_);
  });

  test('node(id) hides every stations object of the other community', async () => {
    const Nodes = graphql(`
      query StationsIsoNodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          id
        }
      }
    `);
    const r = await w.s.gql(Nodes, { ids: [ids.Station!, ids.StationService!, ids.StationBooking!, ids.StationClosure!] }, w.outsider);
    expect(r.data!.nodes).toEqual([null, null, null, null]);
  });
});
