// Graph edges across modules (ServiceRequest.grid → GridUnit, …), as Vendure plugins extend types
// and Medusa links modules. Two halves:
// - the TARGET module publishes, in its public.ts, its object type and an `EdgeTarget`: a batched
//   read of its objects by raw id that applies its own object-level check (forbidden and missing
//   are both null) and its own tenant scoping — other modules never read its tables;
// - the module that OWNS the edge (as a rule the one holding the foreign id: the target must not
//   depend on who points at it) adds the field with a `@Resolver(() => Type)` class of
//   `@FieldResolver`s listed in its manifest's resolvers, and answers it with `edge` here (a list
//   edge: one `edge` per id, in parallel — the loader batches them all the same).
// One DataLoader per target and operation: a page of N rows costs the target's constant number of
// statements, not N. A target whose module is disabled in the caller's community answers null.
// A target that can be joined (`join`) is read by list readers in their page's statement
// (edge-joins.ts): the rows they read are offered here and answer through `join.visible` — the
// target's same check — instead of being read again.
import type { EntityClass } from '@mikro-orm/core';
import { operationSlot, type Ctx, type OperationSlot } from './context';
import type { FieldProps } from './row-selection';

export interface EdgeTarget<T> {
  /** Module owning the objects: disabled in the caller's community → every edge to it is null. */
  module: string;
  /** Unique name of the target (the per-operation loader's key), e.g. `grid:GridUnit`. */
  key: string;
  /** The objects the viewer may see, in the order of `ids` (null: missing, foreign or forbidden), in a constant number of statements. */
  load(ctx: Ctx, ids: readonly string[]): Promise<(T | null)[]>;
  /** How a list reader may read the objects with its page (a left join), when the target allows it. */
  join?: EdgeJoin<T>;
}

export interface EdgeJoin<T> {
  /** The entity the edge answers (its field resolvers run unchanged on what a list reader reads of it). */
  entity: EntityClass<T>;
  /**
   * Per GraphQL field of the target type, the properties its resolver reads (a field not listed
   * reads the property of its own name; any other field makes the whole row read), e.g.
   * `{ levelName: ['level'], children: ['id'] }`. Given, a list reader reads only what the edge's
   * selection needs, and such an object answers its own row's edge alone (never another reader:
   * it lacks the rest); `visible` then sees `id` and `communityId` only. Left out, whole rows are
   * read and offered to the edge's loader.
   */
  fields?: FieldProps;
  /** Its many-to-one property (or column property) the foreign id names, unique in a community; `id` when not given. */
  by?: string;
  /**
   * Relations of the target read with it when the edge's selection asks one of the fields in `for`
   * (e.g. a member's name is its account's), set on the target object (`joinedOf`, its resolvers
   * read it from there) and, read whole, primed into the operation's entity loaders. `fields`: per
   * field of `for`, what it reads of the relation; with the target read in part, so is the relation.
   */
  with?: readonly { property: string; entity: EntityClass<object>; for: readonly string[]; fields?: FieldProps }[];
  /** What `load` answers for objects already read (null: none): the same checks, without reading. */
  visible(ctx: Ctx, rows: readonly (T | null)[]): Promise<(T | null)[]>;
}

export const defineEdgeTarget = <T>(target: EdgeTarget<T>): EdgeTarget<T> => target;

const offeredSlots = new Map<string, OperationSlot<Map<string, unknown>>>();

/** The objects list readers read for the target in this operation, by foreign id (null: the join found none). */
function offeredOf<T>(ctx: Ctx, target: EdgeTarget<T>): Map<string, T | null> {
  let slot = offeredSlots.get(target.key);
  if (!slot) offeredSlots.set(target.key, (slot = operationSlot(`edge-offered:${target.key}`)));
  return ctx.memo(slot, () => new Map<string, unknown>()) as Map<string, T | null>;
}

/** Hands the objects a list reader read with its page (foreign id → row, null when none) to the edge's loader. */
export function offerEdgeRows<T>(ctx: Ctx, target: EdgeTarget<T>, rows: Iterable<readonly [string, T | null]>): void {
  const offered = offeredOf(ctx, target);
  for (const [id, row] of rows) if (!offered.has(id)) offered.set(id, row);
}

function loaderOf<T>(ctx: Ctx, target: EdgeTarget<T>) {
  return ctx.loaders.named<string, T | null>(`edge:${target.key}`, async (ids) => {
    if (!(await ctx.moduleEnabled(target.module))) return ids.map(() => null);
    const offered = target.join ? offeredOf(ctx, target) : null;
    if (!offered?.size) return target.load(ctx, ids);
    // Rows read with a page need only the check; the others are read as usual (one batch).
    const read = ids.filter((id) => offered.has(id));
    const rest = ids.filter((id) => !offered.has(id));
    const [seen, loaded] = await Promise.all([
      target.join!.visible(
        ctx,
        read.map((id) => offered.get(id) ?? null),
      ),
      rest.length ? target.load(ctx, rest) : Promise.resolve([]),
    ]);
    const answer = new Map<string, T | null>();
    read.forEach((id, i) => answer.set(id, seen[i] ?? null));
    rest.forEach((id, i) => answer.set(id, loaded[i] ?? null));
    return ids.map((id) => answer.get(id) ?? null);
  });
}

/** The object at the end of one edge, or null (no id, target module disabled, missing or forbidden). */
export function edge<T>(ctx: Ctx, target: EdgeTarget<T>, id: string | null | undefined): Promise<T | null> | null {
  return id ? loaderOf(ctx, target).load(id) : null;
}

/**
 * The object read with a list row for its edge (edge-joins.ts, in part), through the target's
 * check — batched per operation like `edge`, without reading anything again.
 */
export function checkedEdge<T extends object>(ctx: Ctx, target: EdgeTarget<T>, read: T): T | null | Promise<T | null> {
  const checked = checkedLoader(ctx, target);
  const known = checked.peek(read);
  return known !== undefined ? known : checked.load(read);
}

/**
 * Checks the objects a list reader read in part before its rows are resolved, so that each
 * row's edge answers at once (`checkedEdge`) instead of with a promise per row. A failure is
 * left to the rows' own fields, as without it.
 */
export function precheckEdges<T extends object>(ctx: Ctx, target: EdgeTarget<T>, read: readonly T[]): Promise<unknown> {
  return checkedLoader(ctx, target)
    .loadMany(read)
    .catch(() => undefined);
}

function checkedLoader<T extends object>(ctx: Ctx, target: EdgeTarget<T>) {
  return ctx.loaders.named<T, T | null>(`edge-checked:${target.key}`, async (objects) =>
    (await ctx.moduleEnabled(target.module)) ? target.join!.visible(ctx, objects) : objects.map(() => null),
  );
}

/** Keeps the rows the check allows, in order; null for the others. */
export function visibleOnly<T>(rows: readonly (T | null | Error)[], allowed: (row: T) => boolean): (T | null)[] {
  return rows.map((r) => (r && !(r instanceof Error) && allowed(r) ? r : null));
}
