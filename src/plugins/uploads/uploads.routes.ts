// The server's own upload and download routes, used when the storage driver has no presigned
// URLs of its own (local disk). Both take a signed, short-lived token in the path instead of a
// login: a mini-program's PUT and an <img src> carry no Authorization header. Errors are JSON
// `{ errors: [{ message, extensions: { code } }] }`, never a stack trace.
import express from 'express';
import type { AppServices } from '../app-services';
import { pickLang, translate } from '../../schema/messages';
import { uploadRows, uploadsOf, UPLOAD_GET_PATH, UPLOAD_PUT_PATH } from './uploads.service';
import { UploadStatus } from './upload.entity';

const STATUS: Record<string, number> = {
  UPLOAD_URL_INVALID: 403,
  UPLOAD_URL_EXPIRED: 403,
  UPLOAD_NOT_FOUND: 404,
  UPLOAD_ALREADY_SENT: 409,
  UPLOAD_MISSING: 400,
  UPLOAD_TOO_LARGE: 413,
  UPLOAD_NOT_IMAGE: 415,
  UPLOAD_TYPE_MISMATCH: 415,
};

function fail(req: express.Request, res: express.Response, code: string, params: Record<string, unknown> = {}): void {
  res.status(STATUS[code] ?? 400).json({ errors: [{ message: translate(code, pickLang(req.headers['accept-language']), params), extensions: { code } }] });
}

export function mountUploadRoutes(expressApp: express.Express, app: AppServices): void {
  const service = uploadsOf(app);
  const raw = express.raw({ type: () => true, limit: service.config.maxBytes });

  const receive: express.RequestHandler = async (req, res) => {
    const claims = service.signer.verify(String(req.params.token), 'put');
    if (claims === 'invalid') return fail(req, res, 'UPLOAD_URL_INVALID');
    if (claims === 'expired') return fail(req, res, 'UPLOAD_URL_EXPIRED');
    const em = app.orm.em.fork();
    const [row] = await uploadRows(em, claims.c, [claims.k]);
    if (!row) return fail(req, res, 'UPLOAD_NOT_FOUND', { key: claims.k });
    if (row.status !== UploadStatus.PENDING) return fail(req, res, 'UPLOAD_ALREADY_SENT');
    const body = req.body as unknown;
    if (!Buffer.isBuffer(body) || body.length === 0) return fail(req, res, 'UPLOAD_MISSING');
    const refused = await service.store(em, row, body);
    if (refused) return fail(req, res, refused, { max: Math.min(service.config.maxBytes, row.declared_size) });
    const [stored] = await uploadRows(em, claims.c, [claims.k]);
    res.json({ key: stored!.id, contentType: stored!.content_type, size: stored!.size, width: stored!.width, height: stored!.height });
  };
  const routeErrors = (err: { status?: number; type?: string }, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (err?.status === 413) return fail(req, res, 'UPLOAD_TOO_LARGE', { max: service.config.maxBytes });
    if (typeof err?.status === 'number' && err.status < 500) return fail(req, res, 'UPLOAD_MISSING');
    next(err);
  };
  const wrap =
    (h: express.RequestHandler): express.RequestHandler =>
    (req, res, next) =>
      Promise.resolve(h(req, res, next)).catch(next);
  // PUT as the slot says; POST too, for clients that cannot PUT (the same raw body, not a form).
  expressApp.put(`${UPLOAD_PUT_PATH}/:token`, raw, wrap(receive), routeErrors);
  expressApp.post(`${UPLOAD_PUT_PATH}/:token`, raw, wrap(receive), routeErrors);

  expressApp.get(
    `${UPLOAD_GET_PATH}/:token`,
    wrap(async (req, res) => {
      const claims = service.signer.verify(String(req.params.token), 'get');
      if (claims === 'invalid') return fail(req, res, 'UPLOAD_URL_INVALID');
      if (claims === 'expired') return fail(req, res, 'UPLOAD_URL_EXPIRED');
      if (!claims.k.startsWith(`${claims.c}/`)) return fail(req, res, 'UPLOAD_URL_INVALID');
      const bytes = await service.driver.get(claims.k, Number.MAX_SAFE_INTEGER);
      if (!bytes) return fail(req, res, 'UPLOAD_NOT_FOUND', { key: '' });
      const left = Math.max(0, claims.e - Math.floor(Date.now() / 1000));
      res.setHeader('Content-Type', claims.t ?? 'application/octet-stream');
      res.setHeader('Cache-Control', `private, max-age=${left}`);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Content-Disposition', 'inline');
      res.end(bytes);
    }),
  );
}
