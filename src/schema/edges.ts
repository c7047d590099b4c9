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
import type { Ctx } from './context';

export interface EdgeTarget<T> {
  /** Module owning the objects: disabled in the caller's community → every edge to it is null. */
  module: string;
  /** Unique name of the target (the per-operation loader's key), e.g. `grid:GridUnit`. */
  key: string;
  /** The objects the viewer may see, in the order of `ids` (null: missing, foreign or forbidden), in a constant number of statements. */
  load(ctx: Ctx, ids: readonly string[]): Promise<(T | null)[]>;
}

export const defineEdgeTarget = <T>(target: EdgeTarget<T>): EdgeTarget<T> => target;

function loaderOf<T>(ctx: Ctx, target: EdgeTarget<T>) {
  return ctx.loaders.named<string, T | null>(`edge:${target.key}`, async (ids) =>
    (await ctx.moduleEnabled(target.module)) ? target.load(ctx, ids) : ids.map(() => null),
  );
}

/** The object at the end of one edge, or null (no id, target module disabled, missing or forbidden). */
export function edge<T>(ctx: Ctx, target: EdgeTarget<T>, id: string | null | undefined): Promise<T | null> | null {
  return id ? loaderOf(ctx, target).load(id) : null;
}

/** Keeps the rows the check allows, in order; null for the others. */
export function visibleOnly<T>(rows: readonly (T | null | Error)[], allowed: (row: T) => boolean): (T | null)[] {
  return rows.map((r) => (r && !(r instanceof Error) && allowed(r) ? r : null));
}
