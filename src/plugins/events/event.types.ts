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
}

/** Pubsub topic for everything that happens in one community. */
export const communityTopic = (communityId: string) => `community:${communityId}`;
/** Pubsub topic for platform-wide events (no community). */
export const PLATFORM_TOPIC = 'platform';
