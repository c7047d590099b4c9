// 积分报表: points issued, redeemed, expired and outstanding in a period, by rule and by grid unit
// (when the grid module is enabled), plus the module's 治理成效 figures.
import { Arg, Ctx as Context, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { Requires } from '../../schema/requires';
import { toGlobalId } from '../../schema/global-id';
import { gridUnitOfHouseholds, GRID_UNIT_TYPE } from '../grid/public';
import { pointsMetrics } from './points.metrics';

@ObjectType({ description: '按规则 — points earned by one rule (AWARD: staff awards)' })
class PointsByRule {
  @Field({ description: '规则 — rule key' }) ruleKey!: string;
  @Field(() => Int, { description: '积分 — points' }) points!: number;
}

@ObjectType({ description: '按网格 — points of the households placed in one grid unit' })
export class PointsByGrid {
  /** Raw id of the unit, for the `gridUnit` edge (points-edges.resolver.ts). */
  gridUnitRawId!: string | null;
  @Field(() => ID, {
    nullable: true,
    description: '网格 ID — grid unit (null: households not placed)',
    deprecationReason: '改用 gridUnit — use `gridUnit { id name }`: the object, checked and batched',
  })
  gridUnitId!: string | null;
  @Field(() => Int, { description: '发放 — points issued' }) issued!: number;
  @Field(() => Int, { description: '兑换 — points redeemed, net of refunds' }) redeemed!: number;
}

@ObjectType({ description: '成效指标 — one outcome figure (治理成效)' })
class PointsMetric {
  @Field({ description: '指标 — metric key' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '数值 — value (percentages with one decimal)' }) value!: number;
}

@ObjectType({ description: "积分报表 — the community's points in a period" })
class PointsReport {
  @Field(() => Int, { description: '发放 — points earned and awarded' }) issued!: number;
  @Field(() => Int, { description: '扣减 — points deducted by staff' }) deducted!: number;
  @Field(() => Int, { description: '兑换 — points redeemed' }) redeemed!: number;
  @Field(() => Int, { description: '退还 — points refunded on cancellation' }) refunded!: number;
  @Field(() => Int, { description: '过期 — points expired' }) expired!: number;
  @Field(() => Int, { description: '结余 — points outstanding in member accounts now' }) outstanding!: number;
  @Field(() => [PointsByRule], { description: '按规则 — issued by rule' }) byRule!: PointsByRule[];
  @Field(() => [PointsByGrid], { description: '按网格 — by grid unit (empty unless the grid module is enabled)' }) byGrid!: PointsByGrid[];
  @Field(() => [PointsMetric], { description: '成效指标 — outcome figures' }) metrics!: PointsMetric[];
}

@Resolver()
export class PointsReportResolver {
  @Query(() => PointsReport, { description: '积分报表 — issued, redeemed, outstanding, by rule and by grid' })
  @Requires('points', 'points.report')
  async pointsReport(
    @Arg('from', () => Date, { description: '开始 — period start' }) from: Date,
    @Arg('to', () => Date, { description: '结束 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<PointsReport> {
    if (!(to > from)) throw new UserFacingError('BAD_USER_INPUT', ['to'], { detail: { 'zh-CN': 'to 须晚于 from', en: 'to <= from' } });
    const access = await ctx.access();
    const c = access.communityId!;
    const em = ctx.em;
    const [k]: any[] = await em.execute(
      `select coalesce(sum(amount) filter (where kind in ('EARN', 'AWARD')), 0)::int as issued,
              coalesce(sum(amount) filter (where kind = 'DEDUCT'), 0)::int as deducted,
              coalesce(sum(amount) filter (where kind = 'REDEEM'), 0)::int as redeemed,
              coalesce(sum(amount) filter (where kind = 'REFUND'), 0)::int as refunded,
              coalesce(sum(amount) filter (where kind = 'EXPIRE'), 0)::int as expired
         from points_transaction where community_id = ? and created_at >= ? and created_at < ?`,
      [c, from, to],
    );
    const [o] = await em.execute(`select coalesce(sum(balance), 0)::int as n from points_account where community_id = ? and kind <> 'SYSTEM'`, [c]);
    const rules = await em.execute(
      `select coalesce(rule_key, 'AWARD') as rule_key, sum(amount)::int as points from points_transaction
        where community_id = ? and kind in ('EARN', 'AWARD') and created_at >= ? and created_at < ? group by 1 order by 1`,
      [c, from, to],
    );
    let byGrid: PointsByGrid[] = [];
    if (access.enabledModules.has('grid')) {
      const rows: { household_id: string; issued: number; redeemed: number }[] = await em.execute(
        `select a.household_id,
                coalesce(sum(t.amount) filter (where t.kind in ('EARN', 'AWARD')), 0)::int as issued,
                coalesce(sum(case when t.kind = 'REDEEM' then t.amount when t.kind = 'REFUND' then -t.amount end), 0)::int as redeemed
           from points_transaction t join points_account a on a.id = t.member_account_id
          where t.community_id = ? and a.kind = 'HOUSEHOLD' and t.created_at >= ? and t.created_at < ? group by a.household_id`,
        [c, from, to],
      );
      const units = await gridUnitOfHouseholds(
        em,
        rows.map((r) => r.household_id),
      );
      const sums = new Map<string | null, PointsByGrid>();
      for (const r of rows) {
        const unit = units.get(r.household_id) ?? null;
        const g = sums.get(unit) ?? { gridUnitRawId: unit, gridUnitId: unit ? toGlobalId(GRID_UNIT_TYPE, unit) : null, issued: 0, redeemed: 0 };
        g.issued += r.issued;
        g.redeemed += r.redeemed;
        sums.set(unit, g);
      }
      byGrid = [...sums.values()];
    }
    const metrics = await Promise.all(
      pointsMetrics.map(async (m) => ({ key: m.key, name: ctx.lang === 'en' ? m.name.en : m.name['zh-CN'], value: await m.compute(em, c, from, to) })),
    );
    return { ...k, outstanding: o.n, byRule: rules.map((r: any) => ({ ruleKey: r.rule_key, points: r.points })), byGrid, metrics };
  }
}
