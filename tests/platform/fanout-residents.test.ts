// Fan-out of the residents' own feed (`myChanges`) by visibility (src/plugins/events/live-hub.ts,
// src/plugins/notifications/feed.facts.ts): many residents, each signed in as herself and following
// her own requests, cost one evaluation per event for those it concerns and one for the rest — not
// one per login — and still each gets exactly her own events. Also the dispatch board of distinct
// grid workers with one duty: their reach is a fact (the grid's duty units), not who they are.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../harness/server';
import { rawData } from '../harness/raw';
import { relayIdle, sql, waitUntil } from '../harness/proc-events';
import { toGlobalId } from '../../src/schema/global-id';

interface Sub {
  frames: { type: string; payload?: { data?: Record<string, any> } }[];
  close(): void;
}
async function subscribe(s: TestServer, token: string, query: string): Promise<Sub> {
  const ws = new WebSocket(s.wsUrl, 'graphql-transport-ws');
  const frames: Sub['frames'] = [];
  let acked = false;
  ws.on('message', (d: Buffer) => {
    const m = JSON.parse(String(d)) as Sub['frames'][number];
    if (m.type === 'connection_ack') acked = true;
    else if (m.type === 'next' || m.type === 'error' || m.type === 'complete') frames.push(m);
  });
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } }));
  await waitUntil('connection_ack', async () => acked);
  ws.send(JSON.stringify({ id: 's', type: 'subscribe', payload: { query } }));
  return { frames, close: () => ws.close() };
}

let s: TestServer;
let communityId: string;
const tok: Record<string, string> = {};
const send = (who: string, query: string, variables: Record<string, unknown> = {}) => rawData(s, query, variables, tok[who]!);
let opened: Sub[] = [];
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

/** An account with one membership of the demo community, and a token for it. */
async function login(name: string, roles: string[]): Promise<{ id: string; membership: string; token: string }> {
  const id = randomUUID();
  const membership = randomUUID();
  await sql(s.databaseUrl, `insert into account (id, created_at, updated_at, login, password_hash, display_name) values ($1, now(), now(), $2, 'x', $3)`, [
    id,
    name,
    `测试 ${name}`,
  ]);
  await sql(
    s.databaseUrl,
    `insert into membership (id, created_at, updated_at, community_id, account_id, roles, title) values ($1, now(), now(), $2, $3, $4, null)`,
    [membership, communityId, id, roles],
  );
  const token = (await s.wushe.app.tokens.signAccess({ accountId: id, communityId, platformAdmin: false })).token;
  return { id, membership, token };
}

const CONFIGURE = `mutation($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }`;
const CREATE = `mutation($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code message } } }`;
const DISPATCH = `mutation($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { userErrors { code message } } }`;
const noErrors = (p: { userErrors: unknown[] }) => expect(p.userErrors).toEqual([]);
let n = 0;
const intake = (over: Record<string, unknown> = {}) => ({
  kind: 'wish',
  category: 'repair',
  title: `我的动态 ${++n}`,
  description: '楼道灯坏了',
  channel: 'WALK_IN',
  address: '金秋小区 3 栋',
  ...over,
});

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff']) tok[l] = await s.login(l);
  [{ communityId }] = await sql(
    s.databaseUrl,
    `select m.community_id as "communityId" from membership m join account a on a.id = m.account_id where a.login = 'staff'`,
  );
  noErrors((await send('admin', CONFIGURE, { input: { moduleKey: 'grid', enabled: true } })).communityModuleConfigure);
  noErrors((await send('admin', CONFIGURE, { input: { moduleKey: 'dispatch', enabled: true } })).communityModuleConfigure);
}, 180_000);
afterAll(() => s?.stop());

/** Waits until the relay has published everything and the hub has had time to deliver it. */
const settle = async () => {
  await relayIdle(s.databaseUrl);
  await new Promise((r) => setTimeout(r, 500));
};
const events = async () => (await sql(s.databaseUrl, 'select max(seq)::text as seq from outbox_event'))[0].seq as string;
const publishedSince = async (from: string) =>
  (await sql(s.databaseUrl, 'select count(*)::int as n from outbox_event where seq > $1 and community_id = $2', [from, communityId]))[0].n as number;

