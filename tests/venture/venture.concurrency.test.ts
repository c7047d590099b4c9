// 公益创投 under concurrency: every write is one conditional statement (or guarded by a unique key
// or the call's row lock), so racing requests cannot both win: two reviewers score at once (both
// count), one reviewer's same criterion twice (one), two awards (one), two payment requests of one
// milestone (one, and the fund opens one disbursement), two applications of one organization
// (one), an application racing the close (in before it, or refused). Negative control: the naive
// read-then-write transition (venture.naive.ts, injected) lets the double award and payment through.
import {
  CallAward,
  CallClose,
  PaymentRequest,
  Report,
  Score,
  Apply,
  applyTo,
  as,
  eventually,
  ok,
  openCall,
  reviewedCall,
  stopWorld,
  world,
  type World,
} from './venture.fixture';
import { naiveVenture } from './venture.naive';
import { toGlobalId } from '../../src/schema/global-id';

let w: World;
beforeAll(async () => {
  w = await world();
}, 120_000);
afterAll(() => stopWorld(w));

const ROUNDS = 4;

test('two reviewers score at once: both count; one reviewer scoring the same criterion twice at once: one wins', async () => {
  for (let i = 0; i < ROUNDS; i++) {
    const callId = await openCall(w);
    const a = await applyTo(w, callId, w.orgA, 100_000);
    ok((await w.s.gql(CallClose, { input: { id: callId } }, as(w, 'staff'))).data?.ventureCallClose);
    const score = (who: 'party' | 'grid') => w.s.gql(Score, { input: { applicationId: a.id, scores: [{ criterion: 'need', score: 80 }] } }, as(w, who));
    const [p, g] = await Promise.all([score('party'), score('grid')]);
    expect([p.data!.ventureApplicationScore.userErrors, g.data!.ventureApplicationScore.userErrors]).toEqual([[], []]);
    const [x, y] = await Promise.all([score('party'), score('party')]);
    expect([x, y].map((r) => r.data!.ventureApplicationScore.userErrors[0]?.code ?? 'OK').sort()).toEqual(['ALREADY_SCORED', 'ALREADY_SCORED']);
    const both = await Promise.all([
      w.s.gql(Score, { input: { applicationId: a.id, scores: [{ criterion: 'plan', score: 70 }] } }, as(w, 'socialworker')),
      w.s.gql(Score, { input: { applicationId: a.id, scores: [{ criterion: 'plan', score: 75 }] } }, as(w, 'socialworker')),
    ]);
    expect(both.map((r) => r.data!.ventureApplicationScore.userErrors[0]?.code ?? 'OK').sort()).toEqual(['ALREADY_SCORED', 'OK']);
    const { rows } = await w.db.query(`select count(*)::int n from venture_score where application_id = $1`, [
      Buffer.from(a.id, 'base64url').toString().split(':')[2],
    ]);
    expect(rows[0].n).toBe(3);
  }
});

test('two awards of one call at once: exactly one succeeds, the ranking is written once', async () => {
  for (let i = 0; i < ROUNDS; i++) {
    const { callId } = await reviewedCall(w);
    const award = () => w.s.gql(CallAward, { input: { id: callId, reason: `并发评定 ${i}` } }, as(w, 'admin'));
    const rs = await Promise.all([award(), award()]);
    expect(rs.map((r) => r.data!.ventureCallAward.userErrors[0]?.code ?? 'OK').sort()).toEqual(['INVALID_STATE', 'OK']);
    const raw = Buffer.from(callId, 'base64url').toString().split(':')[2];
    const { rows } = await w.db.query(`select count(*)::int n from venture_application where call_id = $1 and status = 'AWARDED'`, [raw]);
    expect(rows[0].n).toBe(1);
    const events = await w.db.query(`select count(*)::int n from outbox_event where type = 'venture.CallAwarded' and subject_id = $1`, [raw]).catch(() => null);
    if (events) expect(events.rows[0].n).toBe(1);
  }
});

