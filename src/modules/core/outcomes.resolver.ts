// 治理成效 dashboard: the community's figures from every enabled module for a period, with the
// previous period of equal length; the street roll-up over the communities of a street, for its
// street admins and its district's; and the district roll-up over its streets, for the district's admins
// (platform admins read every tier).
import { Arg, Ctx as Context, Field, Float, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { Requires, SIGNED_IN } from '../../schema/requires';
import { Community, District, Street } from '../../schema/tenancy/community.entity';
import { mayReadDistrict, mayReadStreet } from '../../schema/tenancy/tier.lookups';
import { communityFigures, computeCommunity, enabledModulesOf, rollUp, type OutcomeFigure, type RawValues } from './outcomes.service';

enum OutcomeAggregation {
  SUM = 'sum',
  RATE = 'rate',
  RATIO = 'ratio',
}
registerEnumType(OutcomeAggregation, {
  name: 'OutcomeAggregation',
  description: '汇总方式 — how a street rolls the figure up over its communities',
  valuesConfig: {
    SUM: { description: '求和 — counts and amounts add up' },
    RATE: { description: '比率 — rates and averages: mean over the communities, weighted where the metric names a weight' },
    RATIO: { description: '占比 — a share counted as numerator / denominator: the roll-up adds both counts and divides once' },
  },
});

@ObjectType('OutcomeGroup', { description: '分组 — the same share for one group of a ratio figure, e.g. one request category' })
class OutcomeGroup {
  @Field({ description: '分组键 — group key, e.g. the category key dispute (矛盾纠纷)' }) key!: string;
  @Field({ description: '分组名称 — group name' }) name!: string;
  @Field(() => Float, { description: '值 — 100 × numerator / denominator, one decimal (0 when the denominator is 0)' }) value!: number;
  @Field(() => Int, { description: '分子 — what the share counts in the group' }) numerator!: number;
  @Field(() => Int, { description: '分母 — what it is counted out of in the group' }) denominator!: number;
}

@ObjectType('OutcomeItem', { description: '成效指标 — one figure of one module for the period, with the previous period' })
class OutcomeItem {
  @Field({ description: '模块 — module key, e.g. dispatch' }) module!: string;
  @Field({ description: '模块名称 — module name' }) moduleName!: string;
  @Field({ description: '指标 — metric key, e.g. dispatch.resolutionRate' }) key!: string;
  @Field({ description: "名称 — metric name in the caller's language" }) name!: string;
  @Field(() => OutcomeAggregation, { description: '汇总方式 — sum or rate' }) aggregation!: OutcomeAggregation;
  @Field(() => Float, { description: '本期值 — value in the period' }) value!: number;
  @Field(() => Float, { description: '上期值 — value in the previous period of equal length' }) previousValue!: number;
  @Field(() => Float, { description: '变化 — value minus previous value' }) change!: number;
  @Field(() => Float, { nullable: true, description: '增长率 — change in % of the previous value (null when that is 0)' }) changePercent!: number | null;
  @Field(() => Int, { description: '覆盖社区 — communities the figure covers' }) communities!: number;
  @Field(() => Int, { nullable: true, description: '分子 — for a ratio: what the share counts in the period (null for sums and rates)' })
  numerator!: number | null;
  @Field(() => Int, { nullable: true, description: '分母 — for a ratio: what it is counted out of in the period (null for sums and rates)' })
  denominator!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: '未知 — for a ratio: left out of both counts because undecidable, e.g. residents of households without coordinates (null when none can be)',
  })
  unknown!: number | null;
  @Field(() => [OutcomeGroup], { description: '分组 — for a ratio: the same share per group (e.g. per request category); empty otherwise' })
  groups!: OutcomeGroup[];
}

@ObjectType('Outcomes', { description: "治理成效 — the community's figures of a period from every enabled module" })
class Outcomes {
  @Field(() => Date, { description: '起 — period start (inclusive)' }) from!: Date;
  @Field(() => Date, { description: '止 — period end (exclusive)' }) to!: Date;
  @Field(() => Date, { description: '上期起 — start of the previous period (it ends at from)' }) previousFrom!: Date;
  @Field(() => [OutcomeItem], { description: '指标 — figures, by module' }) items!: OutcomeItem[];
}

@ObjectType('CommunityOutcomes', { description: "社区成效 — one community's figures in a street roll-up" })
class CommunityOutcomes {
  @Field(() => ID, { description: '社区 — community global id' }) communityId!: string;
  @Field({ description: '社区名称 — community name' }) communityName!: string;
  @Field(() => [OutcomeItem], { description: '指标 — figures of its enabled modules' }) items!: OutcomeItem[];
}

@ObjectType('StreetOutcomes', { description: '街道治理成效 — figures rolled up over the communities of a street' })
class StreetOutcomes {
  @Field(() => ID, { description: '街道 — street global id' }) streetId!: string;
  @Field({ description: '街道名称 — street name' }) streetName!: string;
  @Field(() => Date, { description: '起 — period start (inclusive)' }) from!: Date;
  @Field(() => Date, { description: '止 — period end (exclusive)' }) to!: Date;
  @Field(() => [OutcomeItem], { description: '汇总 — figures summed or averaged over the communities, as each metric declares' }) totals!: OutcomeItem[];
  @Field(() => [CommunityOutcomes], { description: "各社区 — each community's own figures" }) communities!: CommunityOutcomes[];
}

const MAX_SPAN_MS = 366 * 5 * 86_400_000;
function period(from: Date, to: Date): void {
  if (!(from < to) || to.getTime() - from.getTime() > MAX_SPAN_MS) throw new AppError('BAD_USER_INPUT', 'OUTCOMES_PERIOD', { field: 'to' });
}
const typed = (f: OutcomeFigure[]): OutcomeItem[] => f as unknown as OutcomeItem[];

