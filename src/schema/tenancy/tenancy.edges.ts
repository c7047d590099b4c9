// Tenancy's side of graph edges from modules (see ../edges.ts): a member by account id, batched,
// under the permission that reads members; forbidden, missing and other communities' rows are null.
// List readers may read the member (and the account its name comes from) with their page (`join`).
import { defineEdgeTarget } from '../edges';
import { joinedOf } from '../../db/row-objects';
import type { Ctx } from '../context';
import { Membership } from './membership.entity';
import { Account } from '../identity/account.entity';

const nulls = (ids: readonly unknown[]) => ids.map(() => null);

async function visible(ctx: Ctx, rows: readonly (Membership | null)[]): Promise<(Membership | null)[]> {
  return (await ctx.can('tenancy.membership.read')) ? [...rows] : nulls(rows);
}

/** A community member by ACCOUNT id (requests keep who took them as an account): their membership here. */
export const membershipOfAccountEdge = defineEdgeTarget<Membership>({
  module: 'tenancy',
  key: 'tenancy:MembershipOfAccount',
  async load(ctx, accountIds) {
    if (!(await ctx.can('tenancy.membership.read'))) return nulls(accountIds);
    // With their accounts (a member's name is its account's), in the same statement.
    const rows = await ctx.em.find(Membership, { account: { $in: [...accountIds] } }, { populate: ['account'], strategy: 'joined' });
    const accounts = ctx.loaders.entity(Account);
    for (const m of rows) accounts.prime(m.account.id, m.account);
    const byAccount = new Map(rows.map((m) => [m.account.id, m]));
    return accountIds.map((id) => byAccount.get(id) ?? null);
  },
  join: {
    entity: Membership,
    by: 'account', // unique per community
    // The member's name, login and phone are the account's (its resolvers read it with `memberAccount`).
    with: [{ property: 'account', entity: Account, for: ['displayName', 'login', 'phone'], fields: { displayName: ['displayName'], login: ['login'] } }],
    visible, // reads no property
    // What Membership's field resolvers read (membership.resolver.ts, core's phone and resident); the rest are its properties.
    fields: { displayName: ['account'], login: ['account'], phone: ['account'], resident: ['residentId'] },
  },
});

/** A member's account: the one a list read with it (in part: what its fields declared), else its loader's. */
export function memberAccount(ctx: Ctx, m: Membership): Account | null | Promise<Account | null> {
  const read = joinedOf<Account>(m, 'account');
  return read !== undefined ? read : ctx.loaders.entity(Account).load(m.account.id);
}
