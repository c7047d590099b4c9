// Grid scope of the council (while the community has grid enabled): a grid worker — GRID_STAFF
// without a community-wide staff role — runs only the bodies of the grid units they are on duty
// for (with their descendants). Community-level bodies (no grid unit) they see and take part in
// like any resident, but screening, votes, meetings, tasks and documents there are community
// staff's. Bodies of other grids are hidden unless the worker sits on them (NOT_FOUND, like a
// foreign id); the permission `council.allBodies` (everyone but GRID_STAFF by default) lets a
// caller see every body. Without grid, grid roles fall back to the role defaults.
// Duty units come only from the grid module's public lookup (it may be disabled or absent).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { uuidArray } from '../../db/sql';
import { gridUnitsOfStaff } from '../grid/public';
import { CouncilBody } from './body.entity';
import { findOr404 } from './council.service';
import { bodyActionDecision, type BodyAction, type BodyDecision } from './council.policy';
import { communityTodaySql } from '../../schema/calendar';

const COMMUNITY_ROLES = ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'];
const NONE = '00000000-0000-0000-0000-000000000000';

export interface CouncilScope {
  /** Sees only community-level bodies, its grid's and those it sits on. */
  seesLimited: boolean;
  /** Acts as staff only for bodies of its grid. */
  managesLimited: boolean;
  /** Grid units of the caller's duties, with descendants. */
  units: Set<string>;
  /** Bodies the caller may see, when limited (else unused). */
  visibleBodyIds: string[];
}

async function compute(ctx: Ctx): Promise<CouncilScope> {
  const access = await ctx.access();
  const accountId = ctx.viewer?.accountId ?? null;
  const gridOn = access.enabledModules.has('grid'); // installed and enabled
  const gridWorker = gridOn && access.roles.has('GRID_STAFF') && !COMMUNITY_ROLES.some((r) => access.roles.has(r as never));
  const seesLimited = gridWorker && !access.permissions.has('council.allBodies');
  if (!gridWorker) return { seesLimited: false, managesLimited: false, units: new Set(), visibleBodyIds: [] };
  const units = accountId ? await gridUnitsOfStaff(ctx.em, accountId) : [];
  let visibleBodyIds: string[] = [];
  if (seesLimited) {
    const rows: { id: string }[] = await ctx.em.getConnection().execute(
      `select b.id from council_body b where b.community_id = ? and (b.grid_unit_id is null or b.grid_unit_id = any(?::uuid[])
          or exists (select 1 from council_member m where m.body_id = b.id and m.account_id = ? and m.ended_at is null))`,
      [access.communityId, uuidArray(units), accountId ?? NONE],
    );
    visibleBodyIds = rows.map((r) => r.id);
  }
  return { seesLimited, managesLimited: true, units: new Set(units), visibleBodyIds };
}

/** The caller's scope, computed once per operation (and per subscription event). */
export function councilScope(ctx: Ctx): Promise<CouncilScope> {
  return ctx.loaders
    .named<string, CouncilScope>('council:scope', async (keys) => {
      const scope = await compute(ctx);
      return keys.map(() => scope);
    })
    .load('me');
}

export const seesBody = (scope: CouncilScope, bodyId: string) => !scope.seesLimited || scope.visibleBodyIds.includes(bodyId);
export const managesBody = (scope: CouncilScope, body: Pick<CouncilBody, 'gridUnitId'>) =>
  !scope.managesLimited || (!!body.gridUnitId && scope.units.has(body.gridUnitId));

/** List filter on a body-id column (`id` for bodies, `bodyId` for topics, …). */
export function visibleWhere(scope: CouncilScope, column: string): Record<string, { $in: string[] }> {
  return scope.seesLimited ? { [column]: { $in: scope.visibleBodyIds.length ? scope.visibleBodyIds : [NONE] } } : {};
}

/**
 * Object-level check inside a mutation: a hidden body answers NOT_FOUND (as a foreign id would);
 * staff actions on a visible body outside the caller's grid answer COUNCIL_OUTSIDE_GRID.
 */
