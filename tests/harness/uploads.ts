// Photos for upload tests: a JPEG carrying EXIF with a GPS position (as a phone writes it), the
// typed upload operations, and the three steps of the flow over real HTTP.
import { expect } from '@jest/globals';
import sharp from 'sharp';
import { graphql } from '../gql';
import type { GqlOptions, TestServer } from './server';

export const UploadSlotCreate = graphql(`
  mutation UploadSlotCreate($input: UploadSlotCreateInput!) {
    uploadSlotCreate(input: $input) {
      slot {
        key
        uploadUrl
        method
        headers {
          name
          value
        }
        maxBytes
        expiresAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** 北纬 39°54′27.6″, 东经 116°23′ — where the photographed home is. */
export const GPS = { GPSLatitudeRef: 'N', GPSLatitude: '39/1 54/1 2760/100', GPSLongitudeRef: 'E', GPSLongitude: '116/1 23/1 0/1' };

/** A camera-like JPEG: EXIF with the camera's make and the GPS position above. */
export async function photoWithGps(width = 800, height = 600): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: { r: 30, g: 120, b: 200 } } })
    .jpeg()
    .withExif({ IFD0: { Make: 'WusheCam', Model: 'GPS-1' }, IFD3: GPS })
    .toBuffer();
}

export const pngImage = () =>
  sharp({ create: { width: 40, height: 30, channels: 4, background: '#00ff0080' } })
    .png()
    .toBuffer();

/** Whether EXIF bytes hold a GPS IFD (tag 0x8825, GPSInfo) in either byte order. */
export function hasGpsIfd(exif: Buffer | undefined): boolean {
  if (!exif) return false;
  return exif.includes(Buffer.from([0x88, 0x25, 0x00, 0x04])) || exif.includes(Buffer.from([0x25, 0x88, 0x04, 0x00]));
}

/** Asks for a slot (expects success) and returns it. */
export async function slotFor(s: TestServer, who: GqlOptions, input: { ownerKind: string; contentType: string; size: number }) {
  const r = await s.gql(UploadSlotCreate, { input }, who);
  expect(r.errors).toBeUndefined();
  expect(r.data!.uploadSlotCreate.userErrors).toEqual([]);
  return r.data!.uploadSlotCreate.slot!;
}

/** Sends the bytes as the slot says. */
export async function putBytes(slot: { uploadUrl: string; method: string; headers: { name: string; value: string }[] }, bytes: Buffer): Promise<Response> {
  return fetch(slot.uploadUrl, {
    method: slot.method,
    headers: Object.fromEntries(slot.headers.map((h) => [h.name, h.value])),
    body: new Uint8Array(bytes),
  });
}

/** Slot + upload of `bytes` as `contentType`; returns the key. */
export async function upload(s: TestServer, who: GqlOptions, ownerKind: string, bytes: Buffer, contentType = 'image/jpeg'): Promise<string> {
  const slot = await slotFor(s, who, { ownerKind, contentType, size: bytes.length });
  const res = await putBytes(slot, bytes);
  expect(res.status).toBe(200);
  return slot.key;
}

/** GETs a signed URL: status, content type and bytes. */
export async function fetchUrl(url: string): Promise<{ status: number; type: string | null; bytes: Buffer; json?: any }> {
  const res = await fetch(url);
  const bytes = Buffer.from(await res.arrayBuffer());
  const type = res.headers.get('content-type');
  return { status: res.status, type, bytes, json: type?.includes('json') ? JSON.parse(bytes.toString()) : undefined };
}
