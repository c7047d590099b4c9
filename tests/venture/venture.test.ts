// 公益创投 end to end through GraphQL: the full cycle to a paid milestone (call → applications →
// panel scores → award by rank → milestone reported → payment requested → the fund's committee
// approves and its custodian pays → the milestone is PAID), payments the fund's rules refuse or
// its committee rejects, and bad input that must change nothing.
import { FundApprove, FundPay, FundReject } from '../fund/fund.fixture';
import { Inbox } from '../notifications/notifications-helpers';
import {
  AppGet,
  Apply,
  CallAward,
  CallClose,
  CallCreate,
  CallGet,
  CRITERIA,
  Disbursement,
  PaymentRequest,
  Report,
  Score,
  applyTo,
  as,
  eventually,
  key,
  ok,
  openCall,
  reviewedCall,
  scoreAll,
  stopWorld,
  world,
  type World,
} from './venture.fixture';

let w: World;
beforeAll(async () => {
  w = await world();
}, 120_000);
afterAll(() => stopWorld(w));

const counts = async () =>
  (
    await w.db.query(
      `select (select count(*) from venture_call) c, (select count(*) from venture_application) a, (select count(*) from venture_milestone) m,
              (select count(*) from venture_score) s, (select md5(string_agg(x::text, '' order by id)) from venture_milestone x) mh,
              (select md5(string_agg(x::text, '' order by id)) from venture_call x) ch, (select count(*) from fund_disbursement) d`,
    )
  ).rows[0];

const app = async (id: string, who: Parameters<typeof as>[1] = 'staff') => (await w.s.gql(AppGet, { id }, as(w, who))).data!.ventureApplication!;

