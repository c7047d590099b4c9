// Login, refresh-token rotation with reuse detection, logout. (Resolving the caller of a request
// is the kernel's: src/schema/identity/viewer.service.ts.)
import { adminsStreetSql } from '../tenancy/tier.lookups';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserFacingError } from '../errors';
import { Account } from './account.entity';
import { RefreshToken } from './auth.entity';
import { Membership } from '../tenancy/membership.entity';
import { hashPassword, needsRehash, verifyPassword } from './password.service';
import { randomToken, sha256, type TokenService } from './token.service';
import type { CredentialGuard } from './credential-guard';
import { isValidMobile } from '../personal-values';
import { normalisePersonal, personalIndex } from '../personal-fields';
import { personalDataKeysOf } from '../personal-crypto';

export interface IssuedTokens {
  accessToken: string;
  accessTokenExpiresAt: Date;
  refreshToken: string;
  account: Account;
  communityId: string | null;
}

/**
 * Picks the active community: the one asked for (if a member, street or district admin over it, or platform
 * admin); else the account's default community (默认社区) while it is an active membership; else
 * its oldest active membership. Never "none" for a login with a membership. `fallback`: a
 * community remembered by a refresh token that is no longer the caller's yields the default
 * instead of an error.
 */
async function chooseCommunity(em: EntityManager, account: Account, wanted: string | null, fallback = false): Promise<string | null> {
  const memberships = await em.find(
    Membership,
    { account, active: true },
    { filters: false, fields: ['communityId'], orderBy: { createdAt: 'asc', id: 'asc' } },
  );
  if (wanted) {
    if (account.platformAdmin || memberships.some((m) => m.communityId === wanted)) return wanted;
    const [street] = await em
      .getConnection()
      .execute(`select 1 from community c where c.id = ? and ${adminsStreetSql('?', 'c.street_id')}`, [wanted, account.id, account.id]);
    if (street) return wanted;
    if (!fallback) throw new UserFacingError('NOT_FOUND', ['input', 'community']);
  }
  const preferred = memberships.find((m) => m.communityId === account.defaultCommunityId);
  return (preferred ?? memberships[0])?.communityId ?? null;
}

async function issue(em: EntityManager, tokens: TokenService, account: Account, communityId: string | null, familyId: string): Promise<IssuedTokens> {
  const refreshToken = randomToken();
  em.create(RefreshToken, { accountId: account.id, familyId, tokenHash: sha256(refreshToken), communityId, expiresAt: tokens.refreshExpiry() });
  const access = await tokens.signAccess({ accountId: account.id, communityId, platformAdmin: account.platformAdmin, sessionId: familyId });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt, refreshToken, account, communityId };
}

/**
 * The account whose password this is, or null: an unknown login and a wrong password answer alike,
 * in time too (an unknown login is verified against a dummy hash). The hash waits for a slot of
 * the process's bounded hashing, so call it outside any transaction: a queued login holds no
 * database connection.
 */
export async function verifyLogin(em: EntityManager, guard: CredentialGuard, loginName: string, password: string): Promise<Account | null> {
  const key = loginName.trim().toLowerCase();
  // A phone is found by its blind index (the number itself is stored sealed).
  const phoneIndex = isValidMobile(normalisePersonal('phone', key)) ? personalIndex(personalDataKeysOf(em), 'phone', key) : null;
  const account = await em.findOne(Account, phoneIndex ? { $or: [{ login: key }, { phoneBidx: phoneIndex }] } : { login: key }, {
    populate: ['passwordHash'],
  });
  const ok = await guard.hash(() => verifyPassword(account?.passwordHash ?? null, password));
  if (!account || !ok) return null;
  if (needsRehash(account.passwordHash)) {
    // At the configured cost now; only if the hash is still the one verified (a password changed
    // meanwhile is never overwritten with the old one).
    // Best effort: with the hashing slots full (LOGIN_BUSY) the sign-in still succeeds and the
    // next one tries again.
    const old = account.passwordHash;
    const fresh = await guard.hash(() => hashPassword(password)).catch(() => null);
    if (fresh) await em.nativeUpdate(Account, { id: account.id, passwordHash: old }, { passwordHash: fresh });
  }
  return account;
}

/** Issues tokens to an account whose password `verifyLogin` accepted. */
export async function login(em: EntityManager, tokens: TokenService, accountId: string, community: string | null): Promise<IssuedTokens> {
  const account = await em.findOneOrFail(Account, accountId);
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
  const account = await em.findOne(Account, row.accountId);
  if (!account) throw new UserFacingError('TOKEN_INVALID', ['input', 'refreshToken']); // deleted since
  if (account.disabled) throw new UserFacingError('ACCOUNT_DISABLED', ['input', 'refreshToken']);
  return issue(em, tokens, account, await chooseCommunity(em, account, community ?? row.communityId, community == null), row.familyId);
}

export async function logout(em: EntityManager, token: string): Promise<boolean> {
  const row = await em.findOne(RefreshToken, { tokenHash: sha256(token) });
  if (!row) return false;
  await em.nativeUpdate(RefreshToken, { familyId: row.familyId, revokedAt: null }, { revokedAt: new Date() });
  return true;
}
