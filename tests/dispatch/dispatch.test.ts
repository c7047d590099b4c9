// 民需派单 end to end through GraphQL on a real server and PostgreSQL: the whole loop
// 收·分·跟·结·评 for each of the three kinds under the community dispatcher, escalation (部门 and
// 书记工作室), hand-over, reopen, auto-close and overdue sweeps (one event each), cancel / reject /
// merge with reasons, nothing deleted, residents seeing only their own, INVALID_STATE.
import type { Client } from 'pg';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { dispatchSweep } from '../../src/modules/dispatch/dispatch.jobs';
import { dispatchRemind } from '../../src/modules/dispatch/reminders.jobs';
import * as D from './dispatch-helpers';
import { graphql } from '../gql';

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};
let m: Record<string, string>;
let residentId: string;

const ok = <T extends { userErrors: { code: string }[] }>(p: T | null | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const events = async (id: string, type: string) =>
  (
    await db.query(`select data from outbox_event where type = $1 and subject_id = $2 order by id`, [
      type,
      Buffer.from(id, 'base64url').toString().split(':')[2],
    ])
  ).rows.map((r) => r.data);
const rawId = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;
const sweep = () => s.wushe.jobs.run('dispatch.sweep');

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident']) as[l] = { token: await s.login(l) };
  expect((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data!.communityModuleConfigure.userErrors).toEqual(
    [],
  );
  m = await D.membershipIds(s, as.admin);
  // The demo `resident` login is linked to a resident record: staff file on that resident's behalf.
  const r = (await s.gql(D.DispatchResidents, {}, as.admin)).data!.residents.nodes[0]!;
  residentId = r.id;
  await db.query(`update membership set resident_id = $1 where id = $2`, [rawId(residentId), rawId(m.resident!)]);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

async function create(who: GqlOptions, over: Record<string, unknown> = {}) {
  return ok((await s.gql(D.DispatchCreate, { input: D.intake(over) }, who)).data!.serviceRequestCreate).serviceRequest!;
}

describe('the whole loop for each kind under the community dispatcher (社区派单)', () => {
  test('常规单 routine: resident files → staff assigns the party organization → notes → resolves → rated', async () => {
    const req = await create(as.resident);
    expect(req.status).toBe('SUBMITTED');
    expect(req.requester?.id).toBe(residentId);
    // A grid worker sees only their grid (this request is in none): not found, nothing dispatched.
    const denied = await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'ASSIGN', taker: m.staff } }, as.grid);
    expect(denied.data!.serviceRequestDispatch.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    // A party member is not a taker of the party-organization route.
    const wrong = await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'ASSIGN', taker: m.party } }, as.staff);
    expect(wrong.data!.serviceRequestDispatch.userErrors.map((e) => e.code)).toEqual(['DISPATCH_TAKER_INELIGIBLE']);
    const dr = await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'ASSIGN', taker: m.staff } }, as.staff);
    const d = ok(dr.data!.serviceRequestDispatch);
    expect(d.serviceRequest).toMatchObject({ status: 'IN_PROGRESS', route: 'PARTY_ORGANIZATION', takerName: '社区工作者 王敏' });
    ok((await s.gql(D.DispatchNote, { input: { id: req.id, body: '已联系电工，明天上午维修' } }, as.staff)).data!.serviceRequestNote);
    ok((await s.gql(D.DispatchResolve, { input: { id: req.id, result: '已更换灯泡', minutesSpent: 45 } }, as.staff)).data!.serviceRequestResolve);
    // Only the requester rates.
    const staffRates = await s.gql(D.DispatchRate, { input: { id: req.id, rating: 5 } }, as.staff);
    expect(staffRates.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const bad = await s.gql(D.DispatchRate, { input: { id: req.id, rating: 6 } }, as.resident);
    expect(bad.data!.serviceRequestRate.userErrors.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
    const rated = ok((await s.gql(D.DispatchRate, { input: { id: req.id, rating: 5, comment: '很及时' } }, as.resident)).data!.serviceRequestRate);
    expect(rated.serviceRequest).toMatchObject({ status: 'CLOSED', rating: 5, ratingComment: '很及时' });
    const [ev] = await events(req.id, 'dispatch.RequestRated');
    const takerAccount = (await db.query(`select account_id from membership where id = $1`, [rawId(m.staff!)])).rows[0].account_id;
    expect(ev).toMatchObject({
      requestId: rawId(req.id),
      rating: 5,
      takerAccountId: takerAccount,
      takerVolunteerId: null,
      requesterResidentId: rawId(residentId),
      minutesSpent: 45,
    });
    expect(Object.keys(ev)).toEqual(expect.arrayContaining(['householdId']));
    const log = (await s.gql(D.DispatchGet, { id: req.id }, as.resident)).data!.serviceRequest!.log.map((l) => l.action);
    expect(log).toEqual(['create', 'assign', 'note', 'resolve', 'rate']);
    // Illegal now: INVALID_STATE with the current state.
    const again = await s.gql(D.DispatchResolve, { input: { id: req.id, result: 'x' } }, as.staff);
    expect(again.data!.serviceRequestResolve.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('CLOSED') }),
    ]);
  });

  test("心愿单 wish: staff files on a resident's behalf → opened to reporting party members → claimed → resolved → rated", async () => {
    const req = await create(as.staff, { kind: 'wish', category: 'care', channel: 'WISH_WALL', requester: residentId, address: null });
    expect(req).toMatchObject({ onBehalf: true, requester: { id: residentId } });
    expect(req.household?.id).toBeTruthy(); // from the resident's household
    // A resident cannot file for somebody else.
    const other = (await s.gql(D.DispatchResidents, {}, as.admin)).data!.residents.nodes[1]!.id;
    const forbidden = await s.gql(D.DispatchCreate, { input: D.intake({ requester: other }) }, as.volunteer);
    expect(forbidden.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const d = ok((await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'POOL', assistants: [] } }, as.staff)).data!.serviceRequestDispatch);
    expect(d.serviceRequest).toMatchObject({ status: 'OPEN', route: 'PARTY_MEMBERS' });
    // The pool sees it; a co-building unit member (other pool) does not.
    expect((await s.gql(D.DispatchGet, { id: req.id }, as.party)).data!.serviceRequest?.status).toBe('OPEN');
    expect((await s.gql(D.DispatchGet, { id: req.id }, as.cobuild)).data!.serviceRequest).toBeNull();
    const notPool = await s.gql(D.DispatchClaim, { input: { id: req.id } }, as.volunteer);
    expect(notPool.data!.serviceRequestClaim.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
    const c = ok((await s.gql(D.DispatchClaim, { input: { id: req.id } }, as.party)).data!.serviceRequestClaim);
    expect(c.serviceRequest).toMatchObject({ status: 'IN_PROGRESS', takerName: '报到党员 赵磊' });
    const late = await s.gql(D.DispatchClaim, { input: { id: req.id } }, as.admin); // admin is a party member too
    expect(late.data!.serviceRequestClaim.userErrors.map((e) => e.code)).toEqual(['ALREADY_TAKEN']);
    ok((await s.gql(D.DispatchResolve, { input: { id: req.id, result: '已送去轮椅' } }, as.party)).data!.serviceRequestResolve);
    // The resident (linked to the requester record) rates their own request.
    ok((await s.gql(D.DispatchRate, { input: { id: req.id, rating: 4 } }, as.resident)).data!.serviceRequestRate);
    expect(await events(req.id, 'dispatch.RequestClaimed')).toHaveLength(1);
  });

  test('期望单 expectation: opened to co-building units with 协办 assistants → claimed → handed over → resolved → rated', async () => {
    const req = await create(as.resident, { kind: 'expectation', category: 'policy', channel: 'APP' });
    const [sw] = (await db.query(`select id from social_worker limit 1`)).rows;
    const assistant = Buffer.from(`v1:SocialWorker:${sw.id}`).toString('base64url');
    const d = ok((await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'POOL', assistants: [assistant] } }, as.staff)).data!.serviceRequestDispatch);
    expect(d.serviceRequest).toMatchObject({ status: 'OPEN', route: 'COBUILD_UNITS', assistantIds: [assistant] });
    ok((await s.gql(D.DispatchClaim, { input: { id: req.id } }, as.cobuild)).data!.serviceRequestClaim);
    // Hand-over only to an eligible taker of the same route.
    const bad = await s.gql(D.DispatchHandOver, { input: { id: req.id, taker: m.party, body: '交给党员' } }, as.cobuild);
    expect(bad.data!.serviceRequestHandOver.userErrors.map((e) => e.code)).toEqual(['DISPATCH_TAKER_INELIGIBLE']);
    ok((await s.gql(D.DispatchResolve, { input: { id: req.id, result: '共建单位答复：纳入明年计划' } }, as.cobuild)).data!.serviceRequestResolve);
    ok((await s.gql(D.DispatchRate, { input: { id: req.id, rating: 3, comment: '还行' } }, as.resident)).data!.serviceRequestRate);
  });

  test('自办 mutual help: the dispatcher routes to residents and volunteers', async () => {
    const req = await create(as.resident, { kind: 'routine', category: 'other' });
    ok(
      (await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'ASSIGN', route: 'MUTUAL_HELP', taker: m.volunteer } }, as.staff)).data!
        .serviceRequestDispatch,
    );
    const got = (await s.gql(D.DispatchGet, { id: req.id }, as.volunteer)).data!.serviceRequest!;
    expect(got).toMatchObject({ status: 'IN_PROGRESS', route: 'MUTUAL_HELP' });
    // Hand-over by the taker to another eligible one (compare-and-set on the current holder).
    const h = ok(
      (await s.gql(D.DispatchHandOver, { input: { id: req.id, taker: m.resident, body: '邻居更方便' } }, as.volunteer)).data!.serviceRequestHandOver,
    );
    expect(h.serviceRequest?.takerName).toBe('居民 孙丽');
    const stale = await s.gql(D.DispatchHandOver, { input: { id: req.id, taker: m.volunteer, body: '再转回' } }, as.volunteer);
    // The former taker no longer holds (nor sees) it.
    expect(stale.data!.serviceRequestHandOver.userErrors.map((e) => e.code)).toEqual(['NOT_FOUND']);
  });
});

