// Observability end to end: /metrics (prom-client) on a port of its own and behind a token, with
// request and operation durations by operation name, errors by code, the pool, the outbox,
// consumer lag, WebSocket connections and subscriptions, fan-out, job runs and webhook
// deliveries; one access-log line per operation without variables or personal data; the
// configuration's problems all at once and unknown WUSHE_* variables warned about; and, in a real
// `wushe serve` process, OpenTelemetry spans (http, graphql, pg) received by an OTLP/HTTP
// receiver on loopback, the banner on stderr and nothing but JSON on stdout.
import http from 'node:http';
import { spawn } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { parse } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { startTestServer, TEST_SECRET, type TestServer } from '../harness/server';
import { feed, untilFirstEvent, waitUntil } from '../harness/proc-events';
import { assertBuilt, MAIN, runCli } from '../harness/proc-spawn';
import { createTestDatabase } from '../harness/database';
import { canary, CANARY, leakIn } from '../harness/log-scan';
import { ConfigError, configWarnings, loadConfig } from '../../src/config';
import { createMetrics, MAX_OPERATIONS } from '../../src/server/metrics';

const PHONE = '13912345678';

/** A log destination that keeps each JSON line (and still lets the suite's scan see nothing leaked). */
function capture(): { lines: Record<string, unknown>[]; raw: string[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const raw: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) {
        raw.push(l);
        lines.push(JSON.parse(l));
      }
      done();
    },
  });
  return { lines, raw, stream };
}

async function gql(s: TestServer, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await s.post({ query, variables }, token ? { authorization: `Bearer ${token}` } : {});
  return res.json();
}

/** Sample values of a metric family from Prometheus text, by label string. */
function samples(text: string, name: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    const m = /^(\w+)(\{[^}]*\})? (\S+)$/.exec(line);
    if (m && m[1] === name) out.set(m[2] ?? '', Number(m[3]));
  }
  return out;
}
const sum = (m: Map<string, number>, pred: (labels: string) => boolean = () => true) => [...m].filter(([k]) => pred(k)).reduce((a, [, v]) => a + v, 0);

