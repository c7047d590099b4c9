// Request budgets (issue 15 item 5): each signed-in account (all its tokens together) and each
// API key may make so many requests per window — GraphQL over HTTP and the modules' HTTP routes
// alike. Counted with rate-limiter-flexible where every replica sees the same counter (Redis when
// REDIS_URL is set, else the PostgreSQL they share: the login throttle's table, its own key
// prefixes). Every budgeted answer carries the IETF RateLimit headers
// (draft-ietf-httpapi-ratelimit-headers): `RateLimit-Policy: "account";q=1200;w=60` and
// `RateLimit: "account";r=1187;t=42` (remaining, seconds until the window resets); a spent budget
// answers 429 with Retry-After and a typed error (RATE_LIMITED, `extensions.retryAfter`).
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RateLimits } from '../config';
import type { Viewer } from '../schema/identity/viewer.types';
import { limitersIn, limiterStore, type Limiters } from '../schema/identity/limiter-store';

export interface BudgetAnswer {
  /** Response headers to set (also on a refusal). */
  headers: Record<string, string>;
  /** Seconds to wait when the budget is spent; null when the request may go on. */
  retryAfter: number | null;
}

export class RequestBudget {
  private readonly byAccount: RateLimiterAbstract | null;
  private readonly byKey: RateLimiterAbstract | null;
  private readonly limiters: Limiters;

  constructor(
    private readonly limits: RateLimits,
    redisUrl: string | undefined,
    knex: unknown,
  ) {
    this.limiters = limitersIn(limiterStore(limits.store, redisUrl, knex), 'wushe-request-budget');
    const make = (keyPrefix: string, points: number) => this.limiters.make(keyPrefix, points, limits.windowSeconds);
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
    this.limiters.close();
  }
}
