// The dispatch board's read path: ONE statement for the page with its household and requester
// (left joins), whatever the page size. Requests become plain objects of the entity's prototype
// (no identity map, no change-set snapshot: the board only reads them); the household and resident
// rows prime the per-operation loaders, so the nested resolvers (and their permission checks) run
// unchanged without a query of their own. Keyset on id (UUIDv7: newest first), cursors shaped
// like connection.ts's, so `after`/`before` from either work.
import { Cursor, type EntityMetadata } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { pageSize, type ConnectionArgs, type ConnectionShape } from '../../schema/connection';
import { Household, Resident } from '../core/public';
import { ServiceRequest } from './request.entity';

interface Columns {
  /** `alias.col as "prefix__col"` list */
  select: string;
  /** [column alias in the row, property name, is a timestamp] */
  pairs: [string, string, boolean][];
}

const columnCache = new Map<string, Columns>();

function columnsOf(meta: EntityMetadata, alias: string, prefix: string): Columns {
  const key = `${meta.className}:${alias}:${prefix}`;
  let c = columnCache.get(key);
  if (!c) {
    const pairs: [string, string, boolean][] = [];
    const parts: string[] = [];
    for (const p of meta.props) {
      if (p.persist === false || !p.fieldNames?.length || p.fieldNames.length !== 1) continue;
      const col = p.fieldNames[0]!;
      parts.push(`${alias}."${col}" as "${prefix}${col}"`);
      pairs.push([`${prefix}${col}`, p.name, p.runtimeType === 'Date' || /^(timestamptz|datetime|Date)$/i.test(String(p.type))]);
    }
    c = { select: parts.join(', '), pairs };
    columnCache.set(key, c);
  }
  return c;
}

/** The part of a row under `prefix`, keyed by column name (what em.map expects). */
function slice(row: Record<string, unknown>, prefix: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k in row) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = row[k];
  return out;
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
    const item = Object.create(ServiceRequest.prototype) as ServiceRequest;
    for (const [col, prop, date] of req.pairs) {
      const v = row[col];
      // Raw rows carry timestamps as text (MikroORM's type parsers): the entity holds Dates.
      (item as any)[prop] = date && typeof v === 'string' ? new Date(v) : v;
    }
    if (row.h__id != null) households.prime(row.h__id as string, em.map(Household, slice(row, 'h__')));
    if (row.r__id != null) residents.prime(row.r__id as string, em.map(Resident, slice(row, 'r__')));
    return item;
  });
  let count: Promise<number> | null = null;
  return {
    nodes: items,
    edges: items.map((node) => ({ node, cursor: Cursor.encode([node.id]) })),
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
