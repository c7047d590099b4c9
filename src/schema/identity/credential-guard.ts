// Throttling of credential checks and the bound on password hashing (issue 17).
//
// rate-limiter-flexible's brute-force pattern: wrong passwords in a row per login *and* address
// (a success resets it), wrong passwords per login from any address per hour (a spread-out guess
// at one account), and failed credential checks per address per day (passwords, refresh tokens,
// API keys). Counters live where every replica sees them: Redis when REDIS_URL is set (a memory
// limiter stands in while Redis is unreachable), else the PostgreSQL every replica shares (the
// embedded one too: counters survive a restart). A blocked check is refused before any lookup or
// hash, with the seconds to wait.
//
// argon2id takes 64 MiB and tens of milliseconds per hash: at most `hashConcurrency` run at once
// per process, `hashQueue` more wait, and beyond that a login is refused (LOGIN_BUSY) instead of
// piling up memory and starving every other request.
import { createHmac } from 'node:crypto';
import pLimit from 'p-limit';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { LoginLimits } from '../../config';
import { AppError } from '../errors';

import { limitersIn, limiterStore, type LimiterStore, type Limiters } from './limiter-store';

export class CredentialGuard {
  private readonly byLoginAndIp: RateLimiterAbstract;
  private readonly byLogin: RateLimiterAbstract | null;
  private readonly byIp: RateLimiterAbstract | null;
  private readonly hashing: pLimit.Limit;
  private readonly limiters: Limiters;

  /** `keySecret` (the JWT secret, the same on every replica) keys the HMAC that keeps login names and phone numbers out of the counters' store. */
  constructor(
    readonly limits: LoginLimits,
    store: LimiterStore,
    private readonly keySecret: string,
  ) {
    this.limiters = limitersIn(store, 'wushe-login-throttle');
    const make = this.limiters.make;
    // Counted only on failure; a success deletes it. 90 days: "in a row" is not reset by waiting.
    this.byLoginAndIp = make('login_ip', limits.maxConsecutiveFails, 90 * 86400);
    this.byLogin = limits.maxFailsPerAccountHour > 0 ? make('login', limits.maxFailsPerAccountHour, 3600) : null;
    this.byIp = limits.maxFailsPerIpDay > 0 ? make('ip', limits.maxFailsPerIpDay, 86400) : null;
    this.hashing = pLimit(limits.hashConcurrency);
  }

  private loginKey(login: string): string {
    return createHmac('sha256', this.keySecret).update(login.trim().toLowerCase()).digest('base64url').slice(0, 32);
  }

  /**
   * Refuses (TOO_MANY_ATTEMPTS, with `retryAfter` seconds) a password check for `login` from `ip`
   * that is blocked: after too many wrong passwords in a row from there, for the login from
   * anywhere, or from that address. Known and unknown logins are counted alike.
   */
  async beforePassword(login: string, ip: string | null): Promise<void> {
    const key = this.loginKey(login);
    await this.refuseIfBlocked([
      [this.byLoginAndIp, `${key}_${ip ?? '-'}`],
      [this.byLogin, key],
      [this.byIp, ip],
    ]);
  }

  /** A wrong password (or an unknown login): counts against the login, the login from `ip`, and `ip`. */
  async passwordFailed(login: string, ip: string | null): Promise<void> {
    const key = this.loginKey(login);
    await Promise.all([
      this.fail(this.byLoginAndIp, `${key}_${ip ?? '-'}`, this.limits.blockSeconds),
      this.fail(this.byLogin, key, this.limits.blockSeconds),
      this.fail(this.byIp, ip, 86400),
    ]);
  }

  /** The right password: the run of failures from this address ends. */
  async passwordSucceeded(login: string, ip: string | null): Promise<void> {
    await this.byLoginAndIp.delete(`${this.loginKey(login)}_${ip ?? '-'}`).catch(() => false);
  }

  /** Before checking another kind of credential (refresh token, API key): refused when the address is blocked. */
  async beforeCredential(ip: string | null): Promise<void> {
    await this.refuseIfBlocked([[this.byIp, ip]]);
  }

  /** A refresh token or API key that matched nothing: counts against the address. */
  async credentialFailed(ip: string | null): Promise<void> {
    await this.fail(this.byIp, ip, 86400);
  }

  /**
   * Runs a password hash or verification when a slot is free: at most `hashConcurrency` at once,
   * `hashQueue` waiting; beyond that refused with SERVICE_UNAVAILABLE (LOGIN_BUSY, retry in a second).
   */
  hash<T>(fn: () => Promise<T>): Promise<T> {
    if (this.hashing.activeCount >= this.limits.hashConcurrency && this.hashing.pendingCount >= this.limits.hashQueue) {
      return Promise.reject(new AppError('SERVICE_UNAVAILABLE', 'LOGIN_BUSY', { retryAfter: 1 }));
    }
    return this.hashing(fn);
  }

  async close(): Promise<void> {
    this.limiters.close();
  }

  private async refuseIfBlocked(checks: [RateLimiterAbstract | null, string | null][]): Promise<void> {
    let waitMs = 0;
    await Promise.all(
      checks.map(async ([limiter, key]) => {
        if (!limiter || !key) return;
        const res = await limiter.get(key);
        if (res && res.consumedPoints > limiter.points) waitMs = Math.max(waitMs, res.msBeforeNext);
      }),
    );
    if (waitMs > 0) throw new AppError('TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', { retryAfter: Math.max(1, Math.ceil(waitMs / 1000)) });
  }

  /** One more failure; on reaching the limit the key is blocked for `blockSeconds` (rejections of consume mean it already is). */
  private async fail(limiter: RateLimiterAbstract | null, key: string | null, blockSeconds: number): Promise<void> {
    if (!limiter || !key) return;
    try {
      const res = await limiter.consume(key);
      if (res.consumedPoints >= limiter.points) await limiter.block(key, blockSeconds);
    } catch (e) {
      if (!(e instanceof RateLimiterRes)) throw e;
    }
  }
}

/** The store of the counters: as configured, or `auto` (Redis when REDIS_URL is set, else PostgreSQL). */
export function throttleStore(limits: LoginLimits, redisUrl: string | undefined, knex: unknown): LimiterStore {
  return limiterStore(limits.store, redisUrl, knex);
}
