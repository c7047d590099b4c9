// Modules record events through the EntityManager of their change, so the event commits (or
// rolls back) with it. The relay publishes it after commit.
import type { EntityManager } from '@mikro-orm/postgresql';
import { OutboxEvent } from './outbox.entity';
import { ACTOR_PARAMS, type EventActor, type OutboxEventRecord } from './event.types';
import { checkEventData, type AnyEventDefinition, type EventInput } from './define-event';

/** Records an event of `def` with the change in `em` (data checked against the schema outside production). */
export function recordEvent<E extends AnyEventDefinition>(em: EntityManager, def: E, event: EventInput<E>): void {
  const data = (event.data ?? {}) as Record<string, unknown>;
  checkEventData(def, data);
  const row = new OutboxEvent();
  row.type = def.type;
  row.communityId = event.communityId;
  row.subjectType = event.subject?.type ?? null;
  row.subjectId = event.subject?.id ?? null;
  row.data = data;
  // The actor comes from the context that forked `em` (never from the module): see EventActor.
  const actor = em.getFilterParams<EventActor>(ACTOR_PARAMS);
  row.actorAccountId = actor?.accountId ?? null;
  row.actorApiKeyId = actor?.apiKeyId ?? null;
  em.persist(row);
}

/** An outbox row (snake_case columns, as `select *` returns it) as the bus carries it. */
interface OutboxRow {
  seq: string | number;
  type: string;
  community_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  data: Record<string, unknown>;
  created_at: Date | string;
  actor_account_id?: string | null;
  actor_api_key_id?: string | null;
}

// Rows come untyped from the driver (`execute`): the columns are the table's.
export function toRecord(r: unknown): OutboxEventRecord {
  const row = r as OutboxRow;
  return {
    seq: String(row.seq),
    type: row.type,
    communityId: row.community_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    data: row.data ?? {},
    createdAt: new Date(row.created_at).toISOString(),
    actorAccountId: row.actor_account_id ?? null,
    actorApiKeyId: row.actor_api_key_id ?? null,
  };
}
