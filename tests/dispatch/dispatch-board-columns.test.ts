// A page of requests reads only the columns its selection needs (board.selection.ts), and joins
// the requester and household only when asked. What it answers must not change: every field of
// every row, read through the pruned page, equals the same field read by id (the full entity),
// for staff, a dispatcher and a resident who sees only their own requests.
import { startTestServer, type TestServer } from '../harness/server';
import { ok } from '../harness/payload';
import { rawData, statementsDuring } from '../harness/raw';
import * as D from './dispatch-helpers';

let s: TestServer;
const tok: Record<string, string> = {};

// Requests in several states, by a resident and on a resident's behalf, with and without a household.
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'resident']) tok[l] = await s.login(l);
  const as = (l: string) => ({ token: tok[l] });
  for (const moduleKey of ['dispatch', 'party'])
    ok((await s.gql(D.DispatchConfigure, { input: { moduleKey, enabled: true } }, as('admin'))).data?.communityModuleConfigure);
  const m = await D.membershipIds(s, as('admin'));
  const people = (await s.gql(D.DispatchResidents, {}, as('admin'))).data!.residents.nodes;
  const create = async (who: string, over: Record<string, unknown> = {}) =>
    ok((await s.gql(D.DispatchCreate, { input: D.intake(over) }, as(who))).data?.serviceRequestCreate).serviceRequest!;
  await create('resident');
  // A reference stored before photo uploads existed (kept as plain text by the migration).
  const wish = await create('resident', { kind: 'wish' });
  const c = await D.pg(s.databaseUrl);
  await c.query(`update dispatch_request set legacy_attachments = '{oss://wish/1.jpg}' where id = $1`, [
    Buffer.from(wish.id, 'base64url').toString().split(':')[2],
  ]);
  await c.end();
  for (const p of people.slice(0, 3))
    await create('staff', { requester: p.id, household: p.household?.id ?? null, address: p.household ? null : '金秋小区 5 栋', kind: 'expectation' });
  const taken = await create('resident');
  const sw = (await rawData(s, '{ socialWorkers(first: 1) { nodes { id } } }', {}, tok.admin!)).socialWorkers.nodes[0].id;
  ok(
    (await s.gql(D.DispatchDispatch, { input: { id: taken.id, mode: 'ASSIGN', taker: m.staff, assistants: [sw] } }, as('staff'))).data?.serviceRequestDispatch,
  );
  ok((await s.gql(D.DispatchNote, { input: { id: taken.id, body: '已联系物业' } }, as('staff'))).data?.serviceRequestNote);
  const done = await create('resident');
  ok((await s.gql(D.DispatchDispatch, { input: { id: done.id, mode: 'ASSIGN', taker: m.staff } }, as('staff'))).data?.serviceRequestDispatch);
  ok((await s.gql(D.DispatchResolve, { input: { id: done.id, result: '已更换灯泡', minutesSpent: 30 } }, as('staff'))).data?.serviceRequestResolve);
  ok((await s.gql(D.DispatchRate, { input: { id: done.id, rating: 5, comment: '很及时' } }, as('resident'))).data?.serviceRequestRate);
  const dup = await create('resident');
  ok((await s.gql(D.DispatchMerge, { input: { id: dup.id, into: taken.id, body: '重复' } }, as('staff'))).data?.serviceRequestMerge);
  // Escalated to a party target (街道吹哨), so the target edge has a value on a row.
  const target = (await rawData(s, '{ dispatchEscalationTargets { name source } }', {}, tok.staff!)).dispatchEscalationTargets.find(
    (t: { source: string }) => t.source === 'PARTY',
  );
  expect(target).toBeDefined();
  const escalated = await create('resident');
  ok(
    (await s.gql(D.DispatchEscalate, { input: { id: escalated.id, target: 'DEPARTMENT', department: target.name, body: '需部门协调' } }, as('staff'))).data
      ?.serviceRequestEscalate,
  );
  const cancelled = await create('resident');
  ok((await s.gql(D.DispatchCancel, { input: { id: cancelled.id, body: '已自行解决' } }, as('resident'))).data?.serviceRequestCancel);
});
afterAll(async () => {
  await s?.stop();
});

