// Who may use which account: staff with points.manage any account of the community; a resident
// their own household's account (household scope) or their own (person scope). Anything else
// answers like a missing account.
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { householdsOfAccounts } from '../core/public';
import { PointsAccountKind } from './points.enums';
import { PointsAccount } from './points-ledger.entity';
import { PointsSettings } from './points.settings';
import { ensureAccount, findAccount, type Owner } from './ledger.service';
import type { EntityManager } from '@mikro-orm/postgresql';

/** The caller's own account owner under the community's scope (null: no household on file). */
export async function ownOwner(ctx: Ctx, scope: PointsSettings['accountScope']): Promise<Owner | null> {
  const accountId = ctx.viewer?.apiKey ? null : ctx.viewer?.accountId;
  if (!accountId) return null;
  if (scope === 'person') return { personAccountId: accountId };
  const { communityId } = await ctx.access();
  const householdId = (await householdsOfAccounts(ctx.em, communityId!, [accountId])).get(accountId);
  return householdId ? { householdId } : null;
}

/**
 * The caller's own member account; created on demand when `create` (ledger mutations). Inside a
 * mutation pass the owner resolved beforehand: a second pooled connection taken while the
 * transaction holds one can starve the pool under load.
 */
export async function ownAccountId(ctx: Ctx, em: EntityManager, create: boolean, resolved?: Awaited<ReturnType<typeof ownOwner>>): Promise<string | null> {
  const { communityId } = await ctx.access();
  const owner = resolved !== undefined ? resolved : await ownOwner(ctx, (await ctx.settings(PointsSettings)).accountScope);
  if (!owner) {
    if (create) throw new UserFacingError('NO_POINTS_ACCOUNT', ['input']);
    return null;
  }
  return create ? ensureAccount(em, communityId!, owner) : findAccount(em, communityId!, owner);
}

export async function canSeeAccount(ctx: Ctx, account: PointsAccount, em: EntityManager = ctx.em): Promise<boolean> {
  const { communityId } = await ctx.access();
  if (account.communityId !== communityId) return false;
  if (await ctx.can('points.manage')) return account.kind !== PointsAccountKind.SYSTEM || (await ctx.can('points.report'));
  if (account.kind === PointsAccountKind.SYSTEM || ctx.viewer?.apiKey) return false;
  if (account.kind === PointsAccountKind.PERSON) return account.ownerAccountId === ctx.viewer?.accountId;
  const mine = (await householdsOfAccounts(em, communityId!, [ctx.viewer!.accountId!])).get(ctx.viewer!.accountId!);
  return !!mine && mine === account.householdId;
}

/** Loads a member account the caller may see, or throws NOT_FOUND. */
export async function visibleAccount(ctx: Ctx, em: EntityManager, id: string): Promise<PointsAccount> {
  const account = await em.findOne(PointsAccount, { id });
  if (!account || !(await canSeeAccount(ctx, account, em))) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'accountId' });
  return account;
}
