// Codes the core module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is its message too, unless
// src/schema/messages.ts has one for the code (`{name}` placeholders are filled from the params).
import type { LocalizedText } from '../../plugins/module-contract';

export const coreErrorCodes: Record<string, LocalizedText> = {
  RESIDENT_MOVED_OUT: { 'zh-CN': '该居民已迁出', en: 'This resident has moved out' },
  RESIDENT_ALREADY_LINKED: { 'zh-CN': '该居民档案已关联其他账号', en: 'This resident record is already linked to another login' },
};
