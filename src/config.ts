// Environment → typed, validated configuration. Fail fast with one clear line per problem.
import leven from 'leven';
import path from 'node:path';
import { z } from 'zod';
import { parsePersonalDataKeys } from './schema/personal-crypto';
import type { PasswordHashing } from './schema/identity/password.service';
import type { WechatConfig } from './plugins/notifications/channels/wechat.adapter';
import type { TencentSmsConfig } from './plugins/notifications/channels/tencent-sms.adapter';

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
  // argon2id cost of new password hashes (a stored hash keeps the cost it was made with).
  WUSHE_ARGON2_MEMORY_KIB: z.coerce.number().int().min(1024).max(4_194_304).default(65_536),
  WUSHE_ARGON2_TIME_COST: z.coerce.number().int().min(1).max(20).default(3),
  WUSHE_ARGON2_PARALLELISM: z.coerce.number().int().min(1).max(16).default(4),
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
  WUSHE_NOTIFY_CHANNELS: z.string().default(''),
  WUSHE_NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  WUSHE_NOTIFY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  WUSHE_WECHAT_APPID: z.string().optional(),
  WUSHE_WECHAT_SECRET: z.string().optional(),
  WUSHE_WECHAT_TEMPLATE_ID: z.string().optional(),
  WUSHE_WECHAT_TEMPLATE_FIELDS: z.string().default('thing1:title,thing2:body,time3:time'),
  WUSHE_WECHAT_PAGE: z.string().default('pages/notifications/index'),
  WUSHE_WECHAT_STATE: z.enum(['formal', 'trial', 'developer']).default('formal'),
  WUSHE_WECHAT_API_BASE: z.string().url().default('https://api.weixin.qq.com'),
  WUSHE_SMS_TENCENT_SECRET_ID: z.string().optional(),
  WUSHE_SMS_TENCENT_SECRET_KEY: z.string().optional(),
  WUSHE_SMS_TENCENT_APP_ID: z.string().optional(),
  WUSHE_SMS_TENCENT_SIGN_NAME: z.string().optional(),
  WUSHE_SMS_TENCENT_TEMPLATE_ID: z.string().optional(),
  WUSHE_SMS_TENCENT_REGION: z.string().default('ap-guangzhou'),
  WUSHE_SMS_TENCENT_ENDPOINT: z.string().url().default('https://sms.tencentcloudapi.com'),
  WUSHE_GRAPHQL_JIT: bool.default(true),
  WUSHE_INTROSPECTION: bool.optional(),
  WUSHE_BODY_LIMIT: z.string().default('1mb'),
  WUSHE_CORS_ORIGINS: z.string().optional(),
  // Replaced by WUSHE_CORS_ORIGINS (one list for HTTP and WebSocket); refused below so a
  // deployment that relied on it does not silently change behaviour.
  WUSHE_WS_ORIGINS: z.string().optional(),
  WUSHE_WS_MAX_SUBSCRIPTIONS: z.coerce.number().int().min(1).max(1000).default(50),
  WUSHE_WS_MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .min(1)
    .default(8 * 1024 * 1024),
  WUSHE_DB_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  WUSHE_SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(10_000).optional(),
  WUSHE_SHUTDOWN_DRAIN_MS: z.coerce.number().int().min(100).max(10_000).default(6000),
  WUSHE_TRUST_PROXY: z.string().default(''),
  WUSHE_LOGIN_THROTTLE_STORE: z.enum(['auto', 'redis', 'postgres', 'memory']).default('auto'),
  WUSHE_LOGIN_MAX_CONSECUTIVE_FAILS: z.coerce.number().int().min(1).max(1000).default(10),
  WUSHE_LOGIN_BLOCK_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(86400 * 30)
    .default(900),
  WUSHE_LOGIN_MAX_FAILS_PER_ACCOUNT_HOUR: z.coerce.number().int().min(0).max(100_000).default(100),
  WUSHE_LOGIN_MAX_FAILS_PER_IP_DAY: z.coerce.number().int().min(0).max(1_000_000).default(200),
  WUSHE_RATE_LIMIT_ACCOUNT: z.coerce.number().int().min(0).max(10_000_000).optional(),
  WUSHE_RATE_LIMIT_API_KEY: z.coerce.number().int().min(0).max(10_000_000).optional(),
  WUSHE_RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).max(86400).default(60),
  WUSHE_RATE_LIMIT_STORE: z.enum(['auto', 'redis', 'postgres', 'memory']).default('auto'),
  WUSHE_HASH_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  WUSHE_HASH_QUEUE: z.coerce.number().int().min(0).max(10_000).default(32),
  WUSHE_STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  WUSHE_STORAGE_DIR: z.string().optional(),
  WUSHE_STORAGE_PUBLIC_URL: z.string().url().optional(),
  WUSHE_STORAGE_MAX_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .max(100 * 1024 * 1024)
    .default(10 * 1024 * 1024),
  WUSHE_STORAGE_MAX_PIXELS: z.coerce.number().int().min(10_000).max(268_402_689).default(40_000_000),
  WUSHE_STORAGE_URL_TTL_SECONDS: z.coerce.number().int().min(1).max(86400).default(300),
  WUSHE_STORAGE_SLOT_TTL_SECONDS: z.coerce.number().int().min(10).max(86400).default(900),
  WUSHE_STORAGE_S3_ENDPOINT: z.string().url().optional(),
  WUSHE_STORAGE_S3_REGION: z.string().default('us-east-1'),
  WUSHE_STORAGE_S3_BUCKET: z.string().optional(),
  WUSHE_STORAGE_S3_ACCESS_KEY_ID: z.string().optional(),
  WUSHE_STORAGE_S3_SECRET_ACCESS_KEY: z.string().optional(),
  WUSHE_STORAGE_S3_FORCE_PATH_STYLE: bool.default(true),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WUSHE_ACCESS_LOG: bool.default(true),
  WUSHE_METRICS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  WUSHE_METRICS_HOST: z.string().default('127.0.0.1'),
  WUSHE_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  // Read before anything else loads (src/tracing.ts); listed here so it is validated and known.
  WUSHE_TRACING: bool.default(false),
});

