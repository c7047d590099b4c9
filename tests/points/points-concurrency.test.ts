// Concurrency bars of quality.md for the points ledger, over real HTTP against real PostgreSQL,
// requests released together behind a start barrier: 200 redemptions racing for stock 10; one
// household with points for 3 sending 50; the same idempotencyKey 20× at once and again later.
// Invariant SQL after each. Then a fast-check property test of random earn/redeem/refund/expire/
// adjust sequences against a model. Last, the negative controls: the same races against the
// deliberately naive read-then-write path (tests/points/points.naive.ts, injected into this server
// only) must break the invariants.
import fc from 'fast-check';
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { linkLoginToHousehold } from './points-link';
import { naivePoints } from './points.naive';

const Configure = graphql(`
  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const NewHousehold = graphql(`
  mutation PointsRaceHousehold($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Adjust = graphql(`
  mutation PointsRaceAdjust($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      adjustment {
        id
        status
        accountId
      }
      userErrors {
        code
      }
    }
  }
`);
const ItemCreate = graphql(`
  mutation PointsRaceItem($input: PointsItemCreateInput!) {
    pointsItemCreate(input: $input) {
      item {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Redeem = graphql(`
  mutation PointsRaceRedeem($input: PointsRedeemInput!) {
    pointsRedeem(input: $input) {
      redemption {
        id
        points
      }
      userErrors {
        code
      }
    }
  }
`);
const Cancel = graphql(`
  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) {
    pointsRedemptionCancel(input: $input) {
      redemption {
        id
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const Expire = graphql(`
  mutation PointsRaceExpire($input: PointsExpireInput!) {
    pointsExpire(input: $input) {
      account {
        balance
      }
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
let db: Client;
let staff: string;
let admin: string;
let resident: string;
let k = 0;
const key = (p = 'race') => `${p}-${process.pid}-${++k}`;
const rows = async (sql: string, params: unknown[] = []) => (await db.query(sql, params)).rows;
const raw = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;

/** Global ledger invariants; returns the violations (empty when all hold). */
async function violations(): Promise<string[]> {
  const out: string[] = [];
  const check = async (what: string, sql: string) => {
    const r = await rows(sql);
    if (r.length) out.push(`${what}: ${JSON.stringify(r.slice(0, 3))}`);
  };
  await check(
    'cached balance = Σ entries',
    `select a.id, a.balance, coalesce(sum(e.amount), 0)::int as sum from points_account a left join points_entry e on e.account_id = a.id group by a.id having a.balance <> coalesce(sum(e.amount), 0)`,
  );
  await check('Σ per transaction = 0', `select transaction_id from points_entry group by transaction_id having sum(amount) <> 0 or count(*) < 2`);
  await check('no orphan transactions', `select t.id from points_transaction t where not exists (select 1 from points_entry e where e.transaction_id = t.id)`);
  await check('no negative member balance', `select id from points_account where kind <> 'SYSTEM' and balance < 0`);
  await check('stock ≥ 0', `select id from points_item where stock < 0`);
  return out;
}

/** Stock conservation for one item: stock left + quantities held by live redemptions = initial. */
async function stockViolations(itemGid: string, initial: number, succeeded: number): Promise<string[]> {
  const [r] = await rows(
    `select i.stock, coalesce((select sum(quantity) from points_redemption where item_id = i.id and status <> 'CANCELLED'), 0)::int as held,
                                 (select count(*) from points_redemption where item_id = i.id)::int as n from points_item i where i.id = $1`,
    [raw(itemGid)],
  );
  const out: string[] = [];
  if (r.stock + r.held !== initial) out.push(`stock ${r.stock} + held ${r.held} ≠ ${initial}`);
  if (succeeded !== r.n) out.push(`${succeeded} successes but ${r.n} redemptions`);
  if (succeeded > initial) out.push(`${succeeded} succeeded for stock ${initial}`);
  return out;
}

/** Fires all calls together: each waits on one gate, opened once every request is prepared. */
async function together<T>(n: number, call: (i: number) => Promise<T>): Promise<T[]> {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  const all = Array.from({ length: n }, (_, i) => gate.then(() => call(i)));
  open();
  return Promise.all(all);
}

const withNaive = <T>(fn: () => Promise<T>): Promise<T> => s.withStrategies(naivePoints, fn);

let hh = 0;
/** A fresh household with an account holding `points`. */
async function household(points: number): Promise<string> {
  const h = (await s.gql(NewHousehold, { input: { number: `RACE-${process.pid}-${++hh}`, address: `竞态楼 ${hh} 号` } }, { token: admin })).data!
    .householdCreate.household!.id;
  const a = (await s.gql(Adjust, { input: { householdId: h, amount: points, reason: '测试积分', idempotencyKey: key('fund') } }, { token: staff })).data!
    .pointsAdjust;
  expect(a.userErrors).toEqual([]);
  return a.adjustment!.accountId;
}
async function item(stock: number, price: number): Promise<string> {
  const r = (await s.gql(ItemCreate, { input: { name: `竞态商品 ${++hh}`, pricePoints: price, stock } }, { token: staff })).data!.pointsItemCreate;
  expect(r.userErrors).toEqual([]);
  return r.item!.id;
}

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  [admin, staff, resident] = await Promise.all([s.login('admin'), s.login('staff'), s.login('resident')]);
  const c = (
    await s.gql(Configure, { input: { moduleKey: 'points', enabled: true, settings: { approvalThreshold: 1_000_000, expiryMonths: 0 } } }, { token: admin })
  ).data!.communityModuleConfigure;
  expect(c.userErrors).toEqual([]);
  await linkLoginToHousehold(s, admin, 'resident', 'JQ-2-01');
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

// ── The races, on the correct path ──────────────────────────────────────────────────────────

async function race200(): Promise<{ ok: number; codes: Record<string, number>; item: string }> {
  const accounts = await Promise.all(Array.from({ length: 20 }, () => household(1000)));
  const it = await item(10, 10);
  const replies = await together(200, (i) => s.gql(Redeem, { input: { itemId: it, accountId: accounts[i % 20], idempotencyKey: key() } }, { token: staff }));
  const codes: Record<string, number> = {};
  let ok = 0;
  for (const r of replies) {
    const p = r.data?.pointsRedeem;
    if (p?.redemption) ok++;
    const code = p?.userErrors[0]?.code ?? (r.errors ? `error:${r.errors[0]!.extensions?.code}` : 'ok');
    codes[code] = (codes[code] ?? 0) + 1;
  }
  return { ok, codes, item: it };
}

test('200 concurrent redemptions of an item with stock 10: exactly 10 succeed, the rest OUT_OF_STOCK', async () => {
  const r = await race200();
  expect(r.ok).toBe(10);
  expect(r.codes).toEqual({ ok: 10, OUT_OF_STOCK: 190 });
  expect((await rows('select stock from points_item where id = $1', [raw(r.item)]))[0].stock).toBe(0);
  expect(await stockViolations(r.item, 10, r.ok)).toEqual([]);
  expect(await violations()).toEqual([]);
});

async function race50(): Promise<{ ok: number; codes: Record<string, number>; account: string }> {
  // The resident's own household gets exactly enough for 3 items of 30.
  const [mine] = await rows(`select h.id from household h where h.number = 'JQ-2-01'`);
  const [acct] = await rows(`select id, balance from points_account where household_id = $1`, [mine.id]);
  const need = 90 - (acct?.balance ?? 0);
  if (need !== 0) {
    const householdGid = Buffer.from(`v1:Household:${mine.id}`).toString('base64url');
    const a = (await s.gql(Adjust, { input: { householdId: householdGid, amount: need, reason: '凑足三件', idempotencyKey: key('top') } }, { token: staff }))
      .data!.pointsAdjust;
    expect(a.userErrors).toEqual([]);
  }
  const it = await item(100, 30);
  const replies = await together(50, () => s.gql(Redeem, { input: { itemId: it, idempotencyKey: key() } }, { token: resident }));
  const codes: Record<string, number> = {};
  let ok = 0;
  for (const r of replies) {
    if (r.data?.pointsRedeem.redemption) ok++;
    const code = r.data?.pointsRedeem.userErrors[0]?.code ?? (r.errors ? `error:${r.errors[0]!.extensions?.code}` : 'ok');
    codes[code] = (codes[code] ?? 0) + 1;
  }
  const [after] = await rows(`select id from points_account where household_id = $1`, [mine.id]);
  return { ok, codes, account: after.id };
}

test('one household with points for 3 items sends 50 redemptions at once: exactly 3 succeed, balance ends at 0', async () => {
  const r = await race50();
  expect(r.codes).toEqual({ ok: 3, INSUFFICIENT_POINTS: 47 });
  expect((await rows('select balance from points_account where id = $1', [r.account]))[0].balance).toBe(0);
  expect(await violations()).toEqual([]);
});

async function raceSameKey(): Promise<{ ids: (string | null)[]; later: string | null; reused: string | undefined; item: string; count: number }> {
  const account = await household(500);
  const it = await item(50, 10);
  const k1 = key('same');
  const send = (quantity = 1) => s.gql(Redeem, { input: { itemId: it, accountId: account, quantity, idempotencyKey: k1 } }, { token: staff });
  const replies = await together(20, () => send());
  const later = await send();
  const reused = (await send(2)).data?.pointsRedeem.userErrors[0]?.code;
  const [c] = await rows('select count(*)::int as n from points_redemption where item_id = $1', [raw(it)]);
  return {
    ids: replies.map((r) => r.data?.pointsRedeem.redemption?.id ?? null),
    later: later.data?.pointsRedeem.redemption?.id ?? null,
    reused,
    item: it,
    count: c.n,
  };
}

test('the same idempotencyKey 20× at once, then again later: one effect, every reply the first result; another payload → IDEMPOTENCY_KEY_REUSED', async () => {
  const r = await raceSameKey();
  expect(r.count).toBe(1);
  expect(new Set(r.ids).size).toBe(1);
  expect(r.ids[0]).not.toBeNull();
  expect(r.later).toBe(r.ids[0]);
  expect(r.reused).toBe('IDEMPOTENCY_KEY_REUSED');
  expect((await rows('select stock from points_item where id = $1', [raw(r.item)]))[0].stock).toBe(49);
  expect(await violations()).toEqual([]);
});

// Staff adjustments below the threshold post in one autocommit statement (adjust-posting.ts): the
// account is opened inside it, the CHECK refuses overdrafts, the key's primary key serialises retries.
async function newHousehold(): Promise<string> {
  return (await s.gql(NewHousehold, { input: { number: `RACE-${process.pid}-${++hh}`, address: `竞态楼 ${hh} 号` } }, { token: admin })).data!.householdCreate
    .household!.id;
}
const codeOf = (r: Awaited<ReturnType<typeof s.gql<any, any>>>) =>
  r.data?.pointsAdjust?.userErrors[0]?.code ?? (r.errors ? `error:${r.errors[0]!.extensions?.code}` : 'ok');
const tally = (codes: string[]) => codes.reduce<Record<string, number>>((m, c) => ({ ...m, [c]: (m[c] ?? 0) + 1 }), {});

/** 30 deductions of 10 at once from a household holding 200; the reply codes. */
async function raceDeductions(h: string): Promise<string[]> {
  const replies = await together(30, () =>
    s.gql(Adjust, { input: { householdId: h, amount: -10, reason: '并发扣减', idempotencyKey: key('adj') } }, { token: staff }),
  );
  return replies.map(codeOf);
}

async function raceAdjustSameKey(): Promise<{ ids: (string | null)[]; count: number; reused: string | undefined; balance: number }> {
  // The account exists beforehand: opening it would make the naive control's requests queue behind
  // the first one's unique-index entry, hiding its race.
  const h = await newHousehold();
  expect(
    (await s.gql(Adjust, { input: { householdId: h, amount: 1, reason: '开户', idempotencyKey: key('adj-open') } }, { token: staff })).data!.pointsAdjust
      .userErrors,
  ).toEqual([]);
  const k1 = key('adj-same');
  const send = (amount = 7) => s.gql(Adjust, { input: { householdId: h, amount, reason: '同键重试', idempotencyKey: k1 } }, { token: staff });
  const replies = await together(20, () => send());
  const reused = (await send(8)).data?.pointsAdjust.userErrors[0]?.code;
  const [c] = await rows(
    `select count(*)::int as n, coalesce(max(a.balance), 0)::int as balance from points_adjustment j join points_account a on a.id = j.account_id where a.household_id = $1 and j.reason = '同键重试'`,
    [raw(h)],
  );
  return { ids: replies.map((r) => r.data?.pointsAdjust.adjustment?.id ?? null), count: c.n, reused, balance: c.balance };
}

test('adjustments at once on a household without an account: 20 awards open one account; 30 deductions of its 200 — exactly 20 pass', async () => {
  const h = await newHousehold();
  const none = (await s.gql(Adjust, { input: { householdId: h, amount: -1, reason: '无账户扣减', idempotencyKey: key('adj') } }, { token: staff })).data!
    .pointsAdjust;
  expect(none.userErrors.map((e) => e.code)).toEqual(['INSUFFICIENT_POINTS']);
  expect(await rows(`select id from points_account where household_id = $1`, [raw(h)])).toEqual([]);
  const awards = await together(20, () =>
    s.gql(Adjust, { input: { householdId: h, amount: 10, reason: '并发奖励', idempotencyKey: key('adj') } }, { token: staff }),
  );
  expect(tally(awards.map(codeOf))).toEqual({ ok: 20 });
  expect(new Set(awards.map((r) => r.data!.pointsAdjust.adjustment!.accountId)).size).toBe(1);
  const accounts = await rows(`select id, balance from points_account where household_id = $1`, [raw(h)]);
  expect(accounts).toHaveLength(1);
  expect(accounts[0].balance).toBe(200);
  expect(tally(await raceDeductions(h))).toEqual({ ok: 20, INSUFFICIENT_POINTS: 10 });
  expect((await rows(`select balance from points_account where household_id = $1`, [raw(h)]))[0].balance).toBe(0);
  // Each refused one left nothing: 50 requests, 40 adjustments, 40 transactions of 2 entries.
  const [n] = await rows(
    `select (select count(*) from points_adjustment where account_id = $1)::int as adj,
                                 (select count(*) from points_transaction where member_account_id = $1)::int as txn`,
    [accounts[0].id],
  );
  expect(n).toEqual({ adj: 40, txn: 40 });
  expect(await violations()).toEqual([]);
});

test('adjustments and redemptions on one account at once: lock order holds (no deadlock), balance = model', async () => {
  const account = await household(300);
  const it = await item(100, 10);
  const replies = await together(40, (i) =>
    i % 2
      ? s
          .gql(Redeem, { input: { itemId: it, accountId: account, idempotencyKey: key() } }, { token: staff })
          .then((r) => r.data?.pointsRedeem.userErrors[0]?.code ?? (r.errors ? `error:${r.errors[0]!.extensions?.code}` : 'ok'))
      : s.gql(Adjust, { input: { accountId: account, amount: i % 4 ? 5 : -5, reason: '混合并发', idempotencyKey: key() } }, { token: staff }).then(codeOf),
  );
  expect(replies.filter((c) => c !== 'ok')).toEqual([]);
  // 20 redemptions of 10, 10 awards of 5 and 10 deductions of 5.
  expect((await rows('select balance from points_account where id = $1', [raw(account)]))[0].balance).toBe(300 - 200);
  expect(await violations()).toEqual([]);
});

test('pointsAdjust with the same idempotencyKey 20× at once: one adjustment, every reply the first; another amount → IDEMPOTENCY_KEY_REUSED', async () => {
  const r = await raceAdjustSameKey();
  expect(r.count).toBe(1);
  expect(r.balance).toBe(1 + 7);
  expect(new Set(r.ids).size).toBe(1);
  expect(r.ids[0]).not.toBeNull();
  expect(r.reused).toBe('IDEMPOTENCY_KEY_REUSED');
  expect(await violations()).toEqual([]);
});

// ── Property: random sequences against a model ─────────────────────────────────────────────

type Op =
  | { t: 'earn'; n: number }
  | { t: 'adjust'; n: number }
  | { t: 'redeem'; item: 0 | 1; q: number }
  | { t: 'refund'; pick: number }
  | { t: 'tick' }
  | { t: 'expire' }
  | { t: 'retry' };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ t: fc.constant('earn' as const), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ t: fc.constant('adjust' as const), n: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ t: fc.constant('redeem' as const), item: fc.constantFrom(0 as const, 1 as const), q: fc.integer({ min: 1, max: 3 }) }),
  fc.record({ t: fc.constant('refund' as const), pick: fc.nat() }),
  fc.constant({ t: 'tick' as const }),
  fc.constant({ t: 'expire' as const }),
  fc.constant({ t: 'retry' as const }),
);

test('property: random earn/redeem/refund/expire/adjust sequences keep the database equal to the model and every invariant', async () => {
  const prices = [7, 13];
  await fc.assert(
    fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 14 }), async (ops) => {
      const model = {
        balance: 10,
        credits: [{ n: 10, at: 0 }] as { n: number; at: number }[],
        debits: 0,
        refunds: 0,
        stock: [6, 4],
        reserved: [] as { id: string; points: number; item: number; q: number }[],
      };
      const account = await household(10);
      const items = [await item(6, prices[0]!), await item(4, prices[1]!)];
      let clock = 1;
      let marker: { at: number; iso: string } | null = null;
      let last: (() => Promise<unknown>) | null = null;
      for (const op of ops) {
        if (op.t === 'earn' || op.t === 'adjust') {
          const amount = op.t === 'earn' ? op.n : -op.n;
          const input = { accountId: account, amount, reason: op.t === 'earn' ? '随机获得' : '随机扣减', idempotencyKey: key('prop') };
          const r = (await s.gql(Adjust, { input }, { token: staff })).data!.pointsAdjust;
          if (amount < 0 && model.balance < -amount) expect(r.userErrors[0]!.code).toBe('INSUFFICIENT_POINTS');
          else {
            expect(r.userErrors).toEqual([]);
            model.balance += amount;
            if (amount > 0) model.credits.push({ n: amount, at: clock++ });
            else model.debits += -amount;
            last = () => s.gql(Adjust, { input }, { token: staff });
          }
        } else if (op.t === 'redeem') {
          const cost = prices[op.item]! * op.q;
          const input = { itemId: items[op.item]!, accountId: account, quantity: op.q, idempotencyKey: key('prop') };
          const r = (await s.gql(Redeem, { input }, { token: staff })).data!.pointsRedeem;
          if (model.stock[op.item]! < op.q) expect(r.userErrors[0]!.code).toBe('OUT_OF_STOCK');
          else if (model.balance < cost) expect(r.userErrors[0]!.code).toBe('INSUFFICIENT_POINTS');
          else {
            expect(r.userErrors).toEqual([]);
            model.balance -= cost;
            model.debits += cost;
            model.stock[op.item]! -= op.q;
            model.reserved.push({ id: r.redemption!.id, points: cost, item: op.item, q: op.q });
            last = () => s.gql(Redeem, { input }, { token: staff });
          }
        } else if (op.t === 'refund') {
          if (model.reserved.length === 0) continue;
          const [red] = model.reserved.splice(op.pick % model.reserved.length, 1);
          const input = { id: red!.id, idempotencyKey: key('prop') };
          const r = (await s.gql(Cancel, { input }, { token: staff })).data!.pointsRedemptionCancel;
          expect(r.userErrors).toEqual([]);
          model.balance += red!.points;
          model.refunds += red!.points;
          model.stock[red!.item]! += red!.q;
          last = () => s.gql(Cancel, { input }, { token: staff });
        } else if (op.t === 'tick') {
          await new Promise((r) => setTimeout(r, 15));
          marker = { at: clock++, iso: new Date().toISOString() };
          await new Promise((r) => setTimeout(r, 15));
        } else if (op.t === 'expire') {
          if (!marker) continue;
          const old = model.credits.filter((c) => c.at < marker!.at).reduce((a, c) => a + c.n, 0);
          const due = Math.max(0, Math.min(model.balance, old - (model.debits - model.refunds)));
          const input = { accountId: account, asOf: marker.iso, idempotencyKey: key('prop') };
          const r = (await s.gql(Expire, { input }, { token: staff })).data!.pointsExpire;
          expect(r.userErrors).toEqual([]);
          model.balance -= due;
          model.debits += due;
          expect(r.account!.balance).toBe(model.balance);
          last = () => s.gql(Expire, { input }, { token: staff });
        } else if (op.t === 'retry' && last) {
          await last(); // the same key again: no effect
        }
      }
      const [a] = await rows('select balance from points_account where id = $1', [raw(account)]);
      expect(a.balance).toBe(model.balance);
      const stock = await rows('select id, stock from points_item where id = any($1::uuid[])', [items.map(raw)]);
      expect(items.map((g) => stock.find((x) => x.id === raw(g))!.stock)).toEqual(model.stock);
      expect(await violations()).toEqual([]);
    }),
    { numRuns: 12, endOnFailure: true },
  );
}, 180_000);

// ── Negative controls: the naive read-then-write path must be caught ──────────────────────

test('negative control: naive stock handling oversells under 200 concurrent redemptions', async () => {
  const r = await withNaive(race200);
  expect(r.ok).toBeGreaterThan(10);
  expect(await stockViolations(r.item, 10, r.ok)).not.toEqual([]);
});

test('negative control: naive balance handling lets one household spend more than it has', async () => {
  const r = await withNaive(race50);
  const broken = (await violations()).filter((v) => v.startsWith('cached balance'));
  expect(r.ok > 3 || broken.length > 0).toBe(true);
  expect(r.ok).toBeGreaterThan(3);
});

test('negative control: naive idempotency check applies the same key more than once', async () => {
  const r = await withNaive(raceSameKey);
  expect(r.count).toBeGreaterThan(1);
});

test('negative control: the naive idempotency check posts the same pointsAdjust key more than once', async () => {
  const r = await withNaive(raceAdjustSameKey);
  expect(r.count).toBeGreaterThan(1);
});

test('negative control: naive balance handling lets 30 racing deductions take more than the 200 a household holds', async () => {
  const h = await newHousehold();
  expect(
    (await s.gql(Adjust, { input: { householdId: h, amount: 200, reason: '开户', idempotencyKey: key('adj-open') } }, { token: staff })).data!.pointsAdjust
      .userErrors,
  ).toEqual([]);
  const codes = await withNaive(() => raceDeductions(h));
  const broken = (await violations()).filter((v) => v.startsWith('cached balance'));
  expect((tally(codes).ok ?? 0) > 20 || broken.length > 0).toBe(true);
});