test('full cycle: call → applications → panel scores → award by rank within the budget → milestone reported → paid through the fund', async () => {
  const { callId, a, b } = await reviewedCall(w);
  // Before the award, the panel sees live weighted means: (90·60 + 80·40) / 100 = 86, (70·60 + 60·40) / 100 = 66.
  const before = (await w.s.gql(CallGet, { id: callId }, as(w, 'party'))).data!.ventureCall!;
  expect(before.status).toBe('CLOSED');
  expect(before.viewerOnPanel).toBe(true);
  expect(Object.fromEntries(before.applications.map((x) => [x.id, [x.score, x.reviewCount, x.viewerCan.score]]))).toEqual({
    [a.id]: [86, 3, false],
    [b.id]: [66, 3, false],
  });

  const awarded = ok((await w.s.gql(CallAward, { input: { id: callId, reason: '评审会确认排名' } }, as(w, 'admin'))).data?.ventureCallAward).call!;
  // B (400,000) no longer fits the 300,000 left of 600,000 after A: passed over.
  expect(awarded).toMatchObject({ status: 'AWARDED', awardedFen: 300_000, awardReason: '评审会确认排名' });
  expect(await app(a.id)).toMatchObject({ status: 'AWARDED', rank: 1, score: 86 });
  expect(await app(b.id)).toMatchObject({ status: 'NOT_AWARDED', rank: 2, score: 66 });
  const again = await w.s.gql(CallAward, { input: { id: callId, reason: '再次评定' } }, as(w, 'admin'));
  expect(again.data!.ventureCallAward.userErrors[0]!.code).toBe('INVALID_STATE');

  // The awardee reports the first milestone; staff ask the fund to pay it.
  const [m1] = a.milestones;
  expect((await app(a.id, 'org')).milestones[0]!.viewerCan).toEqual({ report: true, requestPayment: false });
  expect((await app(a.id, 'staff')).milestones[0]!.viewerCan).toEqual({ report: false, requestPayment: false });
  const early = await w.s.gql(PaymentRequest, { input: { id: m1! } }, as(w, 'staff'));
  expect(early.data!.ventureMilestonePaymentRequest.userErrors[0]!.code).toBe('INVALID_STATE');
  const reported = ok((await w.s.gql(Report, { input: { id: m1!, report: '结对名单 32 户，培训 2 场' } }, as(w, 'org'))).data?.ventureMilestoneReport);
  expect(reported.milestone).toMatchObject({ status: 'REPORTED', report: '结对名单 32 户，培训 2 场' });
  expect((await app(a.id, 'staff')).milestones[0]!.viewerCan).toEqual({ report: false, requestPayment: true });
  const asked = ok((await w.s.gql(PaymentRequest, { input: { id: m1! } }, as(w, 'staff'))).data?.ventureMilestonePaymentRequest).milestone!;
  expect(asked.status).toBe('PAYMENT_REQUESTED');
  const disbursementId = asked.disbursementId!;

  // The fund opened the disbursement under its own rules: two committee approvals, never the requester.
  const d = await eventually('the fund opened the disbursement', async () => (await w.s.gql(Disbursement, { id: disbursementId }, as(w, 'staff'))).data!.node);
  expect(d).toMatchObject({ status: 'REQUESTED', amountFen: 150_000, purpose: 'PROJECT', payee: '十方缘老人呵护中心', projectRef: a.id, approvalsRequired: 2 });
  const byStaff = await w.s.gql(FundApprove, { input: { id: disbursementId } }, as(w, 'staff'));
  expect(byStaff.errors?.[0]?.extensions?.code ?? byStaff.data?.fundDisbursementApprove.userErrors[0]?.code).toBeTruthy();
  for (const who of ['party', 'volunteer'] as const)
    ok((await w.s.gql(FundApprove, { input: { id: disbursementId } }, as(w, who))).data?.fundDisbursementApprove);
  await eventually('the milestone learns the approval', async () => (await app(a.id)).milestones[0]!.status === 'APPROVED');
  ok(
    (await w.s.gql(FundPay, { input: { id: disbursementId, paymentReference: 'BANK-VC-001', idempotencyKey: key() } }, as(w, 'org'))).data?.fundDisbursementPay,
  );
  const paid = await eventually('the milestone learns the payment', async () => {
    const m = (await app(a.id)).milestones[0]!;
    return m.status === 'PAID' ? m : null;
  });
  expect(paid.paidAt).toBeTruthy();
  // The applicant was told of the award and of the payment (fixed texts, linked by id).
  const told = await eventually('the applicant is told', async () => {
    const n = (await w.s.gql(Inbox, { first: 50 }, as(w, 'org'))).data!.notifications.nodes.filter((x) => x.ruleKey.startsWith('venture.'));
    return n.some((x) => x.ruleKey === 'venture.milestonePaid') ? n : null;
  });
  expect(told.map((x) => [x.ruleKey, x.subjectId]).sort()).toEqual(
    [
      ['venture.applicationAwarded', a.id],
      ['venture.milestonePaid', m1],
    ].sort(),
  );
  expect((await w.s.gql(Inbox, { first: 50 }, as(w, 'party'))).data!.notifications.nodes.filter((x) => x.ruleKey.startsWith('venture.'))).toEqual([]);
  expect(paid.paymentError).toBeNull();
  // The second milestone is untouched; a paid one cannot be asked again.
  expect((await app(a.id)).milestones[1]!.status).toBe('PLANNED');
  const twice = await w.s.gql(PaymentRequest, { input: { id: m1! } }, as(w, 'staff'));
  expect(twice.data!.ventureMilestonePaymentRequest.userErrors[0]!.code).toBe('INVALID_STATE');
  // The not-awarded application's milestones cannot be reported.
  const notAwarded = await w.s.gql(Report, { input: { id: b.milestones[0]!, report: '已完成' } }, as(w, 'org'));
  expect(notAwarded.data!.ventureMilestoneReport.userErrors[0]!.code).toBe('INVALID_STATE');
});

test("a payment the fund's rules refuse, or its committee rejects, comes back to REPORTED with the reason and may be asked again", async () => {
  // A milestone above the fund's threshold (500,000 fen) needs a council vote the request does not carry.
  const callId = await openCall(w, { totalBudgetFen: 2_000_000, ceilingFen: 1_000_000 });
  const a = await applyTo(w, callId, w.orgA, 900_000, [600_000, 300_000]);
  ok((await w.s.gql(CallClose, { input: { id: callId } }, as(w, 'staff'))).data?.ventureCallClose);
  await scoreAll(w, a.id, 80, 80);
  ok((await w.s.gql(CallAward, { input: { id: callId, reason: '评审通过' } }, as(w, 'admin'))).data?.ventureCallAward);
  const [big, small] = a.milestones;
  for (const id of [big!, small!]) ok((await w.s.gql(Report, { input: { id, report: '已完成' } }, as(w, 'org'))).data?.ventureMilestoneReport);

  ok((await w.s.gql(PaymentRequest, { input: { id: big! } }, as(w, 'staff'))).data?.ventureMilestonePaymentRequest);
  const refused = await eventually('the refusal comes back', async () => {
    const m = (await app(a.id)).milestones[0]!;
    return m.status === 'REPORTED' && m.paymentError ? m : null;
  });
  expect(refused.paymentError).toBe('COUNCIL_TOPIC_REQUIRED');
  expect((await w.db.query(`select count(*)::int n from fund_disbursement where amount_fen = 600000`)).rows[0].n).toBe(0);

  const asked = ok((await w.s.gql(PaymentRequest, { input: { id: small! } }, as(w, 'staff'))).data?.ventureMilestonePaymentRequest).milestone!;
  await eventually('the fund opened it', async () => (await w.s.gql(Disbursement, { id: asked.disbursementId! }, as(w, 'staff'))).data!.node);
  ok((await w.s.gql(FundReject, { input: { id: asked.disbursementId!, reason: '材料不全' } }, as(w, 'party'))).data?.fundDisbursementReject);
  const rejected = await eventually('the rejection comes back', async () => {
    const m = (await app(a.id)).milestones[1]!;
    return m.status === 'REPORTED' && m.paymentError ? m : null;
  });
  expect(rejected.paymentError).toBe('REJECTED');
  const again = ok((await w.s.gql(PaymentRequest, { input: { id: small! } }, as(w, 'staff'))).data?.ventureMilestonePaymentRequest).milestone!;
  expect(again.status).toBe('PAYMENT_REQUESTED');
  expect(again.disbursementId).not.toBe(asked.disbursementId);
  await eventually('the fund opened the new request', async () => (await w.s.gql(Disbursement, { id: again.disbursementId! }, as(w, 'staff'))).data!.node);
});