/** WUSHE_* variables read outside this schema (the test harness's own). */
const OTHER_KNOWN = new Set(['WUSHE_TEST_LOG_DIR']);

/**
 * Warnings about the environment: a `WUSHE_*` variable nobody reads is most often a typo, whose
 * setting then silently does not apply (with the closest known name when one is near).
 */
export function configWarnings(env: NodeJS.ProcessEnv = process.env): string[] {
  const known = Object.keys(schema.shape).filter((k) => k.startsWith('WUSHE_'));
  return Object.keys(env)
    .filter((k) => k.startsWith('WUSHE_') && !(k in schema.shape) && !OTHER_KNOWN.has(k))
    .sort()
    .map((k) => {
      const near = known.map((n) => [n, leven(k, n)] as const).sort((a, b) => a[1] - b[1])[0];
      return `未知的配置项 / unknown variable ${k} is ignored${near && near[1] <= 3 ? ` (did you mean ${near[0]}?)` : ''}`;
    });
}

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
  /** argon2id cost of new password hashes (WUSHE_ARGON2_*); production refuses less than OWASP's floor. */
  passwordHashing: PasswordHashing;
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
  /** Notifications beyond in-app (WUSHE_NOTIFY_*, WUSHE_WECHAT_*, WUSHE_SMS_TENCENT_*; docs/integrations.md). */
  notifications: NotificationConfig;
  /** HTTP operations execute as compiled code (graphql-jit); off: graphql-js's interpreter. */
  graphqlJit: boolean;
  introspection: boolean;
  bodyLimit: string;
  /** Browser origins allowed by CORS and by the WebSocket handshake (WUSHE_CORS_ORIGINS); see originAllowed. */
  corsOrigins: OriginList;
  wsMaxSubscriptions: number;
  /** Bytes queued for one socket beyond which its subscriber counts as stalled (closed with 1013). */
  wsMaxBufferedBytes: number;
  dbPoolMax: number;
  /**
   * After SIGTERM/SIGINT: how long /readyz answers 503 while the server still accepts and serves,
   * so a load balancer stops routing here first (production 5 s, else 0).
   */
  shutdownGraceMs: number;
  /** Then: how long in-flight HTTP operations may take to finish before their connections are cut. */
  shutdownDrainMs: number;
  /**
   * Which proxies' X-Forwarded-For is believed for the client's address (express `trust proxy`):
   * false (default: the socket's peer, which a client cannot spoof), true, a hop count, or a list
   * of addresses/subnets such as `loopback, 10.0.0.0/8`.
   */
  trustProxy: boolean | number | string[];
  /** Throttling of credential checks (login, refresh token, API key) and the bound on password hashing. */
  login: LoginLimits;
  /** Request budgets of signed-in accounts and API keys (GraphQL over HTTP and module routes). */
  rateLimit: RateLimits;
  /** Photos and attachments (上传): where the bytes live and the limits on them. */
  storage: StorageConfig;
  logLevel: string;
  /** One log line per GraphQL operation (name, duration, outcome, request id, community). */
  accessLog: boolean;
  /**
   * `/metrics` (Prometheus): on its own listener when `port` is set (bound to `host`, 127.0.0.1 by
   * default), else on the main port only when `token` is set (`Authorization: Bearer <token>`);
   * neither: not served. A token set with a port is required there too.
   */
  metrics: { port?: number; host: string; token?: string };
  /** OpenTelemetry tracing (OTLP/HTTP; the exporter reads the standard OTEL_* variables). */
  tracing: boolean;
}

