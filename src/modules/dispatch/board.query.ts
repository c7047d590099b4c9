// The read path of request lists (the board and `serviceRequests`): ONE statement for the page
// with its household and requester (left joins, only when selected), whatever the page size. It
// reads the columns the operation's selection needs (board.selection.ts), as a prepared statement
// with rows as arrays. Rows become plain read-only objects with the entities' property names (no
// ORM hydration: no identity map, no change-set snapshot, no per-property accessors — that cost
// more CPU than the rest of the request); a property not read throws. The household and resident
// read with a row answer that row's `household` / `requester` (joinedWith); whole ones also prime
// the per-operation loaders. The nested resolvers and their permission checks run unchanged.
// Keyset on id (UUIDv7: newest first), cursors shaped like connection.ts's, so `after`/`before`
// from either work.
import { createHash } from 'node:crypto';
import { Cursor, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { pageSize, type ConnectionArgs, type ConnectionShape } from '../../schema/connection';
import { Household, Resident } from '../core/public';
import { ServiceRequest } from './request.entity';
import { executePreparedArrays } from '../../db/prepared';
import { pageSelection } from './board.selection';
import type { GraphQLResolveInfo } from 'graphql';

type Kind = 'plain' | 'date' | 'ref';

interface Columns {
  /** `alias.col` list, in the order the row carries them */
  select: string;
  count: number;
  /** Position of the id column in the row (a left join without a match leaves it null). */
  idAt: number;
  /** Builds the plain object from a row of column values (see columnsOf). */
  make: new (row: unknown[]) => object;
}

const columnCache = new Map<string, Columns>();

/** Persisted single-column properties: what a row of the entity can carry. */
function columnProps(meta: EntityMetadata) {
  return meta.props.filter((p) => p.persist !== false && p.fieldNames?.length === 1 && (p.kind === 'scalar' || p.kind === 'm:1'));
}

/** The entity's columns (all, or those of `only`) read from positions `offset`… of an array row. */
function columnsOf(meta: EntityMetadata, alias: string, offset: number, only: Set<string> | null = null): Columns {
  const key = `${meta.className}:${alias}:${offset}:${only ? [...only].sort().join(',') : '*'}`;
  let c = columnCache.get(key);
  if (!c) {
    const pairs: [number, string, Kind][] = [];
    const parts: string[] = [];
    const skipped: string[] = [];
    let idAt = -1;
    for (const p of columnProps(meta)) {
      if (only && !only.has(p.name)) {
        skipped.push(p.name);
        continue;
      }
      const at = offset + parts.length;
      if (p.name === 'id') idAt = at;
      parts.push(`${alias}."${p.fieldNames[0]!}"`);
      pairs.push([at, p.name, p.kind === 'm:1' ? 'ref' : p.runtimeType === 'Date' ? 'date' : 'plain']);
    }
    // Inherits the entity's prototype (`instanceof` holds, so type-graphql does not rebuild each
    // root object through the constructor) but shadows each property with a plain writable slot,
    // so assignments never reach the ORM's lazy accessors (a wrapped, change-tracked entity each).
    const proto = Object.create(meta.class.prototype as object);
    for (const [, prop] of pairs) Object.defineProperty(proto, prop, { value: undefined, writable: true, enumerable: false, configurable: true });
    // A property left out by the selection (board.selection.ts) is an error to read, not a null.
    for (const prop of skipped) {
      Object.defineProperty(proto, prop, {
        get() {
          throw new Error(`${meta.className}.${prop} was not read for this page (declare it in board.selection.ts)`);
        },
        enumerable: false,
        configurable: true,
      });
    }
    // One constructor per entity assigning every property in the same order: fast V8 objects.
    const make = new Function('row', pairs.map(([at, prop, kind]) => {
      const v = `row[${at}]`;
      const conv = kind === 'date' ? `(typeof ${v} === 'string' ? new Date(${v}) : ${v})` : kind === 'ref' ? `{ id: ${v} }` : v;
      return `this[${JSON.stringify(prop)}] = ${v} == null ? ${v} : ${conv};`;
    }).join('\n')) as unknown as { prototype: object };
    make.prototype = proto;
    c = { select: parts.join(', '), count: parts.length, idAt, make: make as unknown as new (row: unknown[]) => object };
    columnCache.set(key, c);
  }
  return c;
}

/** A plain object of the entity's properties from the row's columns; raw rows carry timestamps
 * as text (MikroORM's type parsers) and relations as their id. Null for an unmatched left join. */
function plain<T>(row: unknown[], c: Columns): T | null {
  return row[c.idAt] == null ? null : (new c.make(row) as T);
}

interface Joined {
  requester?: Resident | null;
  household?: Household | null;
}

/** The requester and household read with a row of a page (possibly only the selected properties). */
const joins = new WeakMap<ServiceRequest, Joined>();

/** What a page row brought of its `requester` / `household` (undefined: not read with the row). */
export function joinedWith(row: ServiceRequest, field: keyof Joined): Resident | Household | null | undefined {
  return joins.get(row)?.[field];
}

const propNameCache = new WeakMap<EntityMetadata, Set<string>>();
function propNames(meta: EntityMetadata): Set<string> {
  let names = propNameCache.get(meta);
  if (!names) propNameCache.set(meta, (names = new Set(columnProps(meta).map((p) => p.name))));
  return names;
}

/**
 * A statement name per distinct text (filter shape × cursor × direction × selection). Each name
 * is prepared on every pooled connection and kept there: past MAX_NAMED texts (clients asking
 * for ever new selections) pages run unnamed, parsed each time, so backends do not grow.
 */
const MAX_NAMED = 64;
const statementNames = new Map<string, string>();
function statementName(sql: string): string | undefined {
  let name = statementNames.get(sql);
  if (!name && statementNames.size < MAX_NAMED) statementNames.set(sql, (name = `dispatch_board_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`));
  return name;
}

export interface BoardFilter {
  /** SQL over alias `s` with `?` placeholders. */
  sql: string;
  params: unknown[];
}

/** `info`: the connection field being resolved; its row selection decides the request columns read. */
export async function boardPage(ctx: Ctx, communityId: string, filter: BoardFilter, args: ConnectionArgs, info?: GraphQLResolveInfo): Promise<ConnectionShape<ServiceRequest>> {
  const size = pageSize(args);
  const em = ctx.em as EntityManager;
  const md = em.getMetadata();
  const metas = { request: md.get(ServiceRequest.name), resident: md.get(Resident.name), household: md.get(Household.name) };
  const sel = pageSelection(info, { request: propNames(metas.request), resident: propNames(metas.resident), household: propNames(metas.household) });
  const req = columnsOf(metas.request, 's', 0, sel.request);
  // A joined entity the page does not ask for is not joined at all.
  const hh = sel.household?.size === 0 ? null : columnsOf(metas.household, 'h', req.count, sel.household);
  const rs = sel.requester?.size === 0 ? null : columnsOf(metas.resident, 'r', req.count + (hh?.count ?? 0), sel.requester);
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
  // Prepared (its text is constant per filter shape: parsed and planned once per connection) and
  // read as arrays: the page is about 75 columns wide.
  const sql = `select ${[req, hh, rs].filter((c) => c).map((c) => c!.select).join(', ')}
       from dispatch_request s
       ${hh ? 'left join household h on h.id = s.household_id and h.community_id = s.community_id' : ''}
       ${rs ? 'left join resident r on r.id = s.requester_resident_id and r.community_id = s.community_id' : ''}
      where ${where.join(' and ')}
      order by s.id ${backward ? 'asc' : 'desc'} limit ?`;
  const rows = await executePreparedArrays(em, statementName(sql), sql, params);
  const more = rows.length > n;
  if (more) rows.length = n;
  if (backward) rows.reverse();
  const households = ctx.loaders.entity(Household);
  const residents = ctx.loaders.entity(Resident);
  const items = rows.map((row) => {
    const item = plain<ServiceRequest>(row, req)!;
    const joined: Joined = {};
    if (hh) {
      const h = (joined.household = plain<Household>(row, hh));
      // Whole objects serve the operation's other readers too; partial ones only this row.
      if (h && sel.household === null) households.prime(h.id, h);
    }
    if (rs) {
      const r = (joined.requester = plain<Resident>(row, rs));
      if (r && sel.requester === null) residents.prime(r.id, r);
    }
    joins.set(item, joined);
    return item;
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
