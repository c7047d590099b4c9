// Concurrency bars of the fund over real HTTP against real PostgreSQL, requests released together
// behind a start barrier; each case also runs against the deliberately naive read-then-write path
// (tests/fund/fund.naive.ts, injected into this server only) and must then FAIL — proof the test catches the bug. Invariant
// SQL after each. Then a property test: random donate/pledge/fulfil/cancel/refund/request/approve/
// pay sequences against a model of the fund.
import fc from 'fast-check';
import {
  FundApprove,
  FundFulfil,
  FundPay,
  FundPledge,
  FundPledgeCancel,
  FundRecord,
  FundRefund,
  FundRequest,
  approvedRequest,
  createFund,
  donate,
  fundWorld,
  invariants,
  key,
  stopWorld,
  type FundWorld,
} from './fund.fixture';
import { naiveFund } from './fund.naive';

let w: FundWorld;
beforeAll(async () => {
  w = await fundWorld();
}, 60_000);
afterAll(() => stopWorld(w));

let funds = 0;
const newFund = () => createFund(w, `并发基金 ${++funds}`, 'GENERAL');
const as = (login: keyof FundWorld['tokens']) => ({ token: w.tokens[login] });

/** Runs every call at once: all wait on one gate, then go. */
async function together<T>(calls: (() => Promise<T>)[]): Promise<T[]> {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const running = calls.map(async (c) => {
    await gate;
    return c();
  });
  open();
  return Promise.all(running);
}

/** Runs `scenario` with the naive paths injected into this server, restoring the real ones afterwards. */
const naively = <T>(scenario: () => Promise<T>): Promise<T> => w.s.withStrategies(naiveFund, scenario);

const codeOf = (r: { data?: any; errors?: readonly any[] | null }, field: string) =>
  r.errors ? `ERROR:${r.errors[0]?.extensions?.code}` : (r.data[field].userErrors[0]?.code ?? 'OK');
const tally = (codes: string[]) => codes.reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});

// ── 20 approved disbursements against a balance that covers 7 ───────────────────────────────
async function payRace(): Promise<{ codes: Record<string, number>; paid: number; balance: number; broken: string[] }> {
  const fundId = await newFund();
  await donate(w, fundId, 7_000);
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) ids.push(await approvedRequest(w, fundId, 1_000, 'ACTIVITY'));
  const replies = await together(
    ids.map((id, i) => () => w.s.gql(FundPay, { input: { id, paymentReference: `RACE-${i}`, idempotencyKey: key('race') } }, as('org'))),
  );
  const {
    rows: [r],
  } = await w.db.query(
    `select (select count(*)::int from fund_disbursement where status = 'PAID' and fund_id = $1) paid,
            (select coalesce(sum(e.amount_fen), 0)::bigint from fund_ledger_entry e join fund_account a on a.id = e.account_id where a.code = 'CASH' and a.fund_id = $1) cash`,
    [Buffer.from(fundId, 'base64url').toString('utf8').split(':')[2]],
  );
  return { codes: tally(replies.map((x) => codeOf(x, 'fundDisbursementPay'))), paid: r.paid, balance: Number(r.cash), broken: await invariants(w.db, fundId) };
}

test('20 approved disbursements race a balance covering 7: exactly 7 paid, once each, never below zero', async () => {
  const r = await payRace();
  expect(r).toEqual({ codes: { OK: 7, INSUFFICIENT_FUNDS: 13 }, paid: 7, balance: 0, broken: [] });
}, 120_000);

test('negative control: the naive read-then-write payout overpays and the invariants catch it', async () => {
  const r = await naively(payRace);
  expect(r.paid > 7 || r.balance < 0 || r.broken.length > 0).toBe(true);
  expect(r.broken.length).toBeGreaterThan(0);
}, 120_000);

// ── one approver, 20 concurrent approvals of one request ────────────────────────────────────
async function approveRace(): Promise<{ codes: Record<string, number>; status: string; counted: number; rows: number; broken: string[] }> {
  const fundId = await newFund();
  const req = (await w.s.gql(FundRequest, { input: { fundId, title: '双击批准', purpose: 'ACTIVITY', amountFen: 100, payee: 'x' } }, as('staff'))).data!
    .fundDisbursementRequest.disbursement!.id;
  const replies = await together(Array.from({ length: 20 }, () => () => w.s.gql(FundApprove, { input: { id: req } }, as('party'))));
  const raw = Buffer.from(req, 'base64url').toString('utf8').split(':')[2];
  const {
    rows: [r],
  } = await w.db.query(
    `select status, approvals_count counted, (select count(*)::int from fund_approval where disbursement_id = $1) n from fund_disbursement where id = $1`,
    [raw],
  );
  return {
    codes: tally(replies.map((x) => codeOf(x, 'fundDisbursementApprove'))),
    status: r.status,
    counted: r.counted,
    rows: r.n,
    broken: await invariants(w.db, fundId),
  };
}

