// 入户走访 (敲门问需) for every household: record a visit with its findings (alone, or in a batch
// synced after offline work, each under its idempotency key), refer a finding to dispatch or
// resources, list visits, and read coverage per plan, unit and worker.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LockMode } from '@mikro-orm/core';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { mutate, Payload } from '../../schema/mutation';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { Requires } from '../../schema/requires';
import { Household } from '../core/public';
import { GridFindingReferral, HouseholdVisit, VisitFinding } from './visit.entity';
import {
  GridHouseholdVisitBatchInput,
  GridHouseholdVisitBatchPayload,
  GridHouseholdVisitRecordInput,
  GridVisitFindingReferInput,
  GridVisitPlanCoverage,
} from './visit.types';
import { prepareVisits, recordVisit, refer, visitVisible, type VisitPrep } from './visit.service';
import { overdueHouseholds, unitCoverage, workerCoverage, type CoverageRow, type PlanWindow } from './visit-coverage.service';
import { householdsIn, scopeOf, subtree, unitInScope } from './scope.service';
import { GridSettings } from './grid.settings';
import { GridUnit } from './unit.entity';
import { memberName } from './member-name.service';
import { tenantOf } from './grid.lookups';
import { calendarOf } from '../../schema/calendar';
import type { UserErrorShape } from '../../schema/errors';

const VisitPayload = Payload(HouseholdVisit, 'gridHouseholdVisit', 'GridHouseholdVisit', '入户走访');
const FindingPayload = Payload(VisitFinding, 'gridVisitFinding', 'GridVisitFinding', '走访发现');
export const HouseholdVisitConnection = Connection(HouseholdVisit, 'GridHouseholdVisit', '入户走访');
const MAX_BATCH = 100;

@ArgsType()
class HouseholdVisitsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '户 — only visits of this household' }) household?: string | null;
  @Field(() => ID, { nullable: true, description: "单元 — only visits of households in this unit's subtree" }) unit?: string | null;
  @Field({ defaultValue: false, description: '仅本人 — only visits the caller made' }) mine!: boolean;
}

const rate = (r: { households: number; visited: number }) => (r.households ? r.visited / r.households : 1);
const withRate = (r: CoverageRow) => ({ households: r.households, visited: r.visited, overdue: r.households - r.visited, rate: rate(r) });

/** One visit in its own transaction: a refused visit writes nothing and leaves the others alone. */
async function recordOne(ctx: Ctx, prep: VisitPrep, input: GridHouseholdVisitRecordInput) {
  let r = await mutate(ctx, (em) => recordVisit(em, prep, input));
  // Two deliveries of one key at once: the loser hit the unique key; now it finds the winner's visit.
  if (input.idempotencyKey && r.userErrors[0]?.code === 'ALREADY_EXISTS') r = await mutate(ctx, (em) => recordVisit(em, prep, input));
  return r;
}

@Resolver(() => HouseholdVisit)
export class HouseholdVisitResolver {
  @Mutation(() => VisitPayload, { description: '登记入户走访 — record a visit to a household of the caller’s units (敲门问需), with findings' })
  @Requires('grid', 'grid.visit.record')
  async gridHouseholdVisitRecord(@Arg('input', { description: '输入 — the mutation input' }) input: GridHouseholdVisitRecordInput, @Context() ctx: Ctx) {
    let prep: VisitPrep;
    try {
      prep = await prepareVisits(ctx);
    } catch (e) {
      return mutate(ctx, () => Promise.reject(e));
    }
    const r = await recordOne(ctx, prep, input);
    return { value: r.value?.visit ?? null, userErrors: r.userErrors };
  }