test('escalation to a named department is answered and tracked; 书记工作室 only when the setting is on', async () => {
  const req = await create(as.resident, { category: 'repair' });
  const unknown = await s.gql(D.DispatchEscalate, { input: { id: req.id, target: 'DEPARTMENT', department: '不存在的局', body: '需协调' } }, as.staff);
  expect(unknown.data!.serviceRequestEscalate.userErrors.map((e) => e.code)).toEqual(['DISPATCH_DEPARTMENT_UNKNOWN']);
  const studioOff = await s.gql(D.DispatchEscalate, { input: { id: req.id, target: 'SECRETARY_STUDIO', body: '疑难' } }, as.staff);
  expect(studioOff.data!.serviceRequestEscalate.userErrors.map((e) => e.code)).toEqual(['DISPATCH_STUDIO_OFF']);
  const e = ok(
    (await s.gql(D.DispatchEscalate, { input: { id: req.id, target: 'DEPARTMENT', department: '住建局', body: '涉及房屋质量' } }, as.staff)).data!
      .serviceRequestEscalate,
  );
  expect(e.serviceRequest).toMatchObject({ status: 'ESCALATED', escalationTarget: 'DEPARTMENT', escalatedTo: '住建局' });
  expect(await events(req.id, 'dispatch.RequestEscalated')).toHaveLength(1);
  const a = ok((await s.gql(D.DispatchAnswer, { input: { id: req.id, body: '住建局：已安排维修' } }, as.staff)).data!.serviceRequestEscalationAnswer);
  expect(a.serviceRequest).toMatchObject({ status: 'RESOLVED', escalationAnswer: '住建局：已安排维修' });
  ok((await s.gql(D.DispatchRate, { input: { id: req.id, rating: 5 } }, as.resident)).data!.serviceRequestRate);

  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', settings: { secretaryStudio: true } } }, as.admin)).data!.communityModuleConfigure);
  const hard = await create(as.resident, { category: 'dispute' });
  const st = ok(
    (await s.gql(D.DispatchEscalate, { input: { id: hard.id, target: 'SECRETARY_STUDIO', body: '难题会诊' } }, as.staff)).data!.serviceRequestEscalate,
  );
  expect(st.serviceRequest).toMatchObject({ status: 'ESCALATED', escalatedTo: '书记工作室' });
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', settings: {} } }, as.admin)).data!.communityModuleConfigure);
});

