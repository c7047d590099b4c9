// Starts one Wushe process: database (embedded or DATABASE_URL), migrations, modules, pubsub,
// outbox relay, demo data on a first embedded start, HTTP + WebSocket. `stop()` shuts it all
// down in order.
import { setPasswordHashing } from '../schema/identity/password.service';
import path from 'node:path';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Config } from '../config';
import { createOrm } from '../db/orm';
import { migrateJobQueue, migrateUp, pendingMigrations } from '../db/migrator';
import { seedDemo, type DemoCommunities } from '../db/seed';
import { startEmbeddedPostgres, type EmbeddedPostgresHandle } from '../db/embedded-postgres';
import { createRegistry } from '../plugins/loader';
import type { ModuleRegistry } from '../plugins/registry';
import { PresetCatalog } from '../plugins/presets';
import { createWushePubSub } from '../plugins/pubsub';
import { OutboxRelay } from '../plugins/events/outbox-relay';
import { EventConsumers } from '../plugins/events/event-consumers';
import { LiveHub } from '../plugins/events/live-hub';
import { ViewerSockets } from '../plugins/events/viewer-sockets';
import { JobRunner } from '../plugins/jobs';
import { WebhookDispatcher, bindWebhooks } from '../plugins/webhooks/webhook.dispatcher';
import { Notifier, bindNotifier } from '../plugins/notifications/notifier';
import { UploadService, bindUploads } from '../plugins/uploads/uploads.service';
import { outboxKicker } from '../plugins/events/outbox-kicker';
import { AccessCache, ACCESS_EVENTS, ACCOUNT_REVOKED_EVENTS } from '../plugins/access';
import { PLATFORM_TOPIC, type OutboxEventRecord } from '../plugins/events/event.types';
import type { AppServices } from '../plugins/app-services';
import type { WusheModule } from '../plugins/module-contract';
import { buildWusheSchema } from '../schema/build-schema';
import { TokenService } from '../schema/identity/token.service';
import { CredentialGuard, throttleStore } from '../schema/identity/credential-guard';
import { RequestBudget } from './request-budget';
import { startHttpServer } from './http';
import { resolveJwtSecret, resolvePersonalDataKeys } from './secrets';
import { bindPersonalDataKeys } from '../schema/personal-crypto';
import { isDatabaseDown } from './format-error';
import { createMetrics } from './metrics';

/** How long event consumers wait at most for a batch's live fan-out to finish before they start. */
const CONSUMERS_AFTER_LIVE_MS = 200;

export class StartupError extends Error {}

