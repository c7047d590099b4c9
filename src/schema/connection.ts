// Relay connections with keyset pagination (MikroORM cursors): page size 1–100, default 20.
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Cursor, type EntityClass, type EntityName, type FilterQuery, type QueryOrderMap } from '@mikro-orm/core';
import type { GraphQLResolveInfo } from 'graphql';
import { rowColumns, rowObject, rowPropNames, setJoined } from '../db/row-objects';
import { fieldsNamed, propsFor, rowSelection, subFields, type FieldProps } from './row-selection';
import { AppError } from './errors';
import { planEdgeJoins, type RowEdge } from './edge-joins';
import type { Ctx } from './context';
import { keysetFilter, keysetSql, scanOf, sortCursor, sortedKeyset, sortOnly, type SortKey } from './order';

export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;

// simpleResolvers: plain data fields resolve as property reads, with no type-graphql wrapper per
// field per row (no middlewares are declared on them; root fields keep theirs).
@ObjectType({ description: '分页信息 — where this page sits in the whole list', simpleResolvers: true })
export class PageInfo {
  @Field({ description: '有下一页 — more items after this page' })
  hasNextPage!: boolean;
  @Field({ description: '有上一页 — more items before this page' })
  hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: '首游标 — cursor of the first item' })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: '末游标 — cursor of the last item' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { nullable: true, description: '取前 N 条 — page size forward (1–100, default 20)' })
  first?: number | null;
  @Field(() => String, { nullable: true, description: '在此游标之后 — cursor to continue after' })
  after?: string | null;
  @Field(() => Int, { nullable: true, description: '取后 N 条 — page size backward (1–100)' })
  last?: number | null;
  @Field(() => String, { nullable: true, description: '在此游标之前 — cursor to continue before' })
  before?: string | null;
}

export interface ConnectionShape<T> {
  edges: { node: T; cursor: string }[];
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds `<Name>Connection` and `<Name>Edge` for an object type. */
export function Connection<T extends object>(node: ClassType<T>, name: string, zh: string) {
  @ObjectType(`${name}Edge`, { description: `${zh}边 — one ${name} in a page with its cursor`, simpleResolvers: true })
  class Edge {
    @Field(() => node, { description: `${zh} — the item` })
    node!: T;
    @Field({ description: '游标 — cursor of this item' })
    cursor!: string;
  }
  @ObjectType(`${name}Connection`, { description: `${zh}列表 — a page of ${name} items`, simpleResolvers: true })
  class Conn implements ConnectionShape<T> {
    @Field(() => [Edge], { description: '边 — items with their cursors' })
    edges!: Edge[];
    @Field(() => [node], { description: '条目 — the items of this page' })
    nodes!: T[];
    @Field(() => PageInfo, { description: '分页信息 — page info' })
    pageInfo!: PageInfo;
    // Not simple: the value is a promise (counted only when asked), and compiled execution reads
    // a simple field's property as the value itself.
    @Field(() => Int, { simple: false, description: '总数 — items in the whole list' })
    totalCount!: number;
  }
  return Conn;
}

export function pageSize(args: ConnectionArgs): { first?: number; last?: number } {
  if (args.first != null && args.last != null) throw new AppError('BAD_USER_INPUT', 'PAGE_ARGS', { field: 'first' });
  const n = args.last ?? args.first ?? DEFAULT_PAGE;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE) {
    throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE', { field: args.last != null ? 'last' : 'first' });
  }
  return args.last != null ? { last: n } : { first: n };
}

