// The attachment service (kernel): upload slots, the check-and-re-encode step every byte goes
// through before anyone can read it, attaching uploads to an owning object, and reading an
// owner's attachments with short-lived signed URLs. Modules declare their owning kinds in their
// manifest (`attachments`) and call `attachUploads` / `attachmentsOf`; the kernel knows no module.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppServices } from '../app-services';
import type { AttachmentOwnerDeclaration, WusheModule } from '../module-contract';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { isUuid, uuidArray } from '../../db/sql';
import { requestMeta } from '../../server/request-meta';
import { createStorageDriver, StoredTooLarge, type StorageDriver } from './storage.driver';
import { ImageRefused, processImage } from './image-pipeline';
import { UrlSigner } from './signed-token';
import { Attachment } from './attachment.types';
import { UploadStatus } from './upload.entity';

/** Most attachments on one object unless its declaration says otherwise. */
export const DEFAULT_MAX_FILES = 9;

export const UPLOAD_PUT_PATH = '/uploads/put';
export const UPLOAD_GET_PATH = '/uploads/file';

export interface UploadRow {
  id: string;
  community_id: string;
  owner_kind: string;
  owner_id: string | null;
  status: UploadStatus;
  uploader_account_id: string;
  declared_type: string;
  declared_size: number;
  content_type: string | null;
  size: number | null;
  width: number | null;
  height: number | null;
  object_key: string | null;
  thumbnail_key: string | null;
  refusal: string | null;
  expires_at: Date;
}

export const stagingKey = (u: Pick<UploadRow, 'community_id' | 'id'>) => `staging/${u.community_id}/${u.id}`;
const EXT: Record<string, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' };

export class UploadService {
  readonly driver: StorageDriver;
  readonly signer: UrlSigner;

  constructor(
    readonly app: AppServices,
    secret: string,
    driver?: StorageDriver,
  ) {
    this.driver = driver ?? createStorageDriver(app.config.storage);
    this.signer = new UrlSigner(secret);
  }

  get config() {
    return this.app.config.storage;
  }

  /** The module and declaration owning attachments of `kind`, if any module declares it. */
  owner(kind: string): { module: WusheModule; decl: AttachmentOwnerDeclaration } | null {
    for (const module of this.app.registry.list()) {
      const decl = module.attachments?.[kind];
      if (decl) return { module, decl };
    }
    return null;
  }

  /** Base of URLs to the server's own routes: the configured public URL, else the calling request's origin. */
  baseUrl(): string {
    return this.config.publicUrl ?? requestMeta.getStore()?.origin ?? `http://127.0.0.1:${this.app.config.port}`;
  }

  async uploadUrl(u: UploadRow): Promise<string> {
    if (this.driver.presignPut) return this.driver.presignPut(stagingKey(u), u.declared_type, this.config.slotTtlSeconds);
    const token = this.signer.sign({ p: 'put', k: u.id, c: u.community_id, e: Math.floor(new Date(u.expires_at).getTime() / 1000) });
    return `${this.baseUrl()}${UPLOAD_PUT_PATH}/${token}`;
  }

  /** A signed URL reading one stored object for the configured time. */
  async readUrl(key: string, communityId: string, contentType: string, expiresAt: Date): Promise<string> {
    const ttl = Math.max(1, Math.round((expiresAt.getTime() - Date.now()) / 1000));
    if (this.driver.presignGet) return this.driver.presignGet(key, ttl);
    const token = this.signer.sign({ p: 'get', k: key, c: communityId, t: contentType, e: Math.floor(expiresAt.getTime() / 1000) });
    return `${this.baseUrl()}${UPLOAD_GET_PATH}/${token}`;
  }

  /**
   * Checks and re-encodes the bytes of a PENDING upload and stores them; the row becomes READY, or
   * REFUSED with the reason (then nothing of the bytes is kept). Returns the refusal, if any.
   */
  async store(em: EntityManager, u: UploadRow, bytes: Buffer): Promise<ImageRefused['code'] | null> {
    let out;
    try {
      out = await processImage(bytes, u.declared_type, { maxBytes: Math.min(this.config.maxBytes, u.declared_size), maxPixels: this.config.maxPixels });
    } catch (e) {
      if (!(e instanceof ImageRefused)) throw e;
      await em.execute(`update upload set status = 'REFUSED', refusal = ?, updated_at = now() where id = ? and status = 'PENDING'`, [e.code, u.id]);
      return e.code;
    }
    const objectKey = `${u.community_id}/${u.id}.${EXT[out.contentType]}`;
    const thumbnailKey = `${u.community_id}/${u.id}.thumb.jpg`;
    await this.driver.put(objectKey, out.body, out.contentType);
    await this.driver.put(thumbnailKey, out.thumbnail, 'image/jpeg');
    await em.execute(
      `update upload set status = 'READY', content_type = ?, size = ?, width = ?, height = ?, object_key = ?, thumbnail_key = ?, updated_at = now()
       where id = ? and status = 'PENDING'`,
      [out.contentType, out.body.length, out.width, out.height, objectKey, thumbnailKey, u.id],
    );
    return null;
  }

