// Codes the fund module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const fundErrorCodes: Record<string, LocalizedText> = {
  INSUFFICIENT_FUNDS: { 'zh-CN': '基金余额不足', en: 'The fund does not hold enough money' },
  ALREADY_APPROVED: { 'zh-CN': '您已批准过此申请', en: 'You have already approved this request' },
  PURPOSE_UNKNOWN: { 'zh-CN': '本社区没有此用途：{purpose}', en: 'Unknown purpose: {purpose}' },
  PURPOSE_EARMARKED: { 'zh-CN': '专项基金只能用于「{purpose}」', en: 'This earmarked fund pays only for {purpose}' },
  COUNCIL_TOPIC_REQUIRED: { 'zh-CN': '超过限额的支出须关联议事会议题', en: 'Above the threshold a council topic must be linked' },
  COMMITTEE_TOO_SMALL: {
    'zh-CN': '管委会成员不足 {required} 人（不含申请人），无法审批',
    en: 'The committee has fewer than {required} members besides the requester',
  },
};
