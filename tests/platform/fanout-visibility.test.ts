// Fan-out by visibility (src/plugins/events/live-hub.ts, src/schema/viewer-facts.ts): a live event
// is evaluated once per distinct visibility among the boards of one operation, not once per login.
// What must hold: every viewer gets exactly what a fresh query would show them at that moment
// (grid workers of two grids, a resident following her own requests, staff with and without
// personal-data rights), viewers of equal visibility get byte-identical frames, and 200 distinct
// logins of equal visibility cost one evaluation per event.
import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import { startTestServer, type TestServer } from '../harness/server';
import { rawData } from '../harness/raw';
import { relayIdle, sql, waitUntil } from '../harness/proc-events';
import { toGlobalId } from '../../src/schema/global-id';

const REQUEST = `id status title address overdue takerName
  viewerCan { claim dispatch resolve cancel rate reopen note handOver }
  requester { id name phone idNumber sensitive { disability hardship healthNote } household { number } }
  household { number address }
  grid { name }
  taker { displayName }`;
const BOARD = `subscription VisibilityBoard { dispatchBoard { cursor type requestId request { ${REQUEST} } } }`;
const FRESH = `query VisibilityFresh($id: ID!) { serviceRequest(id: $id) { ${REQUEST} } }`;

/** A raw graphql-transport-ws client with one subscription `b`: the frames exactly as received. */
interface Board {
  frames: string[];
  close(): void;
}
async function board(s: TestServer, token: string, query = BOARD): Promise<Board> {
  const ws = new WebSocket(s.wsUrl, 'graphql-transport-ws');
  const frames: string[] = [];
  let acked = false;
  ws.on('message', (d: Buffer) => {
    const text = String(d);
    const m = JSON.parse(text) as { type: string };
    if (m.type === 'connection_ack') acked = true;
    else if (m.type === 'next' || m.type === 'error' || m.type === 'complete') frames.push(text);
  });
  await new Promise((r, j) => (ws.once('open', r), ws.once('error', j)));
  ws.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${token}` } }));
  await waitUntil('connection_ack', async () => acked);
  ws.send(JSON.stringify({ id: 'b', type: 'subscribe', payload: { query } }));
  return { frames, close: () => ws.close() };
}
const events = (b: Board) =>
  b.frames.map((f) => JSON.parse(f) as { type: string; payload?: { data?: { dispatchBoard: { cursor: string; requestId: string; request: unknown } } } });
const ofRequest = (b: Board, id: string) => events(b).filter((e) => e.payload?.data?.dispatchBoard.requestId === id);

let s: TestServer;
let communityId: string;
const tok: Record<string, string> = {};
const mutate = (who: string, query: string, variables: Record<string, unknown>) => rawData(s, query, variables, tok[who]!);

/** An account with one membership of the demo community; its id and membership id. */
async function account(login: string, roles: string[]): Promise<{ id: string; membership: string }> {
  const id = randomUUID();
  const membership = randomUUID();
  await sql(s.databaseUrl, `insert into account (id, created_at, updated_at, login, password_hash, display_name) values ($1, now(), now(), $2, 'x', $3)`, [
    id,
    login,
    `测试 ${login}`,
  ]);
  await sql(
    s.databaseUrl,
    `insert into membership (id, created_at, updated_at, community_id, account_id, roles, title) values ($1, now(), now(), $2, $3, $4, null)`,
    [membership, communityId, id, roles],
  );
  return { id, membership };
}
const tokenOf = async (accountId: string) => (await s.wushe.app.tokens.signAccess({ accountId, communityId, platformAdmin: false })).token;

const CONFIGURE = `mutation($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }`;
const CREATE = `mutation($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code message } } }`;
const DISPATCH = `mutation($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { userErrors { code message } } }`;
const CLAIM = `mutation($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { userErrors { code message } } }`;
const UNIT = `mutation($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }`;
const DUTY = `mutation($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code } } }`;
const HOUSEHOLD = `mutation($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }`;
const PLACE = `mutation($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code } } }`;
const noErrors = (p: { userErrors: unknown[] }) => expect(p.userErrors).toEqual([]);

let h1: string, h2: string;
/** Boards of the running test: closed after it, whatever its outcome (the next test counts evaluations). */
let opened: Board[] = [];
afterEach(() => {
  for (const b of opened) b.close();
  opened = [];
});

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'resident']) tok[l] = await s.login(l);
  [{ communityId }] = await sql(
    s.databaseUrl,
    `select m.community_id as "communityId" from membership m join account a on a.id = m.account_id where a.login = 'staff'`,
  );
  noErrors((await mutate('admin', CONFIGURE, { input: { moduleKey: 'grid', enabled: true } })).communityModuleConfigure);
  // Residents follow the board too (their own requests, and open pool work they may take).
  noErrors(
    (await mutate('admin', CONFIGURE, { input: { moduleKey: 'dispatch', enabled: true, rolePermissions: { RESIDENT: { grant: ['board.read'] } } } }))
      .communityModuleConfigure,
  );
  const unit = async (code: string) => (await mutate('admin', UNIT, { input: { code, name: `网格${code}`, level: 'grid' } })).gridUnitCreate.gridUnit.id;
  const [g1, g2] = [await unit('VA'), await unit('VB')];
  const memberships = (await rawData(s, '{ memberships(first: 100) { nodes { id login } } }', {}, tok.admin!)).memberships.nodes as {
    id: string;
    login: string;
  }[];
  noErrors(
    (await mutate('admin', DUTY, { input: { unit: g1, membership: memberships.find((m) => m.login === 'grid')!.id, role: 'gridWorker' } })).gridDutyAssign,
  );
  const gridB = await account('vis-grid-b', ['GRID_STAFF']);
  noErrors((await mutate('admin', DUTY, { input: { unit: g2, membership: toGlobalId('Membership', gridB.membership), role: 'gridWorker' } })).gridDutyAssign);
  tok.gridB = await tokenOf(gridB.id);
  tok.staffB = await tokenOf((await account('vis-staff-b', ['COMMUNITY_STAFF'])).id);
  h1 = (await mutate('admin', HOUSEHOLD, { input: { number: 'VIS-1', address: '网格甲 1 号' } })).householdCreate.household.id;
  h2 = (await mutate('admin', HOUSEHOLD, { input: { number: 'VIS-2', address: '网格乙 2 号' } })).householdCreate.household.id;
  noErrors((await mutate('admin', PLACE, { input: { household: h1, unit: g1 } })).gridHouseholdPlace);
  noErrors((await mutate('admin', PLACE, { input: { household: h2, unit: g2 } })).gridHouseholdPlace);
}, 180_000);
afterAll(() => s?.stop());

let n = 0;
const intake = (over: Record<string, unknown>) => ({
  kind: 'routine',
  category: 'repair',
  title: `可见性 ${++n}`,
  description: '楼道灯坏了',
  channel: 'WALK_IN',
  ...over,
});

test('each viewer gets exactly what a fresh query shows them; equal visibilities get byte-identical frames', async () => {
  const viewers = ['staff', 'staffB', 'socialworker', 'grid', 'gridB', 'resident'];
  const boards: Record<string, Board> = {};
  for (const v of viewers) boards[v] = await board(s, tok[v]!);
  opened.push(...Object.values(boards));
  // Subscriptions register asynchronously: file requests until every board has had one.
  await waitUntil(
    'every board live',
    async () => {
      // One each grid's workers see, one the resident sees (her own).
      await mutate('staff', CREATE, { input: intake({ household: h1 }) });
      await mutate('staff', CREATE, { input: intake({ household: h2 }) });
      await mutate('resident', CREATE, { input: intake({ address: '金秋小区 1 栋' }) });
      await new Promise((r) => setTimeout(r, 300));
      return viewers.every((v) => boards[v]!.frames.length > 0);
    },
    20_000,
    0,
  );
  await relayIdle(s.databaseUrl);
  await new Promise((r) => setTimeout(r, 500));
  const residents = (await rawData(s, '{ residents(first: 3) { nodes { id household { id } } } }', {}, tok.admin!)).residents.nodes;

  // Each step: one change, then every viewer's frames for that request compared with what a fresh
  // query shows that viewer now (null: the viewer must have had no frame for the step).
  const steps: { what: string; act: () => Promise<string> }[] = [
    {
      what: 'filed in grid A',
      act: async () => (await mutate('staff', CREATE, { input: intake({ household: h1, requester: residents[0].id }) })).serviceRequestCreate.serviceRequest.id,
    },
    { what: 'filed in grid B', act: async () => (await mutate('staff', CREATE, { input: intake({ household: h2 }) })).serviceRequestCreate.serviceRequest.id },
    {
      what: 'filed by the resident for herself',
      act: async () => (await mutate('resident', CREATE, { input: intake({ address: '金秋小区 2 栋' }) })).serviceRequestCreate.serviceRequest.id,
    },
  ];
  const ids: string[] = [];
  for (const step of steps) {
    const before = Object.fromEntries(viewers.map((v) => [v, boards[v]!.frames.length]));
    const id = await step.act();
    ids.push(id);
    const fresh: Record<string, unknown> = {};
    for (const v of viewers) fresh[v] = (await rawData(s, FRESH, { id }, tok[v]!)).serviceRequest;
    const expected = viewers.filter((v) => fresh[v] !== null);
    await waitUntil(`${step.what}: ${expected.join(', ')} have it`, async () => expected.every((v) => ofRequest(boards[v]!, id).length > 0), 10_000);
    await relayIdle(s.databaseUrl);
    await new Promise((r) => setTimeout(r, 300));
    for (const v of viewers) {
      const got = ofRequest(boards[v]!, id);
      if (fresh[v] === null) expect([v, step.what, got]).toEqual([v, step.what, []]);
      else expect([v, step.what, got.map((e) => e.payload!.data!.dispatchBoard.request)]).toEqual([v, step.what, got.map(() => fresh[v])]);
    }
    // Equal visibility (two staff logins): byte-identical frames for this step.
    expect(boards.staffB!.frames.slice(before.staffB)).toEqual(boards.staff!.frames.slice(before.staff));
  }
  // The scopes really differ: grid A's worker saw A's request and not B's, and B's worker the other way.
  expect(ofRequest(boards.grid!, ids[0]!).length).toBeGreaterThan(0);
  expect(ofRequest(boards.grid!, ids[1]!)).toEqual([]);
  expect(ofRequest(boards.gridB!, ids[1]!).length).toBeGreaterThan(0);
  expect(ofRequest(boards.gridB!, ids[0]!)).toEqual([]);
  expect(ofRequest(boards.resident!, ids[2]!).length).toBeGreaterThan(0);
  expect(ofRequest(boards.resident!, ids[1]!)).toEqual([]);

  // One request to the pool, then taken by the resident: viewerCan and the taker change per viewer.
  const pooled = ids[0]!;
  const d = await mutate('staff', DISPATCH, { input: { id: pooled, mode: 'POOL', route: 'MUTUAL_HELP' } });
  noErrors(d.serviceRequestDispatch);
  await relayIdle(s.databaseUrl);
  await new Promise((r) => setTimeout(r, 500));
  const freshAfter = async () =>
    Object.fromEntries(await Promise.all(viewers.map(async (v) => [v, (await rawData(s, FRESH, { id: pooled }, tok[v]!)).serviceRequest])));
  const lastOf = (v: string) => ofRequest(boards[v]!, pooled).at(-1)?.payload!.data!.dispatchBoard.request ?? null;
  let now = await freshAfter();
  for (const v of viewers) if (now[v] !== null) expect([v, lastOf(v)]).toEqual([v, now[v]]);
  const c = await mutate('resident', CLAIM, { input: { id: pooled } });
  noErrors(c.serviceRequestClaim);
  await relayIdle(s.databaseUrl);
  await new Promise((r) => setTimeout(r, 500));
  now = await freshAfter();
  for (const v of viewers) if (now[v] !== null) expect([v, lastOf(v)]).toEqual([v, now[v]]);
  expect((now.resident as { viewerCan: { resolve: boolean } }).viewerCan.resolve).toBe(true);
  expect((now.staffB as { viewerCan: unknown }).viewerCan).not.toEqual((now.resident as { viewerCan: unknown }).viewerCan);
  for (const v of viewers) expect([v, events(boards[v]!).filter((e) => e.type !== 'next')]).toEqual([v, []]);
}, 120_000);

/**
 * Files requests (at `warm`) until every board is live, then one more (at `address`), and checks
 * that its events cost one evaluation each whatever the number of boards, and that every board got
 * the same bytes.
 */
async function oneEvaluationForAll(boards: Board[], warm: string, address: string): Promise<void> {
  await waitUntil(
    'every board live',
    async () => {
      await mutate('staff', CREATE, { input: intake({ address: warm }) });
      await new Promise((r) => setTimeout(r, 300));
      return boards.every((b) => b.frames.length > 0);
    },
    30_000,
    0,
  );
  await relayIdle(s.databaseUrl);
  await new Promise((r) => setTimeout(r, 500));
  const stats = s.wushe.app.live.stats;
  const [{ seq: from }] = await sql(s.databaseUrl, 'select max(seq)::text as seq from outbox_event');
  const evaluations = stats.evaluations;
  const counts = boards.map((b) => b.frames.length);
  const id = (await mutate('staff', CREATE, { input: intake({ address }) })).serviceRequestCreate.serviceRequest.id;
  await waitUntil('every board has it', async () => boards.every((b) => ofRequest(b, id).length > 0), 15_000);
  await relayIdle(s.databaseUrl);
  await new Promise((r) => setTimeout(r, 500));
  const [{ n: published }] = await sql(s.databaseUrl, 'select count(*)::int as n from outbox_event where seq > $1 and community_id = $2', [from, communityId]);
  expect(published).toBeGreaterThan(0);
  expect(published).toBeLessThan(10);
  // One evaluation per event of the community (skipped ones included), not one per login or socket.
  expect(stats.evaluations - evaluations).toBe(published);
  const first = boards[0]!.frames.slice(counts[0]);
  expect(first.length).toBeGreaterThan(0);
  boards.forEach((b, i) => expect(b.frames.slice(counts[i])).toEqual(first));
}

test('200 distinct logins of equal visibility: one evaluation per event, and each gets the same bytes', async () => {
  const N = 200;
  const tokens: string[] = [];
  for (let i = 0; i < N; i++) tokens.push(await tokenOf((await account(`vis-many-${i}`, ['COMMUNITY_STAFF'])).id));
  const boards: Board[] = opened;
  for (const t of tokens)
    boards.push(await board(s, t, `subscription Many { dispatchBoard { cursor type requestId request { id status title viewerCan { claim dispatch } } } }`));
  await oneEvaluationForAll(boards, '金秋小区 3 栋', '金秋小区 4 栋');
}, 180_000);

test('one login on many sockets in two sessions: one evaluation per event for all; a revoked session stops, the other keeps receiving', async () => {
  const who = await account('vis-two-sessions', ['COMMUNITY_STAFF']);
  const [sessionA, sessionB] = [randomUUID(), randomUUID()];
  const sign = async (sessionId: string) => (await s.wushe.app.tokens.signAccess({ accountId: who.id, communityId, platformAdmin: false, sessionId })).token;
  const [tokenA, tokenB] = [await sign(sessionA), await sign(sessionB)];
  // Three screens on each session's token: the hub serves each token's sockets as one caller.
  const a = await Promise.all([board(s, tokenA), board(s, tokenA), board(s, tokenA)]);
  const b = await Promise.all([board(s, tokenB), board(s, tokenB), board(s, tokenB)]);
  const all = [...a, ...b];
  await oneEvaluationForAll(all, '金秋小区 5 栋', '金秋小区 6 栋');

  // Session A is signed out (as sessionRevoke leaves it); B, the same account, is not.
  await sql(
    s.databaseUrl,
    `insert into refresh_token (id, created_at, updated_at, account_id, family_id, token_hash, community_id, expires_at, revoked_at)
     values ($1, now(), now(), $2, $3, $4, $5, now() + interval '1 day', now())`,
    [randomUUID(), who.id, sessionA, `vis-${randomUUID()}`, communityId],
  );
  // Access read for events lives at most a second; after it, A's standing is read again.
  await new Promise((r) => setTimeout(r, 1200));
  const later = (await mutate('staff', CREATE, { input: intake({ address: '金秋小区 7 栋' }) })).serviceRequestCreate.serviceRequest.id;
  await waitUntil('session B has it', async () => b.every((x) => ofRequest(x, later).length > 0), 15_000);
  await waitUntil('session A is ended', async () => a.every((x) => events(x).some((e) => e.type !== 'next')), 15_000);
  for (const x of a) expect(ofRequest(x, later)).toEqual([]);
  for (const x of all) x.close();
}, 120_000);
