// Migrating a fresh database takes ~1.5 s and seeding the demo ~0.5 s more; most test files start
// several servers. So each run migrates (and seeds) once per distinct set of migrations into a
// template database, and every server's database is a copy of it (CREATE DATABASE … TEMPLATE).
// Templates belong to one run (the name carries globalSetup's run id) so that a demo seeded by an
// earlier run, at another time of day, is never reused; globalTeardown drops them.
import { createHash } from 'node:crypto';
import { Client } from 'pg';
import { adminUrl, withDatabase } from './database';

export const TEMPLATE_PREFIX = 'wushe_tpl_';

function runId(): string {
  const id = process.env.WUSHE_TEST_RUN_ID;
  if (!id) throw new Error('WUSHE_TEST_RUN_ID is not set (globalSetup should have set it)');
  return id;
}

/** The template's name for this run and this content (e.g. the migration names and the demo flag). */
export function templateName(content: string): string {
  const hash = createHash('sha1').update(content).digest('hex').slice(0, 12);
  return `${TEMPLATE_PREFIX}${runId()}_${hash}`;
}

/**
 * Returns the name of a ready template, building it with `build(url)` if this run has none yet.
 * Workers race for the same template: an advisory lock lets one build while the others wait, and
 * a database comment marks it complete (a worker killed mid-build leaves no half-built template in use).
 */
export async function ensureTemplate(name: string, build: (url: string) => Promise<void>): Promise<string> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query('select pg_advisory_lock(hashtext($1))', [name]);
    const ready = await admin.query(`select 1 from pg_database d where d.datname = $1 and shobj_description(d.oid, 'pg_database') = 'ready'`, [name]);
    if (ready.rowCount === 0) {
      await admin.query(`drop database if exists ${name} with (force)`);
      await admin.query(`create database ${name}`);
      await build(withDatabase(adminUrl(), name));
      await admin.query(`comment on database ${name} is 'ready'`);
    }
    return name;
  } finally {
    await admin.query('select pg_advisory_unlock(hashtext($1))', [name]).catch(() => undefined);
    await admin.end();
  }
}

/** Drops this run's templates, and any left by runs that ended more than a day ago without teardown. */
export async function dropTemplates(currentRun: string | undefined): Promise<void> {
  const admin = new Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like '${TEMPLATE_PREFIX}%'`);
    const dayAgo = Date.now() - 24 * 3600_000;
    for (const { datname } of rows) {
      const run = datname.slice(TEMPLATE_PREFIX.length).split('_')[0];
      if (run === currentRun || Number(run) < dayAgo) await admin.query(`drop database if exists ${datname} with (force)`);
    }
  } finally {
    await admin.end();
  }
}
