// The read path of request lists (the board and `serviceRequests`): ONE statement for the page
// with its household and requester (left joins), whatever the page size. Rows become plain read-only objects with the entities'
// property names (no ORM hydration: no identity map, no change-set snapshot, no per-property
// accessors — that cost more CPU than the rest of the request); the household and resident objects
// prime the per-operation loaders, so the nested resolvers (and their permission checks) run
// unchanged without a query of their own. Keyset on id (UUIDv7: newest first), cursors shaped
// like connection.ts's, so `after`/`before` from either work.
import { Cursor, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { pageSize, type ConnectionArgs, type ConnectionShape } from '../../schema/connection';
import { Household, Resident } from '../core/public';
import { ServiceRequest } from './request.entity';

type Kind = 'plain' | 'date' | 'ref';

interface Columns {
  /** `alias.col as "prefix__col"` list */
  select: string;
  /** [column alias in the row, property name, how to convert] */
  pairs: [string, string, Kind][];
  /** Builds the plain object of a row (see columnsOf). */
  make: new (row: Record<string, unknown>) => object;
}

const columnCache = new Map<string, Columns>();

function columnsOf(meta: EntityMetadata, alias: string, prefix: string): Columns {
  const key = `${meta.className}:${alias}:${prefix}`;
  let c = columnCache.get(key);
  if (!c) {
    const pairs: [string, string, Kind][] = [];
    const parts: string[] = [];
    for (const p of meta.props) {
      if (p.persist === false || p.fieldNames?.length !== 1) continue;
      if (p.kind !== 'scalar' && p.kind !== 'm:1') continue;
      const col = p.fieldNames[0]!;
      parts.push(`${alias}."${col}" as "${prefix}${col}"`);
      pairs.push([`${prefix}${col}`, p.name, p.kind === 'm:1' ? 'ref' : p.runtimeType === 'Date' ? 'date' : 'plain']);
    }
    // Inherits the entity's prototype (`instanceof` holds, so type-graphql does not rebuild each
    // root object through the constructor) but shadows each property with a plain writable slot,
    // so assignments never reach the ORM's lazy accessors (a wrapped, change-tracked entity each).
    const proto = Object.create(meta.class.prototype as object);
    for (const [, prop] of pairs) Object.defineProperty(proto, prop, { value: undefined, writable: true, enumerable: false, configurable: true });
    // One constructor per entity assigning every property in the same order: fast V8 objects.
    const make = new Function('row', pairs.map(([col, prop, kind]) => {
      const v = `row[${JSON.stringify(col)}]`;
      const conv = kind === 'date' ? `(typeof ${v} === 'string' ? new Date(${v}) : ${v})` : kind === 'ref' ? `{ id: ${v} }` : v;
      return `this[${JSON.stringify(prop)}] = ${v} == null ? ${v} : ${conv};`;
    }).join('\n')) as unknown as { prototype: object };
    make.prototype = proto;
    c = { select: parts.join(', '), pairs, make: make as unknown as new (row: Record<string, unknown>) => object };
    columnCache.set(key, c);
  }
  return c;
}

/** A plain object of the entity's properties from the row's columns under the prefix; raw rows
 * carry timestamps as text (MikroORM's type parsers) and relations as their id. */
function plain<T>(row: Record<string, unknown>, c: Columns): T {
  return new c.make(row) as T;
}

export interface BoardFilter {
  /** SQL over alias `s` with `?` placeholders. */
  sql: string;
  params: unknown[];
}

export async function boardPage(ctx: Ctx, communityId: string, filter: BoardFilter, args: ConnectionArgs): Promise<ConnectionShape<ServiceRequest>> {
  const size = pageSize(args);
  const em = ctx.em as EntityManager;
  const md = em.getMetadata();
  const req = columnsOf(md.get(ServiceRequest.name), 's', '');
  const hh = columnsOf(md.get(Household.name), 'h', 'h__');
  const rs = columnsOf(md.get(Resident.name), 'r', 'r__');
  const backward = size.last != null;
  const n = (size.first ?? size.last)!;
  const cursor = decode(backward ? args.before : args.after, backward ? 'before' : 'after');
  const where = [`s.community_id = ?`, `(${filter.sql})`];
  const params: unknown[] = [communityId, ...filter.params];
  if (cursor) {
    where.push(backward ? 's.id > ?' : 's.id < ?');
    params.push(cursor);
  }
  params.push(n + 1);
  const rows: Record<string, unknown>[] = await em.getConnection().execute(
    `select ${req.select}, ${hh.select}, ${rs.select}
       from dispatch_request s
       left join household h on h.id = s.household_id and h.community_id = s.community_id
       left join resident r on r.id = s.requester_resident_id and r.community_id = s.community_id
      where ${where.join(' and ')}
      order by s.id ${backward ? 'asc' : 'desc'} limit ?`,
    params,
  );
  const more = rows.length > n;
  if (more) rows.length = n;
  if (backward) rows.reverse();
  const households = ctx.loaders.entity(Household);
  const residents = ctx.loaders.entity(Resident);
  const items = rows.map((row) => {
    if (row.h__id != null) households.prime(row.h__id as string, plain<Household>(row, hh));
    if (row.r__id != null) residents.prime(row.r__id as string, plain<Resident>(row, rs));
    return plain<ServiceRequest>(row, req);
  });
  let count: Promise<number> | null = null;
  let edges: { node: ServiceRequest; cursor: string }[] | null = null;
  return {
    nodes: items,
    // Only when asked for: boards read `nodes`, and a cursor per row is a base64 string each.
    get edges() {
      return (edges ??= items.map((node) => ({ node, cursor: Cursor.encode([node.id]) })));
    },
    get totalCount() {
      // Only when asked for: counting costs more than the page.
      return (count ??= em
        .getConnection()
        .execute(`select count(*)::int as n from dispatch_request s where ${where.slice(0, 2).join(' and ')}`, [communityId, ...filter.params])
        .then((r) => Number((r[0] as { n: number }).n))) as unknown as number;
    },
    pageInfo: {
      hasNextPage: backward ? cursor != null : more,
      hasPreviousPage: backward ? more : cursor != null,
      startCursor: items.length ? Cursor.encode([items[0]!.id]) : null,
      endCursor: items.length ? Cursor.encode([items[items.length - 1]!.id]) : null,
    },
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function decode(cursor: string | null | undefined, field: string): string | null {
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
