// The composition root: reads the configuration, hands the platform the first-party modules and
// the demo, and runs the CLI. One CLI: serve | migrate (up | status | create <module>) | seed --demo [--preset <key>] [--allow-production]
// | admin (create | password) … | schema [--emit | --check].
// First: the compile cache (Node 22+), then tracing (when on), which must hook http, pg and
// graphql before anything loads them.
import './compile-cache';
import { setPasswordHashing } from './schema/identity/password.service';
import { tracingHandle } from './tracing';
import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, configWarnings, loadConfig, type Config } from './config';
import { createLogger, scrub } from './server/logger';
import { connectDatabase, migrateOrRefuse, openOrm, PRESETS_DIR, startWushe, StartupError } from './server/boot';
import { createRegistry } from './plugins/loader';
import { PresetCatalog } from './plugins/presets';
import { ModuleManifestError } from './plugins/registry';
import { createMigration, migrateUp, migrationStatus } from './db/migrator';
import { demoBanner, seedDemo, seedPresetDemo } from './db/seed';
import { buildWusheSchema, printWusheSchema } from './schema/build-schema';
import { DEMO, FIRST_PARTY } from './modules';
import { EmbeddedPostgresError } from './db/embedded-postgres';
import { parseAdminArgs, readAdminPassword, runAdmin } from './server/admin-cli';

const SCHEMA_FILE = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../schema.graphql' : '../schema.graphql');