  @Mutation(() => GridHouseholdVisitBatchPayload, {
    description: '批量提交入户走访 — sync visits recorded offline: each visit on its own (a replayed key creates nothing twice, a bad visit is reported alone)',
  })
  @Requires('grid', 'grid.visit.record')
  async gridHouseholdVisitBatchSubmit(
    @Arg('input', { description: '输入 — the mutation input' }) input: GridHouseholdVisitBatchInput,
    @Context() ctx: Ctx,
  ): Promise<GridHouseholdVisitBatchPayload> {
    const empty = { results: [], recorded: 0, replayed: 0, failed: 0 };
    if (input.visits.length > MAX_BATCH)
      return { ...empty, userErrors: [new UserFacingError('GRID_BATCH_TOO_LARGE', ['input', 'visits'], { max: MAX_BATCH }).toUserError(ctx.lang)] };
    let prep: VisitPrep;
    try {
      prep = await prepareVisits(ctx);
    } catch (e) {
      return { ...empty, userErrors: (await mutate(ctx, () => Promise.reject(e))).userErrors };
    }
    const out: GridHouseholdVisitBatchPayload = { ...empty, results: [], userErrors: [] };
    for (const [index, visit] of input.visits.entries()) {
      const r = await recordOne(ctx, prep, visit);
      // Field paths name the item: input.visits.<index>.<field>.
      const userErrors: UserErrorShape[] = r.userErrors.map((e) => ({ ...e, field: e.field ? ['input', 'visits', String(index), ...e.field.slice(1)] : null }));
      out.results.push({ index, idempotencyKey: visit.idempotencyKey ?? null, visit: r.value?.visit ?? null, replayed: !!r.value?.replayed, userErrors });
      if (!r.value) out.failed++;
      else if (r.value.replayed) out.replayed++;
      else out.recorded++;
    }
    return out;
  }

  @Mutation(() => FindingPayload, { description: '转办走访发现 — turn a finding into a request (民需) or a need (需求库) in one step' })
  @Requires('grid', 'grid.visit.record')
  async gridVisitFindingRefer(@Arg('input', { description: '输入 — the mutation input' }) input: GridVisitFindingReferInput, @Context() ctx: Ctx) {
    const scope = await scopeOf(ctx);
    const referable = { REQUEST: await ctx.moduleEnabled('dispatch'), NEED: await ctx.moduleEnabled('resources') };
    const id = fromGlobalId(input.finding, 'GridVisitFinding', 'finding');
    const visible = await ctx.loaders.entity(VisitFinding).load(id);
    const canSee = !!visible && (await visitVisible(ctx, visible));
    return mutate(ctx, async (em) => {
      const f = canSee ? await em.findOne(VisitFinding, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!f || !scope.accountId) throw new UserFacingError('NOT_FOUND', ['input', 'finding']);
      if (f.referral) throw new UserFacingError('GRID_FINDING_REFERRED', ['input', 'finding']);
      if (!referable[input.to]) throw new UserFacingError('GRID_REFERRAL_UNAVAILABLE', ['input', 'to']);
      refer(em, f.communityId, f, input.to, scope.accountId);
      return f;
    });
  }

  @Query(() => HouseholdVisitConnection, { description: '入户走访记录 — visits of households in the caller’s units, and their own (newest first)' })
  @Requires('grid', 'grid.visit.read')
  async gridHouseholdVisits(@Args() args: HouseholdVisitsArgs, @Context() ctx: Ctx) {
    const scope = await scopeOf(ctx);
    const where: Record<string, unknown>[] = [];
    if (!scope.all) {
      const mine = { visitorAccountId: scope.accountId ?? '' };
      where.push(scope.units.size ? { $or: [mine, { householdId: { $in: await householdsIn(ctx.em, [...scope.units]) } }] } : mine);
    }
    if (args.mine) where.push({ visitorAccountId: scope.accountId ?? '' });
    if (args.household) where.push({ householdId: fromGlobalId(args.household, 'Household', 'household') });
    if (args.unit) {
      const unit = fromGlobalId(args.unit, 'GridUnit', 'unit');
      const units = (await unitInScope(ctx, unit)) ? await subtree(ctx.em, [unit]) : [];
      where.push({ unitId: { $in: units } });
    }
    return paginate(ctx.em, HouseholdVisit, where.length ? { $and: where } : {}, args, { id: 'desc' } as any);
  }

