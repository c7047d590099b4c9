// The claim race (quality.md): 50 party members claim one request opened to their pool, fired
// together behind a start barrier over real HTTP against real PostgreSQL → exactly one taker, the
// others ALREADY_TAKEN. Negative control: the naive read-then-write path (tests/dispatch/dispatch.naive.ts, injected) must
// break the invariant, proving the test can catch it. Then invariant SQL.
import type { Client } from 'pg';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { graphql } from '../gql';
import * as D from './dispatch-helpers';
import { naiveDispatch } from './dispatch.naive';

const AddMember = graphql(`
  mutation DispatchRaceMember($input: MembershipAddInput!) {
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

let s: TestServer;
let db: Client;
const staff: GqlOptions = {};
const claimants: GqlOptions[] = [];
const rawId = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  const admin = { token: await s.login('admin') };
  staff.token = await s.login('staff');
  await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, admin);
  const logins = Array.from({ length: 50 }, (_, i) => `race-party-${i}`);
  for (const login of logins) {
    const r = await s.gql(AddMember, { input: { login, displayName: `党员${login}`, password: 'race-pass-2026', roles: ['PARTY_MEMBER'] } }, admin);
    expect(r.data!.membershipAdd.userErrors).toEqual([]);
  }
  for (const login of logins) claimants.push({ token: await s.login(login, 'race-pass-2026') });
}, 180_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

async function openWish(): Promise<string> {
  const c = await s.gql(D.DispatchCreate, { input: D.intake({ kind: 'wish', category: 'care' }) }, staff);
  const id = c.data!.serviceRequestCreate.serviceRequest!.id;
  const d = await s.gql(D.DispatchDispatch, { input: { id, mode: 'POOL' } }, staff);
  expect(d.data!.serviceRequestDispatch.serviceRequest?.status).toBe('OPEN');
  return id;
}

/** All 50 claims released at once behind a barrier; returns the user error codes (empty = won). */
async function race(id: string): Promise<string[]> {
  let release!: () => void;
  const barrier = new Promise<void>((r) => (release = r));
  const calls = claimants.map(async (who) => {
    await barrier;
    const r = await s.gql(D.DispatchClaim, { input: { id } }, who);
    return r.data?.serviceRequestClaim.userErrors.map((e) => e.code).join() || (r.errors ? 'ERROR' : 'WON');
  });
  release();
  return Promise.all(calls);
}

async function invariant(id: string) {
  const { rows } = await db.query(
    `select (select count(*)::int from outbox_event where type = 'dispatch.RequestClaimed' and subject_id = $1) claimed_events,
            (select count(*)::int from dispatch_log where request_id = $1 and action = 'claim') claim_logs,
            (select taker_account_id from dispatch_request where id = $1) taker,
            (select status from dispatch_request where id = $1) status`,
    [rawId(id)],
  );
  return rows[0];
}

test('50 concurrent claims → exactly one taker, the others ALREADY_TAKEN', async () => {
  const id = await openWish();
  const results = await race(id);
  expect(results.filter((r) => r === 'WON')).toHaveLength(1);
  expect(results.filter((r) => r === 'ALREADY_TAKEN')).toHaveLength(49);
  const inv = await invariant(id);
  expect(inv).toMatchObject({ claimed_events: 1, claim_logs: 1, status: 'IN_PROGRESS' });
  expect(inv.taker).toBeTruthy();
}, 60_000);

test('negative control: the naive read-then-write claim lets several win (the test catches it)', async () => {
  const id = await openWish();
  const results = await s.withStrategies(naiveDispatch, () => race(id));
  const inv = await invariant(id);
  // The invariant of the real test fails under the naive path.
  expect(results.filter((r) => r === 'WON').length).toBeGreaterThan(1);
  expect(inv.claimed_events).toBeGreaterThan(1);
}, 60_000);