export interface StorageConfig {
  /** `local`: files under `dir`; `s3`: an S3-compatible bucket (MinIO, COS, OSS …). */
  driver: 'local' | 's3';
  /** Local driver's folder (default `<WUSHE_DATA_DIR>/uploads`). */
  dir: string;
  /** Base of the URLs the server signs for its own upload/download routes (default: the request's own origin). */
  publicUrl?: string;
  /** Largest accepted upload, in bytes. */
  maxBytes: number;
  /** Largest accepted image, in pixels (width × height): a decompression bomb is refused before decoding. */
  maxPixels: number;
  /** How long a signed download URL works. */
  urlTtlSeconds: number;
  /** How long an upload slot takes bytes and waits to be attached. */
  slotTtlSeconds: number;
  s3?: { endpoint?: string; region: string; bucket: string; accessKeyId?: string; secretAccessKey?: string; forcePathStyle: boolean };
}

export interface LoginLimits {
  /** Where failure counters live: `auto` = Redis when REDIS_URL is set, else PostgreSQL (shared by replicas). */
  store: 'auto' | 'redis' | 'postgres' | 'memory';
  /** Wrong passwords in a row for one login from one address before it is blocked (a success resets). */
  maxConsecutiveFails: number;
  /** How long a login (from that address, or from everywhere) stays blocked. */
  blockSeconds: number;
  /** Wrong passwords for one login from any address within an hour before it is blocked; 0: off. */
  maxFailsPerAccountHour: number;
  /** Failed credential checks (passwords, refresh tokens, API keys) from one address in a day before it is blocked for a day; 0: off. */
  maxFailsPerIpDay: number;
  /** Password hashes (argon2, 64 MiB each) computed at once by this process. */
  hashConcurrency: number;
  /** Hashes waiting for a slot before more logins are refused (LOGIN_BUSY) instead of queued. */
  hashQueue: number;
}

export interface NotificationConfig {
  /** Attempts of one delivery before it is FAILED (the job queue backs off between them). */
  maxAttempts: number;
  /** WeChat subscription messages (WUSHE_NOTIFY_CHANNELS contains `wechat`). */
  wechat: WechatConfig | null;
  /** Tencent Cloud SMS (WUSHE_NOTIFY_CHANNELS contains `sms`). */
  sms: TencentSmsConfig | null;
}

