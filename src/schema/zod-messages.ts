// zod's messages in both languages the platform speaks. zod writes English by default and its own
// zh-CN locale leaves type names in English ("期望 string <=3 字符"), so the Chinese texts are ours:
// an error map per issue code, passed to the parse (a schema's own message, e.g. a code such as
// PHONE_INVALID, still wins). A failed input is parsed a second time for the English text, so a
// user error can be worded in the caller's language when the response is written.
import type { z } from 'zod';

/** A text in both languages (as `LocalizedText`); `translate` picks one when it fills a placeholder. */
export type BilingualText = { 'zh-CN': string; en: string };

const TYPE_ZH: Record<string, string> = {
  string: '文本',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '布尔值（true/false）',
  date: '日期',
  array: '列表',
  object: '对象',
  record: '对象',
  set: '集合',
  map: '对象',
  enum: '枚举值',
  literal: '固定值',
  null: '空值',
  undefined: '空',
  nan: 'NaN',
};

const FORMAT_ZH: Record<string, string> = {
  email: '电子邮箱',
  url: '网址',
  uuid: 'UUID',
  datetime: '日期时间（ISO 8601）',
  date: '日期（YYYY-MM-DD）',
  time: '时间（HH:MM）',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  regex: '规定格式',
  json_string: 'JSON 文本',
};

type Issue = {
  code: string;
  expected?: string;
  input?: unknown;
  origin?: string;
  maximum?: number | bigint | Date;
  minimum?: number | bigint | Date;
  inclusive?: boolean;
  exact?: boolean;
  format?: string;
  pattern?: string;
  prefix?: string;
  suffix?: string;
  includes?: string;
  divisor?: number;
  keys?: string[];
  values?: unknown[];
};

const show = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

function size(i: Issue, big: boolean): string {
  const n = show(big ? i.maximum : i.minimum);
  const exact = i.exact ? '须为' : null;
  switch (i.origin) {
    case 'string':
      if (!big && n === '1' && !exact) return '不能为空';
      return exact ? `须为 ${n} 个字符` : big ? `不能超过 ${n} 个字符` : `至少 ${n} 个字符`;
    case 'array':
    case 'set':
      return exact ? `须为 ${n} 项` : big ? `最多 ${n} 项` : `至少 ${n} 项`;
    case 'date':
      return big ? `不能晚于 ${n}` : `不能早于 ${n}`;
    default:
      if (big) return i.inclusive === false ? `须小于 ${n}` : `不能大于 ${n}`;
      return i.inclusive === false ? `须大于 ${n}` : `不能小于 ${n}`;
  }
}

/** The Chinese text of one zod issue (raw or final). */
export function zodIssueZh(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `缺少此项（应为${TYPE_ZH[issue.expected ?? ''] ?? '有效值'}）`
        : `类型错误：应为${TYPE_ZH[issue.expected ?? ''] ?? '有效值'}`;
    case 'too_big':
      return size(issue, true);
    case 'too_small':
      return size(issue, false);
    case 'invalid_format':
      if (issue.format === 'starts_with') return `须以「${issue.prefix}」开头`;
      if (issue.format === 'ends_with') return `须以「${issue.suffix}」结尾`;
      if (issue.format === 'includes') return `须包含「${issue.includes}」`;
      if (issue.format === 'regex') return `格式不正确（须符合 ${issue.pattern}）`;
      return `格式不正确：应为${FORMAT_ZH[issue.format ?? ''] ?? '规定格式'}`;
    case 'not_multiple_of':
      return `须为 ${issue.divisor} 的倍数`;
    case 'unrecognized_keys':
      return `不允许的字段：${(issue.keys ?? []).join('、')}`;
    case 'invalid_value':
      return `须为以下之一：${(issue.values ?? []).map((v) => JSON.stringify(v)).join('、')}`;
    case 'invalid_union':
      return '不符合任何允许的形式';
    case 'invalid_key':
      return '键无效';
    case 'invalid_element':
      return '元素无效';
    default:
      return '输入无效';
  }
}

const zhErrorMap = (issue: unknown) => zodIssueZh(issue as Issue);

/** The first problem of a failed parse, in both languages, with its path (`title`, `items.0.name`). */
export interface ZodProblem {
  path: string[];
  text: BilingualText;
}

/** Parses with Chinese messages; on failure also words the first problem in English. */
export function parseBilingual<S extends z.ZodTypeAny>(
  schema: S,
  input: unknown,
): { success: true; data: z.output<S> } | { success: false; problem: ZodProblem; issue: z.core.$ZodIssue } {
  const zh = schema.safeParse(input, { error: zhErrorMap });
  if (zh.success) return { success: true, data: zh.data };
  const issue = zh.error.issues[0]!;
  const en = schema.safeParse(input);
  const enIssue = en.success ? undefined : en.error.issues[0];
  return {
    success: false,
    issue,
    problem: { path: issue.path.map(String), text: { 'zh-CN': issue.message, en: enIssue?.message ?? issue.message } },
  };
}

/** `path: message` in both languages (the `detail` of BAD_USER_INPUT and SETTINGS_INVALID). */
export function problemDetail(p: ZodProblem, prefix = ''): BilingualText {
  const at = [prefix, p.path.join('.')].filter(Boolean).join('.') || '(root)';
  return { 'zh-CN': `${at}：${p.text['zh-CN']}`, en: `${at}: ${p.text.en}` };
}
