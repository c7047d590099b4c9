// Tenancy's side of graph edges from modules (see ../edges.ts): a member by account id, batched,
// under the permission that reads members; forbidden, missing and other communities' rows are null.
import { defineEdgeTarget } from '../edges';
import { Membership } from './membership.entity';

const nulls = (ids: readonly string[]) => ids.map(() => null);

/** A community member by ACCOUNT id (requests keep who took them as an account): their membership here. */
export const membershipOfAccountEdge = defineEdgeTarget<Membership>({
  module: 'tenancy',
  key: 'tenancy:MembershipOfAccount',
  async load(ctx, accountIds) {
    if (!(await ctx.can('tenancy.membership.read'))) return nulls(accountIds);
    const rows = await ctx.em.find(Membership, { account: { $in: [...accountIds] } });
    const byAccount = new Map(rows.map((m) => [m.account.id, m]));
    return accountIds.map((id) => byAccount.get(id) ?? null);
  },
});
