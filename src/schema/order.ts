// Sort orders of lists (`orderBy: { field, direction }`), kept stable under keyset pagination:
// rows are ordered by the field, ties by id in the same direction, and the cursor carries the
// order it was made under, the row's sort value and its id. The next page starts after the row's
// key as stored (looked up by id within the page's community, so timestamps keep their full
// precision); the cursor's value stands in when the row is gone. A cursor of another order (or
// of the default one) is refused as INVALID_ID rather than read under the wrong order.
import { Field, InputType, registerEnumType } from 'type-graphql';
import { Cursor, raw, type EntityMetadata } from '@mikro-orm/core';
import { AppError } from './errors';
import type { ConnectionArgs } from './connection';

export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: '排序方向 — ascending or descending',
  valuesConfig: {
    ASC: { description: '正序 — smallest (oldest, A…) first' },
    DESC: { description: '倒序 — largest (newest, …Z) first' },
  },
});

/** One sort order of a list: an entity property (a non-null column) and a direction. */
export interface SortKey {
  prop: string;
  dir: 'asc' | 'desc';
  /** Names the order in cursors: `prop:dir`. */
  tag: string;
}

export interface OrderField {
  /** The entity property; its column must be NOT NULL (a null has no place in the keyset). */
  prop: string;
  /** Chinese term — English meaning, as every enum value. */
  description: string;
}

export interface OrderSpec<F extends string> {
  /** The GraphQL input `<Name>Order { field direction }`. */
  Input: new () => { field: F; direction: OrderDirection };
  /** The sort key of an `orderBy` argument; null for none (the list's default order). */
  sortKey(order: { field: F; direction?: OrderDirection | null } | null | undefined): SortKey | null;
}

/**
 * `<Name>OrderField` (an enum of the list's sortable fields) and `<Name>Order` (field and
 * direction) for a list's `orderBy` argument, with the sort key paginate/paginateRows take.
 */
export function defineOrder<F extends string>(name: string, zh: string, fields: Record<F, OrderField>): OrderSpec<F> {
  const values = Object.fromEntries(Object.keys(fields).map((k) => [k, k])) as Record<F, F>;
  registerEnumType(values, {
    name: `${name}OrderField`,
    description: `${zh}排序字段 — what a list of ${name} can be ordered by`,
    valuesConfig: Object.fromEntries(Object.entries<OrderField>(fields).map(([k, f]) => [k, { description: f.description }])) as never,
  });
  @InputType(`${name}Order`, { description: `${zh}排序 — a field and a direction; ties are broken by id in the same direction` })
  class Order {
    @Field(() => values, { description: '排序字段 — the field to order by' })
    field!: F;
    @Field(() => OrderDirection, { defaultValue: OrderDirection.ASC, description: '排序方向 — ascending (default) or descending' })
    direction: OrderDirection = OrderDirection.ASC;
  }
  return {
    Input: Order,
    sortKey(order) {
      if (!order) return null;
      const f = fields[order.field];
      if (!f) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: 'orderBy' });
      const dir = order.direction === OrderDirection.DESC ? 'desc' : 'asc';
      return { prop: f.prop, dir, tag: `${f.prop}:${dir}` };
    },
  };
}

export interface SortedKeyset {
  backward: boolean;
  n: number;
  cursor: { value: unknown; id: string } | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A sorted page's cursor: `[tag, value, id]`. */
export function sortCursor(sort: SortKey, node: object): string {
  const v = (node as Record<string, unknown>)[sort.prop];
  return Cursor.encode([sort.tag, v instanceof Date ? v.toISOString() : v, (node as { id: string }).id]);
}

function decodeSortCursor(cursor: string | null | undefined, sort: SortKey, field: string): SortedKeyset['cursor'] {
  if (cursor == null) return null;
  let v: unknown;
  try {
    v = Cursor.decode(cursor);
  } catch {
    v = null;
  }
  const ok =
    Array.isArray(v) &&
    v.length === 3 &&
    v[0] === sort.tag &&
    (typeof v[1] === 'string' || typeof v[1] === 'number' || typeof v[1] === 'boolean' || v[1] instanceof Date) &&
    typeof v[2] === 'string' &&
    UUID.test(v[2]);
  if (!ok) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field });
  const value = (v as unknown[])[1];
  return { value: value instanceof Date ? value.toISOString() : value, id: (v as string[])[2]! };
}

/** `size`: connection.ts pageSize of the same arguments (passed in: connection.ts imports this file). */
export function sortedKeyset(args: ConnectionArgs, size: { first?: number; last?: number }, sort: SortKey): SortedKeyset {
  const backward = size.last != null;
  return { backward, n: (size.first ?? size.last)!, cursor: decodeSortCursor(backward ? args.before : args.after, sort, backward ? 'before' : 'after') };
}

/** The direction rows are read in: the order's, or the other way when walking back. */
export const scanOf = (sort: SortKey, backward: boolean): 'asc' | 'desc' => (backward === (sort.dir === 'desc') ? 'asc' : 'desc');

/** The rows after the cursor's row in `scan` order, as SQL over `alias` with its parameters. */
export function keysetSql(meta: EntityMetadata, alias: string, sort: SortKey, scan: 'asc' | 'desc', c: { value: unknown; id: string }) {
  const prop = meta.properties[sort.prop as keyof typeof meta.properties];
  if (!prop?.fieldNames?.[0]) throw new Error(`${meta.className}.${sort.prop} is not a column to order by`);
  const col = `"${prop.fieldNames[0]}"`;
  const type = prop.columnTypes?.[0] ?? 'text';
  const tenant = meta.properties['communityId' as keyof typeof meta.properties] ? ` and k.community_id = ${alias}.community_id` : '';
  return {
    sql: `(${alias}.${col}, ${alias}.id) ${scan === 'desc' ? '<' : '>'} (coalesce((select k.${col} from "${meta.tableName}" k where k.id = ?${tenant}), ?::${type}), ?::uuid)`,
    params: [c.id, c.value, c.id],
  };
}

/** keysetSql as a condition of a MikroORM filter (`{ [keysetFilter(…)]: true }`). */
export function keysetFilter(meta: EntityMetadata, sort: SortKey, scan: 'asc' | 'desc', c: { value: unknown; id: string }): string {
  const probe = keysetSql(meta, 'e', sort, scan, c);
  return raw((alias: string) => `(${keysetSql(meta, alias, sort, scan, c).sql})`, probe.params) as unknown as string;
}

/** The properties a row page reads, with the sort property added (its cursor needs it). */
export function sortOnly(only: Set<string> | null, sort: SortKey | null): Set<string> | null {
  if (!only || !sort) return only;
  return new Set([...only, sort.prop]);
}
