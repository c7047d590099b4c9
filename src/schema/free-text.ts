// Personal numbers inside free text: a resident types "王阿姨 13812345678" into a request's
// description, a volunteer's note carries a 身份证号. What they wrote is kept as written; what a
// reader gets depends on who reads. Fields declare it with @PersonalText() and the schema wraps
// their resolvers once (maskPersonalTextFields, at build), so lists, boards, subscriptions and
// payloads all pass through the same check; non-GraphQL outputs (Open311, exports) call
// maskPersonalText themselves.
import { defaultFieldResolver, isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';
import { Extensions } from 'type-graphql';
import type { Ctx } from './context';
import { IS_ACCOUNT } from './viewer-facts';

/**
 * The permission that lets a reader see personal numbers in clear (the one residents' unmasked
 * reads use). Core declares it; it moves with identity into the kernel.
 */
export const PERSONAL_READ_PERMISSION = 'core.resident.readPersonal';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

function validDate(y: string, m: string, d: string): boolean {
  const iso = `${y}-${m}-${d}`;
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso;
}

/** GB 11643 check: 18 characters, valid birth date, ISO 7064 MOD 11-2 check digit. */
export function isValidIdNumber(id: string): boolean {
  if (!/^\d{17}[\dX]$/.test(id)) return false;
  if (!validDate(id.slice(6, 10), id.slice(10, 12), id.slice(12, 14))) return false;
  const sum = ID_WEIGHTS.reduce((acc, w, i) => acc + w * Number(id[i]), 0);
  return ID_CHECK[sum % 11] === id[17];
}

/** First-generation 身份证号 (before 1999): 15 digits, birth date as YYMMDD of the 1900s, no check digit. */
export function isValidIdNumber15(id: string): boolean {
  return /^\d{15}$/.test(id) && validDate(`19${id.slice(6, 8)}`, id.slice(8, 10), id.slice(10, 12));
}

// Full-width digits (０-９, what a Chinese IME may type) count as digits.
const D = '[0-9\\uFF10-\\uFF19]';
const SEP = '[ \\t\\u3000\\-\\u2010-\\u2015]';
// A 身份证号 candidate: 15 or 18 characters not glued to other digits or letters.
const ID_CANDIDATE = new RegExp(`(?<![0-9A-Za-z\\uFF10-\\uFF19])(?:${D}{17}[0-9Xx\\uFF10-\\uFF19\\uFF38\\uFF58]|${D}{15})(?![0-9A-Za-z\\uFF10-\\uFF19])`, 'g');
// A mainland mobile: 1[3-9]x then 8 digits, single spaces or dashes between any of them allowed
// (138 1234 5678, 138-1234-5678), optionally after +86/86.
const MOBILE = new RegExp(`(?<!${D})((?:\\+?86${SEP}?)?)([1\\uFF11]${D}${D}(?:${SEP}?${D}){8})(?!${D})`, 'g');
const ANY_DIGITS = /[0-9\uFF10-\uFF19]{3}/;

const ascii = (s: string) => s.replace(/[\uFF10-\uFF19\uFF38\uFF58]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).toUpperCase();

const isMobileDigits = (digits: string) => /^1[3-9]\d{9}$/.test(digits);

/** Whether the text holds a 身份证号 (15 or 18 digits, valid) or a mainland mobile number. */
export function hasPersonalNumber(text: string): boolean {
  return maskPersonalText(text) !== text;
}

/**
 * The text with every 身份证号 and mobile number masked like the personal fields are
 * (110***********1234, 138****5678); everything else as written.
 */
export function maskPersonalText(text: string): string {
  // Most free text has no three digits in a row: skip the expressions.
  if (!ANY_DIGITS.test(text)) return text;
  const ids = text.replace(ID_CANDIDATE, (m) => {
    const id = ascii(m);
    if (!(id.length === 18 ? isValidIdNumber(id) : isValidIdNumber15(id))) return m;
    return `${id.slice(0, 3)}${'*'.repeat(id.length - 7)}${id.slice(-4)}`;
  });
  return ids.replace(MOBILE, (m, prefix: string, number: string) => {
    const digits = ascii(number).replace(/\D/g, '');
    return isMobileDigits(digits) ? `${prefix}${digits.slice(0, 3)}****${digits.slice(-4)}` : m;
  });
}

/** Extension key carried by @PersonalText fields. */
export const PERSONAL_TEXT_EXTENSION = 'wushePersonalText';

interface PersonalTextPolicy {
  /** Who reads the numbers in clear. */
  permission: string;
  /** Its writer, from the parent object: they see their own text as typed. */
  author?: (parent: never) => string | null | undefined;
}

/**
 * Marks a free-text output field (String, [String], or JSON whose strings are checked): 身份证号 and mobile numbers in it are masked
 * for readers without `permission` (default: the residents' readPersonal). `author` names the
 * account that wrote it, who always sees it as typed.
 */
export function PersonalText<P = never>(
  opts: { permission?: string; author?: (parent: P) => string | null | undefined } = {},
): MethodDecorator & PropertyDecorator {
  const policy: PersonalTextPolicy = { permission: opts.permission ?? PERSONAL_READ_PERMISSION, author: opts.author as PersonalTextPolicy['author'] };
  return Extensions({ [PERSONAL_TEXT_EXTENSION]: policy }) as MethodDecorator & PropertyDecorator;
}

const isThenable = (v: unknown): v is PromiseLike<unknown> => !!v && typeof (v as PromiseLike<unknown>).then === 'function';

// Strings, lists of strings, and JSON objects (change-feed data) at any depth.
function maskValue(v: unknown, depth = 0): unknown {
  if (typeof v === 'string') return maskPersonalText(v);
  if (depth > 8 || v === null || typeof v !== 'object' || v instanceof Date) return v;
  if (Array.isArray(v)) return v.map((x) => maskValue(x, depth + 1));
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, maskValue(x, depth + 1)]));
}

