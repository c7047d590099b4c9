// viewerCan of station bookings (issue 14) agrees with what stationBookingCancel and
// stationBookingAttend do, for the booking's holder, another resident, staff and the street, in
// every booking state (the generic check of tests/harness/viewer-can.ts).
import { graphql } from '../gql';
import type { GqlOptions } from '../harness/server';
import { viewerCanAgreement } from '../harness/viewer-can';
import { StationAttend, StationBook, StationCancel, freshSlot, ok, stationsWorld, stopWorld, type StationsWorld } from './stations.fixture';

const AsStaff = graphql(`
  query StationBookingViewerCanNode($id: ID!) {
    node(id: $id) {
      ... on StationBooking {
        id
        viewerCan {
          cancel
          recordAttendance
        }
      }
    }
  }
`);
const AsHolder = graphql(`
  query StationBookingViewerCanMine {
    myStationBookings(first: 100, includeCancelled: true) {
      nodes {
        id
        viewerCan {
          cancel
          recordAttendance
        }
      }
    }
  }
`);

let w: StationsWorld;
const who = {} as Record<string, GqlOptions>;

beforeAll(async () => {
  w = await stationsWorld();
  for (const l of ['admin', 'staff', 'resident', 'volunteer', 'street'] as const) who[l] = { token: w.tokens[l] };
  who.street!.headers = { 'x-community-id': w.communityId };
}, 90_000);
afterAll(() => stopWorld(w));

async function booking(then?: 'cancel' | 'attend'): Promise<string> {
  const id = ok((await w.s.gql(StationBook, { input: { serviceId: w.serviceId, startsAt: freshSlot() } }, who.resident)).data?.stationBookingCreate).booking!
    .id;
  if (then === 'cancel') ok((await w.s.gql(StationCancel, { input: { id } }, who.resident)).data?.stationBookingCancel);
  if (then === 'attend') ok((await w.s.gql(StationAttend, { input: { id, attended: true } }, who.staff)).data?.stationBookingAttend);
  return id;
}

/** What the caller reads: staff through node(id), anyone through their own bookings. */
async function read(id: string, caller: GqlOptions): Promise<Record<string, boolean> | null> {
  const node = (await w.s.gql(AsStaff, { id }, caller)).data?.node as { viewerCan?: Record<string, boolean> } | null | undefined;
  if (node?.viewerCan) return node.viewerCan;
  const mine = (await w.s.gql(AsHolder, {}, caller)).data?.myStationBookings.nodes.find((b) => b.id === id);
  return (mine?.viewerCan as Record<string, boolean> | undefined) ?? null;
}

test('viewerCan of bookings agrees with cancelling and recording attendance', async () => {
  const { disagreements, cells, allowed } = await viewerCanAgreement(w.s, {
    type: 'StationBookingViewerCan',
    states: { BOOKED: () => booking(), CANCELLED: () => booking('cancel'), ATTENDED: () => booking('attend') },
    callers: who,
    read,
    attempts: {
      cancel: (id, c) => w.s.gql(StationCancel, { input: { id } }, c),
      recordAttendance: (id, c) => w.s.gql(StationAttend, { input: { id, attended: true } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(cells).toBe(3 * 2 * 5);
  expect(allowed).toBeGreaterThanOrEqual(5); // holder and staff cancel, staff record, while booked
}, 300_000);
