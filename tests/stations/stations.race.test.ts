// The capacity race (quality.md): 50 residents book one slot of capacity 5 at once, behind a start
// barrier over real HTTP against real PostgreSQL → exactly 5 places, the rest SLOT_FULL; one
// resident sending 20 bookings of one slot at once → one booking. Negative control: the naive
// read-then-write path (tests/dispatch/dispatch.naive.ts, injected) must overbook, proving the test can catch it.
import { StationBook, StationServiceCreate, StationsAddMember, freshSlot, ok, stationsWorld, stopWorld, type StationsWorld } from './stations.fixture';
import { naiveStations } from './stations.naive';

let w: StationsWorld;
const residents: { token: string }[] = [];

beforeAll(async () => {
  w = await stationsWorld();
  const admin = { token: w.tokens.admin! };
  const logins = Array.from({ length: 50 }, (_, i) => `stations-race-${i}`);
  for (const login of logins)
    ok(
      (await w.s.gql(StationsAddMember, { input: { login, displayName: `居民${login}`, password: 'race-pass-2026', roles: ['RESIDENT'] } }, admin)).data
        ?.membershipAdd,
    );
  for (const login of logins) residents.push({ token: await w.s.login(login, 'race-pass-2026') });
}, 240_000);
afterAll(() => stopWorld(w));

async function newService(capacity: number): Promise<string> {
  return ok(
    (
      await w.s.gql(
        StationServiceCreate,
        { input: { stationId: w.stationId, name: `抢约 ${capacity}`, category: 'leisure', slotMinutes: 30, capacity } },
        { token: w.tokens.admin! },
      )
    ).data?.stationServiceCreate,
  ).service!.id;
}

/** Every call released at once; returns the user error codes (BOOKED when it won). */
async function race(serviceId: string, startsAt: string, who: { token: string }[]): Promise<string[]> {
  let release!: () => void;
  const barrier = new Promise<void>((r) => (release = r));
  const calls = who.map(async (as) => {
    await barrier;
    const r = await w.s.gql(StationBook, { input: { serviceId, startsAt } }, as);
    return r.data?.stationBookingCreate.userErrors.map((e) => e.code).join() || (r.errors ? `ERROR ${JSON.stringify(r.errors)}` : 'BOOKED');
  });
  release();
  return Promise.all(calls);
}

async function counts(startsAt: string, serviceId: string) {
  const raw = Buffer.from(serviceId, 'base64url').toString().split(':')[2];
  const { rows } = await w.db.query(
    `select (select count(*)::int from stations_booking where service_id = $1 and starts_at = $2 and status <> 'CANCELLED') bookings,
            (select booked from stations_slot where service_id = $1 and starts_at = $2) booked,
            (select count(*)::int from outbox_event where type = 'stations.BookingCreated' and data->>'serviceId' = $1::text) events`,
    [raw, startsAt],
  );
  return rows[0];
}

test('50 concurrent bookings of a slot with capacity 5 → exactly 5, the others SLOT_FULL; counter = bookings', async () => {
  const service = await newService(5);
  const slot = freshSlot();
  const results = await race(service, slot, residents);
  expect(results.filter((r) => r === 'BOOKED')).toHaveLength(5);
  expect(results.filter((r) => r === 'SLOT_FULL')).toHaveLength(45);
  expect(await counts(slot, service)).toEqual({ bookings: 5, booked: 5, events: 5 });
}, 60_000);

test('one resident sending 20 bookings of one slot at once → one booking, the others ALREADY_BOOKED', async () => {
  const service = await newService(5);
  const slot = freshSlot();
  const results = await race(
    service,
    slot,
    Array.from({ length: 20 }, () => residents[0]!),
  );
  expect(results.filter((r) => r === 'BOOKED')).toHaveLength(1);
  expect(results.filter((r) => r === 'ALREADY_BOOKED')).toHaveLength(19);
  expect(await counts(slot, service)).toEqual({ bookings: 1, booked: 1, events: 1 });
}, 60_000);

test('negative control: the naive read-then-write booking overbooks (the test catches it)', async () => {
  const service = await newService(5);
  const slot = freshSlot();
  const results = await w.s.withStrategies(naiveStations, () => race(service, slot, residents));
  const c = await counts(slot, service);
  expect(results.filter((r) => r === 'BOOKED').length).toBeGreaterThan(5);
  expect(c.bookings).toBeGreaterThan(5);
}, 60_000);
