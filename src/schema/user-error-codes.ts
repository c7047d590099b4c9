// The `UserErrorCode` enum: what `userErrors { code }` may say. The kernel declares the codes every
// module shares (below); each module declares its own in its manifest (`userErrorCodes`), and the
// schema builder assembles one enum from both, so the kernel never imports a module. A code thrown
// at runtime that nobody declared cannot be serialized: the contract test finds it before a client does.
//
// The other side of the rule: refusals of the caller rather than of the request — unauthenticated,
// forbidden, module disabled, malformed documents or variables — are top-level `errors` with
// `extensions.code` and are never user error codes (the registry refuses to declare them).
import { GraphQLEnumType, GraphQLList, GraphQLNonNull, GraphQLObjectType, GraphQLSchema, isNonNullType } from 'graphql';

/** A text in both languages the platform speaks (same shape as the module contract's `LocalizedText`). */
type Text = { 'zh-CN': string; en: string };

const t = (zh: string, en: string): Text => ({ 'zh-CN': zh, en });

/** Codes of any module's `userErrors`: shared refusals that need no declaration. */
export const KERNEL_USER_ERROR_CODES: Record<string, Text> = {
  NOT_FOUND: t('对象不存在或无权访问 — an id in the input names nothing the caller can see', 'Not found, or not visible to the caller'),
  BAD_USER_INPUT: t('输入有误 — a value breaks a rule of its field (length, format, range); `field` names it', 'Invalid input value'),
  INVALID_ID: t('无效的 ID — an id in the input is not an id of the expected type', 'Malformed id, or an id of another type'),
  INVALID_STATE: t('当前状态不允许此操作 — the object is in a state where the action is not allowed', 'Not allowed in the current state'),
  ALREADY_EXISTS: t('已存在 — a unique value (name, code, number) is taken', 'Already exists'),
  IDEMPOTENCY_KEY_REUSED: t('幂等键已用于另一请求 — the same idempotencyKey came with a different input', 'Idempotency key reused with another input'),
  ID_NUMBER_INVALID: t('身份证号码校验失败 — the resident ID number fails its checksum', 'Invalid resident ID number'),
  PHONE_INVALID: t('手机号码格式不正确 — not a mainland mobile number', 'Invalid mobile phone number'),
  PERMISSION_UNKNOWN: t('未知权限 — a permission key that no installed module declares', 'Unknown permission key'),
};

/** Codes that are top-level `errors[].extensions.code` by the contract, never `userErrors` codes. */
export const TOP_LEVEL_CODES = [
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'MODULE_DISABLED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'SUBSCRIPTION_OVER_HTTP',
  'SUBSCRIPTION_LIMIT',
  'TOO_MANY_ATTEMPTS',
  'RATE_LIMITED',
  'PASSWORD_CHANGE_REQUIRED',
  'SERVICE_UNAVAILABLE',
  'PERSONAL_DATA_KEY',
  'INTERNAL_SERVER_ERROR',
] as const;

/** A declared code: what it means and who declared it (`kernel` or a module key). */
export interface DeclaredCode {
  text: Text;
  declaredBy: string;
}

export const USER_ERROR_CODE_TYPE = 'UserErrorCode';

/** The enum, one value per declared code (wire value = the code itself, as clients always saw it). */
export function userErrorCodeEnum(codes: ReadonlyMap<string, DeclaredCode>): GraphQLEnumType {
  const values: Record<string, { value: string; description: string }> = {};
  for (const [code, d] of [...codes].sort(([a], [b]) => a.localeCompare(b))) {
    const source = d.declaredBy === 'kernel' ? '' : `（模块 ${d.declaredBy}）`;
    // The text is also the message: its `{name}` placeholders read as "…" in the documentation.
    const doc = (text: string) => text.replace(/\{\w+\}/g, '…');
    values[code] = { value: code, description: `${doc(d.text['zh-CN'])}${source} / ${doc(d.text.en)}` };
  }
  return new GraphQLEnumType({
    name: USER_ERROR_CODE_TYPE,
    description:
      "用户错误代码 — why a mutation refused its input (userErrors): the kernel's shared codes and those each installed module declares in its manifest",
    values,
  });
}

/**
 * Types `UserError.code` with the enum of `codes`. type-graphql declares the field as a String (the
 * set of codes is known only once the registry is): here, on the schema built for that registry,
 * the field takes the enum, which then appears in the schema and the SDL.
 */
export function typeUserErrorCodes(schema: GraphQLSchema, codes: ReadonlyMap<string, DeclaredCode>): GraphQLSchema {
  const userError = schema.getType('UserError');
  if (!(userError instanceof GraphQLObjectType)) return schema;
  const field = userError.getFields().code;
  if (!field) return schema;
  const enumType = userErrorCodeEnum(codes);
  field.type = isNonNullType(field.type) ? new GraphQLNonNull(enumType) : enumType;
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, enumType] });
}

/** Every mutation payload's `userErrors` list is `[UserError!]!` of this shape (the contract test reads it). */
export function isUserErrorList(type: unknown): boolean {
  const list = isNonNullType(type as never) ? (type as GraphQLNonNull<GraphQLList<never>>).ofType : type;
  if (!(list instanceof GraphQLList)) return false;
  const item = isNonNullType(list.ofType as never) ? (list.ofType as GraphQLNonNull<never>).ofType : list.ofType;
  return item instanceof GraphQLObjectType && item.name === 'UserError';
}
