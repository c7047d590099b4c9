// Login, refresh-token rotation with reuse detection, logout, and resolving the caller of a
// request from a bearer token or an API key.
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { Account } from './account.entity';
import { ApiKey, RefreshToken } from './auth.entity';
import { Membership } from './membership.entity';
import { verifyPassword } from './password';
import { parseApiKey, randomToken, sameHash, sha256, type TokenService } from './token.service';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  account: Account;
  communityId: string | null;
}

/** Picks the active community: the one asked for (if a member, or platform admin), else the only one. */
async function chooseCommunity(em: EntityManager, account: Account, wanted: string | null): Promise<string | null> {
  const memberships = await em.find(Membership, { account, active: true }, { filters: false, fields: ['communityId'] });
  if (wanted) {
    if (account.platformAdmin || memberships.some((m) => m.communityId === wanted)) return wanted;
    const [street] = await em.getConnection().execute(
      'select 1 from street_admin s join community c on c.street_id = s.street_id where s.account_id = ? and c.id = ?',
      [account.id, wanted],
    );
    if (street) return wanted;
    throw new UserFacingError('NOT_FOUND', ['input', 'community']);
  }
  return memberships.length === 1 ? memberships[0]!.communityId : null;
}

async function issue(em: EntityManager, tokens: TokenService, account: Account, communityId: string | null, familyId: string): Promise<IssuedTokens> {
  const refreshToken = randomToken();
  em.create(RefreshToken, { accountId: account.id, familyId, tokenHash: sha256(refreshToken), communityId, expiresAt: tokens.refreshExpiry() });
  const access = await tokens.signAccess({ accountId: account.id, communityId, platformAdmin: account.platformAdmin });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, account, communityId };
}

export async function login(em: EntityManager, tokens: TokenService, loginName: string, password: string, community: string | null): Promise<IssuedTokens> {
  const key = loginName.trim().toLowerCase();
  const account = await em.findOne(Account, { $or: [{ login: key }, { phone: key }] }, { populate: ['passwordHash'] });
  const ok = await verifyPassword(account?.passwordHash ?? null, password);
  if (!account || !ok) throw new UserFacingError('INVALID_CREDENTIALS', ['input', 'password']);
  if (account.disabled) throw new UserFacingError('ACCOUNT_DISABLED', ['input', 'login']);
  account.lastLoginAt = new Date();
  return issue(em, tokens, account, await chooseCommunity(em, account, community), uuidv7());
}

export async function refresh(em: EntityManager, tokens: TokenService, token: string, community: string | null): Promise<IssuedTokens> {
  // Lock the row: two concurrent refreshes with one token must not both succeed.
  const row = await em.findOne(RefreshToken, { tokenHash: sha256(token) }, { lockMode: 4 /* PESSIMISTIC_WRITE */ });
  if (!row || row.revokedAt || row.expiresAt < new Date()) throw new UserFacingError('TOKEN_INVALID', ['input', 'refreshToken']);
  if (row.usedAt) {
    // A spent token came back: someone copied it. Revoke the whole family.
    await em.nativeUpdate(RefreshToken, { familyId: row.familyId, revokedAt: null }, { revokedAt: new Date() });
    throw new UserFacingError('TOKEN_INVALID', ['input', 'refreshToken'], {}, 'TOKEN_INVALID', true);
  }
  row.usedAt = new Date();
  const account = await em.findOneOrFail(Account, row.accountId);
  if (account.disabled) throw new UserFacingError('ACCOUNT_DISABLED', ['input', 'refreshToken']);
  return issue(em, tokens, account, await chooseCommunity(em, account, community ?? row.communityId), row.familyId);
}

export async function logout(em: EntityManager, token: string): Promise<boolean> {
  const row = await em.findOne(RefreshToken, { tokenHash: sha256(token) });
  if (!row) return false;
  await em.nativeUpdate(RefreshToken, { familyId: row.familyId, revokedAt: null }, { revokedAt: new Date() });
  return true;
}

/**
 * The caller of a request: a JWT (`Bearer eyJ…`) or an API key (`Bearer wsk_…` / `X-Api-Key`).
 * Only an API key is looked up in the database: `fork` is called for it alone.
 */
export async function resolveViewer(
  fork: () => EntityManager,
  tokens: TokenService,
  bearer: string | null,
): Promise<{ viewer: Viewer; communityId: string | null } | null> {
  if (!bearer) return null;
  if (bearer.startsWith('wsk_')) {
    const parsed = parseApiKey(bearer);
    if (!parsed) return null;
    const em = fork();
    const key = await em.findOne(ApiKey, { prefix: parsed.prefix, revokedAt: null }, { filters: false });
    if (!key || !sameHash(key.secretHash, sha256(bearer))) return null;
    void em.getConnection().execute('update api_key set last_used_at = now() where id = ?', [key.id]).catch(() => undefined);
    return {
      viewer: { accountId: null, platformAdmin: false, apiKey: { id: key.id, communityId: key.communityId, permissions: key.permissions } },
      communityId: key.communityId,
    };
  }
  const claims = await tokens.verifyAccess(bearer);
  if (!claims) return null;
  return { viewer: { accountId: claims.accountId, platformAdmin: claims.platformAdmin }, communityId: claims.communityId };
}