  /** Finishes an upload whose bytes went straight to the object store (a presigned PUT). */
  async finalize(em: EntityManager, u: UploadRow): Promise<ImageRefused['code'] | 'UPLOAD_MISSING' | null> {
    let bytes: Buffer | null;
    try {
      bytes = await this.driver.get(stagingKey(u), Math.min(this.config.maxBytes, u.declared_size));
    } catch (e) {
      if (!(e instanceof StoredTooLarge)) throw e;
      await em.execute(`update upload set status = 'REFUSED', refusal = 'UPLOAD_TOO_LARGE', updated_at = now() where id = ? and status = 'PENDING'`, [u.id]);
      await this.driver.delete(stagingKey(u)).catch(() => undefined);
      return 'UPLOAD_TOO_LARGE';
    }
    if (!bytes) return 'UPLOAD_MISSING';
    const refused = await this.store(em, u, bytes);
    await this.driver.delete(stagingKey(u)).catch(() => undefined);
    return refused;
  }
}

const services = new WeakMap<object, UploadService>();

export function bindUploads(app: AppServices, s: UploadService): void {
  services.set(app.orm.config, s);
}

export function uploadsOf(app: AppServices): UploadService {
  const s = services.get(app.orm.config);
  if (!s) throw new Error('uploads: no upload service bound to this ORM (start the server with startWushe)');
  return s;
}

/** The upload service of the server an EntityManager belongs to (for jobs, which hold only an `em`). */
export function uploadsFor(em: EntityManager): UploadService {
  const s = services.get(em.config);
  if (!s) throw new Error('uploads: no upload service bound to this ORM (start the server with startWushe)');
  return s;
}

/**
 * Removes what nobody can use any more: slots that expired without being attached (an hour's
 * grace past their expiry, so an owner's mutation in flight is not raced), refused uploads and
 * photos an update detached — their objects in storage, then their rows. Returns how many.
 */
export async function sweepUploads(em: EntityManager, now = new Date(), limit = 500): Promise<number> {
  const service = uploadsFor(em);
  const rows = await em.execute<UploadRow[]>(
    `select ${ROW_COLUMNS} from upload
     where (status in ('PENDING', 'READY', 'REFUSED') and expires_at < ?::timestamptz - interval '1 hour') or status = 'DETACHED'
     order by expires_at limit ?`,
    [now.toISOString(), limit],
  );
  for (const r of rows) {
    for (const key of [stagingKey(r), r.object_key, r.thumbnail_key]) if (key) await service.driver.delete(key);
    await em.execute(`delete from upload where id = ? and status = ?`, [r.id, r.status]);
  }
  return rows.length;
}

const ROW_COLUMNS = `id, community_id, owner_kind, owner_id, status, uploader_account_id, declared_type, declared_size, content_type, size,
  width, height, object_key, thumbnail_key, refusal, expires_at`;

export async function uploadRows(em: EntityManager, communityId: string, ids: readonly string[]): Promise<UploadRow[]> {
  return em.execute<UploadRow[]>(`select ${ROW_COLUMNS} from upload where community_id = ? and id = any(?::uuid[])`, [communityId, uuidArray(ids)]);
}

/**
 * Attaches the uploads named by `keys` to an owning object, inside the owner's mutation
 * transaction (`em`). Each key must be an upload of this community, by the caller, asked for this
 * owner kind, not attached elsewhere; bytes sent to an object store are checked and re-encoded
 * here. With `replace`, attachments of the owner not in `keys` are removed (an update's list is the
 * whole new list). Refusals are userErrors on `field`: UPLOAD_NOT_FOUND (unknown, someone else's,
 * another community's, expired), UPLOAD_MISSING (no bytes sent yet), UPLOAD_NOT_IMAGE,
 * UPLOAD_TYPE_MISMATCH, UPLOAD_TOO_LARGE, UPLOAD_TOO_MANY.
 */
