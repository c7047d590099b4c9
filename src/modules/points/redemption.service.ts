// Redemption takes stock and points in one transaction, each with a conditional update: stock
// first (`stock >= q`), then the account (`balance >= cost`); either failing rolls both back.
// Lock order everywhere: item → member account → system account (cancel: redemption → item → …).
import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { AppError, UserFacingError } from '../../schema/errors';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { post } from './ledger.service';
import { PointsTransactionKind } from './points.enums';
import { redemptionCode } from './points.policy';

export interface RedeemArgs {
  communityId: string;
  itemId: string;
  quantity: number;
  accountId: string;
  actorAccountId: string;
}

export interface RedeemedItem {
  price_points: number;
  per_household_limit: number | null;
}

export interface StockTake {
  /** Takes the quantity from the item's stock, then debits its price from the account (lock order: item → account). */
  take(em: EntityManager, a: RedeemArgs, redemptionId: string): Promise<{ item: RedeemedItem; posted: Awaited<ReturnType<typeof post>> }>;
}

/** Stock and points each by a conditional update (`stock >= q`, then `balance >= cost`): never read-then-write. */
export const STOCK_TAKE = defineStrategy<StockTake>('points.stockTake', 'How a redemption takes stock and points', {
  async take(em, a, redemptionId) {
    const item = await takeStock(em, a);
    const posted = await post(em, {
      communityId: a.communityId,
      kind: PointsTransactionKind.REDEEM,
      memberAccountId: a.accountId,
      delta: -item.price_points * a.quantity,
      redemptionId,
      actorAccountId: a.actorAccountId,
    });
    return { item, posted };
  },
});

export async function redeem(em: EntityManager, a: RedeemArgs): Promise<string> {
  const redemptionId = uuidv7();
  const { item, posted } = await strategyOf(em, STOCK_TAKE).take(em, a, redemptionId);
  const cost = item.price_points * a.quantity;
  if (item.per_household_limit != null) {
    // The debit above holds the account's row lock: concurrent redemptions of this account queue here.
    const [held] = await em.execute(
      `select coalesce(sum(quantity), 0)::int as n from points_redemption where item_id = ? and account_id = ? and status <> 'CANCELLED'`,
      [a.itemId, a.accountId],
    );
    if (held.n + a.quantity > item.per_household_limit)
      throw new UserFacingError('REDEMPTION_LIMIT_REACHED', ['input', 'quantity'], { limit: item.per_household_limit });
  }
  await em.execute(
    `insert into points_redemption (id, community_id, item_id, account_id, redeemed_by_account_id, quantity, points, status, code, transaction_id)
     values (?, ?, ?, ?, ?, ?, ?, 'RESERVED', ?, ?)`,
    [redemptionId, a.communityId, a.itemId, a.accountId, a.actorAccountId, a.quantity, cost, redemptionCode(randomBytes(10)), posted!.transactionId],
  );
  return redemptionId;
}

export const AVAILABLE = `active and (available_from is null or available_from <= now()) and (available_until is null or available_until > now())`;

async function takeStock(em: EntityManager, a: RedeemArgs): Promise<RedeemedItem> {
  const available = AVAILABLE;
  const rows = await em.execute(
    `update points_item set stock = stock - ?, updated_at = now() where id = ? and community_id = ? and stock >= ? and ${available}
     returning price_points, per_household_limit`,
    [a.quantity, a.itemId, a.communityId, a.quantity],
  );
  if (rows.length) return rows[0] as any;
  const [row] = await em.execute(`select ${available} as open from points_item where id = ? and community_id = ?`, [a.itemId, a.communityId]);
  if (!row) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'itemId' });
  throw new UserFacingError(row.open ? 'OUT_OF_STOCK' : 'ITEM_NOT_AVAILABLE', ['input', 'itemId']);
}

/** Cancels a reserved redemption: stock back, then a refund entry. NOT_FOUND / INVALID_STATE when it is not reserved. */
export async function cancel(em: EntityManager, communityId: string, id: string, actor: string, reason: string | null): Promise<void> {
  const rows = await em.execute(
    `update points_redemption set status = 'CANCELLED', cancelled_at = now(), cancelled_by = ?, cancel_reason = ?, updated_at = now()
      where id = ? and community_id = ? and status = 'RESERVED' returning account_id, item_id, quantity, points`,
    [actor, reason, id, communityId],
  );
  if (rows.length === 0) {
    const [cur] = await em.execute('select status from points_redemption where id = ? and community_id = ?', [id, communityId]);
    if (!cur) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
    throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: cur.status });
  }
  const r = rows[0];
  await em.execute('update points_item set stock = stock + ?, updated_at = now() where id = ?', [r.quantity, r.item_id]);
  const refund = await post(em, {
    communityId,
    kind: PointsTransactionKind.REFUND,
    memberAccountId: r.account_id,
    delta: r.points,
    redemptionId: id,
    actorAccountId: actor,
    reason,
  });
  await em.execute('update points_redemption set refund_transaction_id = ? where id = ?', [refund!.transactionId, id]);
}

/** Staff confirm a pickup by the redemption code; returns the redemption id. */
export async function pickUp(em: EntityManager, communityId: string, code: string, actor: string): Promise<string> {
  const rows = await em.execute(
    `update points_redemption set status = 'PICKED_UP', picked_up_at = now(), picked_up_by = ?, updated_at = now()
      where community_id = ? and code = ? and status = 'RESERVED' returning id`,
    [actor, communityId, code],
  );
  if (rows.length) return rows[0].id;
  const [cur] = await em.execute('select status from points_redemption where community_id = ? and code = ?', [communityId, code]);
  if (!cur) throw new UserFacingError('REDEMPTION_CODE_UNKNOWN', ['input', 'code']);
  throw new UserFacingError('INVALID_STATE', ['input', 'code'], { state: cur.status });
}
