// Personal data at rest (身份证号, phone): AES-256-GCM with a random 12-byte IV per value, stored as
// `<keyId>:<base64url(iv | tag | ciphertext)>`. The key id makes rotation possible: new values are
// sealed with the first configured key, reads accept any configured key. The row id and field are
// bound as associated data, so a value copied to another row or column does not decrypt.
// A blind index (HMAC-SHA256 of the normalised value, with its own key) answers exact lookups
// without decrypting; it never leaves the database.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export interface PersonalDataKeys {
  /** Id of the key new values are sealed with. */
  current: string;
  keys: ReadonlyMap<string, Buffer>;
  /** HMAC key of the blind indexes (rotating it means recomputing every index). */
  index: Buffer;
}

/** A sealed value that no configured key opens (wrong or missing key, or tampered data). */
export class PersonalDataKeyError extends Error {
  readonly code = 'PERSONAL_DATA_KEY';
}

const KEY_ID = /^[A-Za-z0-9_-]{1,32}$/;

function decodeKey(text: string, what: string): Buffer {
  const key = Buffer.from(text, /^[0-9a-fA-F]{64}$/.test(text) ? 'hex' : 'base64');
  if (key.length !== 32) throw new Error(`${what} must be 32 bytes (64 hex characters or base64)`);
  return key;
}

/**
 * Parses `WUSHE_PII_KEYS` (`id:key,id:key`, newest first; keys are 32 bytes in hex or base64) and
 * `WUSHE_PII_INDEX_KEY`. Throws one line naming the problem.
 */
export function parsePersonalDataKeys(keyList: string, indexKey: string): PersonalDataKeys {
  const keys = new Map<string, Buffer>();
  for (const part of keyList
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = part.indexOf(':');
    const id = part.slice(0, at);
    if (at < 1 || !KEY_ID.test(id)) throw new Error(`WUSHE_PII_KEYS: "${part.slice(0, 12)}…" is not <id>:<key> (id: letters, digits, _ or -)`);
    if (keys.has(id)) throw new Error(`WUSHE_PII_KEYS: key id "${id}" appears twice`);
    keys.set(id, decodeKey(part.slice(at + 1), `WUSHE_PII_KEYS key "${id}"`));
  }
  if (!keys.size) throw new Error('WUSHE_PII_KEYS has no key');
  return { current: keys.keys().next().value!, keys, index: decodeKey(indexKey, 'WUSHE_PII_INDEX_KEY') };
}

/** Fresh keys in the configuration format (for the embedded default and for operators). */
export function generatePersonalDataKeys(id = 'k1'): { keys: string; index: string } {
  return { keys: `${id}:${randomBytes(32).toString('base64')}`, index: randomBytes(32).toString('base64') };
}

export function seal(k: PersonalDataKeys, aad: string, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', k.keys.get(k.current)!, iv);
  cipher.setAAD(Buffer.from(aad));
  const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return `${k.current}:${Buffer.concat([iv, cipher.getAuthTag(), ct]).toString('base64url')}`;
}

export function unseal(k: PersonalDataKeys, aad: string, sealed: string): string {
  const at = sealed.indexOf(':');
  const id = sealed.slice(0, at);
  const key = k.keys.get(id);
  if (!key) throw new PersonalDataKeyError(`个人信息密钥缺失 / personal data key "${id}" is not configured (WUSHE_PII_KEYS)`);
  const raw = Buffer.from(sealed.slice(at + 1), 'base64url');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
    decipher.setAAD(Buffer.from(aad));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    throw new PersonalDataKeyError(`个人信息无法解密 / personal data does not decrypt with key "${id}" (wrong WUSHE_PII_KEYS?)`);
  }
}

/** Blind index of a normalised value; `field` separates the index spaces of different fields. */
export function blindIndex(k: PersonalDataKeys, field: string, normalised: string): string {
  return createHmac('sha256', k.index).update(`${field}\u0000${normalised}`).digest('base64url');
}

// Keys travel with the ORM configuration, so request contexts, seeds, imports and migrations
// (which all hold an EntityManager or the Configuration) find them without a global.
const bound = new WeakMap<object, PersonalDataKeys>();

export function bindPersonalDataKeys(ormConfig: object, keys: PersonalDataKeys): void {
  bound.set(ormConfig, keys);
}

export function personalDataKeysOf(holder: { config: object } | object): PersonalDataKeys {
  const keys = bound.get(holder) ?? ('config' in holder ? bound.get((holder as { config: object }).config) : undefined);
  if (!keys) throw new PersonalDataKeyError('个人信息密钥未加载 / personal data keys are not loaded (open the database with openOrm)');
  return keys;
}
