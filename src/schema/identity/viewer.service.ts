// Who is calling: a JWT (`Bearer eyJ…`) or an integrator API key (`Bearer wsk_…` / `X-Api-Key`).
// The kernel owns this so the server needs no module to authenticate a request; it reads the
// `api_key` table through SQL of its own, not through the entity of the module that manages keys.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from './viewer.types';
import { parseApiKey, sameHash, sha256, type TokenService } from './token.service';

/** Only an API key is looked up in the database: `fork` is called for it alone. */
export async function resolveViewer(
  fork: () => EntityManager,
  tokens: TokenService,
  bearer: string | null,
): Promise<{ viewer: Viewer; communityId: string | null } | null> {
  if (!bearer) return null;
  if (bearer.startsWith('wsk_')) {
    const parsed = parseApiKey(bearer);
    if (!parsed) return null;
    const conn = fork().getConnection();
    // A key dies with its creator's standing: a deleted or disabled account's keys authenticate
    // nobody (the keys of an administrator who left would otherwise keep their reach).
    const [key] = (await conn.execute(
      `select k.id, k.community_id, k.secret_hash, k.permissions from api_key k left join account a on a.id = k.created_by
        where k.prefix = ? and k.revoked_at is null and (k.created_by is null or a.disabled = false)`,
      [parsed.prefix],
    )) as {
      id: string;
      community_id: string;
      secret_hash: string;
      permissions: string[];
    }[];
    if (!key || !sameHash(key.secret_hash, sha256(bearer))) return null;
    void conn.execute('update api_key set last_used_at = now() where id = ?', [key.id]).catch(() => undefined);
    return {
      viewer: { accountId: null, platformAdmin: false, apiKey: { id: key.id, communityId: key.community_id, permissions: key.permissions } },
      communityId: key.community_id,
    };
  }
  const claims = await tokens.verifyAccess(bearer);
  if (!claims) return null;
  return {
    viewer: { accountId: claims.accountId, platformAdmin: claims.platformAdmin, sessionId: claims.sessionId ?? null, expiresAt: claims.expiresAt },
    communityId: claims.communityId,
  };
}
