// Shared world of the fund tests: the demo community with the fund module on, a custodian social
// organization, donors in the registry, a committee (party, volunteer, cobuild), a custodian agent
// (org), a resident donor, a general and an earmarked fund; typed operations; invariant SQL.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

export const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident'] as const;
export type FundLogin = (typeof LOGINS)[number] | 'donor';

const Enable = graphql(`
  mutation FundFxEnable($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Members = graphql(`
  query FundFxMembers {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
    community {
      id
    }
  }
`);
const AddMember = graphql(`
  mutation FundFxAddMember($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Forces = graphql(`
  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {
    socialOrganizationCreate(input: $o) {
      socialOrganization {
        id
      }
    }
    named: charityResourceCreate(input: $c) {
      charityResource {
        id
      }
    }
    anon: charityResourceCreate(input: $a) {
      charityResource {
        id
      }
    }
    cobuildingUnitCreate(input: $u) {
      cobuildingUnit {
        id
      }
    }
  }
`);

export const FundCreate = graphql(`
  mutation FundCreate($input: FundCreateInput!) {
    fundCreate(input: $input) {
      fund {
        id
        name
        kind
        purpose
        balanceFen
        custodian {
          name
          type
        }
        roster {
          displayName
          role
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundUpdate = graphql(`
  mutation FundUpdate($input: FundUpdateInput!) {
    fundUpdate(input: $input) {
      fund {
        id
        name
        active
        roster {
          displayName
          role
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundGet = graphql(`
  query FundGet($id: ID!) {
    fund(id: $id) {
      id
      name
      balanceFen
      goodsValuationFen
      incomeFen
      spentFen
      receiptsIssued
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
  }
`);
export const FundRecord = graphql(`
  mutation FundRecord($input: FundDonationInput!) {
    fundDonationRecord(input: $input) {
      donation {
        id
        status
        kind
        amountFen
        receiptNumber
        donorName
        anonymous
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundPledge = graphql(`
  mutation FundPledge($input: FundDonationInput!) {
    fundPledgeCreate(input: $input) {
      donation {
        id
        status
        receiptNumber
        donorName
        mine
        permissions {
          fulfil
          cancel
          refund
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundFulfil = graphql(`
  mutation FundFulfil($input: FundPledgeFulfilInput!) {
    fundPledgeFulfil(input: $input) {
      donation {
        id
        status
        receiptNumber
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundPledgeCancel = graphql(`
  mutation FundPledgeCancel($input: FundPledgeCancelInput!) {
    fundPledgeCancel(input: $input) {
      donation {
        id
        status
        reason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundRefund = graphql(`
  mutation FundRefund($input: FundDonationRefundInput!) {
    fundDonationRefund(input: $input) {
      donation {
        id
        status
        refundedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundRequest = graphql(`
  mutation FundRequest($input: FundDisbursementRequestInput!) {
    fundDisbursementRequest(input: $input) {
      disbursement {
        id
        status
        approvalsRequired
        councilRequired
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundApprove = graphql(`
  mutation FundApprove($input: FundDisbursementApproveInput!) {
    fundDisbursementApprove(input: $input) {
      disbursement {
        id
        status
        approvalsCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundReject = graphql(`
  mutation FundReject($input: FundDisbursementCloseInput!) {
    fundDisbursementReject(input: $input) {
      disbursement {
        id
        status
        reason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundCancel = graphql(`
  mutation FundCancel($input: FundDisbursementCloseInput!) {
    fundDisbursementCancel(input: $input) {
      disbursement {
        id
        status
        reason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundPay = graphql(`
  mutation FundPay($input: FundDisbursementPayInput!) {
    fundDisbursementPay(input: $input) {
      disbursement {
        id
        status
        paymentReference
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const FundStatementQ = graphql(`
  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    fundStatement(fundId: $fundId, from: $from, to: $to) {
      fundName
      openingBalanceFen
      incomeFen
      goodsFen
      spendingFen
      closingBalanceFen
      income {
        donor
        anonymous
        moneyFen
        goodsFen
        count
      }
      spending {
        purpose
        purposeName
        amountFen
        count
      }
      csv
    }
  }
`);

export interface FundWorld {
  s: TestServer;
  db: Client;
  tokens: Record<FundLogin, string>;
  members: Record<FundLogin, string>;
  communityId: string;
  custodianOrgId: string;
  charityId: string;
  anonCharityId: string;
  cobuildId: string;
  fundId: string;
  earmarkedId: string;
}

let n = 0;
/** A fresh idempotency key. */
export const key = (p = 'fund') => `${p}-${process.pid}-${Date.now()}-${++n}`;

export async function fundWorld(): Promise<FundWorld> {
  const s = await startTestServer({ demo: true });
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const tokens = {} as Record<FundLogin, string>;
  for (const l of LOGINS) tokens[l] = await s.login(l);
  const admin = { token: tokens.admin };
  const enabled = await s.gql(Enable, { input: { moduleKey: 'fund', enabled: true } }, admin);
  expect(enabled.data?.communityModuleConfigure.userErrors).toEqual([]);
  const added = await s.gql(AddMember, { input: { login: 'donor', displayName: '捐赠居民 钱多', password: 'wushe-demo', roles: ['RESIDENT'] } }, admin);
  expect(added.data?.membershipAdd.userErrors).toEqual([]);
  tokens.donor = await s.login('donor');
  const m = (await s.gql(Members, {}, admin)).data!;
  const members = Object.fromEntries(m.memberships.nodes.map((x) => [x.login, x.id])) as Record<FundLogin, string>;
  const f = (
    await s.gql(
      Forces,
      {
        o: { name: '凤庆县慈善会社区基金托管' },
        c: { name: '永盛商贸有限公司', kind: 'BUSINESS' },
        a: { name: '不愿具名的好心人', kind: 'INDIVIDUAL', anonymous: true },
        u: { name: '县供电局（共建单位）' },
      },
      admin,
    )
  ).data!;
  const w: FundWorld = {
    s,
    db,
    tokens,
    members,
    communityId: m.community.id,
    custodianOrgId: f.socialOrganizationCreate.socialOrganization!.id,
    charityId: f.named.charityResource!.id,
    anonCharityId: f.anon.charityResource!.id,
    cobuildId: f.cobuildingUnitCreate.cobuildingUnit!.id,
    fundId: '',
    earmarkedId: '',
  };
  w.fundId = await createFund(w, '凤庆社区基金', 'GENERAL');
  w.earmarkedId = await createFund(w, '一老一小专项基金', 'EARMARKED', 'ELDERLY_CHILD');
  return w;
}

export async function createFund(w: FundWorld, name: string, kind: 'GENERAL' | 'EARMARKED', purpose?: string): Promise<string> {
  const r = await w.s.gql(
    FundCreate,
    {
      input: {
        name,
        kind,
        purpose,
        custodianId: w.custodianOrgId,
        committeeMemberIds: [w.members.party, w.members.volunteer, w.members.cobuild],
        custodianAgentIds: [w.members.org],
      },
    },
    { token: w.tokens.admin },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.fundCreate.userErrors).toEqual([]);
  return r.data!.fundCreate.fund!.id;
}

/** Money received by the custodian agent for the named charity donor. */
export async function donate(w: FundWorld, fundId: string, amountFen: number, anonymous = false): Promise<string> {
  const r = await w.s.gql(
    FundRecord,
    { input: { fundId, kind: 'MONEY', amountFen, donor: { id: w.charityId }, anonymous, idempotencyKey: key('don') } },
    { token: w.tokens.org },
  );
  expect(r.data?.fundDonationRecord.userErrors).toEqual([]);
  return r.data!.fundDonationRecord.donation!.id;
}

/** A request by staff, approved by two committee members. */
export async function approvedRequest(w: FundWorld, fundId: string, amountFen: number, purpose = 'ELDERLY_CHILD'): Promise<string> {
  const r = await w.s.gql(FundRequest, { input: { fundId, title: '重阳节慰问独居老人', purpose, amountFen, payee: '幸福超市' } }, { token: w.tokens.staff });
  expect(r.data?.fundDisbursementRequest.userErrors).toEqual([]);
  const id = r.data!.fundDisbursementRequest.disbursement!.id;
  for (const who of ['party', 'volunteer'] as const) {
    const a = await w.s.gql(FundApprove, { input: { id } }, { token: w.tokens[who] });
    expect(a.data?.fundDisbursementApprove.userErrors).toEqual([]);
  }
  return id;
}

/** Every rule of the ledger that must hold after any sequence of operations; [] when all hold.
 * With `fundId`, only that fund is checked (negative controls leave broken funds behind). */
export async function invariants(db: Client, fundId: string | null = null): Promise<string[]> {
  const f = (col: string) => `($1::uuid is null or ${col} = $1::uuid)`;
  const checks: [string, string][] = [
    [
      'cached balance = Σ entries',
      `select a.id from fund_account a left join (select account_id, sum(amount_fen) s from fund_ledger_entry group by 1) e on e.account_id = a.id where ${f('a.fund_id')} and a.balance_fen <> coalesce(e.s, 0)`,
    ],
    ['Σ per transaction = 0, ≥ 2 legs', `select txn_id from fund_ledger_entry where ${f('fund_id')} group by 1 having sum(amount_fen) <> 0 or count(*) < 2`],
    [
      'no transaction without entries',
      `select t.id from fund_ledger_txn t where ${f('t.fund_id')} and not exists (select 1 from fund_ledger_entry e where e.txn_id = t.id)`,
    ],
    ['no orphan entries', `select e.id from fund_ledger_entry e left join fund_ledger_txn t on t.id = e.txn_id where ${f('e.fund_id')} and t.id is null`],
    [
      'assets ≥ 0 by the entries',
      `select a.id from fund_account a join fund_ledger_entry e on e.account_id = a.id where ${f('a.fund_id')} and a.normal = 'DEBIT' group by a.id having sum(e.amount_fen) < 0`,
    ],
    [
      'paid ⇔ exactly one payout transaction',
      `select d.id from fund_disbursement d left join fund_ledger_txn t on t.disbursement_id = d.id where ${f('d.fund_id')} group by d.id, d.status having (d.status = 'PAID') <> (count(t.id) = 1) or count(t.id) > 1`,
    ],
    [
      'approvals counted = approval rows',
      `select d.id from fund_disbursement d left join fund_approval a on a.disbursement_id = d.id where ${f('d.fund_id')} group by d.id having d.approvals_count <> count(a.id)`,
    ],
    [
      'approved/paid only with enough approvals',
      `select id from fund_disbursement where ${f('fund_id')} and status in ('APPROVED', 'PAID') and approvals_count < approvals_required`,
    ],
    [
      'nobody approved their own request',
      `select a.id from fund_approval a join fund_disbursement d on d.id = a.disbursement_id where ${f('d.fund_id')} and a.approver_account_id = d.requester_account_id`,
    ],
    [
      'received money/goods ⇔ one income transaction',
      `select d.id from fund_donation d left join fund_ledger_txn t on t.donation_id = d.id and t.kind = 'DONATION' where ${f('d.fund_id')} and d.kind <> 'SERVICE' group by d.id, d.status having (d.status in ('RECEIVED', 'REFUNDED')) <> (count(t.id) = 1)`,
    ],
    [
      'refunded ⇔ one reversing transaction',
      `select d.id from fund_donation d left join fund_ledger_txn t on t.donation_id = d.id and t.kind = 'REFUND' where ${f('d.fund_id')} and d.kind <> 'SERVICE' group by d.id, d.status having (d.status = 'REFUNDED') <> (count(t.id) = 1)`,
    ],
    [
      'receipts 1…n per fund, no gaps',
      `select f.id from fund_fund f left join fund_donation d on d.fund_id = f.id and d.receipt_no is not null where ${f('f.id')} group by f.id, f.receipt_seq having count(d.id) <> f.receipt_seq or coalesce(max(d.receipt_no), 0) <> f.receipt_seq or count(distinct d.receipt_no) <> count(d.id)`,
    ],
  ];
  const out: string[] = [];
  const raw = fundId ? Buffer.from(fundId, 'base64url').toString('utf8').split(':')[2]! : null;
  for (const [name, q] of checks) {
    const { rows } = await db.query(q, [raw]);
    if (rows.length) out.push(`${name}: ${rows.length} violation(s)`);
  }
  return out;
}

export async function stopWorld(w: FundWorld | undefined): Promise<void> {
  await w?.db.end();
  await w?.s.stop();
}