const post = (query: string, variables: Record<string, unknown>, who: string) => rawData(s, query, variables, tok[who]!);
/** The page statements the server sends while `fn` runs. */
const sqlOf = async (fn: () => Promise<unknown>) => (await statementsDuring(s, fn)).filter((q) => /from dispatch_request s/.test(q));

const EVERY_FIELD = `
  fragment Every on ServiceRequest {
    id title description address legacyAttachments attachments { key contentType size width height } category kind channel status onBehalf route takerName
    escalationTarget escalatedTo escalatedToTarget escalationAnswer dueAt overdueAt overdue dispatchedAt takenAt
    resolvedAt closedAt result rating ratingComment closeReason reopenCount gridUnit assistantIds
    grid { id name } taker { id displayName } escalatedToPartyTarget { id name }
    assistants { ... on SocialWorker { id name } ... on SocialOrganization { id name } }
    mergedInto { id status }
    log { action fromStatus toStatus }
    requester { id name gender relationToHead movedOutAt age phone idNumber household { id number } sensitive { disability hardship } }
    household { id number address building closedAt tags members { id name } }
  }`;

test.each(['admin', 'staff', 'resident'])('every field of every row is the same through the page as by id (%s)', async (who) => {
  const page = await post(`query P { serviceRequests(first: 20) { nodes { ...Every } } } ${EVERY_FIELD}`, {}, who);
  const rows = page.serviceRequests.nodes as { id: string }[];
  expect(rows.length).toBeGreaterThan(who === 'resident' ? 3 : 8);
  const byId = [];
  for (const r of rows) byId.push((await post(`query N($id: ID!) { serviceRequest(id: $id) { ...Every } } ${EVERY_FIELD}`, { id: r.id }, who)).serviceRequest);
  expect(rows).toEqual(byId);
});

test('the page reads the columns its selection needs, and joins only what it asks for', async () => {
  const narrow = await sqlOf(() => post('{ dispatchBoard(first: 20) { nodes { id title status } } }', {}, 'admin'));
  expect(narrow).toHaveLength(1);
  expect(narrow[0]).not.toMatch(/join resident|join household/);
  expect(narrow[0]).not.toMatch(/"description"/);
  expect(narrow[0]).toMatch(/s\."title"/);

  const withPeople = await sqlOf(() =>
    post(
      '{ dispatchBoard(first: 20) { edges { node { ...R } } } } fragment R on ServiceRequest { requester { name phone } household { number } }',
      {},
      'admin',
    ),
  );
  expect(withPeople[0]).toMatch(/join resident r/);
  expect(withPeople[0]).toMatch(/r\."phone_enc"/);
  expect(withPeople[0]).not.toMatch(/r\."id_number_enc"/);
  expect(withPeople[0]).toMatch(/join household h/);
  expect(withPeople[0]).not.toMatch(/h\."tags"/);

  // The edges into other modules read only their id columns of the request.
  const edges = await sqlOf(() =>
    post(
      '{ dispatchBoard(first: 20) { nodes { grid { name } taker { displayName } assistants { ... on SocialWorker { name } } escalatedToPartyTarget { name } } } }',
      {},
      'admin',
    ),
  );
  expect(edges).toHaveLength(1);
  for (const c of ['grid_unit_id', 'taker_account_id', 'assistants', 'escalation_target_id']) expect(edges[0]).toMatch(new RegExp(`s\\."${c}"`));
  expect(edges[0]).not.toMatch(/s\."title"|s\."taker_name"|join resident|join household/);

  // One statement per page at any selection: the joins replace per-row lookups.
  const wide = await sqlOf(() => post(`{ serviceRequests(first: 20) { nodes { ...Every } } } ${EVERY_FIELD}`, {}, 'admin'));
  expect(wide).toHaveLength(1);
});
