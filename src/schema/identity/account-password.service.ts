// Passwords after the first: the owner changes theirs (knowing the current one), an administrator
// resets a member's (a temporary password, changed at the next sign-in), the operator sets one
// from the CLI. Every change ends the account's other sessions (refresh-token families); their
// access tokens stop working at once because access checks read the session's state.
import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserFacingError } from '../errors';
import { Account } from './account.entity';
import { RefreshToken } from './auth.entity';
import { hashPassword, MIN_PASSWORD, verifyPassword } from './password.service';
import type { CredentialGuard } from './credential-guard';

export const MAX_PASSWORD = 200;

/** PASSWORD_WEAK on `field` unless 8–200 characters. */
export function checkPasswordShape(plain: string, field: string[]): void {
  if (typeof plain !== 'string' || [...plain].length < MIN_PASSWORD || plain.length > MAX_PASSWORD) throw new UserFacingError('PASSWORD_WEAK', field);
}

/** A temporary password an administrator hands over: 16 characters without look-alikes (0/O, 1/l/I). */
export function temporaryPassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 16; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}

/** Revokes the account's sessions, all or all but `keepSessionId`; returns how many were live. */
export async function revokeSessions(em: EntityManager, accountId: string, keepSessionId: string | null = null): Promise<number> {
  const rows = (await em.getConnection().execute(
    `update refresh_token set revoked_at = now()
      where account_id = ? and revoked_at is null and (?::uuid is null or family_id <> ?::uuid)
      returning family_id`,
    [accountId, keepSessionId, keepSessionId],
  )) as { family_id: string }[];
  return new Set(rows.map((r) => r.family_id)).size;
}

/**
 * The owner's change: the current password is checked (throttled like a login), the new one must
 * differ; the account's other sessions end and a required change is satisfied. Hashing runs in
 * the guard's bounded slots before the transaction (`em` is used only to read, then `write`).
 */
export async function changePassword(
  em: EntityManager,
  guard: CredentialGuard,
  accountId: string,
  ip: string | null,
  input: { currentPassword: string; newPassword: string },
): Promise<{ hash: string; login: string }> {
  const account = await em.findOne(Account, accountId, { populate: ['passwordHash'] });
  if (!account) throw new UserFacingError('NOT_FOUND', null);
  await guard.beforePassword(account.login, ip);
  if (!(await guard.hash(() => verifyPassword(account.passwordHash, input.currentPassword)))) {
    await guard.passwordFailed(account.login, ip);
    throw new UserFacingError('INVALID_CREDENTIALS', ['input', 'currentPassword']);
  }
  await guard.passwordSucceeded(account.login, ip);
  checkPasswordShape(input.newPassword, ['input', 'newPassword']);
  if (input.newPassword === input.currentPassword) throw new UserFacingError('PASSWORD_REUSED', ['input', 'newPassword']);
  return { hash: await guard.hash(() => hashPassword(input.newPassword)), login: account.login };
}

/** Stores a new hash: `required` makes the next sign-in change it; sessions end except `keepSessionId`. */
export async function storePassword(
  em: EntityManager,
  accountId: string,
  hash: string,
  opts: { required: boolean; keepSessionId: string | null },
): Promise<number> {
  const n = await em.nativeUpdate(Account, { id: accountId }, { passwordHash: hash, passwordChangeRequired: opts.required, passwordChangedAt: new Date() });
  if (!n) throw new UserFacingError('NOT_FOUND', null);
  return revokeSessions(em, accountId, opts.keepSessionId);
}

export interface SessionRow {
  id: string;
  signedInAt: Date;
  lastRefreshedAt: Date;
  expiresAt: Date;
  communityId: string | null;
}

/** The account's live sessions, newest activity first (at most 100). */
export async function listSessions(em: EntityManager, accountId: string): Promise<SessionRow[]> {
  const rows = (await em.getConnection().execute(
    `select family_id, min(created_at) as signed_in_at, max(created_at) as last_refreshed_at, max(expires_at) as expires_at,
            (array_agg(community_id order by created_at desc))[1] as community_id
       from refresh_token where account_id = ?
      group by family_id
     having bool_and(revoked_at is null) and max(expires_at) > now()
      order by max(created_at) desc, family_id limit 100`,
    [accountId],
  )) as { family_id: string; signed_in_at: Date; last_refreshed_at: Date; expires_at: Date; community_id: string | null }[];
  return rows.map((r) => ({
    id: r.family_id,
    signedInAt: new Date(r.signed_in_at),
    lastRefreshedAt: new Date(r.last_refreshed_at),
    expiresAt: new Date(r.expires_at),
    communityId: r.community_id,
  }));
}

/** Ends one of the account's sessions; NOT_FOUND for another account's, an ended or an unknown one alike. */
export async function revokeSession(em: EntityManager, accountId: string, sessionId: string): Promise<void> {
  const n = await em.nativeUpdate(RefreshToken, { accountId, familyId: sessionId, revokedAt: null }, { revokedAt: new Date() });
  if (!n) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
}
