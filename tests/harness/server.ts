// Starts a real Wushe server (HTTP + graphql-ws on a free port) on a fresh database, with a
// typed GraphQL client. Nothing is mocked.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { print, type ExecutionResult } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import pino from 'pino';
import { loadConfig, type Config } from '../../src/config';
import { startWushe, openOrm, type Wushe } from '../../src/server/boot';
import { migrateUp } from '../../src/db/migrator';
import { createRegistry } from '../../src/plugins/loader';
import { seedDemo } from '../../src/db/seed';
import { PresetCatalog } from '../../src/plugins/presets';
import { PRESETS_DIR } from '../../src/server/boot';
import type { WusheModule } from '../../src/plugins/module-contract';
import type { StrategyOverride } from '../../src/plugins/strategies';
import { createTestDatabase } from './database';
import { ensureTemplate, templateName } from './template';
import { setPasswordHashing } from '../../src/schema/identity/password.service';
import { createLogger } from '../../src/server/logger';
import { suiteLogFile } from './log-scan';
import { DEMO, FIRST_PARTY } from '../../src/modules';

export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123456789';

export interface GqlOptions {
  token?: string | null;
  headers?: Record<string, string>;
}

export interface TestServer {
  url: string;
  wsUrl: string;
  databaseUrl: string;
  wushe: Wushe;
  /** Runs a typed operation; returns the whole result (data and errors). */
  gql<R, V>(doc: TypedDocumentNode<R, V>, variables?: V, opts?: GqlOptions): Promise<ExecutionResult<R>>;
  /** Raw POST for malformed-input tests. */
  post(body: unknown, headers?: Record<string, string>): Promise<Response>;
  /** An access token; `community` signs in to that community (default: the login's first). */
  login(login: string, password?: string, community?: string): Promise<string>;
  ws(token?: string | null, extra?: Record<string, unknown>): WsClient;
  /**
   * Runs `fn` with these strategies replaced on this server only (another server, even on the same
   * database, keeps its own), then puts back the ones in effect before.
   */
  withStrategies<T>(overrides: StrategyOverride[], fn: () => Promise<T>): Promise<T>;
  stop(): Promise<void>;
}

export interface TestServerOptions {
  /** true: the demo community as the suites' base (people, households, grid); 'full': everything `npm start` loads (linked logins, requests, ledgers, council). */
  demo?: boolean | 'full';
  modules?: WusheModule[];
  config?: Partial<Config>;
  /** Reuse an existing database instead of creating one (two servers on one database). */
  databaseUrl?: string;
  /** Send the server's logs (the real redacting logger, at config.logLevel) to this stream. */
  logDestination?: pino.DestinationStream;
  /** Strategies replaced on this server for its whole life, e.g. the naive paths of tests/<module>/<module>.naive.ts. */
  strategies?: StrategyOverride[];
}

