// Codes the uploads module's mutations (and the owners' mutations that attach keys) return in
// `userErrors` — its part of the UserErrorCode enum, declared in its manifest. Each text is also
// the message, with the limits filled in; the upload route's own HTTP answers use the same texts.
import type { LocalizedText } from '../module-contract';

export const uploadsErrorCodes: Record<string, LocalizedText> = {
  UPLOAD_OWNER_UNKNOWN: { 'zh-CN': '没有可附加照片的对象类型「{kind}」', en: 'No kind of object takes photos as "{kind}"' },
  UPLOAD_TYPE_UNSUPPORTED: { 'zh-CN': '只接受图片：{types}', en: 'Only images are accepted: {types}' },
  UPLOAD_TOO_LARGE: { 'zh-CN': '文件过大（上限 {max} 字节）', en: 'File too large (at most {max} bytes)' },
  UPLOAD_NOT_IMAGE: { 'zh-CN': '文件不是可识别的图片', en: 'The file is not an image we can read' },
  UPLOAD_TYPE_MISMATCH: { 'zh-CN': '文件的实际类型与申请上传时声明的不符', en: 'The file is not of the type declared for its slot' },
  UPLOAD_NOT_FOUND: { 'zh-CN': '附件编号无效、已过期或不属于您：{key}', en: 'Unknown, expired or foreign attachment key: {key}' },
  UPLOAD_MISSING: { 'zh-CN': '附件尚未上传文件', en: 'No file was uploaded for this attachment key' },
  UPLOAD_TOO_MANY: { 'zh-CN': '附件过多（最多 {max} 个）', en: 'Too many attachments (at most {max})' },
};
