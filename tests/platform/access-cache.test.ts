// The access cache of live events (src/plugins/access.ts AccessCache): what it serves is never
// older than its life from when the read began, an access-changing event (`clear`) is never
// undone by a read begun before it, sessions of one account are kept apart, and callers served
// together are re-read ahead in the background so a stream of events does not wait on them.
import { AccessCache, type Access } from '../../src/plugins/access';
import type { Viewer } from '../../src/schema/identity/viewer.types';

const TTL = 1000;
/** A clock turned by hand, so nothing here depends on the machine's timing. */
function clock() {
  let t = 1_000_000;
  return { now: () => t, pass: (ms: number) => void (t += ms) };
}
/** Lets a re-read begun after the turn (setImmediate) start and settle. */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setImmediate(r));
};
const viewer = (accountId: string, sessionId: string | null = null): Viewer => ({ accountId, platformAdmin: false, sessionId });
/** An access whose display name says which read made it. */
const made = (read: number) => ({ displayName: `read ${read}` }) as Access;

/** A loader counting its reads; `gate` (when set) holds every read until released. */
function loader() {
  let reads = 0;
  let gate: Promise<void> | null = null;
  const calls: Viewer[][] = [];
  return {
    get reads() {
      return reads;
    },
    calls,
    hold() {
      let release!: () => void;
      gate = new Promise((r) => (release = r));
      return () => ((gate = null), release());
    },
    loadMany: async (vs: Viewer[]) => {
      const read = ++reads;
      calls.push(vs);
      if (gate) await gate;
      return vs.map(() => made(read));
    },
  };
}
const names = (as: Access[]) => as.map((a) => a.displayName);

/** A cache that has read `vs` once, its clock then past half the entries' life. */
async function ageing(vs: Viewer[]) {
  const c = clock();
  const cache = new AccessCache(TTL, c.now);
  const l = loader();
  await cache.getMany(vs, 'c1', l.loadMany);
  c.pass(TTL * 0.6);
  return { c, cache, l };
}

test('many callers are read once together, then served from the cache while young', async () => {
  const c = clock();
  const cache = new AccessCache(TTL, c.now);
  const l = loader();
  const vs = [viewer('a'), viewer('b'), viewer('a')];
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 1', 'read 1', 'read 1']);
  expect(l.calls[0]!.map((v) => v.accountId)).toEqual(['a', 'b']); // one caller, one read
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 1', 'read 1', 'read 1']);
  expect(l.reads).toBe(1);
  // Another community is another entry.
  await cache.getMany([viewer('a')], 'c2', l.loadMany);
  expect(l.reads).toBe(2);
});

test('past half its life an entry is re-read in the background; what is served is never older than its life', async () => {
  const vs = [viewer('a'), viewer('b')];
  const { c, cache, l } = await ageing(vs);
  // Still young enough: served at once, and a re-read starts after this turn.
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 1', 'read 1']);
  expect(l.reads).toBe(1);
  await settle();
  expect(l.reads).toBe(2);
  // Past the first read's life: the re-read's value, without waiting on another read.
  c.pass(TTL * 0.45);
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 2', 'read 2']);
  await settle();
  expect(l.reads).toBe(2);
  // Nobody asks for a while: the entry dies and the next event waits on a fresh read.
  c.pass(TTL * 1.1);
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 3', 'read 3']);
});

test('a re-read ahead given something to wait for (the sends of an event) starts only once it settles', async () => {
  const vs = [viewer('a')];
  const { c, cache, l } = await ageing(vs);
  let served!: () => void;
  const sent = new Promise<void>((r) => (served = r));
  expect(names(await cache.getMany(vs, 'c1', l.loadMany, sent))).toEqual(['read 1']);
  await settle();
  expect(l.reads).toBe(1);
  served();
  await settle();
  expect(l.reads).toBe(2);
  c.pass(TTL * 0.45);
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 2']);
});

