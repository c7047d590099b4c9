// The territory tree: roots or children (lazy), one unit, the path from a household up, and a
// unit's households (一楼一册) and residents as connections, limited to the caller's units.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate, type ConnectionShape } from '../../schema/connection';
import { Requires } from '../../schema/requires';
import { Household, Resident } from '../core/public';
import { GridUnit } from './unit.entity';
import { GRID_UNIT_TYPE, gridUnitOfHouseholds, gridUnitPath, tenantOf } from './grid.lookups';
import { householdInScope, placedIn, scopeOf, subtree, unitInScope } from './scope.service';
import { likePattern, uuidArray } from '../../db/sql';
import { GridSettings } from './grid.settings';

export const GridUnitConnection = Connection(GridUnit, 'GridUnit', '网格单元');
export const GridHouseholdConnection = Connection(Household, 'GridHousehold', '网格内的户');
export const GridResidentConnection = Connection(Resident, 'GridResident', '网格内的居民');

const EMPTY = <T>(): ConnectionShape<T> => ({
  nodes: [],
  edges: [],
  totalCount: 0,
  pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
});

@ArgsType()
class GridUnitsArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '上级单元 — children of this unit; omitted: the top units the caller reaches' })
  parent?: string | null;
}

@ArgsType()
class UnitHouseholdsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '搜索 — matches household number or address' }) search?: string | null;
  @Field(() => String, { nullable: true, description: '标签 — only households carrying this tag' }) tag?: string | null;
  @Field({ defaultValue: true, description: '含下级 — include households of descendant units' }) includeDescendants!: boolean;
}

@ArgsType()
class UnitResidentsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '搜索 — matches the name' }) search?: string | null;
  @Field({ defaultValue: true, description: '含下级 — include residents of descendant units' }) includeDescendants!: boolean;
}

/** Loads a unit the caller reaches, or null (foreign, missing and out of scope alike). */
export async function visibleUnit(ctx: Ctx, globalId: string): Promise<GridUnit | null> {
  const id = fromGlobalId(globalId, GRID_UNIT_TYPE);
  const unit = await ctx.loaders.entity(GridUnit).load(id);
  return unit && (await unitInScope(ctx, unit.id)) ? unit : null;
}

/** Units from the top down to the household's unit (empty when not placed). */
export async function householdPath(ctx: Ctx, householdId: string): Promise<GridUnit[]> {
  const unit = (await gridUnitOfHouseholds(ctx.em, [householdId])).get(householdId);
  if (!unit) return [];
  const units = await ctx.loaders.entity(GridUnit).loadMany(await gridUnitPath(ctx.em, unit));
  return units.filter((u): u is GridUnit => !!u && !(u instanceof Error));
}

@Resolver(() => GridUnit)
export class GridUnitResolver {
  @Query(() => GridUnitConnection, { description: '网格树 — top units (or children of a unit), in sort order; load deeper levels lazily' })
  @Requires('grid', 'grid.unit.read')
  async gridUnits(@Args() args: GridUnitsArgs, @Context() ctx: Ctx) {
    const order = [{ sortOrder: 'asc' }, { id: 'asc' }] as any;
    if (args.parent) {
      const parent = await visibleUnit(ctx, args.parent);
      if (!parent) return EMPTY();
      return paginate(ctx.em, GridUnit, { parent: parent.id }, args, order);
    }
    const scope = await scopeOf(ctx);
    if (scope.all) return paginate(ctx.em, GridUnit, { parent: null }, args, order);
    // Staff: their topmost units (a unit whose parent they do not reach).
    const units = await ctx.em.find(GridUnit, { id: { $in: [...scope.units] } });
    const tops = units.filter((u) => !u.parent || !scope.units.has(u.parent.id)).map((u) => u.id);
    return paginate(ctx.em, GridUnit, { id: { $in: tops } }, args, order);
  }

  @Query(() => GridUnit, { nullable: true, description: "网格单元 — one unit (null when missing or outside the caller's units)" })
  @Requires('grid', 'grid.unit.read')
  gridUnit(@Arg('id', () => ID, { description: '单元 — the unit' }) id: string, @Context() ctx: Ctx) {
    return visibleUnit(ctx, id);
  }

  @Query(() => [GridUnit], {
    nullable: true,
    description: "户的归属路径 — units from the top down to the household's unit; empty when not placed, null when not reachable",
  })
  @Requires('grid', 'grid.unit.read')
  async gridHouseholdPath(@Arg('household', () => ID, { description: '户 — the household' }) household: string, @Context() ctx: Ctx) {
    const id = fromGlobalId(household, 'Household');
    const h = await ctx.loaders.entity(Household).load(id);
    if (!h || !(await householdInScope(ctx, id))) return null;
    return householdPath(ctx, id);
  }