describe('metrics on their own port, access log', () => {
  let s: TestServer;
  let metricsUrl: string;
  const log = capture();
  const hooks: { body: string }[] = [];
  const receiver = http.createServer((req, res) => {
    let body = '';
    req
      .on('data', (d) => (body += d))
      .on('end', () => {
        hooks.push({ body });
        res.writeHead(204).end();
      });
  });
  const scrape = async () => (await fetch(metricsUrl)).text();

  beforeAll(async () => {
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    s = await startTestServer({
      demo: true,
      logDestination: log.stream,
      config: {
        logLevel: 'info',
        backgroundJobs: true,
        jobsPollMs: 100,
        metrics: { port: 0, host: '127.0.0.1' },
        webhooks: { allowPrivate: true, backoffMs: 200, backoffMaxMs: 800, retryWindowMs: 120_000, timeoutMs: 2000, rotationGraceMs: 3600_000 },
      },
    });
    metricsUrl = `http://127.0.0.1:${s.wushe.metricsPort}/metrics`;
  });
  afterAll(async () => {
    await s?.stop();
    await new Promise((r) => receiver.close(r));
  });

  test('operations, errors, sockets, fan-out, jobs, webhooks, pool, outbox and consumers are measured', async () => {
    // The main port has no /metrics when it has a port of its own.
    expect((await fetch(new URL('/metrics', s.url))).status).toBe(404);
    const token = await s.login('admin');
    const hook = await gql(
      s,
      'mutation ObsHook($input: WebhookEndpointCreateInput!) { webhookEndpointCreate(input: $input) { secret userErrors { code } } }',
      {
        input: { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hook`, description: 'metrics' },
      },
      token,
    );
    expect(hook.data.webhookEndpointCreate.userErrors).toEqual([]);
    const client = s.ws(token);
    const live = feed(
      client,
      parse('subscription ObsLive { changes(types: ["core.HouseholdCreated"]) { cursor } }') as TypedDocumentNode<{ changes: { cursor: string } }>,
    );
    let n = 0;
    const create = () =>
      gql(
        s,
        'mutation ObsCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }',
        { input: { number: `OBS-${++n}-${Date.now()}`, address: canary(`金秋小区 ${PHONE}`) } },
        token,
      );
    await untilFirstEvent(live, create);
    const sockets = await scrape();
    expect(sum(samples(sockets, 'wushe_ws_connections'))).toBeGreaterThanOrEqual(1);
    expect(sum(samples(sockets, 'wushe_ws_subscriptions'))).toBeGreaterThanOrEqual(1);
    await gql(s, 'query ObsBroken { nope }');
    await gql(s, 'query ObsHouseholds { households(first: 1) { totalCount } }', {}, token);
    await waitUntil('a webhook delivery', async () => hooks.length > 0, 10_000);
    const text = await waitUntil(
      'job and delivery metrics',
      async () => {
        const t = await scrape();
        return sum(samples(t, 'wushe_webhook_deliveries_total'), (l) => l.includes('delivered')) > 0 &&
          sum(samples(t, 'wushe_job_runs_total'), (l) => l.includes('webhooks.deliver') && l.includes('success')) > 0
          ? t
          : null;
      },
      10_000,
    );
    live.stop();
    await client.dispose();

    const ops = samples(text, 'wushe_graphql_operation_duration_seconds_count');
    expect(ops.get('{operation="ObsCreate",type="mutation",outcome="ok"}')).toBeGreaterThanOrEqual(1);
    expect(ops.get('{operation="ObsHouseholds",type="query",outcome="ok"}')).toBe(1);
    expect(ops.get('{operation="__unresolved",type="unknown",outcome="error"}')).toBeGreaterThanOrEqual(1);
    expect(samples(text, 'wushe_graphql_errors_total').get('{code="GRAPHQL_VALIDATION_FAILED"}')).toBeGreaterThanOrEqual(1);
    expect(sum(samples(text, 'wushe_http_request_duration_seconds_count'), (l) => l.includes('route="/graphql"'))).toBeGreaterThanOrEqual(4);
    expect(sum(samples(text, 'wushe_live_fanout_seconds_count'))).toBeGreaterThanOrEqual(1);
    expect(sum(samples(text, 'wushe_webhook_delivery_latency_seconds_count'))).toBeGreaterThanOrEqual(1);
    const pool = samples(text, 'wushe_db_pool_connections');
    expect([...pool.keys()].sort()).toEqual(['{state="free"}', '{state="pending_acquire"}', '{state="pending_create"}', '{state="used"}']);
    expect(samples(text, 'wushe_db_pool_max').get('')).toBe(s.wushe.app.config.dbPoolMax);
    expect(samples(text, 'wushe_outbox_head_seq').get('')).toBeGreaterThan(0);
    expect(samples(text, 'wushe_outbox_unpublished_events').has('')).toBe(true);
    expect(samples(text, 'wushe_outbox_lag_seconds').has('')).toBe(true);
    expect(samples(text, 'wushe_event_consumer_lag_seconds').has('{consumer="webhooks:*"}')).toBe(true);
    // Nothing of the variables reached a label.
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(PHONE);

    // One access-log line per HTTP operation: name, type, duration, outcome, request id, community.
    const access = log.lines.filter((l) => l.msg === 'graphql');
    const creates = access.filter((l) => l.operation === 'ObsCreate');
    expect(creates.length).toBe(n);
    expect(creates[0]).toMatchObject({ type: 'mutation', outcome: 'ok', status: 200, community: expect.any(String), requestId: expect.any(String) });
    expect(typeof creates[0]!.ms).toBe('number');
    expect(access.find((l) => l.operation === null && l.outcome === 'error')).toMatchObject({ errors: ['GRAPHQL_VALIDATION_FAILED'], status: 400 });
    expect(access.find((l) => l.operation === 'ObsLive')).toMatchObject({ type: 'subscription', outcome: 'ok', requestId: 'ws' });
    for (const raw of log.raw.filter((l) => l.includes('"msg":"graphql"'))) {
      expect(leakIn(raw)).toBeNull();
      expect(raw).not.toMatch(/variables|OBS-\d|address|accountId|login/);
    }
  });

  test('operation-name labels are bounded: past the cap every new name counts as __other', () => {
    const m = s.wushe.app.metrics!;
    const seen = new Set<string>();
    for (let i = 0; i < MAX_OPERATIONS + 50; i++) seen.add(m.operationLabel(`Flood${i}`));
    expect(seen.has('__other')).toBe(true);
    expect(seen.size).toBeLessThanOrEqual(MAX_OPERATIONS + 1);
    expect(m.operationLabel(null)).toBe('__anonymous');
  });
});

describe('metrics behind a token on the main port', () => {
  let s: TestServer;
  const TOKEN = 'metrics-token-0123456789';
  beforeAll(async () => {
    s = await startTestServer({ config: { metrics: { host: '127.0.0.1', token: TOKEN } } });
  });
  afterAll(() => s?.stop());

  test('without the token 401, with it the metrics; without any metrics setting nothing is served or loaded', async () => {
    expect((await fetch(new URL('/metrics', s.url))).status).toBe(401);
    expect((await fetch(new URL('/metrics', s.url), { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
    const res = await fetch(new URL('/metrics', s.url), { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await res.text()).toMatch(/^wushe_db_pool_max \d+$/m);
    expect(createMetrics(loadConfig({ NODE_ENV: 'test' }))).toBeNull();
  });
});

describe('configuration', () => {
  test('every problem is reported at once, one line each', () => {
    let message = '';
    try {
      loadConfig({ NODE_ENV: 'test', PORT: 'abc', WUSHE_JOBS_CONCURRENCY: '0', WUSHE_PUBSUB: 'redis', WUSHE_METRICS_TOKEN: 'short' });
    } catch (e) {
      expect(e).toBeInstanceOf(ConfigError);
      message = (e as Error).message;
    }
    const lines = message.split('\n');
    expect(lines).toHaveLength(4);
    for (const l of lines) expect(l).toMatch(/^配置错误 \/ bad configuration: /);
    expect(message).toMatch(/PORT: /);
    expect(message).toMatch(/WUSHE_JOBS_CONCURRENCY: /);
    expect(message).toMatch(/WUSHE_PUBSUB=redis needs REDIS_URL/);
    expect(message).toMatch(/WUSHE_METRICS_TOKEN: must be at least 16 characters/);
  });

  test('unknown WUSHE_* variables are warned about, with the closest known name', () => {
    const w = configWarnings({ WUSHE_JOSB: 'off', WUSHE_JOBS: 'on', WUSHE_TEST_LOG_DIR: '/tmp', WUSHE_NOTHING_LIKE_IT: '1', PATH: '/bin' });
    expect(w).toHaveLength(2);
    expect(w[0]).toMatch(/WUSHE_JOSB .*did you mean WUSHE_JOBS\?/);
    expect(w[1]).toMatch(/WUSHE_NOTHING_LIKE_IT is ignored$/);
  });
});

interface OtlpSpan {
  name: string;
  kind: number;
  attributes?: { key: string; value: Record<string, unknown> }[];
}

describe('a serve process with tracing on', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  const bodies: string[] = [];
  const otlp = http.createServer((req, res) => {
    let body = '';
    req
      .on('data', (d) => (body += d))
      .on('end', () => {
        if (req.url === '/v1/traces' && String(req.headers['content-type']).startsWith('application/json')) bodies.push(body);
        res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
      });
  });
  const spans = (): OtlpSpan[] =>
    bodies.flatMap((b) => (JSON.parse(b).resourceSpans ?? []).flatMap((r: any) => (r.scopeSpans ?? []).flatMap((s: any) => s.spans ?? [])));

  beforeAll(async () => {
    assertBuilt();
    await new Promise<void>((r) => otlp.listen(0, '127.0.0.1', r));
    db = await createTestDatabase();
    const env = { DATABASE_URL: db.url, WUSHE_JWT_SECRET: TEST_SECRET, LOG_LEVEL: 'warn' };
    await runCli(['migrate', 'up'], env);
    await runCli(['seed', '--demo'], env);
  });
  afterAll(async () => {
    await new Promise((r) => otlp.close(r));
    await db?.drop();
  });

  test('spans of http, graphql and pg reach an OTLP/HTTP receiver, without values; banner on stderr, JSON on stdout', async () => {
    const child = spawn(process.execPath, [MAIN, 'serve'], {
      env: {
        PATH: process.env.PATH,
        NODE_ENV: 'test',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        DATABASE_URL: db.url,
        WUSHE_JWT_SECRET: TEST_SECRET,
        WUSHE_DEMO: 'off',
        WUSHE_JOBS: 'off',
        WUSHE_TRACING: 'on',
        WUSHE_TRACNIG: '1',
        OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: `http://127.0.0.1:${(otlp.address() as AddressInfo).port}/v1/traces`,
        OTEL_BSP_SCHEDULE_DELAY: '100',
        OTEL_SERVICE_NAME: 'wushe-test',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout!.on('data', (d) => (stdout += d));
    child.stderr!.on('data', (d) => (stderr += d));
    try {
      const port = await waitUntil(
        'wushe ready',
        async () => {
          const ready = stdout
            .split('\n')
            .filter((l) => l.startsWith('{'))
            .map((l) => JSON.parse(l))
            .find((l) => l.msg === 'wushe ready');
          return ready?.port as number | undefined;
        },
        30_000,
      );
      const url = `http://127.0.0.1:${port}/graphql`;
      const post = async (query: string, variables: Record<string, unknown> = {}, token?: string) =>
        (
          await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
            body: JSON.stringify({ query, variables }),
          })
        ).json() as Promise<any>;
      const login = await post('mutation TraceLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }', {
        input: { login: 'admin', password: 'wushe-demo' },
      });
      const token = login.data.authLogin.accessToken as string;
      // A search value goes into SQL (inlined by the ORM): the span must carry the statement without it.
      const q = await post('query TraceSearch($q: String) { households(first: 5, search: $q) { totalCount } }', { q: PHONE }, token);
      expect(q.errors).toBeUndefined();
      await waitUntil(
        'spans of the search',
        async () =>
          spans().some((s) => s.kind === 2 && (s.attributes ?? []).some((a) => a.key === 'graphql.operation.name' && a.value.stringValue === 'TraceSearch')),
        15_000,
      );
      await waitUntil(
        'pg spans',
        async () => spans().some((s) => (s.attributes ?? []).some((a) => a.key === 'db.system' || a.key === 'db.system.name')),
        15_000,
      );
      const all = spans();
      const attr = (s: OtlpSpan, k: string) => s.attributes?.find((a) => a.key === k)?.value.stringValue;
      // http: a server span (kind 2) for the POST; graphql: parse and validate; pg: statements.
      expect(all.some((s) => s.kind === 2 && /POST/.test(s.name))).toBe(true);
      expect(all.some((s) => s.name === 'graphql.parse')).toBe(true);
      expect(all.some((s) => s.name === 'graphql.validate')).toBe(true);
      const statements = all.map((s) => attr(s, 'db.query.text') ?? attr(s, 'db.statement')).filter(Boolean) as string[];
      expect(statements.length).toBeGreaterThan(0);
      const json = bodies.join('\n');
      expect(json).not.toContain(PHONE);
      expect(json).not.toContain('wushe-demo'); // the password variable
      expect(bodies.some((b) => b.includes('wushe-test'))).toBe(true);
    } finally {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    // stdout: JSON log lines only; the banner and the warning about the unknown variable on stderr.
    for (const line of stdout.split('\n').filter(Boolean)) expect(() => JSON.parse(line)).not.toThrow();
    expect(stderr).toMatch(/五社联动 Wushe 已启动 \/ ready/);
    expect(stderr).toMatch(/unknown variable WUSHE_TRACNIG .*did you mean WUSHE_TRACING\?/);
  });
});