test('a clear while a re-read is under way: the re-read is dropped, nothing from before the change is served', async () => {
  const vs = [viewer('a')];
  const { cache, l } = await ageing(vs);
  const release = l.hold();
  await cache.getMany(vs, 'c1', l.loadMany); // starts the re-read (held)
  await settle();
  expect(l.reads).toBe(2);
  cache.clear(); // an access-changing event passed
  release();
  await settle();
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 3']);
});

test('a clear before a waiting re-read starts: it never starts (the entries it would refresh are gone)', async () => {
  const vs = [viewer('a')];
  const { cache, l } = await ageing(vs);
  let served!: () => void;
  await cache.getMany(vs, 'c1', l.loadMany, new Promise<void>((r) => (served = r)));
  cache.clear();
  served();
  await settle();
  expect(l.reads).toBe(1);
  expect(names(await cache.getMany(vs, 'c1', l.loadMany))).toEqual(['read 2']);
});

test("an account's sessions are separate entries (one's revocation is not another's standing)", async () => {
  const c = clock();
  const cache = new AccessCache(TTL, c.now);
  const l = loader();
  await cache.getMany([viewer('a', 's1')], 'c1', l.loadMany);
  await cache.getMany([viewer('a', 's2')], 'c1', l.loadMany);
  expect(l.reads).toBe(2);
  const one = await cache.get(viewer('a', 's1'), 'c1', async () => made(99));
  expect(one.displayName).toBe('read 1');
});

test('a failed read is not kept', async () => {
  const c = clock();
  const cache = new AccessCache(TTL, c.now);
  await expect(cache.getMany([viewer('a')], 'c1', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
  const l = loader();
  expect(names(await cache.getMany([viewer('a')], 'c1', l.loadMany))).toEqual(['read 1']);
});

test('a re-read that finds the same access keeps the object served before (what was derived from it stays valid); a changed one replaces it', async () => {
  const c = clock();
  const cache = new AccessCache(TTL, c.now);
  const access = (credential: Access['credential'], grants: string[]): Access => ({
    communityId: 'c1',
    roles: new Set(['COMMUNITY_STAFF']),
    permissions: new Set(['dispatch.request.read']),
    enabledModules: new Set(['core', 'dispatch']),
    preset: 'p',
    modules: new Map([['dispatch', { enabled: true, settings: { x: 1 }, settingsVersion: 3, rolePermissions: { COMMUNITY_STAFF: { grant: grants } } }]]),
    displayName: '张三',
    residentId: null,
    credential,
  });
  let next = access('live', ['a']);
  let reads = 0;
  const loadMany = async (vs: Viewer[]) => (reads++, vs.map(() => next));
  const vs = [viewer('a')];
  const [first] = await cache.getMany(vs, 'c1', loadMany);
  c.pass(TTL * 0.45);
  /** The entry's next life: past half its life a re-read runs; once the old read is too old, its value. */
  const afterReread = async () => {
    c.pass(TTL * 0.1);
    await cache.getMany(vs, 'c1', loadMany);
    await settle();
    c.pass(TTL * 0.45); // the old read is now TTL old; the re-read 0.45 TTL (no further re-read yet)
    const calls = reads;
    const [a] = await cache.getMany(vs, 'c1', loadMany);
    expect(reads).toBe(calls); // served from the re-read, not read again
    return a!;
  };
  // Equal in every field, but another object (as every read makes): the first one stays.
  next = access('live', ['a']);
  expect(await afterReread()).toBe(first);
  // A module's role grants changed (no event said so): the re-read's object is served.
  next = access('live', ['a', 'b']);
  const changed = await afterReread();
  expect(changed).not.toBe(first);
  expect(changed.modules.get('dispatch')!.rolePermissions.COMMUNITY_STAFF!.grant).toEqual(['a', 'b']);
  // The session was revoked: likewise.
  next = access('revoked', ['a', 'b']);
  expect((await afterReread()).credential).toBe('revoked');
});
