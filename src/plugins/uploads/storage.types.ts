// Where uploaded bytes live, behind one interface: local disk under the data folder (the
// embedded default) or an S3-compatible bucket (MinIO on an intranet, or a cloud's object store).
// Keys are ours (`<community>/<upload>…`), never a client's text.

/** Bytes refused before they were read in full: more than the limit. */
export class StoredTooLarge extends Error {}

export interface StorageDriver {
  readonly kind: 'local' | 's3';
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object's bytes; null when there is none; StoredTooLarge beyond `maxBytes` (nothing more is read). */
  get(key: string, maxBytes: number): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
  /**
   * A URL the client PUTs the bytes to directly (object stores); undefined: the driver has none and
   * the bytes go through the server's own upload route.
   */
  presignPut?(key: string, contentType: string, expiresSeconds: number): Promise<string>;
  /** A URL that serves the object for `expiresSeconds` (object stores); undefined: the server's download route. */
  presignGet?(key: string, expiresSeconds: number): Promise<string>;
  close?(): Promise<void>;
}
