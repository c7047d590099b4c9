// What happens to uploaded bytes before anyone can read them: the real type is sniffed by
// decoding (sharp's metadata, never the client's Content-Type or file name), only images are
// accepted, the picture is re-encoded (which drops EXIF, GPS position included, XMP, IPTC and
// anything appended to the file) after turning it upright, and a thumbnail is made.
import type Sharp from 'sharp';

/** sharp, loaded on the first upload: its native library costs every start otherwise. Outside the
 * callers' try blocks, so a broken install fails loudly instead of refusing every image. */
let loaded: typeof Sharp | undefined;
const sharpLib = (): typeof Sharp => (loaded ??= require('sharp') as typeof Sharp);

/** Accepted types: what a phone camera or screenshot produces. Output keeps the family. */
export const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const;
export type ImageType = (typeof IMAGE_TYPES)[number];

const FORMAT_TYPE: Record<string, ImageType> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

/** Longest side of a stored photo and of its thumbnail. */
export const MAX_SIDE = 2560;
export const THUMB_SIDE = 320;

export type ImageRefusal = 'UPLOAD_NOT_IMAGE' | 'UPLOAD_TYPE_MISMATCH' | 'UPLOAD_TOO_LARGE';

export class ImageRefused extends Error {
  constructor(readonly code: ImageRefusal) {
    super(code);
  }
}

export interface ProcessedImage {
  contentType: ImageType;
  body: Buffer;
  width: number;
  height: number;
  thumbnail: Buffer;
}

/** The sniffed type of `bytes`, or null when they are not an accepted image. */
export async function sniffImage(bytes: Buffer, maxPixels: number): Promise<{ type: ImageType; width: number; height: number } | null> {
  const sharp = sharpLib();
  try {
    const meta = await sharp(bytes, { limitInputPixels: maxPixels, failOn: 'error' }).metadata();
    const type = meta.format ? FORMAT_TYPE[meta.format] : undefined;
    if (!type || !meta.width || !meta.height) return null;
    if (meta.width * meta.height > maxPixels) throw new ImageRefused('UPLOAD_TOO_LARGE');
    return { type, width: meta.width, height: meta.height };
  } catch (e) {
    if (e instanceof ImageRefused) throw e;
    return null;
  }
}

/**
 * Checks and re-encodes one upload. `declared` is the type the slot was asked for: the bytes must
 * be that type. Throws ImageRefused.
 */
export async function processImage(bytes: Buffer, declared: string, limits: { maxBytes: number; maxPixels: number }): Promise<ProcessedImage> {
  if (bytes.length > limits.maxBytes) throw new ImageRefused('UPLOAD_TOO_LARGE');
  const sniffed = await sniffImage(bytes, limits.maxPixels);
  if (!sniffed) throw new ImageRefused('UPLOAD_NOT_IMAGE');
  if (sniffed.type !== declared) throw new ImageRefused('UPLOAD_TYPE_MISMATCH');
  const sharp = sharpLib();
  const input = () => sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error' }).rotate();
  const encode = (img: Sharp.Sharp) =>
    sniffed.type === 'image/jpeg'
      ? img.jpeg({ quality: 85, mozjpeg: true })
      : sniffed.type === 'image/png'
        ? img.png({ compressionLevel: 9 })
        : img.webp({ quality: 85 });
  try {
    // No withMetadata()/keepExif(): sharp writes no EXIF, XMP or IPTC (only an sRGB profile where needed).
    const { data, info } = await encode(input().resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true })).toBuffer({
      resolveWithObject: true,
    });
    const thumbnail = await input().resize({ width: THUMB_SIDE, height: THUMB_SIDE, fit: 'inside', withoutEnlargement: true }).jpeg({ quality: 75 }).toBuffer();
    return { contentType: sniffed.type, body: data, width: info.width, height: info.height, thumbnail };
  } catch {
    // Metadata decoded but the pixels do not (a truncated or corrupt file).
    throw new ImageRefused('UPLOAD_NOT_IMAGE');
  }
}
