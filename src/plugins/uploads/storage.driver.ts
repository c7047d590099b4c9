// Chooses the storage driver the configuration names (interface: storage.types.ts).
import type { StorageConfig } from '../../config';
import { LocalStorageDriver } from './local.driver';
import type { StorageDriver } from './storage.types';

export { StoredTooLarge, type StorageDriver } from './storage.types';

export function createStorageDriver(config: StorageConfig): StorageDriver {
  // Required here, not imported: the AWS SDK is ~60 ms of every start for a driver few deployments use.
  if (config.driver === 's3') return new (require('./s3.driver') as typeof import('./s3.driver')).S3StorageDriver(config.s3!);
  return new LocalStorageDriver(config.dir);
}
