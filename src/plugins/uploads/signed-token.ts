// Short-lived capabilities for the server's own upload and download routes: the claims in
// base64url JSON and an HMAC-SHA256 over them, keyed by a key derived from the server's JWT secret
// (every replica derives the same one). Nothing is stored; expiry is in the claims.
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface UrlClaims {
  /** `put`: the bytes of one upload slot; `get`: read one stored object. */
  p: 'put' | 'get';
  /** Upload id (put) or storage key (get). */
  k: string;
  /** Community of the upload. */
  c: string;
  /** Expiry, seconds since the epoch. */
  e: number;
  /** Content type to serve (get). */
  t?: string;
}

export class UrlSigner {
  private readonly key: Buffer;
  constructor(secret: string) {
    this.key = createHmac('sha256', secret).update('wushe storage url v1').digest();
  }

  sign(claims: UrlClaims): string {
    const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
    return `${body}.${this.mac(body)}`;
  }

  /** The claims of a well-signed, unexpired token for `purpose`; otherwise why not. */
  verify(token: string, purpose: UrlClaims['p'], now = Date.now()): UrlClaims | 'invalid' | 'expired' {
    const [body, mac] = token.split('.');
    if (!body || !mac || mac.length !== 43) return 'invalid';
    const expected = Buffer.from(this.mac(body));
    if (!timingSafeEqual(expected, Buffer.from(mac))) return 'invalid';
    let claims: UrlClaims;
    try {
      claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    } catch {
      return 'invalid';
    }
    if (claims.p !== purpose || typeof claims.k !== 'string' || typeof claims.e !== 'number') return 'invalid';
    if (claims.e * 1000 <= now) return 'expired';
    return claims;
  }

  private mac(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}
