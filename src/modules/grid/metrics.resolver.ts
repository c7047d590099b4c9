// 治理成效 of the grid for a period: the manifest's metrics.
import { Arg, Ctx as Context, Field, Float, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { Requires } from '../../schema/requires';
import { gridMetrics } from './grid.metrics';

@ObjectType('GridMetric', { description: '网格成效指标 — one outcome figure of the grid' })
class GridMetric {
  @Field({ description: '指标 — metric key, e.g. grid.careCoverage' }) key!: string;
  @Field({ description: '名称 — name (zh-CN)' }) name!: string;
  @Field(() => Float, { description: '数值 — value (shares are 0–1)' }) value!: number;
}

@Resolver()
export class GridMetricsResolver {
  @Query(() => [GridMetric], { description: '网格成效 — households per grid, duty coverage, special-care coverage, visits on time' })
  @Requires('grid', 'grid.coverage.read')
  async gridMetrics(
    @Arg('from', () => Date, { description: '起 — period start (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '止 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<GridMetric[]> {
    if (!(from < to)) throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field: 'to', detail: { 'zh-CN': 'from 须早于 to', en: 'from < to' } });
    const cid = (await ctx.access()).communityId!;
    const out: GridMetric[] = [];
    for (const m of gridMetrics) out.push({ key: m.key, name: m.name['zh-CN'], value: await m.compute(ctx.em, cid, from, to) });
    return out;
  }
}