/** Waits for `p` at most `ms`: 'late' if it had not settled by then (it is not cancelled). */
async function withinMs(p: Promise<unknown>, ms: number): Promise<'done' | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((r) => (timer = setTimeout(() => r('late'), ms)));
  try {
    return await Promise.race([p.then(() => 'done' as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

// From src/server (ts) or dist/src/server (compiled) up to the project's presets/ folder.
export const PRESETS_DIR = path.resolve(__dirname, __dirname.includes(`${path.sep}dist${path.sep}`) ? '../../../presets' : '../../presets');

export interface Wushe {
  app: AppServices;
  port: number;
  url: string;
  demo: { seeded: boolean } | null;
  consumers: EventConsumers;
  jobs: JobRunner;
  /** The port of /metrics' own listener (WUSHE_METRICS_PORT), if any. */
  metricsPort?: number;
  stop(): Promise<void>;
}

export async function connectDatabase(config: Config, log: Logger): Promise<{ url: string; embedded: EmbeddedPostgresHandle | null }> {
  if (config.databaseUrl) return { url: config.databaseUrl, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, log: (m) => log.debug({ pg: m }, 'embedded postgres') });
  return { url: embedded.url, embedded };
}

/** What the composition root hands the platform: the installed modules and, optionally, the demo. */
export interface Platform {
  /** First-party modules; third-party plugins named in `config.plugins` are loaded after them. */
  modules: readonly WusheModule[];
  /** Makes the demo community on `WUSHE_DEMO` (none: no demo is loaded). */
  demo?: DemoCommunities;
}

export async function openOrm(url: string, config: Config, registry: ModuleRegistry): Promise<MikroORM> {
  let orm: MikroORM | undefined;
  try {
    orm = await createOrm({ databaseUrl: url, registry, poolMax: config.dbPoolMax });
    await orm.em.getConnection().execute('select 1');
  } catch (e) {
    await orm?.close(true).catch(() => undefined);
    // ORM init connects too (ensureDatabase); its own non-connection errors (metadata) pass through.
    if (!orm && !isDatabaseDown(e) && !/^(28|3D)/.test(String((e as { code?: unknown }).code))) throw e;
    const where = new URL(url);
    throw new StartupError(`无法连接数据库 / cannot reach the database at ${where.hostname}:${where.port || 5432}${where.pathname}: ${(e as Error).message}`);
  }
  // Before any migration or request: the 身份证号/phone keys travel with the ORM's configuration.
  try {
    bindPersonalDataKeys(orm.config, resolvePersonalDataKeys(config));
  } catch (e) {
    await orm.close(true).catch(() => undefined);
    throw e;
  }
  return orm;
}

/**
 * Before serving or seeding: the embedded database (owned by this process) is migrated; a
 * DATABASE_URL one with pending migrations is refused with one line (its operator migrates).
 */
export async function migrateOrRefuse(orm: MikroORM, embedded: boolean, log: Logger): Promise<void> {
  if (embedded) {
    const applied = await migrateUp(orm);
    if (applied.length) log.info({ applied }, 'migrations applied');
    return;
  }
  const pending = await pendingMigrations(orm);
  if (pending.length)
    throw new StartupError(`数据库有 ${pending.length} 个未执行的迁移 / pending migrations (${pending.join(', ')}): run \`npx wushe migrate up\` first`);
  // The job queue's own schema follows graphile-worker's version, not the modules' timeline.
  await migrateJobQueue(orm);
}

export async function startWushe(config: Config, log: Logger, platform: Platform): Promise<Wushe> {
  setPasswordHashing(config.passwordHashing);
  const registry = createRegistry(platform.modules, config.plugins);
  const presets = new PresetCatalog(registry, PRESETS_DIR);
  const db = await connectDatabase(config, log);
  const cleanups: (() => Promise<unknown>)[] = [];
  if (db.embedded) cleanups.push(() => db.embedded!.stop());
  try {
    const orm = await openOrm(db.url, config, registry);
    cleanups.unshift(() => orm.close(true));
    await migrateOrRefuse(orm, !!db.embedded, log);
    let demo: Wushe['demo'] = null;
    // `auto`: on the embedded database, and never in production (its logins share a published password).
    if (platform.demo && (config.demo === 'on' || (config.demo === 'auto' && db.embedded && config.env !== 'production'))) {
      demo = { seeded: (await seedDemo(orm, registry, presets, platform.demo)).created };
    }
    const pubsub = await createWushePubSub({ driver: config.pubsub, redisUrl: config.redisUrl, databaseUrl: db.url, log: (o, m) => log.warn(o, m) });
    cleanups.unshift(() => pubsub.close());
    const relay = new OutboxRelay(orm, pubsub, log);
    const jwtSecret = resolveJwtSecret(config, !!db.embedded, (m) => log.warn(m));
    const tokens = new TokenService(jwtSecret, config.accessTtlSeconds, config.refreshTtlDays);
    const credentials = new CredentialGuard(config.login, throttleStore(config.login, config.redisUrl, orm.em.getConnection().getKnex()), jwtSecret);
    cleanups.unshift(() => credentials.close());
    const budget = new RequestBudget(config.rateLimit, config.redisUrl, orm.em.getConnection().getKnex());
    cleanups.unshift(() => budget.close());
    const accessCache = new AccessCache();
    const metrics = createMetrics(config);
    const live = new LiveHub(pubsub, () => accessCache.clear(), metrics ? (s) => metrics.fanoutDone(s) : undefined);
    const app: AppServices = {
      config,
      orm,
      registry,
      presets,
      pubsub,
      relay,
      tokens,
      log,
      accessCache,
      live,
      credentials,
      budget,
      sockets: new ViewerSockets(),
      metrics,
    };
    relay.onPublished((batch) => batch.some((e) => ACCESS_EVENTS.has(e.type)) && accessCache.clear());
    const consumers = new EventConsumers(orm, registry, presets, log, () => relay.kick());
    // Live boards first: the batch's fan-out (an access check and an evaluation per visibility,
    // then a write per socket) runs before the consumers' transactions take the event loop and
    // the pool (webhooks, notifications, handlers: background work with cursors, where a few
    // milliseconds do not matter). Bounded: a slow delivery delays them by CONSUMERS_AFTER_LIVE_MS at most.
    let closing = false;
    relay.onPublished((batch) => setImmediate(() => void live.settled(CONSUMERS_AFTER_LIVE_MS).then(() => !closing && consumers.kickFor(batch))));
    orm.em.getEventManager().registerSubscriber(outboxKicker(() => relay.kick()));
    relay.start();
    // Runs after relay.stop (cleanups run in reverse registration order): let handlers finish
    // before the pool closes, or a handler mid-batch waits out the pool's 60 s acquire timeout.
    cleanups.unshift(() => {
      closing = true;
      return consumers.idle();
    });
    cleanups.unshift(() => relay.stop());
    const uploads = new UploadService(app, jwtSecret);
    bindUploads(app, uploads);
    cleanups.unshift(async () => uploads.driver.close?.());
    const schema = await buildWusheSchema(registry, pubsub);
    let http;
    try {
      http = await startHttpServer(app, schema, config.port, config.host);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE')
        throw new StartupError(`端口 ${config.port} 已被占用 / port ${config.port} is in use: stop the other process or set PORT`);
      throw e;
    }
    // Platform events reach every process here (the live hub listens to communities only): an
    // account disabled anywhere loses its sockets and cached access on every replica.
    const platformEvents = pubsub.subscribe(PLATFORM_TOPIC)[Symbol.asyncIterator]();
    void (async () => {
      for (;;) {
        const r = await platformEvents.next().catch(() => ({ done: true as const, value: undefined }));
        if (r.done) return;
        const e = r.value as OutboxEventRecord;
        if (!ACCESS_EVENTS.has(e.type)) continue;
        accessCache.clear();
        live.memo.clear();
        if (ACCOUNT_REVOKED_EVENTS.has(e.type) && e.subjectId) app.sockets.close(e.subjectId);
      }
    })();
    cleanups.unshift(async () => platformEvents.return?.());
    consumers.kick();
    const jobs = new JobRunner(orm, registry, presets, log, { connectionString: db.url, concurrency: config.jobsConcurrency, pollInterval: config.jobsPollMs });
    if (metrics) jobs.onRun = (task, outcome, seconds) => metrics.jobRun(task, outcome, seconds);
    metrics?.bind({ orm, sockets: () => http.ws.stats(), consumerLag: () => consumers.lag() });
    const webhooks = new WebhookDispatcher(app, jobs);
    bindWebhooks(app, webhooks);
    bindNotifier(app, new Notifier(app, jobs));
    if (config.backgroundJobs) await jobs.start();
    // Reverse order: HTTP and sockets drain first (the relay still publishes what in-flight
    // mutations commit), then jobs, relay, consumers, pubsub, the pool, the embedded database.
    cleanups.unshift(() => jobs.stop());
    cleanups.unshift(() => http.close());
    let stopping: Promise<void> | null = null;
    return {
      app,
      port: http.port,
      url: `http://127.0.0.1:${http.port}`,
      demo,
      consumers,
      jobs,
      metricsPort: http.metricsPort,
      stop: () =>
        (stopping ??= (async () => {
          // HTTP takes the grace period, the socket close (≤ 1 s) and at most the drain deadline.
          // A later step still waiting past the budget (a job or a query stuck on a lock, whose
          // request the drain already cut) is left behind so the process exits in time; the
          // embedded database's stop, always run, ends such queries.
          const budgetEnd = Date.now() + config.shutdownGraceMs + config.shutdownDrainMs + 1200;
          for (const fn of cleanups) {
            const last = fn === cleanups[cleanups.length - 1] && !!db.embedded;
            const step = fn().catch((e) => log.warn({ err: (e as Error).message }, 'shutdown step failed'));
            if (last) await step;
            else if ((await withinMs(step, Math.max(budgetEnd - Date.now(), 100))) === 'late') log.warn('shutdown step did not finish in time: left behind');
          }
        })()),
    };
  } catch (e) {
    for (const fn of cleanups) await fn().catch(() => undefined);
    if (isDatabaseDown(e) && !(e instanceof StartupError)) throw new StartupError(`数据库不可用 / database unavailable: ${(e as Error).message}`);
    throw e;
  }
}