export interface RateLimits {
  /** Where the counters live, as for the login throttle: `auto` = Redis when REDIS_URL is set, else PostgreSQL. */
  store: 'auto' | 'redis' | 'postgres' | 'memory';
  /** Requests one signed-in account (all its tokens together) may make per window; 0: no budget. */
  accountRequests: number;
  /** Requests one API key may make per window; 0: no budget. */
  apiKeyRequests: number;
  windowSeconds: number;
}

export class ConfigError extends Error {}

function notificationConfig(e: z.infer<typeof schema>): NotificationConfig {
  const channels = e.WUSHE_NOTIFY_CHANNELS.split(',')
    .map((x) => x.trim())
    .filter(Boolean);
  for (const c of channels)
    if (c !== 'wechat' && c !== 'sms') throw new ConfigError(`配置错误 / bad configuration: WUSHE_NOTIFY_CHANNELS: unknown channel "${c}" (wechat, sms)`);
  const need = (channel: string, vars: Record<string, string | undefined>) => {
    const missing = Object.entries(vars).filter(([, v]) => !v);
    if (missing.length) throw new ConfigError(`配置错误 / bad configuration: channel ${channel} needs ${missing.map(([k]) => k).join(', ')}`);
  };
  let wechat: WechatConfig | null = null;
  if (channels.includes('wechat')) {
    need('wechat', {
      WUSHE_WECHAT_APPID: e.WUSHE_WECHAT_APPID,
      WUSHE_WECHAT_SECRET: e.WUSHE_WECHAT_SECRET,
      WUSHE_WECHAT_TEMPLATE_ID: e.WUSHE_WECHAT_TEMPLATE_ID,
    });
    const fields: WechatConfig['fields'] = {};
    for (const pair of e.WUSHE_WECHAT_TEMPLATE_FIELDS.split(',')) {
      const [k, v] = pair.split(':').map((x) => x.trim());
      if (!k || !/^[a-z_]+\d+$/.test(k) || (v !== 'title' && v !== 'body' && v !== 'time'))
        throw new ConfigError(`配置错误 / bad configuration: WUSHE_WECHAT_TEMPLATE_FIELDS: "${pair}" is not keyword:title|body|time (e.g. thing1:title)`);
      fields[k] = v;
    }
    wechat = {
      appId: e.WUSHE_WECHAT_APPID!,
      secret: e.WUSHE_WECHAT_SECRET!,
      templateId: e.WUSHE_WECHAT_TEMPLATE_ID!,
      fields,
      page: e.WUSHE_WECHAT_PAGE,
      state: e.WUSHE_WECHAT_STATE,
      apiBase: e.WUSHE_WECHAT_API_BASE.replace(/\/$/, ''),
      timeoutMs: e.WUSHE_NOTIFY_TIMEOUT_MS,
    };
  }
  let sms: TencentSmsConfig | null = null;
  if (channels.includes('sms')) {
    need('sms', {
      WUSHE_SMS_TENCENT_SECRET_ID: e.WUSHE_SMS_TENCENT_SECRET_ID,
      WUSHE_SMS_TENCENT_SECRET_KEY: e.WUSHE_SMS_TENCENT_SECRET_KEY,
      WUSHE_SMS_TENCENT_APP_ID: e.WUSHE_SMS_TENCENT_APP_ID,
      WUSHE_SMS_TENCENT_SIGN_NAME: e.WUSHE_SMS_TENCENT_SIGN_NAME,
      WUSHE_SMS_TENCENT_TEMPLATE_ID: e.WUSHE_SMS_TENCENT_TEMPLATE_ID,
    });
    sms = {
      secretId: e.WUSHE_SMS_TENCENT_SECRET_ID!,
      secretKey: e.WUSHE_SMS_TENCENT_SECRET_KEY!,
      sdkAppId: e.WUSHE_SMS_TENCENT_APP_ID!,
      signName: e.WUSHE_SMS_TENCENT_SIGN_NAME!,
      templateId: e.WUSHE_SMS_TENCENT_TEMPLATE_ID!,
      region: e.WUSHE_SMS_TENCENT_REGION,
      endpoint: e.WUSHE_SMS_TENCENT_ENDPOINT,
      timeoutMs: e.WUSHE_NOTIFY_TIMEOUT_MS,
    };
  }
  return { maxAttempts: e.WUSHE_NOTIFY_MAX_ATTEMPTS, wechat, sms };
}

