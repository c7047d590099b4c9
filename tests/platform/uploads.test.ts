// Photos end to end over real HTTP with the local storage driver: slot → PUT the bytes → attach
// the key on serviceRequestCreate → read through the signed URL. The stored photo is re-encoded
// without EXIF (the GPS position of a resident's home is gone), a thumbnail exists, wrong types,
// oversize and non-images are refused with typed codes, URLs expire, a viewer who sees the
// request but may not open its photos gets no URL, and keys do not cross accounts or communities.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { createCommunity } from '../harness/community';
import { ok, codes } from '../harness/payload';
import { rawData } from '../harness/raw';
import { graphql } from '../gql';
import * as D from '../dispatch/dispatch-helpers';
import { fetchUrl, hasGpsIfd, photoWithGps, pngImage, putBytes, slotFor, upload, UploadSlotCreate } from '../harness/uploads';

const MAX_BYTES = 300_000;
const URL_TTL = 3;

const RequestPhotos = graphql(`
  query RequestPhotos($id: ID!) {
    serviceRequest(id: $id) {
      id
      status
      attachments {
        key
        contentType
        size
        width
        height
        url
        thumbnailUrl
        urlExpiresAt
      }
    }
  }
`);
const RequestWithPhotos = graphql(`
  mutation RequestWithPhotos($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
        attachments {
          key
          url
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};

beforeAll(async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wushe-uploads-'));
  const storage = { ...loadConfig({ NODE_ENV: 'test', WUSHE_STORAGE_DIR: dir }).storage, maxBytes: MAX_BYTES, urlTtlSeconds: URL_TTL };
  s = await startTestServer({ demo: true, config: { storage } });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'resident', 'party', 'volunteer']) as[l] = { token: await s.login(l) };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data?.communityModuleConfigure);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

const createWith = (who: GqlOptions, keys: string[], over: Record<string, unknown> = {}) =>
  s.gql(RequestWithPhotos, { input: D.intake({ attachmentKeys: keys, ...over }) }, who).then((r) => r.data!.serviceRequestCreate);
const slotErrors = async (who: GqlOptions, input: { ownerKind: string; contentType: string; size: number }) =>
  (await s.gql(UploadSlotCreate, { input }, who)).data!.uploadSlotCreate.userErrors.map((e) => e.code);

describe('the upload flow (slot → upload → attach → read)', () => {
  let requestId: string;
  let original: Buffer;

  test('a resident photographs the problem: the stored photo is re-encoded, upright, without EXIF or GPS, with a thumbnail', async () => {
    original = await photoWithGps(3000, 2000);
    const inMeta = await sharp(original).metadata();
    expect(hasGpsIfd(inMeta.exif)).toBe(true); // the input really carries a position
    expect(original.includes(Buffer.from('WusheCam'))).toBe(true);
    const key = await upload(s, as.resident, 'ServiceRequest', original);
    const created = ok(await createWith(as.resident, [key]));
    requestId = created.serviceRequest!.id;
    expect(created.serviceRequest!.attachments.map((a) => a.key)).toEqual([key]);

    const [a] = (await s.gql(RequestPhotos, { id: requestId }, as.resident)).data!.serviceRequest!.attachments;
    expect(a).toMatchObject({ key, contentType: 'image/jpeg', width: 2560, height: 1707 });
    const photo = await fetchUrl(a!.url!);
    expect(photo).toMatchObject({ status: 200, type: 'image/jpeg' });
    expect(photo.bytes.length).toBe(a!.size);
    const outMeta = await sharp(photo.bytes).metadata();
    expect({ format: outMeta.format, width: outMeta.width, exif: outMeta.exif, xmp: outMeta.xmp, iptc: outMeta.iptc }).toEqual({
      format: 'jpeg',
      width: 2560,
      exif: undefined,
      xmp: undefined,
      iptc: undefined,
    });
    expect(hasGpsIfd(photo.bytes)).toBe(false);
    expect(photo.bytes.includes(Buffer.from('WusheCam'))).toBe(false);
    const thumb = await fetchUrl(a!.thumbnailUrl!);
    expect(thumb.status).toBe(200);
    const tMeta = await sharp(thumb.bytes).metadata();
    expect([tMeta.format, Math.max(tMeta.width!, tMeta.height!), tMeta.exif]).toEqual(['jpeg', 320, undefined]);
    // Served so that a browser can neither sniff it into HTML nor run anything in it.
    const res = await fetch(a!.url!);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  test('the bytes on disk are the re-encoded ones: the original with its GPS is never stored', async () => {
    const { rows } = await db.query(`select object_key from upload where owner_id is not null`);
    for (const r of rows) {
      const onDisk = await fs.readFile(path.join(s.wushe.app.config.storage.dir, ...String(r.object_key).split('/')));
      expect(hasGpsIfd(onDisk)).toBe(false);
    }
    const files = await fs.readdir(s.wushe.app.config.storage.dir, { recursive: true });
    expect(files.some((f) => String(f).startsWith('staging'))).toBe(false);
  });

  test('signed URLs expire (UPLOAD_URL_EXPIRED) and a fresh read signs new ones; a forged token is refused', async () => {
    const [a] = (await s.gql(RequestPhotos, { id: requestId }, as.staff)).data!.serviceRequest!.attachments;
    expect((await fetchUrl(a!.url!)).status).toBe(200);
    await new Promise((r) => setTimeout(r, (URL_TTL + 1) * 1000));
    const late = await fetchUrl(a!.url!);
    expect([late.status, late.json.errors[0].extensions.code]).toEqual([403, 'UPLOAD_URL_EXPIRED']);
    const [fresh] = (await s.gql(RequestPhotos, { id: requestId }, as.staff)).data!.serviceRequest!.attachments;
    expect((await fetchUrl(fresh!.url!)).status).toBe(200);
    // Another file's key in the claims with the old signature: not ours.
    const [body, mac] = fresh!.url!.split('/').pop()!.split('.');
    const claims = JSON.parse(Buffer.from(body!, 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, k: claims.k.replace('.jpg', '.thumb.jpg') })).toString('base64url');
    const refused = await fetchUrl(fresh!.url!.replace(`${body}.${mac}`, `${forged}.${mac}`));
    expect([refused.status, refused.json.errors[0].extensions.code]).toEqual([403, 'UPLOAD_URL_INVALID']);
  }, 30_000);

  test('who sees the request but may not open its photos gets no URL; its taker does', async () => {
    const key = await upload(s, as.resident, 'ServiceRequest', await photoWithGps(200, 100));
    const created = ok(await createWith(as.resident, [key], { kind: 'wish', category: 'care', channel: 'WISH_WALL' }));
    const id = created.serviceRequest!.id;
    ok((await s.gql(D.DispatchDispatch, { input: { id, mode: 'POOL', assistants: [] } }, as.staff)).data!.serviceRequestDispatch);
    // A reporting party member sees the open wish on the pool…
    const seen = (await s.gql(RequestPhotos, { id }, as.party)).data!.serviceRequest!;
    expect(seen.status).toBe('OPEN');
    // …and that it has a photo, but not the photo.
    expect(seen.attachments).toEqual([expect.objectContaining({ key, url: null, thumbnailUrl: null, urlExpiresAt: null })]);
    // A volunteer outside the pool does not see the request at all.
    expect((await s.gql(RequestPhotos, { id }, as.volunteer)).data!.serviceRequest).toBeNull();
    ok((await s.gql(D.DispatchClaim, { input: { id } }, as.party)).data!.serviceRequestClaim);
    const taken = (await s.gql(RequestPhotos, { id }, as.party)).data!.serviceRequest!;
    expect((await fetchUrl(taken.attachments[0]!.url!)).status).toBe(200);
  });
});

describe('refusals are typed', () => {
  test('asking for a slot: not an image type, oversize, unknown owner kind', async () => {
    expect(await slotErrors(as.resident, { ownerKind: 'ServiceRequest', contentType: 'application/pdf', size: 1000 })).toEqual(['UPLOAD_TYPE_UNSUPPORTED']);
    expect(await slotErrors(as.resident, { ownerKind: 'ServiceRequest', contentType: 'text/html', size: 1000 })).toEqual(['UPLOAD_TYPE_UNSUPPORTED']);
    expect(await slotErrors(as.resident, { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: MAX_BYTES + 1 })).toEqual(['UPLOAD_TOO_LARGE']);
    expect(await slotErrors(as.resident, { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: 0 })).toEqual(['BAD_USER_INPUT']);
    expect(await slotErrors(as.resident, { ownerKind: 'Nothing', contentType: 'image/jpeg', size: 1000 })).toEqual(['UPLOAD_OWNER_UNKNOWN']);
    expect(Number((await db.query(`select count(*) from upload where declared_type <> 'image/jpeg' or declared_size > $1`, [MAX_BYTES])).rows[0].count)).toBe(
      0,
    );
  });

  test('uploading: a script posing as a JPEG, a PNG in a JPEG slot, more bytes than declared or allowed, twice', async () => {
    const put = async (contentType: string, declared: number, bytes: Buffer) => {
      const slot = await slotFor(s, as.resident, { ownerKind: 'ServiceRequest', contentType, size: declared });
      const res = await putBytes(slot, bytes);
      const body = (await res.json()) as any;
      return { key: slot.key, slot, status: res.status, code: body.errors?.[0]?.extensions?.code as string | undefined, message: body.errors?.[0]?.message };
    };
    const html = Buffer.from('<html><script>alert(document.cookie)</script></html>');
    const script = await put('image/jpeg', html.length, html);
    expect([script.status, script.code]).toEqual([415, 'UPLOAD_NOT_IMAGE']);
    expect(script.message).toBe('文件不是可识别的图片');
    const png = await pngImage();
    expect(await put('image/jpeg', png.length, png)).toMatchObject({ status: 415, code: 'UPLOAD_TYPE_MISMATCH' });
    const photo = await photoWithGps(100, 100);
    expect(await put('image/jpeg', 100, photo)).toMatchObject({ status: 413, code: 'UPLOAD_TOO_LARGE' });
    const big = Buffer.alloc(MAX_BYTES + 10, 1);
    expect(await put('image/jpeg', MAX_BYTES, big)).toMatchObject({ status: 413, code: 'UPLOAD_TOO_LARGE' });
    // Attaching a refused upload says why it was refused; nothing is created.
    const before = Number((await db.query(`select count(*) from dispatch_request`)).rows[0].count);
    expect((await createWith(as.resident, [script.key])).userErrors).toEqual([
      expect.objectContaining({ code: 'UPLOAD_NOT_IMAGE', field: ['input', 'attachmentKeys'] }),
    ]);
    expect(Number((await db.query(`select count(*) from dispatch_request`)).rows[0].count)).toBe(before);
    // A slot takes its bytes once.
    const once = await put('image/png', png.length, png);
    expect(once.status).toBe(200);
    const again = await putBytes(once.slot, png);
    expect(again.status).toBe(409);
    // A tampered upload URL.
    const bad = await fetch(
      once.slot.uploadUrl.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      { method: 'PUT', body: new Uint8Array(png) },
    );
    expect(bad.status).toBe(403);
  });

  test('attaching: unknown keys, keys without bytes, too many keys', async () => {
    expect((await createWith(as.resident, ['not-a-key'])).userErrors.map((e) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
    expect((await createWith(as.resident, ['01900000-0000-7000-8000-000000000099'])).userErrors.map((e) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
    const empty = await slotFor(s, as.resident, { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: 1000 });
    expect((await createWith(as.resident, [empty.key])).userErrors.map((e) => e.code)).toEqual(['UPLOAD_MISSING']);
    const keys = Array.from({ length: 10 }, (_, i) => `01900000-0000-7000-8000-0000000001${String(i).padStart(2, '0')}`);
    expect((await createWith(as.resident, keys)).userErrors.map((e) => e.code)).toEqual(['UPLOAD_TOO_MANY']);
  });

  test('a key is attached once: the same key on a second request is not found', async () => {
    const key = await upload(s, as.resident, 'ServiceRequest', await photoWithGps(50, 50));
    ok(await createWith(as.resident, [key]));
    expect((await createWith(as.resident, [key])).userErrors.map((e) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
  });

  test('no slot without the owner’s permission, or with dispatch disabled', async () => {
    const { admin: otherAdmin } = await createCommunity(s, { name: '上传无派单社区' });
    const r = await s.gql(UploadSlotCreate, { input: { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: 1000 } }, otherAdmin);
    expect(codes(r)).toEqual(['MODULE_DISABLED']);
    expect(codes(await s.gql(UploadSlotCreate, { input: { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: 1000 } }, {}))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('keys stay with their uploader and community', () => {
  test("another member's key and another community's key are not found, and nothing is attached", async () => {
    const key = await upload(s, as.resident, 'ServiceRequest', await photoWithGps(60, 40));
    // Staff of the same community cannot attach the resident's upload to a request of theirs.
    expect((await createWith(as.staff, [key])).userErrors.map((e) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
    // Another community's admin: the same answer as for a random key.
    const { admin: other } = await createCommunity(s, { name: '上传隔离社区' });
    ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, other)).data?.communityModuleConfigure);
    const foreign = await createWith(other, [key]);
    const random = await createWith(other, ['01900000-0000-7000-8000-0000000000aa']);
    expect(foreign.userErrors.map((e) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
    expect(foreign.userErrors[0]!.message.replace(key, 'K')).toBe(random.userErrors[0]!.message.replace('01900000-0000-7000-8000-0000000000aa', 'K'));
    expect((await db.query(`select status, owner_id from upload where id = $1`, [key])).rows[0]).toEqual({ status: 'READY', owner_id: null });
    // The resident can still use it.
    ok(await createWith(as.resident, [key]));
  });

  test('the same person, signed in to another community, cannot attach there what they uploaded here', async () => {
    const { admin: there, communityId } = await createCommunity(s, { name: '上传同人异社区' });
    ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, there)).data?.communityModuleConfigure);
    const demo = (await rawData(s, '{ community { id } }', {}, as.resident.token!)).community.id as string;
    const here: GqlOptions = { token: await s.login('platform', 'wushe-demo', demo) }; // the same account, in the demo community
    const key = await upload(s, here, 'ServiceRequest', await photoWithGps(60, 40));
    expect((await createWith(there, [key])).userErrors.map((e) => e.code)).toEqual(['UPLOAD_NOT_FOUND']);
    expect(
      (
        await db.query(`select status, community_id <> $2 as elsewhere from upload where id = $1`, [
          key,
          Buffer.from(communityId, 'base64url').toString().split(':')[2],
        ])
      ).rows[0],
    ).toEqual({
      status: 'READY',
      elsewhere: true,
    });
    ok(await createWith(here, [key]));
  });
});

describe('clean-up', () => {
  test('the hourly sweep removes expired unattached slots, refused uploads and detached photos, files included; attached ones stay', async () => {
    const key = await upload(s, as.resident, 'ServiceRequest', await photoWithGps(80, 60));
    const { rows } = await db.query(`select object_key, thumbnail_key from upload where id = $1`, [key]);
    const files = [rows[0].object_key, rows[0].thumbnail_key].map((k: string) => path.join(s.wushe.app.config.storage.dir, ...k.split('/')));
    await Promise.all(files.map((f) => fs.access(f)));
    const attached = Number((await db.query(`select count(*) from upload where status = 'ATTACHED'`)).rows[0].count);
    // Within its slot time (and the hour of grace after), nothing goes.
    await s.wushe.jobs.run('uploads.sweep');
    expect((await db.query(`select status from upload where id = $1`, [key])).rows).toEqual([{ status: 'READY' }]);
    await db.query(`update upload set expires_at = now() - interval '2 hours' where status <> 'ATTACHED'`);
    await s.wushe.jobs.run('uploads.sweep');
    expect((await db.query(`select status, count(*)::int as n from upload group by status`)).rows).toEqual([{ status: 'ATTACHED', n: attached }]);
    for (const f of files) await expect(fs.access(f)).rejects.toThrow();
    // An attached photo's files are still served.
    const { rows: kept } = await db.query(`select object_key from upload where status = 'ATTACHED' limit 1`);
    await fs.access(path.join(s.wushe.app.config.storage.dir, ...String(kept[0].object_key).split('/')));
  });
});
