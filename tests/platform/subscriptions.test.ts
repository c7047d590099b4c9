// Live boards over real graphql-ws, with the Redis driver (SUBSCRIBE registers asynchronously,
// so every test retries or catches up instead of sleeping): subject resolved per subscriber,
// reconnect-and-replay without gap or duplicate, auth at connect and per event, the
// per-socket subscription cap and the armor limits.
import { graphql } from '../gql';
import Redis from 'ioredis';
import { startTestServer, type TestServer } from '../harness/server';
import { latencyProxy, type LatencyProxy } from '../harness/proc-latency';
import { closeCode, feed, householdNumber as num, REDIS_URL, relayIdle, sql, untilFirstEvent, waitUntil } from '../harness/proc-events';

const SubHouseholdCreate = graphql(`
  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {
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
const SubChanges = graphql(`
  subscription SubChanges($after: String, $types: [String!]) {
    changes(after: $after, types: $types) {
      cursor
      type
      subjectType
      subject {
        ... on Household {
          number
          address
        }
      }
    }
  }
`);
const SubMembers = graphql(`
  query SubMembers {
    memberships(first: 100) {
      nodes {
        id
        login
        active
      }
    }
  }
`);
const SubMembershipUpdate = graphql(`
  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {
    membershipUpdate(input: $input) {
      membership {
        active
      }
      userErrors {
        code
      }
    }
  }
`);

const SubApiKeyCreate = graphql(`
  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        id
      }
      secret
      userErrors {
        code
      }
    }
  }
`);
const SubApiKeyRevoke = graphql(`
  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
let admin: string;
let staff: string;
let proxy: LatencyProxy; // Redis as usual; the server's subscriber connection can be slowed down
let redis: Redis;
let channel: string;
beforeAll(async () => {
  proxy = await latencyProxy(REDIS_URL, 'wushe-pubsub-sub');
  redis = new Redis(REDIS_URL);
  s = await startTestServer({ demo: true, config: { pubsub: 'redis', redisUrl: proxy.url, wsMaxSubscriptions: 2 } });
  [admin, staff] = await Promise.all([s.login('admin'), s.login('staff')]);
  const [{ id }] = await sql(s.databaseUrl, `select id from community where name = '金秋社区'`);
  channel = `wushe:community:${id}`;
});
afterAll(async () => {
  await s.stop();
  await Promise.all([proxy.close(), redis.quit()]);
});

/** How many server connections are SUBSCRIBEd to the community's channel right now. */
const subscribers = async () => Number(((await redis.pubsub('NUMSUB', channel)) as [string, number])[1]);

let n = 0;
const create = async (prefix: string) => {
  const number = `${prefix}-${++n}`;
  const r = await s.gql(SubHouseholdCreate, { input: { number, address: `金秋小区 ${number}` } }, { token: admin });
  expect(r.data!.householdCreate.userErrors).toEqual([]);
  return number;
};
const numbers = (events: { changes: { subject?: unknown } }[]) => events.map((e) => num(e.changes));

test('a staff board receives a new household with its subject resolved', async () => {
  const client = s.ws(staff);
  const live = feed(client, SubChanges, { types: ['core.HouseholdCreated'] });
  const made: string[] = [];
  const [first] = await untilFirstEvent(live, async () => made.push(await create('SUB-A')));
  expect(first!.changes).toMatchObject({ type: 'core.HouseholdCreated', subjectType: 'Household' });
  const number = num(first!.changes)!;
  expect(made).toContain(number);
  expect(first!.changes.subject).toEqual({ number, address: `金秋小区 ${number}` });
  // Now live: the next one arrives too, exactly once.
  const next = await create('SUB-A');
  const got = await live.until('next event', (e) => numbers(e).includes(next));
  expect(numbers(got).filter((x) => x === next)).toHaveLength(1);
  await client.dispose();
});

