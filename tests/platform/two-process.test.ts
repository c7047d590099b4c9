// Two `wushe serve` processes on one database, for each networked pubsub driver: a mutation on
// process 1 reaches a subscriber on process 2 within 1 s; both exit cleanly (code 0) on SIGTERM.
import { print } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { graphql } from '../gql';
import { createTestDatabase } from '../harness/database';
import { TEST_SECRET } from '../harness/server';
import { closeCode, feed, householdNumber, REDIS_URL, untilFirstEvent } from '../harness/proc-events';
import { assertBuilt, runCli, serve, type ServeProcess } from '../harness/proc-spawn';

const TwoLogin = graphql(`
  mutation TwoLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      userErrors {
        code
      }
    }
  }
`);
const TwoHouseholdCreate = graphql(`
  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        number
      }
      userErrors {
        code
      }
    }
  }
`);
const TwoChanges = graphql(`
  subscription TwoChanges {
    changes(types: ["core.HouseholdCreated"]) {
      cursor
      subject {
        ... on Household {
          number
        }
      }
    }
  }
`);

async function post<R, V>(p: ServeProcess, doc: TypedDocumentNode<R, V>, variables: V, token?: string): Promise<R> {
  const res = await fetch(p.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: print(doc), variables }),
  });
  const body = (await res.json()) as { data?: R; errors?: unknown };
  if (!body.data) throw new Error(`request failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

const drivers = ['redis', 'postgres'] as const;

describe.each(drivers)('two processes with the %s driver', (driver) => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const procs: ServeProcess[] = [];
  let client: WsClient | null = null;

  beforeAll(async () => {
    assertBuilt();
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, WUSHE_JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'warn' };
    await runCli(['migrate', 'up'], env);
    await runCli(['seed', '--demo'], env);
    const serveEnv = { DATABASE_URL: db.url, WUSHE_JWT_SECRET: TEST_SECRET, WUSHE_PUBSUB: driver, REDIS_URL, WUSHE_DEMO: 'off' };
    procs.push(...(await Promise.all([serve(serveEnv), serve(serveEnv)])));
  });

  afterAll(async () => {
    await client?.dispose();
    await Promise.all(procs.map((p) => p.stop().catch(() => undefined)));
    await db?.drop();
  });

  test('a mutation on process 1 reaches a subscriber on process 2 within 1 s; both exit 0 on SIGTERM', async () => {
    const [p1, p2] = procs as [ServeProcess, ServeProcess];
    expect(p1.port).not.toBe(p2.port);
    const login = await post(p1, TwoLogin, { input: { login: 'staff', password: 'wushe-demo' } });
    const token = login.authLogin.accessToken!; // signed by process 1, accepted by process 2 (shared secret)

    client = createClient({
      url: p2.wsUrl,
      webSocketImpl: WebSocket,
      lazy: false,
      retryAttempts: 0,
      onNonLazyError: () => undefined, // the 1001 at shutdown is expected and checked below
      connectionParams: { Authorization: `Bearer ${token}` },
    });
    const live = feed(client, TwoChanges);
    let n = 0;
    const create = async () => {
      const number = `TWO-${driver}-${++n}`;
      const r = await post(p1, TwoHouseholdCreate, { input: { number, address: `金秋小区 ${number}` } }, token);
      expect(r.householdCreate.userErrors).toEqual([]);
      return number;
    };
    // The subscription on process 2 goes live asynchronously: repeat until the first event lands.
    await untilFirstEvent(live, create, 10_000);

    // Now measure fresh events, from just before the mutation is sent.
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const number = await create();
      await live.until(`event for ${number}`, (e) => e.some((x) => householdNumber(x.changes) === number), 1000);
      latencies.push(performance.now() - t0);
    }
    expect(Math.max(...latencies)).toBeLessThan(1000);
    // Each event delivered once.
    const got = live.events.map((e) => e.changes.cursor);
    expect(new Set(got).size).toBe(got.length);
    console.log(`${driver}: cross-process latency ms ${latencies.map((l) => l.toFixed(1)).join(', ')}`);

    // SIGTERM: the subscriber is told to reconnect elsewhere (1001), both processes exit 0.
    const closed = closeCode(client, 15_000);
    const codes = await Promise.all(procs.map((p) => p.stop(15_000)));
    expect(codes).toEqual([0, 0]);
    expect(await closed).toBe(1001);
  });
});
