// Codes the core module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const coreErrorCodes: Record<string, LocalizedText> = {
  RESIDENT_MOVED_OUT: { 'zh-CN': '该居民已迁出', en: 'This resident has moved out' },
  RESIDENT_ALREADY_LINKED: { 'zh-CN': '该居民档案已关联其他账号', en: 'This resident record is already linked to another login' },
};
