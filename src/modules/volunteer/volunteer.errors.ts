// Codes the volunteer module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const volunteerErrorCodes: Record<string, LocalizedText> = {
  TEAM_UNKNOWN: { 'zh-CN': '未知的志愿队伍「{team}」', en: 'Unknown volunteer team "{team}"' },
  NOT_A_VOLUNTEER: { 'zh-CN': '您尚未登记为志愿者', en: 'You are not registered as a volunteer' },
  VOLUNTEER_ALREADY_REGISTERED: { 'zh-CN': '该身份证号已登记为本社区志愿者', en: 'A volunteer with this ID number is already registered in this community' },
  ALREADY_SIGNED_UP: { 'zh-CN': '已报名此班次', en: 'Already signed up for this shift' },
  SHIFT_FULL: { 'zh-CN': '名额和候补均已满', en: 'The shift and its waiting list are full' },
  CHECK_IN_CODE_INVALID: { 'zh-CN': '签到码不正确', en: 'Wrong check-in code' },
  OUTSIDE_CHECK_IN_WINDOW: { 'zh-CN': '不在签到/签退时间内', en: 'Outside the check-in/check-out window' },
  NOTHING_TO_CORRECT: { 'zh-CN': '更正后的时长与现有记录相同', en: 'The corrected minutes equal the current ones' },
};
