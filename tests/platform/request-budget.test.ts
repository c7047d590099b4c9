// Issue 15 item 5: request budgets per signed-in account and per API key, counted where every
// replica sees them (PostgreSQL, and Redis when REDIS_URL is set): two servers on one database
// share one budget. Every budgeted answer carries the IETF RateLimit / RateLimit-Policy headers; a
// spent budget answers 429 with Retry-After and a typed error (RATE_LIMITED, retryAfter) before
// anything runs — on GraphQL and on the modules' HTTP routes (Open311). Every GraphQL answer
// reports the operation's cost in `extensions.cost`, the figure graphql-armor's cost limit computes.
import { parse, validate } from 'graphql';
import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { startTestServer, type TestServer } from '../harness/server';
import { loadConfig, ConfigError } from '../../src/config';
import { buildWusheSchema } from '../../src/schema/build-schema';
import { createRegistry } from '../../src/plugins/loader';
import { FIRST_PARTY } from '../../src/modules';

const stores: ('postgres' | 'redis')[] = process.env.REDIS_URL ? ['postgres', 'redis'] : ['postgres'];

describe.each(stores)('budgets in %s, two replicas', (store) => {
  let a: TestServer;
  let b: TestServer;
  const rateLimit = { store, accountRequests: 5, apiKeyRequests: 4, windowSeconds: 60 };
  beforeAll(async () => {
    a = await startTestServer({ demo: true, config: { rateLimit, redisUrl: process.env.REDIS_URL } });
    b = await startTestServer({ databaseUrl: a.databaseUrl, config: { rateLimit, redisUrl: process.env.REDIS_URL } });
  }, 60_000);
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  const ask = async (s: TestServer, query: string, headers: Record<string, string>, variables: Record<string, unknown> = {}) => {
    const res = await s.post({ query, variables }, headers);
    return { status: res.status, headers: res.headers, body: (await res.json()) as any };
  };
  const households = async (token: string) =>
    (await ask(a, '{ households { totalCount } }', { authorization: `Bearer ${token}` })).body.data.households.totalCount;

  test('an account: five requests across both replicas, then 429 RATE_LIMITED with Retry-After, and nothing runs', async () => {
    const token = await a.login('staff');
    const auth = { authorization: `Bearer ${token}` };
    const remaining: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await ask(i % 2 ? b : a, '{ me { login } }', auth);
      expect(r.status).toBe(200);
      expect(r.headers.get('ratelimit-policy')).toBe('"account";q=5;w=60');
      remaining.push(r.headers.get('ratelimit')!.replace(/;t=\d+$/, ''));
    }
    expect(remaining).toEqual(['"account";r=4', '"account";r=3', '"account";r=2', '"account";r=1']);
    const before = await households(await a.login('admin'));
    const fifth = await ask(b, 'mutation($i: HouseholdCreateInput!) { householdCreate(input: $i) { household { id } } }', auth, {
      i: { number: 'BUDGET-1', address: '预算路 1 号' },
    });
    expect(fifth.status).toBe(200);
    expect(fifth.headers.get('ratelimit')).toMatch(/^"account";r=0;t=\d+$/);
    // The sixth, on either replica, is refused before it runs.
    const sixth = await ask(a, 'mutation($i: HouseholdCreateInput!) { householdCreate(input: $i) { household { id } } }', auth, {
      i: { number: 'BUDGET-2', address: '预算路 2 号' },
    });
    expect(sixth.status).toBe(429);
    expect(Number(sixth.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(sixth.headers.get('ratelimit')).toMatch(/^"account";r=0;t=\d+$/);
    expect(sixth.body.data ?? null).toBeNull();
    expect(sixth.body.errors).toEqual([
      { message: expect.stringMatching(/请求过于频繁/), extensions: { code: 'RATE_LIMITED', retryAfter: Number(sixth.headers.get('retry-after')) } },
    ]);
    const en = await ask(b, '{ me { login } }', { ...auth, 'accept-language': 'en' });
    expect([en.status, en.body.errors[0].message]).toEqual([429, expect.stringMatching(/Too many requests/)]);
    expect(await households(await a.login('admin'))).toBe(before + 1);
    // Another token of the same account shares the budget; another account has its own.
    expect((await ask(a, '{ me { login } }', { authorization: `Bearer ${await a.login('staff')}` })).status).toBe(429);
    expect((await ask(a, '{ me { login } }', { authorization: `Bearer ${await a.login('grid')}` })).status).toBe(200);
  });

  test('an API key: its own budget, spent on GraphQL and Open311 alike; the route answers 429 in its own error format', async () => {
    const admin = { authorization: `Bearer ${await a.login('admin')}` };
    await ask(a, 'mutation { communityModuleConfigure(input: { moduleKey: "dispatch", enabled: true }) { userErrors { code } } }', admin);
    const created = await ask(
      b,
      'mutation { apiKeyCreate(input: { name: "预算", permissions: ["dispatch.georeport.read", "tenancy.community.read"] }) { secret userErrors { code } } }',
      admin,
    );
    const key = { 'x-api-key': created.body.data.apiKeyCreate.secret as string };
    const open311 = (s: TestServer) => fetch(`${s.url.replace(/\/graphql$/, '')}/open311/v2/services.json`, { headers: key });
    const statuses: number[] = [];
    const policies: (string | null)[] = [];
    for (const s of [a, b]) {
      const g = await ask(s, '{ community { name } }', key);
      statuses.push(g.status);
      policies.push(g.headers.get('ratelimit-policy'));
      const o = await open311(s);
      statuses.push(o.status);
      policies.push(o.headers.get('ratelimit-policy'));
      await o.json();
    }
    expect(statuses).toEqual([200, 200, 200, 200]);
    expect(new Set(policies)).toEqual(new Set(['"api-key";q=4;w=60']));
    const refused = await open311(a);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(await refused.json()).toEqual([{ code: 429, description: expect.stringMatching(/请求过于频繁/) }]);
    expect((await ask(b, '{ community { name } }', key)).body.errors[0].extensions.code).toBe('RATE_LIMITED');
  });

  test('anonymous requests carry no budget headers (logins are throttled by the credential guard)', async () => {
    const r = await ask(a, '{ __typename }', {});
    expect(r.status).toBe(200);
    expect(r.headers.get('ratelimit')).toBeNull();
  });
});

describe('the cost in extensions', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ demo: true });
  }, 60_000);
  afterAll(() => s?.stop());

  test("is graphql-armor's cost-limit figure for the document, on every answer", async () => {
    const schema = await buildWusheSchema(createRegistry(FIRST_PARTY));
    const token = await s.login('admin');
    for (const query of [
      '{ __typename }',
      '{ households(first: 10) { totalCount nodes { id number } } residents(first: 5) { nodes { id name household { number } } } }',
      'query Q { me { login memberships { roles community { name } } } }',
    ]) {
      let expected = -1;
      validate(schema, parse(query), [costLimitRule({ maxCost: 20000, onAccept: [(_c: unknown, d: { n: number }) => void (expected = d.n)] })]);
      const body = (await (await s.post({ query }, { authorization: `Bearer ${token}` })).json()) as any;
      expect(body.errors).toBeUndefined();
      expect([query, body.extensions.cost]).toEqual([query, { requested: expected, limit: 20000 }]);
    }
  });

  test('budgets are off outside production unless configured; on in production; a Redis store needs REDIS_URL', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).rateLimit).toMatchObject({ accountRequests: 0, apiKeyRequests: 0 });
    const prod = { NODE_ENV: 'production' };
    expect(loadConfig(prod).rateLimit).toEqual({ store: 'auto', accountRequests: 1200, apiKeyRequests: 6000, windowSeconds: 60 });
    expect(loadConfig({ ...prod, WUSHE_RATE_LIMIT_ACCOUNT: '0', WUSHE_RATE_LIMIT_WINDOW_SECONDS: '10' }).rateLimit).toMatchObject({
      accountRequests: 0,
      windowSeconds: 10,
    });
    expect(() => loadConfig({ WUSHE_RATE_LIMIT_STORE: 'redis' })).toThrow(ConfigError);
    expect(() => loadConfig({ WUSHE_RATE_LIMIT_API_KEY: '-1' })).toThrow(/WUSHE_RATE_LIMIT_API_KEY/);
  });
});
