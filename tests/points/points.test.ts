// 积分超市 end to end through GraphQL with only the points module enabled: household accounts
// used by their members, staff awards with a second approver, the supermarket (redeem, pickup by
// code, cancel with refund, limits, windows), idempotency keys, earning rules with caps from
// other modules' events (and an integrator's own event type), expiry, statements, the report,
// and the ledger's database guarantees. Invariant SQL after every test.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { waitUntil } from '../harness/proc-events';
import { linkLoginToHousehold } from './points-link';
import { expirePoints } from '../../src/modules/points/points.jobs';

const Configure = graphql(`
  mutation PointsConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Households = graphql(`
  query PointsHouseholds {
    households(first: 100) {
      nodes {
        id
        number
      }
    }
  }
`);
const Adjust = graphql(`
  mutation PointsAdjust($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      adjustment {
        id
        amount
        status
        needsApproval
        decidedAt
        accountId
        account {
          id
          balance
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
const Approve = graphql(`
  mutation PointsApprove($input: PointsAdjustmentDecideInput!) {
    pointsAdjustmentApprove(input: $input) {
      adjustment {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const Reject = graphql(`
  mutation PointsReject($input: PointsAdjustmentDecideInput!) {
    pointsAdjustmentReject(input: $input) {
      adjustment {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const ItemCreate = graphql(`
  mutation PointsItemCreate($input: PointsItemCreateInput!) {
    pointsItemCreate(input: $input) {
      item {
        id
        name
        stock
        pricePoints
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const ItemRestock = graphql(`
  mutation PointsItemRestock($input: PointsItemRestockInput!) {
    pointsItemRestock(input: $input) {
      item {
        id
        stock
      }
      userErrors {
        code
      }
    }
  }
`);
const Items = graphql(`
  query PointsItems {
    pointsItems(first: 50) {
      totalCount
      nodes {
        id
        name
        stock
      }
    }
  }
`);
const Redeem = graphql(`
  mutation PointsRedeem($input: PointsRedeemInput!) {
    pointsRedeem(input: $input) {
      redemption {
        id
        status
        points
        quantity
        code
        redeemedByName
        item {
          name
          stock
        }
        account {
          id
          balance
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
const Cancel = graphql(`
  mutation PointsCancel($input: PointsRedemptionCancelInput!) {
    pointsRedemptionCancel(input: $input) {
      redemption {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const PickUp = graphql(`
  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) {
    pointsRedemptionPickUp(input: $input) {
      redemption {
        id
        status
        pickedUpAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const My = graphql(`
  query PointsMy($first: Int) {
    pointsMyAccount {
      id
      kind
      balance
      householdId
      entries(first: $first) {
        totalCount
        nodes {
          amount
          balanceAfter
          transaction {
            kind
            ruleKey
            reason
            amount
          }
        }
      }
    }
  }
`);
const Account = graphql(`
  query PointsAccount($id: ID!) {
    pointsAccount(id: $id) {
      id
      balance
    }
  }
`);
const Redemptions = graphql(`
  query PointsRedemptions($accountId: ID) {
    pointsRedemptions(accountId: $accountId) {
      totalCount
      nodes {
        id
        status
        code
      }
    }
  }
`);
const Expire = graphql(`
  mutation PointsExpire($input: PointsExpireInput!) {
    pointsExpire(input: $input) {
      account {
        id
        balance
      }
      userErrors {
        code
      }
    }
  }
`);
const Report = graphql(`
  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {
    pointsReport(from: $from, to: $to) {
      issued
      deducted
      redeemed
      refunded
      expired
      outstanding
      byRule {
        ruleKey
        points
      }
      byGrid {
        gridUnitId
        gridUnit {
          id
          name
        }
        issued
      }
      metrics {
        key
        value
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
let communityId: string;
const hh: Record<string, string> = {};
let k = 0;
const key = (p = 'k') => `${p}-${Date.now()}-${++k}`;

/** The ledger's invariants: cached balance = Σ entries, Σ per transaction = 0, no orphans, no negative member balance, stock ≥ 0. */
export async function ledgerInvariants(c: Client): Promise<void> {
  const q = async (sql: string) => (await c.query(sql)).rows;
  expect(
    await q(
      `select a.id, a.balance, coalesce(sum(e.amount), 0) as sum from points_account a left join points_entry e on e.account_id = a.id group by a.id having a.balance <> coalesce(sum(e.amount), 0)`,
    ),
  ).toEqual([]);
  expect(await q(`select transaction_id, sum(amount) from points_entry group by transaction_id having sum(amount) <> 0 or count(*) < 2`)).toEqual([]);
  expect(await q(`select t.id from points_transaction t where not exists (select 1 from points_entry e where e.transaction_id = t.id)`)).toEqual([]);
  expect(await q(`select e.id from points_entry e join points_transaction t on t.id = e.transaction_id where e.community_id <> t.community_id`)).toEqual([]);
  expect(await q(`select id from points_account where kind <> 'SYSTEM' and balance < 0`)).toEqual([]);
  expect(await q(`select id from points_item where stock < 0`)).toEqual([]);
  // Every redemption is one REDEEM transaction of its points; a cancelled one has its refund.
  expect(
    await q(`select r.id from points_redemption r join points_transaction t on t.id = r.transaction_id
                   left join points_transaction f on f.id = r.refund_transaction_id
                  where t.kind <> 'REDEEM' or t.amount <> r.points or (r.status = 'CANCELLED') <> (f.id is not null and f.kind = 'REFUND' and f.amount = r.points)`),
  ).toEqual([]);
}

const ok = <T extends { userErrors: { code: string }[] }>(p: T | undefined | null): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
/** Polls until truthy (the harness's bounded wait; events reach the consumers within seconds). */
const waitFor = <T>(what: string, fn: () => Promise<T | null | undefined | false>) => waitUntil(what, fn, 8000);

/** What another module would publish: an outbox row the relay numbers and the consumers handle. */
async function publish(type: string, data: Record<string, unknown>) {
  await db.query(`insert into outbox_event (type, community_id, data, created_at) values ($1, $2, $3, now())`, [type, communityId, data]);
}
const accountIdOf = async (login: string) => (await rows(`select id from account where login = $1`, [login]))[0].id as string;
const householdAccount = async (number: string) =>
  (await rows(`select a.id, a.balance from points_account a join household h on h.id = a.household_id where h.number = $1`, [number]))[0];
const gid = (type: string, id: string) => Buffer.from(`v1:${type}:${id}`).toString('base64url');

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'staff', 'resident', 'volunteer', 'grid', 'org', 'party']) tok[l] = await s.login(l);
  communityId = (await rows(`select id from community where name = '金秋社区'`))[0].id;
  // resident and volunteer live in household JQ-1-01 (membership → resident record).
  await linkLoginToHousehold(s, tok.admin!, 'resident', 'JQ-1-01', 0);
  await linkLoginToHousehold(s, tok.staff!, 'volunteer', 'JQ-1-01', 1); // staff may link too
  for (const h of (await s.gql(Households, {}, { token: tok.admin })).data!.households.nodes) hh[h.number] = h.id;
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});
afterEach(async () => {
  await ledgerInvariants(db);
});

test('a community that has not enabled points gets MODULE_DISABLED; enabling runs no DDL', async () => {
  ok((await s.gql(Configure, { input: { moduleKey: 'points', enabled: false } }, { token: tok.admin })).data!.communityModuleConfigure);
  const r = await s.gql(My, {}, { token: tok.resident });
  expect(r.errors![0]!.extensions).toMatchObject({ code: 'MODULE_DISABLED', module: 'points' });
  ok(
    (await s.gql(Configure, { input: { moduleKey: 'points', enabled: true, settings: { approvalThreshold: 100 } } }, { token: tok.admin })).data!
      .communityModuleConfigure,
  );
  expect((await s.gql(My, {}, { token: tok.resident })).data!.pointsMyAccount).toBeNull(); // opened on demand
});

test('staff awards with a reason; above the threshold a second person approves; nobody approves their own', async () => {
  const small = ok(
    (await s.gql(Adjust, { input: { householdId: hh['JQ-1-01'], amount: 80, reason: '环境整治', idempotencyKey: key() } }, { token: tok.staff })).data!
      .pointsAdjust,
  );
  expect(small.adjustment).toMatchObject({ amount: 80, status: 'POSTED', needsApproval: false });
  // Timestamps of the row the posting statement returned (text from the driver) answer as DateTimes,
  // not INTERNAL_SERVER_ERROR after the write committed.
  expect(small.adjustment!.decidedAt).not.toBeNull(); // was null, with an INTERNAL_SERVER_ERROR beside it
  expect(Math.abs(Date.parse(small.adjustment!.decidedAt!) - Date.now())).toBeLessThan(60_000);
  expect(small.adjustment!.account).toEqual({ id: small.adjustment!.accountId, balance: 80 }); // the account as an object
  const big = ok(
    (await s.gql(Adjust, { input: { householdId: hh['JQ-1-01'], amount: 500, reason: '理论宣讲骨干', idempotencyKey: key() } }, { token: tok.staff })).data!
      .pointsAdjust,
  );
  expect(big.adjustment).toMatchObject({ status: 'PENDING', needsApproval: true, decidedAt: null });
  expect((await householdAccount('JQ-1-01')).balance).toBe(80);
  // staff may not approve at all; the admin may, once.
  expect((await s.gql(Approve, { input: { id: big.adjustment!.id, idempotencyKey: key() } }, { token: tok.staff })).errors![0]!.extensions!.code).toBe(
    'FORBIDDEN',
  );
  expect(
    ok((await s.gql(Approve, { input: { id: big.adjustment!.id, idempotencyKey: key() } }, { token: tok.admin })).data!.pointsAdjustmentApprove).adjustment!
      .status,
  ).toBe('POSTED');
  const again = (await s.gql(Approve, { input: { id: big.adjustment!.id, idempotencyKey: key() } }, { token: tok.admin })).data!.pointsAdjustmentApprove;
  expect(again.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });
  expect((await householdAccount('JQ-1-01')).balance).toBe(580);

  const own = ok(
    (await s.gql(Adjust, { input: { householdId: hh['JQ-1-02'], amount: -300, reason: '违规扣分', idempotencyKey: key() } }, { token: tok.admin })).data!
      .pointsAdjust,
  );
  expect(
    (await s.gql(Approve, { input: { id: own.adjustment!.id, idempotencyKey: key() } }, { token: tok.admin })).data!.pointsAdjustmentApprove.userErrors[0]!
      .code,
  ).toBe('SELF_APPROVAL');
  // The requester may withdraw it (reject); nothing is posted.
  expect(
    ok((await s.gql(Reject, { input: { id: own.adjustment!.id, idempotencyKey: key() } }, { token: tok.admin })).data!.pointsAdjustmentReject).adjustment!
      .status,
  ).toBe('REJECTED');
  // A deduction below the balance is refused and writes nothing.
  const before = await rows('select count(*)::int as n from points_transaction');
  const deduct = (await s.gql(Adjust, { input: { householdId: hh['JQ-1-03'], amount: -5, reason: '扣减测试', idempotencyKey: key() } }, { token: tok.staff }))
    .data!.pointsAdjust;
  expect(deduct.userErrors[0]!.code).toBe('INSUFFICIENT_POINTS');
  expect(await rows('select count(*)::int as n from points_transaction')).toEqual(before);
  // Residents cannot award.
  expect(
    (await s.gql(Adjust, { input: { householdId: hh['JQ-1-01'], amount: 5, reason: '自己加分', idempotencyKey: key() } }, { token: tok.resident })).errors![0]!
      .extensions!.code,
  ).toBe('FORBIDDEN');
  // The community's system account is no member account: refused on both paths (at once and for approval), nothing written.
  const [issue] = await rows(`select id from points_account where community_id = $1 and kind = 'SYSTEM' and system_code = 'ISSUE'`, [communityId]);
  const pending = await rows('select count(*)::int as n from points_adjustment');
  for (const amount of [5, 500]) {
    const sys = (
      await s.gql(Adjust, { input: { accountId: gid('PointsAccount', issue.id), amount, reason: '系统账户', idempotencyKey: key() } }, { token: tok.admin })
    ).data!.pointsAdjust;
    expect(sys.userErrors[0]).toMatchObject({ code: 'NOT_FOUND' });
  }
  expect(await rows('select count(*)::int as n from points_adjustment')).toEqual(pending);
});

test('household members redeem from the one household account; each redemption records who; staff confirm pickup by code', async () => {
  const item = ok(
    (await s.gql(ItemCreate, { input: { name: '大米 5kg', pricePoints: 100, stock: 5, perHouseholdLimit: 3 } }, { token: tok.staff })).data!.pointsItemCreate,
  ).item!;
  const a = ok((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedeem).redemption!;
  const b = ok((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: key() } }, { token: tok.volunteer })).data!.pointsRedeem).redemption!;
  expect(a).toMatchObject({ status: 'RESERVED', points: 100, quantity: 1, redeemedByName: '居民 孙丽', item: { stock: 4 } });
  expect(b).toMatchObject({ redeemedByName: '志愿者 刘洋', item: { stock: 3 }, account: { id: a.account!.id, balance: 380 } });
  expect(a.code).toMatch(/^[A-Z0-9]{10}$/);

  // The limit per household counts both members' redemptions.
  const third = ok((await s.gql(Redeem, { input: { itemId: item.id, quantity: 1, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedeem);
  const fourth = (await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedeem;
  expect(fourth.userErrors[0]).toMatchObject({ code: 'REDEMPTION_LIMIT_REACHED' });

  // Another household cannot see the code; staff pick up with it (the QR string form too), once.
  expect((await s.gql(Redemptions, {}, { token: tok.resident })).data!.pointsRedemptions.totalCount).toBe(3);
  expect(ok((await s.gql(PickUp, { input: { code: `WUSHE-PTS:${a.code}` } }, { token: tok.staff })).data!.pointsRedemptionPickUp).redemption!.status).toBe(
    'PICKED_UP',
  );
  expect((await s.gql(PickUp, { input: { code: a.code! } }, { token: tok.staff })).data!.pointsRedemptionPickUp.userErrors[0]).toMatchObject({
    code: 'INVALID_STATE',
  });
  expect((await s.gql(PickUp, { input: { code: 'ZZZZZZZZZZ' } }, { token: tok.staff })).data!.pointsRedemptionPickUp.userErrors[0]!.code).toBe(
    'REDEMPTION_CODE_UNKNOWN',
  );
  expect((await s.gql(PickUp, { input: { code: b.code! } }, { token: tok.resident })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

  // Cancel: stock back, points refunded as a new entry; a picked-up one cannot be cancelled.
  const cancelKey = key();
  expect(
    ok(
      (await s.gql(Cancel, { input: { id: third.redemption!.id, reason: '不需要了', idempotencyKey: cancelKey } }, { token: tok.resident })).data!
        .pointsRedemptionCancel,
    ).redemption!.status,
  ).toBe('CANCELLED');
  expect(
    ok(
      (await s.gql(Cancel, { input: { id: third.redemption!.id, reason: '不需要了', idempotencyKey: cancelKey } }, { token: tok.resident })).data!
        .pointsRedemptionCancel,
    ).redemption!.status,
  ).toBe('CANCELLED');
  expect(
    (await s.gql(Cancel, { input: { id: a.id, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedemptionCancel.userErrors[0],
  ).toMatchObject({ code: 'INVALID_STATE' });
  expect((await householdAccount('JQ-1-01')).balance).toBe(380);
  expect((await s.gql(Items, {}, { token: tok.resident })).data!.pointsItems.nodes.find((i) => i.id === item.id)!.stock).toBe(3);

  // The statement: newest first, each entry with its running balance.
  const my = (await s.gql(My, { first: 10 }, { token: tok.volunteer })).data!.pointsMyAccount!;
  expect(my).toMatchObject({ kind: 'HOUSEHOLD', balance: 380, householdId: hh['JQ-1-01'] });
  expect(my.entries.nodes.map((e) => [e.transaction.kind, e.amount, e.balanceAfter])).toEqual([
    ['REFUND', 100, 380],
    ['REDEEM', -100, 280],
    ['REDEEM', -100, 380],
    ['REDEEM', -100, 480],
    ['AWARD', 500, 580],
    ['AWARD', 80, 80],
  ]);
  // Another household's member sees nothing of this account.
  expect((await s.gql(Account, { id: my.id }, { token: tok.org })).data!.pointsAccount).toBeNull();
  expect((await s.gql(Redemptions, { accountId: my.id }, { token: tok.org })).errors![0]!.extensions!.code).toBe('NOT_FOUND');
});

test('stock and windows: OUT_OF_STOCK, ITEM_NOT_AVAILABLE, INSUFFICIENT_POINTS — each leaves nothing written', async () => {
  const future = new Date(Date.now() + 86_400_000).toISOString();
  const later = ok(
    (await s.gql(ItemCreate, { input: { name: '春节礼包', pricePoints: 10, stock: 9, availableFrom: future } }, { token: tok.staff })).data!.pointsItemCreate,
  ).item!;
  const one = ok((await s.gql(ItemCreate, { input: { name: '洗衣液', pricePoints: 10, stock: 1 } }, { token: tok.staff })).data!.pointsItemCreate).item!;
  const dear = ok((await s.gql(ItemCreate, { input: { name: '电饭煲', pricePoints: 100_000, stock: 1 } }, { token: tok.staff })).data!.pointsItemCreate).item!;
  const count = () =>
    rows(
      `select (select count(*) from points_transaction)::int t, (select count(*) from points_redemption)::int r, (select sum(stock) from points_item)::int s`,
    );
  ok((await s.gql(Redeem, { input: { itemId: one.id, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedeem);
  const before = await count();
  expect((await s.gql(Redeem, { input: { itemId: one.id, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedeem.userErrors[0]!.code).toBe(
    'OUT_OF_STOCK',
  );
  expect((await s.gql(Redeem, { input: { itemId: later.id, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedeem.userErrors[0]!.code).toBe(
    'ITEM_NOT_AVAILABLE',
  );
  expect((await s.gql(Redeem, { input: { itemId: dear.id, idempotencyKey: key() } }, { token: tok.resident })).data!.pointsRedeem.userErrors[0]!.code).toBe(
    'INSUFFICIENT_POINTS',
  );
  expect(await count()).toEqual(before);
  // Stock is restocked, or written off, never below zero.
  expect(ok((await s.gql(ItemRestock, { input: { id: one.id, quantity: 4 } }, { token: tok.staff })).data!.pointsItemRestock).item!.stock).toBe(4);
  expect((await s.gql(ItemRestock, { input: { id: one.id, quantity: -5 } }, { token: tok.staff })).data!.pointsItemRestock.userErrors[0]!.code).toBe(
    'OUT_OF_STOCK',
  );
  // A member without a household on file has no account to redeem with; one without the permission is refused.
  expect((await s.gql(Redeem, { input: { itemId: one.id, idempotencyKey: key() } }, { token: tok.party })).data!.pointsRedeem.userErrors[0]!.code).toBe(
    'NO_POINTS_ACCOUNT',
  );
  expect((await s.gql(Redeem, { input: { itemId: one.id, idempotencyKey: key() } }, { token: tok.org })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
});

test('idempotencyKey: the same request replays the first result; another payload with the key is refused', async () => {
  const item = ok((await s.gql(ItemCreate, { input: { name: '毛巾', pricePoints: 5, stock: 10 } }, { token: tok.staff })).data!.pointsItemCreate).item!;
  const k1 = key('same');
  const first = ok((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: k1 } }, { token: tok.resident })).data!.pointsRedeem).redemption!;
  const replay = ok((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: k1 } }, { token: tok.resident })).data!.pointsRedeem).redemption!;
  expect(replay.id).toBe(first.id);
  expect(replay.item.stock).toBe(9);
  expect(
    (await s.gql(Redeem, { input: { itemId: item.id, quantity: 2, idempotencyKey: k1 } }, { token: tok.resident })).data!.pointsRedeem.userErrors[0]!.code,
  ).toBe('IDEMPOTENCY_KEY_REUSED');
  // Another member of the same household with the key: a different request.
  expect((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: k1 } }, { token: tok.volunteer })).data!.pointsRedeem.userErrors[0]!.code).toBe(
    'IDEMPOTENCY_KEY_REUSED',
  );
  expect((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: 'short' } }, { token: tok.resident })).data!.pointsRedeem.userErrors[0]!.code).toBe(
    'BAD_USER_INPUT',
  );
  expect(
    (await rows(`select count(*)::int as n from points_redemption where item_id = $1`, [Buffer.from(item.id, 'base64url').toString().split(':')[2]]))[0].n,
  ).toBe(1);
});

test("earning rules from other modules' events: per event, per hour, caps per period, the taker of a rated request, once per event", async () => {
  const resident = await accountIdOf('resident');
  const volunteer = await accountIdOf('volunteer');
  const before = (await householdAccount('JQ-1-01')).balance as number;
  // 12 votes at 2 points, capped at 20 a month; one meeting (5); 90 minutes of service at 10/hour (15).
  for (let i = 0; i < 12; i++) await publish('council.VoteCast', { voteId: `v${i}`, accountId: resident, householdId: null });
  await publish('council.MeetingAttended', { meetingId: 'm1', accountId: volunteer });
  await publish('volunteer.ShiftCompleted', { shiftId: 's1', volunteerId: null, accountId: volunteer, householdId: null, minutes: 90 });
  // A rated request credits its taker's household (never the requester's householdId).
  await publish('dispatch.RequestRated', {
    requestId: 'r1',
    rating: 5,
    takerAccountId: volunteer,
    takerVolunteerId: null,
    requesterResidentId: null,
    householdId: hh['JQ-6-06'],
    minutesSpent: 30,
  });
  // Nobody to credit: an account without a household.
  await publish('council.VoteCast', { voteId: 'x', accountId: await accountIdOf('org'), householdId: null });
  const expected = before + 20 + 5 + 15 + 5;
  await waitFor('earned', async () => (await householdAccount('JQ-1-01')).balance === expected);
  const byRule = await rows(`select rule_key, sum(amount)::int as p, count(*)::int as n from points_transaction where kind = 'EARN' group by 1 order by 1`);
  expect(byRule).toEqual([
    { rule_key: 'councilMeeting', p: 5, n: 1 },
    { rule_key: 'councilVote', p: 20, n: 10 },
    { rule_key: 'dispatchRated', p: 5, n: 1 },
    { rule_key: 'volunteerHours', p: 15, n: 1 },
  ]);
  expect(await householdAccount('JQ-6-06')).toBeUndefined();
  // Replaying the consumer cannot credit twice: the (event, rule) pair is unique.
  await db.query(`update event_consumer set last_seq = 0 where consumer like 'points:%'`);
  await publish('council.MeetingAttended', { meetingId: 'm2', accountId: volunteer });
  await waitFor('replayed', async () => (await householdAccount('JQ-1-01')).balance === expected + 5);
  expect((await rows(`select count(*)::int as n from points_transaction where kind = 'EARN'`))[0].n).toBe(14);
});

test("an integrator's own event type earns points once the community adds a rule for it (at runtime, nothing registered)", async () => {
  ok(
    (
      await s.gql(
        Configure,
        {
          input: {
            moduleKey: 'points',
            settings: { approvalThreshold: 100, rules: [{ key: 'cleanup', name: '环境整治日', event: 'cleanup.DayJoined', points: 7 }] },
          },
        },
        { token: tok.admin },
      )
    ).data!.communityModuleConfigure,
  );
  const before = (await householdAccount('JQ-1-01')).balance as number;
  await publish('cleanup.DayJoined', { accountId: await accountIdOf('resident') });
  await waitFor('custom rule', async () => (await householdAccount('JQ-1-01')).balance === before + 7);
  // Bad rules are refused on write.
  const bad = (
    await s.gql(Configure, { input: { moduleKey: 'points', settings: { rules: [{ key: 'a', name: 'x', event: 'nope', points: 1 }] } } }, { token: tok.admin })
  ).data!.communityModuleConfigure;
  expect(bad.userErrors[0]!.code).toBe('SETTINGS_INVALID');
});

test('expiry writes ledger entries: old credits not yet spent expire, newer ones stay', async () => {
  ok(
    (await s.gql(Configure, { input: { moduleKey: 'points', settings: { approvalThreshold: 100, expiryMonths: 0 } } }, { token: tok.admin })).data!
      .communityModuleConfigure,
  );
  const award = ok(
    (await s.gql(Adjust, { input: { householdId: hh['JQ-3-03'], amount: 60, reason: '敬老服务', idempotencyKey: key() } }, { token: tok.staff })).data!
      .pointsAdjust,
  );
  const item = ok((await s.gql(ItemCreate, { input: { name: '肥皂', pricePoints: 20, stock: 5 } }, { token: tok.staff })).data!.pointsItemCreate).item!;
  ok(
    (await s.gql(Redeem, { input: { itemId: item.id, accountId: award.adjustment!.accountId, idempotencyKey: key() } }, { token: tok.staff })).data!
      .pointsRedeem,
  );
  await new Promise((r) => setTimeout(r, 20));
  const cutoff = new Date().toISOString();
  await new Promise((r) => setTimeout(r, 20));
  ok(
    (await s.gql(Adjust, { input: { accountId: award.adjustment!.accountId, amount: 30, reason: '新积分', idempotencyKey: key() } }, { token: tok.staff }))
      .data!.pointsAdjust,
  );
  const k1 = key();
  const r = ok(
    (await s.gql(Expire, { input: { accountId: award.adjustment!.accountId, asOf: cutoff, idempotencyKey: k1 } }, { token: tok.staff })).data!.pointsExpire,
  );
  expect(r.account!.balance).toBe(30); // 60 old − 20 spent = 40 expire; the 30 credited after the cutoff stay
  expect(
    ok((await s.gql(Expire, { input: { accountId: award.adjustment!.accountId, asOf: cutoff, idempotencyKey: k1 } }, { token: tok.staff })).data!.pointsExpire)
      .account!.balance,
  ).toBe(30);
  ok(
    (await s.gql(Expire, { input: { accountId: award.adjustment!.accountId, asOf: cutoff, idempotencyKey: key() } }, { token: tok.staff })).data!.pointsExpire,
  );
  expect((await rows(`select sum(amount)::int as n from points_transaction where kind = 'EXPIRE'`))[0].n).toBe(40);
  ok((await s.gql(Configure, { input: { moduleKey: 'points', settings: { approvalThreshold: 100 } } }, { token: tok.admin })).data!.communityModuleConfigure);
});

test('the community report: issued, redeemed, refunded, expired, outstanding and by rule', async () => {
  const from = new Date(Date.now() - 86_400_000).toISOString();
  const to = new Date(Date.now() + 86_400_000).toISOString();
  const r = (await s.gql(Report, { from, to }, { token: tok.grid })).data!.pointsReport;
  const [sums] = await rows(`select (select sum(balance) from points_account where kind <> 'SYSTEM')::int as outstanding,
    (select sum(amount) from points_transaction where kind in ('EARN','AWARD'))::int as issued`);
  expect(r).toMatchObject({ issued: sums.issued, outstanding: sums.outstanding, expired: 40 });
  expect(r.issued - r.deducted - r.redeemed + r.refunded - r.expired).toBe(r.outstanding);
  expect(r.byRule.find((x) => x.ruleKey === 'councilVote')!.points).toBe(20);
  expect(r.metrics.map((m) => m.key)).toEqual(['points.issued', 'points.redeemed', 'points.householdShare']);
  expect((await s.gql(Report, { from, to }, { token: tok.resident })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  // Each grid row names its unit as an object (staff reach every unit), the one the deprecated id names.
  const placed = (await s.gql(Report, { from, to }, { token: tok.staff })).data!.pointsReport.byGrid.filter((g) => g.gridUnitId);
  expect(placed.length).toBeGreaterThan(0);
  for (const g of placed) expect(g.gridUnit).toEqual({ id: g.gridUnitId, name: expect.any(String) });
});

test('the database refuses unbalanced transactions and any edit of the ledger', async () => {
  const [acct] = await rows(`select id from points_account where kind = 'HOUSEHOLD' limit 1`);
  const tx = '01900000-0000-7000-8000-000000000001';
  await expect(
    (async () => {
      await db.query('begin');
      try {
        await db.query(`insert into points_transaction (id, community_id, kind, member_account_id, amount) values ($1, $2, 'AWARD', $3, 5)`, [
          tx,
          communityId,
          acct.id,
        ]);
        await db.query(`insert into points_entry (id, community_id, transaction_id, account_id, amount, balance_after) values ($1, $2, $3, $4, 5, 0)`, [
          '01900000-0000-7000-8000-000000000002',
          communityId,
          tx,
          acct.id,
        ]);
        await db.query('commit');
      } catch (e) {
        await db.query('rollback');
        throw e;
      }
    })(),
  ).rejects.toThrow(/does not balance/);
  await expect(db.query(`update points_entry set amount = amount + 1 where id = (select id from points_entry limit 1)`)).rejects.toThrow(/append-only/);
  await expect(db.query(`delete from points_transaction where id = (select id from points_transaction limit 1)`)).rejects.toThrow(/append-only/);
  await expect(db.query(`update points_account set balance = -1 where kind = 'HOUSEHOLD'`)).rejects.toThrow(/points_account_balance_nonnegative/);
  await expect(db.query(`update points_item set stock = -1`)).rejects.toThrow(/stock_check|check constraint/);
});

test('node(id) shows accounts only to staff', async () => {
  const N = graphql(`
    query PointsNode($id: ID!) {
      node(id: $id) {
        id
        ... on PointsAccount {
          balance
        }
      }
    }
  `);
  const [a] = await rows(`select id from points_account where kind = 'HOUSEHOLD' limit 1`);
  expect((await s.gql(N, { id: gid('PointsAccount', a.id) }, { token: tok.resident })).data!.node).toBeNull();
  expect((await s.gql(N, { id: gid('PointsAccount', a.id) }, { token: tok.staff })).data!.node).not.toBeNull();
});

test("the expiry job (points.expire): each account's old points expire once, even with two processes running it at once", async () => {
  ok(
    (await s.gql(Configure, { input: { moduleKey: 'points', settings: { approvalThreshold: 100, expiryMonths: 0 } } }, { token: tok.admin })).data!
      .communityModuleConfigure,
  );
  const a = ok(
    (await s.gql(Adjust, { input: { householdId: hh['JQ-4-04'], amount: 30, reason: '楼道清扫', idempotencyKey: key() } }, { token: tok.staff })).data!
      .pointsAdjust,
  );
  ok(
    (await s.gql(Adjust, { input: { householdId: hh['JQ-4-05'], amount: 12, reason: '楼道清扫', idempotencyKey: key() } }, { token: tok.staff })).data!
      .pointsAdjust,
  );
  await new Promise((r) => setTimeout(r, 20));
  const since = (await rows(`select now() as t`))[0].t;
  const expiredBefore = (await rows(`select coalesce(sum(amount), 0)::int as n from points_transaction where kind = 'EXPIRE'`))[0].n as number;
  const outstanding = (await rows(`select sum(balance)::int as n from points_account where kind <> 'SYSTEM'`))[0].n as number;
  // Two "processes": two job runs on their own connections at the same moment.
  const app = s.wushe.app;
  const run = () => expirePoints(s.wushe.jobs.context('points', app.orm.em.fork() as any, new Date()));
  await Promise.all([run(), run()]);
  await s.wushe.jobs.run('points.expire'); // the registered job, once more: nothing left
  const [after] = await rows(`select coalesce(sum(amount), 0)::int as n, count(*)::int as c from points_transaction where kind = 'EXPIRE'`);
  expect(after.n - expiredBefore).toBe(outstanding); // expiryMonths 0: everything credited before the run
  expect(
    (
      await rows(
        `select count(*)::int as n from (select member_account_id from points_transaction where kind = 'EXPIRE' and created_at >= $1 group by 1 having count(*) > 1) d`,
        [since],
      )
    )[0].n,
  ).toBe(0);
  expect((await householdAccount('JQ-4-04')).balance).toBe(0);
  expect(a.adjustment!.status).toBe('POSTED');
  const [inv] = await rows(
    `select count(*)::int as bad from points_account a where a.balance <> (select coalesce(sum(amount), 0) from points_entry e where e.account_id = a.id) or (a.kind <> 'SYSTEM' and a.balance < 0)`,
  );
  expect(inv.bad).toBe(0);
  ok((await s.gql(Configure, { input: { moduleKey: 'points', settings: { approvalThreshold: 100 } } }, { token: tok.admin })).data!.communityModuleConfigure);
});
