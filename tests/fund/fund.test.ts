// Community fund end to end through GraphQL: funds with custodian and committee, donations with
// gap-free receipts, anonymity, pledges, refunds, idempotency, the disbursement state machine with
// per-viewer permissions, earmarking, the council vote above the threshold, the public statement
// (JSON and CSV), metrics, and tenant isolation of every ID-taking field.
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { toGlobalId } from '../../src/schema/global-id';
import fund from '../../src/modules/fund';
import {
  FundApprove,
  FundCancel,
  FundCreate,
  FundFulfil,
  FundGet,
  FundPay,
  FundPledge,
  FundPledgeCancel,
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

const Requests = graphql(`
  query FundRequests($fundId: ID!) {
    fundDisbursements(fundId: $fundId, first: 50) {
      totalCount
      nodes {
        id
        status
        approvalsCount
        requesterName
        purposeName
        approvalEntries {
          approverName
        }
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
const Donations = graphql(`
  query FundDonations($fundId: ID!, $mine: Boolean) {
    fundDonations(fundId: $fundId, mine: $mine, first: 100) {
      totalCount
      nodes {
        id
        donorName
        donorType
        donorId
        anonymous
        receiptNumber
        status
        mine
      }
    }
  }
`);
const NodeQ = graphql(`
  query FundNode($id: ID!) {
    node(id: $id) {
      id
      ... on FundDisbursement {
        status
        amountFen
      }
      ... on FundDonation {
        amountFen
      }
      ... on Fund {
        name
      }
    }
  }
`);
const Funds = graphql(`
  query FundList {
    funds {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);

let w: FundWorld;
beforeAll(async () => {
  w = await fundWorld();
}, 60_000);
afterAll(() => stopWorld(w));
afterEach(async () => {
  if (w) expect(await invariants(w.db)).toEqual([]);
});

const as = (login: keyof FundWorld['tokens']) => ({ token: w.tokens[login] });
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

describe('funds', () => {
  test('a fund names its custodian and committee; every member reads it', async () => {
    const list = await w.s.gql(Funds, {}, as('resident'));
    expect(list.data!.funds.nodes.map((f) => f.name).sort()).toEqual(['一老一小专项基金', '凤庆社区基金']);
    const r = await w.s.gql(
      FundCreate,
      {
        input: {
          name: '商会助学基金',
          kind: 'EARMARKED',
          purpose: 'NOT_A_PURPOSE',
          custodianId: w.custodianOrgId,
          committeeMemberIds: [],
          custodianAgentIds: [w.members.org],
        },
      },
      as('admin'),
    );
    expect(r.data!.fundCreate.userErrors.map((e) => e.code)).toEqual(['PURPOSE_UNKNOWN']);
    const bad = await w.s.gql(
      FundCreate,
      {
        input: {
          name: 'X',
          kind: 'GENERAL',
          custodianId: toGlobalId('CharityResource', randomUUID()),
          committeeMemberIds: [],
          custodianAgentIds: [w.members.org],
        },
      },
      as('admin'),
    );
    expect(bad.data!.fundCreate.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'custodianId'] });
    const ok = await w.s.gql(
      FundCreate,
      { input: { name: '项目基金', kind: 'GENERAL', custodianId: w.charityId, committeeMemberIds: [w.members.party], custodianAgentIds: [w.members.org] } },
      as('admin'),
    );
    expect(ok.data!.fundCreate.fund).toMatchObject({
      kind: 'GENERAL',
      purpose: null,
      balanceFen: 0,
      custodian: { name: '永盛商贸有限公司', type: 'CHARITY_RESOURCE' },
    });
    expect(ok.data!.fundCreate.fund!.roster.map((x) => x.role).sort()).toEqual(['COMMITTEE', 'CUSTODIAN']);
    const upd = await w.s.gql(
      FundUpdate,
      { input: { id: ok.data!.fundCreate.fund!.id, active: false, committeeMemberIds: [w.members.party, w.members.volunteer] } },
      as('admin'),
    );
    expect(upd.data!.fundUpdate.fund).toMatchObject({ active: false });
    expect(upd.data!.fundUpdate.fund!.roster.filter((x) => x.role === 'COMMITTEE')).toHaveLength(2);
    // An inactive fund takes no more money.
    const shut = await w.s.gql(
      FundRecord,
      { input: { fundId: ok.data!.fundCreate.fund!.id, kind: 'MONEY', amountFen: 100, donor: { name: '张三' }, idempotencyKey: key() } },
      as('org'),
    );
    expect(shut.data!.fundDonationRecord.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
  });

  test('a community that has not enabled the fund gets MODULE_DISABLED', async () => {
    const off = await w.s.gql(
      graphql(`
        mutation FundDisable($input: CommunityModuleConfigureInput!) {
          communityModuleConfigure(input: $input) {
            userErrors {
              code
            }
          }
        }
      `),
      { input: { moduleKey: 'fund', enabled: false } },
      as('admin'),
    );
    expect(off.data!.communityModuleConfigure.userErrors).toEqual([]);
    try {
      expect(codes(await w.s.gql(Funds, {}, as('resident')))).toEqual(['MODULE_DISABLED']);
    } finally {
      await w.s.gql(
        graphql(`
          mutation FundReEnable($input: CommunityModuleConfigureInput!) {
            communityModuleConfigure(input: $input) {
              userErrors {
                code
              }
            }
          }
        `),
        { input: { moduleKey: 'fund', enabled: true } },
        as('admin'),
      );
    }
  });
});

describe('income', () => {
  test('money, goods and services get receipts numbered 1…n per fund; services move no money', async () => {
    const fundId = (
      await w.s.gql(
        FundCreate,
        {
          input: {
            name: '收据测试基金',
            kind: 'GENERAL',
            custodianId: w.custodianOrgId,
            committeeMemberIds: [w.members.party, w.members.volunteer],
            custodianAgentIds: [w.members.org],
          },
        },
        as('admin'),
      )
    ).data!.fundCreate.fund!.id;
    const money = await w.s.gql(
      FundRecord,
      { input: { fundId, kind: 'MONEY', amountFen: 50_000, donor: { id: w.charityId }, idempotencyKey: key() } },
      as('org'),
    );
    const goods = await w.s.gql(
      FundRecord,
      { input: { fundId, kind: 'GOODS', amountFen: 30_000, description: '大米 20 袋', donor: { id: w.cobuildId }, idempotencyKey: key() } },
      as('staff'),
    );
    const service = await w.s.gql(
      FundRecord,
      { input: { fundId, kind: 'SERVICE', amountFen: 0, description: '义诊 4 小时', donor: { name: '县医院 李医生' }, idempotencyKey: key() } },
      as('org'),
    );
    expect([money, goods, service].map((r) => r.data!.fundDonationRecord.donation!.receiptNumber)).toEqual(['JJ-000001', 'JJ-000002', 'JJ-000003']);
    const noDesc = await w.s.gql(FundRecord, { input: { fundId, kind: 'GOODS', amountFen: 100, donor: { name: '某人' }, idempotencyKey: key() } }, as('org'));
    expect(noDesc.data!.fundDonationRecord.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'description'] });
    const f = (await w.s.gql(FundGet, { id: fundId }, as('resident'))).data!.fund!;
    expect(f).toMatchObject({ balanceFen: 50_000, goodsValuationFen: 30_000, incomeFen: 80_000, spentFen: 0, receiptsIssued: 3 });
  });

  test('anonymous donors are hidden from residents but known to the committee, custodian and themselves', async () => {
    const id = await donate(w, w.fundId, 8_800, true);
    const seen = async (login: 'resident' | 'party' | 'org' | 'staff') =>
      (await w.s.gql(Donations, { fundId: w.fundId }, as(login))).data!.fundDonations.nodes.find((d) => d.id === id)!;
    expect(await seen('resident')).toMatchObject({ donorName: '匿名捐赠人', donorType: null, donorId: null, anonymous: true });
    for (const login of ['party', 'org', 'staff'] as const) expect(await seen(login)).toMatchObject({ donorName: '永盛商贸有限公司', donorId: w.charityId });
    // A resident pledging anonymously as themselves sees it as theirs.
    const p = await w.s.gql(FundPledge, { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 2_000, anonymous: true, idempotencyKey: key() } }, as('donor'));
    expect(p.data!.fundPledgeCreate.donation).toMatchObject({
      status: 'PLEDGED',
      receiptNumber: null,
      donorName: '捐赠居民 钱多',
      mine: true,
      permissions: { fulfil: false, cancel: true, refund: false },
    });
    const mine = (await w.s.gql(Donations, { fundId: w.fundId, mine: true }, as('donor'))).data!.fundDonations;
    expect(mine.nodes.map((d) => d.id)).toEqual([p.data!.fundPledgeCreate.donation!.id]);
  });

  test('a pledge becomes a donation when paid; it can be cancelled only while pledged; a refund reverses it', async () => {
    const before = (await w.s.gql(FundGet, { id: w.fundId }, as('org'))).data!.fund!;
    const p = await w.s.gql(
      FundPledge,
      { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 12_345, donor: { id: w.charityId }, idempotencyKey: key() } },
      as('org'),
    );
    const pledgeId = p.data!.fundPledgeCreate.donation!.id;
    expect(p.data!.fundPledgeCreate.donation!.permissions).toEqual({ fulfil: true, cancel: true, refund: false });
    // Recording a pledge on behalf of a registry donor is not for residents.
    const onBehalf = await w.s.gql(
      FundPledge,
      { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 1, donor: { id: w.charityId }, idempotencyKey: key() } },
      as('resident'),
    );
    expect(codes(onBehalf)).toEqual(['FORBIDDEN']);
    const k = key();
    const paid = await w.s.gql(FundFulfil, { input: { id: pledgeId, idempotencyKey: k } }, as('org'));
    expect(paid.data!.fundPledgeFulfil.donation).toMatchObject({ status: 'RECEIVED', receiptNumber: expect.stringMatching(/^JJ-\d{6}$/) });
    const again = await w.s.gql(FundFulfil, { input: { id: pledgeId, idempotencyKey: k } }, as('org'));
    expect(again.data!.fundPledgeFulfil.donation).toEqual(paid.data!.fundPledgeFulfil.donation);
    const late = await w.s.gql(FundPledgeCancel, { input: { id: pledgeId, reason: '不捐了' } }, as('org'));
    expect(late.data!.fundPledgeCancel.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('RECEIVED') })]);
    // Only the custodian refunds; the donor's own pledge can be cancelled by the donor.
    expect(codes(await w.s.gql(FundRefund, { input: { id: pledgeId, reason: '捐赠方要求退回', idempotencyKey: key() } }, as('staff')))).toEqual(['FORBIDDEN']);
    const refund = await w.s.gql(FundRefund, { input: { id: pledgeId, reason: '捐赠方要求退回', idempotencyKey: key() } }, as('org'));
    expect(refund.data!.fundDonationRefund.donation).toMatchObject({ status: 'REFUNDED' });
    const twice = await w.s.gql(FundRefund, { input: { id: pledgeId, reason: '再退一次', idempotencyKey: key() } }, as('org'));
    expect(twice.data!.fundDonationRefund.userErrors[0]!.code).toBe('INVALID_STATE');
    const after = (await w.s.gql(FundGet, { id: w.fundId }, as('org'))).data!.fund!;
    expect(after.balanceFen).toBe(before.balanceFen);
    const own = await w.s.gql(FundPledge, { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 500, idempotencyKey: key() } }, as('donor'));
    const cancelled = await w.s.gql(FundPledgeCancel, { input: { id: own.data!.fundPledgeCreate.donation!.id, reason: '家中有事' } }, as('donor'));
    expect(cancelled.data!.fundPledgeCancel.donation).toMatchObject({ status: 'CANCELLED', reason: '家中有事' });
    expect(codes(await w.s.gql(FundPledgeCancel, { input: { id: own.data!.fundPledgeCreate.donation!.id, reason: 'x' } }, as('resident')))).toEqual([
      'FORBIDDEN',
    ]);
  });

  test('a refund never takes the balance below zero', async () => {
    const fundId = (
      await w.s.gql(
        FundCreate,
        {
          input: {
            name: '退款测试基金',
            kind: 'GENERAL',
            custodianId: w.custodianOrgId,
            committeeMemberIds: [w.members.party, w.members.volunteer],
            custodianAgentIds: [w.members.org],
          },
        },
        as('admin'),
      )
    ).data!.fundCreate.fund!.id;
    const d = await donate(w, fundId, 10_000);
    const r = await approvedRequest(w, fundId, 8_000);
    expect(
      (await w.s.gql(FundPay, { input: { id: r, paymentReference: 'BANK-001', idempotencyKey: key() } }, as('org'))).data!.fundDisbursementPay.userErrors,
    ).toEqual([]);
    const refund = await w.s.gql(FundRefund, { input: { id: d, reason: '退回', idempotencyKey: key() } }, as('org'));
    expect(refund.data!.fundDonationRefund.userErrors).toEqual([expect.objectContaining({ code: 'INSUFFICIENT_FUNDS' })]);
    expect((await w.s.gql(FundGet, { id: fundId }, as('org'))).data!.fund!.balanceFen).toBe(2_000);
  });

  test('the same idempotency key: one effect, the first result; another payload → IDEMPOTENCY_KEY_REUSED', async () => {
    const k = key();
    const input = { fundId: w.fundId, kind: 'MONEY' as const, amountFen: 777, donor: { name: '王大妈' }, idempotencyKey: k };
    const a = await w.s.gql(FundRecord, { input }, as('org'));
    const b = await w.s.gql(FundRecord, { input }, as('org'));
    expect(b.data).toEqual(a.data);
    const c = await w.s.gql(FundRecord, { input: { ...input, amountFen: 778 } }, as('org'));
    expect(c.data!.fundDonationRecord).toMatchObject({ donation: null, userErrors: [{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'idempotencyKey'] }] });
    const { rows } = await w.db.query(`select count(*)::int n from fund_donation where donor_name = '王大妈'`);
    expect(rows[0].n).toBe(1);
  });

  test('the ledger is append-only and balanced by the database itself', async () => {
    await expect(w.db.query(`update fund_ledger_entry set amount_fen = amount_fen + 1`)).rejects.toThrow(/append-only/);
    await expect(w.db.query(`delete from fund_ledger_txn`)).rejects.toThrow(/append-only/);
    await expect(w.db.query(`update fund_account set balance_fen = -1 where code = 'CASH'`)).rejects.toThrow(/fund_account_balance_sign/);
    // An unbalanced transaction fails at commit.
    const [acc] = (
      await w.db.query(
        `select id, fund_id, community_id from fund_account a where code = 'CASH' and exists (select 1 from fund_donation d where d.fund_id = a.fund_id) limit 1`,
      )
    ).rows;
    const [don] = (await w.db.query(`select id from fund_donation where fund_id = $1 limit 1`, [acc.fund_id])).rows;
    await w.db.query('begin');
    try {
      const txn = randomUUID();
      await w.db.query(`insert into fund_ledger_txn (id, community_id, fund_id, kind, donation_id) values ($1, $2, $3, 'REFUND', $4)`, [
        txn,
        acc.community_id,
        acc.fund_id,
        don.id,
      ]);
      await w.db.query(`insert into fund_ledger_entry (id, community_id, fund_id, txn_id, account_id, amount_fen) values ($1, $2, $3, $4, $5, 5)`, [
        randomUUID(),
        acc.community_id,
        acc.fund_id,
        txn,
        acc.id,
      ]);
      await expect(w.db.query('commit')).rejects.toThrow(/does not balance/);
    } finally {
      await w.db.query('rollback');
    }
  });
});

