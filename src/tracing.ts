// OpenTelemetry tracing, switched on by WUSHE_TRACING=on: spans of incoming HTTP requests, GraphQL
// parse/validate/execute and PostgreSQL statements, exported over OTLP/HTTP (JSON) to the
// collector named by the standard variables (OTEL_EXPORTER_OTLP_ENDPOINT or
// OTEL_EXPORTER_OTLP_TRACES_ENDPOINT, default http://localhost:4318; OTEL_SERVICE_NAME,
// OTEL_TRACES_SAMPLER, OTEL_BSP_SCHEDULE_DELAY …). Imported first by src/main.ts, before http, pg
// and graphql are loaded, since the instrumentations patch those modules as they load; off, nothing
// of OpenTelemetry is loaded, so startup stays as fast as without it.
//
// Spans never carry values: the ORM inlines parameters into its statements, so statement text has
// its literals masked (as the log does), query strings (GET /graphql?variables=…) are cut from
// URLs, GraphQL variable values are not recorded, and every string attribute is scrubbed of
// 身份证号 and mobile numbers before export.
import { maskSqlValues, scrub } from './server/logger';

const ON = ['1', 'true', 'yes', 'on'];
const URL_KEYS = new Set(['url.full', 'http.url', 'http.target', 'url.query']);

export interface Tracing {
  shutdown(): Promise<void>;
}

type Attrs = Record<string, unknown>;

function clean(attrs: Attrs | undefined): void {
  if (!attrs) return;
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v !== 'string') continue;
    if (URL_KEYS.has(k)) attrs[k] = k === 'url.query' ? '' : v.split('?')[0];
    else if (k === 'db.statement' || k === 'db.query.text') attrs[k] = scrub(maskSqlValues(v));
    else attrs[k] = scrub(v);
  }
}

/** Starts tracing when the environment asks for it; null (and nothing loaded) otherwise. */
export function startTracing(env: NodeJS.ProcessEnv = process.env): Tracing | null {
  if (!ON.includes(String(env.WUSHE_TRACING ?? '').toLowerCase())) return null;

  const { NodeSDK, tracing } = require('@opentelemetry/sdk-node') as typeof import('@opentelemetry/sdk-node');
  const { OTLPTraceExporter } = require('@opentelemetry/exporter-trace-otlp-http') as typeof import('@opentelemetry/exporter-trace-otlp-http');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  const { GraphQLInstrumentation } = require('@opentelemetry/instrumentation-graphql') as typeof import('@opentelemetry/instrumentation-graphql');
  const { PgInstrumentation } = require('@opentelemetry/instrumentation-pg') as typeof import('@opentelemetry/instrumentation-pg');

  const otlp = new OTLPTraceExporter();
  // Scrubs each span as it leaves (the exporter runs off the request path, in batches).
  const exporter: import('@opentelemetry/sdk-node').tracing.SpanExporter = {
    export(spans, done) {
      for (const s of spans) {
        clean(s.attributes as Attrs);
        for (const e of s.events) clean(e.attributes as Attrs | undefined);
      }
      otlp.export(spans, done);
    },
    shutdown: () => otlp.shutdown(),
    forceFlush: () => otlp.forceFlush(),
  };
  const quiet = new Set(['/livez', '/readyz', '/metrics']);
  const sdk = new NodeSDK({
    serviceName: env.OTEL_SERVICE_NAME ?? 'wushe',
    spanProcessors: [new tracing.BatchSpanProcessor(exporter)],
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => quiet.has((req.url ?? '').split('?')[0]!) }),
      new GraphQLInstrumentation({ allowValues: false, mergeItems: true, ignoreTrivialResolveSpans: true, depth: 4 }),
      new PgInstrumentation({ enhancedDatabaseReporting: false, requireParentSpan: true }),
    ],
  });
  sdk.start();
  return { shutdown: () => sdk.shutdown() };
}

/** The process's tracing, started on import (see above). */
export const tracingHandle = startTracing();

// With tracing on: the active span (the HTTP request's), else nothing is loaded and this is a no-op.
const activeSpan: (() => { setAttribute(k: string, v: string): unknown } | undefined) | null = tracingHandle
  ? () => (require('@opentelemetry/api') as typeof import('@opentelemetry/api')).trace.getActiveSpan()
  : null;

/**
 * Names the GraphQL operation on the request's span (operations over HTTP run as compiled code,
 * which the graphql instrumentation does not see execute).
 */
export function tagOperation(name: string | null, type: string): void {
  if (!activeSpan) return;
  const span = activeSpan();
  span?.setAttribute('graphql.operation.name', name ?? '(anonymous)');
  span?.setAttribute('graphql.operation.type', type);
}
