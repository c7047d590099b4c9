// Error and notice texts: zh-CN by default, en on request (Accept-Language); `{name}` placeholders
// are filled from params. The table holds the kernel's own codes; a module's codes and their texts
// are declared once, in its `<module>.errors.ts`, which is both the enum's documentation and the message.
export type Lang = 'zh-CN' | 'en';

const messages: Record<string, { zh: string; en: string }> = {
  NOT_FOUND: { zh: '对象不存在或无权访问', en: 'Not found' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'Authentication required' },
  FORBIDDEN: { zh: '没有执行此操作的权限', en: 'You do not have permission for this action' },
  NO_COMMUNITY: { zh: '请先选择所在社区', en: 'Select a community first' },
  MODULE_DISABLED: { zh: '本社区未启用模块「{module}」', en: 'Module "{module}" is not enabled in this community' },
  BAD_USER_INPUT: { zh: '输入有误：{detail}', en: 'Invalid input: {detail}' },
  TEXT_FORBIDDEN_CHARACTER: {
    zh: '输入有误：{field} 含有不允许的字符 {char}（控制字符、终端转义序列、不成对的代理项或双向文本控制符）',
    en: 'Invalid input: {field} contains a character that is not allowed, {char} (control character, terminal escape, lone surrogate or bidi control)',
  },
  INVALID_ID: { zh: '无效的 ID', en: 'Invalid ID' },
  PAGE_SIZE: { zh: '每页数量须在 1 到 100 之间', en: 'Page size must be between 1 and 100' },
  PAGE_ARGS: { zh: 'first 与 last 不能同时使用', en: 'Use either first or last, not both' },
  TOO_MANY_ATTEMPTS: { zh: '尝试次数过多，请 {retryAfter} 秒后再试', en: 'Too many attempts; try again in {retryAfter} seconds' },
  PASSWORD_CHANGE_REQUIRED: {
    zh: '管理员已重置您的密码，请先修改密码（accountPasswordChange）',
    en: 'An administrator reset your password: change it first (accountPasswordChange)',
  },
  RATE_LIMITED: { zh: '请求过于频繁，请 {retryAfter} 秒后再试', en: 'Too many requests; try again in {retryAfter} seconds' },
  LOGIN_BUSY: { zh: '登录请求过多，请稍后重试', en: 'Too many sign-ins at once; please retry shortly' },
  ALREADY_EXISTS: { zh: '{what}已存在', en: '{what} already exists' },
  INVALID_STATE: { zh: '当前状态（{state}）不允许此操作', en: 'Not allowed in the current state ({state})' },
  PERMISSION_UNKNOWN: { zh: '未知权限「{permission}」', en: 'Unknown permission "{permission}"' },
  ID_NUMBER_INVALID: { zh: '身份证号码校验失败', en: 'Invalid resident ID number' },
  PHONE_INVALID: { zh: '手机号码格式不正确', en: 'Invalid mobile phone number' },
  PERSONAL_DATA_KEY: {
    zh: '个人信息无法解密：加密密钥配置有误（WUSHE_PII_KEYS）',
    en: 'Personal data cannot be decrypted: check the encryption keys (WUSHE_PII_KEYS)',
  },
  SERVICE_UNAVAILABLE: { zh: '服务暂时不可用，请稍后重试', en: 'Service temporarily unavailable, please retry' },
  INTERNAL_SERVER_ERROR: { zh: '服务器内部错误（请求编号 {requestId}）', en: 'Internal server error (request {requestId})' },
  SUBSCRIPTION_LIMIT: { zh: '订阅数量超过上限', en: 'Too many subscriptions on this connection' },
  SUBSCRIPTION_OVER_HTTP: { zh: '订阅请通过 graphql-ws（WebSocket）发送', en: 'Send subscriptions over graphql-ws (WebSocket), not HTTP' },
  UPLOAD_ALREADY_SENT: { zh: '此上传凭据已使用', en: 'This upload slot has already received its file' },
  UPLOAD_URL_INVALID: { zh: '链接无效', en: 'Invalid link' },
  UPLOAD_URL_EXPIRED: { zh: '链接已过期，请重新获取', en: 'This link has expired; fetch a new one' },
  CREATED_RANGE: { zh: '提交时间范围有误：起始须早于结束', en: 'Bad created-at range: createdFrom must be before createdTo' },
  RAISED_RANGE: { zh: '提出时间范围有误：起始须早于结束', en: 'Bad raised-at range: raisedFrom must be before raisedTo' },
  SHIFT_RANGE: { zh: '班次时间范围有误：起始须早于结束', en: 'Bad shift time range: shiftsFrom must be before shiftsTo' },
  IDEMPOTENCY_KEY_REUSED: { zh: '幂等键已用于另一请求', en: 'This idempotency key was used for a different request' },
  OUTCOMES_PERIOD: { zh: '统计期间有误：起始须早于结束，且不超过 5 年', en: 'Bad period: from must be before to, at most 5 years' },
};

/** Texts of the codes that modules (kernel plugins included) declare in their manifests. */
const declared = new Map<string, { zh: string; en: string }>();

/** Whether the kernel's table has this code (a module may not declare it: one text per code). */
export const isKernelMessage = (code: string): boolean => Object.hasOwn(messages, code);

/** Called by the registry for each manifest's `userErrorCodes`. */
export function declareMessages(texts: Record<string, { 'zh-CN': string; en: string }>): void {
  for (const [code, t] of Object.entries(texts)) declared.set(code, { zh: t['zh-CN'], en: t.en });
}

export function translate(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const entry = messages[code] ?? declared.get(code);
  const text = entry ? (lang === 'en' ? entry.en : entry.zh) : code;
  return text.replace(/\{(\w+)\}/g, (_, k: string) => String(localized(params[k], lang) ?? ''));
}

/** A param may itself be in both languages (`{ 'zh-CN': …, en: … }`, e.g. a zod problem): pick one. */
function localized(v: unknown, lang: Lang): unknown {
  if (v && typeof v === 'object' && 'zh-CN' in v && 'en' in v) return lang === 'en' ? (v as { en: unknown }).en : (v as { 'zh-CN': unknown })['zh-CN'];
  return v;
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
