// 治理成效 of dispatch for a period: the manifest's metrics plus the per-grid ranking.
import { Arg, Ctx as Context, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { Requires } from '../../schema/requires';
import { AppError } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { dispatchMetrics, gridRanking } from './dispatch.metrics';
import { GRID_UNIT_TYPE } from './grid.lookups';

@ObjectType('DispatchMetric', { description: '成效指标 — one outcome figure' })
class DispatchMetric {
  @Field({ description: '指标 — metric key, e.g. dispatch.satisfactionRate' }) key!: string;
  @Field({ description: '名称 — name (zh-CN)' }) name!: string;
  @Field(() => Float, { description: '数值 — value (counts, minutes or percent)' }) value!: number;
}

@ObjectType('DispatchGridRank', { description: "网格排名 — one grid's figures in the ranking" })
export class DispatchGridRank {
  /** Raw id of the grid unit, for the `grid` edge (request-edges.resolver.ts). */
  gridUnitId!: string;
  @Field(() => ID, {
    description: '网格 — grid unit global id',
    deprecationReason: '改用 grid — use `grid { id name }`: the unit as an object (one round trip)',
  })
  gridUnit!: string;
  @Field(() => Int, { description: '受理 — received' }) received!: number;
  @Field(() => Int, { description: '办结 — resolved' }) resolved!: number;
  @Field(() => Float, { description: '办结率 — resolution rate %' }) resolutionRate!: number;
  @Field(() => Float, { description: '满意率 — satisfaction rate %' }) satisfactionRate!: number;
  @Field(() => Float, { description: '超期率 — overdue rate %' }) overdueRate!: number;
}

@ObjectType('DispatchMetrics', { description: '派单成效 — dispatch outcomes of a period (治理成效)' })
class DispatchMetricsResult {
  @Field(() => [DispatchMetric], { description: '指标 — the figures' }) metrics!: DispatchMetric[];
  @Field(() => [DispatchGridRank], { description: '网格排名 — grids ranked by resolution, then satisfaction' }) gridRanking!: DispatchGridRank[];
}

@Resolver()
export class DispatchMetricsResolver {
  @Query(() => DispatchMetricsResult, { description: '派单成效 — received, handled, response time, resolution, satisfaction, overdue; per-grid ranking' })
  @Requires('dispatch', 'dispatch.metrics.read')
  async dispatchMetrics(
    @Arg('from', () => Date, { description: '起 — period start (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '止 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<DispatchMetricsResult> {
    if (!(from < to) || to.getTime() - from.getTime() > 366 * 5 * 86_400_000)
      throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', {
        field: 'to',
        detail: { 'zh-CN': 'from 须早于 to，且不超过 5 年', en: 'from < to, at most 5 years' },
      });
    const cid = (await ctx.access()).communityId!;
    const metrics = [];
    for (const m of dispatchMetrics) metrics.push({ key: m.key, name: m.name['zh-CN'], value: await m.compute(ctx.em, cid, from, to) });
    const ranking = await gridRanking(ctx.em, cid, from, to);
    return { metrics, gridRanking: ranking.map((r) => ({ ...r, gridUnit: toGlobalId(GRID_UNIT_TYPE, r.gridUnitId) })) };
  }
}
