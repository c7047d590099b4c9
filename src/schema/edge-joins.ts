// Graph edges read with the page (edges.ts `join`): a list reader that knows which of its rows'
// edge fields the operation selects joins their targets into its own statement — one left join per
// edge (and per relation the target's selection needs, e.g. a member's account) — instead of one
// statement per edge kind after the page. Whole rows read are offered to the edges' loaders; a
// target that declares what its fields read (`join.fields`) is read in part — the columns the
// edge's selection needs — and each such object answers its own row's edge only (`rowEdge`).
// Either way the target's own check (`join.visible`) decides: what a viewer may see is unchanged.
// Used by the hand-written list readers (connection.ts paginateRows, dispatch's board); an edge
// not selected, or whose target cannot be joined, costs nothing here and loads as before.
import type { EntityMetadata, MetadataStorage } from '@mikro-orm/core';
import type { Ctx } from './context';
import { checkedEdge, edge, offerEdgeRows, precheckEdges, type EdgeTarget } from './edges';
import { fieldsNamed, propsFor, subFields, type FieldProps, type RowSelection } from './row-selection';
import { joinedOf, rowColumns, rowObject, rowPropNames, setJoined, type RowColumns } from '../db/row-objects';

/** An edge field of a list's rows (declared by the module owning the edge, next to its resolver). */
export interface RowEdge {
  /** The GraphQL field on the row type, e.g. `grid`. */
  field: string;
  target: EdgeTarget<any>;
  /** The row entity's property holding the foreign id, e.g. `gridUnitId`. */
  property: string;
}

export interface EdgeJoinPlan {
  /** Columns to add to the reader's select list ('' when no edge is joined). */
  select: string;
  /** Left joins to add after the reader's FROM ('' when none). */
  joins: string;
  /** How many columns `select` adds. */
  count: number;
  /** The row properties each joined edge needs (its foreign id), for a reader that selects columns. */
  props: string[];
  /**
   * After the read: hands each row's joined objects to their edges (`items[i]` is the object of
   * `rows[i]`); resolves once those read in part are checked (await it before handing the rows out).
   */
  take(ctx: Ctx, rows: readonly unknown[][], items: readonly object[]): Promise<unknown>;
}

const NONE: EdgeJoinPlan = { select: '', joins: '', count: 0, props: [], take: () => Promise.resolve() };

/**
 * The object at the end of a list row's edge: what was read with the row when its reader joined
 * it in part (through the target's check), otherwise as `edge` (whole rows joined were offered to
 * its loader). Edge resolvers of row types with joinable edges answer through this.
 */
export function rowEdge<T extends object>(ctx: Ctx, e: RowEdge & { target: EdgeTarget<T> }, row: object): T | Promise<T | null> | null {
  const id = (row as Record<string, unknown>)[e.property] as string | null | undefined;
  if (!id) return null;
  const read = joinedOf<T>(row, e.field);
  if (read === undefined) return edge(ctx, e.target, id);
  return read && checkedEdge(ctx, e.target, read);
}

const columnOf = (meta: EntityMetadata, property: string): string => {
  const p = meta.properties[property as keyof typeof meta.properties];
  if (!p || p.fieldNames?.length !== 1) throw new Error(`${meta.className}.${property} is not a single column`);
  return p.fieldNames[0]!;
};

interface Joined {
  edge: RowEdge;
  fkAt: number;
  cols: RowColumns;
  /** Read in part: the objects answer their own rows only. */
  partial: boolean;
  /** Related rows read with it; whole ones are primed into the operation's loaders. */
  also: { property: string; cols: RowColumns; prime: ((ctx: Ctx, o: { id: string }) => void) | null }[];
}

/**
 * Properties of a related row that the target's asked fields read (`with[].fields`); null (the
 * whole row) when an asked field of `w.for` does not say.
 */
function relatedProps(fields: ReadonlySet<string>, w: { for: readonly string[]; fields?: FieldProps }): Set<string> | null {
  const out = new Set(['id']);
  for (const f of w.for) {
    if (!fields.has(f)) continue;
    const needs = w.fields?.[f];
    if (!needs) return null;
    for (const p of needs) out.add(p);
  }
  return out;
}