test('two payment requests of one milestone at once: one succeeds and the fund opens one disbursement', async () => {
  for (let i = 0; i < ROUNDS; i++) {
    const { a } = await reviewedCall(w, { award: true });
    const m = a.milestones[0]!;
    ok((await w.s.gql(Report, { input: { id: m, report: '完成' } }, as(w, 'org'))).data?.ventureMilestoneReport);
    const ask = () => w.s.gql(PaymentRequest, { input: { id: m } }, as(w, 'staff'));
    const rs = await Promise.all([ask(), ask()]);
    expect(rs.map((r) => r.data!.ventureMilestonePaymentRequest.userErrors[0]?.code ?? 'OK').sort()).toEqual(['INVALID_STATE', 'OK']);
    const did = rs.find((r) => r.data!.ventureMilestonePaymentRequest.milestone)!.data!.ventureMilestonePaymentRequest.milestone!.disbursementId!;
    const raw = Buffer.from(did, 'base64url').toString().split(':')[2];
    await eventually('the fund opened it', async () => (await w.db.query(`select 1 from fund_disbursement where id = $1`, [raw])).rowCount === 1);
    const { rows } = await w.db.query(`select count(*)::int n from fund_disbursement where project_ref = $1`, [a.id]);
    expect(rows[0].n).toBe(1);
  }
});

test('two applications of one organization at once: one; applications racing the close: none lands after it', async () => {
  for (let i = 0; i < ROUNDS; i++) {
    const callId = await openCall(w);
    const input = { callId, organizationId: w.orgA, title: `并发 ${i}`, summary: 's', requestedFen: 10_000, milestones: [{ title: 'm', amountFen: 10_000 }] };
    const rs = await Promise.all([w.s.gql(Apply, { input }, as(w, 'org')), w.s.gql(Apply, { input }, as(w, 'org'))]);
    expect(rs.map((r) => r.data!.ventureApply.userErrors[0]?.code ?? 'OK').sort()).toEqual(['ALREADY_APPLIED', 'OK']);
    const [late, , closed] = await Promise.all([
      w.s.gql(Apply, { input: { ...input, organizationId: w.orgB } }, as(w, 'org')),
      new Promise((r) => setTimeout(r, i)),
      w.s.gql(CallClose, { input: { id: callId } }, as(w, 'staff')),
    ]);
    ok((closed as any).data?.ventureCallClose);
    // Either it landed before the close (the close waited for it) or it saw the call closed.
    const outcome: string = late.data!.ventureApply.userErrors[0]?.code ?? 'OK';
    expect(['OK', 'CALL_NOT_OPEN']).toContain(outcome);
    const raw = Buffer.from(callId, 'base64url').toString().split(':')[2];
    const { rows } = await w.db.query(`select count(*)::int n from venture_application where call_id = $1`, [raw]);
    expect(rows[0].n).toBe(outcome === 'OK' ? 2 : 1);
  }
});

test('negative control: the naive read-then-write transition lets two awards and two payment requests through (the tests above catch it)', async () => {
  const doubled = { award: false, payment: false };
  await w.s.withStrategies(naiveVenture, async () => {
    for (let i = 0; i < ROUNDS && !(doubled.award && doubled.payment); i++) {
      const { callId } = await reviewedCall(w);
      const award = () => w.s.gql(CallAward, { input: { id: callId, reason: `朴素评定 ${i}` } }, as(w, 'admin'));
      const rs = await Promise.all([award(), award()]);
      if (rs.every((r) => r.data!.ventureCallAward.userErrors.length === 0)) doubled.award = true;
      const app = (
        await w.db.query(`select id from venture_application where call_id = $1 and status = 'AWARDED'`, [
          Buffer.from(callId, 'base64url').toString().split(':')[2],
        ])
      ).rows[0];
      const m = (await w.db.query(`select id from venture_milestone where application_id = $1 order by seq limit 1`, [app.id])).rows[0].id;
      const mid = toGlobalId('VentureMilestone', m);
      ok((await w.s.gql(Report, { input: { id: mid, report: '完成' } }, as(w, 'org'))).data?.ventureMilestoneReport);
      const ask = () => w.s.gql(PaymentRequest, { input: { id: mid } }, as(w, 'staff'));
      const ps = await Promise.all([ask(), ask()]);
      if (ps.every((r) => r.data!.ventureMilestonePaymentRequest.userErrors.length === 0)) doubled.payment = true;
    }
  });
  expect(doubled).toEqual({ award: true, payment: true });
});
