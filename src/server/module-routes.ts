// Plain HTTP routes declared by modules (manifest `http`): authenticated like GraphQL (API key in
// X-Api-Key or ?api_key=, or a bearer token), then module enabled + permission, then the handler
// with a per-request context of the caller's community. Errors are JSON, never a stack trace.
import { randomUUID } from 'node:crypto';
import express from 'express';
import type { AppServices } from '../plugins/app-services';
import type { HttpRouteDeclaration } from '../plugins/module-contract';
import { AppError } from '../schema/errors';
import { enforce } from '../schema/requires';
import { pickLang, translate } from '../schema/messages';
import { buildContext } from './context-factory';

const defaultErrorBody = (_status: number, code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

/** Scalar fields of a parsed body as strings; anything else (arrays, objects, repeated keys) is dropped. */
function fieldsOf(body: unknown): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  if (!body || typeof body !== 'object' || Array.isArray(body)) return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    if (typeof v === 'string') out[k] = v;
    else if (typeof v === 'number' || typeof v === 'boolean') out[k] = String(v);
  }
  return out;
}

function headersOf(req: express.Request): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [k, v] of Object.entries(req.headers)) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

export function mountModuleRoutes(expressApp: express.Express, app: AppServices): void {
  // POST bodies: forms (the GeoReport way) or JSON, within the server's body limit.
  const form = express.urlencoded({ extended: false, limit: app.config.bodyLimit, parameterLimit: 200 });
  const json = express.json({ limit: app.config.bodyLimit });
  const parse = (req: express.Request, res: express.Response) =>
    new Promise<{ status: number } | null>((resolve) =>
      form(req, res, (e1?: unknown) => {
        if (e1) return resolve({ status: (e1 as { status?: number }).status ?? 400 });
        json(req, res, (e2?: unknown) => resolve(e2 ? { status: (e2 as { status?: number }).status ?? 400 } : null));
      }),
    );
  for (const { module, route } of app.registry.httpRoutes()) {
    const errorBody = route.errorBody ?? defaultErrorBody;
    const mount = route.method === 'POST' ? expressApp.post.bind(expressApp) : expressApp.get.bind(expressApp);
    mount(route.path, async (req, res) => {
      const lang = pickLang(req.headers['accept-language']);
      const fail = (status: number, code: string, key: string = code, params: Record<string, unknown> = {}) =>
        void res.status(status).json(errorBody(status, code, translate(key, lang, params)));
      let body: Record<string, string | undefined> = {};
      if (route.method === 'POST') {
        const refused = await parse(req, res);
        if (refused)
          return fail(refused.status === 413 ? 413 : 400, 'BAD_USER_INPUT', 'BAD_USER_INPUT', {
            detail: refused.status === 413 ? { 'zh-CN': '请求体过大', en: 'body too large' } : { 'zh-CN': '请求体格式错误', en: 'malformed body' },
          });
        body = fieldsOf(req.body);
      }
      const queryKey = typeof req.query.api_key === 'string' ? req.query.api_key : body.api_key;
      const apiKey = (req.headers['x-api-key'] as string | undefined) ?? queryKey;
      if (!apiKey && !req.headers.authorization) return fail(401, 'UNAUTHENTICATED');
      let ctx;
      try {
        ctx = await buildContext(app, {
          authorization: req.headers.authorization,
          apiKey,
          community: req.headers['x-community-id'] as string | undefined,
          lang,
          requestId: randomUUID(),
          ip: req.ip ?? null,
        });
      } catch (e) {
        const ext = (e as { extensions?: { code?: unknown; retryAfter?: unknown } }).extensions;
        if (ext?.code === 'TOO_MANY_ATTEMPTS') return fail(429, 'TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS', { retryAfter: ext.retryAfter });
        return fail(401, 'UNAUTHENTICATED');
      }
      try {
        // The caller's request budget, as for GraphQL: RateLimit headers, 429 when spent.
        const budget = await app.budget.spend(ctx.viewer);
        for (const [k, v] of Object.entries(budget?.headers ?? {})) res.setHeader(k, v);
        if (budget?.retryAfter != null) return fail(429, 'RATE_LIMITED', 'RATE_LIMITED', { retryAfter: budget.retryAfter });
        await enforce(ctx, { module: module.key, permission: route.permission }); // as @Requires does for GraphQL fields
        const query: Record<string, string | undefined> = {};
        for (const [k, v] of Object.entries(req.query)) if (typeof v === 'string') query[k] = v;
        const { api_key: _key, ...fields } = body;
        const out = await route.handler({ params: { ...(req.params as Record<string, string>) }, query, body: fields, headers: headersOf(req) }, ctx);
        for (const [k, v] of Object.entries(out.headers ?? {})) res.setHeader(k, v);
        res.status(out.status ?? 200).json(out.body);
      } catch (e) {
        if (e instanceof AppError) {
          const status =
            e.code === 'NOT_FOUND'
              ? 404
              : e.code === 'FORBIDDEN' || e.code === 'MODULE_DISABLED' || e.code === 'PASSWORD_CHANGE_REQUIRED'
                ? 403
                : e.code === 'UNAUTHENTICATED'
                  ? 401
                  : 400;
          return fail(status, e.code, e.messageKey, e.params);
        }
        app.log.error({ err: e, path: route.path }, 'module route failed');
        fail(500, 'INTERNAL_SERVER_ERROR', 'INTERNAL_SERVER_ERROR', { requestId: ctx.requestId });
      }
    });
  }
}

export type { HttpRouteDeclaration };