export async function startTestServer(opts: TestServerOptions = {}): Promise<TestServer> {
  const modules = [...FIRST_PARTY, ...(opts.modules ?? [])];
  const configFor = (databaseUrl: string) =>
    loadConfig(
      {
        NODE_ENV: 'test',
        DATABASE_URL: databaseUrl,
        PORT: '0',
        HOST: '127.0.0.1',
        WUSHE_JWT_SECRET: TEST_SECRET,
        LOG_LEVEL: process.env.LOG_LEVEL ?? 'error',
        // Uploaded photos of a test server go to a folder of its own (created on the first upload).
        WUSHE_STORAGE_DIR: path.join(os.tmpdir(), `wushe-test-uploads-${randomUUID()}`),
        // Cheap password hashes: the suite signs in thousands of times, at ~130 ms each with the
        // production cost. The code path is the same; tests/platform/password-cost.test.ts checks
        // the production defaults.
        WUSHE_ARGON2_MEMORY_KIB: '4096',
        WUSHE_ARGON2_TIME_COST: '1',
        WUSHE_ARGON2_PARALLELISM: '1',
      },
      // No job worker: a cron sweep firing mid-test would write events a test did not cause; tests run jobs
      // explicitly (or start the worker with `config: { backgroundJobs: true }`).
      { graphiql: true, introspection: true, backgroundJobs: false, ...opts.config },
    );
  const db = opts.databaseUrl
    ? { url: opts.databaseUrl, drop: async () => undefined }
    : await createTestDatabase(await migratedTemplate(modules, opts.demo ?? false, configFor));
  const config = configFor(db.url);
  // Every server logs through the real (scrubbing) logger; without a destination of the test's
  // own, at debug level into the run's log folder, which globalTeardown scans for personal data.
  const logFile = suiteLogFile('server');
  const log = opts.logDestination
    ? createLogger(config.logLevel, opts.logDestination)
    : logFile
      ? createLogger(process.env.LOG_LEVEL ?? 'debug', pino.destination({ dest: logFile, sync: true }))
      : createLogger(config.logLevel);
  const wushe = await startWushe({ ...config, demo: 'off' }, log, { modules, demo: DEMO });
  if (opts.strategies?.length) wushe.app.registry.strategies.override(opts.strategies);
  const url = `http://127.0.0.1:${wushe.port}/graphql`;
  const wsUrl = `ws://127.0.0.1:${wushe.port}/graphql`;
  const clients: WsClient[] = [];

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  const server: TestServer = {
    url,
    wsUrl,
    databaseUrl: db.url,
    wushe,
    async gql(doc, variables, o = {}) {
      const headers: Record<string, string> = { ...o.headers };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      const res = await post({ query: print(doc), variables }, headers);
      return (await res.json()) as any;
    },
    post,
    async login(login, password = 'wushe-demo', community) {
      const res = await post({
        query: 'mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken userErrors { code } } }',
        variables: { i: { login, password, ...(community ? { community } : {}) } },
      });
      const body = (await res.json()) as any;
      const token = body.data?.authLogin?.accessToken;
      if (!token) throw new Error(`login ${login} failed: ${JSON.stringify(body)}`);
      return token;
    },
    ws(token, extra = {}) {
      const client = createClient({
        url: wsUrl,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        connectionParams: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...extra },
      });
      clients.push(client);
      return client;
    },
    async withStrategies(overrides, fn) {
      const restore = wushe.app.registry.strategies.override(overrides);
      try {
        return await fn();
      } finally {
        restore();
      }
    },
    async stop() {
      await Promise.all(clients.map((c) => c.dispose()));
      await wushe.stop();
      await db.drop();
      // The photos of this server (its own temporary folder, or one a test passed in).
      if (config.storage.dir.startsWith(os.tmpdir())) await fs.rm(config.storage.dir, { recursive: true, force: true });
    },
  };
  return server;
}

/**
 * The run's template database for these modules' migrations (and the demo, if asked): built once
 * per run by whichever worker needs it first, then copied for every server (see template.ts).
 */
async function migratedTemplate(modules: WusheModule[], demo: NonNullable<TestServerOptions['demo']>, configFor: (url: string) => Config): Promise<string> {
  const registry = createRegistry(modules, configFor('postgres://unused/unused').plugins);
  const content = [...registry.migrations().map((m) => m.name), `demo=${demo}`].join('\n');
  return ensureTemplate(templateName(content), async (url) => {
    const config = configFor(url);
    setPasswordHashing(config.passwordHashing); // the demo's logins are hashed here, before any server starts
    const built = createRegistry(modules, config.plugins);
    const orm = await openOrm(url, config, built);
    try {
      await migrateUp(orm);
      if (demo) await seedDemo(orm, built, new PresetCatalog(built, PRESETS_DIR), DEMO, { records: demo === 'full' });
    } finally {
      await orm.close(true);
    }
  });
}

/** Collects events of a subscription until `count` arrived or `timeoutMs` passed. */
export function collect<T = any>(
  client: WsClient,
  query: string,
  variables: Record<string, unknown> = {},
): {
  events: ExecutionResult<T>[];
  waitFor(n: number, timeoutMs?: number): Promise<ExecutionResult<T>[]>;
  stop(): void;
} {
  const events: ExecutionResult<T>[] = [];
  let wake: (() => void) | null = null;
  const unsubscribe = client.subscribe<T>(
    { query, variables },
    {
      next: (v) => {
        events.push(v as ExecutionResult<T>);
        wake?.();
      },
      error: (e) => {
        events.push({ errors: [e as any] } as any);
        wake?.();
      },
      complete: () => undefined,
    },
  );
  return {
    events,
    async waitFor(n, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      while (events.length < n && Date.now() < deadline) {
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, 50);
        });
      }
      return events;
    },
    stop: unsubscribe,
  };
}
