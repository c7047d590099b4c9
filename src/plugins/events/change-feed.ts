// Reading the outbox as a change feed, for modules that list or replay their own events (boards,
// catch-up queries, a household's activity): modules never query `outbox_event` themselves.
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError } from '../../schema/errors';
import { pgArray } from '../../db/sql';
import type { OutboxEventRecord } from './event.types';
import { toRecord } from './record-event';

/** A feed cursor from a client (`after`): digits only; BAD_USER_INPUT naming `field` otherwise. Null: the start. */
export function parseCursor(after: string | null | undefined, field = 'after'): bigint {
  if (after == null) return 0n;
  if (!/^\d{1,18}$/.test(after)) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field });
  return BigInt(after);
}

/** An event matches when `data[field]` is one of `values` (and, with `types`, its type is one of them). */
export interface EventDataMatch {
  field: string;
  values: readonly string[];
  types?: readonly string[];
}

export interface EventFeedQuery {
  communityId: string;
  /** Only events after this cursor (numbered ones only; default: from the start). */
  after?: bigint;
  /** Only these types (null or absent: every type). */
  types?: readonly string[] | null;
  /** Only events matching at least one of these. */
  anyOf?: readonly EventDataMatch[];
  /** Newest first (default: in feed order, oldest first). */
  newestFirst?: boolean;
  limit: number;
}

const FIELD = /^[A-Za-z_]\w{0,60}$/;

/** Numbered events of a community, in feed order (or newest first). */
export async function readEvents(em: EntityManager, q: EventFeedQuery): Promise<OutboxEventRecord[]> {
  const where = ['community_id = ?', 'seq > ?'];
  const params: unknown[] = [q.communityId, (q.after ?? 0n).toString()];
  if (q.types) {
    where.push('type = any(?::text[])');
    params.push(pgArray(q.types));
  }
  if (q.anyOf) {
    if (q.anyOf.length === 0) return [];
    const ors = q.anyOf.map((m) => {
      if (!FIELD.test(m.field)) throw new Error(`readEvents: bad data field "${m.field}"`);
      params.push(pgArray(m.values));
      if (!m.types) return `data->>'${m.field}' = any(?::text[])`;
      params.push(pgArray(m.types));
      return `(data->>'${m.field}' = any(?::text[]) and type = any(?::text[]))`;
    });
    where.push(`(${ors.join(' or ')})`);
  }
  params.push(q.limit);
  const rows = await em
    .getConnection()
    .execute(
      `select * from outbox_event where ${where.join(' and ')} order by seq${q.newestFirst ? ' desc' : ''} limit ?`,
      params,
      'all',
      em.getTransactionContext(),
    );
  return rows.map(toRecord);
}
