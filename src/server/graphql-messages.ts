// Messages of errors the platform does not write itself — GraphQL's parser and validation rules,
// variable coercion, graphql-armor's limits, Apollo's request checks — in the caller's language.
// graphql-js and armor speak English only: each known message is matched here, given a `reason`
// (extensions.reason: a stable code for the kind of problem, beside extensions.code's class) and a
// Chinese wording. English callers get graphql-js's own text. Field suggestions ("Did you mean …")
// are kept in development and dropped in production, where they would map the schema for a prober.

/** What the client sees of a translated error (`detail`: the English original of an unknown kind, for zh-CN). */
export interface WordedError {
  message: string;
  reason: string;
  detail?: string;
}

type Rule = [RegExp, string, (m: RegExpExecArray) => string];

const q = (s: string | undefined) => `「${s ?? ''}」`;

/** Suggestions graphql-js appends: ` Did you mean "a", "b", or "c"?`, ` Did you mean the enum value "X"?`, … */
const SUGGESTION = /\s*Did you mean (?:to use an inline fragment on |the enum value )?("[^"]+"(?:, "[^"]+")*(?:,? or "[^"]+")?)\?/;

function suggestionZh(message: string): string {
  const m = SUGGESTION.exec(message);
  if (!m) return '';
  const names = [...m[1]!.matchAll(/"([^"]+)"/g)].map((x) => q(x[1]));
  return `。你是否想用${names.join('、')}？`;
}

