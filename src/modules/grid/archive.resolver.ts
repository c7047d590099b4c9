// 一户一档: a household's file — its place in the tree, who is responsible, members, tags,
// placement history, the special-care records the caller may see, and activity other modules
// published about the household (their public events, not their tables).
import { Arg, Ctx as Context, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Ctx } from '../../schema/context';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { Household, Resident } from '../core/public';
import { Requires } from '../../schema/requires';
import { CareMember } from './care.entity';
import { GridDuty } from './duty.entity';
import { GridPlacement } from './placement.entity';
import { GridUnit } from './unit.entity';
import { canSeeCare } from './care.service';
import { dutiesOnHouseholdPath } from './duty.resolver';
import { householdPath } from './unit.resolver';
import { gridUnitOfHouseholds, tenantOf } from './grid.lookups';
import { householdInScope, unitInScope } from './scope.service';
import { pointsAccountsOfHousehold } from '../points/public';
import { readEvents } from '../../plugins/events/change-feed';
import { PersonalText } from '../../schema/free-text';

@ObjectType({ description: '户动态 — an event another module published about the household' })
class GridHouseholdActivity {
  @Field({ description: '事件类型 — event type, e.g. dispatch.RequestRated' }) type!: string;
  @Field(() => Date, { description: '时间 — when' }) at!: Date;
  @Field(() => ID, { nullable: true, description: "对象 — global id of the event's subject" }) subject!: string | null;
  @PersonalText() @Field(() => GraphQLJSONObject, { description: '数据 — the event data (ids and figures only)' }) data!: Record<string, unknown>;
}

@ObjectType({ description: "一户一档 — a household's file" })
class GridHouseholdFile {
  @Field(() => Household, { description: '户 — the household' }) household!: Household;
  @Field(() => [String], { description: '标签 — tags' }) tags!: string[];
}

@Resolver(() => GridHouseholdFile)
export class GridHouseholdFileResolver {
  @Query(() => GridHouseholdFile, { nullable: true, description: "一户一档 — a household's file (null when missing or outside the caller's units)" })
  @Requires('grid', 'grid.archive.read')
  async gridHouseholdFile(@Arg('household', () => ID, { description: '户 — the household' }) household: string, @Context() ctx: Ctx) {
    const id = fromGlobalId(household, 'Household');
    const h = await ctx.loaders.entity(Household).load(id);
    if (!h || !(await householdInScope(ctx, id))) return null;
    return { household: h, tags: h.tags };
  }

  @FieldResolver(() => GridUnit, { nullable: true, description: '所在单元 — current unit (null when not placed)' })
  async unit(@Root() f: GridHouseholdFile, @Context() ctx: Ctx) {
    const unit = (await gridUnitOfHouseholds(ctx.em, [f.household.id])).get(f.household.id);
    return unit && (await unitInScope(ctx, unit)) ? ctx.loaders.entity(GridUnit).load(unit) : null;
  }

  @FieldResolver(() => [GridUnit], { description: "归属路径 — units from the top down to the household's unit" })
  path(@Root() f: GridHouseholdFile, @Context() ctx: Ctx) {
    return householdPath(ctx, f.household.id);
  }

  @FieldResolver(() => [GridDuty], { description: '负责人 — active duty holders on the path (empty without grid.duty.read)' })
  async responsible(@Root() f: GridHouseholdFile, @Context() ctx: Ctx) {
    if (!(await ctx.can('grid.duty.read'))) return [];
    return dutiesOnHouseholdPath(ctx, f.household.id);
  }

  @FieldResolver(() => [Resident], { description: '成员 — current residents (empty without core.resident.read)' })
  async members(@Root() f: GridHouseholdFile, @Context() ctx: Ctx) {
    if (!(await ctx.can('core.resident.read'))) return [];
    return ctx.em.find(Resident, { household: f.household.id, movedOutAt: null }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [GridPlacement], { description: '落格历史 — placements, newest first' })
  placements(@Root() f: GridHouseholdFile, @Context() ctx: Ctx) {
    return ctx.em.find(GridPlacement, { household: f.household.id }, { orderBy: { placedAt: 'desc', id: 'desc' } });
  }

  @FieldResolver(() => [CareMember], { description: '特殊群体 — special-care records of the members that the caller may see' })
  async careMembers(@Root() f: GridHouseholdFile, @Context() ctx: Ctx) {
    if (!(await ctx.can('grid.care.read'))) return [];
    const rows = await ctx.em.find(CareMember, { resident: { household: f.household.id } }, { orderBy: { id: 'asc' } });
    const seen = await Promise.all(rows.map((m) => canSeeCare(ctx, m)));
    return rows.filter((_, i) => seen[i]);
  }

  @FieldResolver(() => [GridHouseholdActivity], {
    description: '户动态 — newest events of enabled modules about this household: placements and care visits, requests, points, votes …',
  })
  async activity(
    @Root() f: GridHouseholdFile,
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 — at most N (1–100)' }) first: number,
  ) {
    const access = await ctx.access();
    // Only event types of enabled modules whose declared permission the caller holds.
    const allowed = ctx.app.registry
      .list()
      .filter((m) => access.enabledModules.has(m.key))
      .flatMap((m) => m.events?.publishes ?? [])
      .filter((e) => access.permissions.has(e.permission))
      .map((e) => e.type);
    if (!allowed.length) return [];
    // Events name the household (`data.householdId`), or, for points, one of its points accounts.
    const pointsAccounts = access.enabledModules.has('points') ? await pointsAccountsOfHousehold(ctx.em, tenantOf(ctx.em), f.household.id) : [];
    const rows = await readEvents(ctx.em, {
      communityId: tenantOf(ctx.em),
      types: allowed,
      anyOf: [
        { field: 'householdId', values: [f.household.id] },
        { field: 'accountId', values: pointsAccounts, types: allowed.filter((t) => t.startsWith('points.')) },
      ],
      newestFirst: true,
      limit: Math.min(Math.max(first, 1), 100),
    });
    return rows.map((r) => ({
      type: r.type,
      at: new Date(r.createdAt),
      subject: r.subjectType && r.subjectId ? toGlobalId(r.subjectType, r.subjectId) : null,
      data: r.data,
    }));
  }
}

@Resolver(() => GridPlacement)
export class GridPlacementResolver {
  @FieldResolver(() => GridUnit, { nullable: true, description: "单元 — the unit (null outside the caller's units)" })
  async unit(@Root() p: GridPlacement, @Context() ctx: Ctx) {
    return (await unitInScope(ctx, p.unit.id)) ? ctx.loaders.entity(GridUnit).load(p.unit.id) : null;
  }

  @FieldResolver(() => Household, { nullable: true, description: '户 — the household (null without core.household.read)' })
  async household(@Root() p: GridPlacement, @Context() ctx: Ctx) {
    return (await ctx.can('core.household.read')) ? ctx.loaders.entity(Household).load(p.household.id) : null;
  }
}
