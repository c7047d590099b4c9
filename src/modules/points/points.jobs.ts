// 积分过期 as a module job (every process runs it): in each community with `expiryMonths` set,
// member accounts are taken in batches with `for update skip locked`, and each one's expirable
// points are recomputed under its row lock before the EXPIRE posting. A second process either
// skips the locked accounts or, coming after the commit, finds nothing left to expire — each
// expiry is written once.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobContext } from '../../plugins/module-contract';
import { settleLedger } from './ledger.service';
import { expireAccount } from './expiry.service';
import { PointsSettings } from './points.settings';

const BATCH = 200;

export async function expirePoints({ em, settingsAs, now }: JobContext): Promise<void> {
  const communities = await em
    .getConnection()
    .execute<{ community_id: string }[]>(`select distinct community_id from points_account where kind <> 'SYSTEM' and balance > 0`);
  for (const { community_id: cid } of communities) {
    const s = await settingsAs(PointsSettings, cid);
    if (s === null) continue;
    const { expiryMonths } = s;
    if (expiryMonths == null) continue;
    const cutoff = new Date(now);
    cutoff.setMonth(cutoff.getMonth() - expiryMonths);
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const last = await em.transactional((tem) => expireBatch(tem as EntityManager, cid, cutoff, after));
      if (!last) break;
      after = last;
    }
  }
}

/** One batch of accounts after `after` (by id); returns the last id seen, null at the end. */
async function expireBatch(em: EntityManager, communityId: string, cutoff: Date, after: string): Promise<string | null> {
  const accounts = await em.execute<{ id: string }[]>(
    `select id from points_account where community_id = ? and kind <> 'SYSTEM' and balance > 0 and id > ?
      order by id limit ${BATCH} for update skip locked`,
    [communityId, after],
  );
  for (const { id } of accounts) {
    await expireAccount(em, communityId, id, cutoff);
  }
  await settleLedger(em);
  return accounts.length === BATCH ? accounts.at(-1)!.id : null;
}
