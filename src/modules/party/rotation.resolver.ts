// 双月轮值: generate a year's rotation from a rule, edit it (replace a slot's unit with
// compare-and-set, swap two slots in one statement), and ask who chairs now or in a given month.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId } from '../../schema/global-id';
import { AppError, UserFacingError, badInput, type UserErrorShape } from '../../schema/errors';
import { check, mutate, Payload } from '../../schema/mutation';
import { UserError } from '../../schema/user-error';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { uuidArray } from '../../db/sql';
import { PartyRotationSlot } from './rotation.entity';
import { PartyUnit } from './unit.entity';
import { PartyRotationRule } from './party.enums';
import { actorOf } from './party.access';
import { chinaMonth, roundRobin, slotMonths } from './party.policy';
import { year } from './party.inputs';
import { PartySettings } from './party.settings';
import { PARTY_EVENTS } from './party.events';

@ObjectType('PartyRotationPayload', { description: '轮值结果 — result of generating or swapping a rotation' })
class PartyRotationPayload {
  @Field(() => [PartyRotationSlot], { name: 'slots', nullable: true, description: "轮值席位 — the year's slots in order, null when userErrors is not empty" })
  value!: PartyRotationSlot[] | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' })
  userErrors!: UserErrorShape[];
}
const PartyRotationSlotPayload = Payload(PartyRotationSlot, 'slot', 'PartyRotationSlot', '轮值席位');

@InputType({ description: "生成年度轮值 — generate a year's rotation" })
class PartyRotationGenerateInput {
  @Field(() => Int, { description: '年度 — year' }) year!: number;
  @Field(() => PartyRotationRule, { description: '规则 — ORDER (the given units) or ROUND_ROBIN (continue after last year)' }) rule!: PartyRotationRule;
  @Field(() => [ID], { nullable: true, description: '指定单位 — for ORDER: exactly N member units in chairing order' }) unitIds?: string[] | null;
  @Field(() => Boolean, { nullable: true, description: '覆盖 — replace an existing rotation of the year' }) replace?: boolean | null;
}

@InputType({ description: '更换轮值单位 — put another unit in a slot' })
class PartyRotationSlotReplaceInput {
  @Field(() => ID, { description: '轮值席位 — the slot' }) id!: string;
  @Field(() => ID, { description: '新单位 — the member unit to chair instead' }) unitId!: string;
  @Field(() => ID, { nullable: true, description: '原单位 — the unit the caller saw in the slot; the change fails if it has changed meanwhile' })
  expectedUnitId?: string | null;
}

@InputType({ description: '对调轮值 — swap the units of two slots of a year' })
class PartyRotationSwapInput {
  @Field(() => Int, { description: '年度 — year' }) year!: number;
  @Field(() => Int, { description: '席位甲 — position of the first slot' }) positionA!: number;
  @Field(() => Int, { description: '席位乙 — position of the second slot' }) positionB!: number;
}

const generateSchema = z.object({
  year,
  rule: z.nativeEnum(PartyRotationRule),
  unitIds: z.array(z.string()).max(12).nullish(),
  replace: z.boolean().nullish(),
});
const swapSchema = z
  .object({ year, positionA: z.number().int().min(1).max(12), positionB: z.number().int().min(1).max(12) })
  .refine((s) => s.positionA !== s.positionB, { message: 'positions must differ', path: ['positionB'] });

const slotsOf = (em: EntityManager, communityId: string, y: number) => em.find(PartyRotationSlot, { communityId, year: y }, { orderBy: { position: 'asc' } });

async function activeUnits(em: EntityManager, communityId: string, ids: string[]): Promise<Set<string>> {
  const rows: { id: string }[] = await em.execute(`select id from party_unit where community_id = ? and active and id = any(?::uuid[])`, [
    communityId,
    uuidArray(ids),
  ]);
  return new Set(rows.map((r) => r.id));
}

@Resolver(() => PartyRotationSlot)
export class PartyRotationResolver {
  @Query(() => [PartyRotationSlot], { description: '年度轮值 — the rotation of a year, in chairing order (empty when not generated)' })
  @Requires('party', 'party.read')
  async partyRotation(@Arg('year', () => Int, { description: '年度 — year' }) y: number, @Context() ctx: Ctx) {
    return slotsOf(ctx.em, (await actorOf(ctx)).communityId, y);
  }

