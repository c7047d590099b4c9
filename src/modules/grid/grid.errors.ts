// Codes the grid module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is its message too, unless
// src/schema/messages.ts has one for the code (`{name}` placeholders are filled from the params).
import type { LocalizedText } from '../../plugins/module-contract';

export const gridErrorCodes: Record<string, LocalizedText> = {
  GRID_LEVEL_MISMATCH: {
    'zh-CN': '层级「…」与上级单元不符（须按本社区配置的层级逐级设置）',
    en: 'Level "…" does not fit the parent (levels follow the configured chain)',
  },
  GRID_ROLE_MISMATCH: { 'zh-CN': '职责「…」不能设在「…」层级的单元上', en: 'Role "…" is not held on units of level "…"' },
  GRID_DUTY_HOLDER: {
    'zh-CN': '职责须由一名成员或一个组织担任（二者取其一）',
    en: 'A duty is held by either one member or one organisation (give exactly one)',
  },
  GRID_CATEGORY_UNKNOWN: { 'zh-CN': '未配置的特殊群体类别「…」', en: 'Unknown special-care category "…"' },
  GRID_VISIT_KIND_UNKNOWN: { 'zh-CN': '未配置的探访方式「…」', en: 'Unknown visit kind "…"' },
  GRID_FINDING_CATEGORY_UNKNOWN: { 'zh-CN': '未配置的走访发现类别「…」', en: 'Unknown finding category "…"' },
  GRID_REFERRAL_UNAVAILABLE: { 'zh-CN': '转办去向未开通（所需模块未启用）', en: 'The referral target is not available (its module is disabled)' },
  GRID_FINDING_REFERRED: { 'zh-CN': '该走访发现已转办', en: 'This finding was already referred' },
  GRID_BATCH_TOO_LARGE: { 'zh-CN': '一批提交的走访记录过多', en: 'Too many visits in one batch' },
};