test('reopen within the window goes back to dispatch; after it the window is closed; unrated requests auto-close once', async () => {
  const req = await create(as.resident);
  ok((await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'ASSIGN', taker: m.staff } }, as.staff)).data!.serviceRequestDispatch);
  ok((await s.gql(D.DispatchResolve, { input: { id: req.id, result: '处理了' } }, as.staff)).data!.serviceRequestResolve);
  const r = ok((await s.gql(D.DispatchReopen, { input: { id: req.id, body: '灯又坏了' } }, as.resident)).data!.serviceRequestReopen);
  expect(r.serviceRequest).toMatchObject({ status: 'SUBMITTED', reopenCount: 1, takerName: null });
  ok((await s.gql(D.DispatchDispatch, { input: { id: req.id, mode: 'ASSIGN', taker: m.staff } }, as.staff)).data!.serviceRequestDispatch);
  ok((await s.gql(D.DispatchResolve, { input: { id: req.id, result: '换了整套灯具' } }, as.staff)).data!.serviceRequestResolve);
  // The window (72 h by default) passes.
  await db.query(`update dispatch_request set resolved_at = now() - interval '73 hours' where id = $1`, [rawId(req.id)]);
  const late = await s.gql(D.DispatchReopen, { input: { id: req.id, body: '还是不行' } }, as.resident);
  expect(late.data!.serviceRequestReopen.userErrors.map((e) => e.code)).toEqual(['DISPATCH_WINDOW_PASSED']);
  const lateRate = await s.gql(D.DispatchRate, { input: { id: req.id, rating: 1 } }, as.resident);
  expect(lateRate.data!.serviceRequestRate.userErrors.map((e) => e.code)).toEqual(['DISPATCH_WINDOW_PASSED']);
  await Promise.all([sweep(), dispatchSweepDirect(), dispatchSweepDirect()]);
  await sweep();
  expect((await s.gql(D.DispatchGet, { id: req.id }, as.resident)).data!.serviceRequest!.status).toBe('CLOSED');
  expect(await events(req.id, 'dispatch.RequestClosed')).toHaveLength(1);
  expect(await events(req.id, 'dispatch.RequestRated')).toHaveLength(0);
});