const PREFIX = '配置错误 / bad configuration: ';

/**
 * Which browser origins may call the API (CORS) and open its WebSocket: `any`, or exact origins
 * (`https://board.example.org`) plus, when `localhost` is set, http(s) on localhost, 127.0.0.1 and
 * [::1] on any port (the development default: a front end's dev server runs on its own port).
 */
export type OriginList = { any: true } | { any?: false; exact: string[]; localhost: boolean };

const LOCALHOST_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** The one answer to "may this origin talk to us": CORS headers and WebSocket handshakes both ask it. */
export function originAllowed(list: OriginList, origin: string): boolean {
  if (list.any) return true;
  return list.exact.includes(origin) || (list.localhost && LOCALHOST_ORIGIN.test(origin));
}

/** WUSHE_CORS_ORIGINS: `*`, or comma-separated origins (scheme://host[:port], no path); unset → the environment's default. */
function parseOrigins(raw: string | undefined, dev: boolean): OriginList {
  if (raw === undefined) return { exact: [], localhost: dev };
  const items = raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (items.includes('*')) {
    if (items.length > 1) throw new ConfigError('配置错误 / bad configuration: WUSHE_CORS_ORIGINS: `*` cannot be combined with origins');
    return { any: true };
  }
  for (const item of items) {
    let normalised: string | undefined;
    try {
      normalised = new URL(item).origin;
    } catch {
      normalised = undefined;
    }
    // Browsers send the origin serialised (lower-case host, no default port, no trailing slash).
    if (normalised !== item) {
      throw new ConfigError(
        `配置错误 / bad configuration: WUSHE_CORS_ORIGINS: "${item}" is not an origin (scheme://host[:port]${normalised && normalised !== 'null' ? `, e.g. ${normalised}` : ''})`,
      );
    }
  }
  return { exact: items, localhost: false };
}

