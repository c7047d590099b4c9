// Mutation plumbing: each runs in one transaction; expected failures become `userErrors` and
// leave nothing written; payload types come from one factory.
import { Field, ObjectType, type ClassType } from 'type-graphql';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Ctx } from './context';
import { AppError, UserFacingError, type ErrorCode, type UserErrorShape } from './errors';
import { TOP_LEVEL_CODES } from './user-error-codes';
import { UserError } from './user-error';
import { parseBilingual, problemDetail } from './zod-messages';

export interface PayloadShape {
  userErrors: UserErrorShape[];
}

/** `<Name>Payload { <field>: T, userErrors }` */
export function Payload<T extends object>(type: ClassType<T>, field: string, name: string, zh: string) {
  @ObjectType(`${name}Payload`, { description: `${zh}结果 — result of a mutation on ${name}` })
  class P {
    @Field(() => type, { name: field, nullable: true, description: `${zh} — the object, null when userErrors is not empty` })
    value!: T | null;
    @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' })
    userErrors!: UserErrorShape[];
  }
  return P;
}

/** Runs `fn` in a transaction and shapes the result as a payload. */
export async function mutate<T>(ctx: Ctx, fn: (em: EntityManager) => Promise<T>): Promise<{ value: T | null; userErrors: UserErrorShape[] }> {
  try {
    const value = await ctx.em.transactional(async (em) => {
      try {
        return await fn(em as EntityManager);
      } catch (e) {
        if (e instanceof UserFacingError && e.commit) return e;
        throw e;
      }
    });
    if (value instanceof UserFacingError) return { value: null, userErrors: [value.toUserError(ctx.lang)] };
    return { value, userErrors: [] };
  } catch (e) {
    return failed(ctx, e);
  }
}

/**
 * For a mutation whose only write is ONE statement (atomic by itself, in autocommit): no
 * BEGIN/COMMIT round trips, and the row locks it takes are held only while the server runs it,
 * not while the event loop gets round to sending COMMIT. `fn` may read before that statement and
 * after it, never write twice. Same payload shaping as `mutate`.
 */
export async function mutateAtomic<T>(ctx: Ctx, fn: (em: EntityManager) => Promise<T>): Promise<{ value: T | null; userErrors: UserErrorShape[] }> {
  try {
    return { value: await fn(ctx.em), userErrors: [] };
  } catch (e) {
    return failed(ctx, e);
  }
}

function failed(ctx: Ctx, e: unknown): { value: null; userErrors: UserErrorShape[] } {
  // The error contract: who the caller is and what they may do is answered top-level, never in
  // userErrors — whichever way a mutation said it.
  if (e instanceof UserFacingError && (TOP_LEVEL_CODES as readonly string[]).includes(e.code)) throw new AppError(e.code as ErrorCode);
  if (e instanceof UserFacingError) return { value: null, userErrors: [e.toUserError(ctx.lang)] };
  // Unknown or foreign ids inside a mutation's input are the caller's to fix: report them alike.
  if (e instanceof AppError && (e.code === 'NOT_FOUND' || e.code === 'BAD_USER_INPUT')) {
    return {
      value: null,
      userErrors: [
        {
          field: e.params.field ? ['input', String(e.params.field)] : null,
          code: e.messageKey === 'INVALID_ID' ? 'INVALID_ID' : e.code,
          message: e.localized(ctx.lang),
        },
      ],
    };
  }
  if (e instanceof UniqueConstraintViolationException) {
    return {
      value: null,
      userErrors: [new UserFacingError('ALREADY_EXISTS', null, { what: ctx.lang === 'en' ? 'The record' : '记录' }).toUserError(ctx.lang)],
    };
  }
  throw e;
}

/**
 * Validates input with zod; the first problem becomes a BAD_USER_INPUT user error with its field path
 * and a message in the caller's language (zh-CN unless asked for en). A schema's own message that is
 * a user error code (ID_NUMBER_INVALID, PHONE_INVALID, PASSWORD_WEAK) becomes that code.
 */
export function check<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const parsed = parseBilingual(schema, input);
  if (parsed.success) return parsed.data;
  const field = parsed.problem.path;
  const message = parsed.issue.message;
  const known = ['ID_NUMBER_INVALID', 'PHONE_INVALID', 'PASSWORD_WEAK'].includes(message);
  throw new UserFacingError(known ? message : 'BAD_USER_INPUT', ['input', ...field], { detail: problemDetail(parsed.problem) });
}