@ObjectType('StreetOutcomesSummary', { description: '街道汇总 — one street office’s totals in a district roll-up' })
class StreetOutcomesSummary {
  @Field(() => ID, { description: '街道 — street global id' }) streetId!: string;
  @Field({ description: '街道名称 — street name' }) streetName!: string;
  @Field(() => Int, { description: '社区数 — communities of the street' }) communityCount!: number;
  @Field(() => [OutcomeItem], { description: '汇总 — figures rolled up over its communities' }) totals!: OutcomeItem[];
}

@ObjectType('DistrictOutcomes', { description: '区/县治理成效 — figures rolled up over every community of the district’s street offices' })
class DistrictOutcomes {
  @Field(() => ID, { description: '区/县 — district global id' }) districtId!: string;
  @Field({ description: '区/县名称 — district name' }) districtName!: string;
  @Field(() => Date, { description: '起 — period start (inclusive)' }) from!: Date;
  @Field(() => Date, { description: '止 — period end (exclusive)' }) to!: Date;
  @Field(() => [OutcomeItem], { description: '汇总 — figures over all its communities, as each metric declares' }) totals!: OutcomeItem[];
  @Field(() => [StreetOutcomesSummary], { description: '各街道 — each street office’s totals' }) streets!: StreetOutcomesSummary[];
}

/** Raw values of each community (its enabled modules), in the order given. */
async function perCommunity(ctx: Ctx, communities: Community[], from: Date, to: Date): Promise<RawValues[]> {
  const enabled = await enabledModulesOf(
    ctx.em,
    communities.map((c) => c.id),
  );
  const per: RawValues[] = [];
  for (const c of communities) per.push(await computeCommunity(ctx.em, ctx.app, enabled.get(c.id)!, c.id, from, to));
  return per;
}

@Resolver()
export class OutcomesResolver {
  @Query(() => Outcomes, { description: "治理成效 — the community's figures of a period from every enabled module, with growth against the previous period" })
  @Requires('core', 'core.outcomes.read')
  async outcomes(
    @Arg('from', () => Date, { description: '起 — period start (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '止 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<Outcomes> {
    period(from, to);
    const { communityId, enabledModules } = await ctx.access();
    const values = await computeCommunity(ctx.em, ctx.app, enabledModules, communityId!, from, to);
    return {
      from,
      to,
      previousFrom: new Date(from.getTime() - (to.getTime() - from.getTime())),
      items: typed(communityFigures(ctx.app.registry, values, ctx.lang)),
    };
  }

  @Query(() => StreetOutcomes, { description: '街道治理成效 — figures of a period rolled up over the communities of a street (its street admins)' })
  @Requires('core', SIGNED_IN)
  async streetOutcomes(
    @Arg('streetId', () => ID, { description: '街道 ID — street id' }) streetId: string,
    @Arg('from', () => Date, { description: '起 — period start (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '止 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<StreetOutcomes> {
    const id = fromGlobalId(streetId, 'Street');
    // A street the caller does not administer (itself or through its district) looks exactly like a missing one.
    const street = (await mayReadStreet(ctx, id)) ? await ctx.em.findOne(Street, { id }) : null;
    if (!street) throw new AppError('NOT_FOUND');
    period(from, to);
    const communities = await ctx.em.find(Community, { street: street.id }, { orderBy: { name: 'asc' } });
    const per = await perCommunity(ctx, communities, from, to);
    return {
      streetId: toGlobalId('Street', street.id),
      streetName: street.name,
      from,
      to,
      totals: typed(rollUp(ctx.app.registry, per, ctx.lang)),
      communities: communities.map((c, i) => ({
        communityId: toGlobalId('Community', c.id),
        communityName: c.name,
        items: typed(communityFigures(ctx.app.registry, per[i]!, ctx.lang)),
      })),
    };
  }

  @Query(() => DistrictOutcomes, {
    description: '区/县治理成效 — figures of a period rolled up community → street → district (the district’s admins and platform admins)',
  })
  @Requires('core', SIGNED_IN)
  async districtOutcomes(
    @Arg('districtId', () => ID, { description: '区/县 ID — district id' }) districtId: string,
    @Arg('from', () => Date, { description: '起 — period start (inclusive)' }) from: Date,
    @Arg('to', () => Date, { description: '止 — period end (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ): Promise<DistrictOutcomes> {
    const id = fromGlobalId(districtId, 'District');
    const district = (await mayReadDistrict(ctx, id)) ? await ctx.em.findOne(District, { id }) : null;
    if (!district) throw new AppError('NOT_FOUND');
    period(from, to);
    const streets = await ctx.em.find(Street, { district: district.id }, { orderBy: { name: 'asc' } });
    const communities = await ctx.em.find(Community, { street: { $in: streets.map((x) => x.id) } }, { orderBy: { name: 'asc' } });
    const per = await perCommunity(ctx, communities, from, to);
    return {
      districtId: toGlobalId('District', district.id),
      districtName: district.name,
      from,
      to,
      totals: typed(rollUp(ctx.app.registry, per, ctx.lang)),
      streets: streets.map((st) => {
        const mine = per.filter((_, i) => communities[i]!.street?.id === st.id);
        return {
          streetId: toGlobalId('Street', st.id),
          streetName: st.name,
          communityCount: mine.length,
          totals: typed(rollUp(ctx.app.registry, mine, ctx.lang)),
        };
      }),
    };
  }
}
