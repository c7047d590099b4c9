// Migrations only, never schema:update: one timeline across modules (names carry the module key).
import type { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { Logger, runMigrations } from 'graphile-worker';

/** The job queue's schema (graphile-worker's own tables and functions). */
export const JOBS_SCHEMA = 'graphile_worker';

/**
 * Installs or upgrades the job queue's schema: graphile-worker keeps its own migration list in
 * `graphile_worker.migrations`, apart from the modules' timeline. Idempotent; concurrent replicas
 * are safe. Run by `migrate up` and at every start (enqueuing works even where no worker runs).
 */
export async function migrateJobQueue(orm: MikroORM): Promise<void> {
  await runMigrations({ connectionString: orm.config.get('clientUrl')!, schema: JOBS_SCHEMA, logger: SILENT });
}

// Its own debug lines (one per migration) say nothing `migrate up` does not.
const SILENT = new Logger(() => () => undefined);

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}

export async function migrateUp(orm: MikroORM): Promise<string[]> {
  const applied = (await orm.getMigrator().up()).map((m) => m.name);
  await migrateJobQueue(orm);
  return applied;
}

export async function migrationStatus(orm: MikroORM): Promise<{ executed: string[]; pending: string[] }> {
  const migrator = orm.getMigrator();
  return {
    executed: (await migrator.getExecutedMigrations()).map((m) => m.name),
    pending: (await migrator.getPendingMigrations()).map((m) => m.name),
  };
}

/** Diffs the entities against the committed snapshot and writes a new migration file. */
export async function createMigration(orm: MikroORM, moduleKey: string): Promise<string | null> {
  const migrator = orm.getMigrator() as Migrator;
  // MikroORM names the file Migration<timestamp>_<name>: the module key stays in the name.
  const result = await migrator.createMigration('migrations', false, false, `${moduleKey}_change`);
  return result.diff.up.length ? result.fileName : null;
}
