// Codes the party module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const partyErrorCodes: Record<string, LocalizedText> = {
  PARTY_ROTATION_EXISTS: { 'zh-CN': '{year} 年度轮值已生成（如需重排请选择覆盖）', en: 'The {year} rotation exists already (ask to replace it)' },
  PARTY_NOT_ENOUGH_UNITS: {
    'zh-CN': '在册成员单位不足：需要 {required} 家，现有 {available} 家',
    en: 'Not enough active member units: {required} needed, {available} available',
  },
  PARTY_UNIT_ALREADY_CHAIRS: {
    'zh-CN': '该单位本年度已在第 {position} 席轮值（可用对调）',
    en: 'This unit already chairs slot {position} of the year (swap instead)',
  },
  PARTY_SLOT_CHANGED: { 'zh-CN': '轮值席位已被他人修改，请刷新后重试', en: 'The slot was changed meanwhile; reload and retry' },
  PARTY_NO_CHAIR: { 'zh-CN': '{year} 年 {month} 月没有轮值单位，请先生成轮值', en: 'No chairing unit for {year}-{month}; generate the rotation first' },
  PARTY_NOT_CHAIR: { 'zh-CN': '召集单位须是 {year} 年 {month} 月的轮值单位', en: 'The convening unit must be the chair of {year}-{month}' },
  PARTY_NOT_REPORTED: { 'zh-CN': '您尚未到社区报到（报到党员方可认领）', en: 'You have not reported to the community as a party member' },
  PARTY_AUDIENCE: { 'zh-CN': '该服务项目不面向此类认领方', en: 'This item is not open to this kind of claimer' },
  PARTY_ALREADY_CLAIMED: { 'zh-CN': '已认领过此服务项目', en: 'Already claimed this item' },
  PARTY_ITEM_FULL: { 'zh-CN': '服务项目名额已满', en: 'No places left on this item' },
  PARTY_ALREADY_REPORTED: { 'zh-CN': '该账号已报到', en: 'This login has reported already' },
};