/** The sweep as another process would run it: its own fork, at the same time. */
async function dispatchSweepDirect() {
  await dispatchSweep(s.wushe.jobs.context('dispatch', s.wushe.app.orm.em.fork() as any, new Date()));
}

test('overdue: deadlines from kind/category settings; concurrent sweeps flag each overdue request once', async () => {
  const repair = await create(as.resident, { category: 'repair' }); // category deadline 48 h
  const care = await create(as.resident, { category: 'care' }); // no category deadline → routine's 72 h
  const hours = async (id: string) =>
    Number((await db.query(`select round(extract(epoch from due_at - created_at) / 3600) h from dispatch_request where id = $1`, [rawId(id)])).rows[0].h);
  expect(await hours(repair.id)).toBe(48);
  expect(await hours(care.id)).toBe(72);
  await db.query(`update dispatch_request set due_at = now() - interval '1 minute' where id = any($1)`, [[rawId(repair.id), rawId(care.id)]]);
  await Promise.all([sweep(), dispatchSweepDirect(), dispatchSweepDirect(), dispatchSweepDirect()]);
  await dispatchSweepDirect();
  expect(await events(repair.id, 'dispatch.RequestOverdue')).toHaveLength(1);
  expect(await events(care.id, 'dispatch.RequestOverdue')).toHaveLength(1);
  expect((await s.gql(D.DispatchGet, { id: repair.id }, as.staff)).data!.serviceRequest).toMatchObject({ overdue: true, status: 'SUBMITTED' });
});

