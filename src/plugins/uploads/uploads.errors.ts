// Codes the uploads module's mutations (and the owners' mutations that attach keys) return in
// `userErrors` — its part of the UserErrorCode enum, declared in its manifest. The messages, with
// the limits filled in, are in src/schema/messages.ts; the upload route's own HTTP answers use the
// same table.
import type { LocalizedText } from '../module-contract';

export const uploadsErrorCodes: Record<string, LocalizedText> = {
  UPLOAD_OWNER_UNKNOWN: { 'zh-CN': '没有可附加照片的此类对象', en: 'No kind of object takes photos under this name' },
  UPLOAD_TYPE_UNSUPPORTED: { 'zh-CN': '只接受图片（JPEG、PNG、WebP）', en: 'Only images are accepted (JPEG, PNG, WebP)' },
  UPLOAD_TOO_LARGE: { 'zh-CN': '文件过大', en: 'File too large' },
  UPLOAD_NOT_IMAGE: { 'zh-CN': '文件不是可识别的图片', en: 'The file is not an image we can read' },
  UPLOAD_TYPE_MISMATCH: { 'zh-CN': '文件的实际类型与申请上传时声明的不符', en: 'The file is not of the type declared for its slot' },
  UPLOAD_NOT_FOUND: { 'zh-CN': '附件编号无效、已过期或不属于您', en: 'Unknown, expired or foreign attachment key' },
  UPLOAD_MISSING: { 'zh-CN': '附件尚未上传文件', en: 'No file was uploaded for this attachment key' },
  UPLOAD_TOO_MANY: { 'zh-CN': '附件过多', en: 'Too many attachments' },
};