async function serve(config: Config): Promise<void> {
  const log = createLogger(config.logLevel);
  // Signals are handled from the start: one during startup (e.g. Ctrl-C while the embedded
  // database initialises) stops what has started instead of leaving PostgreSQL orphaned.
  let stop: (() => Promise<void>) | null = null;
  let signalled = false;
  const shutdown = (signal: string) => {
    if (signalled) return;
    signalled = true;
    log.info({ signal }, 'shutting down');
    const force = setTimeout(() => process.exit(1), 14_000);
    force.unref();
    stop?.().then(
      () => exitAfterTracing(0),
      () => exitAfterTracing(1),
    );
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
  const wushe = await startWushe(config, log, { modules: FIRST_PARTY, demo: DEMO });
  stop = wushe.stop;
  if (signalled)
    return void wushe.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  const base = `http://localhost:${wushe.port}`;
  log.info(
    { port: wushe.port, pubsub: config.pubsub, embedded: !config.databaseUrl, ...(wushe.metricsPort !== undefined ? { metricsPort: wushe.metricsPort } : {}) },
    'wushe ready',
  );
  // The banner is for a human at a terminal: stderr, so stdout stays one JSON log line per line.
  process.stderr.write(
    `\n五社联动 Wushe 已启动 / ready\n  GraphQL   ${base}/graphql  (ws://localhost:${wushe.port}/graphql)\n` +
      (config.graphiql ? `  GraphiQL  ${base}/graphiql\n` : '') +
      (wushe.demo ? demoBanner(DEMO, wushe.app.presets) : '') +
      '\n',
  );
}

/** Exits once the spans still buffered are sent (at most 2 s). */
function exitAfterTracing(code: number): void {
  if (!tracingHandle) return void process.exit(code);
  const late = setTimeout(() => process.exit(code), 2000);
  late.unref();
  void tracingHandle.shutdown().finally(() => process.exit(code));
}

/** `migrated`: the schema must be current first (as for serve: the embedded database is migrated). */
async function withDatabase<T>(
  config: Config,
  fn: (orm: Awaited<ReturnType<typeof openOrm>>, registry: ReturnType<typeof createRegistry>) => Promise<T>,
  opts: { migrated?: boolean } = {},
): Promise<T> {
  const log = createLogger(config.logLevel);
  const registry = createRegistry(FIRST_PARTY, config.plugins);
  const db = await connectDatabase(config, log);
  try {
    const orm = await openOrm(db.url, config, registry);
    try {
      if (opts.migrated) await migrateOrRefuse(orm, !!db.embedded, log);
      return await fn(orm, registry);
    } finally {
      await orm.close(true);
    }
  } finally {
    await db.embedded?.stop();
  }
}

async function main(argv: string[]): Promise<void> {
  const [command = 'serve', sub, ...rest] = argv;
  const config = loadConfig();
  setPasswordHashing(config.passwordHashing);
  // stderr: stdout is the JSON log (serve) or a command's output (`schema` prints the SDL).
  for (const w of configWarnings()) process.stderr.write(`wushe: 警告 / warning: ${w}\n`);
  switch (command) {
    case 'serve':
      return serve(config);
    case 'migrate':
      return withDatabase(config, async (orm) => {
        if (!sub || sub === 'up') {
          const applied = await migrateUp(orm);
          console.log(applied.length ? `已执行 applied: ${applied.join(', ')}` : '没有待执行的迁移 / nothing to apply');
        } else if (sub === 'status') {
          const s = await migrationStatus(orm);
          console.log(JSON.stringify(s, null, 2));
        } else if (sub === 'create') {
          const key = rest[0] ?? 'core';
          const file = await createMigration(orm, key);
          console.log(
            file
              ? `已创建 created migrations/${file}\n请审阅 / review it: constraints written by hand (tenant foreign keys, CHECKs, triggers, partial indexes) are unknown to the entity diff and appear as drops — delete those lines.`
              : '实体与数据库一致 / no changes',
          );
        } else throw new ConfigError(`未知命令 / unknown command: migrate ${sub}`);
      });
    case 'seed': {
      // Demo logins share one published password, and `platform` holds platform rights: never in
      // production unless the operator says so explicitly.
      const allowProduction = rest.includes('--allow-production');
      const args = rest.filter((a) => a !== '--allow-production');
      const presetKey = args[0] === '--preset' ? args[1] : undefined;
      if (sub !== '--demo' || (args.length && (!presetKey || args.length > 2)))
        throw new ConfigError('用法 / usage: wushe seed --demo [--preset <key>] [--allow-production]');
      if (config.env === 'production' && !allowProduction)
        throw new ConfigError(
          '生产环境拒绝加载演示数据 / refusing to seed demo data with NODE_ENV=production: its logins share a published password and one has platform rights. ' +
            'Create the first administrator with `wushe admin create`; add --allow-production only for a throw-away install.',
        );
      return withDatabase(
        config,
        async (orm, registry) => {
          const catalog = new PresetCatalog(registry, PRESETS_DIR);
          if (presetKey) {
            if (!catalog.get(presetKey))
              throw new ConfigError(
                `未知的社区模式 / unknown preset "${presetKey}" (${catalog
                  .list()
                  .map((p) => p.key)
                  .join(' | ')})`,
              );
            const r = await seedPresetDemo(orm, registry, catalog, presetKey, DEMO);
            console.log(
              `${r.created ? '演示社区已创建 / demo community created' : '演示社区已存在 / demo community already present'}: ${r.name} (${presetKey})\n` +
                `  模块 modules: ${r.modules.join(', ')}\n  登录 logins: ${DEMO.presetDemo(presetKey).logins.join(', ')}; 密码 password ${DEMO.password}`,
            );
            return;
          }
          const r = await seedDemo(orm, registry, catalog, DEMO);
          console.log(r.created ? `演示社区已创建 / demo community created; password ${DEMO.password}` : '演示社区已存在 / demo community already present');
        },
        { migrated: true },
      );
    }
    case 'admin': {
      const args = parseAdminArgs([sub ?? '', ...rest]);
      // Read before the database starts: a prompt is not interleaved with startup output.
      const password = await readAdminPassword(args);
      return withDatabase(config, async (orm) => console.log(await runAdmin(orm, args, password)), { migrated: true });
    }
    case 'schema': {
      const sdl = printWusheSchema(await buildWusheSchema(createRegistry(FIRST_PARTY, config.plugins)));
      if (sub === '--emit') fs.writeFileSync(SCHEMA_FILE, sdl);
      else if (sub === '--check') {
        if (fs.readFileSync(SCHEMA_FILE, 'utf8') !== sdl) throw new ConfigError('schema.graphql is out of date: run `npm run schema:emit`');
      } else process.stdout.write(sdl);
      return;
    }
    default:
      throw new ConfigError(`未知命令 / unknown command "${command}" (serve | migrate | seed --demo | admin | schema)`);
  }
}

main(process.argv.slice(2)).catch((e: unknown) => {
  const known =
    e instanceof ConfigError ||
    e instanceof StartupError ||
    e instanceof EmbeddedPostgresError ||
    e instanceof ModuleManifestError ||
    (e as Error)?.name === 'PresetError';
  // stderr is a log too: a failing statement quoted in the error loses its values (and personal numbers).
  process.stderr.write(scrub(`wushe: ${known ? (e as Error).message : ((e as Error)?.stack ?? String(e))}`) + '\n');
  process.exit(1);
});
