// The role × action table of module stations, per demo login, checked in and run both ways through
// GraphQL: allowed → the operation works; denied → FORBIDDEN (or, for somebody else's booking,
// NOT_FOUND) and nothing written. `street` is the street admin reading this community of its street;
// `platform` the platform admin acting in it.
import { graphql } from '../gql';
import {
  STATIONS_FINGERPRINT,
  StationAttend,
  StationBook,
  StationBookings,
  StationCancel,
  StationCatalogQ,
  StationClosureAdd,
  StationCreate,
  StationServiceUpdate,
  StationsAddMember,
  StationSlots,
  freshSlot,
  localDate,
  ok,
  stationsWorld,
  stopWorld,
  type StationsWorld,
} from './stations.fixture';

const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident', 'street', 'platform'] as const;
type Login = (typeof LOGINS)[number];
const Y = 'allowed';
const N = 'denied';

// prettier-ignore
const MATRIX: Record<string, readonly (typeof Y | typeof N)[]> = {
  //                 admin staff grid sw  vol party org cob res street platform
  'read':           [ Y,   Y,    Y,   Y,  Y,  Y,    Y,  Y,  Y,  Y,     Y ],
  'book':           [ Y,   Y,    Y,   Y,  Y,  Y,    Y,  Y,  Y,  N,     Y ],
  'cancelOwn':      [ Y,   Y,    Y,   Y,  Y,  Y,    Y,  Y,  Y,  N,     Y ],
  'cancelOthers':   [ Y,   Y,    Y,   Y,  N,  N,    N,  N,  N,  N,     Y ],
  'listBookings':   [ Y,   Y,    Y,   Y,  N,  N,    N,  N,  N,  N,     Y ],
  'attend':         [ Y,   Y,    Y,   Y,  N,  N,    N,  N,  N,  N,     Y ],
  'manageStations': [ Y,   Y,    N,   N,  N,  N,    N,  N,  N,  N,     Y ],
  'manageServices': [ Y,   Y,    N,   N,  N,  N,    N,  N,  N,  N,     Y ],
  'closures':       [ Y,   Y,    N,   N,  N,  N,    N,  N,  N,  N,     Y ],
};

type As = { token: string; headers?: Record<string, string> };
interface Op {
  prepare?: (as: As) => Promise<string>;
  run: (id: string, as: As) => Promise<{ data?: any; errors?: readonly any[] }>;
  payload?: string;
  evidence?: (data: any) => boolean;
}

let w: StationsWorld;
const auth = {} as Record<Login, As>;
let booker: As;

beforeAll(async () => {
  w = await stationsWorld();
  for (const l of LOGINS) auth[l] = { token: w.tokens[l]! };
  auth.street.headers = { 'x-community-id': w.communityId };
  ok(
    (
      await w.s.gql(
        StationsAddMember,
        { input: { login: 'stations-booker', displayName: '预约居民 钱多', password: 'booker-pass-2026', roles: ['RESIDENT'] } },
        { token: w.tokens.admin! },
      )
    ).data?.membershipAdd,
  );
  booker = { token: await w.s.login('stations-booker', 'booker-pass-2026') };
}, 120_000);
afterAll(() => stopWorld(w));

const bookAs = async (as: As) =>
  ok((await w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: freshSlot() } }, as)).data?.stationBookingCreate).booking!.id;

const OPS: Record<string, Op> = {
  read: {
    run: async (_, a) => {
      const [cat, slots] = [
        await w.s.gql(StationCatalogQ, {}, a),
        await w.s.gql(
          StationSlots,
          { serviceId: w.serviceId, from: new Date(Date.now() + 86_400_000).toISOString(), to: new Date(Date.now() + 2 * 86_400_000).toISOString() },
          a,
        ),
      ];
      return { data: { cat: cat.data, slots: slots.data }, errors: cat.errors ?? slots.errors };
    },
    evidence: (d) => d.cat.stationCatalog.kinds.length > 0 && d.slots.stationServiceSlots.length > 0,
  },
  book: { run: (_, a) => w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: freshSlot() } }, a), payload: 'stationBookingCreate' },
  // Own booking: made by the role itself when it may book (else by the booker, so there is something to cancel).
  cancelOwn: {
    prepare: async (a) => bookAs(a).catch(() => bookAs(booker)),
    run: (id, a) => w.s.gql(StationCancel, { input: { id } }, a),
    payload: 'stationBookingCancel',
  },
  cancelOthers: { prepare: () => bookAs(booker), run: (id, a) => w.s.gql(StationCancel, { input: { id } }, a), payload: 'stationBookingCancel' },
  listBookings: { run: (_, a) => w.s.gql(StationBookings, { stationId: w.stationId }, a), evidence: (d) => d?.stationBookings?.totalCount > 0 },
  attend: { prepare: () => bookAs(booker), run: (id, a) => w.s.gql(StationAttend, { input: { id, attended: true } }, a), payload: 'stationBookingAttend' },
  manageStations: { run: (_, a) => w.s.gql(StationCreate, { input: { name: '矩阵站', kind: 'service', address: '矩阵' } }, a), payload: 'stationCreate' },
  manageServices: { run: (_, a) => w.s.gql(StationServiceUpdate, { input: { id: w.serviceId, capacity: 5 } }, a), payload: 'stationServiceUpdate' },
  closures: {
    run: (_, a) => w.s.gql(StationClosureAdd, { input: { stationId: w.stationId, startsOn: localDate(300), endsOn: localDate(300), reason: '矩阵' } }, a),
    payload: 'stationClosureAdd',
  },
};

test('the table has a row and an operation per action and a column per demo login', () => {
  expect(Object.keys(OPS).sort()).toEqual(Object.keys(MATRIX).sort());
  for (const row of Object.values(MATRIX)) expect(row).toHaveLength(LOGINS.length);
});

describe.each(Object.keys(MATRIX))('stations %s', (action) => {
  test.each(LOGINS.map((login, i) => [login, MATRIX[action]![i]!] as const))('%s: %s', async (login, expected) => {
    const op = OPS[action]!;
    const id = (await op.prepare?.(auth[login])) ?? '';
    const before = (await w.db.query(STATIONS_FINGERPRINT)).rows[0];
    const r = await op.run(id, auth[login]);
    if (expected === 'allowed') {
      expect(r.errors).toBeUndefined();
      if (op.payload) expect(r.data[op.payload].userErrors).toEqual([]);
      if (op.evidence) expect(op.evidence(r.data)).toBe(true);
    } else {
      const top = (r.errors ?? []).map((e) => e.extensions?.code);
      const user = op.payload && r.data?.[op.payload] ? r.data[op.payload].userErrors.map((e: { code: string }) => e.code) : [];
      expect([...top, ...user]).toEqual([action === 'cancelOthers' && top.length === 0 ? 'NOT_FOUND' : 'FORBIDDEN']);
      expect((await w.db.query(STATIONS_FINGERPRINT)).rows[0]).toEqual(before);
    }
  });
});

test('a resident sees only their own bookings; the booking node is for staff', async () => {
  const Node = graphql(`
    query StationsMatrixNode($id: ID!) {
      node(id: $id) {
        id
        ... on StationBooking {
          status
        }
      }
    }
  `);
  const id = await bookAs(booker);
  expect((await w.s.gql(Node, { id }, auth.resident)).data!.node).toBeNull();
  expect((await w.s.gql(Node, { id }, auth.staff)).data!.node).toMatchObject({ id, status: 'BOOKED' });
});
