// The role × action table of module fund, checked in and run both ways through GraphQL: allowed →
// the operation works; denied → FORBIDDEN (or the hidden value) and nothing written. The same table
// is what each object's per-viewer `permissions` reports. Roles are the fund's own: a donor (a
// resident who pledged), a committee member, the custodian's agent, community staff (the
// requester), a plain resident, and an outsider (no membership here).
import { graphql } from '../gql';
import {
  FundApprove,
  FundCancel,
  FundFulfil,
  FundPay,
  FundPledge,
  FundRecord,
  FundRefund,
  FundReject,
  FundRequest,
  FundStatementQ,
  FundUpdate,
  approvedRequest,
  donate,
  fundWorld,
  invariants,
  key,
  stopWorld,
  type FundWorld,
} from './fund.fixture';

const ROLES = ['donor', 'committee', 'custodian', 'staff', 'resident', 'outsider'] as const;
type FundRole = (typeof ROLES)[number];
const Y = 'allowed';
const N = 'denied';

// prettier-ignore
const MATRIX: Record<string, readonly (typeof Y | typeof N)[]> = {
  //                donor committee custodian staff resident outsider
  'read':          [ Y,    Y,        Y,        Y,    Y,       N ],
  'pledge':        [ Y,    Y,        Y,        Y,    Y,       N ],
  'record':        [ N,    N,        Y,        Y,    N,       N ],
  'fulfil':        [ N,    N,        Y,        Y,    N,       N ],
  'refund':        [ N,    N,        Y,        N,    N,       N ],
  'request':       [ N,    N,        N,        Y,    N,       N ],
  'approve':       [ N,    Y,        N,        N,    N,       N ],
  'reject':        [ N,    Y,        N,        N,    N,       N ],
  'cancel':        [ N,    N,        N,        Y,    N,       N ],
  'pay':           [ N,    N,        Y,        N,    N,       N ],
  'manage':        [ N,    N,        N,        N,    N,       N ],
  'seeDonors':     [ N,    Y,        Y,        Y,    N,       N ],
};

const Perms = graphql(`
  query FundMatrixPerms($id: ID!, $d: ID!) {
    fund(id: $id) {
      permissions {
        recordDonation
        pledge
        requestDisbursement
        approve
        pay
        manage
        seeDonors
      }
    }
    node(id: $d) {
      ... on FundDisbursement {
        permissions {
          approve
          reject
          cancel
          pay
        }
      }
    }
  }
`);
const AnonDonor = graphql(`
  query FundMatrixAnon($fundId: ID!) {
    fundDonations(fundId: $fundId, first: 100) {
      nodes {
        id
        donorName
      }
    }
  }
`);
const OutsiderSetup = graphql(`
  mutation FundMatrixCommunity($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
    }
  }
`);
const OutsiderLogin = graphql(`
  mutation FundMatrixLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const OutsiderAdd = graphql(`
  mutation FundMatrixAdd($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let w: FundWorld;
const auth = {} as Record<FundRole, { token: string; headers?: Record<string, string> }>;
let anonDonation = '';

beforeAll(async () => {
  w = await fundWorld();
  const login = { donor: 'donor', committee: 'party', custodian: 'org', staff: 'staff', resident: 'resident' } as const;
  for (const [role, l] of Object.entries(login)) auth[role as FundRole] = { token: w.tokens[l] };
  const platform = await w.s.login('platform');
  const b = (await w.s.gql(OutsiderSetup, { input: { name: '外社区', regionCode: '529999000002' } }, { token: platform })).data!.communityCreate.community!.id;
  const pInB = (await w.s.gql(OutsiderLogin, { input: { login: 'platform', password: 'wushe-demo', community: b } })).data!.authLogin.accessToken!;
  await w.s.gql(
    OutsiderAdd,
    { input: { login: 'fund-outsider', displayName: '外人', password: 'outsider-pass-1', roles: ['COMMUNITY_ADMIN'] } },
    { token: pInB },
  );
  const tOut = (await w.s.gql(OutsiderLogin, { input: { login: 'fund-outsider', password: 'outsider-pass-1', community: b } })).data!.authLogin.accessToken!;
  auth.outsider = { token: tOut, headers: { 'x-community-id': w.communityId } };
  await donate(w, w.fundId, 10_000_000);
  anonDonation = await donate(w, w.fundId, 100, true);
}, 90_000);
afterAll(() => stopWorld(w));

const staff = () => ({ token: w.tokens.staff });
const newRequest = async () =>
  (await w.s.gql(FundRequest, { input: { fundId: w.fundId, title: '矩阵', purpose: 'ACTIVITY', amountFen: 100, payee: 'x' } }, staff())).data!
    .fundDisbursementRequest.disbursement!.id;
const newPledge = async () =>
  (await w.s.gql(FundPledge, { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 100, idempotencyKey: key() } }, { token: w.tokens.donor })).data!
    .fundPledgeCreate.donation!.id;

interface Op {
  prepare?: () => Promise<string>;
  run: (id: string, as: { token: string; headers?: Record<string, string> }) => Promise<{ data?: any; errors?: readonly any[] }>;
  /** The payload field (its userErrors must be empty when allowed), or a reader of the evidence. */
  payload?: string;
  evidence?: (data: any) => boolean;
}

const OPS: Record<string, Op> = {
  read: {
    run: (_, a) => w.s.gql(FundStatementQ, { fundId: w.fundId, from: '2025-01-01T00:00:00Z', to: '2029-01-01T00:00:00Z' }, a),
    evidence: (d) => d?.fundStatement?.closingBalanceFen > 0,
  },
  pledge: {
    run: (_, a) => w.s.gql(FundPledge, { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 100, idempotencyKey: key() } }, a),
    payload: 'fundPledgeCreate',
  },
  record: {
    run: (_, a) => w.s.gql(FundRecord, { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 100, donor: { name: '矩阵' }, idempotencyKey: key() } }, a),
    payload: 'fundDonationRecord',
  },
  fulfil: { prepare: newPledge, run: (id, a) => w.s.gql(FundFulfil, { input: { id, idempotencyKey: key() } }, a), payload: 'fundPledgeFulfil' },
  refund: {
    prepare: () => donate(w, w.fundId, 100),
    run: (id, a) => w.s.gql(FundRefund, { input: { id, reason: '矩阵', idempotencyKey: key() } }, a),
    payload: 'fundDonationRefund',
  },
  request: {
    run: (_, a) => w.s.gql(FundRequest, { input: { fundId: w.fundId, title: '矩阵', purpose: 'ACTIVITY', amountFen: 100, payee: 'x' } }, a),
    payload: 'fundDisbursementRequest',
  },
  approve: { prepare: newRequest, run: (id, a) => w.s.gql(FundApprove, { input: { id } }, a), payload: 'fundDisbursementApprove' },
  reject: { prepare: newRequest, run: (id, a) => w.s.gql(FundReject, { input: { id, reason: '矩阵' } }, a), payload: 'fundDisbursementReject' },
  cancel: { prepare: newRequest, run: (id, a) => w.s.gql(FundCancel, { input: { id, reason: '矩阵' } }, a), payload: 'fundDisbursementCancel' },
  pay: {
    prepare: () => approvedRequest(w, w.fundId, 100, 'ACTIVITY'),
    run: (id, a) => w.s.gql(FundPay, { input: { id, paymentReference: 'M-1', idempotencyKey: key() } }, a),
    payload: 'fundDisbursementPay',
  },
  manage: { run: (_, a) => w.s.gql(FundUpdate, { input: { id: w.fundId, description: '矩阵' } }, a), payload: 'fundUpdate' },
  seeDonors: {
    run: (_, a) => w.s.gql(AnonDonor, { fundId: w.fundId }, a),
    evidence: (d) => d?.fundDonations?.nodes.find((n: { id: string }) => n.id === anonDonation)?.donorName === '永盛商贸有限公司',
  },
};

