// viewerCan of fund disbursements (issue 14) agrees with what approving, rejecting, cancelling and
// paying actually do, for the requester, committee members (one who already approved), the
// custodian's agent, the admin and a resident, in every state (tests/harness/viewer-can.ts).
import { graphql } from '../gql';
import type { GqlOptions } from '../harness/server';
import { viewerCanAgreement } from '../harness/viewer-can';
import { FundApprove, FundCancel, FundPay, FundReject, FundRequest, approvedRequest, donate, fundWorld, key, stopWorld, type FundWorld } from './fund.fixture';

const Can = graphql(`
  query FundDisbursementViewerCan($id: ID!) {
    node(id: $id) {
      ... on FundDisbursement {
        id
        viewerCan {
          approve
          reject
          cancel
          pay
        }
      }
    }
  }
`);

let w: FundWorld;
const who = {} as Record<string, GqlOptions>;

beforeAll(async () => {
  w = await fundWorld();
  for (const l of ['admin', 'staff', 'party', 'volunteer', 'org', 'resident'] as const) who[l] = { token: w.tokens[l] };
  await donate(w, w.earmarkedId, 100_000_000); // every payment below is covered
}, 90_000);
afterAll(() => stopWorld(w));

async function requested(): Promise<string> {
  const r = await w.s.gql(
    FundRequest,
    { input: { fundId: w.earmarkedId, title: '慰问独居老人', purpose: 'ELDERLY_CHILD', amountFen: 20_000, payee: '幸福超市' } },
    who.staff,
  );
  expect(r.data?.fundDisbursementRequest.userErrors).toEqual([]);
  return r.data!.fundDisbursementRequest.disbursement!.id;
}
async function halfApproved(): Promise<string> {
  const id = await requested();
  expect((await w.s.gql(FundApprove, { input: { id } }, who.party)).data?.fundDisbursementApprove.userErrors).toEqual([]);
  return id;
}
const approved = () => approvedRequest(w, w.earmarkedId, 20_000);
async function paid(): Promise<string> {
  const id = await approved();
  expect(
    (await w.s.gql(FundPay, { input: { id, paymentReference: 'BANK-1', idempotencyKey: key('pay') } }, who.org)).data?.fundDisbursementPay.userErrors,
  ).toEqual([]);
  return id;
}
async function rejected(): Promise<string> {
  const id = await requested();
  expect((await w.s.gql(FundReject, { input: { id, reason: '超出用途' } }, who.party)).data?.fundDisbursementReject.userErrors).toEqual([]);
  return id;
}

test('viewerCan of disbursements agrees with every disbursement mutation', async () => {
  const { disagreements, cells, allowed } = await viewerCanAgreement(w.s, {
    type: 'FundDisbursementPermissions',
    states: { REQUESTED: requested, 'REQUESTED, one approval': halfApproved, APPROVED: approved, PAID: paid, REJECTED: rejected },
    callers: who,
    read: async (id, c) => ((await w.s.gql(Can, { id }, c)).data?.node as { viewerCan?: Record<string, boolean> } | null)?.viewerCan ?? null,
    attempts: {
      approve: (id, c) => w.s.gql(FundApprove, { input: { id } }, c),
      reject: (id, c) => w.s.gql(FundReject, { input: { id, reason: '不符合条件' } }, c),
      cancel: (id, c) => w.s.gql(FundCancel, { input: { id, reason: '不再需要' } }, c),
      pay: (id, c) => w.s.gql(FundPay, { input: { id, paymentReference: 'BANK-2', idempotencyKey: key('pay') } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(cells).toBe(5 * 4 * 6);
  expect(allowed).toBeGreaterThan(8);
}, 600_000);
