// Read-only lookups of tenancy for modules that show who acted or name the community (raw ids in,
// display names out; never personal data). Scoped explicitly by community.
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../db/sql';

/** Display names of accounts that are members of the community. */
export async function accountNames(em: EntityManager, communityId: string, accountIds: string[]): Promise<Map<string, string>> {
  if (accountIds.length === 0) return new Map();
  const rows: { id: string; display_name: string }[] = await em.execute(
    `select a.id, a.display_name from account a join membership m on m.account_id = a.id and m.community_id = ? where a.id = any(?::uuid[])`,
    [communityId, uuidArray(accountIds)],
  );
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** Display name of the community (e.g. the organization on volunteer-hour certificates). */
export async function communityName(em: EntityManager, communityId: string): Promise<string | null> {
  const [row] = await em.execute('select name from community where id = ?', [communityId]);
  return row?.name ?? null;
}

/** Account id of an active membership of the community, or null. */
export async function membershipAccount(em: EntityManager, communityId: string, membershipId: string): Promise<string | null> {
  const [row] = await em.execute('select account_id from membership where id = ? and community_id = ? and active', [membershipId, communityId]);
  return row?.account_id ?? null;
}