describe('spending', () => {
  test('request → two committee approvals → paid; requester never approves; each approver once; permissions follow', async () => {
    await donate(w, w.earmarkedId, 100_000);
    const r = await w.s.gql(
      FundRequest,
      {
        input: {
          fundId: w.earmarkedId,
          title: '独居老人助餐',
          purpose: 'ELDERLY_CHILD',
          amountFen: 30_000,
          payee: '长者食堂',
          careCaseRef: 'CARE-12',
          attachments: ['file://invoice-1.pdf'],
        },
      },
      as('staff'),
    );
    const id = r.data!.fundDisbursementRequest.disbursement!.id;
    expect(r.data!.fundDisbursementRequest.disbursement).toMatchObject({ status: 'REQUESTED', approvalsRequired: 2, councilRequired: false });
    const perms = async (login: 'party' | 'staff' | 'org' | 'resident') =>
      (await w.s.gql(Requests, { fundId: w.earmarkedId }, as(login))).data!.fundDisbursements.nodes.find((n) => n.id === id)!.permissions;
    expect(await perms('party')).toEqual({ approve: true, reject: true, cancel: false, pay: false });
    expect(await perms('staff')).toEqual({ approve: false, reject: false, cancel: true, pay: false });
    expect(await perms('resident')).toEqual({ approve: false, reject: false, cancel: false, pay: false });
    // Paying before approval is an illegal transition.
    const early = await w.s.gql(FundPay, { input: { id, paymentReference: 'TX-1', idempotencyKey: key() } }, as('org'));
    expect(early.data!.fundDisbursementPay.userErrors).toEqual([
      expect.objectContaining({ code: 'INVALID_STATE', message: expect.stringContaining('REQUESTED') }),
    ]);
    expect((await w.s.gql(FundApprove, { input: { id } }, as('party'))).data!.fundDisbursementApprove.disbursement).toMatchObject({
      status: 'REQUESTED',
      approvalsCount: 1,
    });
    expect((await w.s.gql(FundApprove, { input: { id } }, as('party'))).data!.fundDisbursementApprove.userErrors[0]!.code).toBe('ALREADY_APPROVED');
    expect(await perms('party')).toMatchObject({ approve: false });
    expect(codes(await w.s.gql(FundApprove, { input: { id } }, as('resident')))).toEqual(['FORBIDDEN']);
    expect((await w.s.gql(FundApprove, { input: { id } }, as('cobuild'))).data!.fundDisbursementApprove.disbursement).toMatchObject({
      status: 'APPROVED',
      approvalsCount: 2,
    });
    expect(await perms('org')).toEqual({ approve: false, reject: false, cancel: false, pay: true });
    expect((await w.s.gql(FundApprove, { input: { id } }, as('volunteer'))).data!.fundDisbursementApprove.userErrors[0]).toMatchObject({
      code: 'INVALID_STATE',
    });
    const paid = await w.s.gql(FundPay, { input: { id, paymentReference: 'BANK-20261122-01', idempotencyKey: key() } }, as('org'));
    expect(paid.data!.fundDisbursementPay.disbursement).toMatchObject({ status: 'PAID', paymentReference: 'BANK-20261122-01' });
    const node = await w.s.gql(NodeQ, { id }, as('resident'));
    expect(node.data!.node).toMatchObject({ status: 'PAID', amountFen: 30_000 });
    const list = (await w.s.gql(Requests, { fundId: w.earmarkedId }, as('resident'))).data!.fundDisbursements.nodes.find((n) => n.id === id)!;
    expect(list).toMatchObject({ requesterName: '社区工作者 王敏', purposeName: '一老一小关爱' });
    expect(list.approvalEntries).toHaveLength(2);

    // A committee member who requests cannot approve their own request (rule and database).
    const own = await w.s.gql(
      FundRequest,
      { input: { fundId: w.earmarkedId, title: '自己申请', purpose: 'ELDERLY_CHILD', amountFen: 100, payee: 'x' } },
      as('admin'),
    );
    const ownId = own.data!.fundDisbursementRequest.disbursement!.id;
    await w.s.gql(
      FundUpdate,
      { input: { id: w.earmarkedId, committeeMemberIds: [w.members.party, w.members.volunteer, w.members.cobuild, w.members.admin] } },
      as('admin'),
    );
    expect(codes(await w.s.gql(FundApprove, { input: { id: ownId } }, as('admin')))).toEqual(['FORBIDDEN']);
    await expect(
      w.db.query(
        `insert into fund_approval (id, community_id, disbursement_id, approver_account_id) select $1, community_id, id, requester_account_id from fund_disbursement where title = '自己申请'`,
        [randomUUID()],
      ),
    ).rejects.toThrow(/requester/);
    await w.s.gql(FundUpdate, { input: { id: w.earmarkedId, committeeMemberIds: [w.members.party, w.members.volunteer, w.members.cobuild] } }, as('admin'));
  });

  test('earmarked money only for its purpose; rejected and cancelled requests carry a reason', async () => {
    const wrong = await w.s.gql(
      FundRequest,
      { input: { fundId: w.earmarkedId, title: '修路', purpose: 'PROJECT', amountFen: 100, payee: '施工队' } },
      as('staff'),
    );
    expect(wrong.data!.fundDisbursementRequest.userErrors[0]).toMatchObject({ code: 'PURPOSE_EARMARKED', field: ['input', 'purpose'] });
    await expect(
      w.db.query(`update fund_disbursement set purpose = 'PROJECT' where fund_id = (select id from fund_fund where name = '一老一小专项基金')`),
    ).rejects.toThrow(/earmarked/);
    const a = (
      await w.s.gql(FundRequest, { input: { fundId: w.fundId, title: '活动经费', purpose: 'ACTIVITY', amountFen: 100, payee: '文体队' } }, as('staff'))
    ).data!.fundDisbursementRequest.disbursement!.id;
    const rej = await w.s.gql(FundReject, { input: { id: a, reason: '预算不清' } }, as('party'));
    expect(rej.data!.fundDisbursementReject.disbursement).toMatchObject({ status: 'REJECTED', reason: '预算不清' });
    expect((await w.s.gql(FundCancel, { input: { id: a, reason: '撤回' } }, as('staff'))).data!.fundDisbursementCancel.userErrors[0]!.code).toBe(
      'INVALID_STATE',
    );
    const b = (
      await w.s.gql(FundRequest, { input: { fundId: w.fundId, title: '活动经费2', purpose: 'ACTIVITY', amountFen: 100, payee: '文体队' } }, as('staff'))
    ).data!.fundDisbursementRequest.disbursement!.id;
    expect(codes(await w.s.gql(FundCancel, { input: { id: b, reason: '撤回' } }, as('grid')))).toEqual(['FORBIDDEN']);
    const blank = await w.s.gql(FundCancel, { input: { id: b, reason: '  ' } }, as('staff'));
    expect(blank.data!.fundDisbursementCancel.userErrors[0]!.code).toBe('BAD_USER_INPUT');
    expect((await w.s.gql(FundCancel, { input: { id: b, reason: '重复申请' } }, as('staff'))).data!.fundDisbursementCancel.disbursement).toMatchObject({
      status: 'CANCELLED',
      reason: '重复申请',
    });
  });

  test('above the threshold a passed council topic linked to the request approves it (council.TopicDecided)', async () => {
    await donate(w, w.fundId, 1_000_000);
    const noTopic = await w.s.gql(
      FundRequest,
      { input: { fundId: w.fundId, title: '小区加装电梯补助', purpose: 'PROJECT', amountFen: 600_000, payee: '电梯公司' } },
      as('staff'),
    );
    expect(noTopic.data!.fundDisbursementRequest.userErrors[0]!.code).toBe('COUNCIL_TOPIC_REQUIRED');
    const topicId = randomUUID();
    const failedTopic = randomUUID();
    const mk = async (t: string) =>
      (
        await w.s.gql(
          FundRequest,
          {
            input: {
              fundId: w.fundId,
              title: '小区加装电梯补助',
              purpose: 'PROJECT',
              amountFen: 600_000,
              payee: '电梯公司',
              councilTopicId: toGlobalId('CouncilTopic', t),
            },
          },
          as('staff'),
        )
      ).data!.fundDisbursementRequest.disbursement!;
    const req = await mk(topicId);
    const doomed = await mk(failedTopic);
    expect(req).toMatchObject({ councilRequired: true, approvalsRequired: 2 });
    for (const who of ['party', 'volunteer'] as const) await w.s.gql(FundApprove, { input: { id: req.id } }, as(who));
    expect((await w.s.gql(NodeQ, { id: req.id }, as('staff'))).data!.node).toMatchObject({ status: 'REQUESTED' });
    const decide = (t: string, passed: boolean, amountFen: number) =>
      w.db.query(
        `insert into outbox_event (type, community_id, subject_type, subject_id, data, created_at) values ('council.TopicDecided', $1, 'CouncilTopic', $2, $3, now())`,
        [fromGlobal(w.communityId), t, JSON.stringify({ topicId: t, bodyId: randomUUID(), passed, fundRequest: { amountFen, purpose: 'PROJECT' } })],
      );
    await decide(topicId, true, 600_000);
    await decide(failedTopic, false, 600_000);
    const status = async (id: string) => ((await w.s.gql(NodeQ, { id }, as('staff'))).data!.node as { status: string }).status;
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && ((await status(req.id)) !== 'APPROVED' || (await status(doomed.id)) !== 'REJECTED')) {
      w.s.wushe.consumers.kick();
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(await status(req.id)).toBe('APPROVED');
    expect(await status(doomed.id)).toBe('REJECTED');
  });
});

