// What other modules and plugins may use of points: event names, global id types, and the hook
// that lets an integrator's event type earn points under a community's rules.
export { POINTS_EVENTS, registerEarningEvent, EARNING_EVENTS } from './points.events';
export const POINTS_ACCOUNT_TYPE = 'PointsAccount';
export const POINTS_TRANSACTION_TYPE = 'PointsTransaction';

import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Points accounts of a household: its HOUSEHOLD account and the PERSON accounts of its current
 * members' logins. Points events name accounts (`data.accountId`); a household file (grid) finds
 * the household's points activity through these ids.
 */
export async function pointsAccountsOfHousehold(em: EntityManager, communityId: string, householdId: string): Promise<string[]> {
  const rows: { id: string }[] = await em.getConnection().execute(
    `select a.id from points_account a where a.community_id = ? and a.kind = 'HOUSEHOLD' and a.household_id = ?
     union
     select a.id from points_account a join membership m on m.account_id = a.owner_account_id and m.community_id = a.community_id and m.active
       join resident r on r.id = m.resident_id and r.community_id = m.community_id and r.moved_out_at is null
      where a.community_id = ? and a.kind = 'PERSON' and r.household_id = ?`,
    [communityId, householdId, communityId, householdId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => r.id);
}
