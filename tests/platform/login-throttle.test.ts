// Issue 17 item 1: wrong logins are throttled by login and address across replicas (the counters
// live in the shared database), a throttled login is refused before any hash, unknown logins
// answer like known ones, password hashing is bounded, and refresh tokens and API keys are
// throttled by address too. Addresses come from X-Forwarded-For only where the server trusts the
// proxy (here: loopback); by default a client cannot pick its own.
import { loadConfig, type LoginLimits } from '../../src/config';
import { startTestServer, type TestServer } from '../harness/server';

const defaults = loadConfig({ NODE_ENV: 'test' }).login;
const limits = (l: Partial<LoginLimits>): LoginLimits => ({ ...defaults, ...l });

const LOGIN = 'mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken userErrors { code field message } } }';

async function post(s: TestServer, query: string, variables: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await s.post({ query, variables }, headers);
  return { status: res.status, body: (await res.json()) as any };
}
const from = (ip: string) => ({ 'x-forwarded-for': ip });
const login = (s: TestServer, name: string, password: string, ip?: string) =>
  post(s, LOGIN, { i: { login: name, password } }, ip ? from(ip) : {}).then((r) => r.body);

describe('behind a trusted proxy, two replicas sharing the database', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    const config = {
      trustProxy: ['loopback'],
      login: limits({ maxConsecutiveFails: 5, maxFailsPerIpDay: 40, hashConcurrency: 1, hashQueue: 2 }),
      // The production cost (the harness's default is cheap), so that a burst outlasts the slot and queue.
      passwordHashing: loadConfig({}).passwordHashing,
    };
    a = await startTestServer({ demo: true, config });
    b = await startTestServer({ databaseUrl: a.databaseUrl, config });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  test('N wrong passwords from one address block that login there, on every replica, even for the right password', async () => {
    for (let i = 0; i < 5; i++) {
      const r = await login(i % 2 ? b : a, 'resident', `wrong-${i}-pass`, '203.0.113.10');
      expect(r.data.authLogin.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    }
    for (const s of [a, b]) {
      const blocked = await login(s, 'resident', 'wushe-demo', '203.0.113.10');
      expect(blocked.data?.authLogin ?? null).toBeNull();
      expect(blocked.errors[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
      expect(blocked.errors[0].extensions.retryAfter).toBeGreaterThan(0);
      expect(blocked.errors[0].extensions.retryAfter).toBeLessThanOrEqual(defaults.blockSeconds);
    }
    // Another account from another address is not affected; nor is this account from elsewhere.
    expect((await login(b, 'staff', 'wushe-demo', '198.51.100.7')).data.authLogin.accessToken).toBeTruthy();
    expect((await login(a, 'resident', 'wushe-demo', '198.51.100.8')).data.authLogin.accessToken).toBeTruthy();
  });

  test('an unknown login answers exactly like a known one, wrong and throttled alike', async () => {
    const known: any[] = [];
    const unknown: any[] = [];
    for (let i = 0; i < 6; i++) {
      known.push(await login(a, 'grid', `wrong-${i}-pass`, '203.0.113.20'));
      unknown.push(await login(a, 'no.such.login', `wrong-${i}-pass`, '203.0.113.21'));
    }
    // The wait left may differ by a second between the two (in `retryAfter` and in the message).
    const shape = (r: any) =>
      JSON.stringify({
        data: r.data,
        errors: r.errors?.map((e: any) => ({ ...e, message: e.message.replace(/\d+/g, 'n'), extensions: { ...e.extensions, retryAfter: 'n' } })),
      });
    expect(unknown.map(shape)).toEqual(known.map(shape));
    expect(known[5].errors[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
  });

  test('an unknown login takes as long as a wrong password (both verify a hash)', async () => {
    // A login whose hash this server made, at the cost of its dummy hash (the demo's were made cheaply).
    const added = await post(
      a,
      'mutation($i: MembershipAddInput!) { membershipAdd(input: $i) { userErrors { code } } }',
      { i: { login: 'timed.member', displayName: '计时测试', password: 'timed-member-pass', roles: ['RESIDENT'] } },
      { authorization: `Bearer ${await a.login('admin')}` },
    );
    expect(added.body.data.membershipAdd.userErrors).toEqual([]);
    const time = async (name: string, ip: string) => {
      const t = performance.now();
      await login(a, name, 'wrong-pass-x', ip);
      return performance.now() - t;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 4; i++) {
      known.push(await time('timed.member', `203.0.113.${30 + i}`));
      unknown.push(await time(`ghost${i}`, `203.0.113.${40 + i}`));
    }
    const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)]!;
    expect(median(unknown)).toBeGreaterThan(median(known) / 3);
    expect(median(unknown)).toBeLessThan(median(known) * 3);
  });

  test('password hashing is bounded: a burst beyond slot and queue is refused with LOGIN_BUSY, never an internal error', async () => {
    // Unknown logins: each is checked against the dummy hash, made at this server's (production) cost.
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => login(a, `nobody-${i}`, `burst-${i}-pass`, `192.0.2.${i + 1}`)));
    const codes = burst.map((r) => r.errors?.[0]?.extensions?.code ?? r.data.authLogin.userErrors[0]?.code);
    expect(codes.filter((c) => c === 'SERVICE_UNAVAILABLE').length).toBeGreaterThan(0);
    expect(codes.every((c) => c === 'SERVICE_UNAVAILABLE' || c === 'INVALID_CREDENTIALS')).toBe(true);
    expect(burst.find((r) => r.errors)?.errors[0].message).toBe('登录请求过多，请稍后重试');
  });

  test('wrong refresh tokens and API keys block the address (429 for a bad key)', async () => {
    const ip = '203.0.113.99';
    const refresh = 'mutation($t: String!) { authRefresh(input: { refreshToken: $t }) { accessToken userErrors { code } } }';
    let last: any;
    for (let i = 0; i < 20; i++) last = (await post(a, refresh, { t: `guess-${i}` }, from(ip))).body;
    expect(last.data.authRefresh.userErrors[0].code).toBe('TOKEN_INVALID');
    let res: { status: number; body: any } | undefined;
    for (let i = 0; i < 25; i++) {
      res = await post(b, '{ community { name } }', {}, { ...from(ip), 'x-api-key': `wsk_${'0'.repeat(12)}_${'A'.repeat(43)}` });
    }
    expect(res!.status).toBe(429);
    expect(res!.body.errors[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    // Now passwords from there are refused too, before any check.
    const blocked = await login(a, 'admin', 'wushe-demo', ip);
    expect(blocked.errors[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    expect((await login(a, 'admin', 'wushe-demo', '203.0.113.100')).data.authLogin.accessToken).toBeTruthy();
  });
});

describe('without a trusted proxy (the default)', () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer({ demo: true, config: { login: limits({ maxConsecutiveFails: 3 }) } });
  });
  afterAll(() => s.stop());

  test('X-Forwarded-For is ignored: a client cannot escape its block by naming another address', async () => {
    for (let i = 0; i < 3; i++) await login(s, 'cobuild', `wrong-${i}-pass`, `10.9.8.${i}`);
    const r = await login(s, 'cobuild', 'wushe-demo', '10.9.8.200');
    expect(r.errors[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
  });
});

// With REDIS_URL (CI and the operators' setups with Redis): the counters live in Redis instead.
(process.env.REDIS_URL ? describe : describe.skip)('with the Redis store', () => {
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    const config = { trustProxy: ['loopback'], redisUrl: process.env.REDIS_URL, login: limits({ store: 'redis', maxConsecutiveFails: 3 }) };
    a = await startTestServer({ demo: true, config });
    b = await startTestServer({ databaseUrl: a.databaseUrl, config });
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  test('failures counted on one replica block the login on the other', async () => {
    // Redis outlives the test databases: a login and an address of this run alone.
    const name = `ghost.${Date.now()}`;
    const ip = `198.18.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 3; i++) expect((await login(a, name, `wrong-${i}-pass`, ip)).data.authLogin.userErrors[0].code).toBe('INVALID_CREDENTIALS');
    expect((await login(b, name, 'wrong-x-pass', ip)).errors[0].extensions.code).toBe('TOO_MANY_ATTEMPTS');
    const rows = await b.wushe.app.orm.em.getConnection().execute('select count(*)::int as n from login_throttle');
    expect(rows[0].n).toBe(0);
  });
});
