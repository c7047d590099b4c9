// Changes to the tree: create, edit and move units (moves keep history), and place households
// (the old placement is closed, never deleted). Staff without grid.allUnits act only in their units.
import { Arg, Ctx as Context, Field, Float, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError, type UserErrorShape } from '../../schema/errors';
import { UserError } from '../../schema/user-error';
import { fromGlobalId } from '../../schema/global-id';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { applyPoint } from '../../schema/coordinates';
import { recordEvent } from '../../plugins/events/record-event';
import { Household } from '../core/public';
import { GridUnit, GridUnitMove } from './unit.entity';
import { GridPlacement } from './placement.entity';
import { GRID_UNIT_TYPE } from './grid.lookups';
import { parentLevelOk } from './grid.policy';
import { scopeOf, unitInScope } from './scope.service';
import { GridSettings } from './grid.settings';
import { GRID_EVENTS } from './grid.events';

@ObjectType('GridUnitPayload', { description: '网格单元结果 — result of a mutation on GridUnit' })
class GridUnitPayload {
  @Field(() => GridUnit, { name: 'gridUnit', nullable: true, description: '网格单元 — the unit, null when userErrors is not empty' })
  value!: GridUnit | null;
  // Kept for clients written against the first schema (`unit`); same object.
  @Field(() => GridUnit, { nullable: true, deprecationReason: 'Use gridUnit', description: '网格单元（旧名）— same as gridUnit' })
  get unit(): GridUnit | null {
    return this.value;
  }
  @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' })
  userErrors!: UserErrorShape[];
}
const unitPayload = async (p: Promise<{ value: GridUnit | null; userErrors: UserErrorShape[] }>) => Object.assign(new GridUnitPayload(), await p);
const GridPlacementPayload = Payload(GridPlacement, 'gridPlacement', 'GridPlacement', '落格记录');

@InputType({ description: '新建网格单元 — create a unit' })
class GridUnitCreateInput {
  @Field({ description: '层级 — level key from the settings' }) level!: string;
  @Field({ description: '编码 — code, unique in the community' }) code!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => ID, { nullable: true, description: '上级单元 — parent (omit for a top-level unit)' }) parent?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '轮廓 — GeoJSON outline (一院一图)' }) outline?: Record<string, unknown> | null;
  @Field(() => Int, { nullable: true, description: '排序 — sort order among siblings' }) sortOrder?: number | null;
  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude' }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude' }) longitude?: number | null;
}

@InputType({ description: '修改网格单元 — edit a unit' })
class GridUnitUpdateInput {
  @Field(() => ID, { description: '单元 — the unit' }) id!: string;
  @Field(() => String, { nullable: true, description: '编码 — code' }) code?: string | null;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => GraphQLJSONObject, { nullable: true, description: '轮廓 — GeoJSON outline' }) outline?: Record<string, unknown> | null;
  @Field(() => Int, { nullable: true, description: '排序 — sort order' }) sortOrder?: number | null;
  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude; both null clear them' })
  latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude; both null clear them' })
  longitude?: number | null;
}

@InputType({ description: '调整网格单元 — move a unit under another parent of the same level' })
class GridUnitMoveInput {
  @Field(() => ID, { description: '单元 — the unit' }) id!: string;
  @Field(() => ID, { description: '新上级 — the new parent' }) parent!: string;
}

@InputType({ description: '户落格 — place a household into a unit (closes its previous placement)' })
class GridHouseholdPlaceInput {
  @Field(() => ID, { description: '户 — the household' }) household!: string;
  @Field(() => ID, { description: '单元 — the unit' }) unit!: string;
}

const GEOJSON_TYPES = ['Polygon', 'MultiPolygon', 'Point', 'Feature', 'FeatureCollection', 'LineString', 'MultiLineString'];
export const outlineSchema = z
  .record(z.string(), z.unknown())
  .refine((o) => GEOJSON_TYPES.includes(String(o.type)), 'GeoJSON: type must be Polygon, MultiPolygon, Feature …')
  .refine((o) => JSON.stringify(o).length <= 200_000, 'GeoJSON: at most 200 kB');
const unitFields = z.object({
  code: z.string().trim().min(1).max(40),
  name: z.string().trim().min(1).max(60),
  outline: outlineSchema.nullish(),
  sortOrder: z.number().int().min(-1_000_000).max(1_000_000).nullish(),
});

async function findUnit(ctx: Ctx, em: Ctx['em'], globalId: string, field: string): Promise<GridUnit> {
  const unit = await em.findOne(GridUnit, fromGlobalId(globalId, GRID_UNIT_TYPE));
  if (!unit || !(await unitInScope(ctx, unit.id))) throw new UserFacingError('NOT_FOUND', ['input', field]);
  return unit;
}

