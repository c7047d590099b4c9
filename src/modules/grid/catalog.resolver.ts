// 网格目录: the grid module's configured vocabularies (levels, duty roles, special-care categories,
// visit kinds) as typed objects, so a form offers exactly what gridUnitCreate, gridDutyAssign,
// gridCareMemberEnroll, gridCareVisitRecord and the gridCareMembers filter accept, without reading
// the settings JSON.
import { Ctx as Context, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { Requires } from '../../schema/requires';
import { GridSettings } from './grid.settings';

@ObjectType('GridLevel', { description: '网格层级 — a level of the grid tree from the settings (e.g. 网格, 楼栋)' })
class GridLevelInfo {
  @Field({ description: '键 — key (GridUnit.level)' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
}

@ObjectType('GridDutyRole', { description: '网格职责 — a duty role from the settings (e.g. 网格员, 楼栋长)' })
class GridDutyRoleInfo {
  @Field({ description: '键 — key (GridDuty.role)' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '层级 — key of the level whose units this role is assigned on' }) level!: string;
  @Field({ description: '必配 — the coverage check lists units of that level without a holder' }) required!: boolean;
}

@ObjectType('GridCareCategory', { description: '特殊群体类别 — a special-care category from the settings (老小残困)' })
class GridCareCategoryInfo {
  @Field({ description: '键 — key (GridCareMember.category)' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => Int, { description: '探访周期（天）— a member is overdue this many days after the last visit' }) visitEveryDays!: number;
}

@ObjectType('GridVisitKind', { description: '探访方式 — a kind of care visit from the settings' })
class GridVisitKindInfo {
  @Field({ description: '键 — key (GridCareVisit.kind)' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
}

@ObjectType('GridCatalog', { description: '网格目录 — levels, duty roles, special-care categories and visit kinds this community configured' })
class GridCatalog {
  @Field(() => [GridLevelInfo], { description: '网格层级 — levels from the top down' }) levels!: GridLevelInfo[];
  @Field(() => [GridDutyRoleInfo], { description: '网格职责 — duty roles' }) dutyRoles!: GridDutyRoleInfo[];
  @Field(() => [GridCareCategoryInfo], { description: '特殊群体类别 — special-care categories' }) careCategories!: GridCareCategoryInfo[];
  @Field(() => [GridVisitKindInfo], { description: '探访方式 — visit kinds' }) visitKinds!: GridVisitKindInfo[];
}

@Resolver()
export class GridCatalogResolver {
  @Query(() => GridCatalog, { description: '网格目录 — the levels, duty roles, care categories and visit kinds of this community, for forms and filters' })
  @Requires('grid', 'grid.unit.read')
  async gridCatalog(@Context() ctx: Ctx): Promise<GridCatalog> {
    const s = await ctx.settings(GridSettings);
    return {
      levels: s.levels.map((l) => ({ key: l.key, name: l.name })),
      dutyRoles: s.dutyRoles.map((r) => ({ key: r.key, name: r.name, level: r.level, required: r.required })),
      careCategories: s.careCategories.map((c) => ({ key: c.key, name: c.name, visitEveryDays: c.visitEveryDays })),
      visitKinds: s.visitKinds.map((k) => ({ key: k.key, name: k.name })),
    };
  }
}
