// graphql-ws on the same port and path as HTTP: auth in connection_init, origin check, payload
// cap, per-socket subscription cap, and the same armor limits as HTTP. This file owns the wire
// protocol: it hands live delivery (src/plugins/events) a sink per subscription (live-sink.ts)
// whose `next` frames are graphql-ws's own envelope around the runtime's pre-serialised payload.
import type { IncomingMessage, Server } from 'node:http';
import { WebSocketServer, type WebSocket } from 'ws';
import { MessageType, stringifyMessage, type Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import {
  GraphQLError,
  getOperationAST,
  parse,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  specifiedRules,
  validate,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { operationShareKey, subscriptionShareKey } from '../plugins/events/live-share';
import { subscribeLive } from '../plugins/events/live-subscribe';
import type { LiveDelivery, LiveSink } from '../plugins/events/live-sink';
import { originAllowed } from '../config';
import { REAUTHENTICATE } from '../plugins/events/viewer-sockets';
import type { AppServices } from '../plugins/app-services';
import type { Ctx } from '../schema/context';
import { pickLang, translate, type Lang } from '../schema/messages';
import { buildContext } from './context-factory';
import { makeFormatError } from './format-error';
import { requestMeta } from './request-meta';
import { logSubscription } from './observe';

interface Extra extends Record<PropertyKey, unknown> {
  socket: WebSocket;
  /** The upgrade request: dropped once the connection is accepted (onConnect). */
  request?: IncomingMessage;
  ctxInput?: { authorization: string | null; community: string | null; lang: Lang; ip: string | null };
}

/** What onSubscribe returns: graphql-ws hands the same object to `subscribe`. */
interface LiveExecutionArgs extends ExecutionArgs {
  live: LiveDelivery;
}

const isRefusal = (r: readonly GraphQLError[] | LiveExecutionArgs): r is readonly GraphQLError[] => Array.isArray(r);

/**
 * graphql-ws's own `next` message for operation `id`, serialised once per subscription by the
 * library (`stringifyMessage` validates and stringifies it, as for every message it sends) around
 * an empty payload, split where the payload goes. Why not let the library send each live event:
 * its loop awaits and stringifies per message and subscriber (about 10 µs each, measured), which
 * at thousands of boards costs more than the socket writes; the hub instead serialises a payload
 * once per class (formatted as onNext formats, by the sink's `serialise`), and each subscriber's
 * frame is this head, the payload and the closing brace — the same bytes the library would write (tests/platform/fanout.test.ts
 * checks). Only valid without a `jsonMessageReplacer` (none is set here).
 */
function nextHead(id: string): Buffer {
  const empty = stringifyMessage<MessageType.Next>({ id, type: MessageType.Next, payload: {} });
  // The payload is the message's last member: `{"id":…,"type":"next","payload":{}}`.
  if (!empty.endsWith('{}}')) throw new Error(`unexpected graphql-ws next message: ${empty}`);
  return Buffer.from(empty.slice(0, -3));
}
/** What follows the payload in every `next` message (nextHead checks). */
const NEXT_TAIL = Buffer.from('}');

const MAX_DOCUMENTS = 500;

/** Most recently used documents, at most `max` (a client sending ever new texts only evicts). */
class DocumentCache {
  private readonly docs = new Map<string, DocumentNode>();
  constructor(private readonly max: number) {}

  get(query: string): DocumentNode | undefined {
    const d = this.docs.get(query);
    if (d) {
      this.docs.delete(query);
      this.docs.set(query, d);
    }
    return d;
  }

  set(query: string, d: DocumentNode): void {
    this.docs.set(query, d);
    if (this.docs.size > this.max) this.docs.delete(this.docs.keys().next().value!);
  }
}

export function attachWebSocket(httpServer: Server, schema: GraphQLSchema, app: AppServices, rules: ValidationRule[], maxTokens: number) {
  const origins = app.config.corsOrigins;
  const wss = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: 64 * 1024,
    // Browsers cannot be kept off a WebSocket by CORS, so the handshake checks the same allow-list
    // (refused: HTTP 403, no upgrade). No Origin: not a browser (a server, an app), which CORS
    // would not restrict either.
    verifyClient: ({ origin }: { origin?: string }, done: (ok: boolean, code?: number, message?: string) => void) =>
      !origin || originAllowed(origins, origin) ? done(true) : done(false, 403, 'Origin not allowed (WUSHE_CORS_ORIGINS)'),
  });
  const formatError = makeFormatError(app.log, {
    suggestions: app.config.env !== 'production',
    onCode: app.metrics ? (code) => app.metrics!.graphqlError(code) : undefined,
  });
  // Connections that passed connection_init: their `subscriptions` are counted when /metrics is read.
  const connected = new Set<{ subscriptions: Record<string, unknown> }>();
  const formatResult = (lang: Lang, result: ExecutionResult): ExecutionResult => {
    if (!result.errors?.length) return result;
    return requestMeta.run({ requestId: 'ws', lang }, () => ({
      ...result,
      errors: result.errors!.map((e) => formatError(e.toJSON(), e)),
    })) as any;
  };
  // Direct delivery does not wait for each write: a client that stops reading gets closed with
  // 1013 (try again later) once more than wsMaxBufferedBytes is queued for it, and nothing more is
  // queued for it; it reconnects and catches up by cursor. On the iterator path (replay, resync)
  // graphql-ws awaits each write instead, so nothing piles up at the socket: the stream's own
  // queue is bounded by a resync (live-stream.ts), and graphql-ws's keep-alive drops a client that
  // answers no ping within 12 s.
  const maxBuffered = app.config.wsMaxBufferedBytes;
  // Valid documents by text: thousands of boards subscribe with the same few operations, and each
  // parsed document (nodes, locations and the token list they hold) cost kilobytes per subscription
  // for as long as it lives. Documents are read-only to execution; the schema and rules are fixed.
  const documents = new DocumentCache(MAX_DOCUMENTS);
  // The payload's UTF-8 bytes, encoded once for all the sockets the hub hands the same string to
  // (one class, one event): each frame is then its envelope's bytes around them, not a string
  // built and encoded again per socket.
  let encoded = { json: '', bytes: Buffer.alloc(0) };
  const sinkOf = (socket: WebSocket, id: string, lang: Lang): LiveSink => {
    const head = nextHead(id);
    return {
      serialise: (result) => JSON.stringify(formatResult(lang, result)),
      next(payloadJson) {
        if (socket.readyState !== socket.OPEN) return;
        if (socket.bufferedAmount > maxBuffered) return void socket.close(1013, 'too slow: reconnect and catch up from your cursor');
        if (encoded.json !== payloadJson) encoded = { json: payloadJson, bytes: Buffer.from(payloadJson) };
        socket.send(Buffer.concat([head, encoded.bytes, NEXT_TAIL], head.length + encoded.bytes.length + NEXT_TAIL.length), { binary: false });
      },
    };
  };
  const disposable = useServer<Record<string, unknown>, Extra>(
    {
      schema,
      onConnect: async (c) => {
        const p = c.connectionParams ?? {};
        const auth = (p.Authorization ?? p.authorization ?? (p.token ? `Bearer ${String(p.token)}` : null)) as string | null;
        const lang = pickLang((p['Accept-Language'] ?? p.lang ?? c.extra.request.headers['accept-language']) as string | undefined);
        const community = (p['X-Community-Id'] ?? p.community ?? null) as string | null;
        // The peer's address; behind a trusted proxy (WUSHE_TRUST_PROXY) it is the proxy's, so none.
        const ip = app.config.trustProxy === false ? (c.extra.request.socket.remoteAddress ?? null) : null;
        let viewer;
        try {
          const ctx = await buildContext(app, { authorization: auth, community, lang, ip }); // reject bad tokens now
          viewer = ctx.viewer;
          // A disabled account's token is refused here too, not only per operation.
          if (viewer && (await ctx.access()).credential !== 'live') return false;
        } catch {
          return false; // closes with 4403 Forbidden
        }
        c.extra.ctxInput = { authorization: auth, community, lang, ip };
        // The upgrade request (headers, raw headers, its stream state) is read above and never
        // again: graphql-ws would keep it for the socket's lifetime, a kilobyte and more per board.
        (c.extra as Partial<Extra>).request = undefined; // not `delete`: the object would turn into a dictionary
        // Nothing is delivered on a token past its expiry or an account disabled since: the socket
        // closes with 4403 and the client reconnects with a fresh token (it catches up from its cursor).
        const socket = c.extra.socket;
        const untrack = viewer?.accountId ? app.sockets.add(viewer.accountId, socket) : () => undefined;
        const expiry = viewer?.expiresAt
          ? setTimeout(
              () => socket.close(REAUTHENTICATE.code, 'access token expired: reconnect with a fresh token'),
              Math.max(viewer.expiresAt.getTime() - Date.now(), 0),
            )
          : null;
        expiry?.unref();
        connected.add(c);
        socket.once('close', () => {
          if (expiry) clearTimeout(expiry);
          untrack();
          connected.delete(c);
        });
        return true;
      },
      onSubscribe: async (c, id, payload) => {
        const t0 = performance.now();
        const r = await onSubscribe(c, id, payload);
        const refused = isRefusal(r);
        const codes = refused ? r.map((e) => String(e.extensions?.code ?? 'UNKNOWN')) : [];
        const community = refused ? null : ((r.contextValue as Ctx).communityId ?? null);
        // The operation's name as resolved from the document (clients often send none beside it).
        const operation = refused ? (payload.operationName ?? null) : (getOperationAST(r.document, r.operationName)?.name?.value ?? null);
        logSubscription(app, { operation, community, codes, ms: performance.now() - t0 });
        return r;
      },
      // graphql-ws passes back what onSubscribe returned, delivery included.
      subscribe: (args) => subscribeLive(args, (args as Partial<LiveExecutionArgs>).live),
      onError: (c, _id, _payload, errors) =>
        requestMeta.run({ requestId: 'ws', lang: c.extra.ctxInput?.lang ?? 'zh-CN' }, () => errors.map((e) => formatError(e, e))),
      onNext: (c, _id, _payload, _args, result) => formatResult(c.extra.ctxInput?.lang ?? 'zh-CN', result) as any,
    },
    wss,
  );
  /** graphql-ws's onSubscribe: the operation's execution arguments, or the errors refusing it. */
  async function onSubscribe(
    c: Context<Record<string, unknown>, Extra>,
    _id: string,
    payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  ): Promise<readonly GraphQLError[] | LiveExecutionArgs> {
    const lang = c.extra.ctxInput?.lang ?? 'zh-CN';
    // graphql-ws records every operation in `c.subscriptions` (this one included) before this
    // hook and removes it however it ends. Subscribe messages are handled concurrently, so a
    // count we kept ourselves after the awaits below let a burst of them past the cap.
    if (Object.keys(c.subscriptions).length > app.config.wsMaxSubscriptions) {
      return [new GraphQLError(translate('SUBSCRIPTION_LIMIT', lang), { extensions: { code: 'SUBSCRIPTION_LIMIT' } })];
    }
    let document = documents.get(payload.query);
    if (!document) {
      try {
        document = parse(payload.query, { maxTokens });
      } catch (e) {
        return [new GraphQLError((e as Error).message, { extensions: { code: 'GRAPHQL_PARSE_FAILED' } })];
      }
      const errors = validate(schema, document, [...specifiedRules, ...rules]);
      if (errors.length) return errors.map((e) => new GraphQLError(e.message, { nodes: e.nodes, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }));
      documents.set(payload.query, document);
    }
    let contextValue: Ctx;
    try {
      contextValue = await buildContext(app, { ...c.extra.ctxInput!, requestId: undefined });
    } catch (e) {
      // The credential died after connect (expired token, revoked key) or the database is
      // down: refuse this operation; a throw here would close the whole socket with 4500.
      return [e instanceof GraphQLError ? e : new GraphQLError((e as Error).message, { originalError: e as Error })];
    }
    const live: LiveDelivery = {
      classKey: subscriptionShareKey(contextValue, document, payload.operationName, payload.variables, payload.query),
      shareKey: operationShareKey(contextValue, document, payload.operationName, payload.variables, payload.query),
      sink: sinkOf(c.extra.socket, _id, lang),
    };
    const args: LiveExecutionArgs = { schema, document, variableValues: payload.variables, operationName: payload.operationName, contextValue, live };
    return args;
  }
  return {
    wss,
    /** Open sockets and their active subscriptions (read when /metrics is scraped). */
    stats(): { connections: number; subscriptions: number } {
      let subscriptions = 0;
      for (const c of connected) subscriptions += Object.keys(c.subscriptions).length;
      return { connections: wss.clients.size, subscriptions };
    },
    /**
     * Tell clients to reconnect elsewhere (1001 Going Away, which graphql-ws clients retry; a
     * board catches up from its cursor), then stop. A client that does not answer the close
     * handshake within a second is cut (ws would wait 30 s for it).
     */
    async close(): Promise<void> {
      for (const client of wss.clients) client.close(1001, 'server shutting down: reconnect');
      const cut = setTimeout(() => wss.clients.forEach((c) => c.terminate()), 1000);
      try {
        await disposable.dispose(); // resolves once every socket has closed
      } finally {
        clearTimeout(cut);
      }
    },
  };
}