const FINGERPRINT = `select (select count(*) from fund_donation) d, (select md5(string_agg(x::text, '' order by id)) from fund_donation x) dh,
  (select md5(string_agg(x::text, '' order by id)) from fund_disbursement x) rh, (select count(*) from fund_approval) a,
  (select count(*) from fund_ledger_entry) e, (select md5(string_agg(f::text, '' order by id)) from fund_fund f) f,
  (select count(*) from outbox_event) ev`;

test('the table has a row and an operation per action and a column per role', () => {
  expect(Object.keys(OPS).sort()).toEqual(Object.keys(MATRIX).sort());
  for (const row of Object.values(MATRIX)) expect(row).toHaveLength(ROLES.length);
});

describe.each(Object.keys(MATRIX))('fund %s', (action) => {
  test.each(ROLES.map((role, i) => [role, MATRIX[action]![i]!] as const))('%s: %s', async (role, expected) => {
    const op = OPS[action]!;
    const id = (await op.prepare?.()) ?? '';
    const before = (await w.db.query(FINGERPRINT)).rows[0];
    const r = await op.run(id, auth[role]);
    if (expected === 'allowed') {
      expect(r.errors).toBeUndefined();
      if (op.payload) expect(r.data[op.payload].userErrors).toEqual([]);
      if (op.evidence) expect(op.evidence(r.data)).toBe(true);
    } else {
      if (op.evidence && !r.errors) expect(op.evidence(r.data)).toBe(false);
      else expect((r.errors ?? []).map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect((await w.db.query(FINGERPRINT)).rows[0]).toEqual(before);
    }
  });
});

test("each object's per-viewer permissions report the same table", async () => {
  const req = await newRequest();
  for (const [i, role] of ROLES.entries()) {
    if (role === 'outsider') continue;
    const r = await w.s.gql(Perms, { id: w.fundId, d: req }, auth[role]);
    const f = r.data!.fund!.permissions;
    const d = (r.data!.node as { permissions: Record<string, boolean> }).permissions;
    const want = (a: string) => MATRIX[a]![i] === Y;
    expect([role, f]).toEqual([
      role,
      {
        recordDonation: want('record'),
        pledge: want('pledge'),
        requestDisbursement: want('request'),
        approve: want('approve'),
        pay: want('pay'),
        manage: want('manage'),
        seeDonors: want('seeDonors'),
      },
    ]);
    // On a fresh request (REQUESTED) paying is not possible yet, whoever asks.
    expect([role, d]).toEqual([role, { approve: want('approve'), reject: want('reject'), cancel: want('cancel'), pay: false }]);
  }
  expect(await invariants(w.db)).toEqual([]);
});
