// Login, refresh-token rotation with reuse detection, logout. (Resolving the caller of a request
// is the kernel's: src/schema/identity/viewer.service.ts.)
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserFacingError } from '../../schema/errors';
import { Account } from './account.entity';
import { RefreshToken } from './auth.entity';
import { Membership } from './membership.entity';
import { verifyPassword } from './password.service';
import { isValidMobile, normalisePersonal, personalIndex } from './personal-data.service';
import { personalDataKeysOf } from '../../schema/personal-crypto';
import { randomToken, sha256, type TokenService } from '../../schema/identity/token.service';

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
    const [street] = await em
      .getConnection()
      .execute('select 1 from street_admin s join community c on c.street_id = s.street_id where s.account_id = ? and c.id = ?', [account.id, wanted]);
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
  // A phone is found by its blind index (the number itself is stored sealed).
  const phoneIndex = isValidMobile(normalisePersonal('phone', key)) ? personalIndex(personalDataKeysOf(em), 'phone', key) : null;
  const account = await em.findOne(Account, phoneIndex ? { $or: [{ login: key }, { phoneBidx: phoneIndex }] } : { login: key }, {
    populate: ['passwordHash'],
  });
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
