// Display names of members (duty holders, 包保 persons), batched per operation through core's
// public lookups instead of SQL on core's membership and account tables.
import type { Ctx } from '../../schema/context';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { Membership } from '../../schema/tenancy/membership.entity';
import { tenantOf } from './grid.lookups';

/** Display name of a membership's account ('' when unknown). */
export function memberName(ctx: Ctx, membershipId: string): Promise<string> {
  return ctx.loaders
    .named<string, string>('gridMemberName', async (ids) => {
      const members = await ctx.loaders.entity(Membership).loadMany(ids);
      const accountOf = (m: Membership | Error | null) => (m && !(m instanceof Error) ? m.account.id : null);
      const names = await accountNames(
        ctx.em,
        tenantOf(ctx.em),
        members.map(accountOf).filter((a): a is string => !!a),
      );
      return members.map((m) => names.get(accountOf(m) ?? '') ?? '');
    })
    .load(membershipId);
}
