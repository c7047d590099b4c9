// The JWT signing secret: from configuration; on the embedded default, generated once and kept
// in the data folder; otherwise (development/test only) a per-process secret.
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import type { Config } from '../config';

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
