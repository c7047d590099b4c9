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
    const [key] = (await conn.execute('select id, community_id, secret_hash, permissions from api_key where prefix = ? and revoked_at is null', [
      parsed.prefix,
    ])) as {
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
  return { viewer: { accountId: claims.accountId, platformAdmin: claims.platformAdmin }, communityId: claims.communityId };
}
