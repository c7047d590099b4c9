// Prometheus metrics (prom-client), kept off the request path's budget: per request a histogram
// observation and at most a counter per error, nothing per row; gauges that need a look (pool,
// outbox, sockets, consumer lag) are read when /metrics is scraped. Labels are bounded: routes are
// a fixed list, GraphQL operation names are capped (the first MAX_OPERATIONS names seen, then
// `__other`), error codes and job tasks are the server's own. prom-client is loaded only when
// /metrics is served (WUSHE_METRICS_PORT or WUSHE_METRICS_TOKEN): otherwise there is no Metrics
// object and every hook is a skipped optional call.
import type { Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';

/** Distinct operation names kept as labels; later ones count as `__other`. */
export const MAX_OPERATIONS = 300;
const ROUTES = new Set(['/graphql', '/livez', '/readyz', '/metrics', '/graphiql', '/']);
const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** What a scrape reads from the running server (bound once it is up). */
export interface MetricSources {
  orm: MikroORM;
  /** Open WebSockets and their active subscriptions. */
  sockets(): { connections: number; subscriptions: number };
  /** Per event handler: seconds its oldest event not yet handled has waited (0: caught up). */
  consumerLag(): { consumer: string; seconds: number }[];
}

interface TarnPool {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

export class Metrics {
  readonly registry: Registry;
  private readonly operations = new Set<string>();
  private sources: MetricSources | null = null;
  private readonly http: Histogram<'method' | 'route' | 'status'>;
  private readonly operation: Histogram<'operation' | 'type' | 'outcome'>;
  private readonly errors: Counter<'code'>;
  private readonly fanout: Histogram;
  private readonly jobRuns: Counter<'task' | 'outcome'>;
  private readonly jobDuration: Histogram<'task'>;
  private readonly webhookDeliveries: Counter<'outcome'>;
  private readonly webhookLatency: Histogram;

  constructor(private readonly config: Config) {
    const prom = require('prom-client') as typeof import('prom-client');
    const registry = (this.registry = new prom.Registry());
    const registers = [registry];
    prom.collectDefaultMetrics({ register: registry, prefix: 'wushe_process_' });
    this.http = new prom.Histogram({
      name: 'wushe_http_request_duration_seconds',
      help: 'HTTP requests by route (a fixed list; others are "other"), method and status',
      labelNames: ['method', 'route', 'status'],
      buckets: SECONDS,
      registers,
    });
    this.operation = new prom.Histogram({
      name: 'wushe_graphql_operation_duration_seconds',
      help: `GraphQL operations over HTTP by operation name (the first ${MAX_OPERATIONS} names seen, then "__other"), type and outcome`,
      labelNames: ['operation', 'type', 'outcome'],
      buckets: SECONDS,
      registers,
    });
    this.errors = new prom.Counter({
      name: 'wushe_graphql_errors_total',
      help: 'GraphQL errors returned, by extensions.code (HTTP and WebSocket)',
      labelNames: ['code'],
      registers,
    });
    this.fanout = new prom.Histogram({
      name: 'wushe_live_fanout_seconds',
      help: 'Live delivery of one event to one class of equivalent subscribers: verdict, rendering and the socket writes',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    });
    this.jobRuns = new prom.Counter({
      name: 'wushe_job_runs_total',
      help: 'Job queue runs in this process by task and outcome (success | error: retried | failed: out of attempts)',
      labelNames: ['task', 'outcome'],
      registers,
    });
    this.jobDuration = new prom.Histogram({
      name: 'wushe_job_duration_seconds',
      help: 'Job run time by task',
      labelNames: ['task'],
      buckets: SECONDS,
      registers,
    });
    this.webhookDeliveries = new prom.Counter({
      name: 'wushe_webhook_deliveries_total',
      help: 'Webhook delivery attempts by outcome (delivered | retry | failed: endpoint disabled)',
      labelNames: ['outcome'],
      registers,
    });
    this.webhookLatency = new prom.Histogram({
      name: 'wushe_webhook_delivery_latency_seconds',
      help: 'Webhook delivery attempt latency',
      buckets: SECONDS,
      registers,
    });

    const self = this;
    const gauge = (name: string, help: string, read: (g: Gauge<string>) => void | Promise<void>, labelNames: string[] = []) =>
      new prom.Gauge({
        name,
        help,
        labelNames,
        registers,
        async collect() {
          if (self.sources === null) return;
          await read(this as unknown as Gauge<string>);
        },
      });
    const src = () => self.sources!;
    const pool = () => (src().orm.em.getConnection().getKnex().client as { pool?: TarnPool }).pool;
    gauge(
      'wushe_db_pool_connections',
      'Database pool connections by state (used | free | pending_acquire | pending_create)',
      (g) => {
        const p = pool();
        if (!p) return;
        g.set({ state: 'used' }, p.numUsed());
        g.set({ state: 'free' }, p.numFree());
        g.set({ state: 'pending_acquire' }, p.numPendingAcquires());
        g.set({ state: 'pending_create' }, p.numPendingCreates());
      },
      ['state'],
    );
    gauge('wushe_db_pool_max', 'Database pool size limit (WUSHE_DB_POOL_MAX)', (g) => g.set(self.config.dbPoolMax));
    // The outbox: rows committed but not yet numbered and published (the relay's backlog).
    let outbox: Promise<{ n: number; age: number; head: number } | null> | null = null;
    const readOutbox = () =>
      (outbox ??= src()
        .orm.em.getConnection()
        .execute(
          `select count(*)::int as n, coalesce(extract(epoch from now() - min(created_at)), 0)::float8 as age,
                  (select coalesce(max(seq), 0) from outbox_event)::float8 as head
             from outbox_event where seq is null`,
        )
        .then((r) => (r as { n: number; age: number; head: number }[])[0] ?? null)
        .catch(() => null) // database down: the scrape still answers, without these
        .finally(() => setImmediate(() => (outbox = null))));
    gauge('wushe_outbox_unpublished_events', 'Outbox rows committed but not yet published', async (g) => {
      const o = await readOutbox();
      if (o) g.set(o.n);
    });
    gauge('wushe_outbox_lag_seconds', 'Age of the oldest outbox row not yet published (0: none)', async (g) => {
      const o = await readOutbox();
      if (o) g.set(o.age);
    });
    gauge('wushe_outbox_head_seq', 'Newest published outbox cursor', async (g) => {
      const o = await readOutbox();
      if (o) g.set(o.head);
    });
    gauge(
      'wushe_event_consumer_lag_seconds',
      'Per event handler: how long its oldest event not yet handled has waited (0: caught up)',
      (g) => {
        g.reset();
        for (const { consumer, seconds } of src().consumerLag()) g.set({ consumer }, seconds);
      },
      ['consumer'],
    );
    gauge('wushe_ws_connections', 'Open WebSocket connections', (g) => g.set(src().sockets().connections));
    gauge('wushe_ws_subscriptions', 'Active GraphQL subscriptions over WebSocket', (g) => g.set(src().sockets().subscriptions));
  }

  bind(sources: MetricSources): void {
    this.sources = sources;
  }

  /** A bounded label for an operation name: anonymous, known, or `__other` past the cap. */
  operationLabel(name: string | null | undefined): string {
    if (!name) return '__anonymous';
    if (this.operations.has(name)) return name;
    if (this.operations.size >= MAX_OPERATIONS) return '__other';
    this.operations.add(name);
    return name;
  }

  httpRequest(method: string, path: string, status: number, seconds: number): void {
    this.http.observe(
      { method: method === 'GET' || method === 'POST' ? method : 'other', route: ROUTES.has(path) ? path : 'other', status: String(status) },
      seconds,
    );
  }

  graphqlOperation(operation: string, type: string, outcome: 'ok' | 'error', seconds: number): void {
    this.operation.observe({ operation, type, outcome }, seconds);
  }

  graphqlError(code: string): void {
    this.errors.inc({ code });
  }

  fanoutDone(seconds: number): void {
    this.fanout.observe(seconds);
  }

  jobRun(task: string, outcome: 'success' | 'error' | 'failed', seconds?: number): void {
    this.jobRuns.inc({ task, outcome });
    if (seconds !== undefined) this.jobDuration.observe({ task }, seconds);
  }

  webhookDelivery(outcome: 'delivered' | 'retry' | 'failed', latencyMs: number): void {
    this.webhookDeliveries.inc({ outcome });
    this.webhookLatency.observe(latencyMs / 1000);
  }
}

/** Metrics when /metrics is served (a port of its own or a token), else none (no cost, no prom-client). */
export function createMetrics(config: Config): Metrics | null {
  return config.metrics.port !== undefined || config.metrics.token ? new Metrics(config) : null;
}
