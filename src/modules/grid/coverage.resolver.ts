// Coverage check (责任全覆盖): units lacking a holder of a required duty role, and households with
// nobody responsible on their path. A piece held by an organisation is covered like one held by a
// member (Fengqing's departments each holding a piece of the grid). Limited to the caller's units unless grid.allUnits.
import { raw } from '@mikro-orm/core';
import { Arg, Ctx as Context, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId } from '../../schema/global-id';
import { Requires } from '../../schema/requires';
import { Household } from '../core/public';
import { GridUnit } from './unit.entity';
import { DUTY_CURRENT, tenantOf } from './grid.lookups';
import { uuidArray } from '../../db/sql';
import { scopeOf, subtree, unitInScope } from './scope.service';
import { GridSettings } from './grid.settings';
import { HOLDER_ACTIVE } from './duty-holder.query';

@ObjectType({ description: '职责空缺 — a unit without a holder of a required duty role' })
class GridRoleGap {
  @Field(() => GridUnit, { description: '单元 — the unit' }) unit!: GridUnit;
  @Field({ description: '职责 — the missing role key' }) role!: string;
  @Field({ description: '职责名称 — the missing role name' }) roleName!: string;
}

@ObjectType({ description: '覆盖检查 — who is missing where' })
class GridCoverage {
  @Field(() => [GridRoleGap], { description: '职责空缺 — units without a required role holder (at most `first`)' }) roleGaps!: GridRoleGap[];
  @Field(() => Int, { description: '空缺数 — number of role gaps' }) roleGapCount!: number;
  @Field(() => [Household], { description: '无人负责的户 — placed households with no active duty holder on their path (at most `first`)' })
  householdsWithoutResponsible!: Household[];
  @Field(() => Int, { description: '无人负责户数 — their number' }) householdsWithoutResponsibleCount!: number;
  @Field(() => Int, { description: '未落格户数 — open households not placed in any unit (whole-community view only, else 0)' }) unplacedHouseholdCount!: number;
}

// A duty counts while its holder is active: a member, or an organisation (单位包小区, 部门包片).
const ACTIVE_DUTY = `${DUTY_CURRENT('d')} and ${HOLDER_ACTIVE('d')}`;
/** CTE `covered`: units with an active duty holder (member or organisation), and their descendants (one `?`: the community). */
export const COVERED_UNITS = `covered as (
       select distinct d.unit_id as id from grid_duty d
        where d.community_id = ? and ${ACTIVE_DUTY}
       union select u.id from grid_unit u join covered c on u.parent_id = c.id)`;

export async function coverage(em: Ctx['em'], unitIds: string[] | null, required: { level: string; role: string }[]) {
  const cid = tenantOf(em);
  const conn = em.getConnection();
  const scope = unitIds === null ? 'true' : `u.id = any('${uuidArray(unitIds)}'::uuid[])`;
  const gaps = await conn.execute<{ id: string; role: string }[]>(
    `select u.id, r.role from grid_unit u
       join unnest(?::text[], ?::text[]) as r(level, role) on r.level = u.level
      where u.community_id = ? and ${scope}
        and not exists (select 1 from grid_duty d
                         where d.unit_id = u.id and d.role = r.role and ${ACTIVE_DUTY})
      order by u.sort_order, u.code, r.role`,
    [`{${required.map((r) => r.level).join(',')}}`, `{${required.map((r) => r.role).join(',')}}`, cid],
  );
  const uncovered = await conn.execute<{ household_id: string }[]>(
    `with recursive ${COVERED_UNITS}
     select p.household_id from grid_placement p join grid_unit u on u.id = p.unit_id
      where p.community_id = ? and p.ended_at is null and ${scope} and p.unit_id not in (select id from covered)`,
    [cid, cid],
  );
  return { gaps, uncovered: uncovered.map((r) => r.household_id) };
}

@Resolver()
export class GridCoverageResolver {
  @Query(() => GridCoverage, {
    nullable: true,
    description: "覆盖检查 — role gaps and households without a responsible person, in a unit's subtree or everywhere the caller reaches",
  })
  @Requires('grid', 'grid.coverage.read')
  async gridCoverage(
    @Context() ctx: Ctx,
    @Arg('unit', () => ID, { nullable: true, description: "单元 — limit to this unit's subtree" }) unit?: string | null,
    @Arg('first', () => Int, { defaultValue: 50, description: '列出前 N 条 — list at most N items of each kind (1–100)' }) first = 50,
  ): Promise<GridCoverage | null> {
    const n = Math.min(Math.max(first, 1), 100);
    const scope = await scopeOf(ctx);
    let units: string[] | null = scope.all ? null : [...scope.units];
    if (unit) {
      const id = fromGlobalId(unit, 'GridUnit');
      if (!(await ctx.loaders.entity(GridUnit).load(id)) || !(await unitInScope(ctx, id))) return null;
      units = await subtree(ctx.em, [id]);
    }
    const settings = await ctx.settings(GridSettings);
    const required = settings.dutyRoles.filter((r) => r.required).map((r) => ({ level: r.level, role: r.key }));
    const { gaps, uncovered } = await coverage(ctx.em, units, required);
    const gapUnits = await ctx.loaders.entity(GridUnit).loadMany(gaps.slice(0, n).map((g) => g.id));
    const open = await ctx.em.find(Household, { id: { $in: uncovered }, closedAt: null }, { orderBy: { number: 'asc' } });
    const unplaced =
      units === null
        ? await ctx.em.count(Household, {
            closedAt: null,
            [raw((a: string) => `(${a}.id not in (select household_id from grid_placement where ended_at is null))`)]: true,
          })
        : 0;
    return {
      roleGaps: gaps
        .slice(0, n)
        .map((g, i) => ({ unit: gapUnits[i] as GridUnit, role: g.role, roleName: settings.dutyRoles.find((r) => r.key === g.role)?.name ?? g.role })),
      roleGapCount: gaps.length,
      householdsWithoutResponsible: open.slice(0, n),
      householdsWithoutResponsibleCount: open.length,
      unplacedHouseholdCount: unplaced,
    };
  }
}
