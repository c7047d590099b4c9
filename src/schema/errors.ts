// Typed errors. Expected failures of a mutation go to `userErrors`; everything else is an
// AppError with `extensions.code`. Messages are translated when the response is sent.
import { GraphQLError } from 'graphql';
import { translate, type Lang } from './messages';
import type { BilingualText } from './zod-messages';

export type ErrorCode =
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'MODULE_DISABLED'
  | 'BAD_USER_INPUT'
  | 'INVALID_STATE'
  | 'SERVICE_UNAVAILABLE'
  /** A credential check refused for a while after too many failures (`extensions.retryAfter`: seconds). */
  | 'TOO_MANY_ATTEMPTS'
  /** The account's password was reset by an administrator: only accountPasswordChange works until it is changed. */
  | 'PASSWORD_CHANGE_REQUIRED'
  /** The token's or API key's request budget is spent for now (`extensions.retryAfter`: seconds; HTTP 429). */
  | 'RATE_LIMITED'
  /** Stored personal data does not decrypt with the configured keys (operator error, logged). */
  | 'PERSONAL_DATA_KEY'
  | 'INTERNAL_SERVER_ERROR';

export class AppError extends GraphQLError {
  constructor(
    readonly code: ErrorCode,
    readonly messageKey: string = code,
    readonly params: Record<string, unknown> = {},
  ) {
    super(translate(messageKey, 'zh-CN', params), { extensions: { code, ...publicParams(params) } });
  }
  localized(lang: Lang): string {
    return translate(this.messageKey, lang, this.params);
  }
}

// Only plain, non-personal params are exposed as extensions (e.g. current state, module key).
function publicParams(params: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of ['state', 'module', 'field', 'retryAfter']) if (params[k] !== undefined) out[k] = params[k];
  return out;
}

export const notFound = () => new AppError('NOT_FOUND');
export const badInput = (detail: BilingualText, field?: string) => new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { detail, field });

/** An expected failure reported in a mutation payload's `userErrors`. */
export interface UserErrorShape {
  field: string[] | null;
  message: string;
  code: string;
}

export class UserFacingError extends Error {
  constructor(
    readonly code: string,
    readonly field: string[] | null = null,
    readonly params: Record<string, unknown> = {},
    readonly messageKey: string = code,
    /** Keep what the transaction wrote before failing (e.g. revoking a stolen token family). */
    readonly commit = false,
  ) {
    super(code);
  }
  toUserError(lang: Lang): UserErrorShape {
    return { field: this.field, code: this.code, message: translate(this.messageKey, lang, this.params) };
  }
}
