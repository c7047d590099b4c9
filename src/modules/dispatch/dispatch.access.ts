// How the caller relates to requests: the actor roles of the state machine (requester,
// dispatcher, taker, pool member) and what they may see. Computed once per operation (and per
// subscription event, since each event refreshes the context).
import type { Ctx } from '../../schema/context';
import type { Role } from '../../plugins/module-contract';
import { DispatchSettings } from './dispatch.settings';
import { COMMUNITY_ROLES, REQUEST_ACTION_NAMES, requestAllows, type Actor, type RequestAction, type Status } from './dispatch.policy';
import { GRID_DUTY_UNITS } from './grid.lookups';
import { IS_ACCOUNT, IS_RESIDENT } from '../../schema/viewer-facts';
import type { ServiceRequest } from './request.entity';
import { pgArray, uuidArray } from '../../db/sql';

export interface Viewpoint {
  communityId: string;
  /** The caller's account (null for an API key). Reading it makes a live event's result per login: prefer `isAccount`. */
  readonly accountId: string | null;
  readonly displayName: string | null;
  /** The resident the caller's membership is linked to. Prefer `isResident` on shared paths. */
  readonly residentId: string | null;
  /** Whether the caller is account `id` (a viewer fact: shared by everyone who is not). */
  isAccount(id: string | null | undefined): boolean;
  /** Whether the caller's membership is linked to resident `id`. */
  isResident(id: string | null | undefined): boolean;
  roles: Set<Role>;
  /** The caller's effective permissions (the guard's). */
  permissions: ReadonlySet<string>;
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

async function compute(ctx: Ctx, mode: ViewMode): Promise<Viewpoint> {
  const access = await ctx.access();
  const communityId = access.communityId!;
  // Whether the caller is an account is in the visibility profile; which one is a fact.
  const isAccount = !!ctx.factScope().viewer?.accountId && !ctx.factScope().viewer?.apiKey;
  const gridOn = await ctx.moduleEnabled('grid'); // from access: no statement
  // Settings, name and linked resident come with the access row: no statement of its own.
  const settings = await ctx.settings(DispatchSettings);
  const communityRole = COMMUNITY_ROLES.some((r) => access.roles.has(r));
  const seesAll = access.permissions.has('dispatch.request.readAll') || (!gridOn && access.permissions.has('dispatch.request.readGrid'));
  // Grid duties matter only to someone who does not see everything, or under the grid dispatcher.
  // A read-only view of someone who sees everything needs none (the board's read path).
  const needUnits = gridOn && isAccount && (!seesAll || (mode === 'full' && (settings.dispatcher === 'grid' || access.roles.has('GRID_STAFF'))));
  const staffUnits = needUnits ? await ctx.fact(GRID_DUTY_UNITS, undefined) : [];
  return {
    communityId,
    get accountId() {
      return isAccount ? (ctx.viewer?.accountId ?? null) : null;
    },
    get displayName() {
      return isAccount ? access.displayName : null;
    },
    get residentId() {
      return isAccount ? access.residentId : null;
    },
    isAccount: (id) => isAccount && (ctx.fact(IS_ACCOUNT, id) as boolean),
    isResident: (id) => isAccount && (ctx.fact(IS_RESIDENT, id) as boolean),
    roles: access.roles,
    permissions: access.permissions,
    settings,
    canTake: access.permissions.has('dispatch.request.take'),
    canDispatch: access.permissions.has('dispatch.request.dispatch'),
    communityRole,
    gridOn,
    staffUnits,
    seesAll,
  };
}

/**
 * 'read': only for deciding what the caller sees (canSee, visibleSql, boards) — grid duties are
 * not looked up for someone who sees everything. 'full': also who may act (dispatcher, taker).
 */
export type ViewMode = 'full' | 'read';

/** The caller's viewpoint, cached for the operation (the loader set is per operation / event). */
export function viewpoint(ctx: Ctx, mode: ViewMode = 'full'): Promise<Viewpoint> {
  return viewpointLoader(ctx).load(mode);
}

/** The viewpoint if this operation already computed it (a full one answers 'read'), without waiting. */
export function viewpointNow(ctx: Ctx, mode: ViewMode): Viewpoint | undefined {
  return viewpointLoader(ctx).peek(mode);
}

function viewpointLoader(ctx: Ctx) {
  const loader = ctx.loaders.named<ViewMode, Viewpoint>('dispatch:viewpoint', async (modes) => {
    const full = modes.includes('full') ? await compute(ctx, 'full') : null;
    const read = full ?? (await compute(ctx, 'read'));
    // A full view answers read questions too: a mutation's payload fields (requester, household)
    // reuse the view its write phase computed instead of querying the caller again.
    if (full) loader.prime('read', full);
    return modes.map((m) => (m === 'full' ? full! : read));
  });
  return loader;
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
  if (vp.isAccount(r.requesterAccountId) || vp.isResident(r.requesterResidentId)) out.push('REQUESTER');
  if (isDispatcher(vp, r)) out.push('DISPATCHER');
  if (vp.isAccount(r.takerAccountId)) out.push('TAKER');
  if (vp.canTake && r.poolRoles.some((role) => vp.roles.has(role as Role))) out.push('POOL');
  return out;
}

export function canSee(vp: Viewpoint, r: ServiceRequest): boolean {
  if (vp.seesAll) return true;
  if (r.gridUnitId && vp.staffUnits.includes(r.gridUnitId) && vp.roles.has('GRID_STAFF')) return true;
  const actors = actorsOf(vp, r);
  return actors.includes('REQUESTER') || actors.includes('TAKER') || actors.includes('DISPATCHER') || (r.status === 'OPEN' && actors.includes('POOL'));
}

/**
 * Who opens a request's photos (and its legacy attachment references): those it concerns and
 * those who handle it — not a pool member who merely sees it open (a photo of a resident's home
 * goes to the one who takes the job, not to every volunteer on the board).
 */
export function canOpenAttachments(vp: Viewpoint, r: ServiceRequest): boolean {
  if (vp.seesAll) return true;
  if (r.gridUnitId && vp.staffUnits.includes(r.gridUnitId) && vp.roles.has('GRID_STAFF')) return true;
  const actors = actorsOf(vp, r);
  return actors.includes('REQUESTER') || actors.includes('TAKER') || actors.includes('DISPATCHER');
}

/** The same rule as `canSee`, as SQL over alias `s`, for the list and board page query (board.query.ts). */
export function visibleSql(vp: Viewpoint): { sql: string; params: unknown[] } {
  const all = { sql: 'true', params: [] };
  if (vp.seesAll) return all;
  if (vp.canDispatch && vp.communityRole && (vp.settings.dispatcher === 'community' || !vp.gridOn)) return all;
  const or: string[] = [];
  const params: unknown[] = [];
  if (vp.accountId) {
    or.push('s.requester_account_id = ?', 's.taker_account_id = ?');
    params.push(vp.accountId, vp.accountId);
  }
  if (vp.residentId) {
    or.push('s.requester_resident_id = ?');
    params.push(vp.residentId);
  }
  if (vp.staffUnits.length && (vp.roles.has('GRID_STAFF') || (vp.canDispatch && vp.settings.dispatcher === 'grid'))) {
    or.push('s.grid_unit_id = any(?::uuid[])');
    params.push(uuidArray(vp.staffUnits));
  }
  if (vp.canTake) {
    or.push(`(s.status = 'OPEN' and s.pool_roles && ?::text[])`);
    params.push(pgArray([...vp.roles]));
  }
  return or.length ? { sql: or.join(' or '), params } : { sql: 'false', params: [] };
}

/** What the caller may do on `r` now: the request mutations' own checks (dispatch.policy.ts), without a statement. */
export function viewerCanRequest(vp: Viewpoint, r: ServiceRequest, now = new Date()): Record<RequestAction, boolean> {
  const facts = {
    permissions: vp.permissions,
    status: r.status as Status,
    actors: actorsOf(vp, r),
    resolvedAt: r.resolvedAt,
    windowHours: vp.settings.reopenWindowHours,
    now,
  };
  return Object.fromEntries(REQUEST_ACTION_NAMES.map((a) => [a, requestAllows(a, facts)])) as Record<RequestAction, boolean>;
}
