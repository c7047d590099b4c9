// Express + Apollo Server on one HTTP server (graphql-ws shares its port and path).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import cors from 'cors';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import { originAllowed, type OriginList } from '../config';
import type { AppServices } from '../plugins/app-services';
import type { Ctx } from '../schema/context';
import { pickLang } from '../schema/messages';
import { buildContext } from './context-factory';
import { makeFormatError } from './format-error';
import { graphiqlRouter } from './graphiql';
import { requestMeta, type RequestMeta } from './request-meta';
import { attachWebSocket } from './ws';
import { mountModuleRoutes } from './module-routes';
import { mountUploadRoutes } from '../plugins/uploads/uploads.routes';
import { jitGateway } from './jit-executor';
import { refuseSubscriptionsOverHttp } from './subscription-over-http';
import { COST_LIMIT } from './query-cost';
import { budgetPlugin } from './budget-plugin';
import { accessLogPlugin, logOperation, metricsRoutes, observeHttp } from './observe';

export const LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 4000, maxCost: COST_LIMIT.maxCost, maxDirectives: 50 };

/**
 * Request headers browsers may send cross-origin: the content type (JSON is not CORS-safelisted),
 * the credentials and the active community, Accept-Language with any value, Apollo's CSRF
 * preflight headers (a GET or text/plain POST needs one of them, and so a preflight) and the client
 * identification Apollo Client adds.
 */
export const CORS_ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'x-api-key',
  'x-community-id',
  'accept-language',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'apollographql-client-name',
  'apollographql-client-version',
];

/**
 * CORS for the allow-list (config.corsOrigins). Credentials are the Authorization / X-Api-Key
 * headers, never cookies, so Access-Control-Allow-Credentials is not sent: a browser then refuses
 * `credentials: 'include'`, which this API has no use for. A preflight from an origin not on the
 * list is answered 403 without CORS headers, so the browser blocks the request it announced.
 */
function corsMiddleware(origins: OriginList): express.RequestHandler[] {
  return [
    (_req, res, next) => {
      res.vary('Origin'); // the answer depends on Origin, also when it is a refusal (shared caches)
      next();
    },
    cors({
      origin: (origin, cb) => cb(null, origin !== undefined && originAllowed(origins, origin)),
      methods: ['GET', 'POST', 'PUT'], // PUT: the bytes of an upload slot
      allowedHeaders: CORS_ALLOWED_HEADERS,
      // No exposedHeaders: what clients read of a response (content-type, cache-control) is
      // CORS-safelisted; errors, request ids included, travel in the JSON body.
      maxAge: 600,
    }),
    (req, res, next) => (req.method === 'OPTIONS' ? void res.status(403).end() : next()),
  ];
}

export interface HttpServerHandle {
  server: http.Server;
  port: number;
  ws: ReturnType<typeof attachWebSocket>;
  /** The port of /metrics' own listener (WUSHE_METRICS_PORT), if any. */
  metricsPort?: number;
  /**
   * Graceful shutdown: /readyz answers 503 at once while the server goes on accepting and serving
   * for `shutdownGraceMs` (a load balancer notices and stops routing here); then WebSockets close
   * with 1001 (graphql-ws clients reconnect, elsewhere), the listener closes, and in-flight HTTP
   * operations get up to `shutdownDrainMs` to finish before their connections are cut.
   */
  close(): Promise<void>;
}

