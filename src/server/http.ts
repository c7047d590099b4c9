// Express + Apollo Server on one HTTP server (graphql-ws shares its port and path).
import http from 'node:http';
import { randomUUID } from 'node:crypto';
import express from 'express';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GraphQLSchema } from 'graphql';
import type { AppServices } from '../plugins/app-services';
import type { Ctx } from '../schema/context';
import { pickLang } from '../schema/messages';
import { buildContext } from './context-factory';
import { makeFormatError } from './format-error';
import { graphiqlRouter } from './graphiql';
import { requestMeta } from './request-meta';
import { attachWebSocket } from './ws';
import { mountModuleRoutes } from './module-routes';
import { jitGateway } from './jit-executor';

export const LIMITS = { maxDepth: 12, maxAliases: 30, maxTokens: 4000, maxCost: 20000, maxDirectives: 50 };

export interface HttpServerHandle {
  server: http.Server;
  port: number;
  setDraining(): void;
  /** Closes the WebSockets of an account with 4403 (its account was disabled). */
  closeAccountSockets(accountId: string): void;
  close(): Promise<void>;
}

export async function startHttpServer(app: AppServices, schema: GraphQLSchema, port: number, host: string): Promise<HttpServerHandle> {
  const expressApp = express();
  expressApp.disable('x-powered-by');
  // req.ip: the socket's peer unless the operator names the proxies whose X-Forwarded-For to believe.
  expressApp.set('trust proxy', app.config.trustProxy);
  // Idle keep-alive sockets live longer than clients' and proxies' pools keep them (undici: the
  // server's hint minus a margin), so a client never sends on a socket the server is closing —
  // with Node's 5 s default a busy client raced it and saw ECONNRESET.
  const server = http.createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, expressApp);
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    // Token limit in Apollo's own parse (below): armor's plugin turns every syntax error into a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: LIMITS.maxCost },
    maxDirectives: { n: LIMITS.maxDirectives },
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
    formatError: makeFormatError(app.log),
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
  });
  await apollo.start();

  let draining = false;
  let ready = true;
  expressApp.get('/livez', (_req, res) => void res.json({ status: 'ok' }));
  expressApp.get('/readyz', async (_req, res) => {
    if (draining || !ready) return void res.status(503).json({ status: draining ? 'draining' : 'starting' });
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
  expressApp.use(
    '/graphql',
    (req, _res, next) => {
      const meta = { requestId: randomUUID(), lang: pickLang(req.headers['accept-language']) };
      requestMeta.run(meta, () => next());
    },
    express.json({ limit: app.config.bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const meta = requestMeta.getStore()!;
        return buildContext(app, {
          authorization: req.headers.authorization,
          apiKey: req.headers['x-api-key'] as string | undefined,
          community: req.headers['x-community-id'] as string | undefined,
          lang: meta.lang,
          requestId: meta.requestId,
          ip: req.ip ?? null,
        });
      },
    }),
  );
  // Plain HTTP routes of modules (e.g. dispatch's Open311 view), authenticated like GraphQL.
  mountModuleRoutes(expressApp, app);
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
    setDraining() {
      draining = true;
      ready = false;
    },
    closeAccountSockets: (accountId) => ws.closeAccount(accountId),
    async close() {
      draining = true;
      await ws.close();
      await apollo.stop(); // drains in-flight HTTP requests, then closes the server
    },
  };
}
