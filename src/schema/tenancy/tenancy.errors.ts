// Codes the tenancy module's mutations return in `userErrors` (its part of the UserErrorCode enum),
// declared in its manifest. A new refusal: add its code here; the text is also its message
// (`{name}` placeholders are filled from the params, and read as "…" in the schema's documentation).
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
  SETTINGS_INVALID: { 'zh-CN': '模块设置无效：{detail}', en: 'Invalid module settings: {detail}' },
  MODULE_UNKNOWN: { 'zh-CN': '未安装模块「{module}」', en: 'Module "{module}" is not installed' },
  MODULE_REQUIRED: { 'zh-CN': '模块「{module}」依赖「{required}」，请先启用', en: 'Module "{module}" requires "{required}"; enable it first' },
  MODULE_IN_USE: { 'zh-CN': '模块「{required}」被「{module}」依赖，不能停用', en: 'Module "{required}" is required by "{module}"' },
  PRESET_UNKNOWN: { 'zh-CN': '未知的社区模式「{preset}」', en: 'Unknown preset "{preset}"' },
  ROLE_UNKNOWN: { 'zh-CN': '未知角色「{role}」', en: 'Unknown role "{role}"' },
  PASSWORD_REUSED: { 'zh-CN': '新密码不能与当前密码相同', en: 'The new password must differ from the current one' },
  PASSWORD_RESET_NOT_ALLOWED: {
    'zh-CN': '该账号还属于其他社区或拥有更高权限，只能由平台管理员重置密码',
    en: 'This login belongs to other communities or holds higher rights: only a platform admin may reset its password',
  },
};
