// MikroORM on PostgreSQL: entities listed explicitly from the module registry, migrations from
// the modules' manifests (one timeline), and the tenant filter on every community-owned entity.
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { ModuleRegistry } from '../plugins/registry';
import { OutboxEvent, EventConsumer } from '../plugins/events/outbox.entity';
import { CommunityModule } from '../plugins/community-module.entity';
import { TenantEntity, NO_COMMUNITY } from './base.entity';

/** Tables of the runtime itself, present in every database. */
export const RUNTIME_ENTITIES = [OutboxEvent, EventConsumer, CommunityModule];

export interface OrmOptions {
  databaseUrl: string;
  registry: ModuleRegistry;
  poolMax?: number;
  debug?: boolean;
}

export function ormConfig({ databaseUrl, registry, poolMax = 10, debug = false }: OrmOptions): Options {
  const entities = [...RUNTIME_ENTITIES, ...registry.entities()];
  const tenantEntities = entities.filter((e) => e.prototype instanceof TenantEntity).map((e) => e.name);
  return {
    driver: PostgreSqlDriver,
    clientUrl: databaseUrl,
    entities: entities as any[],
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    // Never the 'query-params' namespace: the ORM would log each statement with its values.
    debug: debug ? ['query', 'info', 'discovery'] : false,
    pool: { min: 0, max: poolMax, idleTimeoutMillis: 30_000 },
    driverOptions: { connection: { connectionTimeoutMillis: 5_000 } },
    migrations: {
      tableName: 'wushe_migrations',
      migrationsList: registry.migrations(),
      path: 'migrations',
      pathTs: 'migrations',
      transactional: true,
      allOrNothing: true,
      // No snapshot: modules (and plugins) may hand-write their migrations, so `migrate create`
      // diffs the entities against the migrated database itself.
      snapshot: false,
      silent: true,
    },
    filters: {
      // Scope every query on a community-owned table to the context's community; with none set,
      // match nothing (deny by default). System jobs set the params or disable the filter.
      tenant: {
        cond: (args: { communityId?: string | null } | undefined) => ({ communityId: args?.communityId ?? NO_COMMUNITY }),
        entity: tenantEntities,
        default: true,
        args: false,
      },
    },
  };
}

export async function createOrm(opts: OrmOptions): Promise<MikroORM> {
  const orm = await MikroORM.init(ormConfig(opts));
  // Services, handlers and jobs hold an EntityManager: the strategies in effect travel with its configuration.
  opts.registry.strategies.bindTo(orm.config);
  return orm;
}