/**
 * Keyset page over an entity; the default order (id desc) is newest first thanks to UUIDv7.
 * `where` may be a function: MikroORM's raw() fragments are single-use, and the page and the
 * count each need their own.
 */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  whereOf: FilterQuery<T> | (() => FilterQuery<T>),
  args: ConnectionArgs,
  orderBy: QueryOrderMap<T> = { id: 'desc' } as QueryOrderMap<T>,
  /** A sort order chosen by the caller (src/schema/order.ts); replaces `orderBy`. */
  sort: SortKey | null = null,
): Promise<ConnectionShape<T>> {
  const where = () => (typeof whereOf === 'function' ? (whereOf as () => FilterQuery<T>)() : whereOf);
  if (sort) {
    const meta = em.getMetadata().get(typeof entity === 'string' ? entity : (entity as { name: string }).name);
    const k = sortedKeyset(args, pageSize(args), sort);
    const scan = scanOf(sort, k.backward);
    const page = k.cursor ? ({ $and: [where(), { [keysetFilter(meta, sort, scan, k.cursor)]: true }] } as FilterQuery<T>) : where();
    const fetched = await em.find(entity, page, { orderBy: [{ [sort.prop]: scan }, { id: scan }] as never, limit: k.n + 1 });
    return idPage(
      fetched as (T & { id: string })[],
      k,
      () => em.count(entity, where()),
      (node) => sortCursor(sort, node),
    ) as ConnectionShape<T>;
  }
  const size = pageSize(args);
  const keys = ([] as object[]).concat(orderBy).reduce((n, o) => n + Object.keys(o).length, 0);
  checkCursor(args.after, keys, 'after');
  checkCursor(args.before, keys, 'before');
  let cursor;
  try {
    cursor = await em.findByCursor(entity, where(), {
      ...size,
      after: args.after ?? undefined,
      before: args.before ?? undefined,
      orderBy,
      includeCount: false,
    } as any);
  } catch (e) {
    if ((e as Error).name === 'CursorError') throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: 'after' });
    // A well-formed cursor whose value does not fit the column (e.g. not a uuid).
    if ((e as { code?: string }).code === '22P02') throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: args.before ? 'before' : 'after' });
    throw e;
  }
  const items = cursor.items as T[];
  const c = cursor;
  // Counting a whole community's rows costs more than the page itself: only when asked for.
  let count: Promise<number> | null = null;
  let edges: { node: T; cursor: string }[] | null = null;
  return {
    nodes: items,
    // Only when asked for: a cursor per row is an encoded string each, and most pages read `nodes`.
    get edges() {
      return (edges ??= items.map((node) => ({ node, cursor: c.from(node) })));
    },
    get totalCount() {
      return (count ??= em.count(entity, where())) as unknown as number;
    },
    pageInfo: {
      hasNextPage: !!cursor.hasNextPage,
      hasPreviousPage: !!cursor.hasPrevPage,
      startCursor: cursor.startCursor,
      endCursor: cursor.endCursor,
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id in a cursor of an id-ordered page (as paginate and paginateRows make them); null for none. */
export function decodeIdCursor(cursor: string | null | undefined, field: string): string | null {
  if (cursor == null) return null;
  let v: unknown;
  try {
    v = Cursor.decode(cursor);
  } catch {
    v = null;
  }
  if (!Array.isArray(v) || v.length !== 1 || typeof v[0] !== 'string' || !UUID.test(v[0])) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field });
  return v[0];
}

/** The keyset of an id-ordered page (newest first; `last`/`before` walk back): rows to fetch are `n + 1`, the extra one telling whether there are more. */
export function idKeyset(args: ConnectionArgs): { backward: boolean; n: number; cursor: string | null } {
  const size = pageSize(args);
  const backward = size.last != null;
  return { backward, n: (size.first ?? size.last)!, cursor: decodeIdCursor(backward ? args.before : args.after, backward ? 'before' : 'after') };
}

/** The connection of an id-ordered page from the items fetched in query order (at most n + 1);
 * edges and the total only when asked for (a cursor per row, and a count, cost more than most pages). */
export function idPage<T extends { id: string }>(
  fetched: T[],
  k: { backward: boolean; n: number; cursor: unknown },
  count: () => Promise<number>,
  cursorOf: (node: T) => string = (node) => Cursor.encode([node.id]),
): ConnectionShape<T> {
  const more = fetched.length > k.n;
  const items = fetched.slice(0, k.n);
  if (k.backward) items.reverse();
  let total: Promise<number> | null = null;
  let edges: { node: T; cursor: string }[] | null = null;
  return {
    nodes: items,
    get edges() {
      return (edges ??= items.map((node) => ({ node, cursor: cursorOf(node) })));
    },
    get totalCount() {
      return (total ??= count()) as unknown as number;
    },
    pageInfo: {
      hasNextPage: k.backward ? k.cursor != null : more,
      hasPreviousPage: k.backward ? more : k.cursor != null,
      startCursor: items.length ? cursorOf(items[0]!) : null,
      endCursor: items.length ? cursorOf(items[items.length - 1]!) : null,
    },
  };
}

/**
 * paginate's page (newest first by id, the same cursors) as read-only objects built from raw rows
 * (src/db/row-objects.ts) instead of hydrated entities: for hot lists of entities whose readers
 * need their columns only (no collections, no persisting). The filter is rendered by MikroORM's
 * query builder; the tenant condition is explicit.
 */
