// Request budgets (issue 15 item 5): each signed-in account (all its tokens together) and each
// API key may make so many requests per window — GraphQL over HTTP and the modules' HTTP routes
// alike. Counted with rate-limiter-flexible where every replica sees the same counter (Redis when
// REDIS_URL is set, else the PostgreSQL they share: the login throttle's table, its own key
// prefixes). Every budgeted answer carries the IETF RateLimit headers
// (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy: "account";q=1200;w=60` and
// `RateLimit: "account";r=1187;t=42` (remaining, seconds until the window resets); a spent budget
// answers 429 with Retry-After and a typed error (RATE_LIMITED, `extensions.retryAfter`).
import Redis from 'ioredis';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimits } from '../config';
import type { Viewer } from '../schema/identity/viewer.types';
import { THROTTLE_TABLE } from '../schema/identity/credential-guard';

export interface BudgetAnswer {
  /** Response headers to set (also on a refusal). */
  headers: Record<string, string>;
  /** Seconds to wait when the budget is spent; null when the request may go on. */
  retryAfter: number | null;
}

export class RequestBudget {
  private readonly byAccount: RateLimiterAbstract | null;
  private readonly byKey: RateLimiterAbstract | null;
  private readonly redis: Redis | null = null;

  constructor(
    private readonly limits: RateLimits,
    redisUrl: string | undefined,
    knex: unknown,
  ) {
    const kind = limits.store === 'auto' ? (redisUrl ? 'redis' : 'postgres') : limits.store;
    const duration = limits.windowSeconds;
    let make: (keyPrefix: string, points: number) => RateLimiterAbstract;
    if (kind === 'redis') {
      // No offline queue: while Redis is down a check fails fast and a per-process limiter answers.
      const redis = new Redis(redisUrl!, { enableOfflineQueue: false, maxRetriesPerRequest: 1, connectionName: 'wushe-request-budget' });
      redis.on('error', () => undefined); // the pubsub driver logs Redis outages
      this.redis = redis;
      make = (keyPrefix, points) =>
        new RateLimiterRedis({
          storeClient: redis,
          keyPrefix: `wushe:${keyPrefix}`,
          points,
          duration,
          insuranceLimiter: new RateLimiterMemory({ keyPrefix, points, duration }),
        });
    } else if (kind === 'postgres') {
      make = (keyPrefix, points) =>
        new RateLimiterPostgres({ storeClient: knex, storeType: 'knex', tableName: THROTTLE_TABLE, tableCreated: true, keyPrefix, points, duration });
    } else {
      make = (keyPrefix, points) => new RateLimiterMemory({ keyPrefix, points, duration });
    }
    this.byAccount = limits.accountRequests > 0 ? make('budget_account', limits.accountRequests) : null;
    this.byKey = limits.apiKeyRequests > 0 ? make('budget_key', limits.apiKeyRequests) : null;
  }

  /** Counts one request of `viewer` (nobody: not budgeted, null). */
  async spend(viewer: Viewer | null): Promise<BudgetAnswer | null> {
    const [limiter, key, name] = viewer?.apiKey
      ? [this.byKey, viewer.apiKey.id, 'api-key']
      : viewer?.accountId
        ? [this.byAccount, viewer.accountId, 'account']
        : [null, null, null];
    if (!limiter || !key) return null;
    let res: RateLimiterRes;
    let refused = false;
    try {
      res = await limiter.consume(key);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
      res = e;
      refused = true;
    }
    const reset = Math.max(1, Math.ceil(res.msBeforeNext / 1000));
    const headers: Record<string, string> = {
      'RateLimit-Policy': `"${name}";q=${limiter.points};w=${this.limits.windowSeconds}`,
      RateLimit: `"${name}";r=${Math.max(0, res.remainingPoints)};t=${reset}`,
    };
    if (refused) headers['Retry-After'] = String(reset);
    return { headers, retryAfter: refused ? reset : null };
  }

  async close(): Promise<void> {
    this.redis?.disconnect();
  }
}
