// The tiers above a community: a street office (街道) over its communities and a district or
// county (区/县) over its streets. Who administers which, in SQL the access check, sign-in and
// the roll-ups share. A district admin reads a community of their district as a street admin does.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../context';

/** SQL: the account (`accountSql`) administers the street (`streetSql`) itself or through its district. */
export const adminsStreetSql = (accountSql: string, streetSql: string) =>
  `(exists(select 1 from street_admin s where s.street_id = ${streetSql} and s.account_id = ${accountSql})
    or exists(select 1 from district_admin d join street st on st.district_id = d.district_id
               where st.id = ${streetSql} and d.account_id = ${accountSql}))`;

/** Street ids the account reads: its own streets and every street of its districts. */
export async function streetsOfAccount(em: EntityManager, accountId: string): Promise<string[]> {
  const rows: { id: string }[] = await em.getConnection().execute(
    `select street_id as id from street_admin where account_id = ?
       union select st.id from district_admin d join street st on st.district_id = d.district_id where d.account_id = ?`,
    [accountId, accountId],
  );
  return rows.map((r) => r.id);
}

/** District ids the account administers. */
export async function districtsOfAccount(em: EntityManager, accountId: string): Promise<string[]> {
  const rows: { id: string }[] = await em.getConnection().execute('select district_id as id from district_admin where account_id = ?', [accountId]);
  return rows.map((r) => r.id);
}

/** Whether the caller (a person, not an API key) may read a street's roll-up: platform admin, its admin or its district's. */
export async function mayReadStreet(ctx: Ctx, streetId: string): Promise<boolean> {
  const v = ctx.viewer;
  if (!v || v.apiKey) return false;
  if (v.platformAdmin) return true;
  if (!v.accountId) return false;
  const [row] = await ctx.em.getConnection().execute(`select ${adminsStreetSql('?', '?')} as ok`, [streetId, v.accountId, streetId, v.accountId]);
  return !!row?.ok;
}

/** Whether the caller may read a district's roll-up: platform admin or its admin. */
export async function mayReadDistrict(ctx: Ctx, districtId: string): Promise<boolean> {
  const v = ctx.viewer;
  if (!v || v.apiKey) return false;
  if (v.platformAdmin) return true;
  return !!v.accountId && (await districtsOfAccount(ctx.em, v.accountId)).includes(districtId);
}