function needsMask(v: unknown, depth = 0): boolean {
  if (typeof v === 'string') return hasPersonalNumber(v);
  if (depth > 8 || v === null || typeof v !== 'object' || v instanceof Date) return false;
  return (Array.isArray(v) ? v : Object.values(v)).some((x) => needsMask(x, depth + 1));
}

/** The value for this reader: as written if it holds no number, or the reader may see it; else masked. */
function guard(v: unknown, parent: unknown, ctx: Ctx | undefined, policy: PersonalTextPolicy): unknown {
  if (!needsMask(v)) return v;
  if (!ctx || typeof ctx.access !== 'function') return maskValue(v);
  const author = policy.author?.(parent as never);
  // A viewer fact, not the raw identity: a live event stays shared by everyone who is not the author.
  if (author && ctx.fact(IS_ACCOUNT, author) === true) return v;
  const access = ctx.accessNow();
  if (access) return access.permissions.has(policy.permission) ? v : maskValue(v);
  return ctx.access().then(
    (a) => (a.permissions.has(policy.permission) ? v : maskValue(v)),
    () => maskValue(v),
  );
}

/**
 * Wraps the resolver of every field declared with @PersonalText (whatever resolves it: a property
 * read, a field resolver, a simpleResolvers type) so its value passes `guard` for the reader.
 */
export function maskPersonalTextFields(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const policy = field.extensions?.[PERSONAL_TEXT_EXTENSION] as PersonalTextPolicy | undefined;
      if (!policy) continue;
      const inner: GraphQLFieldResolver<unknown, Ctx> = field.resolve ?? defaultFieldResolver;
      field.resolve = (parent, args, ctx, info) => {
        const v = inner(parent, args, ctx, info);
        return isThenable(v) ? Promise.resolve(v).then((x) => guard(x, parent, ctx, policy)) : guard(v, parent, ctx, policy);
      };
    }
  }
  return schema;
}