function parseTrustProxy(v: string): Config['trustProxy'] {
  const t = v.trim().toLowerCase();
  if (['', '0', 'false', 'no', 'off'].includes(t)) return false;
  if (['true', 'yes', 'on'].includes(t)) return true;
  if (/^\d+$/.test(t)) return Number(t);
  return t
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  // Every problem at once, one line each: an operator fixes them in one round, not one per start.
  const problems: string[] = [];
  const values: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(schema.shape)) {
    const r = (field as z.ZodType).safeParse(env[key]);
    if (r.success) values[key] = r.data;
    else problems.push(`${key}: ${r.error.issues[0]!.message}`);
  }
  const v = values as Partial<z.infer<typeof schema>>;
  const dev = v.NODE_ENV !== 'production';
  const check = (ok: unknown, message: string) => void (ok || problems.push(message));
  check(v.WUSHE_WS_ORIGINS === undefined, 'WUSHE_WS_ORIGINS was replaced by WUSHE_CORS_ORIGINS (one allow-list for HTTP and WebSocket)');
  let corsOrigins: OriginList = { exact: [], localhost: dev };
  try {
    corsOrigins = parseOrigins(v.WUSHE_CORS_ORIGINS, dev);
  } catch (err) {
    problems.push((err as Error).message.replace(PREFIX, ''));
  }
  check(!(v.WUSHE_PUBSUB === 'redis' && !v.REDIS_URL), 'WUSHE_PUBSUB=redis needs REDIS_URL');
  check(!(v.NODE_ENV === 'production' && v.DATABASE_URL && !v.WUSHE_JWT_SECRET), 'WUSHE_JWT_SECRET is required in production');
  check(
    !(v.NODE_ENV === 'production' && v.DATABASE_URL && !(v.WUSHE_PII_KEYS && v.WUSHE_PII_INDEX_KEY)),
    'WUSHE_PII_KEYS and WUSHE_PII_INDEX_KEY (身份证号/手机号 encryption keys) are required in production',
  );
  const shutdownGraceMs = v.WUSHE_SHUTDOWN_GRACE_MS ?? (v.NODE_ENV === 'production' ? 5000 : 0);
  // The CLI forces an exit 14 s after the signal; grace and drain must leave time to close the
  // sockets and stop the database within the 15 s an orchestrator waits before SIGKILL.
  check(shutdownGraceMs + (v.WUSHE_SHUTDOWN_DRAIN_MS ?? 0) <= 11_000, 'WUSHE_SHUTDOWN_GRACE_MS + WUSHE_SHUTDOWN_DRAIN_MS must not exceed 11000');
  check(!!v.WUSHE_PII_KEYS === !!v.WUSHE_PII_INDEX_KEY, 'set WUSHE_PII_KEYS and WUSHE_PII_INDEX_KEY together');
  check(
    v.NODE_ENV !== 'production' || ((v.WUSHE_ARGON2_MEMORY_KIB ?? 65_536) >= 19_456 && (v.WUSHE_ARGON2_TIME_COST ?? 3) >= 2),
    'WUSHE_ARGON2_MEMORY_KIB ≥ 19456 and WUSHE_ARGON2_TIME_COST ≥ 2 in production (OWASP minimum for argon2id)',
  );
  check(!(v.WUSHE_RATE_LIMIT_STORE === 'redis' && !v.REDIS_URL), 'WUSHE_RATE_LIMIT_STORE=redis needs REDIS_URL');
  check(!(v.WUSHE_LOGIN_THROTTLE_STORE === 'redis' && !v.REDIS_URL), 'WUSHE_LOGIN_THROTTLE_STORE=redis needs REDIS_URL');
  check(v.WUSHE_METRICS_PORT === undefined || v.WUSHE_METRICS_PORT !== v.PORT || v.PORT === 0, 'WUSHE_METRICS_PORT must differ from PORT');
  if (v.WUSHE_PII_KEYS && v.WUSHE_PII_INDEX_KEY) {
    try {
      parsePersonalDataKeys(v.WUSHE_PII_KEYS, v.WUSHE_PII_INDEX_KEY);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  check(!(v.WUSHE_STORAGE_DRIVER === 's3' && !v.WUSHE_STORAGE_S3_BUCKET), 'WUSHE_STORAGE_DRIVER=s3 needs WUSHE_STORAGE_S3_BUCKET');
  check(
    !!v.WUSHE_STORAGE_S3_ACCESS_KEY_ID === !!v.WUSHE_STORAGE_S3_SECRET_ACCESS_KEY,
    'set WUSHE_STORAGE_S3_ACCESS_KEY_ID and WUSHE_STORAGE_S3_SECRET_ACCESS_KEY together',
  );
  if (problems.length) throw new ConfigError(problems.map((p) => `${PREFIX}${p}`).join('\n'));
  const e = schema.parse(env);
  const dataDir = path.resolve(e.WUSHE_DATA_DIR);
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir,
    demo: e.WUSHE_DEMO,
    pubsub: e.WUSHE_PUBSUB,
    redisUrl: e.REDIS_URL,
    jwtSecret: e.WUSHE_JWT_SECRET,
    piiKeys: e.WUSHE_PII_KEYS,
    piiIndexKey: e.WUSHE_PII_INDEX_KEY,
    accessTtlSeconds: e.WUSHE_ACCESS_TTL_SECONDS,
    refreshTtlDays: e.WUSHE_REFRESH_TTL_DAYS,
    passwordHashing: { memoryCost: e.WUSHE_ARGON2_MEMORY_KIB, timeCost: e.WUSHE_ARGON2_TIME_COST, parallelism: e.WUSHE_ARGON2_PARALLELISM },
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
    notifications: notificationConfig(e),
    graphqlJit: e.WUSHE_GRAPHQL_JIT,
    introspection: e.WUSHE_INTROSPECTION ?? dev,
    bodyLimit: e.WUSHE_BODY_LIMIT,
    corsOrigins,
    wsMaxSubscriptions: e.WUSHE_WS_MAX_SUBSCRIPTIONS,
    wsMaxBufferedBytes: e.WUSHE_WS_MAX_BUFFERED_BYTES,
    dbPoolMax: e.WUSHE_DB_POOL_MAX,
    shutdownGraceMs,
    shutdownDrainMs: e.WUSHE_SHUTDOWN_DRAIN_MS,
    trustProxy: parseTrustProxy(e.WUSHE_TRUST_PROXY),
    login: {
      store: e.WUSHE_LOGIN_THROTTLE_STORE,
      maxConsecutiveFails: e.WUSHE_LOGIN_MAX_CONSECUTIVE_FAILS,
      blockSeconds: e.WUSHE_LOGIN_BLOCK_SECONDS,
      maxFailsPerAccountHour: e.WUSHE_LOGIN_MAX_FAILS_PER_ACCOUNT_HOUR,
      maxFailsPerIpDay: e.WUSHE_LOGIN_MAX_FAILS_PER_IP_DAY,
      hashConcurrency: e.WUSHE_HASH_CONCURRENCY,
      hashQueue: e.WUSHE_HASH_QUEUE,
    },
    rateLimit: {
      store: e.WUSHE_RATE_LIMIT_STORE,
      // On by default in production only: a developer's or a benchmark's single login is not throttled.
      accountRequests: e.WUSHE_RATE_LIMIT_ACCOUNT ?? (e.NODE_ENV === 'production' ? 1200 : 0),
      apiKeyRequests: e.WUSHE_RATE_LIMIT_API_KEY ?? (e.NODE_ENV === 'production' ? 6000 : 0),
      windowSeconds: e.WUSHE_RATE_LIMIT_WINDOW_SECONDS,
    },
    storage: {
      driver: e.WUSHE_STORAGE_DRIVER,
      dir: path.resolve(e.WUSHE_STORAGE_DIR ?? path.join(dataDir, 'uploads')),
      publicUrl: e.WUSHE_STORAGE_PUBLIC_URL?.replace(/\/+$/, ''),
      maxBytes: e.WUSHE_STORAGE_MAX_BYTES,
      maxPixels: e.WUSHE_STORAGE_MAX_PIXELS,
      urlTtlSeconds: e.WUSHE_STORAGE_URL_TTL_SECONDS,
      slotTtlSeconds: e.WUSHE_STORAGE_SLOT_TTL_SECONDS,
      s3: e.WUSHE_STORAGE_S3_BUCKET
        ? {
            endpoint: e.WUSHE_STORAGE_S3_ENDPOINT,
            region: e.WUSHE_STORAGE_S3_REGION,
            bucket: e.WUSHE_STORAGE_S3_BUCKET,
            accessKeyId: e.WUSHE_STORAGE_S3_ACCESS_KEY_ID,
            secretAccessKey: e.WUSHE_STORAGE_S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.WUSHE_STORAGE_S3_FORCE_PATH_STYLE,
          }
        : undefined,
    },
    logLevel: e.NODE_ENV === 'test' && !env.LOG_LEVEL ? 'warn' : e.LOG_LEVEL!,
    accessLog: e.WUSHE_ACCESS_LOG!,
    metrics: { port: e.WUSHE_METRICS_PORT, host: e.WUSHE_METRICS_HOST!, token: e.WUSHE_METRICS_TOKEN },
    tracing: e.WUSHE_TRACING!,
    ...overrides,
  };
}
