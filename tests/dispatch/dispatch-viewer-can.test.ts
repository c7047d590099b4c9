// viewerCan on service requests (issue 14): for requests in every state of the dispatch state
// machine and callers in every relation to them (requester, dispatcher, taker, pool member,
// bystander, street), viewerCan agrees with what each mutation actually does (the generic check of
// tests/harness/viewer-can.ts); and a page of 100 requests with viewerCan costs the statements of
// a page of 10.
import type { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { quiet, statementsDuring } from '../harness/raw';
import { viewerCanAgreement } from '../harness/viewer-can';
import * as D from './dispatch-helpers';

const Can = graphql(`
  query DispatchViewerCan($id: ID!) {
    serviceRequest(id: $id) {
      id
      status
      viewerCan {
        dispatch
        claim
        handOver
        note
        escalate
        answerEscalation
        resolve
        rate
        reopen
        cancel
        reject
        merge
      }
    }
  }
`);
const Page = graphql(`
  query DispatchViewerCanPage($n: Int!) {
    serviceRequests(first: $n) {
      nodes {
        id
        status
        viewerCan {
          dispatch
          claim
          handOver
          note
          escalate
          answerEscalation
          resolve
          rate
          reopen
          cancel
          reject
          merge
        }
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const who = {} as Record<string, GqlOptions>;
let m: Record<string, string>;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const login of ['admin', 'staff', 'grid', 'volunteer', 'party', 'resident', 'street']) who[login] = { token: await s.login(login) };
  expect((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, who.admin)).data!.communityModuleConfigure.userErrors).toEqual(
    [],
  );
  const community = (await s.post({ query: '{ community { id } }' }, { authorization: `Bearer ${who.admin!.token}` }).then((r) => r.json())) as any;
  who.street!.headers = { 'x-community-id': community.data.community.id };
  m = await D.membershipIds(s, who.admin!);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

const ok = (p: { userErrors: readonly unknown[] }) => expect(p.userErrors).toEqual([]);

/** Filed by the resident for herself. */
async function submitted(): Promise<string> {
  const p = (await s.gql(D.DispatchCreate, { input: D.intake() }, who.resident)).data!.serviceRequestCreate;
  ok(p);
  return p.serviceRequest!.id;
}
/** Opened by the dispatcher to the mutual-help pool (residents and volunteers). */
async function open(): Promise<string> {
  const id = await submitted();
  ok((await s.gql(D.DispatchDispatch, { input: { id, mode: 'POOL', route: 'MUTUAL_HELP' } }, who.admin)).data!.serviceRequestDispatch);
  return id;
}
/** Assigned to the community worker. */
async function inProgress(): Promise<string> {
  const id = await submitted();
  ok((await s.gql(D.DispatchDispatch, { input: { id, mode: 'ASSIGN', taker: m.staff } }, who.admin)).data!.serviceRequestDispatch);
  return id;
}
async function escalated(): Promise<string> {
  const id = await inProgress();
  ok(
    (await s.gql(D.DispatchEscalate, { input: { id, target: 'DEPARTMENT', department: '街道办', body: '需部门协调' } }, who.staff)).data!
      .serviceRequestEscalate,
  );
  return id;
}
async function resolved(): Promise<string> {
  const id = await inProgress();
  ok((await s.gql(D.DispatchResolve, { input: { id, result: '已修复' } }, who.staff)).data!.serviceRequestResolve);
  return id;
}
/** Resolved longer ago than the rating / reopening window (72 h by default). */
async function resolvedLongAgo(): Promise<string> {
  const id = await resolved();
  await db.query(`update dispatch_request set resolved_at = now() - interval '100 hours' where id = $1`, [
    Buffer.from(id, 'base64url').toString().split(':')[2],
  ]);
  return id;
}
async function closed(): Promise<string> {
  const id = await resolved();
  ok((await s.gql(D.DispatchRate, { input: { id, rating: 5 } }, who.resident)).data!.serviceRequestRate);
  return id;
}
async function cancelled(): Promise<string> {
  const id = await submitted();
  ok((await s.gql(D.DispatchCancel, { input: { id, body: '已自行解决' } }, who.resident)).data!.serviceRequestCancel);
  return id;
}

test('viewerCan agrees with every request mutation, for every state and relation', async () => {
  const { disagreements, cells, allowed } = await viewerCanAgreement(s, {
    type: 'ServiceRequestViewerCan',
    states: {
      SUBMITTED: submitted,
      OPEN: open,
      IN_PROGRESS: inProgress,
      ESCALATED: escalated,
      RESOLVED: resolved,
      RESOLVED_LONG_AGO: resolvedLongAgo,
      CLOSED: closed,
      CANCELLED: cancelled,
    },
    callers: who,
    read: async (id, caller) => ((await s.gql(Can, { id }, caller)).data?.serviceRequest?.viewerCan as Record<string, boolean> | undefined) ?? null,
    attempts: {
      dispatch: (id, c) => s.gql(D.DispatchDispatch, { input: { id, mode: 'ASSIGN', taker: m.staff } }, c),
      claim: (id, c) => s.gql(D.DispatchClaim, { input: { id } }, c),
      handOver: (id, c) => s.gql(D.DispatchHandOver, { input: { id, taker: m.admin, body: '转交' } }, c),
      note: (id, c) => s.gql(D.DispatchNote, { input: { id, body: '进展' } }, c),
      escalate: (id, c) => s.gql(D.DispatchEscalate, { input: { id, target: 'DEPARTMENT', department: '街道办', body: '上报' } }, c),
      answerEscalation: (id, c) => s.gql(D.DispatchAnswer, { input: { id, body: '已答复' } }, c),
      resolve: (id, c) => s.gql(D.DispatchResolve, { input: { id, result: '办结' } }, c),
      rate: (id, c) => s.gql(D.DispatchRate, { input: { id, rating: 4 } }, c),
      reopen: (id, c) => s.gql(D.DispatchReopen, { input: { id, body: '没修好' } }, c),
      cancel: (id, c) => s.gql(D.DispatchCancel, { input: { id, body: '撤销' } }, c),
      reject: (id, c) => s.gql(D.DispatchReject, { input: { id, body: '不予受理' } }, c),
      merge: async (id, c) => s.gql(D.DispatchMerge, { input: { id, into: await submitted() } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  // Both sides really ran: many allowed and many denied cells.
  expect(cells).toBe(8 * 12 * 7);
  expect(allowed).toBeGreaterThan(40);
  expect(cells - allowed).toBeGreaterThan(300);
}, 600_000);

test('what each relation may do, as a front end reads it', async () => {
  const id = await open();
  const can = async (login: string) => (await s.gql(Can, { id }, who[login])).data!.serviceRequest?.viewerCan;
  expect(await can('volunteer')).toMatchObject({ claim: true, resolve: false, dispatch: false }); // in the mutual-help pool
  expect(await can('resident')).toMatchObject({ cancel: true, note: true, rate: false, dispatch: false }); // the requester
  expect(await can('admin')).toMatchObject({ dispatch: true, reject: true, merge: true, claim: false }); // the dispatcher, not in the pool
  expect(await can('party')).toBeUndefined(); // a bystander does not see it at all
});

/** The relay's and the event consumers' background work (after earlier mutations) is not the page's. */
const background = (q: string) => /outbox_event|event_consumer|pg_advisory|^\s*(BEGIN|COMMIT|ROLLBACK)\b|^\s*$/i.test(q);

test('a page of 100 requests with viewerCan costs the statements of a page of 10', async () => {
  // Requests in several states and relations (on top of what earlier tests left).
  const mix = [inProgress, submitted, open, resolved, escalated];
  for (let i = 0; (await db.query('select count(*)::int as n from dispatch_request')).rows[0].n < 120; i++) await mix[i % mix.length]!();
  const page = async (n: number, caller: GqlOptions) => {
    let rows: { id: string; viewerCan: object }[] = [];
    const statements = await statementsDuring(s, async () => {
      const r = await s.gql(Page, { n }, caller);
      expect(r.errors).toBeUndefined();
      rows = r.data!.serviceRequests.nodes;
    });
    return { rows, statements: statements.filter((q) => !background(q)) };
  };
  await quiet(s);
  for (const caller of [who.admin!, who.staff!, who.resident!]) {
    await page(10, caller); // warm: prepared statements
    const small = await page(10, caller);
    const large = await page(100, caller);
    expect(large.rows.length).toBeGreaterThan(small.rows.length);
    expect(large.statements).toEqual(small.statements);
    expect(large.statements.length).toBeLessThan(6);
  }
  // The page's batched answers are the single request's, row by row, and not all alike.
  const rows = (await page(100, who.staff!)).rows;
  for (const r of rows) expect([r.id, r.viewerCan]).toEqual([r.id, (await s.gql(Can, { id: r.id }, who.staff)).data!.serviceRequest!.viewerCan]);
  expect(new Set(rows.map((r) => JSON.stringify(r.viewerCan))).size).toBeGreaterThanOrEqual(3);
}, 300_000);
