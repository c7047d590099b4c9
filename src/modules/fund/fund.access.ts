// Who the caller is on a fund: role permissions from the community plus the fund's own roster
// (committee member, custodian agent), batched per operation.
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { fundAllows, type FundAction, type FundFacts } from './fund.policy';
import { pgArray } from './ledger.service';

export interface Actor {
  communityId: string;
  accountId: string | null;
  roles: ReadonlySet<string>;
  permissions: ReadonlySet<string>;
}

export async function actorOf(ctx: Ctx): Promise<Actor> {
  const a = await ctx.access();
  if (!a.communityId) throw new AppError('FORBIDDEN', 'NO_COMMUNITY');
  return { communityId: a.communityId, accountId: ctx.viewer?.accountId ?? null, roles: a.roles, permissions: a.permissions };
}

/** The caller's roles on each fund (one query per operation for any number of funds). */
export async function rosterOf(ctx: Ctx, fundId: string): Promise<{ committee: boolean; custodian: boolean }> {
  const accountId = ctx.viewer?.accountId;
  if (!accountId) return { committee: false, custodian: false };
  const loader = ctx.loaders.named<string, { committee: boolean; custodian: boolean }>('fund.roster', async (fundIds) => {
    const rows: { fund_id: string; role: string }[] = await ctx.em.execute(
      `select fund_id, role from fund_member where account_id = ? and active and fund_id = any(?::uuid[])`,
      [accountId, pgArray(fundIds)],
    );
    return fundIds.map((id) => ({
      committee: rows.some((r) => r.fund_id === id && r.role === 'COMMITTEE'),
      custodian: rows.some((r) => r.fund_id === id && r.role === 'CUSTODIAN'),
    }));
  });
  return loader.load(fundId);
}

export async function factsFor(ctx: Ctx, fundId: string, extra: { requester?: boolean; donor?: boolean } = {}): Promise<FundFacts> {
  const actor = await actorOf(ctx);
  return { permissions: actor.permissions, roles: actor.roles, ...(await rosterOf(ctx, fundId)), ...extra };
}

export async function can(ctx: Ctx, action: FundAction, fundId: string, extra: { requester?: boolean; donor?: boolean } = {}): Promise<boolean> {
  return fundAllows(action, await factsFor(ctx, fundId, extra));
}

/** Object-level check of a visible object: refused like a missing permission. */
export async function demand(ctx: Ctx, action: FundAction, fundId: string, extra: { requester?: boolean; donor?: boolean } = {}): Promise<void> {
  if (!(await can(ctx, action, fundId, extra))) throw new AppError('FORBIDDEN');
}

/**
 * Runs the checks that read through the operation's own EntityManager before the mutation's
 * transaction opens: reading on another connection while holding one would let concurrent
 * mutations exhaust the pool. Expected failures are replayed inside `mutate` as userErrors.
 */
export async function before<T>(fn: () => Promise<T>): Promise<() => T> {
  try {
    const value = await fn();
    return () => value;
  } catch (e) {
    return () => {
      throw e;
    };
  }
}
