// Residents' live feed and in-app inbox end to end (GraphQL over HTTP, graphql-ws, real
// PostgreSQL): a resident subscribes to `myChanges`, staff dispatch, a volunteer claims, a taker
// resolves her request; she gets each event live, and after a reconnect catches up from her cursor
// with no gap and no duplicate, never seeing another resident's request. The inbox counts and
// marks read, renders in her language, gives a daily digest, notifies once when events are
// delivered twice, and keeps to the account and community.
import type { Client } from 'pg';
import { collect, startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { createCommunity } from '../harness/community';
import * as D from '../dispatch/dispatch-helpers';
import * as N from './notifications-helpers';
import { toGlobalId } from '../../src/schema/global-id';

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};

const ok = <T extends { userErrors: { code: string }[] }>(p: T | null | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const file = async (who: GqlOptions) =>
  ok((await s.gql(D.DispatchCreate, { input: D.intake({ kind: 'wish', address: '金秋小区 3 栋' }) }, who)).data!.serviceRequestCreate).serviceRequest!;
const dispatchPool = async (id: string) => ok((await s.gql(D.DispatchDispatch, { input: { id, mode: 'POOL' } }, as.staff)).data!.serviceRequestDispatch);
const claim = async (id: string) => ok((await s.gql(D.DispatchClaim, { input: { id } }, as.party)).data!.serviceRequestClaim);
const resolve = async (id: string) => ok((await s.gql(D.DispatchResolve, { input: { id, result: '已修好' } }, as.party)).data!.serviceRequestResolve);
const rawId = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':').at(-1)!;
/** Lets the relay publish and the consumers (the inbox's among them) catch up. */
const settle = async () => {
  for (let i = 0; i < 3; i++) {
    s.wushe.app.relay.kick();
    await new Promise((r) => setTimeout(r, 50));
    await s.wushe.consumers.idle();
  }
};
const unread = async (who: GqlOptions) => (await s.gql(N.UnreadCount, {}, who)).data!.notificationUnreadCount;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'party', 'resident', 'volunteer']) as[l] = { token: await s.login(l) };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data!.communityModuleConfigure);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

let mine: string; // the resident's request
let other: string; // the volunteer's (another resident)

test('she gets her own request’s events live, catches up after a reconnect with no gap and no duplicate, and sees nothing of another resident’s', async () => {
  const client = s.ws(as.resident.token);
  const sub = collect(client, N.MyChangesLive, { after: '0' });
  // Subscribe-then-act: the first live event may race the listener, so the replay from 0 covers it.
  mine = (await file(as.resident)).id;
  other = (await file(as.volunteer)).id;
  await dispatchPool(mine);
  await dispatchPool(other);
  await claim(mine);
  await sub.waitFor(3, 8000);
  const live = sub.events.map((e: any) => {
    expect(e.errors).toBeUndefined();
    return e.data.myChanges;
  });
  expect(live.map((e: any) => e.type)).toEqual(['dispatch.RequestCreated', 'dispatch.RequestDispatched', 'dispatch.RequestClaimed']);
  expect(live.every((e: any) => e.subjectId === mine && e.subjectType === 'ServiceRequest')).toBe(true);
  expect(live.map((e: any) => e.status)).toEqual(['SUBMITTED', 'OPEN', 'IN_PROGRESS']);
  const last = live.at(-1).cursor;
  sub.stop();
  await client.dispose();

  // While she is away: her request is resolved, the other one claimed.
  await resolve(mine);
  await claim(other);
  const again = collect(s.ws(as.resident.token), N.MyChangesLive, { after: last });
  // And once she is back: she rates it (live).
  ok((await s.gql(D.DispatchRate, { input: { id: mine, rating: 5 } }, as.resident)).data!.serviceRequestRate);
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline && !again.events.some((e: any) => e.data?.myChanges.type === 'dispatch.RequestRated'))
    await again.waitFor(again.events.length + 1, 200);
  const caught = again.events.map((e: any) => e.data.myChanges);
  expect(caught.map((e: any) => e.type)).toEqual(['dispatch.RequestResolved', 'dispatch.RequestRated']);
  const cursors = [...live, ...caught].map((e: any) => e.cursor);
  expect(new Set(cursors).size).toBe(cursors.length);
  // No gap: exactly the outbox events of her request, in order.
  const expected = (await db.query(`select seq::text from outbox_event where subject_id = $1 and type like 'dispatch.%' order by seq`, [rawId(mine)])).rows.map(
    (r) => r.seq,
  );
  expect(cursors).toEqual(expected);
  again.stop();

  // The catch-up query gives the same, in pages.
  const p1 = (await s.gql(N.MyChanges, { after: '0', first: 2 }, as.resident)).data!.myChanges;
  const p2 = (await s.gql(N.MyChanges, { after: p1.endCursor, first: 100 }, as.resident)).data!.myChanges;
  expect([...p1.events, ...p2.events].map((e) => e.cursor)).toEqual(expected);
  expect([p1.hasMore, p2.hasMore]).toEqual([true, false]);
  // The other resident's feed has only her own request; staff who filed nothing see nothing.
  const hers = (await s.gql(N.MyChanges, { after: '0' }, as.volunteer)).data!.myChanges.events;
  expect(hers.length).toBeGreaterThan(0);
  expect(hers.every((e) => e.subjectId === other)).toBe(true);
  expect((await s.gql(N.MyChanges, { after: '0' }, as.staff)).data!.myChanges.events).toEqual([]);
  expect(D.codes(await s.gql(N.MyChanges, { after: 'x' }, as.resident))).toEqual(['BAD_USER_INPUT']);
});

