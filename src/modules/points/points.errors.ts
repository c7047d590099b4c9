// Codes the points module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../../plugins/module-contract';

export const pointsErrorCodes: Record<string, LocalizedText> = {
  INSUFFICIENT_POINTS: { 'zh-CN': '积分不足（当前余额 {balance}）', en: 'Not enough points (balance {balance})' },
  OUT_OF_STOCK: { 'zh-CN': '库存不足', en: 'Out of stock' },
  ITEM_NOT_AVAILABLE: { 'zh-CN': '商品未上架或不在兑换时间内', en: 'The item is not on sale at this time' },
  REDEMPTION_LIMIT_REACHED: { 'zh-CN': '已达每户限兑数量（{limit}）', en: 'Limit per household reached ({limit})' },
  REDEMPTION_CODE_UNKNOWN: { 'zh-CN': '兑换码无效', en: 'Unknown redemption code' },
  NO_POINTS_ACCOUNT: { 'zh-CN': '未找到您的积分账户（请先在社区登记所在户）', en: 'No points account for you (register your household first)' },
  SELF_APPROVAL: { 'zh-CN': '不能复核自己提交的积分调整', en: 'You cannot approve your own adjustment' },
  EXPIRY_DISABLED: { 'zh-CN': '本社区未启用积分过期', en: 'Points expiry is not enabled in this community' },
};