test('a board that reconnects with after: lastCursor gets the missed events, then live ones, no gap, no duplicate', async () => {
  const c1 = s.ws(staff);
  const first = feed(c1, SubChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(first, () => create('SUB-B'));
  // Live now: a marker created after every earlier commit has the highest cursor so far.
  const marker = await create('SUB-B');
  const seen = await first.until('marker', (e) => numbers(e).includes(marker));
  const lastCursor = seen.find((e) => num(e.changes) === marker)!.changes.cursor;
  await c1.dispose(); // the board goes away…
  await waitUntil('server unsubscribed', async () => (await subscribers()) === 0);

  const missed = [await create('SUB-B'), await create('SUB-B'), await create('SUB-B')];
  // …and comes back while changes keep happening. The SUBSCRIBE takes 300 ms to reach Redis:
  // these commits land after the board asked, but before its subscription is live.
  proxy.delayMs = 300;
  const c2 = s.ws(staff);
  const board = feed(c2, SubChanges, { after: lastCursor, types: ['core.HouseholdCreated'] });
  const racing: string[] = [];
  try {
    for (let i = 0; i < 5; i++) racing.push(await create('SUB-B'));
    await board.until('missed and racing events', (e) => [...missed, ...racing].every((x) => numbers(e).includes(x)), 8000);
  } finally {
    proxy.delayMs = 0;
  }
  expect(await subscribers()).toBe(1);
  const live = [await create('SUB-B'), await create('SUB-B')];
  const got = await board.until('live events', (e) => live.every((x) => numbers(e).includes(x)));

  expect(numbers(got)).toEqual([...missed, ...racing, ...live]);
  const cursors = got.map((e) => BigInt(e.changes.cursor));
  expect(cursors[0]).toBeGreaterThan(BigInt(lastCursor));
  for (let i = 1; i < cursors.length; i++) expect(cursors[i]).toBeGreaterThan(cursors[i - 1]!);
  // The cursors are exactly the rows the outbox holds for these households.
  const rows = await sql(
    s.databaseUrl,
    `select o.seq::text from outbox_event o join household h on h.id = o.subject_id
      where o.type = 'core.HouseholdCreated' and o.seq > $1 order by o.seq`,
    [lastCursor],
  );
  expect(got.map((e) => e.changes.cursor)).toEqual(rows.map((r) => r.seq));
  await c2.dispose();
});

test('connection_init with a bad token is refused with 4403', async () => {
  const client = s.ws('not-a-real-token');
  expect(await closeCode(client)).toBe(4403);
  await client.dispose();
});

test('an unauthenticated subscription gets an error', async () => {
  const client = s.ws(null);
  const live = feed(client, SubChanges, {});
  await live.until('error', () => live.errors.length > 0).catch(() => undefined);
  expect(live.errors).toHaveLength(1);
  expect(JSON.stringify(live.errors)).toContain('UNAUTHENTICATED');
  expect(live.events).toEqual([]);
  await client.dispose();
});

test('a bad cursor over WS is BAD_USER_INPUT and leaves no listener behind', async () => {
  await waitUntil('no listeners left from earlier tests', async () => (await subscribers()) === 0);
  const client = s.ws(staff);
  const bad = feed(client, SubChanges, { after: 'abc' });
  await bad.until('error', () => bad.errors.length > 0).catch(() => undefined);
  expect(JSON.stringify(bad.errors)).toContain('BAD_USER_INPUT');
  // A good subscription comes and goes: the channel is released only if nothing else holds it.
  const good = feed(client, SubChanges, {});
  await untilFirstEvent(good, () => create('SUB-CUR'));
  good.stop();
  await waitUntil('channel released', async () => (await subscribers()) === 0);
  await client.dispose();
});

test('the per-socket subscription cap refuses a third subscription with SUBSCRIPTION_LIMIT', async () => {
  const client = s.ws(staff);
  // Sent back to back, so the cap must hold while the first two are still being set up.
  const subs = [0, 1, 2].map(() => feed(client, SubChanges, { types: ['core.HouseholdCreated'] }));
  await subs[2]!.until('cap error', () => subs.some((f) => f.errors.length > 0)).catch(() => undefined);
  const refused = subs.filter((f) => f.errors.length > 0);
  expect(refused).toHaveLength(1);
  expect(JSON.stringify(refused[0]!.errors)).toContain('SUBSCRIPTION_LIMIT');
  // The two accepted ones work; ending one frees a slot.
  const ok = subs.filter((f) => f.errors.length === 0);
  await untilFirstEvent(ok[0]!, () => create('SUB-CAP'));
  ok[0]!.stop();
  // The server frees the slot once it has ended that subscription (asynchronously).
  let again = feed(client, SubChanges, { types: ['core.HouseholdCreated'] });
  for (let i = 0; i < 40 && (await again.until('settled', () => again.errors.length > 0, 100).catch(() => null)); i++) {
    expect(JSON.stringify(again.errors)).toContain('SUBSCRIPTION_LIMIT');
    again = feed(client, SubChanges, { types: ['core.HouseholdCreated'] });
  }
  await untilFirstEvent(again, () => create('SUB-CAP'));
  expect(again.errors).toEqual([]);
  await client.dispose();
});

test('armor limits apply over WebSocket: depth > 12 and more than 30 aliases are rejected', async () => {
  const client = s.ws(staff);
  let deep = 'number';
  for (let i = 0; i < 6; i++) deep = `members { household { ${deep} } }`;
  const tooDeep = `subscription SubDeep { changes { subject { ... on Household { ${deep} } } } }`;
  const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: cursor`).join(' ');
  const tooWide = `subscription SubWide { changes { ${aliases} } }`;
  for (const query of [tooDeep, tooWide]) {
    const errors = await new Promise<any[]>((resolve) =>
      client.subscribe({ query }, { next: () => resolve([]), error: (e) => resolve(e as any[]), complete: () => resolve([]) }),
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
  }
  // The same document within the limits is accepted (no error before the first event).
  const fine = feed(client, SubChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(fine, () => create('SUB-ARMOR'));
  await client.dispose();
});

test('permissions are re-checked per event: a deactivated member stops receiving', async () => {
  const sw = await s.login('socialworker');
  const client = s.ws(sw);
  const live = feed(client, SubChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(live, () => create('SUB-PERM'));

  const members = await s.gql(SubMembers, {}, { token: admin });
  const id = members.data!.memberships.nodes.find((m) => m.login === 'socialworker')!.id;
  const off = await s.gql(SubMembershipUpdate, { input: { id, active: false } }, { token: admin });
  expect(off.data!.membershipUpdate).toEqual({ membership: { active: false }, userErrors: [] });

  // A watcher that stays a member proves the later events were published and delivered.
  const watcherClient = s.ws(staff);
  const watcher = feed(watcherClient, SubChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(watcher, () => create('SUB-PERM'));
  const after = await create('SUB-PERM');
  await watcher.until('watcher sees the later event', (e) => numbers(e).includes(after));
  await relayIdle(s.databaseUrl);
  expect(numbers(live.events)).not.toContain(after);
  expect(live.completed).toBe(true); // the stream ended at the first event after the deactivation
  expect(numbers(live.events).every((x) => x?.startsWith('SUB-PERM'))).toBe(true);
  // Events made after the deactivation never reach the former member.
  const [{ seq: cut }] = await sql(s.databaseUrl, `select max(seq)::text as seq from outbox_event where type = 'tenancy.MemberUpdated'`);
  expect(live.events.filter((e) => BigInt(e.changes.cursor) > BigInt(cut))).toEqual([]);
  await Promise.all([client.dispose(), watcherClient.dispose()]);
});

test('a revoked API key stops receiving at once, and a new subscription on its socket is refused', async () => {
  const made = await s.gql(SubApiKeyCreate, { input: { name: 'board', permissions: ['tenancy.community.read', 'core.household.read'] } }, { token: admin });
  const { apiKey, secret } = made.data!.apiKeyCreate;
  const client = s.ws(secret);
  const live = feed(client, SubChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(live, () => create('SUB-KEY'));

  const revoked = await s.gql(SubApiKeyRevoke, { input: { id: apiKey!.id } }, { token: admin });
  expect(revoked.data!.apiKeyRevoke.userErrors).toEqual([]);
  const watcherClient = s.ws(staff);
  const watcher = feed(watcherClient, SubChanges, { types: ['core.HouseholdCreated'] });
  await untilFirstEvent(watcher, () => create('SUB-KEY'));
  const after = await create('SUB-KEY');
  await watcher.until('watcher sees the later event', (e) => numbers(e).includes(after));
  expect(numbers(live.events)).not.toContain(after);

  // The socket outlived its credential: a new subscription gets an error, the socket stays up.
  let closed: number | null = null;
  client.on('closed', (e) => (closed = (e as { code: number }).code));
  const again = feed(client, SubChanges, {});
  await again.until('refused', () => again.errors.length > 0).catch(() => undefined);
  expect(JSON.stringify(again.errors)).toContain('UNAUTHENTICATED');
  expect(closed).toBeNull();
  await Promise.all([client.dispose(), watcherClient.dispose()]);
});