// Order matters: the first match wins (limits before the generic syntax error).
const RULES: Rule[] = [
  [/Query Cost limit of (\d+) exceeded, found (\d+)/, 'COST_LIMIT', (m) => `查询过于复杂：成本 ${m[2]} 超过上限 ${m[1]}，请减少字段、列表或分页数量`],
  [/Query depth limit of (\d+) exceeded, found (\d+)/, 'DEPTH_LIMIT', (m) => `查询嵌套过深：${m[2]} 层，上限 ${m[1]} 层`],
  [/Aliases limit of (\d+) exceeded, found (\d+)/, 'ALIAS_LIMIT', (m) => `别名过多：${m[2]} 个，上限 ${m[1]} 个`],
  [/Directives limit of (\d+) exceeded, found (\d+)/, 'DIRECTIVE_LIMIT', (m) => `指令过多：${m[2]} 个，上限 ${m[1]} 个`],
  // graphql-js 16 says "more that".
  [/Document contains more tha[nt] (\d+) tokens/, 'TOKEN_LIMIT', (m) => `查询文档过长：超过 ${m[1]} 个词法单元`],
  [/^Syntax Error: (.*)$/s, 'SYNTAX_ERROR', () => '查询文档语法错误'],
  [/^Cannot query field "([^"]+)" on type "([^"]+)"\./, 'UNKNOWN_FIELD', (m) => `类型${q(m[2])}没有字段${q(m[1])}`],
  [/^Unknown argument "([^"]+)" on field "([^"]+)"\./, 'UNKNOWN_ARGUMENT', (m) => `字段${q(m[2])}没有参数${q(m[1])}`],
  [/^Unknown argument "([^"]+)" on directive "([^"]+)"\./, 'UNKNOWN_ARGUMENT', (m) => `指令${q(m[2])}没有参数${q(m[1])}`],
  [/^Unknown type "([^"]+)"\./, 'UNKNOWN_TYPE', (m) => `未知类型${q(m[1])}`],
  [/^Unknown fragment "([^"]+)"\./, 'UNKNOWN_FRAGMENT', (m) => `未定义的片段${q(m[1])}`],
  [/^Unknown directive "([^"]+)"\./, 'UNKNOWN_DIRECTIVE', (m) => `未知指令${q(m[1])}`],
  [/^Unknown operation named "([^"]+)"\./, 'UNKNOWN_OPERATION', (m) => `文档中没有名为${q(m[1])}的操作`],
  [/^Must provide operation name if query contains multiple operations\./, 'OPERATION_NAME_REQUIRED', () => '文档含多个操作时须提供 operationName'],
  [/^Must provide query string\./, 'QUERY_REQUIRED', () => '请求中缺少 query'],
  [
    /^Field "([^"]+)" argument "([^"]+)" of type "([^"]+)" is required, but it was not provided\./,
    'MISSING_ARGUMENT',
    (m) => `字段${q(m[1])}缺少必填参数${q(m[2])}（${m[3]}）`,
  ],
  [/^Field "([^"]+)" of type "([^"]+)" must have a selection of subfields\./, 'SELECTION_REQUIRED', (m) => `字段${q(m[1])}（${m[2]}）须选择子字段`],
  [
    /^Field "([^"]+)" must not have a selection since type "([^"]+)" has no subfields\./,
    'SELECTION_NOT_ALLOWED',
    (m) => `字段${q(m[1])}（${m[2]}）没有子字段，不能带选择集`,
  ],
  [/^Field "([^"]+)" of required type "([^"]+)" was not provided\./, 'MISSING_INPUT_FIELD', (m) => `缺少必填字段${q(m[1])}（${m[2]}）`],
  [/^Field "([^"]+)" is not defined by type "([^"]+)"\./, 'UNKNOWN_INPUT_FIELD', (m) => `输入类型${q(m[2])}没有字段${q(m[1])}`],
  [/^Variable "([^"]+)" of required type "([^"]+)" was not provided\./, 'MISSING_VARIABLE', (m) => `缺少必填变量${q(m[1])}（${m[2]}）`],
  [/^Variable "([^"]+)" of non-null type "([^"]+)" must not be null\./, 'MISSING_VARIABLE', (m) => `变量${q(m[1])}（${m[2]}）不能为 null`],
  [/^Variable "([^"]+)" is not defined/, 'UNDEFINED_VARIABLE', (m) => `变量${q(m[1])}未在操作中声明`],
  [/^Variable "([^"]+)" is never used/, 'UNUSED_VARIABLE', (m) => `变量${q(m[1])}已声明但未使用`],
  [
    /^Variable "([^"]+)" of type "([^"]+)" used in position expecting type "([^"]+)"\./,
    'VARIABLE_TYPE_MISMATCH',
    (m) => `变量${q(m[1])}的类型 ${m[2]} 与所需类型 ${m[3]} 不符`,
  ],
  [/^Variable "([^"]+)" cannot be non-input type "([^"]+)"\./, 'VARIABLE_TYPE_MISMATCH', (m) => `变量${q(m[1])}不能是非输入类型 ${m[2]}`],
  [
    /^Variable "([^"]+)" got invalid value (?:.*? at "([^"]+)"|.*?); (.*)$/s,
    'INVALID_VALUE',
    (m) => `变量${q(m[1])}${m[2] ? `中${q(m[2])}` : ''}的值无效：${zhOf(m[3]!)}`,
  ],
  [/^Fragment "([^"]+)" is never used\./, 'UNUSED_FRAGMENT', (m) => `片段${q(m[1])}已定义但未使用`],
  [/^There can be only one (?:operation|fragment|argument|variable|input field) named "([^"]+)"\./, 'DUPLICATE_NAME', (m) => `名称${q(m[1])}重复`],
  [/^This anonymous operation must be the only defined operation\./, 'ANONYMOUS_OPERATION', () => '匿名操作须是文档中唯一的操作'],
  [/^(?:Subscription|Anonymous Subscription).* must select only one top level field\./, 'SUBSCRIPTION_FIELDS', () => '订阅只能选择一个顶层字段'],
  [/^Expected value of type "([^"]+)", found (.*?)(?:;|\.$|$)/s, 'INVALID_VALUE', (m) => `值的类型应为 ${m[1]}`],
  [/^Value "([^"]+)" does not exist in "([^"]+)" enum\./, 'INVALID_VALUE', (m) => `${q(m[1])}不是枚举 ${m[2]} 的取值`],
  [/^Enum "([^"]+)" cannot represent non-enum value/, 'INVALID_VALUE', (m) => `值须为枚举 ${m[1]} 的取值`],
  [/^(String|Int|Float|Boolean|ID) cannot represent/, 'INVALID_VALUE', (m) => `值不是有效的 ${m[1]}`],
  [/^Expected type "([^"]+)"/, 'INVALID_VALUE', (m) => `值的类型应为 ${m[1]}`],
  [/^(?:Invalid|Value is not a valid) ([A-Za-z]+)/, 'INVALID_VALUE', (m) => `值不是有效的 ${m[1]}`],
  [
    /Cross-Site Request Forgery/,
    'CSRF_PREVENTION',
    () => '已拦截可能的跨站请求伪造（CSRF）：请用 Content-Type: application/json 发送，或带上 apollo-require-preflight / x-apollo-operation-name 请求头',
  ],
  [/^POST body missing/, 'BODY_REQUIRED', () => '请求体缺失，或不是 JSON 对象（Content-Type: application/json）'],
  [/^GraphQL operations must contain a non-empty `query`|^GET requests must specify a query/, 'QUERY_REQUIRED', () => '请求中缺少 query'],
  [/^GraphQL queries must be strings/, 'QUERY_REQUIRED', () => 'query 须为字符串'],
  [/^GET requests only support query operations/, 'METHOD_NOT_ALLOWED', () => 'GET 只能发送查询；变更请用 POST'],
  [/^`(\w+)` in a POST body|^The (\w+) search parameter/, 'INVALID_PARAMETER', (m) => `参数${q(m[1] ?? m[2])}须为 JSON 对象`],
  [/^PersistedQueryNotFound$/, 'PERSISTED_QUERY_NOT_FOUND', () => '服务器没有此持久化查询，请附上完整 query 重发'],
  [/^PersistedQueryNotSupported$/, 'PERSISTED_QUERY_NOT_SUPPORTED', () => '服务器不支持持久化查询'],
  [/introspection is not allowed/i, 'INTROSPECTION_DISABLED', () => '本服务器未开放内省查询（introspection）'],
];

function zhOf(message: string): string {
  for (const [re, , zh] of RULES) {
    const m = re.exec(message);
    if (m) return zh(m);
  }
  return '请求无效';
}

/**
 * The message of a parse, validation or coercion error in `lang`, and its reason. Unknown messages
 * keep their English text in `en` and read "请求无效（reason OTHER）" in zh-CN.
 */
export function wordGraphqlError(message: string, lang: 'zh-CN' | 'en', suggestions: boolean): WordedError {
  const rule = RULES.find(([re]) => re.test(message));
  const reason = rule ? rule[1] : 'OTHER';
  if (lang === 'en') return { message: suggestions ? message : message.replace(SUGGESTION, '').trim(), reason };
  if (!rule) return { message: '请求无效（详见 extensions.detail）', reason, detail: message };
  const text = rule[2](rule[0].exec(message)!);
  return { message: suggestions ? text + suggestionZh(message) : text, reason };
}
