// Codes the dispatch module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const dispatchErrorCodes: Record<string, LocalizedText> = {
  DISPATCH_KIND_UNKNOWN: { 'zh-CN': '本社区没有此单型：{value}', en: 'Unknown request kind: {value}' },
  DISPATCH_CATEGORY_UNKNOWN: { 'zh-CN': '本社区没有此分类：{value}', en: 'Unknown request category: {value}' },
  DISPATCH_CHANNEL_OFF: { 'zh-CN': '本社区未开通此渠道：{value}', en: 'This channel is not open in the community: {value}' },
  DISPATCH_ROUTE_OFF: { 'zh-CN': '本社区未启用此派单路径：{value}', en: 'This route is not enabled: {value}' },
  DISPATCH_ASSISTANTS_OFF: { 'zh-CN': '本社区未启用协办', en: 'Assistants (协办) are not enabled' },
  DISPATCH_TAKER_INELIGIBLE: { 'zh-CN': '此人不属于该派单路径的接单力量', en: 'This person may not take requests of this route' },
  DISPATCH_TAKER_CHANGED: { 'zh-CN': '接单人已变更，请刷新后重试（当前状态：{state}）', en: 'The taker changed meanwhile (state {state}); reload and retry' },
  DISPATCH_STUDIO_OFF: { 'zh-CN': '本社区未设书记工作室', en: 'The community has no secretary studio' },
  DISPATCH_DEPARTMENT_UNKNOWN: {
    'zh-CN': '不在本社区吹哨对象/上报部门名单中：{value}',
    en: 'Not an escalation target or department of the community: {value}',
  },
  DISPATCH_TARGET_CATEGORY: { 'zh-CN': '该吹哨对象不负责此类诉求：{value}', en: "This escalation target does not answer for the request's category: {value}" },
  DISPATCH_WINDOW_PASSED: { 'zh-CN': '已超过评价/重启期限（当前状态：{state}）', en: 'The rating/reopen window has passed (state {state})' },
  DISPATCH_MERGE_TARGET: { 'zh-CN': '不能合并到该民需', en: 'Cannot merge into that request' },
  ALREADY_TAKEN: { 'zh-CN': '该民需已被他人接单（当前状态：{state}）', en: 'Someone else already took this request (state {state})' },
};
