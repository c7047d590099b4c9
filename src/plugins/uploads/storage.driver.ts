// Chooses the storage driver the configuration names (interface: storage.types.ts).
import type { StorageConfig } from '../../config';
import { LocalStorageDriver } from './local.driver';
import { S3StorageDriver } from './s3.driver';
import type { StorageDriver } from './storage.types';

export { StoredTooLarge, type StorageDriver } from './storage.types';

export function createStorageDriver(config: StorageConfig): StorageDriver {
  if (config.driver === 's3') return new S3StorageDriver(config.s3!);
  return new LocalStorageDriver(config.dir);
}