test('a request filed for her by staff reaches her through her resident record', async () => {
  const residents = (await s.gql(D.DispatchResidents, {}, as.admin)).data!.residents.nodes;
  const residentId = residents[0]!.id;
  // Link the resident login to a resident record (membership.resident_id), as 绑定居民 does.
  const [{ account_id: acc }] = (await db.query(`select a.id as account_id from account a where a.login = 'resident'`)).rows;
  await db.query('update membership set resident_id = $1 where account_id = $2', [rawId(residentId), acc]);
  s.wushe.app.accessCache.clear();
  const req = ok(
    (await s.gql(D.DispatchCreate, { input: D.intake({ kind: 'wish', requester: residentId, address: null }) }, as.staff)).data!.serviceRequestCreate,
  ).serviceRequest!;
  await dispatchPool(req.id);
  await settle(); // events are numbered by the relay after commit
  const feed = (await s.gql(N.MyChanges, { after: '0' }, as.resident)).data!.myChanges.events;
  expect(feed.filter((e) => e.subjectId === req.id).map((e) => e.type)).toEqual(['dispatch.RequestCreated', 'dispatch.RequestDispatched']);
  const inbox = (await s.gql(N.Inbox, { first: 1 }, as.resident)).data!.notifications.nodes;
  expect(inbox[0]).toMatchObject({ ruleKey: 'dispatch.requestDispatched', subjectId: req.id });
  await db.query('update membership set resident_id = null where account_id = $1', [acc]);
  s.wushe.app.accessCache.clear();
});

