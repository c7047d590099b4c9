// Graceful shutdown of a real `wushe serve` process: SIGTERM with requests in flight. /readyz turns
// 503 at once while the server still accepts for the grace period (a load balancer notices), then
// new connections are refused, sockets are told to reconnect (1001), every in-flight request
// completes with 200 and `Connection: close`, and the process exits 0 within 15 s.
// The requests are held in flight by a lock the test takes on their table: no sleep in the server.
import http from 'node:http';
import { print } from 'graphql';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { Client } from 'pg';
import { graphql } from '../gql';
import { createTestDatabase } from '../harness/database';
import { TEST_SECRET } from '../harness/server';
import { closeCode, feed, sql, waitUntil } from '../harness/proc-events';
import { assertBuilt, runCli, serve, type ServeProcess } from '../harness/proc-spawn';

jest.setTimeout(120_000);

const ShutLogin = graphql(`
  mutation ShutLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const ShutHouseholds = graphql(`
  query ShutHouseholds {
    households(first: 5) {
      totalCount
    }
  }
`);
const ShutChanges = graphql(`
  subscription ShutChanges {
    changes(types: ["core.HouseholdCreated"]) {
      cursor
    }
  }
`);

const GRACE_MS = 1500;
const IN_FLIGHT = 24;

/** GET on a new connection every time (no keep-alive pool): the status, or the connection error's code. */
function probe(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = http.get(url, { agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
  });
}

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let p: ServeProcess;
let client: WsClient | null = null;
let lock: Client | null = null;
let serveEnv: Record<string, string>;
let stuck: ServeProcess | null = null;

beforeAll(async () => {
  assertBuilt();
  db = await createTestDatabase();
  const env = { DATABASE_URL: db.url, WUSHE_JWT_SECRET: TEST_SECRET };
  await runCli(['migrate', 'up'], { ...env, LOG_LEVEL: 'warn' });
  await runCli(['seed', '--demo'], { ...env, LOG_LEVEL: 'warn' });
  serveEnv = { ...env, WUSHE_DEMO: 'off', WUSHE_JOBS: 'false' };
  p = await serve({ ...serveEnv, WUSHE_SHUTDOWN_GRACE_MS: String(GRACE_MS), WUSHE_SHUTDOWN_DRAIN_MS: '8000' });
});

afterAll(async () => {
  await client?.dispose();
  await lock?.end().catch(() => undefined);
  await stuck?.stop().catch(() => undefined);
  await p?.stop().catch(() => undefined);
  await db?.drop();
});

test('SIGTERM: readiness 503 during the grace period, in-flight requests all answered, sockets told to reconnect, exit 0', async () => {
  const base = p.url.replace('/graphql', '');
  const login = await fetch(p.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(ShutLogin), variables: { input: { login: 'staff', password: 'wushe-demo' } } }),
  });
  const token = ((await login.json()) as { data: { authLogin: { accessToken: string } } }).data.authLogin.accessToken;

  client = createClient({
    url: p.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
  const connected = new Promise<void>((r) => client!.on('connected', () => r()));
  feed(client, ShutChanges);
  await connected;
  const closed = closeCode(client, 15_000);

  // Hold the households table: every query below waits on the lock (or on the pool behind it).
  lock = new Client({ connectionString: db.url });
  lock.on('error', () => undefined); // dropped with the database if the test fails early
  await lock.connect();
  await lock.query('begin');
  await lock.query('lock table household in access exclusive mode');
  let settled = 0;
  const requests = Array.from({ length: IN_FLIGHT }, () =>
    fetch(p.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: print(ShutHouseholds) }),
    })
      .then(async (res) => ({ status: res.status, connection: res.headers.get('connection'), body: await res.text() }))
      .catch((e: Error & { cause?: { code?: string } }) => ({ status: 0, connection: null, body: e.cause?.code ?? e.message }))
      .finally(() => settled++),
  );
  await waitUntil('the pool is blocked on the lock', async () => {
    const [r] = await sql(db.url, `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
    return r.n >= 10; // WUSHE_DB_POOL_MAX's default: the other requests wait for a connection
  });

  const exited = new Promise<{ code: number | null; at: number }>((r) => p.child.once('exit', (code) => r({ code, at: Date.now() })));
  const t0 = Date.now();
  p.child.kill('SIGTERM');

  // As soon as the signal is handled (a probe sent before would wait for the locked pool): not
  // ready, yet still accepting new connections.
  await waitUntil('the signal is handled', async () => p.output().includes('"msg":"shutting down"'), 1000, 10);
  expect(await probe(`${base}/readyz`)).toBe(503);
  expect(await probe(`${base}/livez`)).toBe(200);
  expect(Date.now() - t0).toBeLessThan(GRACE_MS);

  // After the grace period: the listener is closed.
  const refusedAt = await waitUntil(
    'new connections are refused',
    async () => ((await probe(`${base}/readyz`)) === 'ECONNREFUSED' ? Date.now() : null),
    5000,
    50,
  );
  expect(refusedAt - t0).toBeGreaterThanOrEqual(GRACE_MS - 100);
  // The subscriber is told to reconnect (1001 Going Away: graphql-ws retries it).
  expect(await closed).toBe(1001);
  expect(settled).toBe(0); // all still in flight

  await lock.query('commit');
  const results = await Promise.all(requests);
  expect(results.filter((r) => r.status !== 200)).toEqual([]);
  for (const r of results) {
    expect(JSON.parse(r.body)).toMatchObject({ data: { households: { totalCount: 36 } } });
    expect(r.connection).toBe('close'); // no client reuses a connection the shutdown ends
  }
  const exit = await exited;
  expect(exit.code).toBe(0);
  expect(exit.at - t0).toBeLessThan(15_000);
});

test('requests still running at the drain deadline are cut, and the process still exits 0 in time', async () => {
  stuck = await serve({ ...serveEnv, WUSHE_SHUTDOWN_GRACE_MS: '0', WUSHE_SHUTDOWN_DRAIN_MS: '1000' });
  const login = await fetch(stuck.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: print(ShutLogin), variables: { input: { login: 'staff', password: 'wushe-demo' } } }),
  });
  const token = ((await login.json()) as { data: { authLogin: { accessToken: string } } }).data.authLogin.accessToken;
  const hold = new Client({ connectionString: db.url });
  hold.on('error', () => undefined);
  await hold.connect();
  try {
    await hold.query('begin');
    await hold.query('lock table household in access exclusive mode');
    const requests = Array.from({ length: 4 }, () =>
      fetch(stuck!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: print(ShutHouseholds) }),
      }).then(
        (res) => res.status,
        () => 'cut',
      ),
    );
    await waitUntil('the requests wait on the lock', async () => {
      const [r] = await sql(db.url, `select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`);
      return r.n >= 4;
    });
    const t0 = Date.now();
    // Their queries stay blocked (the lock is held throughout): the pool cannot close cleanly.
    const code = await stuck.stop(10_000);
    expect(code).toBe(0);
    expect(Date.now() - t0).toBeLessThan(5000); // drain 1 s + socket and step budgets, not the 14 s forced exit
    expect(await Promise.all(requests)).toEqual(['cut', 'cut', 'cut', 'cut']);
    expect(stuck.output()).toMatch(/in-flight requests cut at the drain deadline/);
  } finally {
    await hold.end().catch(() => undefined);
  }
});
