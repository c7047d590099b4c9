// Codes the tenancy module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is its message too, unless
// src/schema/messages.ts has one for the code (`{name}` placeholders are filled from the params).
import type { LocalizedText } from '../../plugins/module-contract';

export const tenancyErrorCodes: Record<string, LocalizedText> = {
  INVALID_CREDENTIALS: { 'zh-CN': '账号或密码错误', en: 'Wrong login or password' },
  ACCOUNT_DISABLED: { 'zh-CN': '账号已停用', en: 'This account is disabled' },
  TOKEN_INVALID: { 'zh-CN': '令牌无效或已过期', en: 'Token is invalid or expired' },
  LOGIN_TAKEN: {
    'zh-CN': '该账号名不能用于新建账号；已有账号的人请用“邀请成员”邀请',
    en: 'This login name cannot be used for a new login; invite a person who already has one',
  },
  PASSWORD_WEAK: { 'zh-CN': '密码至少 8 位', en: 'Password must have at least 8 characters' },
  SETTINGS_INVALID: { 'zh-CN': '模块设置无效：…', en: 'Invalid module settings: …' },
  MODULE_UNKNOWN: { 'zh-CN': '未安装模块「…」', en: 'Module "…" is not installed' },
  MODULE_REQUIRED: { 'zh-CN': '模块「…」依赖「…」，请先启用', en: 'Module "…" requires "…"; enable it first' },
  MODULE_IN_USE: { 'zh-CN': '模块「…」被「…」依赖，不能停用', en: 'Module "…" is required by "…"' },
  PRESET_UNKNOWN: { 'zh-CN': '未知的社区模式「…」', en: 'Unknown preset "…"' },
  ROLE_UNKNOWN: { 'zh-CN': '未知角色「…」', en: 'Unknown role "…"' },
  PASSWORD_REUSED: { 'zh-CN': '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  PASSWORD_RESET_NOT_ALLOWED: {
    'zh-CN': '该账号另属其他社区或拥有街道、平台权限，只能由平台管理员重置密码',
    en: 'Only a platform admin may reset this account (it belongs elsewhere too, or holds street or platform rights)',
  },
};
