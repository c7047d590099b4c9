// The database the bench runs on: a dedicated, throw-away database on BENCH_DATABASE_URL's server
// (or on the machine's postgres://postgres@127.0.0.1:5432/postgres when reachable); failing both,
// an embedded PostgreSQL in a temp folder (or BENCH_DATABASE_URL=embedded). `release()` drops /
// stops whatever was created.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../src/db/embedded-postgres';

export interface BenchDatabase {
  url: string;
  kind: string;
  release(): Promise<void>;
}

const LOCAL_DEFAULT = 'postgres://postgres@127.0.0.1:5432/postgres';

function withDb(url: string, db: string): string {
  const u = new URL(url);
  u.pathname = `/${db}`;
  return u.toString();
}

async function tryConnect(url: string): Promise<Client | null> {
  const c = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await c.connect();
    return c;
  } catch {
    await c.end().catch(() => undefined);
    return null;
  }
}

/** A fresh database on the server behind `adminUrl`; if we may not create one, the given database itself when it is empty. */
async function onServer(adminUrl: string, label: string): Promise<BenchDatabase | null> {
  const admin = await tryConnect(adminUrl);
  if (!admin) return null;
  const name = `wushe_bench_${randomBytes(5).toString('hex')}`;
  try {
    await admin.query(`create database ${name}`);
  } catch (e) {
    const [{ n }] = (await admin.query(`select count(*)::int as n from information_schema.tables where table_name = 'wushe_migrations'`)).rows;
    await admin.end();
    if (n > 0) throw new Error(`${label}: cannot create a database (${(e as Error).message}) and the given one is not empty`);
    return { url: adminUrl, kind: `${label} (given database, not dropped)`, release: async () => undefined };
  }
  await admin.end();
  const host = new URL(adminUrl);
  return {
    url: withDb(adminUrl, name),
    kind: `${label} ${host.hostname}:${host.port || 5432}/${name}`,
    async release() {
      const c = await tryConnect(adminUrl);
      if (!c) return;
      await c.query(`drop database if exists ${name} with (force)`).catch((e) => console.warn(`could not drop ${name}: ${e.message}`));
      await c.end();
    },
  };
}

/** BENCH_DATABASE_URL=embedded skips the servers and uses the embedded PostgreSQL. */
export async function acquireDatabase(): Promise<BenchDatabase> {
  const wanted = process.env.BENCH_DATABASE_URL;
  if (wanted && wanted !== 'embedded') {
    const db = await onServer(wanted, 'BENCH_DATABASE_URL');
    if (!db) throw new Error('BENCH_DATABASE_URL is set but not reachable');
    return db;
  }
  const local = wanted === 'embedded' ? null : await onServer(LOCAL_DEFAULT, 'local server');
  if (local) return local;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-bench-db-'));
  const pg = await startEmbeddedPostgres({ dataDir: dir });
  return {
    url: pg.url,
    kind: `embedded PostgreSQL in ${dir}`,
    async release() {
      await pg.stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
