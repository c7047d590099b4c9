// Negative controls of the points ledger: the deliberately naive read-then-write paths. Each one
// reads, checks in application code, waits a little (the window a slow request would open) and
// writes the absolute value it computed; tests/points/points-concurrency.test.ts must catch every one.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { AppError, UserFacingError } from '../../src/schema/errors';
import { MEMBER_POSTING, TXN_COLUMNS, post, settleLedger } from '../../src/modules/points/ledger.service';
import { KEY_CLAIM, replay } from '../../src/modules/points/idempotency.service';
import { AVAILABLE, STOCK_TAKE } from '../../src/modules/points/redemption.service';
import { SMALL_ADJUSTMENTS } from '../../src/modules/points/adjust-posting.service';
import { PointsTransactionKind } from '../../src/modules/points/points.enums';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The balance a naive redemption read before writing anything, for its posting to write back. */
const readBefore = new WeakMap<EntityManager, number>();

/** Read (or take the caller's read), check in app code, write the absolute value. */
async function moveMember(em: EntityManager, communityId: string, accountId: string, delta: number, before?: number): Promise<number> {
  const [row]: any[] =
    before !== undefined
      ? [{ balance: before }]
      : await em.execute('select balance from points_account where id = ? and community_id = ?', [accountId, communityId]);
  if (!row || row.balance + delta < 0) throw new UserFacingError('INSUFFICIENT_POINTS', ['input'], { balance: row?.balance ?? 0 });
  if (before === undefined) await pause(5);
  await em.execute('update points_account set balance = ?, updated_at = now() where id = ?', [row.balance + delta, accountId]);
  return row.balance + delta;
}

export const naivePoints: StrategyOverride[] = [
  replaceStrategy(MEMBER_POSTING, {
    async write(em, p, txnValues) {
      const before = readBefore.get(em);
      readBefore.delete(em);
      const inserted = await em.execute(
        `insert into points_transaction (${TXN_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id`,
        txnValues,
      );
      if (inserted.length === 0) return [{ txn: null, balance: null, before: null }];
      const balance = await moveMember(em, p.communityId, p.memberAccountId, p.delta, before);
      await em.execute(`insert into points_entry (id, community_id, transaction_id, account_id, amount, balance_after) values (?, ?, ?, ?, ?, ?)`, [
        uuidv7(),
        p.communityId,
        txnValues[0],
        p.memberAccountId,
        p.delta,
        balance,
      ]);
      return [{ txn: txnValues[0] as string, balance, before: null }];
    },
  }),
  replaceStrategy(KEY_CLAIM, {
    // Check, then act, then remember: two requests can both pass the check.
    async once(em, communityId, key, operation, hash, effect) {
      const [seen]: any[] = await em.execute('select * from points_idempotency where community_id = ? and key = ?', [communityId, key]);
      if (seen) return replay(seen, hash);
      await pause(5);
      const result = await effect();
      await em.execute(
        `insert into points_idempotency (community_id, key, operation, request_hash, result_type, result_id) values (?, ?, ?, ?, ?, ?) on conflict do nothing`,
        [communityId, key, operation, hash, result.type, result.id],
      );
      await settleLedger(em);
      return result;
    },
  }),
  replaceStrategy(STOCK_TAKE, {
    // Read stock and balance, check them in app code, then write both.
    async take(em, a, redemptionId) {
      const [[it], [acct]]: any[][] = await Promise.all([
        em.execute(`select stock, price_points, per_household_limit, ${AVAILABLE} as open from points_item where id = ? and community_id = ?`, [
          a.itemId,
          a.communityId,
        ]),
        em.execute('select balance from points_account where id = ?', [a.accountId]),
      ]);
      if (!it) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'itemId' });
      if (!it.open) throw new UserFacingError('ITEM_NOT_AVAILABLE', ['input', 'itemId']);
      if (it.stock < a.quantity) throw new UserFacingError('OUT_OF_STOCK', ['input', 'itemId']);
      if (acct.balance < it.price_points * a.quantity) throw new UserFacingError('INSUFFICIENT_POINTS', ['input'], { balance: acct.balance });
      await pause(25); // widens the read-to-write window so the test sees the race every time
      await em.execute('update points_item set stock = ?, updated_at = now() where id = ?', [it.stock - a.quantity, a.itemId]);
      readBefore.set(em, acct.balance);
      const posted = await post(em, {
        communityId: a.communityId,
        kind: PointsTransactionKind.REDEEM,
        memberAccountId: a.accountId,
        delta: -it.price_points * a.quantity,
        redemptionId,
        actorAccountId: a.actorAccountId,
      });
      return { item: it, posted };
    },
  }),
  // Small adjustments take the transaction path, where the naive posting and key check above apply.
  replaceStrategy(SMALL_ADJUSTMENTS, { oneStatement: false }),
];
