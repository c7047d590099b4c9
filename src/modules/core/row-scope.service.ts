// Row scopes contributed by modules (manifest `rowScopes`, see module-contract.ts): core applies
// them to its household and resident queries, mutations and node(id:) without knowing the module.
// Computed once per operation (and per subscription event); mutations compute it before their transaction.
import type { FilterQuery } from '@mikro-orm/core';
import { AppError } from '../../schema/errors';
import { operationSlot, type Ctx } from '../../schema/context';
import { Household } from './household.entity';
import { Resident } from './resident.entity';

/** Household ids the caller may reach, or null when no enabled module narrows them. */
export type HouseholdScope = ReadonlySet<string> | null;

const SCOPE = operationSlot<Promise<HouseholdScope>>('core.householdScope');

export function householdScope(ctx: Ctx): Promise<HouseholdScope> {
  return ctx.memo(SCOPE, async () => {
    const access = await ctx.access();
    let scope = null as Set<string> | null;
    for (const m of ctx.app.registry.list()) {
      const fn = m.rowScopes?.Household;
      if (!fn || !access.enabledModules.has(m.key)) continue;
      const ids = await fn(ctx);
      if (ids === null) continue;
      const next = new Set(ids);
      scope = scope ? new Set([...scope].filter((id: string) => next.has(id))) : next;
    }
    return scope;
  });
}

export function scopeHouseholds(scope: HouseholdScope, where: FilterQuery<Household>): FilterQuery<Household> {
  return scope ? ({ $and: [where, { id: { $in: [...scope] } }] } as FilterQuery<Household>) : where;
}

export function scopeResidents(scope: HouseholdScope, where: FilterQuery<Resident>): FilterQuery<Resident> {
  return scope ? ({ $and: [where, { household: { $in: [...scope] } }] } as FilterQuery<Resident>) : where;
}

export async function householdScopeWhere(ctx: Ctx, where: FilterQuery<Household>): Promise<FilterQuery<Household>> {
  return scopeHouseholds(await householdScope(ctx), where);
}

export async function residentScopeWhere(ctx: Ctx, where: FilterQuery<Resident>): Promise<FilterQuery<Resident>> {
  return scopeResidents(await householdScope(ctx), where);
}

/** Whether a loaded core object is within the caller's row scope (other types: always). */
export async function inRowScope(ctx: Ctx, obj: object): Promise<boolean> {
  if (!(obj instanceof Household) && !(obj instanceof Resident)) return true;
  const scope = await householdScope(ctx);
  if (!scope) return true;
  const householdId = obj instanceof Household ? obj.id : obj.household?.id;
  return !!householdId && scope.has(householdId);
}

/**
 * Households inside the object `globalId` names (a grid unit …), answered by the enabled module
 * whose type it is (manifest `rowScopes.HouseholdsWithin`); NOT_FOUND on `within` when none knows it.
 */
export async function householdsWithin(ctx: Ctx, globalId: string): Promise<string[]> {
  const access = await ctx.access();
  for (const m of ctx.app.registry.list()) {
    const fn = m.rowScopes?.HouseholdsWithin;
    if (!fn || !access.enabledModules.has(m.key)) continue;
    const ids = await fn(ctx, globalId);
    if (ids !== null) return [...ids];
  }
  throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'within' });
}

const NONE = '00000000-0000-0000-0000-000000000000';
/** A filter on a household-id property to the households `within` names. */
export async function withinWhere(ctx: Ctx, globalId: string | null | undefined, prop: 'id' | 'household'): Promise<Record<string, unknown>> {
  if (globalId == null) return {};
  const ids = await householdsWithin(ctx, globalId);
  return { [prop]: { $in: ids.length ? ids : [NONE] } };
}