test('30 residents following their own feed: an event is evaluated once for those it concerns and once for the rest, and only its resident gets it', async () => {
  const N = 30;
  const residents: { id: string; token: string }[] = [];
  for (let i = 0; i < N; i++) residents.push(await login(`feed-many-${i}`, ['RESIDENT']));
  const feeds = opened;
  for (const r of residents) feeds.push(await subscribe(s, r.token, `subscription Mine { myChanges { cursor type subjectType subjectId status } }`));
  // Every feed live: each resident's own request reaches her.
  tok.r0 = residents[0]!.token;
  await waitUntil(
    'every feed live',
    async () => {
      await send('r0', CREATE, { input: intake() });
      await new Promise((r) => setTimeout(r, 300));
      return feeds[0]!.frames.length > 0;
    },
    30_000,
    0,
  );
  await settle();
  const stats = s.wushe.app.live.stats;
  const from = await events();
  const evaluations = stats.evaluations;
  const counts = feeds.map((f) => f.frames.length);
  // Resident 7 files a request and staff dispatch it: two events of hers.
  tok.r7 = residents[7]!.token;
  const id = (await send('r7', CREATE, { input: intake() })).serviceRequestCreate.serviceRequest.id as string;
  noErrors((await send('staff', DISPATCH, { input: { id, mode: 'POOL' } })).serviceRequestDispatch);
  await waitUntil('hers arrive', async () => feeds[7]!.frames.slice(counts[7]).filter((f) => f.payload?.data?.myChanges.subjectId === id).length >= 2, 15_000);
  await settle();
  const published = await publishedSince(from);
  expect(published).toBeGreaterThanOrEqual(2);
  expect(published).toBeLessThan(10);
  // Per event at most two evaluations (those it concerns, the others), whatever the number of logins.
  expect(stats.evaluations - evaluations).toBeLessThanOrEqual(2 * published);
  const mine = feeds[7]!.frames.slice(counts[7]).map((f) => f.payload?.data?.myChanges);
  expect(mine.map((e) => e.type)).toEqual(expect.arrayContaining(['dispatch.RequestCreated', 'dispatch.RequestDispatched']));
  expect(mine.every((e) => e.subjectId === id)).toBe(true);
  // Nobody else got anything of it.
  feeds.forEach((f, i) => i !== 7 && expect(f.frames.slice(counts[i])).toEqual([]));
}, 180_000);

test('20 grid workers of one grid, each signed in as herself: one evaluation per board event', async () => {
  const unit = (
    await send('admin', `mutation($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }`, {
      input: { code: 'FR1', name: '网格FR1', level: 'grid' },
    })
  ).gridUnitCreate.gridUnit.id as string;
  const household = (
    await send('admin', `mutation($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }`, {
      input: { number: 'FR-1', address: '网格FR 1 号' },
    })
  ).householdCreate.household.id as string;
  noErrors(
    (
      await send('admin', `mutation($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code } } }`, {
        input: { household, unit },
      })
    ).gridHouseholdPlace,
  );
  const workers: string[] = [];
  for (let i = 0; i < 20; i++) {
    const w = await login(`grid-many-${i}`, ['GRID_STAFF']);
    noErrors(
      (
        await send('admin', `mutation($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code } } }`, {
          input: { unit, membership: toGlobalId('Membership', w.membership), role: 'gridWorker' },
        })
      ).gridDutyAssign,
    );
    workers.push(w.token);
  }
  const boards = opened;
  for (const t of workers)
    boards.push(await subscribe(s, t, `subscription GridMany { dispatchBoard { cursor type requestId request { id status grid { name } } } }`));
  await waitUntil(
    'every board live',
    async () => {
      await send('staff', CREATE, { input: intake({ household, address: null }) });
      await new Promise((r) => setTimeout(r, 300));
      return boards.every((b) => b.frames.length > 0);
    },
    30_000,
    0,
  );
  await settle();
  const stats = s.wushe.app.live.stats;
  const from = await events();
  const evaluations = stats.evaluations;
  const counts = boards.map((b) => b.frames.length);
  const id = (await send('staff', CREATE, { input: intake({ household, address: null }) })).serviceRequestCreate.serviceRequest.id as string;
  await waitUntil(
    'all have it',
    async () => boards.every((b) => b.frames.slice(counts[boards.indexOf(b)]).some((f) => f.payload?.data?.dispatchBoard.requestId === id)),
    15_000,
  );
  await settle();
  const published = await publishedSince(from);
  expect(published).toBeGreaterThan(0);
  expect(stats.evaluations - evaluations).toBe(published);
  const first = boards[0]!.frames.slice(counts[0]);
  expect(first.some((f) => f.payload?.data?.dispatchBoard.request?.grid?.name === '网格FR1')).toBe(true);
  boards.forEach((b, i) => expect(b.frames.slice(counts[i])).toEqual(first));
}, 180_000);