export async function attachUploads(
  ctx: Ctx,
  em: EntityManager,
  ownerKind: string,
  ownerId: string,
  keys: readonly string[] | null | undefined,
  opts: { field?: string[]; replace?: boolean } = {},
): Promise<void> {
  const field = opts.field ?? ['input', 'attachmentKeys'];
  if (keys == null) return;
  const service = uploadsOf(ctx.app);
  const owner = service.owner(ownerKind);
  if (!owner) throw new Error(`uploads: no module declares attachments of ${ownerKind}`);
  const unique = [...new Set(keys)];
  if (unique.length > (owner.decl.maxFiles ?? DEFAULT_MAX_FILES))
    throw new UserFacingError('UPLOAD_TOO_MANY', field, { max: owner.decl.maxFiles ?? DEFAULT_MAX_FILES });
  const communityId = ctx.communityId!;
  const accountId = ctx.viewer?.accountId ?? null;
  const bad = unique.find((k) => !isUuid(k));
  if (bad !== undefined) throw new UserFacingError('UPLOAD_NOT_FOUND', field, { key: bad.slice(0, 60) });
  const rows = new Map((await uploadRows(em, communityId, unique)).map((r) => [r.id, r]));
  for (const key of unique) {
    const r = rows.get(key);
    const mine = r && r.owner_kind === ownerKind && (r.uploader_account_id === accountId || r.owner_id === ownerId);
    const free = r && (r.owner_id === null || r.owner_id === ownerId) && r.status !== UploadStatus.DETACHED;
    const expired = r && r.status !== UploadStatus.ATTACHED && new Date(r.expires_at).getTime() < Date.now();
    if (!r || !mine || !free || expired) throw new UserFacingError('UPLOAD_NOT_FOUND', field, { key });
    if (r.status === UploadStatus.REFUSED) throw new UserFacingError(r.refusal ?? 'UPLOAD_NOT_IMAGE', field, { key });
    if (r.status === UploadStatus.PENDING) {
      // The bytes went to the object store: check them now, on a connection of their own (a READY
      // upload stays READY even if the owner's transaction rolls back).
      const refused = await service.finalize(ctx.em.fork(), r);
      if (refused) throw new UserFacingError(refused, field, { key });
    }
  }
  if (opts.replace) {
    await em.execute(
      `update upload set status = 'DETACHED', updated_at = now() where community_id = ? and owner_kind = ? and owner_id = ? and status = 'ATTACHED' and not (id = any(?::uuid[]))`,
      [communityId, ownerKind, ownerId, uuidArray(unique)],
    );
  }
  for (const [position, key] of unique.entries()) {
    const res = await em.execute(
      `update upload set status = 'ATTACHED', owner_id = ?, position = ?, updated_at = now()
       where id = ? and community_id = ? and owner_kind = ? and (status = 'READY' or (status = 'ATTACHED' and owner_id = ?))`,
      [ownerId, position, key, communityId, ownerKind, ownerId],
      'run',
    );
    if (!(res as { affectedRows?: number }).affectedRows) throw new UserFacingError('UPLOAD_NOT_FOUND', field, { key });
  }
}

/**
 * The attachments of one owning object, in their order, for a field resolver on the owner's type.
 * Rows of a page load in one statement per owner kind. URLs are signed only when the owner's
 * declaration lets the viewer open them (`canRead`); otherwise they are null.
 */
export async function attachmentsOf<T extends { id: string }>(ctx: Ctx, ownerKind: string, owner: T): Promise<Attachment[]> {
  const service = uploadsOf(ctx.app);
  const decl = service.owner(ownerKind)?.decl;
  if (!decl || !ctx.communityId) return [];
  const communityId = ctx.communityId;
  const rows = await ctx.loaders
    .named<string, UploadRow[]>(`uploads:${ownerKind}`, async (ids) => {
      const all = await ctx.em.execute<(UploadRow & { position: number })[]>(
        `select ${ROW_COLUMNS}, position from upload where community_id = ? and owner_kind = ? and owner_id = any(?::uuid[]) and status = 'ATTACHED'
         order by position, id`,
        [communityId, ownerKind, uuidArray(ids)],
      );
      return ids.map((id) => all.filter((r) => r.owner_id === id));
    })
    .load(owner.id);
  if (!rows.length) return [];
  const readable = decl.canRead ? await decl.canRead(ctx, owner) : true;
  const expiresAt = new Date(Date.now() + service.config.urlTtlSeconds * 1000);
  return Promise.all(
    rows.map(async (r) => {
      const a = new Attachment();
      a.key = r.id;
      a.contentType = r.content_type!;
      a.size = r.size!;
      a.width = r.width!;
      a.height = r.height!;
      a.url = readable ? await service.readUrl(r.object_key!, r.community_id, r.content_type!, expiresAt) : null;
      a.thumbnailUrl = readable ? await service.readUrl(r.thumbnail_key!, r.community_id, 'image/jpeg', expiresAt) : null;
      a.urlExpiresAt = readable ? expiresAt : null;
      return a;
    }),
  );
}
