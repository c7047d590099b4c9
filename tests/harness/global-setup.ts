// Without TEST_DATABASE_URL, start one embedded PostgreSQL for the whole run; workers inherit
// the URL through the environment. Every run also gets a fresh log folder (see log-scan.ts).
import fs from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres } from '../../src/db/embedded-postgres';

export const LOG_ROOT = path.resolve(__dirname, '../../.wushe-test-logs');

export default async function globalSetup(): Promise<void> {
  fs.rmSync(LOG_ROOT, { recursive: true, force: true }); // the previous run's
  // The run's id names its log folder and its template databases (template.ts).
  const runId = String(Date.now());
  process.env.WUSHE_TEST_RUN_ID = runId;
  const logDir = path.join(LOG_ROOT, `run-${runId}`);
  fs.mkdirSync(logDir, { recursive: true });
  process.env.WUSHE_TEST_LOG_DIR = logDir;
  if (process.env.TEST_DATABASE_URL) return;
  const handle = await startEmbeddedPostgres({ dataDir: path.resolve(__dirname, '../../.wushe-test') });
  process.env.TEST_DATABASE_URL = handle.url;
  (globalThis as any).__wusheEmbedded = handle;
}
