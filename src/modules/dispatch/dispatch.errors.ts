// Codes the dispatch module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is its message too, unless
// src/schema/messages.ts has one for the code (`{name}` placeholders are filled from the params).
import type { LocalizedText } from '../../plugins/module-contract';

export const dispatchErrorCodes: Record<string, LocalizedText> = {
  DISPATCH_KIND_UNKNOWN: { 'zh-CN': '本社区没有此单型：…', en: 'Unknown request kind: …' },
  DISPATCH_CATEGORY_UNKNOWN: { 'zh-CN': '本社区没有此分类：…', en: 'Unknown request category: …' },
  DISPATCH_CHANNEL_OFF: { 'zh-CN': '本社区未开通此渠道：…', en: 'This channel is not open in the community: …' },
  DISPATCH_ROUTE_OFF: { 'zh-CN': '本社区未启用此派单路径：…', en: 'This route is not enabled: …' },
  DISPATCH_ASSISTANTS_OFF: { 'zh-CN': '本社区未启用协办', en: 'Assistants (协办) are not enabled' },
  DISPATCH_TAKER_INELIGIBLE: { 'zh-CN': '此人不属于该派单路径的接单力量', en: 'This person may not take requests of this route' },
  DISPATCH_TAKER_CHANGED: { 'zh-CN': '接单人已变更，请刷新后重试（当前状态：…）', en: 'The taker changed meanwhile (state …); reload and retry' },
  DISPATCH_STUDIO_OFF: { 'zh-CN': '本社区未设书记工作室', en: 'The community has no secretary studio' },
  DISPATCH_DEPARTMENT_UNKNOWN: { 'zh-CN': '不在本社区吹哨对象/上报部门名单中：…', en: 'Not an escalation target or department of the community: …' },
  DISPATCH_TARGET_CATEGORY: { 'zh-CN': '该吹哨对象不负责此类诉求：…', en: "This escalation target does not answer for the request's category: …" },
  DISPATCH_WINDOW_PASSED: { 'zh-CN': '已超过评价/重启期限（当前状态：…）', en: 'The rating/reopen window has passed (state …)' },
  DISPATCH_MERGE_TARGET: { 'zh-CN': '不能合并到该民需', en: 'Cannot merge into that request' },
  ALREADY_TAKEN: { 'zh-CN': '该民需已被他人接单（当前状态：…）', en: 'Someone else already took this request (state …)' },
};
