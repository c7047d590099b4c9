// Migrations only, never schema:update: one timeline across modules (names carry the module key).
import type { MikroORM } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().getPendingMigrations()).map((m) => m.name);
}

export async function migrateUp(orm: MikroORM): Promise<string[]> {
  return (await orm.getMigrator().up()).map((m) => m.name);
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
