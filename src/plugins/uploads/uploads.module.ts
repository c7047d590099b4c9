// Uploads (上传), a kernel manifest like webhooks: the upload slot mutation and the table of
// uploads. Owning object kinds are declared by the modules that own them (manifest
// `attachments`); this manifest only grants asking for a slot, which the owner's own permission
// then narrows.
import { CORE_VERSION } from '../registry';
import { defineModule, ROLES, type LocalizedText } from '../module-contract';
import type { Role } from '../../schema/roles';
import { Upload } from './upload.entity';
import { sweepUploads } from './uploads.service';
import { UploadResolver } from './upload.resolver';
import { uploadsErrorCodes } from './uploads.errors';
import { Migration20261207083000_uploads_init } from '../../../migrations/Migration20261207083000_uploads_init';

export const UPLOADS = 'uploads';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

const uploadPermissions = {
  'file.upload': t('上传照片（还须有所属对象的提交或编辑权限）', 'Upload photos (the owning object’s create or edit permission is needed too)'),
};

export const uploadsModule = defineModule({
  key: UPLOADS,
  name: t('照片与附件', 'Photos and attachments'),
  description: t(
    '上传照片：检查类型与大小、去除位置信息、生成缩略图，以短时签名地址读取',
    'Photo uploads: checked, stripped of location data, thumbnailed, read through short-lived signed URLs',
  ),
  version: CORE_VERSION,
  coreRange: `^${CORE_VERSION}`,
  alwaysOn: true,
  entities: [Upload],
  resolvers: [UploadResolver],
  permissions: uploadPermissions,
  userErrorCodes: uploadsErrorCodes,
  roleDefaults: Object.fromEntries(ROLES.map((r) => [r, ['file.upload']])) as Partial<Record<Role, 'file.upload'[]>>,
  // Hourly: expired slots, refused uploads and detached photos leave storage.
  jobs: [{ name: 'sweep', everyMs: 60 * 60_000, run: async ({ em, now }) => void (await sweepUploads(em, now)) }],
  migrations: [{ name: 'Migration20261207083000_uploads_init', class: Migration20261207083000_uploads_init }],
});
