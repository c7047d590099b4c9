// The caller's reach in the grid: every unit (grid.allUnits) or only the units where they hold an
// active duty, with their descendants. Cached per operation (and per subscription event). Read
// checks ask `reachOf`: the permission (in the visibility profile) and the duty units as a viewer
// fact, never who the caller is, so a live event is evaluated once per visibility, not per login.
import type { EntityManager } from '@mikro-orm/postgresql';
import { operationSlot, type Ctx } from '../../schema/context';
import { GRID_DUTY_UNITS, GRID_UNIT_TYPE, gridUnitOfHouseholds, gridUnitsOfStaff, tenantOf } from './grid.lookups';
import { globalIdOrNull } from '../../schema/global-id';
import { uuidArray } from '../../db/sql';
import { raw } from '@mikro-orm/core';
import { Membership } from '../../schema/tenancy/membership.entity';
import { GridUnit } from './unit.entity';

export interface GridReach {
  all: boolean;
  /** Units where the caller holds an active duty, with descendants; only asked (else empty) when not `all`. */
  units: ReadonlySet<string>;
}

export interface GridScope {
  all: boolean;
  /** Units where the caller holds an active duty, with descendants (whatever `all` says). */
  units: Set<string>;
  accountId: string | null;
  /** The caller's membership in the community (for 包保 checks). */
  membershipId: string | null;
}

const REACH = operationSlot<Promise<GridReach>>('grid.reach');
const SCOPE = operationSlot<Promise<GridScope>>('grid.scope');
const NONE: ReadonlySet<string> = new Set();

/** What the caller may read of the grid: no statement for whoever reaches every unit, else one (the duty-units fact). */
export function reachOf(ctx: Ctx): Promise<GridReach> {
  return ctx.memo(REACH, async () => {
    const all = await ctx.can('grid.allUnits');
    return { all, units: all ? NONE : new Set(await ctx.fact(GRID_DUTY_UNITS, undefined)) };
  });
}

/** The reach with who the caller is (writes stamp it; 包保 lists match the membership): per login. */
export function scopeOf(ctx: Ctx): Promise<GridScope> {
  return ctx.memo(SCOPE, async () => {
    const { all } = await reachOf(ctx); // cached too: callers prefetch the scope before a transaction
    const accountId = ctx.viewer?.apiKey ? null : (ctx.viewer?.accountId ?? null);
    const units = new Set(accountId ? await ctx.fact(GRID_DUTY_UNITS, undefined) : []);
    const membership = accountId ? await ctx.em.findOne(Membership, { communityId: tenantOf(ctx.em), account: accountId, active: true }) : null;
    return { all, units, accountId, membershipId: membership?.id ?? null };
  });
}

export async function unitInScope(ctx: Ctx, unitId: string | null): Promise<boolean> {
  if (!unitId) return false;
  const s = await reachOf(ctx);
  if (!s.all) return s.units.has(unitId); // units of the caller's duties: they exist, in this community
  // Reaching every unit is no answer for an id that names none here (another community's, or
  // made up): a filter or target with it would act on nothing instead of answering NOT_FOUND.
  return !!(await ctx.loaders.entity(GridUnit).load(unitId));
}

/** Whether the caller reaches a household: everyone with allUnits, else staff of its unit. */
export async function householdInScope(ctx: Ctx, householdId: string): Promise<boolean> {
  const s = await reachOf(ctx);
  if (s.all) return true;
  const unit = (await gridUnitOfHouseholds(ctx.em, [householdId])).get(householdId) ?? null;
  return unit !== null && s.units.has(unit);
}

/** The unit ids of a subtree (the units themselves included). */
export async function subtree(em: EntityManager, unitIds: string[]): Promise<string[]> {
  if (!unitIds.length) return [];
  const rows: { id: string }[] = await em.getConnection().execute(
    `with recursive t as (select id from grid_unit where community_id = ? and id = any(?::uuid[])
       union select u.id from grid_unit u join t on u.parent_id = t.id) select id from t`,
    [tenantOf(em), uuidArray(unitIds)],
    'all',
    em.getTransactionContext(),
  );
  return rows.map((r) => r.id);
}

/** Current household ids placed in any of the units. */
export async function householdsIn(em: EntityManager, unitIds: string[]): Promise<string[]> {
  if (!unitIds.length) return [];
  const rows: { household_id: string }[] = await em
    .getConnection()
    .execute(
      'select household_id from grid_placement where community_id = ? and ended_at is null and unit_id = any(?::uuid[])',
      [tenantOf(em), uuidArray(unitIds)],
      'all',
      em.getTransactionContext(),
    );
  return rows.map((r) => r.household_id);
}

/**
 * Row scope grid contributes to core (manifest `rowScopes`): a grid reader limited to their own
 * units (grid.unit.read without grid.allUnits — grid staff by default) sees in core's household
 * and resident queries only the households placed in their units. Callers without grid roles
 * keep what core grants them.
 */
export async function gridHouseholdScope(ctx: Ctx): Promise<string[] | null> {
  if (!(await ctx.can('grid.unit.read'))) return null;
  const s = await reachOf(ctx);
  return s.all ? null : householdsIn(ctx.em, [...s.units]);
}

/**
 * A where-key for core entities: "the household in `column` (household.id or resident.household_id)
 * is currently placed in one of the units", as a correlated EXISTS probing the current-placement
 * index once per candidate row. `offset 0` keeps PostgreSQL from turning it into a hashed subplan,
 * which reads every placement of the unit and makes a page cost grow with the grid.
 */
export function placedIn(column: 'id' | 'household_id', unitIds: string[]): string {
  return raw(
    (alias: string) => `exists (select 1 from grid_placement gp where gp.household_id = ${alias}.${column} and gp.ended_at is null
    and gp.community_id = ${alias}.community_id and gp.unit_id = any('${uuidArray(unitIds)}'::uuid[]) offset 0)`,
  ) as unknown as string;
}

/**
 * Core's `within` filter (manifest rowScopes.HouseholdsWithin): the households placed now in a
 * grid unit or its sub-units; null for an id that is not a grid unit. A unit of another community
 * (or none) has no households here. The caller's row scope narrows the answer in core.
 */
export async function gridHouseholdsWithin(ctx: Ctx, globalId: string): Promise<string[] | null> {
  const unitId = globalIdOrNull(globalId, GRID_UNIT_TYPE);
  if (!unitId) return null;
  return householdsIn(ctx.em, await subtree(ctx.em, [unitId]));
}