/**
 * The joins for the selected joinable edges of rows of `rowMeta` read as `alias`, their columns
 * starting at position `offset` of each row. Without a selection (`sel` null) nothing is joined.
 */
export function planEdgeJoins(
  md: MetadataStorage,
  rowMeta: EntityMetadata,
  alias: string,
  offset: number,
  sel: RowSelection | null,
  edges: readonly RowEdge[],
): EdgeJoinPlan {
  if (!sel) return NONE;
  const selects: string[] = [];
  const joins: string[] = [];
  const joined: Joined[] = [];
  let at = offset;
  edges.forEach((edge, i) => {
    const join = edge.target.join;
    const asked = fieldsNamed(sel.fields, edge.field);
    if (!join || !asked.length) return;
    const meta = md.get(join.entity.name);
    const a = `ej${i}`;
    const fk = `${alias}."${columnOf(rowMeta, edge.property)}"`;
    const sameCommunity = meta.properties['communityId' as keyof typeof meta.properties] ? ` and ${a}.community_id = ${alias}.community_id` : '';
    joins.push(`left join "${meta.tableName}" as ${a} on ${a}."${columnOf(meta, join.by ?? 'id')}" = ${fk}${sameCommunity}`);
    selects.push(fk);
    const fkAt = at++;
    const sub = subFields(asked, sel.fragments);
    const fields = new Set(sub.map((f) => f.name.value));
    // In part when the target says what its fields read.
    const only = join.fields ? propsFor(sub, sel.fragments, join.fields, rowPropNames(meta)) : null;
    const cols = rowColumns(meta, a, at, only);
    selects.push(cols.select);
    at += cols.count;
    const also: Joined['also'] = [];
    (join.with ?? []).forEach((w, k) => {
      if (!w.for.some((f) => fields.has(f))) return;
      const wMeta = md.get(w.entity.name);
      const wa = `${a}w${k}`;
      joins.push(`left join "${wMeta.tableName}" as ${wa} on ${wa}.id = ${a}."${columnOf(meta, w.property)}"`);
      // With a target read in part, the related row is too when its fields say what they read of it.
      const wOnly = only ? relatedProps(fields, w) : null;
      const wcols = rowColumns(wMeta, wa, at, wOnly);
      selects.push(wcols.select);
      at += wcols.count;
      also.push({ property: w.property, cols: wcols, prime: wOnly ? null : (ctx, o) => ctx.loaders.entity(w.entity).prime(o.id, o) });
    });
    joined.push({ edge, fkAt, cols, partial: only !== null, also });
  });
  if (!joined.length) return NONE;
  return {
    select: selects.join(', '),
    joins: joins.join('\n'),
    count: at - offset,
    props: joined.map((j) => j.edge.property),
    take(ctx, rows, items) {
      const checks: Promise<unknown>[] = [];
      for (const j of joined) {
        if (j.partial) {
          // Rows naming the same object share one (checked once, built once).
          const byId = new Map<unknown, object | null>();
          rows.forEach((row, i) => {
            const id = row[j.fkAt];
            if (id == null) return;
            let o = byId.get(id);
            if (o === undefined) {
              byId.set(id, (o = rowObject<object>(row, j.cols)));
              // Its related rows go with it (whole ones also serve the operation's loaders).
              for (const w of j.also) {
                const r = rowObject<{ id: string }>(row, w.cols);
                if (o) setJoined(o, w.property, r);
                if (r && w.prime) w.prime(ctx, r);
              }
            }
            setJoined(items[i]!, j.edge.field, o);
          });
          checks.push(
            precheckEdges(
              ctx,
              j.edge.target,
              [...byId.values()].filter((o) => o !== null),
            ),
          );
          continue;
        }
        const offered: [string, object | null][] = [];
        for (const row of rows) {
          const id = row[j.fkAt];
          if (id == null) continue;
          offered.push([String(id), rowObject<object>(row, j.cols)]);
          // Related rows serve their entity loaders (whole rows: any reader of them may use them).
          for (const w of j.also) {
            const o = rowObject<{ id: string }>(row, w.cols);
            if (o) w.prime!(ctx, o);
          }
        }
        offerEdgeRows(ctx, j.edge.target, offered);
      }
      return Promise.all(checks);
    },
  };
}
