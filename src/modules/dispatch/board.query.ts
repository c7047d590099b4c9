// The read path of request lists (the board and `serviceRequests`): ONE statement for the page
// with its household and requester (left joins, only when selected), whatever the page size. It
// reads the columns the operation's selection needs (board.selection.ts), as a prepared statement
// with rows as arrays. Rows become plain read-only objects with the entities' property names (no
// ORM hydration: no identity map, no change-set snapshot, no per-property accessors — that cost
// more CPU than the rest of the request); a property not read throws. The household and resident
// read with a row answer that row's `household` / `requester` (joinedOf); whole ones also prime
// the per-operation loaders. Selected graph edges that can be joined (the grid unit, the taker
// with their account: src/schema/edge-joins.ts) are read in the same statement. The nested resolvers and their permission checks run unchanged.
// Keyset on id (UUIDv7: newest first), cursors shaped like connection.ts's, so `after`/`before`
// from either work. Ordered by 提交时间 (`serviceRequests`' sort), the keyset is (created_at, id)
// and the cursor still names only the row: its position is read in the same statement, at the
// column's full precision (a created_at may be back-dated, e.g. an imported request, so id order
// is not creation order).
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { idKeyset, idPage, type ConnectionArgs, type ConnectionShape } from '../../schema/connection';
import { rowColumns, rowObject, rowPropNames, setJoined } from '../../db/row-objects';
import { Household, Resident } from '../core/public';
import { ServiceRequest } from './request.entity';
import { executePreparedArrays } from '../../db/prepared';
import { pageSelection } from './board.selection';
import type { GraphQLResolveInfo } from 'graphql';
import { planEdgeJoins } from '../../schema/edge-joins';
import { rowSelection } from '../../schema/row-selection';
import { REQUEST_ROW_EDGES } from './request-edges.resolver';

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

/**
 * `info`: the connection field being resolved; its row selection decides the request columns read.
 * `createdAt`: order by 提交时间 in that direction (id breaks ties); without it, by id, newest first.
 */
export async function boardPage(
  ctx: Ctx,
  communityId: string,
  filter: BoardFilter,
  args: ConnectionArgs,
  info?: GraphQLResolveInfo,
  createdAt?: 'asc' | 'desc',
): Promise<ConnectionShape<ServiceRequest>> {
  const k = idKeyset(args);
  const { backward, n, cursor } = k;
  const em = ctx.em as EntityManager;
  const md = em.getMetadata();
  const metas = { request: md.get(ServiceRequest.name), resident: md.get(Resident.name), household: md.get(Household.name) };
  const sel = pageSelection(info, { request: rowPropNames(metas.request), resident: rowPropNames(metas.resident), household: rowPropNames(metas.household) });
  const req = rowColumns(metas.request, 's', 0, sel.request);
  // A joined entity the page does not ask for is not joined at all.
  const hh = sel.household?.size === 0 ? null : rowColumns(metas.household, 'h', req.count, sel.household);
  const rs = sel.requester?.size === 0 ? null : rowColumns(metas.resident, 'r', req.count + (hh?.count ?? 0), sel.requester);
  // The selected graph edges that can be joined (grid unit, taker …) come with the page too.
  const edges = planEdgeJoins(md, metas.request, 's', req.count + (hh?.count ?? 0) + (rs?.count ?? 0), info ? rowSelection(info) : null, REQUEST_ROW_EDGES);
  const where = [`s.community_id = ?`, `(${filter.sql})`];
  const params: unknown[] = [communityId, ...filter.params];
  // Walking back reads the other way (idPage turns the page round again).
  const dir = createdAt ?? 'desc';
  const scan = backward ? (dir === 'desc' ? 'asc' : 'desc') : dir;
  const after = scan === 'desc' ? '<' : '>';
  if (cursor && createdAt) {
    where.push(`(s.created_at, s.id) ${after} (select c.created_at, c.id from dispatch_request c where c.community_id = ? and c.id = ?)`);
    params.push(communityId, cursor);
  } else if (cursor) {
    where.push(`s.id ${after} ?`);
    params.push(cursor);
  }
  params.push(n + 1);
  const orderBy = createdAt ? `s.created_at ${scan}, s.id ${scan}` : `s.id ${scan}`;
  // Prepared (its text is constant per filter shape: parsed and planned once per connection) and
  // read as arrays: the page is about 75 columns wide.
  const sql = `select ${[req, hh, rs, edges]
    .filter((c) => c?.select)
    .map((c) => c!.select)
    .join(', ')}
       from dispatch_request s
       ${hh ? 'left join household h on h.id = s.household_id and h.community_id = s.community_id' : ''}
       ${rs ? 'left join resident r on r.id = s.requester_resident_id and r.community_id = s.community_id' : ''}
       ${edges.joins}
      where ${where.join(' and ')}
      order by ${orderBy} limit ?`;
  const rows = await executePreparedArrays(em, statementName(sql), sql, params);
  const households = ctx.loaders.entity(Household);
  const residents = ctx.loaders.entity(Resident);
  const items = rows.map((row) => {
    const item = rowObject<ServiceRequest>(row, req)!;
    if (hh) {
      const h = rowObject<Household>(row, hh);
      setJoined(item, 'household', h);
      // Whole objects serve the operation's other readers too; partial ones only this row.
      if (h && sel.household === null) households.prime(h.id, h);
    }
    if (rs) {
      const r = rowObject<Resident>(row, rs);
      setJoined(item, 'requester', r);
      if (r && sel.requester === null) residents.prime(r.id, r);
    }
    return item;
  });
  await edges.take(ctx, rows, items);
  // Counting costs more than the page: only when asked for (idPage).
  return idPage(items, k, async () => {
    const [r] = await em
      .getConnection()
      .execute(`select count(*)::int as n from dispatch_request s where ${where.slice(0, 2).join(' and ')}`, [communityId, ...filter.params]);
    return Number((r as { n: number }).n);
  });
}
