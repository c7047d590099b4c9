// Codes the webhooks module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
import type { LocalizedText } from '../module-contract';

export const webhooksErrorCodes: Record<string, LocalizedText> = {
  EVENT_TYPE_UNKNOWN: { 'zh-CN': '未知事件类型「{type}」', en: 'Unknown event type "{type}"' },
  WEBHOOK_URL_INVALID: { 'zh-CN': '回调地址须为 http 或 https 网址，且不含账号密码', en: 'The webhook URL must be http or https, without credentials' },
  WEBHOOK_URL_PRIVATE: { 'zh-CN': '回调地址指向内网、本机或保留地址，已拒绝', en: 'The webhook URL points to a private, loopback or reserved address' },
  WEBHOOK_URL_UNRESOLVABLE: { 'zh-CN': '回调地址的域名无法解析', en: 'The webhook URL’s host name does not resolve' },
};