/** The community's raw id from its global id. */
function fromGlobal(id: string): string {
  return Buffer.from(id, 'base64url').toString('utf8').split(':')[2]!;
}

describe('transparency and metrics', () => {
  test('the statement: opening + income − spending = closing; anonymous donors hidden; CSV export', async () => {
    const fundId = (
      await w.s.gql(
        FundCreate,
        {
          input: {
            name: '公示测试基金',
            kind: 'GENERAL',
            custodianId: w.custodianOrgId,
            committeeMemberIds: [w.members.party, w.members.volunteer],
            custodianAgentIds: [w.members.org],
          },
        },
        as('admin'),
      )
    ).data!.fundCreate.fund!.id;
    const t0 = new Date(Date.now() - 1000);
    await donate(w, fundId, 40_000);
    await donate(w, fundId, 10_000);
    await donate(w, fundId, 5_000, true);
    await w.s.gql(
      FundRecord,
      { input: { fundId, kind: 'MONEY', amountFen: 3_000, donor: { id: w.anonCharityId }, anonymous: true, idempotencyKey: key() } },
      as('org'),
    );
    await w.s.gql(
      FundRecord,
      { input: { fundId, kind: 'GOODS', amountFen: 9_900, description: '=HYPERLINK("x") 食用油', donor: { name: '=cmd|calc' }, idempotencyKey: key() } },
      as('org'),
    );
    const r = await approvedRequest(w, fundId, 20_000, 'SPECIAL_GROUPS');
    await w.s.gql(FundPay, { input: { id: r, paymentReference: 'BANK-9', idempotencyKey: key() } }, as('org'));
    const t1 = new Date(Date.now() + 1000);
    const st = (await w.s.gql(FundStatementQ, { fundId, from: t0.toISOString(), to: t1.toISOString() }, as('resident'))).data!.fundStatement!;
    expect(st).toMatchObject({ openingBalanceFen: 0, incomeFen: 58_000, goodsFen: 9_900, spendingFen: 20_000, closingBalanceFen: 38_000 });
    expect(st.openingBalanceFen + st.incomeFen - st.spendingFen).toBe(st.closingBalanceFen);
    expect(st.income).toEqual([
      { donor: '永盛商贸有限公司', anonymous: false, moneyFen: 50_000, goodsFen: 0, count: 2 },
      { donor: '=cmd|calc', anonymous: false, moneyFen: 0, goodsFen: 9_900, count: 1 },
      { donor: '匿名捐赠人', anonymous: true, moneyFen: 8_000, goodsFen: 0, count: 2 },
    ]);
    expect(st.spending).toEqual([{ purpose: 'SPECIAL_GROUPS', purposeName: '特殊群体帮扶', amountFen: 20_000, count: 1 }]);
    expect(JSON.stringify(st)).not.toContain('不愿具名的好心人');
    const lines = st.csv.trim().split('\r\n');
    expect(lines[0]).toContain('money_fen');
    expect(lines).toContain('收入 income,永盛商贸有限公司,50000,0,2');
    expect(lines).toContain(`收入 income,"'=cmd|calc",0,9900,1`);
    expect(lines.at(-1)).toBe('期末余额 closing,,38000,,');
    // A later period opens with this one's closing balance.
    const next = (await w.s.gql(FundStatementQ, { fundId, from: t1.toISOString(), to: new Date(t1.getTime() + 86_400_000).toISOString() }, as('volunteer')))
      .data!.fundStatement!;
    expect(next).toMatchObject({ openingBalanceFen: 38_000, closingBalanceFen: 38_000, income: [], spending: [] });
    const bad = await w.s.gql(FundStatementQ, { fundId, from: t1.toISOString(), to: t0.toISOString() }, as('resident'));
    expect(codes(bad)).toEqual(['BAD_USER_INPUT']);
  });

  test('metrics: donations per period and growth, donors, disbursed by purpose, days to payment', async () => {
    const em = w.s.wushe.app.orm.em.fork() as any;
    const cid = fromGlobal(w.communityId);
    const metric = (k: string) => fund.metrics!.find((m) => m.key === k)!;
    const now = new Date();
    const from = new Date(now.getTime() - 3_600_000);
    const to = new Date(now.getTime() + 3_600_000);
    const {
      rows: [exp],
    } = await w.db.query(
      `select (select coalesce(sum(-e.amount_fen), 0) from fund_ledger_entry e join fund_account a on a.id = e.account_id where a.code = 'INCOME')::bigint income,
              (select coalesce(sum(amount_fen), 0) from fund_disbursement where status = 'PAID')::bigint paid,
              (select coalesce(sum(amount_fen), 0) from fund_disbursement where status = 'PAID' and purpose = 'SPECIAL_GROUPS')::bigint special`,
    );
    expect(await metric('fund.donationsFen').compute(em, cid, from, to)).toBe(Number(exp.income));
    expect(await metric('fund.donationGrowthPct').compute(em, cid, from, to)).toBe(100);
    expect(await metric('fund.donors').compute(em, cid, from, to)).toBeGreaterThanOrEqual(5);
    expect(await metric('fund.disbursedFen').compute(em, cid, from, to)).toBe(Number(exp.paid));
    expect(await metric('fund.disbursedFen.SPECIAL_GROUPS').compute(em, cid, from, to)).toBe(Number(exp.special));
    expect(await metric('fund.daysToPayment').compute(em, cid, from, to)).toBeGreaterThanOrEqual(0);
    expect(await metric('fund.donationsFen').compute(em, cid, new Date(0), new Date(1000))).toBe(0);
  });
});

