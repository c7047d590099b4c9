// Without TEST_DATABASE_URL, start one embedded PostgreSQL for the whole run; workers inherit
// the URL through the environment.
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const handle = await startEmbeddedPostgres({ dataDir: path.resolve(__dirname, '../../.wushe-test') });
  process.env.TEST_DATABASE_URL = handle.url;
  (globalThis as any).__wusheEmbedded = handle;
}
