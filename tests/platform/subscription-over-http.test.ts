// A subscription sent over HTTP (a client that forgot its WebSocket link) is a client mistake:
// 400 with a code that says to use graphql-ws, nothing executed, nothing logged as an error —
// on both HTTP executors (graphql-jit and graphql-js).
import { startTestServer, type TestServer } from '../harness/server';

const SUBSCRIPTION = 'subscription Live { changes { cursor subjectType } }';

const logged: string[] = [];
const log = { write: (line: string) => void logged.push(line) };
let jit: TestServer;
let interpreted: TestServer;
let token: string;
beforeAll(async () => {
  jit = await startTestServer({ demo: true, logDestination: log, config: { logLevel: 'warn' } });
  interpreted = await startTestServer({ databaseUrl: jit.databaseUrl, logDestination: log, config: { logLevel: 'warn', graphqlJit: false } });
  token = await jit.login('staff');
});
afterAll(async () => {
  await interpreted?.stop();
  await jit?.stop();
});

const servers = () =>
  [
    ['graphql-jit', jit],
    ['graphql-js', interpreted],
  ] as const;

test('POST: 400 SUBSCRIPTION_OVER_HTTP, zh-CN by default and English on request, no data, nothing logged', async () => {
  for (const [, s] of servers()) {
    for (const auth of [{ authorization: `Bearer ${token}` }, {}] as Record<string, string>[]) {
      const res = await s.post({ query: SUBSCRIPTION }, auth);
      expect(res.status).toBe(400);
      const body = (await res.json()) as any;
      expect(body).toEqual({ errors: [{ message: '订阅请通过 graphql-ws（WebSocket）发送', extensions: { code: 'SUBSCRIPTION_OVER_HTTP' } }] });
    }
    const en = (await (await s.post({ query: SUBSCRIPTION }, { 'accept-language': 'en' })).json()) as any;
    expect(en.errors[0].message).toMatch(/graphql-ws/);
    expect(en.errors[0].message).not.toMatch(/[\u4e00-\u9fff]/);
  }
  expect(logged.filter((l) => JSON.parse(l).level >= 40)).toEqual([]);
});

test('a document with a query and a subscription: only the chosen operation decides', async () => {
  const doc = `query Ok { __typename } ${SUBSCRIPTION}`;
  for (const [, s] of servers()) {
    const sub = await s.post({ query: doc, operationName: 'Live' });
    expect(sub.status).toBe(400);
    expect(((await sub.json()) as any).errors[0].extensions.code).toBe('SUBSCRIPTION_OVER_HTTP');
    const ok = await s.post({ query: doc, operationName: 'Ok' });
    expect(await ok.json()).toEqual({ data: { __typename: 'Query' }, extensions: { cost: { requested: 1, limit: 20000 } } });
  }
});

test('GET (with the CSRF preflight header) is refused before execution as any non-query GET is: 405, POST allowed', async () => {
  for (const [, s] of servers()) {
    const res = await fetch(`${s.url}?query=${encodeURIComponent(SUBSCRIPTION)}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('BAD_REQUEST');
  }
  expect(logged.filter((l) => JSON.parse(l).level >= 40)).toEqual([]);
});