test('one committee member approving 20× at once counts once; the request still waits for a second approver', async () => {
  expect(await approveRace()).toEqual({ codes: { OK: 1, ALREADY_APPROVED: 19 }, status: 'REQUESTED', counted: 1, rows: 1, broken: [] });
}, 60_000);

test('negative control: the naive approval counts the same approver more than once', async () => {
  const r = await naively(approveRace);
  expect(r.counted).toBeGreaterThan(r.rows);
  expect(r.broken).toContain('approvals counted = approval rows: 1 violation(s)');
}, 60_000);

// ── the same idempotency key 20× at once, then again later ──────────────────────────────────
/** `record` posts to the ledger (and draws a receipt); `pledge` goes through the same key guard without
 * a receipt, so its negative control isolates the key guard from the receipt counter's own. */
async function keyRace(op: 'record' | 'pledge'): Promise<{ donations: number; sameReplies: boolean; later: boolean; reused: string; broken: string[] }> {
  const fundId = await newFund();
  const input = { fundId, kind: 'MONEY' as const, amountFen: 5_000, donor: { id: w.charityId }, idempotencyKey: key('same') };
  const doc = (op === 'record' ? FundRecord : FundPledge) as typeof FundRecord;
  const field = op === 'record' ? 'fundDonationRecord' : 'fundPledgeCreate';
  const replies = await together(Array.from({ length: 20 }, () => () => w.s.gql(doc, { input }, as('org'))));
  const first = JSON.stringify(replies[0]!.data);
  const later = await w.s.gql(doc, { input }, as('org'));
  const reused = await w.s.gql(doc, { input: { ...input, amountFen: 5_001 } }, as('org'));
  const raw = Buffer.from(fundId, 'base64url').toString('utf8').split(':')[2];
  const {
    rows: [r],
  } = await w.db.query(`select count(*)::int n from fund_donation where fund_id = $1`, [raw]);
  return {
    donations: r.n,
    sameReplies: replies.every((x) => JSON.stringify(x.data) === first) && !!(replies[0]!.data as any)?.[field].donation,
    later: JSON.stringify(later.data) === first,
    reused: codeOf(reused, field),
    broken: await invariants(w.db, fundId),
  };
}

test.each(['record', 'pledge'] as const)(
  'the same idempotency key sent 20× at once and again later (%s): one effect, every reply the first result',
  async (op) => {
    expect(await keyRace(op)).toEqual({ donations: 1, sameReplies: true, later: true, reused: 'IDEMPOTENCY_KEY_REUSED', broken: [] });
  },
  60_000,
);

test('negative control: a naive key lookup lets concurrent retries take effect several times', async () => {
  const r = await naively(() => keyRace('pledge'));
  expect(r.donations).toBeGreaterThan(1);
}, 60_000);

// ── receipts under concurrency ──────────────────────────────────────────────────────────────
async function receiptRace(): Promise<{ codes: Record<string, number>; numbers: number[]; broken: string[] }> {
  const fundId = await newFund();
  const replies = await together(
    Array.from(
      { length: 20 },
      (_, i) => () =>
        w.s.gql(FundRecord, { input: { fundId, kind: 'MONEY', amountFen: 100 + i, donor: { name: `捐赠人${i}` }, idempotencyKey: key('rcpt') } }, as('org')),
    ),
  );
  const raw = Buffer.from(fundId, 'base64url').toString('utf8').split(':')[2];
  const { rows } = await w.db.query(`select receipt_no from fund_donation where fund_id = $1 order by receipt_no`, [raw]);
  return { codes: tally(replies.map((x) => codeOf(x, 'fundDonationRecord'))), numbers: rows.map((x) => x.receipt_no), broken: await invariants(w.db, fundId) };
}

test('20 donations at once get receipt numbers 1…20: no gap, no duplicate', async () => {
  expect(await receiptRace()).toEqual({ codes: { OK: 20 }, numbers: Array.from({ length: 20 }, (_, i) => i + 1), broken: [] });
}, 60_000);

test('negative control: a read-then-write receipt counter hands out duplicates', async () => {
  const r = await naively(receiptRace);
  expect(r.codes.OK ?? 0).toBeLessThan(20);
}, 60_000);

// ── property: random sequences against a model ──────────────────────────────────────────────
type Cmd =
  | { t: 'donate'; amount: number }
  | { t: 'pledge'; amount: number }
  | { t: 'fulfil'; i: number }
  | { t: 'cancelPledge'; i: number }
  | { t: 'refund'; i: number }
  | { t: 'request'; amount: number; approvals: number }
  | { t: 'pay'; i: number };

