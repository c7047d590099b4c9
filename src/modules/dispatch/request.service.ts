// Every transition of a request: check the caller's actor role and the state against the table
// in dispatch.policy.ts, then ONE conditional write (`… where status in (from)`), one log row and
// one event in the same transaction. Zero rows written → the state moved meanwhile: report it.
import type { EntityManager } from '@mikro-orm/postgresql';
import { mutate } from '../../schema/mutation';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { recordEvent } from '../../plugins/events/record-event';
import { decide, stateRefusal, TRANSITIONS, type Actor, type TransitionName } from './dispatch.policy';
import { actorsOf, canSee, viewpoint, type Viewpoint } from './dispatch.access';
import { DispatchLogEntry, ServiceRequest } from './request.entity';
import type { ServiceRequestStatus } from './dispatch.enums';
import { pgArray } from '../../db/sql';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import type { RequestEventData } from './dispatch.events';

/** A value written as SQL (e.g. `reopen_count + 1`), not bound as a parameter. */
export class Raw {
  constructor(readonly sql: string) {}
}
/** A value written as jsonb. */
export class Json {
  constructor(readonly value: unknown) {}
}
type Value = string | number | boolean | Date | null | string[] | Json | Raw;

/** Loads a request the caller may see, or fails NOT_FOUND (foreign, missing and hidden alike). */
export async function loadVisible(ctx: Ctx, globalId: string, field = 'id', alsoFor?: Actor): Promise<{ req: ServiceRequest; vp: Viewpoint }> {
  let id: string;
  try {
    id = fromGlobalId(globalId, 'ServiceRequest');
  } catch (e) {
    throw e instanceof AppError && e.code === 'BAD_USER_INPUT'
      ? new AppError('BAD_USER_INPUT', 'INVALID_ID', { field })
      : new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  }
  const vp = await viewpoint(ctx);
  const req = await ctx.em.findOne(ServiceRequest, { id }, { disableIdentityMap: true });
  // `alsoFor`: a pool member racing for a claim learns it was ALREADY_TAKEN, not NOT_FOUND.
  if (!req || !(canSee(vp, req) || (alsoFor && actorsOf(vp, req).includes(alsoFor)))) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return { req, vp };
}

/**
 * Reads first (caller, request, referenced members) on the operation's EntityManager, then one
 * short transaction that only writes. Reading inside the transaction through other connections
 * would hold one pooled connection while waiting for another: 50 concurrent claims deadlock the pool.
 * Errors of the read phase become userErrors exactly as mutate() shapes them.
 */
export async function run<T>(ctx: Ctx, prepare: () => Promise<(em: EntityManager) => Promise<T>>) {
  let write: (em: EntityManager) => Promise<T>;
  try {
    write = await prepare();
  } catch (e) {
    return mutate<T>(ctx, async () => {
      throw e;
    });
  }
  return mutate(ctx, write);
}

function bind(v: Value): { sql: string; param?: unknown } {
  if (v instanceof Raw) return { sql: v.sql };
  if (Array.isArray(v)) return { sql: '?::text[]', param: pgArray(v) };
  if (v instanceof Json) return { sql: '?::jsonb', param: JSON.stringify(v.value) };
  return { sql: '?', param: v };
}

export interface TransitionOptions {
  set?: Record<string, Value>;
  /** Extra compare-and-set conditions, e.g. `taker_account_id = ?` with the value read. */
  where?: { sql: string; params: unknown[] };
  body?: string | null;
  /** Event data beyond the common fields (ids and states only). */
  data?: Record<string, unknown>;
  /** Error code when the extra condition fails while the state still allows the move. */
  conflictCode?: string;
}

/** SQL appended to a transition's `where id = ? and community_id = ?`, with its parameters. */
export interface GuardSql {
  sql: string;
  params: unknown[];
}

export interface TransitionGuard {
  /** The conditions a transition's update carries: the states it moves from and the caller's extra compare-and-set. */
  conditions(from: readonly string[], extra: TransitionOptions['where']): GuardSql | Promise<GuardSql>;
}

/** Compare-and-set on the state (and the extra condition): a request moved meanwhile is not written. */
export const TRANSITION_GUARD = defineStrategy<TransitionGuard>('dispatch.transitionGuard', "What a request transition's write checks", {
  conditions(from, extra) {
    let sql = ` and status in (${from.map(() => '?').join(', ')})`;
    const params: unknown[] = [...from];
    if (extra) {
      sql += ` and ${extra.sql}`;
      params.push(...extra.params);
    }
    return { sql, params };
  },
});

export async function transition(
  em: EntityManager,
  name: TransitionName,
  req: ServiceRequest,
  vp: Viewpoint,
  opts: TransitionOptions = {},
): Promise<ServiceRequest> {
  const tr = TRANSITIONS[name];
  const decision = decide(name, req.status as never, actorsOf(vp, req));
  if (!decision.ok) {
    if (decision.code === 'FORBIDDEN') throw new AppError('FORBIDDEN');
    throw new UserFacingError(decision.code, null, { state: req.status });
  }
  const to = (tr.to ?? req.status) as ServiceRequestStatus;
  const set: Record<string, Value> = { status: to, updated_at: new Date(), ...opts.set };
  const cols = Object.entries(set).map(([k, v]) => ({ k, ...bind(v) }));
  const params: unknown[] = cols.filter((c) => 'param' in c).map((c) => c.param);
  let where = 'id = ? and community_id = ?';
  params.push(req.id, req.communityId);
  const guard = await strategyOf(em, TRANSITION_GUARD).conditions(tr.from, opts.where);
  where += guard.sql;
  params.push(...guard.params);
  const rows = await em.execute(`update dispatch_request set ${cols.map((c) => `"${c.k}" = ${c.sql}`).join(', ')} where ${where} returning *`, params);
  if (rows.length === 0) {
    const [cur] = await em.execute('select status from dispatch_request where id = ?', [req.id]);
    const state = (cur?.status ?? req.status) as string;
    if ((tr.from as string[]).includes(state) && opts.conflictCode) throw new UserFacingError(opts.conflictCode, null, { state });
    throw new UserFacingError(stateRefusal(name, state), null, { state });
  }
  const updated = em.map(ServiceRequest, rows[0]);
  em.create(DispatchLogEntry, {
    communityId: req.communityId,
    requestId: req.id,
    action: name,
    fromStatus: req.status,
    toStatus: to,
    actorAccountId: vp.accountId,
    actorRole: decision.actor,
    body: opts.body ?? null,
  });
  recordEvent(em, tr.event, {
    communityId: req.communityId,
    subject: { type: 'ServiceRequest', id: req.id },
    data: eventData(updated, req.status, name, opts.data),
  });
  return updated;
}

/** Common event fields: ids and states only, never personal data. */
export function eventData<X extends Record<string, unknown> = Record<string, unknown>>(
  r: ServiceRequest,
  from: string,
  action: string,
  extra?: X,
): RequestEventData & X {
  return {
    requestId: r.id,
    action,
    from,
    status: r.status,
    kind: r.kind,
    gridUnitId: r.gridUnitId,
    takerAccountId: r.takerAccountId,
    requesterAccountId: r.requesterAccountId,
    requesterResidentId: r.requesterResidentId,
    ...extra,
  } as RequestEventData & X;
}

export type { Actor };
