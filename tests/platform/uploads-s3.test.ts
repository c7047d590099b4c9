// The S3 storage driver against a local S3-compatible server (s3rver on loopback): the client PUTs
// a slot's bytes straight to a presigned URL of the staging key; attaching the key checks and
// re-encodes them (GPS gone, thumbnail made, staging object removed) before any URL is signed;
// reads are presigned GETs that expire; a non-image or a type mismatch is refused at attach.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import S3rver from 's3rver';
import { Client } from 'pg';
import { loadConfig } from '../../src/config';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { ok } from '../harness/payload';
import { graphql } from '../gql';
import * as D from '../dispatch/dispatch-helpers';
import { fetchUrl, hasGpsIfd, photoWithGps, pngImage, putBytes, slotFor } from '../harness/uploads';

const BUCKET = 'wushe-photos';
const URL_TTL = 2;

const S3RequestPhotos = graphql(`
  query S3RequestPhotos($id: ID!) {
    serviceRequest(id: $id) {
      attachments {
        key
        contentType
        width
        height
        size
        url
        thumbnailUrl
      }
    }
  }
`);
const S3RequestCreate = graphql(`
  mutation S3RequestCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

let s3: S3rver;
let s3dir: string;
let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};

beforeAll(async () => {
  s3dir = await fs.mkdtemp(path.join(os.tmpdir(), 'wushe-s3rver-'));
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: s3dir, configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = (await s3.run()) as AddressInfo;
  const storage = {
    ...loadConfig({
      NODE_ENV: 'test',
      WUSHE_STORAGE_DRIVER: 's3',
      WUSHE_STORAGE_S3_ENDPOINT: `http://127.0.0.1:${port}`,
      WUSHE_STORAGE_S3_BUCKET: BUCKET,
      WUSHE_STORAGE_S3_ACCESS_KEY_ID: 'S3RVER',
      WUSHE_STORAGE_S3_SECRET_ACCESS_KEY: 'S3RVER',
    }).storage,
    urlTtlSeconds: URL_TTL,
  };
  s = await startTestServer({ demo: true, config: { storage } });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'resident', 'staff']) as[l] = { token: await s.login(l) };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data?.communityModuleConfigure);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
  await s3?.close();
  await fs.rm(s3dir, { recursive: true, force: true });
});

/** Every object key in the bucket (s3rver keeps them as files under its folder). */
async function bucketKeys(): Promise<string[]> {
  const files = (await fs.readdir(path.join(s3dir, BUCKET), { recursive: true })) as string[];
  return files.filter((f) => f.endsWith('._S3rver_object')).map((f) => f.replace(/\._S3rver_object$/, ''));
}

test('slot → PUT to the presigned URL → attach (checked and re-encoded there) → presigned read without GPS', async () => {
  const photo = await photoWithGps(1200, 900);
  const slot = await slotFor(s, as.resident, { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: photo.length });
  expect(new URL(slot.uploadUrl).searchParams.get('X-Amz-Signature')).toBeTruthy();
  expect((await putBytes(slot, photo)).status).toBe(200);
  // Uploaded but not attached: only the staging object exists, and no URL to it is handed out.
  expect(await bucketKeys()).toEqual([expect.stringMatching(new RegExp(`^staging/.+/${slot.key}$`))]);
  const created = ok((await s.gql(S3RequestCreate, { input: D.intake({ attachmentKeys: [slot.key] }) }, as.resident)).data!.serviceRequestCreate);
  const [a] = (await s.gql(S3RequestPhotos, { id: created.serviceRequest!.id }, as.resident)).data!.serviceRequest!.attachments;
  expect(a).toMatchObject({ key: slot.key, contentType: 'image/jpeg', width: 1200, height: 900 });
  expect(new URL(a!.url!).searchParams.get('X-Amz-Expires')).toBe(String(URL_TTL));
  const read = await fetchUrl(a!.url!);
  expect(read.status).toBe(200);
  expect(read.bytes.length).toBe(a!.size);
  const meta = await sharp(read.bytes).metadata();
  expect([meta.format, meta.exif]).toEqual(['jpeg', undefined]);
  expect(hasGpsIfd(read.bytes)).toBe(false);
  const thumb = await fetchUrl(a!.thumbnailUrl!);
  expect((await sharp(thumb.bytes).metadata()).width).toBe(320);
  // The staging object with the original (and its GPS) is gone.
  expect((await bucketKeys()).sort()).toEqual([expect.stringMatching(/\.jpg$/), expect.stringMatching(/\.thumb\.jpg$/)].sort());
  expect((await bucketKeys()).some((k) => k.startsWith('staging/'))).toBe(false);
  // Presigned reads expire.
  await new Promise((r) => setTimeout(r, (URL_TTL + 1) * 1000));
  expect((await fetchUrl(a!.url!)).status).toBe(403);
}, 30_000);

test('a non-image or a PNG in a JPEG slot, sent straight to the bucket, is refused at attach and removed', async () => {
  const attach = async (contentType: string, bytes: Buffer) => {
    const slot = await slotFor(s, as.resident, { ownerKind: 'ServiceRequest', contentType, size: bytes.length });
    expect((await putBytes(slot, bytes)).status).toBe(200);
    const r = (await s.gql(S3RequestCreate, { input: D.intake({ attachmentKeys: [slot.key] }) }, as.resident)).data!.serviceRequestCreate;
    return { key: slot.key, codes: r.userErrors.map((e) => e.code), created: r.serviceRequest };
  };
  const html = await attach('image/jpeg', Buffer.from('<svg onload="alert(1)"></svg>'));
  expect(html).toMatchObject({ codes: ['UPLOAD_NOT_IMAGE'], created: null });
  const png = await attach('image/jpeg', await pngImage());
  expect(png.codes).toEqual(['UPLOAD_TYPE_MISMATCH']);
  expect((await bucketKeys()).filter((k) => k.includes(html.key) || k.includes(png.key))).toEqual([]);
  expect((await db.query(`select status, refusal from upload where id = $1`, [html.key])).rows[0]).toEqual({ status: 'REFUSED', refusal: 'UPLOAD_NOT_IMAGE' });
  // A slot whose bytes never arrived.
  const empty = await slotFor(s, as.resident, { ownerKind: 'ServiceRequest', contentType: 'image/jpeg', size: 1000 });
  const r = (await s.gql(S3RequestCreate, { input: D.intake({ attachmentKeys: [empty.key] }) }, as.resident)).data!.serviceRequestCreate;
  expect(r.userErrors.map((e) => e.code)).toEqual(['UPLOAD_MISSING']);
});
