// For tests of a data migration: a fresh database migrated up to just before the named migration,
// holding one community, handed to `run`; closed and dropped afterwards whatever happens.
import { Client } from 'pg';
import type { MikroORM } from '@mikro-orm/postgresql';
import { createTestDatabase } from './database';
import { loadConfig } from '../../src/config';
import { openOrm } from '../../src/server/boot';
import { createRegistry } from '../../src/plugins/loader';
import { FIRST_PARTY } from '../../src/modules';

export interface BeforeMigration {
  orm: MikroORM;
  /** A plain connection to the database (connected). */
  c: Client;
  migrator: ReturnType<MikroORM['getMigrator']>;
  /** The migration just before the one under test (where `down` returns to). */
  previous: string;
  /** The community inserted for the test's rows. */
  communityId: string;
}

export async function beforeMigration(name: string, run: (t: BeforeMigration) => Promise<void>): Promise<void> {
  const target = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: target.url, LOG_LEVEL: 'silent' });
  const orm = await openOrm(target.url, config, createRegistry(FIRST_PARTY, config.plugins));
  const c = new Client({ connectionString: target.url });
  try {
    const migrator = orm.getMigrator();
    const pending = (await migrator.getPendingMigrations()).map((m) => m.name);
    const mine = pending.indexOf(name);
    expect(mine).toBeGreaterThan(0);
    const previous = pending[mine - 1]!;
    await migrator.up({ to: previous });
    await c.connect();
    const communityId = '01900000-0000-7000-8000-000000000001';
    await c.query(`insert into community (id, created_at, updated_at, name, region_code) values ($1, now(), now(), '迁移社区', '520222009')`, [communityId]);
    await run({ orm, c, migrator, previous, communityId });
  } finally {
    await c.end().catch(() => undefined);
    await orm.close(true);
    await target.drop();
  }
}
