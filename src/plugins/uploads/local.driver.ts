// Local disk: one file per key under the storage folder, written to a temporary name and renamed
// so a reader never sees half a file.
import fs from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { StoredTooLarge, type StorageDriver } from './storage.types';

const SAFE_KEY = /^[a-z0-9][a-z0-9._-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

export class LocalStorageDriver implements StorageDriver {
  readonly kind = 'local' as const;
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    if (!SAFE_KEY.test(key) || key.includes('..')) throw new Error(`storage: unsafe key ${JSON.stringify(key)}`);
    return path.join(this.dir, ...key.split('/'));
  }

  async put(key: string, body: Buffer): Promise<void> {
    const file = this.file(key);
    await fs.mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
    const tmp = `${file}.${randomUUID()}.tmp`;
    await fs.writeFile(tmp, body, { mode: 0o600 });
    await fs.rename(tmp, file);
  }

  async get(key: string, maxBytes: number): Promise<Buffer | null> {
    const file = this.file(key);
    try {
      const st = await fs.stat(file);
      if (st.size > maxBytes) throw new StoredTooLarge();
      return await fs.readFile(file);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await fs.rm(this.file(key), { force: true });
  }
}