/** The reminder job as another process would run it, at a chosen time. */
async function remindDirect(now = new Date()) {
  await dispatchRemind(s.wushe.jobs.context('dispatch', s.wushe.app.orm.em.fork() as any, now));
}

test('reminders: the taker before the deadline and while overdue, once per threshold under concurrent runs; reopen starts afresh', async () => {
  const held = await create(as.resident, { category: 'repair' }); // 48 h
  const waiting = await create(as.resident, { category: 'repair' });
  const short = await create(as.resident, { category: 'environment' }); // 24 h: no "24 h before" reminder
  ok((await s.gql(D.DispatchDispatch, { input: { id: held.id, mode: 'ASSIGN', taker: m.staff } }, as.staff)).data!.serviceRequestDispatch);
  const [staffAccount] = (await db.query(`select account_id from membership where id = $1`, [rawId(m.staff!)])).rows;
  const reminders = async (id: string) => (await events(id, 'dispatch.RequestReminder')).map((d) => d.threshold).sort();
  const at = (h: number) => new Date(Date.now() + h * 3_600_000);

  await Promise.all([remindDirect(), remindDirect(), s.wushe.jobs.run('dispatch.remind')]);
  expect(await reminders(held.id)).toEqual([]); // 48 h left: nothing yet
  // 23 h before the deadline (25 h from now): "24 h before", once, however many processes run.
  await Promise.all([remindDirect(at(25)), remindDirect(at(25)), remindDirect(at(25)), remindDirect(at(25))]);
  expect(await reminders(held.id)).toEqual(['before:24']);
  expect(await reminders(waiting.id)).toEqual(['before:24']);
  expect(await reminders(short.id)).toEqual(['overdue:0']); // its deadline passed meanwhile
  const [first] = await events(held.id, 'dispatch.RequestReminder');
  expect(first).toMatchObject({ threshold: 'before:24', takerAccountId: staffAccount.account_id, status: 'IN_PROGRESS' });
  expect((await events(waiting.id, 'dispatch.RequestReminder'))[0]).toMatchObject({ takerAccountId: null, status: 'SUBMITTED' }); // the dispatcher's turn
  // 1 h before, then a day past the deadline (at the deadline and 24 h after are both due by then): each once.
  await Promise.all([remindDirect(at(47)), remindDirect(at(47))]);
  expect(await reminders(held.id)).toEqual(['before:2', 'before:24']);
  await Promise.all([remindDirect(at(73)), remindDirect(at(73)), remindDirect(at(73))]);
  expect(await reminders(held.id)).toEqual(['before:2', 'before:24', 'overdue:0', 'overdue:24']);
  await remindDirect(at(200));
  expect(await reminders(held.id)).toHaveLength(4);
  expect(await reminders(short.id)).toEqual(['overdue:0', 'overdue:24']);
  const log = (await s.gql(D.DispatchGet, { id: held.id }, as.staff)).data!.serviceRequest!.log.filter((e) => e.action === 'remind');
  expect(log.map((e) => e.actorRole)).toEqual(['SYSTEM', 'SYSTEM', 'SYSTEM', 'SYSTEM']);
  // Resolved requests get no more; a reopened one (new deadline) is reminded again.
  ok((await s.gql(D.DispatchResolve, { input: { id: held.id, result: '修好了' } }, as.staff)).data!.serviceRequestResolve);
  await remindDirect(at(300));
  expect(await reminders(held.id)).toHaveLength(4);
  ok((await s.gql(D.DispatchReopen, { input: { id: held.id, body: '又坏了' } }, as.resident)).data!.serviceRequestReopen);
  await remindDirect(at(25));
  expect((await reminders(held.id)).filter((k) => k === 'before:24')).toHaveLength(2);
  // Settings decide the thresholds.
  ok(
    (await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', settings: { remindBeforeHours: [], remindOverdueHours: [] } } }, as.admin)).data!
      .communityModuleConfigure,
  );
  const quiet = await create(as.resident, { category: 'repair' });
  await remindDirect(at(500));
  expect(await reminders(quiet.id)).toEqual([]);
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', settings: {} } }, as.admin)).data!.communityModuleConfigure);
  for (const r of [held, waiting, short, quiet]) await s.gql(D.DispatchCancel, { input: { id: r.id, body: '测试结束' } }, as.staff);
});

test('cancel and reject need reasons, duplicates merge, nothing is deleted', async () => {
  const before = Number((await db.query(`select count(*) n from dispatch_request`)).rows[0].n);
  const a = await create(as.resident);
  const b = await create(as.resident);
  const c = await create(as.volunteer);
  const noReason = await s.gql(D.DispatchCancel, { input: { id: a.id, body: '  ' } }, as.resident);
  expect(noReason.data!.serviceRequestCancel.userErrors.map((e) => e.code)).toEqual(['BAD_USER_INPUT']);
  expect(ok((await s.gql(D.DispatchCancel, { input: { id: a.id, body: '已自行解决' } }, as.resident)).data!.serviceRequestCancel).serviceRequest).toMatchObject(
    { status: 'CANCELLED', closeReason: '已自行解决' },
  );
  const residentRejects = await s.gql(D.DispatchReject, { input: { id: b.id, body: 'x' } }, as.resident);
  expect(D.codes(residentRejects)).toEqual(['FORBIDDEN']);
  const merged = ok((await s.gql(D.DispatchMerge, { input: { id: b.id, into: c.id } }, as.staff)).data!.serviceRequestMerge);
  expect(merged.serviceRequest).toMatchObject({ status: 'MERGED', mergedInto: { id: c.id } });
  expect(ok((await s.gql(D.DispatchReject, { input: { id: c.id, body: '不属于社区职责' } }, as.staff)).data!.serviceRequestReject).serviceRequest?.status).toBe(
    'REJECTED',
  );
  // Terminal: nothing moves any more.
  const reopen = await s.gql(D.DispatchCancel, { input: { id: c.id, body: 'x' } }, as.staff);
  expect(reopen.data!.serviceRequestCancel.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  expect(Number((await db.query(`select count(*) n from dispatch_request`)).rows[0].n)).toBe(before + 3);
});

test('residents see only their own requests; staff see all; settings decide kinds, categories and channels', async () => {
  const mine = await create(as.resident);
  const theirs = await create(as.volunteer);
  expect((await s.gql(D.DispatchGet, { id: theirs.id }, as.resident)).data!.serviceRequest).toBeNull();
  expect((await s.gql(D.DispatchGet, { id: mine.id }, as.resident)).data!.serviceRequest?.status).toBe('SUBMITTED');
  const list = (await s.gql(D.DispatchList, {}, as.resident)).data!.serviceRequests.nodes.map((n) => n.id);
  expect(list).toContain(mine.id);
  expect(list).not.toContain(theirs.id);
  const all = (await s.gql(D.DispatchList, { status: ['SUBMITTED'] }, as.staff)).data!.serviceRequests.nodes.map((n) => n.id);
  expect(all).toEqual(expect.arrayContaining([mine.id, theirs.id]));
  // `mine`: filed or held by the caller, whatever else they may see.
  const ids = async (login: keyof typeof as, vars: { mine?: boolean; status?: any[] }) => {
    const r = (await s.gql(D.DispatchList, vars, as[login])).data!.serviceRequests;
    // The count runs under the same filter as the page (first: 100).
    expect(r.totalCount).toBe(r.nodes.length < 100 ? r.nodes.length : Math.max(r.totalCount, 100));
    return r.nodes.map((n) => n.id);
  };
  expect(await ids('resident', { mine: true })).toEqual(expect.arrayContaining([mine.id]));
  expect(await ids('resident', { mine: true })).not.toContain(theirs.id);
  const volunteers = await ids('volunteer', { mine: true });
  expect(volunteers).toContain(theirs.id);
  expect(volunteers).not.toContain(mine.id);
  const staffMine = await ids('staff', { mine: true, status: ['SUBMITTED'] });
  expect(staffMine).not.toContain(mine.id);
  expect(staffMine).not.toContain(theirs.id);
  expect(await ids('staff', { status: ['CLOSED'] })).not.toContain(mine.id);
  const kind = await s.gql(D.DispatchCreate, { input: D.intake({ kind: 'nope' }) }, as.resident);
  expect(kind.data!.serviceRequestCreate.userErrors[0]).toMatchObject({ code: 'DISPATCH_KIND_UNKNOWN', field: ['input', 'kind'] });
  const cat = await s.gql(D.DispatchCreate, { input: D.intake({ category: 'nope' }) }, as.resident);
  expect(cat.data!.serviceRequestCreate.userErrors[0]).toMatchObject({ code: 'DISPATCH_CATEGORY_UNKNOWN' });
  ok(
    (
      await s.gql(
        D.DispatchConfigure,
        {
          input: {
            moduleKey: 'dispatch',
            settings: { channels: ['PHONE'], kinds: [{ key: 'routine', name: '常规单', route: 'PARTY_ORGANIZATION', deadlineHours: 24 }] },
          },
        },
        as.admin,
      )
    ).data!.communityModuleConfigure,
  );
  const ch = await s.gql(D.DispatchCreate, { input: D.intake({ channel: 'APP' }) }, as.resident);
  expect(ch.data!.serviceRequestCreate.userErrors[0]).toMatchObject({ code: 'DISPATCH_CHANNEL_OFF' });
  const wish = await s.gql(D.DispatchCreate, { input: D.intake({ kind: 'wish', channel: 'PHONE' }) }, as.resident);
  expect(wish.data!.serviceRequestCreate.userErrors[0]).toMatchObject({ code: 'DISPATCH_KIND_UNKNOWN' });
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', settings: {} } }, as.admin)).data!.communityModuleConfigure);
});

test('a disabled module answers MODULE_DISABLED', async () => {
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: false } }, as.admin)).data!.communityModuleConfigure);
  expect(D.codes(await s.gql(D.DispatchList, {}, as.staff))).toEqual(['MODULE_DISABLED']);
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data!.communityModuleConfigure);
});

const Metrics = graphql(`
  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) {
    dispatchMetrics(from: $from, to: $to) {
      metrics {
        key
        value
      }
      gridRanking {
        gridUnit
        received
      }
    }
  }
`);

test('治理成效: figures computed from the records of the period', async () => {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const r = (await s.gql(Metrics, { from, to }, as.staff)).data!.dispatchMetrics;
  const v = Object.fromEntries(r.metrics.map((x) => [x.key, x.value]));
  const { rows } = await db.query(
    `select count(*)::int received, count(*) filter (where rating >= 4)::int happy, count(rating)::int rated from dispatch_request`,
  );
  expect(v['dispatch.received']).toBe(rows[0].received);
  expect(v['dispatch.satisfactionRate']).toBeCloseTo(Math.round((1000 * rows[0].happy) / rows[0].rated) / 10, 1);
  expect(v['dispatch.handled']).toBeGreaterThan(0);
  expect(v['dispatch.overdueRate']).toBeGreaterThan(0);
  expect(D.codes(await s.gql(Metrics, { from, to }, as.resident))).toEqual(['FORBIDDEN']);
});