test('inbox: unread count, newest first, her language, mark one and all read, digest', async () => {
  await settle();
  const page = (await s.gql(N.Inbox, { first: 20 }, as.resident)).data!.notifications;
  const onMine = page.nodes.filter((n) => n.subjectId === mine);
  expect(onMine.map((n) => n.ruleKey)).toEqual(['dispatch.requestResolved', 'dispatch.requestClaimed', 'dispatch.requestDispatched']);
  expect(onMine[0]).toMatchObject({ title: '您的诉求已办结', eventType: 'dispatch.RequestResolved', read: false, readAt: null, subjectType: 'ServiceRequest' });
  // No other person's data: fixed texts only (no taker's name, no phone).
  for (const n of page.nodes) expect(`${n.title}${n.body}`).not.toMatch(/赵磊|王敏|\d{6,}/);
  const total = await unread(as.resident);
  expect(total).toBe(page.totalCount);
  expect(total).toBe(4); // three on her own request, one on the one filed for her
  expect(await unread(as.volunteer)).toBe(2); // dispatched, claimed
  expect(await unread(as.staff)).toBe(0);
  const en = (await s.gql(N.Inbox, { first: 1 }, { ...as.resident, headers: { 'accept-language': 'en' } })).data!.notifications.nodes[0]!;
  expect(en.title).toMatch(/^Your request/);

  const one = ok((await s.gql(N.MarkRead, { input: { ids: [onMine[0]!.id] } }, as.resident)).data!.notificationMarkRead);
  expect(one.notifications).toEqual([{ id: onMine[0]!.id, read: true }]);
  expect(one.unreadCount).toBe(total - 1);
  expect((await s.gql(N.Inbox, { unreadOnly: true }, as.resident)).data!.notifications.nodes.map((n) => n.id)).not.toContain(onMine[0]!.id);
  // Someone else's notification is refused like a missing one, and nothing is marked.
  const hers = (await s.gql(N.Inbox, {}, as.volunteer)).data!.notifications.nodes[0]!;
  const refused = (await s.gql(N.MarkRead, { input: { ids: [onMine[1]!.id, hers.id] } }, as.resident)).data!.notificationMarkRead;
  expect(refused.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'ids'] }]);
  expect(await unread(as.resident)).toBe(total - 1);
  expect(await unread(as.volunteer)).toBe(2);
  expect((await s.gql(N.NodeNotification, { id: hers.id }, as.resident)).data!.node).toBeNull();
  expect((await s.gql(N.NodeNotification, { id: hers.id }, as.volunteer)).data!.node).toMatchObject({ id: hers.id });

  const digest = (await s.gql(N.Digest, {}, as.resident)).data!.notificationDigest;
  expect(digest.total).toBe(total);
  expect(digest.unread).toBe(total - 1);
  expect(digest.groups.find((g) => g.ruleKey === 'dispatch.requestDispatched')).toMatchObject({ title: '您的诉求已派单', count: 2, unread: 2 });
  expect((await s.gql(N.Digest, { day: '2020-01-01' }, as.resident)).data!.notificationDigest).toMatchObject({ total: 0, groups: [] });
  expect(D.codes(await s.gql(N.Digest, { day: 'yesterday' }, as.resident))).toEqual(['BAD_USER_INPUT']);

  const all = ok((await s.gql(N.MarkAllRead, {}, as.resident)).data!.notificationMarkAllRead);
  expect([all.marked, all.unreadCount]).toEqual([total - 1, 0]);
  expect(await unread(as.volunteer)).toBe(2);
});

test('an event delivered twice notifies once: replaying the inbox consumer from the start changes nothing', async () => {
  await settle();
  const before = (await db.query('select count(*)::int as n from notification')).rows[0].n;
  expect(before).toBeGreaterThan(0);
  const consumers = await db.query(`update event_consumer set last_seq = 0 where consumer like 'notifications:%' returning consumer`);
  expect(consumers.rowCount).toBe(1);
  s.wushe.consumers.kick();
  await s.wushe.consumers.idle();
  await settle();
  const after = (await db.query('select count(*)::int as n from notification')).rows[0].n;
  expect(after).toBe(before);
  expect((await db.query(`select last_seq > 0 as moved from event_consumer where consumer like 'notifications:%'`)).rows[0].moved).toBe(true);
});

test('tenant isolation: another community’s member sees none of it and cannot mark it read', async () => {
  const { admin } = await createCommunity(s, { name: '通知隔离社区' });
  const hers = (await s.gql(N.Inbox, {}, as.volunteer)).data!.notifications.nodes[0]!;
  const foreign = await s.gql(N.MarkRead, { input: { ids: [hers.id] } }, admin);
  const random = await s.gql(N.MarkRead, { input: { ids: [toGlobalId('Notification', '0190e0f4-0000-7000-8000-000000000000')] } }, admin);
  expect(foreign.data!.notificationMarkRead.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'ids'] }]);
  expect(foreign.data!.notificationMarkRead.userErrors).toEqual(random.data!.notificationMarkRead.userErrors);
  expect(await unread(as.volunteer)).toBe(2);
  expect((await s.gql(N.NodeNotification, { id: hers.id }, admin)).data!.node).toBeNull();
  expect(await unread(admin)).toBe(0);
  expect((await s.gql(N.MyChanges, { after: '0' }, admin)).data!.myChanges.events).toEqual([]);
});
