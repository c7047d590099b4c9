// Codes the notifications module's mutations return in `userErrors` (its part of the UserErrorCode
// enum), declared in its manifest. Each text is also the message, with `{channel}` filled in.
import type { LocalizedText } from '../module-contract';

export const notificationsErrorCodes: Record<string, LocalizedText> = {
  CHANNEL_UNAVAILABLE: { 'zh-CN': '推送渠道「{channel}」未配置或暂不可用', en: 'The channel "{channel}" is not configured or not available right now' },
  CHANNEL_CODE_INVALID: { 'zh-CN': '授权码无效或已使用，请重新获取', en: 'The authorisation code is invalid or already used; get a new one' },
};
