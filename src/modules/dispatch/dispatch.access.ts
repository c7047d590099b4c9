// How the caller relates to requests: the actor roles of the state machine (requester,
// dispatcher, taker, pool member) and what they may see. Computed once per operation (and per
// subscription event, since each event refreshes the context).
import type { FilterQuery } from '@mikro-orm/core';
import type { Ctx } from '../../schema/context';
import type { Role } from '../../plugins/module-contract';
import { effectiveModuleSettings } from '../../plugins/community-modules';
import { dispatchSettings, type DispatchSettings } from './dispatch.settings';
import { COMMUNITY_ROLES, type Actor } from './dispatch.policy';
import { gridEnabled, gridUnitsOfStaff } from './grid-lookups';
import type { ServiceRequest } from './request.entity';

export interface Viewpoint {
  communityId: string;
  accountId: string | null;
  displayName: string | null;
  residentId: string | null;
  roles: Set<Role>;
  settings: DispatchSettings;
  canTake: boolean;
  canDispatch: boolean;
  communityRole: boolean;
  gridOn: boolean;
  /** Units (with descendants) where the caller holds a grid duty; empty without grid. */
  staffUnits: string[];
  /** Sees every request of the community (readAll, or readGrid while grid is off). */
  seesAll: boolean;
}

async function compute(ctx: Ctx): Promise<Viewpoint> {
  const access = await ctx.access();
  const communityId = access.communityId!;
  const accountId = ctx.viewer?.accountId ?? null;
  const [raw, gridOn] = await Promise.all([
    effectiveModuleSettings(ctx.em, ctx.app.registry, ctx.app.presets, communityId, 'dispatch'),
    gridEnabled(ctx),
  ]);
  const settings = dispatchSettings.parse(raw ?? {});
  let residentId: string | null = null;
  let displayName: string | null = null;
  if (accountId) {
    const [row] = await ctx.em.getConnection().execute(
      `select m.resident_id, a.display_name from account a left join membership m on m.account_id = a.id and m.community_id = ? and m.active where a.id = ?`,
      [communityId, accountId],
    );
    residentId = row?.resident_id ?? null;
    displayName = row?.display_name ?? null;
  }
  const staffUnits = gridOn && accountId ? await gridUnitsOfStaff(ctx.em, accountId) : [];
  const communityRole = COMMUNITY_ROLES.some((r) => access.roles.has(r));
  return {
    communityId,
    accountId,
    displayName,
    residentId,
    roles: access.roles,
    settings,
    canTake: access.permissions.has('dispatch.request.take'),
    canDispatch: access.permissions.has('dispatch.request.dispatch'),
    communityRole,
    gridOn,
    staffUnits,
    seesAll: access.permissions.has('dispatch.request.readAll') || (!gridOn && access.permissions.has('dispatch.request.readGrid')),
  };
}

/** The caller's viewpoint, cached for the operation (the loader set is per operation / event). */
export function viewpoint(ctx: Ctx): Promise<Viewpoint> {
  return ctx.loaders.named<string, Viewpoint>('dispatch:viewpoint', async (keys) => {
    const vp = await compute(ctx);
    return keys.map(() => vp);
  }).load('me');
}

/** Dispatcher per the setting: community staff (社区派单), or the grid worker of the request's grid (网格派单). */
export function isDispatcher(vp: Viewpoint, r: Pick<ServiceRequest, 'gridUnitId'>): boolean {
  if (!vp.canDispatch) return false;
  if (vp.settings.dispatcher === 'community' || !vp.gridOn) return vp.communityRole;
  if (r.gridUnitId) return vp.staffUnits.includes(r.gridUnitId);
  return vp.communityRole; // not placed in any grid: the community dispatches it
}

export function actorsOf(vp: Viewpoint, r: ServiceRequest): Actor[] {
  const out: Actor[] = [];
  if (vp.accountId && (r.requesterAccountId === vp.accountId || (vp.residentId && r.requesterResidentId === vp.residentId))) out.push('REQUESTER');
  if (isDispatcher(vp, r)) out.push('DISPATCHER');
  if (vp.accountId && r.takerAccountId === vp.accountId) out.push('TAKER');
  if (vp.canTake && r.poolRoles.some((role) => vp.roles.has(role as Role))) out.push('POOL');
  return out;
}

export function canSee(vp: Viewpoint, r: ServiceRequest): boolean {
  if (vp.seesAll) return true;
  if (r.gridUnitId && vp.staffUnits.includes(r.gridUnitId) && vp.roles.has('GRID_STAFF')) return true;
  const actors = actorsOf(vp, r);
  return actors.includes('REQUESTER') || actors.includes('TAKER') || actors.includes('DISPATCHER') || (r.status === 'OPEN' && actors.includes('POOL'));
}

/** The same rule as `canSee`, as a query filter for lists. */
export function visibleFilter(vp: Viewpoint): FilterQuery<ServiceRequest> {
  if (vp.seesAll) return {};
  const or: FilterQuery<ServiceRequest>[] = [];
  if (vp.accountId) or.push({ requesterAccountId: vp.accountId }, { takerAccountId: vp.accountId });
  if (vp.residentId) or.push({ requesterResidentId: vp.residentId });
  if (vp.staffUnits.length && (vp.roles.has('GRID_STAFF') || (vp.canDispatch && vp.settings.dispatcher === 'grid'))) or.push({ gridUnitId: { $in: vp.staffUnits } });
  if (vp.canTake) or.push({ status: 'OPEN', poolRoles: { $overlap: [...vp.roles] } } as FilterQuery<ServiceRequest>);
  if (vp.canDispatch && vp.communityRole && (vp.settings.dispatcher === 'community' || !vp.gridOn)) return {};
  return or.length ? { $or: or } : { id: '00000000-0000-0000-0000-000000000000' };
}
