// Codes the council module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const councilErrorCodes: Record<string, LocalizedText> = {
  VOTE_CLOSED: { 'zh-CN': '表决已结束，不再接受投票', en: 'The vote is closed' },
  STEP_DISABLED: { 'zh-CN': '本议事机构未启用此步骤（{step}）', en: 'This body does not use this step ({step})' },
  COUNCIL_ALREADY_VOTED: {
    'zh-CN': '已投过票（本表决不可改票；户代表表决每户一票）',
    en: 'Already voted (changes are not allowed; one ballot per household in household votes)',
  },
  COUNCIL_NOT_ELIGIBLE: { 'zh-CN': '不是本议事机构有表决权的成员', en: 'Not a voting member of this body' },
  COUNCIL_NO_HOUSEHOLD: { 'zh-CN': '按户表决需登记所代表的户', en: 'A household vote needs the household the member represents' },
  COUNCIL_NOT_MEMBER: { 'zh-CN': '不是本议事机构成员，且未开放线上议事', en: 'Not a member of this body, and its online discussion is not open' },
  COUNCIL_LEVEL_UNKNOWN: { 'zh-CN': '未配置的议事层级「{level}」', en: 'Unknown council level "{level}"' },
  COUNCIL_PARENT_LEVEL: { 'zh-CN': '上级议事机构须在上一层级', en: 'The parent body must be one level up' },
  COUNCIL_TOP_LEVEL: { 'zh-CN': '已是最高一级议事机构，不能再上报', en: 'Already at the top level; cannot escalate' },
  COUNCIL_NO_PARENT: { 'zh-CN': '找不到上一级议事机构，请指定', en: 'No body one level up; name the target body' },
  COUNCIL_TASKS_OPEN: { 'zh-CN': '还有 {count} 项办理事项未完成', en: '{count} task(s) still open' },
  COUNCIL_OTHER_BODY: { 'zh-CN': '议题不属于该议事机构', en: 'The topic belongs to another body' },
  COUNCIL_OUTSIDE_GRID: {
    'zh-CN': '网格员只能办理本网格的议事机构事务（社区级议事机构由社区工作人员办理）',
    en: 'Grid staff act only for bodies of their own grid (community-level bodies are run by community staff)',
  },
  COUNCIL_COMMENT_HIDDEN: { 'zh-CN': '该发言已被隐藏', en: 'This comment is already hidden' },
  COUNCIL_COMMENT_NOT_HIDDEN: { 'zh-CN': '该发言未被隐藏', en: 'This comment is not hidden' },
};
