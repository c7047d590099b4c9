// Transactional outbox: written in the same transaction as the change it describes, numbered
// (`seq`) and published by the relay only after commit.
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['communityId', 'seq'] })
export class OutboxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'bigint', nullable: true, unique: true })
  seq: string | null = null;

  @Property({ type: 'text' })
  type!: string;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Property({ type: 'text', nullable: true })
  subjectType: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Property({ type: 'jsonb' })
  data: Record<string, unknown> = {};

  /** Who caused it: the signed-in account of the operation (or of the event a handler reacted to); null for the system. */
  @Property({ type: 'uuid', nullable: true })
  actorAccountId: string | null = null;

  /** The integrator's API key, when the operation used one. */
  @Property({ type: 'uuid', nullable: true })
  actorApiKeyId: string | null = null;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();
}

/** How far each in-process event handler has got; advanced in the handler's own transaction. */
@Entity({ tableName: 'event_consumer' })
export class EventConsumer {
  @PrimaryKey({ type: 'text' })
  consumer!: string;

  @Property({ type: 'bigint' })
  lastSeq: string = '0';
}
