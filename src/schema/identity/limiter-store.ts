// Where rate-limiter-flexible keeps its counters, shared by the login throttle and the request
// budgets: Redis when REDIS_URL is set (a memory limiter stands in while Redis is unreachable), else
// the PostgreSQL every replica shares (one table, one key prefix per counter), or memory (tests).
import type Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';

/** Created by the tenancy migration `login_throttle`. */
export const THROTTLE_TABLE = 'login_throttle';

export type LimiterStore = { kind: 'redis'; url: string } | { kind: 'postgres'; knex: unknown } | { kind: 'memory' };

/** The store a setting names: `auto` is Redis when there is a REDIS_URL, else PostgreSQL. */
export function limiterStore(store: 'auto' | 'redis' | 'postgres' | 'memory', redisUrl: string | undefined, knex: unknown): LimiterStore {
  const kind = store === 'auto' ? (redisUrl ? 'redis' : 'postgres') : store;
  if (kind === 'redis') return { kind, url: redisUrl! };
  if (kind === 'postgres') return { kind, knex };
  return { kind: 'memory' };
}

export interface Limiters {
  make(keyPrefix: string, points: number, duration: number): RateLimiterAbstract;
  /** Closes the Redis connection, if the store opened one. */
  close(): void;
}

export function limitersIn(store: LimiterStore, connectionName: string): Limiters {
  if (store.kind === 'redis') {
    // No offline queue: while Redis is down a check fails fast and the memory limiter answers.
    // Required here, not imported: ioredis costs every start that does not use it.
    const redis = new (require('ioredis') as typeof Redis)(store.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName });
    redis.on('error', () => undefined); // the pubsub driver logs Redis outages
    return {
      make: (keyPrefix, points, duration) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `wushe:${keyPrefix}`,
          points,
          duration,
          insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
        }),
      close: () => redis.disconnect(),
    };
  }
  if (store.kind === 'postgres') {
    const knex = store.knex;
    return {
      make: (keyPrefix, points, duration) =>
        new RateLimiterPostgres({ storeClient: knex, storeType: 'knex', tableName: THROTTLE_TABLE, tableCreated: true, keyPrefix, points, duration }),
      close: () => undefined,
    };
  }
  return { make: (keyPrefix, points, duration) => new RateLimiterMemory({ keyPrefix, points, duration }), close: () => undefined };
}