describe('bad input changes nothing', () => {
  let callId: string;
  beforeAll(async () => {
    callId = await openCall(w);
  });
  const refused = async (r: Promise<any>, field: string, code: string, path?: (string | number)[]) => {
    const before = await counts();
    const res = await r;
    const p = res.data?.[field];
    expect(p?.userErrors?.[0]?.code).toBe(code);
    if (path) expect(p.userErrors[0].field).toEqual(path);
    expect(await counts()).toEqual(before);
  };
  const application = (over: Record<string, unknown>) => ({
    callId,
    organizationId: w.orgA,
    title: '四点半课堂',
    summary: '放学后作业辅导',
    requestedFen: 200_000,
    milestones: [
      { title: '招募', amountFen: 100_000 },
      { title: '开课', amountFen: 100_000 },
    ],
    ...over,
  });

  test('budget over the ceiling', () =>
    refused(
      w.s.gql(Apply, { input: application({ requestedFen: 500_000, milestones: [{ title: 'x', amountFen: 500_000 }] }) }, as(w, 'org')),
      'ventureApply',
      'BUDGET_OVER_CEILING',
      ['input', 'requestedFen'],
    ));
  test('milestones not summing to the budget', () =>
    refused(
      w.s.gql(Apply, { input: application({ milestones: [{ title: 'x', amountFen: 150_000 }] }) }, as(w, 'org')),
      'ventureApply',
      'MILESTONES_NOT_SUMMING',
      ['input', 'milestones'],
    ));
  test('a milestone of zero', () =>
    refused(
      w.s.gql(
        Apply,
        {
          input: application({
            milestones: [
              { title: 'x', amountFen: 0 },
              { title: 'y', amountFen: 200_000 },
            ],
          }),
        },
        as(w, 'org'),
      ),
      'ventureApply',
      'BAD_USER_INPUT',
    ));
  test('a second application of the same organization', async () => {
    ok((await w.s.gql(Apply, { input: application({}) }, as(w, 'org'))).data?.ventureApply);
    await refused(w.s.gql(Apply, { input: application({ title: '另一个项目' }) }, as(w, 'org')), 'ventureApply', 'ALREADY_APPLIED');
  });
  test('before the window opens, and after the call is closed', async () => {
    const later = await openCall(w, { opensAt: new Date(Date.now() + 3_600_000).toISOString(), closesAt: new Date(Date.now() + 7_200_000).toISOString() });
    await refused(w.s.gql(Apply, { input: application({ callId: later }) }, as(w, 'org')), 'ventureApply', 'CALL_NOT_OPEN');
    const closed = await openCall(w);
    ok((await w.s.gql(CallClose, { input: { id: closed } }, as(w, 'staff'))).data?.ventureCallClose);
    await refused(w.s.gql(Apply, { input: application({ callId: closed }) }, as(w, 'org')), 'ventureApply', 'CALL_NOT_OPEN');
    await refused(w.s.gql(CallClose, { input: { id: closed } }, as(w, 'staff')), 'ventureCallClose', 'INVALID_STATE');
  });
  test('calls with a window backwards, a ceiling above the budget, repeated criteria', async () => {
    const base = CRITERIA;
    const input = (over: Record<string, unknown>) => ({
      title: '坏的创投',
      fundId: w.fundId,
      purpose: 'PROJECT',
      totalBudgetFen: 100_000,
      ceilingFen: 100_000,
      opensAt: new Date().toISOString(),
      closesAt: new Date(Date.now() + 1000).toISOString(),
      criteria: base,
      panelMemberIds: [w.members.party],
      ...over,
    });
    await refused(
      w.s.gql(CallCreate, { input: input({ closesAt: new Date(Date.now() - 1000).toISOString() }) as any }, as(w, 'staff')),
      'ventureCallCreate',
      'BAD_USER_INPUT',
      ['input', 'closesAt'],
    );
    await refused(w.s.gql(CallCreate, { input: input({ ceilingFen: 200_000 }) as any }, as(w, 'staff')), 'ventureCallCreate', 'BAD_USER_INPUT', [
      'input',
      'ceilingFen',
    ]);
    await refused(w.s.gql(CallCreate, { input: input({ criteria: [...base, base[0]] }) as any }, as(w, 'staff')), 'ventureCallCreate', 'BAD_USER_INPUT');
    await refused(w.s.gql(CallCreate, { input: input({ criteria: [] }) as any }, as(w, 'staff')), 'ventureCallCreate', 'BAD_USER_INPUT');
  });
  test('scores: while open, out of range, unknown criterion, twice, off the panel; award before the review is complete', async () => {
    const c = await openCall(w);
    const a = await applyTo(w, c, w.orgA, 200_000);
    const s = (scores: { criterion: string; score: number }[], who: Parameters<typeof as>[1] = 'party') =>
      w.s.gql(Score, { input: { applicationId: a.id, scores } }, as(w, who));
    await refused(s([{ criterion: 'need', score: 50 }]), 'ventureApplicationScore', 'INVALID_STATE');
    ok((await w.s.gql(CallClose, { input: { id: c } }, as(w, 'staff'))).data?.ventureCallClose);
    await refused(s([{ criterion: 'need', score: 101 }]), 'ventureApplicationScore', 'BAD_USER_INPUT', ['input', 'scores', '0', 'score']);
    await refused(s([{ criterion: 'need', score: -1 }]), 'ventureApplicationScore', 'BAD_USER_INPUT');
    await refused(s([{ criterion: 'impact', score: 50 }]), 'ventureApplicationScore', 'CRITERION_UNKNOWN');
    // All of one request or none: a repeated criterion in it refuses the whole.
    await refused(
      s([
        { criterion: 'need', score: 50 },
        { criterion: 'need', score: 60 },
      ]),
      'ventureApplicationScore',
      'ALREADY_SCORED',
    );
    ok((await s([{ criterion: 'need', score: 50 }])).data?.ventureApplicationScore);
    await refused(s([{ criterion: 'need', score: 70 }]), 'ventureApplicationScore', 'ALREADY_SCORED');
    await refused(s([{ criterion: 'need', score: 70 }], 'cobuild'), 'ventureApplicationScore', 'NOT_ON_PANEL');
    await refused(w.s.gql(CallAward, { input: { id: c, reason: '提前评定' } }, as(w, 'admin')), 'ventureCallAward', 'REVIEW_INCOMPLETE');
    await refused(w.s.gql(CallAward, { input: { id: c, reason: '' } }, as(w, 'admin')), 'ventureCallAward', 'BAD_USER_INPUT');
  });
  test('a report by someone without the applicant role is refused', async () => {
    const { a } = await reviewedCall(w, { award: true });
    // `party` holds no `apply`: refused top-level, whatever the milestone.
    const r = await w.s.gql(Report, { input: { id: a.milestones[0]!, report: 'x' } }, as(w, 'party'));
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

test('self-review: a panel member who filed an application cannot score it, and the award does not wait for them', async () => {
  const callId = await openCall(w, { panelMemberIds: [w.members.party, w.members.org] });
  const a = await applyTo(w, callId, w.orgA, 200_000);
  ok((await w.s.gql(CallClose, { input: { id: callId } }, as(w, 'staff'))).data?.ventureCallClose);
  expect((await app(a.id, 'org')).viewerCan.score).toBe(false);
  expect((await app(a.id, 'party')).viewerCan.score).toBe(true);
  const self = await w.s.gql(Score, { input: { applicationId: a.id, scores: [{ criterion: 'need', score: 100 }] } }, as(w, 'org'));
  expect(self.data!.ventureApplicationScore.userErrors[0]!.code).toBe('SELF_REVIEW');
  await scoreAll(w, a.id, 75, 75, ['party']);
  expect((await app(a.id, 'party')).viewerCan.score).toBe(false);
  ok((await w.s.gql(CallAward, { input: { id: callId, reason: '评审通过' } }, as(w, 'admin'))).data?.ventureCallAward);
  expect(await app(a.id)).toMatchObject({ status: 'AWARDED', score: 75, rank: 1 });
});
