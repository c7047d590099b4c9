// Who the caller is for 三项清单 and shared lookups of the resolvers: objects of the
// caller's community by global id (foreign and missing alike: NOT_FOUND), grid units checked
// through the grid module's public lookups only when grid is enabled.
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId, globalIdOrNull } from '../../schema/global-id';
import { GRID_UNIT_TYPE, gridUnitPath, gridUnitsOfStaff } from '../grid/public';
import { gridAllowed, resourcesAllows, type ResourcesAction, type ResourcesFacts } from './resources.policy';

export interface Actor {
  communityId: string;
  accountId: string | null;
  roles: ReadonlySet<string>;
  permissions: ReadonlySet<string>;
  enabledModules: ReadonlySet<string>;
}

export async function actorOf(ctx: Ctx): Promise<Actor> {
  const a = await ctx.access();
  if (!a.communityId) throw new AppError('FORBIDDEN', 'NO_COMMUNITY');
  return { communityId: a.communityId, accountId: ctx.viewer?.accountId ?? null, roles: a.roles, permissions: a.permissions, enabledModules: a.enabledModules };
}

/** An entity of the caller's community by global id, or NOT_FOUND. */
export async function loadIn<T extends { communityId: string }>(ctx: Ctx, entity: new () => T, type: string, globalId: string, field: string): Promise<T> {
  const id = fromGlobalId(globalId, type, field);
  const row = (await ctx.loaders.entity(entity as any).load(id)) as T | null;
  if (!row || row.communityId !== (await actorOf(ctx)).communityId) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return row;
}

/** Same, answering null instead of NOT_FOUND (single-object queries). */
export async function findIn<T extends { communityId: string }>(ctx: Ctx, entity: new () => T, type: string, globalId: string): Promise<T | null> {
  const id = globalIdOrNull(globalId, type);
  if (!id) return null;
  const row = (await ctx.loaders.entity(entity as any).load(id)) as T | null;
  return row && row.communityId === (await actorOf(ctx)).communityId ? row : null;
}

export async function facts(ctx: Ctx, extra: { owner?: boolean; creator?: boolean } = {}): Promise<ResourcesFacts> {
  return { permissions: (await actorOf(ctx)).permissions, ...extra };
}

export async function can(ctx: Ctx, action: ResourcesAction, extra: { owner?: boolean; creator?: boolean } = {}): Promise<boolean> {
  return resourcesAllows(action, await facts(ctx, extra));
}

const WIDE_ROLES = ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN', 'SOCIAL_WORKER'];

/**
 * A grid unit given by global id → [unit id, path root-first]; null when none given. Only when the
 * grid module is enabled (otherwise a unit is refused as unknown). Grid workers without a wider
 * role may name only units of their own duty (a need outside their grid → FORBIDDEN).
 */
export async function gridUnitOf(
  ctx: Ctx,
  globalId: string | null | undefined,
  field: string,
  limitToDuty: boolean,
): Promise<{ id: string | null; path: string[] }> {
  if (globalId == null) {
    if (limitToDuty && !(await wide(ctx))) throw new UserFacingError('RESOURCES_GRID_REQUIRED', ['input', field]);
    return { id: null, path: [] };
  }
  const actor = await actorOf(ctx);
  const id = fromGlobalId(globalId, GRID_UNIT_TYPE, field);
  if (!actor.enabledModules.has('grid')) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  const path = await gridUnitPath(ctx.em, id);
  if (path.length === 0) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  if (limitToDuty && !(await wide(ctx))) {
    const mine = actor.accountId ? await gridUnitsOfStaff(ctx.em, actor.accountId) : [];
    if (!gridAllowed(false, id, mine)) throw new AppError('FORBIDDEN');
  }
  return { id, path };
}

async function wide(ctx: Ctx): Promise<boolean> {
  const a = await actorOf(ctx);
  return WIDE_ROLES.some((r) => a.roles.has(r));
}

/**
 * Runs the reads of a mutation before its transaction opens (reading on another connection while
 * holding one lets concurrent mutations exhaust the pool); expected failures are replayed inside
 * `mutate` as userErrors.
 */
export async function before<T>(fn: () => Promise<T>): Promise<() => T> {
  try {
    const value = await fn();
    return () => value;
  } catch (e) {
    return () => {
      throw e;
    };
  }
}