  @Query(() => [GridVisitPlanCoverage], { description: '走访覆盖 — per visit plan: households met within the cadence, per grid and per worker' })
  @Requires('grid', 'grid.visit.read')
  async gridVisitCoverage(
    @Arg('overdueFirst', () => Int, { defaultValue: 20, description: '逾期户数 — how many overdue households to list per plan (0–100)' }) overdueFirst: number,
    @Context() ctx: Ctx,
  ): Promise<GridVisitPlanCoverage[]> {
    const settings = await ctx.settings(GridSettings);
    const { timeZone } = await calendarOf(ctx);
    const scope = await scopeOf(ctx);
    const limit = Math.max(0, Math.min(100, overdueFirst));
    const out: GridVisitPlanCoverage[] = [];
    for (const plan of settings.visitPlans) {
      const role = settings.dutyRoles.find((r) => r.key === plan.role);
      if (!role) continue; // a plan for a role nobody can hold here
      const window: PlanWindow = {
        communityId: tenantOf(ctx.em),
        role: plan.role,
        level: role.level,
        everyDays: plan.everyDays,
        timeZone,
        units: scope.all ? null : [...scope.units],
      };
      const unitRows = await unitCoverage(ctx.em, window);
      const workerRows = scope.all || scope.membershipId ? await workerCoverage(ctx.em, window, scope.all ? null : scope.membershipId) : [];
      const units = await ctx.loaders.entity(GridUnit).loadMany(unitRows.map((r) => r.id));
      const overdueIds = limit ? await overdueHouseholds(ctx.em, window, limit) : [];
      const households = overdueIds.length ? await ctx.em.find(Household, { id: { $in: overdueIds } }) : [];
      const total = unitRows.reduce((a, r) => ({ households: a.households + r.households, visited: a.visited + r.visited }), { households: 0, visited: 0 });
      out.push({
        role: plan.role,
        roleName: role.name,
        name: plan.name,
        everyDays: plan.everyDays,
        ...withRate({ id: '', ...total }),
        units: unitRows.map((r, i) => ({ unit: units[i] as GridUnit, ...withRate(r) })),
        workers: await Promise.all(workerRows.map(async (r) => ({ memberId: r.id, name: await memberName(ctx, r.id), ...withRate(r) }))),
        overdueHouseholds: overdueIds.map((id) => households.find((h) => h.id === id)!).filter(Boolean),
      });
    }
    return out;
  }

  @FieldResolver(() => Household, { nullable: true, description: '户 — the household visited' })
  household(@Root() v: HouseholdVisit, @Context() ctx: Ctx) {
    return ctx.loaders.entity(Household).load(v.householdId);
  }

  @FieldResolver(() => GridUnit, { nullable: true, description: '单元 — the household’s unit when visited (null when unplaced or outside the caller’s units)' })
  async unit(@Root() v: HouseholdVisit, @Context() ctx: Ctx) {
    return v.unitId && (await unitInScope(ctx, v.unitId)) ? ctx.loaders.entity(GridUnit).load(v.unitId) : null;
  }

  @FieldResolver(() => String, { description: '走访人 — display name of the visitor' })
  visitorName(@Root() v: HouseholdVisit, @Context() ctx: Ctx) {
    return memberName(ctx, v.visitorMembershipId);
  }

  @FieldResolver(() => [VisitFinding], { description: '走访发现 — what the visit found' })
  findings(@Root() v: HouseholdVisit, @Context() ctx: Ctx) {
    return ctx.em.find(VisitFinding, { visitId: v.id }, { orderBy: { id: 'asc' } });
  }
}

@Resolver(() => VisitFinding)
export class VisitFindingResolver {
  @FieldResolver(() => String, { description: '类别名称 — category name from the settings' })
  async categoryName(@Root() f: VisitFinding, @Context() ctx: Ctx) {
    return (await ctx.settings(GridSettings)).findingCategories.find((c) => c.key === f.category)?.name ?? f.category;
  }

  @FieldResolver(() => HouseholdVisit, { nullable: true, description: '走访 — the visit it was found on' })
  visit(@Root() f: VisitFinding, @Context() ctx: Ctx) {
    return ctx.loaders.entity(HouseholdVisit).load(f.visitId);
  }
}

export { GridFindingReferral };
