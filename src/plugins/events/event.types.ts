// What the event bus carries. Payloads hold ids, never personal data: subscribers resolve the
// rest under their own permissions.
export interface OutboxEventRecord {
  /** Monotonic cursor assigned after commit, in commit order: catch-up never skips a row. */
  seq: string;
  type: string;
  communityId: string | null;
  subjectType: string | null;
  subjectId: string | null;
  data: Record<string, unknown>;
  createdAt: string;
  /** Who caused it (see `EventActor`); absent on rows read before the column existed. */
  actorAccountId?: string | null;
  actorApiKeyId?: string | null;
}

/**
 * The actor the kernel stamps on every event an EntityManager records: set on the operation's
 * fork by the context (`ACTOR_PARAMS`), inherited by its transactions, and set per event by the
 * consumers so that what a handler publishes carries the actor of the event it reacted to.
 */
export interface EventActor {
  accountId: string | null;
  apiKeyId: string | null;
}
export const ACTOR_PARAMS = 'actor';

/** Pubsub topic for everything that happens in one community. */
export const communityTopic = (communityId: string) => `community:${communityId}`;
/** Pubsub topic for platform-wide events (no community). */
export const PLATFORM_TOPIC = 'platform';
