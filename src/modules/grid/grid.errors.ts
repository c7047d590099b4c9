// Codes the grid module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const gridErrorCodes: Record<string, LocalizedText> = {
  GRID_LEVEL_MISMATCH: {
    'zh-CN': '层级「{level}」与上级单元不符（须按本社区配置的层级逐级设置）',
    en: 'Level "{level}" does not fit the parent (levels follow the configured chain)',
  },
  GRID_ROLE_MISMATCH: { 'zh-CN': '职责「{role}」不能设在「{level}」层级的单元上', en: 'Role "{role}" is not held on units of level "{level}"' },
  GRID_CATEGORY_UNKNOWN: { 'zh-CN': '未配置的特殊群体类别「{category}」', en: 'Unknown special-care category "{category}"' },
  GRID_VISIT_KIND_UNKNOWN: { 'zh-CN': '未配置的探访方式「{kind}」', en: 'Unknown visit kind "{kind}"' },
  GRID_FINDING_CATEGORY_UNKNOWN: { 'zh-CN': '未配置的走访发现类别「{category}」', en: 'Unknown finding category "{category}"' },
  GRID_REFERRAL_UNAVAILABLE: {
    'zh-CN': '本社区未启用承接模块（民需派单或三项清单），无法转办',
    en: 'The receiving module (dispatch or resources) is not enabled in this community',
  },
  GRID_DUTY_HOLDER: {
    'zh-CN': '职责须由一名成员或一个组织担任（二者取其一）',
    en: 'A duty is held by either one member or one organisation (give exactly one)',
  },
  GRID_FINDING_REFERRED: { 'zh-CN': '该走访发现已转办', en: 'This finding was already referred' },
  GRID_BATCH_TOO_LARGE: { 'zh-CN': '一批最多提交 {max} 条走访记录', en: 'At most {max} visits per batch' },
};
