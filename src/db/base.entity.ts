// Shared entity bases. Ids are UUIDv7: time-ordered, so keyset pagination on id alone follows
// creation order and inserts stay index-friendly; opaque to clients behind global ids.
import { Index, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import { v7 as uuidv7 } from 'uuid';

export abstract class BaseEntity {
  // Properties with defaults (and getters) are optional in em.create(); constraints still apply.
  [OptionalProps]?: string;

  @PrimaryKey({ type: 'uuid' })
  id: string = uuidv7();

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}

/**
 * A row that belongs to exactly one community. The `tenant` ORM filter scopes every query on it;
 * (community_id, id) serves that filter and keyset pages in id order together.
 */
@Index({ properties: ['communityId', 'id'] })
export abstract class TenantEntity extends BaseEntity {
  @Property({ type: 'uuid' })
  communityId!: string;
}

/** Stands in when a context has no community: matches no row, so tenant data stays hidden. */
export const NO_COMMUNITY = '00000000-0000-0000-0000-000000000000';
