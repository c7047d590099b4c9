// Fan-out sharing (src/plugins/events/live-share.ts, live-hub.ts): boards of one equivalence
// class (same caller, community, language, document, variables) are decided and rendered once
// per event and written directly to their sockets once caught up. What must not change: every
// board gets every event it may see exactly once and in order, a board joining a live class with
// a cursor replays without gap or duplicate, a revoked caller's boards all stop, and a board that
// stops reading is cut off (1013) instead of being queued for without bound.
import { parse } from 'graphql';
import WebSocket from 'ws';
import { stringifyMessage } from 'graphql-ws';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { statementsDuring } from '../harness/raw';
import { feed, householdNumber as num, relayIdle, sql, untilFirstEvent, waitUntil, type Feed } from '../harness/proc-events';
import { subscriptionShareKey } from '../../src/plugins/events/live-share';
import type { Ctx } from '../../src/schema/context';

const FanoutHouseholdCreate = graphql(`
  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {
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
const FanoutChanges = graphql(`
  subscription FanoutChanges($after: String, $types: [String!]) {
    changes(after: $after, types: $types) {
      cursor
      type
      subject {
        ... on Household {
          number
          address
        }
      }
    }
  }
`);
const FanoutMembers = graphql(`
  query FanoutMembers {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
  }
`);
const FanoutMembershipUpdate = graphql(`
  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) {
    membershipUpdate(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
let admin: string;
let staff: string;
/** Queued bytes past which a socket that stopped reading is closed (small, so a test reaches it). */
const MAX_BUFFERED = 256 * 1024;
beforeAll(async () => {
  s = await startTestServer({ demo: true, config: { wsMaxBufferedBytes: MAX_BUFFERED } });
  [admin, staff] = await Promise.all([s.login('admin'), s.login('staff')]);
});
afterAll(() => s.stop());

let n = 0;
const create = async (prefix: string) => {
  const number = `${prefix}-${++n}`;
  const r = await s.gql(FanoutHouseholdCreate, { input: { number, address: `金秋小区 ${number}` } }, { token: admin });
  expect(r.data!.householdCreate.userErrors).toEqual([]);
  return number;
};
type Change = { changes: { cursor: string; subject?: unknown } };
const numbers = (f: Feed<Change>) => f.events.map((e) => num(e.changes));
const TYPES = { types: ['core.HouseholdCreated'] };

test('six boards of one class, on four sockets, each get every event once, in order, with the subject', async () => {
  const sockets = [s.ws(staff), s.ws(staff), s.ws(staff), s.ws(staff)];
  const boards = [...sockets.map((c) => feed(c, FanoutChanges, TYPES)), feed(sockets[0]!, FanoutChanges, TYPES), feed(sockets[1]!, FanoutChanges, TYPES)];
  for (const b of boards) await untilFirstEvent(b, () => create('FAN-A'));
  const made: string[] = [];
  for (let i = 0; i < 7; i++) made.push(await create('FAN-A'));
  for (const b of boards) await b.until('all eight', () => made.every((x) => numbers(b).includes(x)));
  // Shared: the subject of one event is loaded once for the six boards, not six times.
  let one = '';
  const seen = await statementsDuring(s, async () => {
    one = await create('FAN-A');
    for (const b of boards) await b.until('one more', () => numbers(b).includes(one));
  });
  made.push(one);
  expect(seen.filter((q) => /^select "h0"\.\* from "household" .*"id" in/.test(q))).toHaveLength(1);
  for (const b of boards) {
    const tail = numbers(b).slice(numbers(b).indexOf(made[0]));
    expect(tail).toEqual(made);
    const cursors = b.events.map((e) => BigInt(e.changes.cursor));
    for (let i = 1; i < cursors.length; i++) expect(cursors[i]).toBeGreaterThan(cursors[i - 1]!);
    const last = b.events.at(-1)!.changes;
    expect(last.subject).toEqual({ number: made.at(-1), address: `金秋小区 ${made.at(-1)}` });
  }
  await Promise.all(sockets.map((c) => c.dispose()));
});

test('a board joining a live class with a cursor replays what it missed, then shares the live events: no gap, no duplicate', async () => {
  const c1 = s.ws(staff);
  const live = feed(c1, FanoutChanges, TYPES);
  await untilFirstEvent(live, () => create('FAN-B'));
  const marker = await create('FAN-B');
  await live.until('marker', () => numbers(live).includes(marker));
  const cursor = live.events.find((e) => num(e.changes) === marker)!.changes.cursor;
  const missed = [await create('FAN-B'), await create('FAN-B'), await create('FAN-B')];
  await live.until('missed ones, live', () => missed.every((x) => numbers(live).includes(x)));

  const c2 = s.ws(staff);
  const late = feed(c2, FanoutChanges, { ...TYPES, after: cursor });
  const racing: string[] = [];
  for (let i = 0; i < 4; i++) racing.push(await create('FAN-B'));
  await late.until('missed and racing', () => [...missed, ...racing].every((x) => numbers(late).includes(x)), 8000);
  const more = [await create('FAN-B'), await create('FAN-B')];
  await late.until('more live', () => more.every((x) => numbers(late).includes(x)));
  await live.until('more live', () => more.every((x) => numbers(live).includes(x)));
  expect(numbers(late)).toEqual([...missed, ...racing, ...more]);
  const all = [marker, ...missed, ...racing, ...more];
  expect(numbers(live).filter((x) => all.includes(x!))).toEqual(all);
  await Promise.all([c1.dispose(), c2.dispose()]);
});

test('a deactivated member: every board of that class stops, the other class keeps receiving', async () => {
  const sw = await s.login('socialworker');
  const swSockets = [s.ws(sw), s.ws(sw)];
  const swBoards = swSockets.map((c) => feed(c, FanoutChanges, TYPES));
  const watcherSocket = s.ws(staff);
  const watcher = feed(watcherSocket, FanoutChanges, TYPES);
  for (const b of [...swBoards, watcher]) await untilFirstEvent(b, () => create('FAN-C'));

  const id = (await s.gql(FanoutMembers, {}, { token: admin })).data!.memberships.nodes.find((m) => m.login === 'socialworker')!.id;
  expect((await s.gql(FanoutMembershipUpdate, { input: { id, active: false } }, { token: admin })).data!.membershipUpdate.userErrors).toEqual([]);
  const after = [await create('FAN-C'), await create('FAN-C')];
  await watcher.until('watcher sees the later events', () => after.every((x) => numbers(watcher).includes(x)));
  await relayIdle(s.databaseUrl);
  const [{ seq: cut }] = await sql(s.databaseUrl, `select max(seq)::text as seq from outbox_event where type = 'tenancy.MemberUpdated'`);
  for (const b of swBoards) {
    await b.until('completed', () => b.completed);
    expect(b.events.filter((e) => BigInt(e.changes.cursor) > BigInt(cut))).toEqual([]);
  }
  expect((await s.gql(FanoutMembershipUpdate, { input: { id, active: true } }, { token: admin })).data!.membershipUpdate.userErrors).toEqual([]);
  await Promise.all([...swSockets, watcherSocket].map((c) => c.dispose()));
});

test('a board that stops reading is closed with 1013 once too much is queued for it, and nothing more is queued for it', async () => {
  // A raw graphql-ws client, so its socket can stop reading; 40 boards of one class on it, each
  // payload the household's 300-character address 28 times (about 25 KB a board and event).
  const SUBS = 40;
  const address = (n: string) => '金秋小区幸福路'.repeat(50).slice(0, 300 - n.length) + n;
  const heavy = `subscription($types: [String!]) { changes(types: $types) { cursor subject { ... on Household { ${Array.from({ length: 28 }, (_, i) => `a${i}: address`).join(' ')} } } } }`;
  const createHeavy = async () => {
    const number = `FAN-D-${++n}`;
    const r = await s.gql(FanoutHouseholdCreate, { input: { number, address: address(number) } }, { token: admin });
    expect(r.data!.householdCreate.userErrors).toEqual([]);
  };
  const raw = new WebSocket(s.wsUrl, 'graphql-transport-ws');
  const frames: { id?: string; type: string; bytes: number; text: string; binary: boolean }[] = [];
  raw.on('message', (d: Buffer, binary: boolean) => frames.push({ ...JSON.parse(String(d)), bytes: d.length, text: String(d), binary }));
  const closed = new Promise<number>((r) => raw.once('close', (code) => r(code)));
  await new Promise((r) => raw.once('open', r));
  raw.send(JSON.stringify({ type: 'connection_init', payload: { Authorization: `Bearer ${staff}` } }));
  await waitUntil('connection_ack', async () => frames.some((f) => f.type === 'connection_ack'));
  for (let i = 0; i < SUBS; i++) raw.send(JSON.stringify({ id: `h${i}`, type: 'subscribe', payload: { query: heavy, variables: TYPES } }));
  const nexts = () => frames.filter((f) => f.type === 'next');
  // Subscriptions register asynchronously: create until every board has had an event.
  await waitUntil(
    'every board live',
    async () => {
      await createHeavy();
      await new Promise((r) => setTimeout(r, 200));
      return new Set(nexts().map((f) => f.id)).size === SUBS;
    },
    15_000,
    0,
  );
  expect(frames.filter((f) => f.type === 'error')).toEqual([]);
  // Directly delivered frames are byte for byte what graphql-ws itself writes for that message.
  for (const f of nexts()) expect(f.text).toBe(stringifyMessage(JSON.parse(f.text)));
  expect(nexts().filter((f) => f.binary)).toEqual([]); // text frames, as the library sends them

  const socket = (raw as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  socket.pause();
  const before = nexts().length;
  const FIRED = 12; // ~12 MB for this socket: the kernel's buffers take ~4 MB, then the limit trips
  for (let i = 0; i < FIRED; i++) await createHeavy();
  await relayIdle(s.databaseUrl);
  await new Promise((r) => setTimeout(r, 500));
  socket.resume();
  expect(await Promise.race([closed, new Promise((r) => setTimeout(() => r('still open after 10 s'), 10_000))])).toBe(1013);
  const after = nexts().slice(before);
  expect(after.length).toBeGreaterThan(0);
  // What reached the client is what was queued before the cut: far from every board's every event.
  expect(after.length).toBeLessThan(SUBS * FIRED);
  expect(after.reduce((sum, f) => sum + f.bytes, 0)).toBeLessThan(8 * 1024 * 1024);
}, 60_000);

describe('the class key', () => {
  const ctx = (accountId: string, lang = 'zh-CN') => ({ viewer: { accountId, platformAdmin: false }, communityId: 'c1', lang }) as unknown as Ctx;
  const key = (c: Ctx, q: string, vars: Record<string, unknown>) => subscriptionShareKey(c, parse(q), undefined, vars, q);
  const Q = 'subscription($after: String, $types: [String!]) { changes(after: $after, types: $types) { cursor } }';

  test('leaves out the replay cursor, keeps every other variable, the caller and the language', () => {
    expect(key(ctx('a'), Q, { after: '1' })).toBe(key(ctx('a'), Q, { after: '9' }));
    expect(key(ctx('a'), Q, { after: '1' })).toBe(key(ctx('a'), Q, {}));
    expect(key(ctx('a'), Q, { types: ['x'] })).not.toBe(key(ctx('a'), Q, { types: ['y'] }));
    expect(key(ctx('a'), Q, {})).not.toBe(key(ctx('b'), Q, {}));
    expect(key(ctx('a'), Q, {})).not.toBe(key(ctx('a', 'en'), Q, {}));
  });

  test('keeps the cursor variable when it is used anywhere else in the document', () => {
    const q = 'subscription($after: String) { changes(after: $after) { cursor subject { ... on Household { members(after: $after) { totalCount } } } } }';
    expect(key(ctx('a'), q, { after: '1' })).not.toBe(key(ctx('a'), q, { after: '9' }));
  });
});
