// What clients see of errors: our typed codes and GraphQL's own validation/parse errors pass
// through (translated); database outages become SERVICE_UNAVAILABLE; anything else is masked as
// INTERNAL_SERVER_ERROR with the request id, and logged in full (personal data scrubbed).
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from 'pino';
import { AppError } from '../schema/errors';
import { translate, type Lang } from '../schema/messages';
import { requestMeta } from './request-meta';
import { scrub } from './logger';
import { wordGraphqlError } from './graphql-messages';

const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'MODULE_DISABLED',
  'INVALID_STATE',
  'SUBSCRIPTION_LIMIT',
  'SUBSCRIPTION_OVER_HTTP',
  'TOO_MANY_ATTEMPTS',
  'PASSWORD_CHANGE_REQUIRED',
  'RATE_LIMITED',
]);

/** Errors graphql-js, armor and Apollo word in English: translated, with `extensions.reason`. */
const WORDED = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

const DB_DOWN = ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08003', '08006', '53300'];

/** True for connection-level failures, however the driver wrapped them (Error, plain object, AggregateError). */
export function isDatabaseDown(err: unknown, depth = 0): boolean {
  const e = err as { code?: string; message?: string; thrownValue?: unknown; originalError?: unknown; cause?: unknown; errors?: unknown[] } | null;
  if (!e || typeof e !== 'object' || depth > 4) return false;
  if (e.code && DB_DOWN.includes(e.code)) return true;
  if (
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Timeout acquiring a connection|Connection ended unexpectedly|Client has encountered a connection error/i.test(
      e.message ?? '',
    )
  )
    return true;
  return [e.thrownValue, e.originalError, e.cause, ...(Array.isArray(e.errors) ? e.errors : [])].some((x) => isDatabaseDown(x, depth + 1));
}

export interface FormatErrorOptions {
  /** Keep GraphQL's "Did you mean …" field suggestions (development); off in production. */
  suggestions: boolean;
  /** Hears each formatted error's code (metrics). */
  onCode?: (code: string) => void;
}

/** Formats each error a client gets, noting its code for the access log and `opts.onCode`. */
export function makeFormatError(log: Logger, opts: FormatErrorOptions = { suggestions: false }) {
  const format = makeFormatter(log, opts);
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const out = format(formatted, error);
    const code = String(out.extensions?.code ?? 'UNKNOWN');
    requestMeta.getStore()?.codes?.push(code);
    opts.onCode?.(code);
    return out;
  };
}

function makeFormatter(log: Logger, opts: FormatErrorOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const meta = requestMeta.getStore();
    const lang: Lang = meta?.lang ?? 'zh-CN';
    const requestId = meta?.requestId ?? 'n/a';
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      return { message: original.localized(lang), path: formatted.path, locations: formatted.locations, extensions: { ...original.extensions } };
    }
    const code = formatted.extensions?.code as string | undefined;
    if (code && PASS_THROUGH.has(code)) {
      const { stacktrace: _s, ...ext } = formatted.extensions ?? {};
      if (WORDED.has(code)) {
        const worded = wordGraphqlError(formatted.message, lang, opts.suggestions);
        // Coercion errors quote the offending value: keep 身份证号 and phone numbers out of them.
        return {
          ...formatted,
          message: scrub(worded.message),
          extensions: { ...ext, reason: worded.reason, ...(worded.detail ? { detail: scrub(worded.detail) } : {}) },
        };
      }
      return { ...formatted, message: scrub(formatted.message), extensions: ext };
    }
    if (isDatabaseDown(original)) {
      log.warn({ requestId, err: (original as Error)?.message }, 'database unavailable');
      return { message: translate('SERVICE_UNAVAILABLE', lang), path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE', requestId } };
    }
    log.error({ requestId, err: original, path: formatted.path }, 'internal error');
    return {
      message: translate('INTERNAL_SERVER_ERROR', lang, { requestId }),
      path: formatted.path,
      locations: formatted.locations,
      extensions: { code: 'INTERNAL_SERVER_ERROR', requestId },
    };
  };
}
