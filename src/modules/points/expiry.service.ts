// 积分过期 of one member account: what is due (credits older than the cutoff not yet used up) and
// its EXPIRE posting. The expiry job and the pointsExpire mutation both come here.
import type { EntityManager } from '@mikro-orm/postgresql';
import { recordEvent } from '../../plugins/events/record-event';
import { post } from './ledger.service';
import { PointsTransactionKind } from './points.enums';
import { POINTS_EVENTS } from './points.events';

/**
 * Points of an account that are due to expire as of `cutoff`: credits (earned or awarded) written
 * before the cutoff that later debits have not used up yet — debits use the oldest points first.
 */
async function expirable(em: EntityManager, accountId: string, cutoff: Date): Promise<number> {
  const [row] = await em.execute(
    `select a.balance,
            coalesce(sum(t.amount) filter (where t.kind in ('EARN', 'AWARD') and t.created_at < ?), 0)::int as old_credits,
            coalesce(sum(t.amount) filter (where t.kind in ('DEDUCT', 'REDEEM', 'EXPIRE')), 0)::int as debits,
            coalesce(sum(t.amount) filter (where t.kind = 'REFUND'), 0)::int as refunds
       from points_account a left join points_transaction t on t.member_account_id = a.id
      where a.id = ? group by a.id`,
    [cutoff, accountId],
  );
  if (!row) return 0;
  return Math.max(0, Math.min(row.balance, row.old_credits - (row.debits - row.refunds)));
}

/**
 * Call with the account locked: posts an EXPIRE of its expirable points as of `cutoff` and records
 * points.Expired. Returns the points expired (0: nothing written). The caller settles the ledger.
 */
export async function expireAccount(
  em: EntityManager,
  communityId: string,
  accountId: string,
  cutoff: Date,
  actorAccountId: string | null = null,
): Promise<number> {
  const amount = await expirable(em, accountId, cutoff);
  if (amount <= 0) return 0;
  const done = await post(em, {
    communityId,
    kind: PointsTransactionKind.EXPIRE,
    memberAccountId: accountId,
    delta: -amount,
    actorAccountId,
    reason: `expired as of ${cutoff.toISOString()}`,
  });
  recordEvent(em, POINTS_EVENTS.Expired, { communityId, subject: { type: 'PointsTransaction', id: done!.transactionId }, data: { accountId, points: amount } });
  return amount;
}