export async function guardBody(em: EntityManager, scope: CouncilScope, bodyId: string, need: 'see' | 'manage', field = 'id'): Promise<void> {
  if (!scope.seesLimited && !scope.managesLimited) return;
  if (!seesBody(scope, bodyId)) throw new UserFacingError('NOT_FOUND', ['input', field]);
  if (need === 'see') return;
  const body = await em.findOneOrFail(CouncilBody, { id: bodyId });
  if (!managesBody(scope, body)) throw new UserFacingError('COUNCIL_OUTSIDE_GRID', ['input', field]);
}

/** findOr404, then guardBody on the object's body (a body's own id for a body): a mutation's lookup of an input id. */
export async function findInScope<T extends CouncilBody | { bodyId: string }>(
  em: EntityManager,
  scope: CouncilScope,
  entity: new () => T,
  type: string,
  globalId: string,
  need: 'see' | 'manage',
  field = 'id',
): Promise<T> {
  const obj = await findOr404(em, entity, type, globalId, field);
  await guardBody(em, scope, obj instanceof CouncilBody ? obj.id : (obj as { bodyId: string }).bodyId, need, field);
  return obj;
}

/** Bodies whose CHAIR seat the caller holds now (term not over): one statement per operation. */
export function chairedBodies(ctx: Ctx): Promise<ReadonlySet<string>> {
  return ctx.loaders
    .named<string, ReadonlySet<string>>('council:chairs', async (keys) => {
      const accountId = ctx.viewer?.apiKey ? null : (ctx.viewer?.accountId ?? null);
      const rows: { body_id: string }[] = accountId
        ? await ctx.em.getConnection().execute(
            `select body_id from council_member where account_id = ? and role = 'CHAIR' and ended_at is null
                and (term_end is null or term_end >= ${communityTodaySql('community_id')})`,
            [accountId],
          )
        : [];
      const set = new Set(rows.map((r) => r.body_id));
      return keys.map(() => set);
    })
    .load('me');
}

/** What a body action needs to know of the caller, read before a mutation's transaction opens. */
export interface BodyActor {
  scope: CouncilScope;
  permissions: ReadonlySet<string>;
  chairs: ReadonlySet<string>;
}

export async function bodyActor(ctx: Ctx): Promise<BodyActor> {
  const [scope, access, chairs] = await Promise.all([councilScope(ctx), ctx.access(), chairedBodies(ctx)]);
  return { scope, permissions: access.permissions, chairs };
}

/** The rule of council.policy.ts for one body, with the caller's facts. */
export function bodyDecision(actor: BodyActor, body: Pick<CouncilBody, 'id' | 'gridUnitId'>, action: BodyAction): BodyDecision {
  return bodyActionDecision(action, { permissions: actor.permissions, chair: actor.chairs.has(body.id), managesBody: managesBody(actor.scope, body) });
}

/**
 * findOr404 for a staff action on a body's object: hidden → NOT_FOUND, no right at all →
 * FORBIDDEN (as the guard answers a missing permission), outside the caller's grid →
 * COUNCIL_OUTSIDE_GRID.
 */
export async function findForAction<T extends CouncilBody | { bodyId: string }>(
  em: EntityManager,
  actor: BodyActor,
  entity: new () => T,
  type: string,
  globalId: string,
  action: BodyAction,
  field = 'id',
): Promise<T> {
  const obj = await findOr404(em, entity, type, globalId, field);
  const bodyId = obj instanceof CouncilBody ? obj.id : (obj as { bodyId: string }).bodyId;
  if (!seesBody(actor.scope, bodyId)) throw new UserFacingError('NOT_FOUND', ['input', field]);
  const body = obj instanceof CouncilBody ? obj : await em.findOneOrFail(CouncilBody, { id: bodyId });
  const decision = bodyDecision(actor, body, action);
  if (decision === 'FORBIDDEN') throw new AppError('FORBIDDEN');
  if (decision !== 'OK') throw new UserFacingError(decision, ['input', field]);
  return obj;
}
