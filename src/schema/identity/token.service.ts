// Access tokens (short-lived JWT, HS256 via jose), opaque refresh tokens and API key secrets.
// Only SHA-256 hashes of refresh tokens and API keys are stored.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { SignJWT, jwtVerify } from 'jose';

export interface AccessClaims {
  accountId: string;
  communityId: string | null;
  platformAdmin: boolean;
  /** The session (refresh-token family) the token was issued to: revoking the session ends the token too. */
  sessionId?: string | null;
  /** When the token stops verifying (its `exp`); set by verifyAccess. */
  expiresAt?: Date;
}

const ISSUER = 'wushe';
const AUDIENCE = 'wushe-api';

export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
export const randomToken = (bytes = 32) => randomBytes(bytes).toString('base64url');

export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    readonly accessTtlSeconds: number,
    readonly refreshTtlDays: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  async signAccess(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.accessTtlSeconds * 1000);
    const token = await new SignJWT({ cid: claims.communityId, pa: claims.platformAdmin || undefined, sid: claims.sessionId ?? undefined })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.accountId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(this.key);
    return { token, expiresAt };
  }

  /** Null for any token that is malformed, expired, or not ours. */
  async verifyAccess(token: string): Promise<AccessClaims | null> {
    // A token that verified once verifies until it expires (the key never changes in a process):
    // keep its claims, so a client's every request does not redo the HMAC and JSON decoding
    // (a twentieth of a small mutation's CPU). Only successes are kept, each until its `exp`.
    const hit = this.verified.get(token);
    if (hit && hit.until > Date.now()) return hit.claims;
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: ISSUER, audience: AUDIENCE, algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string') return null;
      const claims: AccessClaims = {
        accountId: payload.sub,
        communityId: typeof payload.cid === 'string' ? payload.cid : null,
        platformAdmin: payload.pa === true,
        sessionId: typeof payload.sid === 'string' ? payload.sid : null,
        ...(typeof payload.exp === 'number' ? { expiresAt: new Date(payload.exp * 1000) } : {}),
      };
      if (typeof payload.exp === 'number') {
        if (this.verified.size >= 10_000) this.verified.clear();
        this.verified.set(token, { claims, until: payload.exp * 1000 });
      }
      return claims;
    } catch {
      return null;
    }
  }

  private readonly verified = new Map<string, { claims: AccessClaims; until: number }>();

  refreshExpiry(): Date {
    return new Date(Date.now() + this.refreshTtlDays * 86_400_000);
  }
}

/** API keys look like `wsk_<prefix>_<secret>`; the prefix finds the row, the hash proves the secret. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const prefix = randomBytes(6).toString('hex');
  const key = `wsk_${prefix}_${randomToken(32)}`;
  return { key, prefix, hash: sha256(key) };
}

export function parseApiKey(key: string): { prefix: string } | null {
  const m = /^wsk_([0-9a-f]{12})_[A-Za-z0-9_-]{43}$/.exec(key);
  return m ? { prefix: m[1]! } : null;
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && timingSafeEqual(x, y);
}
