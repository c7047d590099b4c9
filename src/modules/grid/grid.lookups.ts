// Grid's read-only lookups (other modules get them through public.ts). Raw SQL scoped to the
// EntityManager's tenant filter community (requests and event handlers both set it); with none set
// they answer nothing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { NO_COMMUNITY } from '../../db/base.entity';
import { uuidArray, isUuid } from '../../db/sql';
import { defineFact } from '../../schema/viewer-facts';
import { communityTodaySql } from '../../schema/calendar';

/**
 * SQL: duty `d` covers today (its first and last days included). A duty's days are its
 * community's calendar days (duty.resolver.ts dates them so): compared with today in that
 * community's zone, not with current_date, the database session's (UTC) day — from 00:00 to
 * 08:00 in China still yesterday, so a duty assigned then did not count until 08:00.
 */
export const DUTY_CURRENT = (d: string) => {
  const today = communityTodaySql(`${d}.community_id`);
  return `${d}.starts_on <= ${today} and (${d}.ends_on is null or ${d}.ends_on >= ${today})`;
};

export const GRID_UNIT_TYPE = 'GridUnit';

export function tenantOf(em: EntityManager): string {
  const params = em.getFilterParams<{ communityId?: string | null }>('tenant');
  return params?.communityId ?? NO_COMMUNITY;
}

/** Current unit id of each household (null when unplaced or unknown). */
export async function gridUnitOfHouseholds(em: EntityManager, householdIds: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>(householdIds.map((id) => [id, null]));
  if (householdIds.length === 0) return out;
  const rows: { household_id: string; unit_id: string }[] = await em.getConnection().execute(
    `select household_id, unit_id from grid_placement
      where community_id = ? and ended_at is null and household_id = any(?::uuid[])`,
    [tenantOf(em), uuidArray(householdIds)],
    'all',
    em.getTransactionContext(),
  );
  for (const r of rows) out.set(r.household_id, r.unit_id);
  return out;
}

/**
 * Coordinates of the unit each household is placed in (its building), or of the nearest unit above
 * it that has them; households not placed or under no unit with coordinates are left out.
 */
export async function unitPointsOfHouseholds(em: EntityManager, householdIds: string[]): Promise<Map<string, { latitude: number; longitude: number }>> {
  const out = new Map<string, { latitude: number; longitude: number }>();
  if (householdIds.length === 0) return out;
  const rows: { household_id: string; latitude: number; longitude: number }[] = await em.getConnection().execute(
    `with recursive up as (
       select p.household_id, u.id, u.parent_id, u.latitude, u.longitude, 0 as depth
         from grid_placement p join grid_unit u on u.id = p.unit_id and u.community_id = p.community_id
        where p.community_id = ? and p.ended_at is null and p.household_id = any(?::uuid[])
       union all
       select up.household_id, u.id, u.parent_id, u.latitude, u.longitude, up.depth + 1
         from grid_unit u join up on u.id = up.parent_id
        where up.latitude is null and up.depth < 32
     ) select distinct on (household_id) household_id, latitude, longitude from up where latitude is not null order by household_id, depth`,
    [tenantOf(em), uuidArray(householdIds)],
    'all',
    em.getTransactionContext(),
  );
  for (const r of rows) out.set(r.household_id, { latitude: r.latitude, longitude: r.longitude });
  return out;
}

/** Units where the account holds a duty role today, with all their descendants. */
export async function gridUnitsOfStaff(em: EntityManager, accountId: string): Promise<string[]> {
  if (!isUuid(accountId)) return [];
  const rows: { id: string }[] = await em.getConnection().execute(
    `with recursive scope as (
       select d.unit_id as id from grid_duty d join membership m on m.id = d.membership_id and m.active
        where d.community_id = ? and m.account_id = ? and ${DUTY_CURRENT('d')}
       union
       select u.id from grid_unit u join scope s on u.parent_id = s.id
     ) select id from scope`,
    [tenantOf(em), accountId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => r.id);
}

/** `gridUnitsOfStaff` for many accounts with one statement (live boards of a whole grid office). */
export async function gridUnitsOfStaffMany(em: EntityManager, accountIds: string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const ids = [...new Set(accountIds.filter(isUuid))];
  if (ids.length === 0) return out;
  const rows: { account_id: string; id: string }[] = await em.getConnection().execute(
    `with recursive scope as (
       select m.account_id, d.unit_id as id from grid_duty d join membership m on m.id = d.membership_id and m.active
        where d.community_id = ? and m.account_id = any(?::uuid[]) and ${DUTY_CURRENT('d')}
       union
       select s.account_id, u.id from grid_unit u join scope s on u.parent_id = s.id
     ) select account_id, id from scope`,
    [tenantOf(em), uuidArray(ids)],
    'all',
    em.getTransactionContext(),
  );
  for (const r of rows) {
    const list = out.get(r.account_id);
    if (list) list.push(r.id);
    else out.set(r.account_id, [r.id]);
  }
  return out;
}

/** Ids from the root down to the unit itself; empty when the unit is unknown. */
export async function gridUnitPath(em: EntityManager, unitId: string): Promise<string[]> {
  if (!isUuid(unitId)) return [];
  const rows: { id: string }[] = await em.getConnection().execute(
    `with recursive up as (
       select id, parent_id, 0 as depth from grid_unit where community_id = ? and id = ?
       union all
       select u.id, u.parent_id, up.depth + 1 from grid_unit u join up on u.id = up.parent_id
     ) select id from up order by depth desc`,
    [tenantOf(em), unitId],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => r.id);
}

/** A visit finding's facts for the module it was referred to (its text is the resident's need, shown under that module's rules). */
export async function visitFindingFacts(
  em: EntityManager,
  findingId: string,
): Promise<{ category: string; description: string; householdId: string; unitId: string | null } | null> {
  if (!isUuid(findingId)) return null;
  const [row]: { category: string; description: string; household_id: string; unit_id: string | null }[] = await em
    .getConnection()
    .execute(
      'select category, description, household_id, unit_id from grid_visit_finding where community_id = ? and id = ?',
      [tenantOf(em), findingId],
      'all',
      em.getTransactionContext(),
    );
  return row ? { category: row.category, description: row.description, householdId: row.household_id, unitId: row.unit_id } : null;
}

/**
 * The units (with descendants, sorted) where the caller holds a grid duty today, as a viewer fact
 * (src/schema/viewer-facts.ts): reach checks ask it instead of reading who the caller is, so a
 * live event is evaluated once for all workers of one grid (and for everyone without a duty), and
 * the answers for a whole class of subscribers come from one statement. Asked once per operation.
 */
export const GRID_DUTY_UNITS = defineFact<void, string[]>({
  name: 'grid.dutyUnits',
  of: ({ em, viewer }) => (viewer?.accountId && !viewer.apiKey ? gridUnitsOfStaff(em, viewer.accountId).then((u) => u.sort()) : []),
  async many(scopes) {
    const ids = scopes.map(({ viewer }) => (viewer?.accountId && !viewer.apiKey ? viewer.accountId : null));
    const units = await gridUnitsOfStaffMany(
      scopes[0]!.em,
      ids.filter((x): x is string => !!x),
    );
    return ids.map((id) => (id ? [...(units.get(id) ?? [])].sort() : []));
  },
});