export async function startHttpServer(app: AppServices, schema: GraphQLSchema, port: number, host: string): Promise<HttpServerHandle> {
  const expressApp = express();
  expressApp.disable('x-powered-by');
  if (app.metrics) expressApp.use(observeHttp(app.metrics));
  expressApp.use(corsMiddleware(app.config.corsOrigins));
  // req.ip: the socket's peer unless the operator names the proxies whose X-Forwarded-For to believe.
  expressApp.set('trust proxy', app.config.trustProxy);
  // Idle keep-alive sockets live longer than clients' and proxies' pools keep them (undici: the
  // server's hint minus a margin), so a client never sends on a socket the server is closing —
  // with Node's 5 s default a busy client raced it and saw ECONNRESET.
  const server = http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, expressApp);
  // Once draining, every response says `Connection: close`, those already in flight included, so
  // no client sends its next request on a connection the shutdown is about to end (the drain
  // below ends each connection after its last response, which a client that believes it is kept
  // alive races with an ECONNRESET). Runs before express: /readyz answers synchronously.
  let draining = false;
  const inFlight = new Set<http.ServerResponse>();
  server.prependListener('request', (_req, res) => {
    if (draining) return void res.setHeader('connection', 'close');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
  });
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    // Armor leaves `__typename` aliases uncounted by default (allowList): 200 of them executed.
    maxAliases: { n: LIMITS.maxAliases, allowList: [] },
    // Token limit in Apollo's own parse (below): armor's plugin turns every syntax error into a 500.
    maxTokens: { enabled: false },
    // The same options give the cost reported in each response's `extensions.cost` (query-cost.ts).
    costLimit: { ...COST_LIMIT },
    maxDirectives: { n: LIMITS.maxDirectives },
    // Field suggestions are dropped (in production) where every error is worded: format-error.ts.
    blockFieldSuggestion: { enabled: false },
  }).protect();

  const apollo = new ApolloServer<Ctx>({
    ...(app.config.graphqlJit ? { gateway: jitGateway(schema) } : { schema }),
    ...armor,
    introspection: app.config.introspection,
    parseOptions: { maxTokens: LIMITS.maxTokens },
    csrfPrevention: true,
    // Our CLI drains and stops the embedded database on SIGTERM/SIGINT; Apollo's own handler would
    // re-raise the signal after stopping itself and kill the process mid-shutdown.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    formatError: makeFormatError(app.log, {
      suggestions: app.config.env !== 'production',
      onCode: app.metrics ? (code) => app.metrics!.graphqlError(code) : undefined,
    }),
    plugins: [
      ...armor.plugins,
      accessLogPlugin(),
      refuseSubscriptionsOverHttp(),
      // Request budgets of accounts and API keys, and the operation's cost in `extensions.cost`.
      budgetPlugin(app.budget, schema),
      // apollo.stop() closes the listener, ends idle connections, waits for in-flight requests and
      // cuts whatever is left after the drain deadline.
      ApolloServerPluginDrainHttpServer({ httpServer: server, stopGracePeriodMillis: app.config.shutdownDrainMs }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  expressApp.get('/livez', (_req, res) => void res.json({ status: 'ok' }));
  // /metrics: here behind its token, or on a listener of its own (WUSHE_METRICS_PORT).
  const metricsServer = app.metrics ? await metricsRoutes(app, app.metrics, expressApp) : null;
  expressApp.get('/readyz', async (_req, res) => {
    if (draining) return void res.status(503).json({ status: 'draining' });
    try {
      await app.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  if (app.config.graphiql) {
    expressApp.use('/graphiql', graphiqlRouter());
    expressApp.get('/', (_req, res) => res.redirect('/graphiql'));
  }
  // A sub-app without ETags: a GraphQL answer is per viewer and per request, and hashing ~60 KB
  // of every page for a header no cache uses cost ~1 % of a board request's CPU.
  const graphqlApp = express();
  graphqlApp.disable('x-powered-by'); // an app's own defaults are not inherited from its parent
  graphqlApp.set('etag', false);
  expressApp.use('/graphql', graphqlApp);
  graphqlApp.use(
    (req, res, next) => {
      const meta: RequestMeta = {
        requestId: randomUUID(),
        lang: pickLang(req.headers['accept-language']),
        origin: `${req.protocol}://${req.get('host')}`,
        codes: [],
        community: null,
      };
      const t0 = performance.now();
      res.once('finish', () => logOperation(app, meta, res.statusCode, performance.now() - t0));
      requestMeta.run(meta, () => next());
    },
    express.json({ limit: app.config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const meta = requestMeta.getStore()!;
        const ctx = await buildContext(app, {
          authorization: req.headers.authorization,
          apiKey: req.headers['x-api-key'] as string | undefined,
          community: req.headers['x-community-id'] as string | undefined,
          lang: meta.lang,
          requestId: meta.requestId,
          ip: req.ip ?? null,
        });
        meta.community = ctx.communityId;
        return ctx;
      },
    }),
  );
  // Plain HTTP routes of modules (e.g. dispatch's Open311 view), authenticated like GraphQL.
  mountModuleRoutes(expressApp, app);
  // The upload slots' PUT and the signed download URLs of the local storage driver.
  mountUploadRoutes(expressApp, app);
  // Body-parser failures (too large, malformed JSON) as GraphQL-shaped errors, never a stack trace.
  expressApp.use((err: any, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
    const status = typeof err?.status === 'number' ? err.status : 500;
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 400 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR';
    if (status >= 500) app.log.error({ err }, 'http error');
    res.status(status).json({
      errors: [
        {
          message:
            status === 413 ? '请求体过大 / request body too large' : status === 400 ? '请求格式错误 / malformed request' : '服务器内部错误 / internal error',
          extensions: { code },
        },
      ],
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  // Only once listening: before that, the WebSocket server would re-emit a listen error (port in
  // use) and graphql-ws would print it with a stack trace.
  const ws = attachWebSocket(server, schema, app, armor.validationRules, LIMITS.maxTokens);
  const address = server.address();
  return {
    server,
    port: typeof address === 'object' && address ? address.port : port,
    ws,
    metricsPort: metricsServer?.port,
    async close() {
      if (!draining) {
        draining = true;
        for (const res of inFlight) if (!res.headersSent) res.setHeader('connection', 'close');
        inFlight.clear();
        if (app.config.shutdownGraceMs > 0) {
          app.log.info({ graceMs: app.config.shutdownGraceMs }, 'draining: readiness 503, still serving');
          await new Promise((r) => setTimeout(r, app.config.shutdownGraceMs));
        }
      }
      // Sockets first: the drain below would end an upgraded socket without a close frame.
      await ws.close();
      const t0 = Date.now();
      await apollo.stop();
      await metricsServer?.close();
      if (Date.now() - t0 >= app.config.shutdownDrainMs) app.log.warn({ drainMs: app.config.shutdownDrainMs }, 'in-flight requests cut at the drain deadline');
    },
  };
}