export async function paginateRows<T extends { id: string }, J extends { id: string } = never>(
  em: EntityManager,
  entity: EntityClass<T>,
  communityId: string,
  where: FilterQuery<T>,
  args: ConnectionArgs,
  opts: {
    /** The connection field being resolved: only the columns its row selection needs are read. */
    info?: GraphQLResolveInfo;
    /** What each field resolver of T reads (row-selection.ts); needed with `info`. */
    fields?: FieldProps;
    /** A many-to-one relation read in the same statement (left join) when its field is selected,
     * for its field resolver (joinedOf); whole rows also go to `prime` (e.g. the operation's loader). */
    join?: { property: string; entity: EntityClass<J>; fields: FieldProps; prime: (related: J) => void };
    /** The rows' graph edges that may be read with the page when selected (edge-joins.ts). */
    edges?: readonly RowEdge[];
    /** The operation's context, for `edges`. */
    ctx?: Ctx;
    /** A sort order (src/schema/order.ts) instead of newest first by id. */
    sort?: SortKey | null;
  } = {},
): Promise<ConnectionShape<T>> {
  const { info, join } = opts;
  const sort = opts.sort ?? null;
  const meta = em.getMetadata().get(entity.name);
  const k = sort ? sortedKeyset(args, pageSize(args), sort) : idKeyset(args);
  const { backward, n, cursor } = k;
  const joinMeta = join ? em.getMetadata().get(join.entity.name) : null;
  const rows0 = info ? rowSelection(info) : null;
  const only = sortOnly(rows0 ? propsFor(rows0.fields, rows0.fragments, opts.fields ?? {}, rowPropNames(meta)) : null, sort);
  // The relation is joined when asked for (or when the selection is not known).
  const joinAsked = join && (!rows0 || fieldsNamed(rows0.fields, join.property).length > 0);
  const joinOnly =
    join && rows0 && joinAsked
      ? propsFor(subFields(fieldsNamed(rows0.fields, join.property), rows0.fragments), rows0.fragments, join.fields, rowPropNames(joinMeta!))
      : null;
  const cols = rowColumns(meta, 'e', 0, only);
  const jcols = joinAsked && joinMeta ? rowColumns(joinMeta, 'j', cols.count, joinOnly) : null;
  const edges = opts.ctx && opts.edges ? planEdgeJoins(em.getMetadata(), meta, 'e', cols.count + (jcols?.count ?? 0), rows0, opts.edges) : null;
  const scoped = { $and: [where, { communityId }] } as FilterQuery<T>;
  const page = { $and: [scoped, ...(cursor && !sort ? [{ id: backward ? { $gt: cursor } : { $lt: cursor } }] : [])] } as FilterQuery<T>;
  // Sorted: by the key, ties by id in the same direction; walking back reads the other way.
  const scan = sort ? scanOf(sort, backward) : backward ? 'asc' : 'desc';
  const qb = em
    .createQueryBuilder(entity, 'e')
    .where(page)
    .orderBy((sort ? { [sort.prop]: scan, id: scan } : { id: scan }) as QueryOrderMap<T>)
    .limit(n + 1);
  const knexQuery = qb
    .getKnexQuery()
    .clearSelect()
    .select(em.getKnex().raw([cols.select, jcols?.select, edges?.select].filter((c) => c).join(', ')));
  if (sort && k.cursor) {
    const after = keysetSql(meta, 'e', sort, scan, k.cursor as { value: unknown; id: string });
    knexQuery.whereRaw(after.sql, after.params as never);
  }
  if (jcols && join && joinMeta) {
    const fk = meta.properties[join.property as keyof typeof meta.properties]!.fieldNames[0]!;
    knexQuery.joinRaw(`left join "${joinMeta.tableName}" as j on j.id = e."${fk}" and j.community_id = e.community_id`);
  }
  if (edges?.joins) knexQuery.joinRaw(edges.joins);
  const rows = (await knexQuery.options({ rowMode: 'array' })) as unknown[][];
  const items = rows.map((row) => {
    const item = rowObject<T>(row, cols)!;
    if (join && jcols) {
      const related = rowObject<J>(row, jcols);
      setJoined(item, join.property, related);
      // Whole rows serve the operation's other readers too; partial ones only this row.
      if (related && joinOnly === null) join.prime(related);
    }
    return item;
  });
  await edges?.take(opts.ctx!, rows, items);
  return idPage(items, k, () => em.count(entity, scoped), sort ? (node) => sortCursor(sort, node) : undefined);
}

/** Only cursors shaped like ours (base64url JSON array of one scalar per order key); MikroORM would
 * otherwise throw a 500 on garbage or silently ignore a cursor of the wrong length. */
function checkCursor(cursor: string | null | undefined, keys: number, field: string): void {
  if (cursor == null) return;
  let values: unknown;
  try {
    values = Cursor.decode(cursor);
  } catch {
    values = null;
  }
  // Scalars, or (ordering by a relation's fields) objects of them; never query operators.
  const value = (v: unknown): boolean =>
    typeof v === 'string' ||
    typeof v === 'number' ||
    v instanceof Date ||
    (!!v && typeof v === 'object' && !Array.isArray(v) && Object.entries(v).every(([k, x]) => !k.startsWith('$') && value(x)));
  if (!Array.isArray(values) || values.length !== keys || !values.every(value)) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field });
}