  @FieldResolver(() => GridUnit, { nullable: true, description: "上级单元 — parent (null at the top or outside the caller's units)" })
  async parent(@Root() u: GridUnit, @Context() ctx: Ctx) {
    if (!u.parent || !(await unitInScope(ctx, u.parent.id))) return null;
    return ctx.loaders.entity(GridUnit).load(u.parent.id);
  }

  @FieldResolver(() => String, { description: '层级名称 — level name from the settings (e.g. 网格, 楼栋)' })
  async levelName(@Root() u: GridUnit, @Context() ctx: Ctx) {
    return (await ctx.settings(GridSettings)).levels.find((l) => l.key === u.level)?.name ?? u.level;
  }

  @FieldResolver(() => GridUnitConnection, { description: '下级单元 — children, in sort order' })
  children(@Root() u: GridUnit, @Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, GridUnit, { parent: u.id }, args, [{ sortOrder: 'asc' }, { id: 'asc' }] as any);
  }

  @FieldResolver(() => Boolean, { description: '有下级 — whether the unit has children (to draw the tree lazily)' })
  hasChildren(@Root() u: GridUnit, @Context() ctx: Ctx) {
    return ctx.loaders
      .named<string, boolean>('gridHasChildren', async (ids) => {
        const rows = await ctx.em.find(GridUnit, { parent: { $in: [...ids] } }, { fields: ['parent'] });
        const set = new Set(rows.map((r) => r.parent!.id));
        return ids.map((id) => set.has(id));
      })
      .load(u.id);
  }

  @FieldResolver(() => Int, { description: '户数 — households currently placed here, descendants included' })
  householdCount(@Root() u: GridUnit, @Context() ctx: Ctx) {
    // One counting query for all units of the response (a tree level lists many), not two per unit
    // that fetch every household id to count them.
    return ctx.loaders
      .named<string, number>('gridHouseholdCount', async (ids) => {
        const cid = tenantOf(ctx.em);
        const rows = await ctx.em.getConnection().execute<{ root: string; n: number }[]>(
          `with recursive t as (select id as root, id from grid_unit where community_id = ? and id = any(?::uuid[])
             union all select t.root, u.id from grid_unit u join t on u.parent_id = t.id)
           select t.root, count(p.household_id)::int as n from t
             left join grid_placement p on p.unit_id = t.id and p.ended_at is null and p.community_id = ?
            group by t.root`,
          [cid, uuidArray([...ids]), cid],
        );
        const n = new Map(rows.map((r) => [r.root, r.n]));
        return ids.map((id) => n.get(id) ?? 0);
      })
      .load(u.id);
  }

  @FieldResolver(() => GridHouseholdConnection, { description: '户 — households placed in the unit (一楼一册); empty without core.household.read' })
  async households(@Root() u: GridUnit, @Args() args: UnitHouseholdsArgs, @Context() ctx: Ctx) {
    if (!(await ctx.can('core.household.read'))) return EMPTY();
    const units = args.includeDescendants ? await subtree(ctx.em, [u.id]) : [u.id];
    const where: Record<string, unknown> = { closedAt: null };
    if (args.search) where.$or = [{ number: { $ilike: likePattern(args.search) } }, { address: { $ilike: likePattern(args.search) } }];
    if (args.tag) where.tags = { $contains: [args.tag] };
    // Keyset pages over the households currently placed in the subtree: a correlated EXISTS (not
    // an id list) so a page costs the same in a grid of 100 or 10,000 households.
    return paginate(ctx.em, Household, () => ({ ...where, [placedIn('id', units)]: true }), args, { number: 'asc', id: 'asc' } as any);
  }

  @FieldResolver(() => GridResidentConnection, { description: "居民 — residents of the unit's households; empty without core.resident.read" })
  async residents(@Root() u: GridUnit, @Args() args: UnitResidentsArgs, @Context() ctx: Ctx) {
    if (!(await ctx.can('core.resident.read'))) return EMPTY();
    const units = args.includeDescendants ? await subtree(ctx.em, [u.id]) : [u.id];
    const where: Record<string, unknown> = { movedOutAt: null };
    if (args.search) where.name = { $ilike: likePattern(args.search) };
    return paginate(ctx.em, Resident, () => ({ ...where, [placedIn('household_id', units)]: true }), args, { id: 'asc' } as any);
  }
}