describe('tenant isolation', () => {
  const Login = graphql(`
    mutation FundIsoLogin($input: AuthLoginInput!) {
      authLogin(input: $input) {
        accessToken
      }
    }
  `);
  const Create = graphql(`
    mutation FundIsoCommunity($input: CommunityCreateInput!) {
      communityCreate(input: $input) {
        community {
          id
        }
      }
    }
  `);
  const Add = graphql(`
    mutation FundIsoMember($input: MembershipAddInput!) {
      membershipAdd(input: $input) {
        userErrors {
          code
        }
      }
    }
  `);
  const Enable = graphql(`
    mutation FundIsoEnable($input: CommunityModuleConfigureInput!) {
      communityModuleConfigure(input: $input) {
        userErrors {
          code
        }
      }
    }
  `);
  const BForces = graphql(`
    mutation FundIsoForces($o: SocialOrganizationCreateInput!) {
      socialOrganizationCreate(input: $o) {
        socialOrganization {
          id
        }
      }
    }
  `);
  const BMembers = graphql(`
    query FundIsoMembers {
      memberships {
        nodes {
          id
          login
        }
      }
    }
  `);

  test("community B's admin with ids of A gets the answer of a random id, and nothing is written", async () => {
    const platform = await w.s.login('platform');
    const b = (await w.s.gql(Create, { input: { name: 'FUND-B 社区', regionCode: '529999000001' } }, { token: platform })).data!.communityCreate.community!.id;
    const pInB = (await w.s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: b } })).data!.authLogin.accessToken!;
    await w.s.gql(Add, { input: { login: 'fund-b-admin', displayName: 'B 管理员', password: 'fund-b-pass-1', roles: ['COMMUNITY_ADMIN'] } }, { token: pInB });
    const tB = (await w.s.gql(Login, { input: { login: 'fund-b-admin', password: 'fund-b-pass-1', community: b } })).data!.authLogin.accessToken!;
    const B = { token: tB };
    await w.s.gql(Enable, { input: { moduleKey: 'fund', enabled: true } }, B);
    const bOrg = (await w.s.gql(BForces, { o: { name: 'B 托管方' } }, B)).data!.socialOrganizationCreate.socialOrganization!.id;
    for (const l of ['fund-b-c1', 'fund-b-c2']) await w.s.gql(Add, { input: { login: l, displayName: l, password: 'fund-b-pass-1', roles: ['RESIDENT'] } }, B);
    const bMembers = (await w.s.gql(BMembers, {}, B)).data!.memberships.nodes;
    const bMember = bMembers.find((m) => m.login === 'fund-b-admin')!.id;
    const bCommittee = bMembers.filter((m) => m.login !== 'fund-b-admin').map((m) => m.id);
    const bFund = (
      await w.s.gql(
        FundCreate,
        { input: { name: 'B 基金', kind: 'GENERAL', custodianId: bOrg, committeeMemberIds: bCommittee, custodianAgentIds: [bMember] } },
        B,
      )
    ).data!.fundCreate.fund!.id;
    const BRequest = graphql(`
      mutation FundIsoRequest($input: FundDisbursementRequestInput!) {
        fundDisbursementRequest(input: $input) {
          disbursement {
            status
            councilTopicId
            approvalsRequired
          }
          userErrors {
            code
            field
          }
        }
      }
    `);

    // Objects of A of each type.
    const aDonation = await donate(w, w.fundId, 100);
    const aPledge = (await w.s.gql(FundPledge, { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 100, idempotencyKey: key() } }, as('donor'))).data!
      .fundPledgeCreate.donation!.id;
    const aRequest = (await w.s.gql(FundRequest, { input: { fundId: w.fundId, title: 'ISO', purpose: 'ACTIVITY', amountFen: 100, payee: 'x' } }, as('staff')))
      .data!.fundDisbursementRequest.disbursement!.id;
    const A = fromGlobal(w.communityId);
    const fingerprint = async () =>
      (
        await w.db.query(
          `select (select md5(string_agg(f::text, '' order by id)) from fund_fund f where community_id = $1) f, (select count(*) from fund_member where community_id = $1) m,
              (select md5(string_agg(d::text, '' order by id)) from fund_donation d where community_id = $1) dh,
              (select md5(string_agg(x::text, '' order by id)) from fund_disbursement x where community_id = $1) xh, (select count(*) from fund_approval where community_id = $1) a,
              (select count(*) from fund_ledger_entry where community_id = $1) e, (select count(*) from fund_idempotency where community_id = $1) i,
              (select count(*) from outbox_event where type like 'fund.%' and community_id = $1) ev`,
          [A],
        )
      ).rows[0];
    const before = await fingerprint();
    const rnd = (type: string) => toGlobalId(type, randomUUID());
    type Case = [string, (id: string) => Promise<unknown>, string, string];
    const k = () => 'iso-fixed-key-1';
    const cases: Case[] = [
      ['Query.fund(id)', (id) => w.s.gql(FundGet, { id }, B), w.fundId, 'Fund'],
      ['Query.fundDonations(fundId)', (id) => w.s.gql(Donations, { fundId: id }, B), w.fundId, 'Fund'],
      ['Query.fundDisbursements(fundId)', (id) => w.s.gql(Requests, { fundId: id }, B), w.fundId, 'Fund'],
      [
        'Query.fundStatement(fundId)',
        (id) => w.s.gql(FundStatementQ, { fundId: id, from: '2020-01-01T00:00:00Z', to: '2030-01-01T00:00:00Z' }, B),
        w.fundId,
        'Fund',
      ],
      ['Mutation.fundUpdate(input.id)', (id) => w.s.gql(FundUpdate, { input: { id, name: 'hacked' } }, B), w.fundId, 'Fund'],
      [
        'Mutation.fundUpdate(input.committeeMemberIds)',
        (id) => w.s.gql(FundUpdate, { input: { id: bFund, committeeMemberIds: [id] } }, B),
        w.members.party,
        'Membership',
      ],
      [
        'Mutation.fundUpdate(input.custodianAgentIds)',
        (id) => w.s.gql(FundUpdate, { input: { id: bFund, custodianAgentIds: [id] } }, B),
        w.members.org,
        'Membership',
      ],
      [
        'Mutation.fundCreate(input.custodianId)',
        (id) => w.s.gql(FundCreate, { input: { name: 'B2', kind: 'GENERAL', custodianId: id, committeeMemberIds: [], custodianAgentIds: [bMember] } }, B),
        w.custodianOrgId,
        'SocialOrganization',
      ],
      [
        'Mutation.fundCreate(input.committeeMemberIds)',
        (id) => w.s.gql(FundCreate, { input: { name: 'B3', kind: 'GENERAL', custodianId: bOrg, committeeMemberIds: [id], custodianAgentIds: [bMember] } }, B),
        w.members.party,
        'Membership',
      ],
      [
        'Mutation.fundCreate(input.custodianAgentIds)',
        (id) => w.s.gql(FundCreate, { input: { name: 'B4', kind: 'GENERAL', custodianId: bOrg, committeeMemberIds: [], custodianAgentIds: [id] } }, B),
        w.members.org,
        'Membership',
      ],
      [
        'Mutation.fundDonationRecord(input.fundId)',
        (id) => w.s.gql(FundRecord, { input: { fundId: id, kind: 'MONEY', amountFen: 1, donor: { name: 'x' }, idempotencyKey: k() } }, B),
        w.fundId,
        'Fund',
      ],
      [
        'Mutation.fundDonationRecord(input.donor.id)',
        (id) => w.s.gql(FundRecord, { input: { fundId: bFund, kind: 'MONEY', amountFen: 1, donor: { id }, idempotencyKey: k() } }, B),
        w.charityId,
        'CharityResource',
      ],
      [
        'Mutation.fundPledgeCreate(input.fundId)',
        (id) => w.s.gql(FundPledge, { input: { fundId: id, kind: 'MONEY', amountFen: 1, idempotencyKey: k() } }, B),
        w.fundId,
        'Fund',
      ],
      [
        'Mutation.fundPledgeCreate(input.donor.id)',
        (id) => w.s.gql(FundPledge, { input: { fundId: bFund, kind: 'MONEY', amountFen: 1, donor: { id }, idempotencyKey: k() } }, B),
        w.cobuildId,
        'CobuildingUnit',
      ],
      ['Mutation.fundPledgeFulfil(input.id)', (id) => w.s.gql(FundFulfil, { input: { id, idempotencyKey: k() } }, B), aPledge, 'FundDonation'],
      ['Mutation.fundPledgeCancel(input.id)', (id) => w.s.gql(FundPledgeCancel, { input: { id, reason: 'x' } }, B), aPledge, 'FundDonation'],
      ['Mutation.fundDonationRefund(input.id)', (id) => w.s.gql(FundRefund, { input: { id, reason: 'x', idempotencyKey: k() } }, B), aDonation, 'FundDonation'],
      [
        'Mutation.fundDisbursementRequest(input.fundId)',
        (id) => w.s.gql(FundRequest, { input: { fundId: id, title: 'x', purpose: 'ACTIVITY', amountFen: 1, payee: 'x' } }, B),
        w.fundId,
        'Fund',
      ],
      // The fund stores a linked topic id without reading the council's tables; a topic of A
      // decided in A never reaches B's request (handlers are scoped by the event's community).
      [
        'Mutation.fundDisbursementRequest(input.councilTopicId)',
        (id) => w.s.gql(BRequest, { input: { fundId: bFund, title: 'x', purpose: 'ACTIVITY', amountFen: 1, payee: 'x', councilTopicId: id } }, B),
        toGlobalId('CouncilTopic', randomUUID()),
        'CouncilTopic',
      ],
      ['Mutation.fundDisbursementApprove(input.id)', (id) => w.s.gql(FundApprove, { input: { id } }, B), aRequest, 'FundDisbursement'],
      ['Mutation.fundDisbursementReject(input.id)', (id) => w.s.gql(FundReject, { input: { id, reason: 'x' } }, B), aRequest, 'FundDisbursement'],
      ['Mutation.fundDisbursementCancel(input.id)', (id) => w.s.gql(FundCancel, { input: { id, reason: 'x' } }, B), aRequest, 'FundDisbursement'],
      [
        'Mutation.fundDisbursementPay(input.id)',
        (id) => w.s.gql(FundPay, { input: { id, paymentReference: 'x', idempotencyKey: k() } }, B),
        aRequest,
        'FundDisbursement',
      ],
      ['Query.node(id) on fund types', (id) => w.s.gql(NodeQ, { id }, B), aRequest, 'FundDisbursement'],
    ];
    const normalize = (body: unknown, id: string) =>
      JSON.stringify(body, (key, v) => (key === 'requestId' ? '<volatile>' : v))
        .split(id)
        .join('<ID>');
    for (const [what, call, aId, type] of cases) {
      const control = rnd(type);
      const real = normalize(await call(aId), aId);
      const random = normalize(await call(control), control);
      expect([what, real]).toEqual([what, random]);
      expect(real).not.toMatch(/凤庆|永盛|金秋|王敏/);
    }
    expect(await fingerprint()).toEqual(before);
  });
});
