// Passwords hashed with argon2id (library defaults follow OWASP guidance).
import argon2 from 'argon2';

export const MIN_PASSWORD = 8;

export const hashPassword = (plain: string) => argon2.hash(plain, { type: argon2.argon2id });

// Verifying against a fixed hash when the account is unknown keeps response times alike,
// so a login form cannot be used to probe which accounts exist.
let dummy: Promise<string> | null = null;
export async function verifyPassword(hash: string | null, plain: string): Promise<boolean> {
  if (!hash) {
    dummy ??= hashPassword('wushe-dummy-password');
    await argon2.verify(await dummy, plain).catch(() => false);
    return false;
  }
  return argon2.verify(hash, plain).catch(() => false);
}
