// Passwords hashed with argon2id: by default the library's cost (64 MiB, 3 passes, 4 lanes), set
// by the operator (WUSHE_ARGON2_*) for the whole process at start. Verifying reads the cost from
// the stored hash; a hash of another cost is made again when its owner next signs in (auth.service.ts),
// so after a change every active account converges on it (and a login's time with it).
import argon2 from 'argon2';

export const MIN_PASSWORD = 8;

export interface PasswordHashing {
  /** KiB of memory per hash. */
  memoryCost: number;
  /** Passes over the memory. */
  timeCost: number;
  /** Lanes (threads). */
  parallelism: number;
}

let cost: PasswordHashing | undefined;
let dummy: Promise<string> | null = null; // the unknown-login hash (below)

/** Sets the cost of new hashes (startWushe and the CLI, from the configuration). */
export function setPasswordHashing(c: PasswordHashing): void {
  if (cost && c.memoryCost === cost.memoryCost && c.timeCost === cost.timeCost && c.parallelism === cost.parallelism) return;
  cost = { ...c };
  dummy = null; // the unknown-login hash must cost what a real one does
}

export const hashPassword = (plain: string) => argon2.hash(plain, { type: argon2.argon2id, ...cost });

/** Whether a stored hash was made at another cost than new ones are (it is then made again at sign-in). */
export const needsRehash = (hash: string) => argon2.needsRehash(hash, { ...cost });

// Verifying against a fixed hash when the account is unknown keeps response times alike,
// so a login form cannot be used to probe which accounts exist.
export async function verifyPassword(hash: string | null, plain: string): Promise<boolean> {
  if (!hash) {
    dummy ??= hashPassword('wushe-dummy-password');
    await argon2.verify(await dummy, plain).catch(() => false);
    return false;
  }
  return argon2.verify(hash, plain).catch(() => false);
}
