// What an operator sees of requests: one access-log line per GraphQL operation (operation name,
// type, duration, outcome with the error codes, HTTP status, request id, community — never the
// document, variables, the caller's identity or any other personal data), request and operation
// durations for /metrics, and /metrics itself (on a port of its own or behind a token).
import http from 'node:http';
import { timingSafeEqual } from 'node:crypto';
import type express from 'express';
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { AppServices } from '../plugins/app-services';
import type { Ctx } from '../schema/context';
import type { Metrics } from './metrics';
import { requestMeta, type RequestMeta } from './request-meta';
import { tagOperation } from '../tracing';

/** HTTP request durations by route, method and status (one listener per request, labels bounded). */
export function observeHttp(metrics: Metrics): express.RequestHandler {
  return (req, res, next) => {
    const t0 = performance.now();
    const { method, path } = req;
    res.once('finish', () => metrics.httpRequest(method, path, res.statusCode, (performance.now() - t0) / 1000));
    next();
  };
}

const LISTENER: GraphQLRequestListener<Ctx> = {
  async didResolveOperation(rc) {
    const meta = requestMeta.getStore();
    if (!meta) return;
    meta.operation = rc.operationName ?? null;
    meta.operationType = rc.operation?.operation ?? 'unknown';
    tagOperation(meta.operation, meta.operationType);
  },
};

/** Records the operation an HTTP request resolved to (its name and type) for the access log. */
export function accessLogPlugin(): ApolloServerPlugin<Ctx> {
  return { requestDidStart: async () => LISTENER };
}

/** After an HTTP GraphQL response went out: the access-log line and the operation's metrics. */
export function logOperation(app: AppServices, meta: RequestMeta, status: number, ms: number): void {
  const codes = meta.codes ?? [];
  const outcome = codes.length === 0 && status < 400 ? 'ok' : 'error';
  // Not resolved: the document did not parse or validate, or the credentials were refused first.
  const resolved = meta.operation !== undefined;
  app.metrics?.graphqlOperation(resolved ? app.metrics.operationLabel(meta.operation) : '__unresolved', meta.operationType ?? 'unknown', outcome, ms / 1000);
  if (!app.config.accessLog) return;
  app.log.info(
    {
      requestId: meta.requestId,
      operation: resolved ? (meta.operation ?? '(anonymous)').slice(0, 100) : null,
      type: meta.operationType ?? null,
      community: meta.community ?? null,
      ms: Math.round(ms * 10) / 10,
      status,
      outcome,
      ...(codes.length ? { errors: [...new Set(codes)].slice(0, 10) } : {}),
    },
    'graphql',
  );
}

/** The subscription a WebSocket client started (or was refused): one access-log line. */
export function logSubscription(app: AppServices, fields: { operation: string | null; community: string | null; codes: string[]; ms: number }): void {
  if (!app.config.accessLog) return;
  const { operation, community, codes, ms } = fields;
  app.log.info(
    {
      requestId: 'ws',
      operation: (operation ?? '(anonymous)').slice(0, 100),
      type: 'subscription',
      community,
      ms: Math.round(ms * 10) / 10,
      outcome: codes.length ? 'error' : 'ok',
      ...(codes.length ? { errors: [...new Set(codes)].slice(0, 10) } : {}),
    },
    'graphql',
  );
}

function tokenMatches(header: string | undefined, token: string): boolean {
  const m = /^Bearer\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!m) return false;
  const a = Buffer.from(m[1]!.trim());
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function scrape(metrics: Metrics, authorization: string | undefined, token: string | undefined): Promise<{ status: number; type: string; body: string }> {
  if (token && !tokenMatches(authorization, token)) return { status: 401, type: 'text/plain', body: 'unauthorized\n' };
  return { status: 200, type: metrics.registry.contentType, body: await metrics.registry.metrics() };
}

/**
 * /metrics. With WUSHE_METRICS_PORT: a listener of its own on WUSHE_METRICS_HOST (127.0.0.1 by
 * default), which a deployment keeps off the public network; a token, when also set, is required
 * there too. Without it: on the main port, behind `Authorization: Bearer <WUSHE_METRICS_TOKEN>`.
 */
export async function metricsRoutes(app: AppServices, metrics: Metrics, expressApp: express.Express): Promise<{ port: number; close(): Promise<void> } | null> {
  const { port, host, token } = app.config.metrics;
  if (port === undefined) {
    expressApp.get('/metrics', async (req, res) => {
      const r = await scrape(metrics, req.headers.authorization, token);
      res.status(r.status).type(r.type).send(r.body);
    });
    return null;
  }
  const server = http.createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') return void res.writeHead(404).end();
    scrape(metrics, req.headers.authorization, token).then(
      (r) => res.writeHead(r.status, { 'content-type': r.type }).end(r.body),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
