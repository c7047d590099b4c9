// Error and notice texts: zh-CN by default, en on request (Accept-Language). One table so
// translators find every string in one place; `{name}` placeholders are filled from params.
export type Lang = 'zh-CN' | 'en';

const messages: Record<string, { zh: string; en: string }> = {
  NOT_FOUND: { zh: '对象不存在或无权访问', en: 'Not found' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Authentication required' },
  FORBIDDEN: { zh: '没有执行此操作的权限', en: 'You do not have permission for this action' },
  NO_COMMUNITY: { zh: '请先选择所在社区', en: 'Select a community first' },
  MODULE_DISABLED: { zh: '本社区未启用模块「{module}」', en: 'Module "{module}" is not enabled in this community' },
  BAD_USER_INPUT: { zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  INVALID_ID: { zh: '无效的 ID', en: 'Invalid ID' },
  PAGE_SIZE: { zh: '每页数量须在 1 到 100 之间', en: 'Page size must be between 1 and 100' },
  PAGE_ARGS: { zh: 'first 与 last 不能同时使用', en: 'Use either first or last, not both' },
  INVALID_CREDENTIALS: { zh: '账号或密码错误', en: 'Wrong login or password' },
  ACCOUNT_DISABLED: { zh: '账号已停用', en: 'This account is disabled' },
  TOKEN_INVALID: { zh: '令牌无效或已过期', en: 'Token is invalid or expired' },
  ALREADY_EXISTS: { zh: '{what}已存在', en: '{what} already exists' },
  INVALID_STATE: { zh: '当前状态（{state}）不允许此操作', en: 'Not allowed in the current state ({state})' },
  SETTINGS_INVALID: { zh: '模块设置无效：{detail}', en: 'Invalid module settings: {detail}' },
  MODULE_UNKNOWN: { zh: '未安装模块「{module}」', en: 'Module "{module}" is not installed' },
  MODULE_REQUIRED: { zh: '模块「{module}」依赖「{required}」，请先启用', en: 'Module "{module}" requires "{required}"; enable it first' },
  MODULE_IN_USE: { zh: '模块「{required}」被「{module}」依赖，不能停用', en: 'Module "{required}" is required by "{module}"' },
  PRESET_UNKNOWN: { zh: '未知的社区模式「{preset}」', en: 'Unknown preset "{preset}"' },
  ROLE_UNKNOWN: { zh: '未知角色「{role}」', en: 'Unknown role "{role}"' },
  PERMISSION_UNKNOWN: { zh: '未知权限「{permission}」', en: 'Unknown permission "{permission}"' },
  ID_NUMBER_INVALID: { zh: '身份证号码校验失败', en: 'Invalid resident ID number' },
  PHONE_INVALID: { zh: '手机号码格式不正确', en: 'Invalid mobile phone number' },
  PASSWORD_WEAK: { zh: '密码至少 8 位', en: 'Password must have at least 8 characters' },
  SERVICE_UNAVAILABLE: { zh: '服务暂时不可用，请稍后重试', en: 'Service temporarily unavailable, please retry' },
  INTERNAL_SERVER_ERROR: { zh: '服务器内部错误（请求编号 {requestId}）', en: 'Internal server error (request {requestId})' },
  SUBSCRIPTION_LIMIT: { zh: '订阅数量超过上限', en: 'Too many subscriptions on this connection' },
};

export function translate(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messages[code];
  const text = entry ? (lang === 'en' ? entry.en : entry.zh) : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** Picks zh-CN unless the client prefers English before Chinese in Accept-Language. */
export function pickLang(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'zh-CN';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}