  @Query(() => PartyRotationSlot, {
    nullable: true,
    description: '轮值单位 — who chairs in a month (default: now, China time); null when no rotation covers it',
  })
  @Requires('party', 'party.read')
  async partyChair(
    @Arg('year', () => Int, { nullable: true, description: '年度 — year (default: this year)' }) y: number | null,
    @Arg('month', () => Int, { nullable: true, description: '月份 — month 1–12 (default: this month)' }) month: number | null,
    @Context() ctx: Ctx,
  ) {
    const now = chinaMonth(new Date());
    const at = { year: y ?? now.year, month: month ?? (y == null ? now.month : 1) };
    if (!Number.isInteger(at.month) || at.month < 1 || at.month > 12) throw badInput({ 'zh-CN': 'month：1–12', en: 'month: 1–12' }, 'month');
    const { communityId } = await actorOf(ctx);
    return ctx.em.findOne(PartyRotationSlot, { communityId, year: at.year, startMonth: { $lte: at.month }, endMonth: { $gte: at.month } });
  }

  @Mutation(() => PartyRotationPayload, { description: "生成年度轮值 — generate a year's rotation of N units (setting), each chairing 12/N months" })
  @Requires('party', 'party.rotation.manage')
  async partyRotationGenerate(@Arg('input', { description: '输入 — the mutation input' }) input: PartyRotationGenerateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const n = (await ctx.settings(PartySettings)).rotationUnitsPerYear;
    return mutate(ctx, async (em) => {
      const d = check(generateSchema, input);
      const existing = await em.count(PartyRotationSlot, { communityId: actor.communityId, year: d.year });
      if (existing && !d.replace) throw new UserFacingError('PARTY_ROTATION_EXISTS', ['input', 'year'], { year: d.year });
      let units: string[];
      if (d.rule === PartyRotationRule.ORDER) {
        const ids = (d.unitIds ?? []).map((g) => fromGlobalId(g, 'PartyUnit', 'unitIds'));
        if (ids.length !== n || new Set(ids).size !== n)
          throw new UserFacingError('BAD_USER_INPUT', ['input', 'unitIds'], {
            detail: { 'zh-CN': `unitIds：须为 ${n} 个不同的单位`, en: `unitIds: exactly ${n} different units` },
          });
        const active = await activeUnits(em, actor.communityId, ids);
        if (ids.some((id) => !active.has(id))) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'unitIds' });
        units = ids;
      } else {
        const ordered: { id: string }[] = await em.execute(`select id from party_unit where community_id = ? and active order by sort_order, name, id`, [
          actor.communityId,
        ]);
        const [last] = await em.execute(
          `select unit_id from party_rotation_slot where community_id = ? and year < ? order by year desc, position desc limit 1`,
          [actor.communityId, d.year],
        );
        const picked = roundRobin(
          ordered.map((r) => r.id),
          last?.unit_id ?? null,
          n,
        );
        if (!picked) throw new UserFacingError('PARTY_NOT_ENOUGH_UNITS', ['input', 'rule'], { required: n, available: ordered.length });
        units = picked;
      }
      if (existing) await em.execute(`delete from party_rotation_slot where community_id = ? and year = ?`, [actor.communityId, d.year]);
      for (const [i, unitId] of units.entries()) {
        const m = slotMonths(i + 1, n);
        await em.execute(`insert into party_rotation_slot (id, community_id, year, position, start_month, end_month, unit_id) values (?, ?, ?, ?, ?, ?, ?)`, [
          uuidv7(),
          actor.communityId,
          d.year,
          i + 1,
          m.startMonth,
          m.endMonth,
          unitId,
        ]);
      }
      recordEvent(em, PARTY_EVENTS.RotationGenerated, { communityId: actor.communityId, data: { year: d.year, rule: d.rule, unitIds: units } });
      return slotsOf(em, actor.communityId, d.year);
    });
  }

  @Mutation(() => PartyRotationSlotPayload, {
    description: '更换轮值单位 — replace the unit of a slot (fails with PARTY_SLOT_CHANGED if someone changed it meanwhile)',
  })
  @Requires('party', 'party.rotation.manage')
  async partyRotationSlotReplace(@Arg('input', { description: '输入 — the mutation input' }) input: PartyRotationSlotReplaceInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const slotId = fromGlobalId(input.id, 'PartyRotationSlot', 'id');
      const unitId = fromGlobalId(input.unitId, 'PartyUnit', 'unitId');
      const expected = input.expectedUnitId ? fromGlobalId(input.expectedUnitId, 'PartyUnit', 'expectedUnitId') : null;
      const slot = await em.findOne(PartyRotationSlot, { id: slotId, communityId: actor.communityId });
      if (!slot) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
      if (!(await activeUnits(em, actor.communityId, [unitId])).has(unitId)) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'unitId' });
      const [other] = await em.execute(`select position from party_rotation_slot where community_id = ? and year = ? and unit_id = ? and id <> ?`, [
        actor.communityId,
        slot.year,
        unitId,
        slotId,
      ]);
      if (other) throw new UserFacingError('PARTY_UNIT_ALREADY_CHAIRS', ['input', 'unitId'], { position: other.position });
      const rows = await em.execute(
        `update party_rotation_slot set unit_id = ?, updated_at = now() where id = ? and community_id = ? and (?::uuid is null or unit_id = ?::uuid) returning id`,
        [unitId, slotId, actor.communityId, expected, expected],
      );
      if (!rows.length) throw new UserFacingError('PARTY_SLOT_CHANGED', ['input', 'expectedUnitId']);
      recordEvent(em, PARTY_EVENTS.RotationChanged, {
        communityId: actor.communityId,
        subject: { type: 'PartyRotationSlot', id: slotId },
        data: { year: slot.year, positions: [slot.position], unitIds: [unitId], previousUnitId: slot.unitId },
      });
      em.clear();
      return em.findOneOrFail(PartyRotationSlot, { id: slotId, communityId: actor.communityId });
    });
  }

  @Mutation(() => PartyRotationPayload, { description: '对调轮值 — swap the units of two slots of a year in one step' })
  @Requires('party', 'party.rotation.manage')
  async partyRotationSwap(@Arg('input', { description: '输入 — the mutation input' }) input: PartyRotationSwapInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(swapSchema, input);
      // Both rows read the other's unit from the same snapshot: the swap is one atomic statement.
      const rows: { position: number; unit_id: string }[] = await em.execute(
        `update party_rotation_slot s set unit_id = o.unit_id, updated_at = now() from party_rotation_slot o
          where s.community_id = ? and s.year = ? and o.community_id = s.community_id and o.year = s.year
            and ((s.position = ? and o.position = ?) or (s.position = ? and o.position = ?)) returning s.position, s.unit_id`,
        [actor.communityId, d.year, d.positionA, d.positionB, d.positionB, d.positionA],
      );
      if (rows.length !== 2) {
        // The join updates both rows or neither: ask which position is missing to name the field.
        const [a] = await em.execute(`select 1 from party_rotation_slot where community_id = ? and year = ? and position = ?`, [
          actor.communityId,
          d.year,
          d.positionA,
        ]);
        throw new UserFacingError('NOT_FOUND', ['input', a ? 'positionB' : 'positionA'], {}, 'NOT_FOUND');
      }
      recordEvent(em, PARTY_EVENTS.RotationChanged, {
        communityId: actor.communityId,
        data: { year: d.year, positions: [d.positionA, d.positionB], unitIds: rows.map((r) => r.unit_id) },
      });
      em.clear();
      return slotsOf(em, actor.communityId, d.year);
    });
  }

  @FieldResolver(() => PartyUnit, { description: '轮值单位 — the chairing member unit' })
  async unit(@Root() s: PartyRotationSlot, @Context() ctx: Ctx) {
    return ctx.loaders.entity(PartyUnit).load(s.unitId);
  }

  @FieldResolver(() => Boolean, { description: '当前轮值 — this slot covers the current month (China time)' })
  current(@Root() s: PartyRotationSlot) {
    const now = chinaMonth(new Date());
    return s.year === now.year && s.startMonth <= now.month && now.month <= s.endMonth;
  }
}