@Resolver()
export class GridUnitWriteResolver {
  @Mutation(() => GridUnitPayload, { description: '新建网格单元 — create a unit of a configured level' })
  @Requires('grid', 'grid.unit.manage')
  async gridUnitCreate(@Arg('input', { description: '输入 — the mutation input' }) input: GridUnitCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(GridSettings);
    const scope = await scopeOf(ctx);
    return unitPayload(
      mutate(ctx, async (em) => {
        const data = check(unitFields, input);
        const parent = input.parent ? await findUnit(ctx, em, input.parent, 'parent') : null;
        if (!parent && !scope.all) throw new UserFacingError('NOT_FOUND', ['input', 'parent']);
        if (!parentLevelOk(settings, input.level, parent?.level ?? null)) {
          throw new UserFacingError('GRID_LEVEL_MISMATCH', ['input', 'level'], { level: input.level });
        }
        if (await em.count(GridUnit, { code: data.code })) throw new UserFacingError('ALREADY_EXISTS', ['input', 'code'], { what: '单元编码' });
        const unit = em.create(GridUnit, {
          communityId: communityId!,
          level: input.level,
          code: data.code,
          name: data.name,
          parent,
          outline: data.outline ?? null,
          sortOrder: data.sortOrder ?? 0,
        });
        applyPoint(unit, input);
        recordEvent(em, GRID_EVENTS.UnitCreated, {
          communityId,
          subject: { type: GRID_UNIT_TYPE, id: unit.id },
          data: { unitId: unit.id, parentId: parent?.id ?? null },
        });
        return unit;
      }),
    );
  }

  @Mutation(() => GridUnitPayload, { description: '修改网格单元 — edit code, name, outline, sort order or coordinates' })
  @Requires('grid', 'grid.unit.manage')
  async gridUnitUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: GridUnitUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return unitPayload(
      mutate(ctx, async (em) => {
        const data = check(unitFields.partial(), input);
        const unit = await findUnit(ctx, em, input.id, 'id');
        if (data.code && data.code !== unit.code) {
          if (await em.count(GridUnit, { code: data.code })) throw new UserFacingError('ALREADY_EXISTS', ['input', 'code'], { what: '单元编码' });
          unit.code = data.code;
        }
        if (data.name) unit.name = data.name;
        if (data.outline !== undefined) unit.outline = data.outline ?? null;
        if (data.sortOrder != null) unit.sortOrder = data.sortOrder;
        applyPoint(unit, input);
        recordEvent(em, GRID_EVENTS.UnitUpdated, { communityId, subject: { type: GRID_UNIT_TYPE, id: unit.id }, data: { unitId: unit.id } });
        return unit;
      }),
    );
  }

  @Mutation(() => GridUnitPayload, { description: '调整网格单元 — move a unit under another parent of the same level; history is kept' })
  @Requires('grid', 'grid.unit.manage')
  async gridUnitMove(@Arg('input', { description: '输入 — the mutation input' }) input: GridUnitMoveInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(GridSettings);
    const scope = await scopeOf(ctx);
    return unitPayload(
      mutate(ctx, async (em) => {
        const unit = await findUnit(ctx, em, input.id, 'id');
        const parent = await findUnit(ctx, em, input.parent, 'parent');
        // Levels only deepen, so a unit can never land under its own descendant.
        if (!parentLevelOk(settings, unit.level, parent.level)) throw new UserFacingError('GRID_LEVEL_MISMATCH', ['input', 'parent'], { level: unit.level });
        const from = unit.parent?.id ?? null;
        if (!scope.all && (!from || !scope.units.has(from))) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
        // One conditional write: a concurrent move of the same unit makes this one fail, not interleave.
        const moved = await em.nativeUpdate(GridUnit, { id: unit.id, parent: from }, { parent: parent.id });
        if (moved !== 1) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'MOVED' });
        em.create(GridUnitMove, { communityId: communityId!, unit, fromParentId: from, toParentId: parent.id, movedBy: scope.accountId });
        recordEvent(em, GRID_EVENTS.UnitMoved, {
          communityId,
          subject: { type: GRID_UNIT_TYPE, id: unit.id },
          data: { unitId: unit.id, fromParentId: from, toParentId: parent.id },
        });
        await em.flush();
        await em.refresh(unit);
        return unit;
      }),
    );
  }

  @Mutation(() => GridPlacementPayload, { description: '户落格 — place a household into a unit; the previous placement is closed and kept' })
  @Requires('grid', 'grid.household.place')
  async gridHouseholdPlace(@Arg('input', { description: '输入 — the mutation input' }) input: GridHouseholdPlaceInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await scopeOf(ctx);
    return mutate(ctx, async (em) => {
      const household = await em.findOne(Household, fromGlobalId(input.household, 'Household'));
      if (!household) throw new UserFacingError('NOT_FOUND', ['input', 'household']);
      const unit = await findUnit(ctx, em, input.unit, 'unit');
      if (household.closedAt) throw new UserFacingError('INVALID_STATE', ['input', 'household'], { state: 'CLOSED' });
      // Placements of one household are serialized; the partial unique index backs it up.
      await em
        .getConnection()
        .execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`grid_placement:${household.id}`], 'all', em.getTransactionContext());
      const current = await em.findOne(GridPlacement, { household: household.id, endedAt: null });
      if (current && !scope.all && !scope.units.has(current.unit.id)) throw new UserFacingError('NOT_FOUND', ['input', 'household']);
      if (current?.unit.id === unit.id) return current;
      if (current) current.endedAt = new Date();
      await em.flush();
      const placement = em.create(GridPlacement, { communityId: communityId!, household, unit, placedBy: scope.accountId });
      recordEvent(em, GRID_EVENTS.HouseholdPlaced, {
        communityId,
        subject: { type: 'Household', id: household.id },
        data: { householdId: household.id, unitId: unit.id },
      });
      return placement;
    });
  }
}
