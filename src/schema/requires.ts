// Deny by default: every root field declares its module and permission with @Requires.
// The declaration lands in the field's schema extensions, where a contract test checks that no
// root field lacks one, and installs the guard that enforces it.
import { Extensions, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { Ctx } from './context';
import { AppError } from './errors';

/** Anyone, signed in or not (login, public statements). */
export const PUBLIC = '@public';
/** Any signed-in caller, no community needed (own profile, logout). */
export const SIGNED_IN = '@signed-in';
/**
 * Any signed-in caller, also one whose password an administrator reset and who must change it
 * before anything else works: the password change alone.
 */
export const PASSWORD_CHANGE = '@password-change';

export interface FieldPolicy {
  module: string;
  permission: string;
}

export function Requires(module: string, permission: string): MethodDecorator & PropertyDecorator {
  const policy: FieldPolicy = { module, permission };
  const ext = Extensions({ wushe: policy });
  const guard = UseMiddleware(guardFor(policy));
  return (target: object, key: string | symbol, descriptor?: PropertyDescriptor) => {
    ext(target, key, descriptor as PropertyDescriptor);
    guard(target, key, descriptor as PropertyDescriptor);
  };
}

export function guardFor(policy: FieldPolicy): MiddlewareFn<Ctx> {
  return async ({ context }, next) => {
    await enforce(context, policy);
    return next();
  };
}

export async function enforce(ctx: Ctx, { module, permission }: FieldPolicy): Promise<void> {
  if (permission === PUBLIC) return;
  if (!ctx.viewer) throw new AppError('UNAUTHENTICATED');
  // The token alone proves who signed in, not that they still may: the account's state (and an API
  // key's) is read with the caller's access, once per operation, before any field that needs a caller.
  const access = await ctx.access();
  if (access.credential === 'disabled') throw new AppError('UNAUTHENTICATED', 'ACCOUNT_DISABLED');
  if (access.credential === 'password-change') {
    if (permission === PASSWORD_CHANGE) return;
    throw new AppError('PASSWORD_CHANGE_REQUIRED');
  }
  if (access.credential !== 'live') throw new AppError('UNAUTHENTICATED', 'TOKEN_INVALID');
  if (permission === SIGNED_IN || permission === PASSWORD_CHANGE) return;
  if (!access.communityId) throw new AppError('FORBIDDEN', 'NO_COMMUNITY');
  if (!access.enabledModules.has(module)) {
    throw new AppError('MODULE_DISABLED', 'MODULE_DISABLED', { module });
  }
  if (!access.permissions.has(permission)) throw new AppError('FORBIDDEN');
}
