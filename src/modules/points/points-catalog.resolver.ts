// 积分目录: the points module's configured vocabulary — how accounts are kept and the earning rules
// (key, name, what earns, how much, the cap) — as typed objects, so a rules page or a report names
// `pointsReport.byRule` keys and a form explains what earns points, without reading the settings JSON.
import { Ctx as Context, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { Requires } from '../../schema/requires';
import { PointsSettings } from './points.settings';

@ObjectType('PointsEarningRule', { description: '积分规则 — an earning rule from the settings (e.g. 志愿服务时长)' })
class PointsEarningRuleInfo {
  @Field({ description: '键 — key (pointsReport.byRule.ruleKey)' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '触发事件 — the event type that earns, e.g. volunteer.ShiftCompleted' }) event!: string;
  @Field(() => Int, { description: '积分 — points per event, or per hour when `per` is HOUR' }) points!: number;
  @Field({ description: '计分方式 — EVENT（按次）or HOUR（按小时）' }) per!: string;
  @Field(() => Int, { nullable: true, description: '封顶积分 — at most this many points per account and period; null: no cap' }) capPoints!: number | null;
  @Field(() => String, { nullable: true, description: '封顶周期 — DAY, WEEK, MONTH or YEAR; null: no cap' }) capPeriod!: string | null;
  @Field({ description: '启用 — whether the rule earns now' }) enabled!: boolean;
}

@ObjectType('PointsCatalog', { description: '积分目录 — account scope and earning rules this community configured' })
class PointsCatalog {
  @Field({ description: '台账方式 — household（按户）or person（个人）' }) accountScope!: string;
  @Field(() => [PointsEarningRuleInfo], { description: '积分规则 — earning rules' }) rules!: PointsEarningRuleInfo[];
}

@Resolver()
export class PointsCatalogResolver {
  @Query(() => PointsCatalog, { description: '积分目录 — the account scope and earning rules of this community, for rule pages, reports and filters' })
  @Requires('points', 'points.read')
  async pointsCatalog(@Context() ctx: Ctx): Promise<PointsCatalog> {
    const s = await ctx.settings(PointsSettings);
    return {
      accountScope: s.accountScope,
      rules: s.rules.map((r) => ({
        key: r.key,
        name: r.name,
        event: r.event,
        points: r.points,
        per: r.per,
        capPoints: r.cap?.points ?? null,
        capPeriod: r.cap?.period ?? null,
        enabled: r.enabled,
      })),
    };
  }
}
