// 公示: the statement of a fund for a period, readable by every member of the community.
import { Arg, Ctx as Context, ID, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { globalIdOrNull } from '../../schema/global-id';
import { Requires } from '../../schema/requires';
import { Fund } from './fund.entity';
import { FundStatement } from './fund.types';
import { actorOf } from './fund.access';
import { buildStatement } from './statement.service';
import { FundSettings } from './fund.settings';

const MAX_DAYS = 366 * 5;

@Resolver()
export class StatementResolver {
  @Query(() => FundStatement, {
    nullable: true,
    description: '基金公示 — statement of a fund for [from, to): balances, income by donor, spending by purpose; null when not found',
  })
  @Requires('fund', 'fund.read')
  async fundStatement(
    @Arg('fundId', () => ID, { description: '基金 — the fund' }) fundId: string,
    @Arg('from', () => Date, { description: '起 — period start (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '止 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<FundStatement | null> {
    if (!(to > from) || to.getTime() - from.getTime() > MAX_DAYS * 86_400_000)
      throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', {
        detail: { 'zh-CN': 'to 须晚于 from，且不超过 5 年', en: 'to must be after from, within 5 years' },
        field: 'to',
      });
    const id = globalIdOrNull(fundId, 'Fund');
    if (!id) return null;
    const actor = await actorOf(ctx);
    const fund = await ctx.loaders.entity(Fund).load(id);
    if (!fund || fund.communityId !== actor.communityId) return null;
    return buildStatement(ctx.em, await ctx.settings(FundSettings), fund, from, to);
  }
}
