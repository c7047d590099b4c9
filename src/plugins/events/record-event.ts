// Modules record events through the EntityManager of their change, so the event commits (or
// rolls back) with it. The relay publishes it after commit.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { NewEvent } from '../module-contract';
import { OutboxEvent } from './outbox.entity';
import type { OutboxEventRecord } from './event.types';

export function recordEvent(em: EntityManager, event: NewEvent): void {
  const row = new OutboxEvent();
  row.type = event.type;
  row.communityId = event.communityId;
  row.subjectType = event.subject?.type ?? null;
  row.subjectId = event.subject?.id ?? null;
  row.data = event.data ?? {};
  em.persist(row);
}

export function toRecord(row: any): OutboxEventRecord {
  return toRecordTyped(row);
}

function toRecordTyped(row: {
  seq: string | number;
  type: string;
  community_id: string | null;
  subject_type: string | null;
  subject_id: string | null;
  data: Record<string, unknown>;
  created_at: Date | string;
}) {
  return {
    seq: String(row.seq),
    type: row.type,
    communityId: row.community_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    data: row.data ?? {},
    createdAt: new Date(row.created_at).toISOString(),
  };
}
