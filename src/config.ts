// Environment → typed, validated configuration. Fail fast with one clear line per problem.
import path from 'node:path';
import { z } from 'zod';
import { parsePersonalDataKeys } from './schema/personal-crypto';

const bool = z.enum(['1', '0', 'true', 'false', 'yes', 'no', 'on', 'off']).transform((v) => ['1', 'true', 'yes', 'on'].includes(v));

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().url().optional(),
  WUSHE_DATA_DIR: z.string().default('.wushe'),
  WUSHE_DEMO: z.enum(['auto', 'on', 'off']).default('auto'),
  WUSHE_PUBSUB: z.enum(['memory', 'redis', 'postgres']).default('memory'),
  REDIS_URL: z.string().url().optional(),
  WUSHE_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WUSHE_PII_KEYS: z.string().optional(),
  WUSHE_PII_INDEX_KEY: z.string().optional(),
  WUSHE_ACCESS_TTL_SECONDS: z.coerce.number().int().min(30).max(86400).default(900),
  WUSHE_REFRESH_TTL_DAYS: z.coerce.number().int().min(1).max(365).default(30),
  WUSHE_PLUGINS: z.string().default(''),
  WUSHE_GRAPHIQL: bool.optional(),
  WUSHE_JOBS: bool.default(true),
  WUSHE_JOBS_CONCURRENCY: z.coerce.number().int().min(1).max(100).default(4),
  WUSHE_JOBS_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(2000),
  WUSHE_WEBHOOK_ALLOW_PRIVATE: bool.default(false),
  WUSHE_WEBHOOK_BACKOFF_MS: z.coerce.number().int().min(1).default(30_000),
  WUSHE_WEBHOOK_BACKOFF_MAX_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(6 * 3600_000),
  WUSHE_WEBHOOK_RETRY_WINDOW_MS: z.coerce
    .number()
    .int()
    .min(1)
    .default(26 * 3600_000),
  WUSHE_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WUSHE_WEBHOOK_ROTATION_GRACE_MS: z.coerce
    .number()
    .int()
    .min(0)
    .default(24 * 3600_000),
  WUSHE_GRAPHQL_JIT: bool.default(true),
  WUSHE_INTROSPECTION: bool.optional(),
  WUSHE_BODY_LIMIT: z.string().default('1mb'),
  WUSHE_WS_ORIGINS: z.string().default(''),
  WUSHE_WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1000).default(50),
  WUSHE_WS_MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(8 * 1024 * 1024),
  WUSHE_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface Config {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  /** Unset → the process starts and owns an embedded PostgreSQL. */
  databaseUrl?: string;
  dataDir: string;
  demo: 'auto' | 'on' | 'off';
  pubsub: 'memory' | 'redis' | 'postgres';
  redisUrl?: string;
  jwtSecret?: string;
  /** 身份证号/phone encryption keys, `id:key,…` newest first (WUSHE_PII_KEYS). */
  piiKeys?: string;
  /** Blind-index HMAC key (WUSHE_PII_INDEX_KEY). */
  piiIndexKey?: string;
  accessTtlSeconds: number;
  refreshTtlDays: number;
  plugins: string[];
  graphiql: boolean;
  /**
   * Run the job queue's worker (graphile-worker) in this process: the modules' cron schedules and
   * queued tasks such as webhook deliveries (WUSHE_JOBS=off: a replica that only serves).
   */
  backgroundJobs: boolean;
  /** Jobs this process runs at once (WUSHE_JOBS_CONCURRENCY). */
  jobsConcurrency: number;
  /** How often the worker looks for jobs that became due (retries, delayed jobs); new jobs arrive by LISTEN/NOTIFY. */
  jobsPollMs: number;
  /** Webhook deliveries (M35): retry schedule, timeout, secret rotation grace, private targets. */
  webhooks: {
    /** Allow target URLs on private, loopback or link-local addresses (tests, intranets). */
    allowPrivate: boolean;
    /** First retry delay; each further one doubles, up to `backoffMaxMs`. */
    backoffMs: number;
    backoffMaxMs: number;
    /** A delivery failing this long after its first attempt disables its endpoint (at least 24 h by default). */
    retryWindowMs: number;
    timeoutMs: number;
    /** After a rotation the old secret keeps signing beside the new one this long. */
    rotationGraceMs: number;
  };
  /** HTTP operations execute as compiled code (graphql-jit); off: graphql-js's interpreter. */
  graphqlJit: boolean;
  introspection: boolean;
  bodyLimit: string;
  wsOrigins: string[];
  wsMaxSubscriptions: number;
  /** Bytes queued for one socket beyond which its subscriber counts as stalled (closed with 1013). */
  wsMaxBufferedBytes: number;
  dbPoolMax: number;
  logLevel: string;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const first = parsed.error.issues[0]!;
    throw new ConfigError(`配置错误 / bad configuration: ${String(first.path[0])}: ${first.message}`);
  }
  const e = parsed.data;
  const dev = e.NODE_ENV !== 'production';
  if (e.WUSHE_PUBSUB === 'redis' && !e.REDIS_URL) {
    throw new ConfigError('配置错误 / bad configuration: WUSHE_PUBSUB=redis needs REDIS_URL');
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !e.WUSHE_JWT_SECRET) {
    throw new ConfigError('配置错误 / bad configuration: WUSHE_JWT_SECRET is required in production');
  }
  if (e.NODE_ENV === 'production' && e.DATABASE_URL && !(e.WUSHE_PII_KEYS && e.WUSHE_PII_INDEX_KEY)) {
    throw new ConfigError('配置错误 / bad configuration: WUSHE_PII_KEYS and WUSHE_PII_INDEX_KEY (身份证号/手机号 encryption keys) are required in production');
  }
  if (!!e.WUSHE_PII_KEYS !== !!e.WUSHE_PII_INDEX_KEY) {
    throw new ConfigError('配置错误 / bad configuration: set WUSHE_PII_KEYS and WUSHE_PII_INDEX_KEY together');
  }
  if (e.WUSHE_PII_KEYS) {
    try {
      parsePersonalDataKeys(e.WUSHE_PII_KEYS, e.WUSHE_PII_INDEX_KEY!);
    } catch (err) {
      throw new ConfigError(`配置错误 / bad configuration: ${(err as Error).message}`);
    }
  }
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: path.resolve(e.WUSHE_DATA_DIR),
    demo: e.WUSHE_DEMO,
    pubsub: e.WUSHE_PUBSUB,
    redisUrl: e.REDIS_URL,
    jwtSecret: e.WUSHE_JWT_SECRET,
    piiKeys: e.WUSHE_PII_KEYS,
    piiIndexKey: e.WUSHE_PII_INDEX_KEY,
    accessTtlSeconds: e.WUSHE_ACCESS_TTL_SECONDS,
    refreshTtlDays: e.WUSHE_REFRESH_TTL_DAYS,
    plugins: e.WUSHE_PLUGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    graphiql: e.WUSHE_GRAPHIQL ?? dev,
    backgroundJobs: e.WUSHE_JOBS,
    jobsConcurrency: e.WUSHE_JOBS_CONCURRENCY,
    jobsPollMs: e.WUSHE_JOBS_POLL_MS,
    webhooks: {
      allowPrivate: e.WUSHE_WEBHOOK_ALLOW_PRIVATE,
      backoffMs: e.WUSHE_WEBHOOK_BACKOFF_MS,
      backoffMaxMs: e.WUSHE_WEBHOOK_BACKOFF_MAX_MS,
      retryWindowMs: e.WUSHE_WEBHOOK_RETRY_WINDOW_MS,
      timeoutMs: e.WUSHE_WEBHOOK_TIMEOUT_MS,
      rotationGraceMs: e.WUSHE_WEBHOOK_ROTATION_GRACE_MS,
    },
    graphqlJit: e.WUSHE_GRAPHQL_JIT,
    introspection: e.WUSHE_INTROSPECTION ?? dev,
    bodyLimit: e.WUSHE_BODY_LIMIT,
    wsOrigins: e.WUSHE_WS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    wsMaxSubscriptions: e.WUSHE_WS_MAX_SUBSCRIPTIONS,
    wsMaxBufferedBytes: e.WUSHE_WS_MAX_BUFFERED_BYTES,
    dbPoolMax: e.WUSHE_DB_POOL_MAX,
    logLevel: e.NODE_ENV === 'test' && !env.LOG_LEVEL ? 'warn' : e.LOG_LEVEL,
    ...overrides,
  };
}
