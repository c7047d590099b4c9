// Secrets. The JWT signing secret: from configuration; on the embedded default, generated once and kept
// in the data folder; otherwise (development/test only) a per-process secret.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ConfigError, type Config } from '../config';
import { generatePersonalDataKeys, parsePersonalDataKeys, type PersonalDataKeys } from '../schema/personal-crypto';

export function resolveJwtSecret(config: Config, embedded: boolean, warn: (msg: string) => void): string {
  if (config.jwtSecret) return config.jwtSecret;
  if (embedded) {
    const file = path.join(config.dataDir, 'jwt-secret');
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
    fs.mkdirSync(config.dataDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
  warn('WUSHE_JWT_SECRET is not set: tokens are signed with a per-process secret and die with the process');
  return randomBytes(48).toString('base64url');
}

/** Fixed keys for NODE_ENV=test (never used elsewhere): tests can read their own data back across restarts. */
export const TEST_PII_KEYS = { keys: `test:${'11'.repeat(32)}`, index: '22'.repeat(32) };

/**
 * The 身份证号/phone keys: from configuration (required in production with DATABASE_URL, see
 * config.ts); fixed keys in tests; otherwise generated once and kept in the data folder, like the
 * JWT secret — losing that file makes the stored numbers unreadable.
 */
export function resolvePersonalDataKeys(config: Config): PersonalDataKeys {
  try {
    if (config.piiKeys && config.piiIndexKey) return parsePersonalDataKeys(config.piiKeys, config.piiIndexKey);
    if (config.env === 'test') return parsePersonalDataKeys(TEST_PII_KEYS.keys, TEST_PII_KEYS.index);
  } catch (e) {
    throw new ConfigError(`配置错误 / bad configuration: ${(e as Error).message}`);
  }
  const file = path.join(config.dataDir, 'pii-keys.json');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true });
    try {
      // `wx`: two processes starting together keep the first file written.
      fs.writeFileSync(file, JSON.stringify(generatePersonalDataKeys()), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  const stored = JSON.parse(fs.readFileSync(file, 'utf8')) as { keys: string; index: string };
  return parsePersonalDataKeys(stored.keys, stored.index);
}