const amount = fc.integer({ min: 1, max: 5_000 });
const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  fc.record({ t: fc.constant('donate' as const), amount }),
  fc.record({ t: fc.constant('pledge' as const), amount }),
  fc.record({ t: fc.constant('fulfil' as const), i: fc.nat(9) }),
  fc.record({ t: fc.constant('cancelPledge' as const), i: fc.nat(9) }),
  fc.record({ t: fc.constant('refund' as const), i: fc.nat(9) }),
  fc.record({ t: fc.constant('request' as const), amount, approvals: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ t: fc.constant('pay' as const), i: fc.nat(9) }),
);

test('property: any sequence of donate/pledge/fulfil/cancel/refund/request/approve/pay matches the model', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(cmd, { minLength: 1, maxLength: 14 }), async (cmds) => {
      const fundId = await newFund();
      // The model: money held, each donation's state and amount, each request's state and amount.
      let cash = 0;
      const donations: { id: string; amount: number; status: string }[] = [];
      const requests: { id: string; amount: number; status: string }[] = [];
      const pick = <T>(xs: T[], i: number) => (xs.length ? xs[i % xs.length] : undefined);
      for (const c of cmds) {
        if (c.t === 'donate' || c.t === 'pledge') {
          const doc = c.t === 'donate' ? FundRecord : FundPledge;
          const r: any = await w.s.gql(
            doc as typeof FundRecord,
            { input: { fundId, kind: 'MONEY', amountFen: c.amount, donor: { id: w.charityId }, idempotencyKey: key('prop') } },
            as('org'),
          );
          const d = (r.data.fundDonationRecord ?? r.data.fundPledgeCreate).donation;
          donations.push({ id: d.id, amount: c.amount, status: c.t === 'donate' ? 'RECEIVED' : 'PLEDGED' });
          if (c.t === 'donate') cash += c.amount;
        } else if (c.t === 'fulfil' || c.t === 'cancelPledge' || c.t === 'refund') {
          const d = pick(donations, c.i);
          if (!d) continue;
          let expected: string;
          if (c.t === 'fulfil') expected = d.status === 'PLEDGED' ? 'OK' : 'INVALID_STATE';
          else if (c.t === 'cancelPledge') expected = d.status === 'PLEDGED' ? 'OK' : 'INVALID_STATE';
          else expected = d.status !== 'RECEIVED' ? 'INVALID_STATE' : cash < d.amount ? 'INSUFFICIENT_FUNDS' : 'OK';
          const r =
            c.t === 'fulfil'
              ? await w.s.gql(FundFulfil, { input: { id: d.id, idempotencyKey: key('prop') } }, as('org'))
              : c.t === 'cancelPledge'
                ? await w.s.gql(FundPledgeCancel, { input: { id: d.id, reason: '模型' } }, as('org'))
                : await w.s.gql(FundRefund, { input: { id: d.id, reason: '模型', idempotencyKey: key('prop') } }, as('org'));
          const field = { fulfil: 'fundPledgeFulfil', cancelPledge: 'fundPledgeCancel', refund: 'fundDonationRefund' }[c.t];
          expect([c, codeOf(r, field)]).toEqual([c, expected]);
          if (expected === 'OK') {
            if (c.t === 'fulfil') {
              d.status = 'RECEIVED';
              cash += d.amount;
            }
            if (c.t === 'cancelPledge') d.status = 'CANCELLED';
            if (c.t === 'refund') {
              d.status = 'REFUNDED';
              cash -= d.amount;
            }
          }
        } else if (c.t === 'request') {
          const r = await w.s.gql(FundRequest, { input: { fundId, title: '模型', purpose: 'ACTIVITY', amountFen: c.amount, payee: 'x' } }, as('staff'));
          const id = r.data!.fundDisbursementRequest.disbursement!.id;
          for (const who of (['party', 'volunteer'] as const).slice(0, c.approvals)) await w.s.gql(FundApprove, { input: { id } }, as(who));
          requests.push({ id, amount: c.amount, status: c.approvals === 2 ? 'APPROVED' : 'REQUESTED' });
        } else {
          const q = pick(requests, c.i);
          if (!q) continue;
          const expected = q.status !== 'APPROVED' ? 'INVALID_STATE' : cash < q.amount ? 'INSUFFICIENT_FUNDS' : 'OK';
          const r = await w.s.gql(FundPay, { input: { id: q.id, paymentReference: 'P', idempotencyKey: key('prop') } }, as('org'));
          expect([c, codeOf(r, 'fundDisbursementPay')]).toEqual([c, expected]);
          if (expected === 'OK') {
            q.status = 'PAID';
            cash -= q.amount;
          }
        }
      }
      const raw = Buffer.from(fundId, 'base64url').toString('utf8').split(':')[2];
      const {
        rows: [acc],
      } = await w.db.query(`select balance_fen from fund_account where fund_id = $1 and code = 'CASH'`, [raw]);
      expect(Number(acc.balance_fen)).toBe(cash);
      expect(await invariants(w.db, fundId)).toEqual([]);
    }),
    { numRuns: 12, seed: 20261122, endOnFailure: true },
  );
}, 240_000);
