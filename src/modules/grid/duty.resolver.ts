// Duty roles (网格长, 网格员, 楼栋长 …): assign and end them, list a unit's holders, and answer
// "who is responsible for this household" from the tree, top of the chain first. A holder is a
// member or an organisation (单位包小区 → 党支部包楼栋 → 党员包户 on one tree); an organisation may
// hold any configured role on a unit of any level (a department's piece of the grid is whatever
// the street gave it), a member only the role's own level.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { edge } from '../../schema/edges';
import { Household, Organization, ORGANIZATION_TYPE, organizationEdge, organizationsById } from '../core/public';
import { GridHolderKind } from './duty-holder.enums';
import { holderActive } from './duty-holder.query';
import { Membership } from '../../schema/tenancy/membership.entity';
import { GridDuty } from './duty.entity';
import { GridUnit } from './unit.entity';
import { gridUnitOfHouseholds, gridUnitPath } from './grid.lookups';
import { isoDate as day, roleFitsLevel } from './grid.policy';
import { endDatedRow } from './dated-row.service';
import { memberName } from './member-name.service';
import { householdInScope, scopeOf, unitInScope } from './scope.service';
import { GridSettings } from './grid.settings';
import { GRID_EVENTS } from './grid.events';
import { calendarOf, today } from '../../schema/calendar';

const GridDutyPayload = Payload(GridDuty, 'gridDuty', 'GridDuty', '网格职责');

@InputType({ description: '任命网格职责 — assign a member or an organisation a duty role on a unit' })
class GridDutyAssignInput {
  @Field(() => ID, { description: '单元 — the unit' }) unit!: string;
  @Field(() => ID, { nullable: true, description: '成员 — the member (Membership) taking the role; or give `organization`' }) membership?: string | null;
  @Field(() => ID, { nullable: true, description: '组织 — the organisation (Organization) taking the role, e.g. 单位包小区; or give `membership`' })
  organization?: string | null;
  @Field({ description: '职责 — duty role key from the settings (e.g. gridWorker)' }) role!: string;
  @Field(() => String, { nullable: true, description: '开始日期 — first day (YYYY-MM-DD, default today)' }) startsOn?: string | null;
  @Field(() => String, { nullable: true, description: '结束日期 — last day (YYYY-MM-DD, optional)' }) endsOn?: string | null;
}

@InputType({ description: '卸任网格职责 — end a duty' })
class GridDutyEndInput {
  @Field(() => ID, { description: '职责 — the duty' }) id!: string;
  @Field(() => String, { nullable: true, description: '结束日期 — last day (YYYY-MM-DD, default today)' }) endsOn?: string | null;
}

/** Active on the day: started and not yet ended (dates inclusive), held by an active member or organisation. */
export const activeOn = (today: string) => {
  return { startsOn: { $lte: today }, $or: [{ endsOn: null }, { endsOn: { $gte: today } }], [holderActive()]: true };
};

/** Active duties on the household's path, top of the chain first (empty when not placed). */
export async function dutiesOnHouseholdPath(ctx: Ctx, householdId: string): Promise<GridDuty[]> {
  const unit = (await gridUnitOfHouseholds(ctx.em, [householdId])).get(householdId);
  if (!unit) return [];
  const path = await gridUnitPath(ctx.em, unit);
  const duties = await ctx.em.find(GridDuty, { unit: { $in: path }, ...activeOn(today((await calendarOf(ctx)).timeZone)) }, { orderBy: { id: 'asc' } });
  return duties.sort((a, b) => path.indexOf(a.unit.id) - path.indexOf(b.unit.id));
}

@Resolver(() => GridDuty)
export class GridDutyResolver {
  @Query(() => [GridDuty], {
    nullable: true,
    description: "谁负责这户 — active duty holders on the household's path, top of the chain first; null when not reachable",
  })
  @Requires('grid', 'grid.duty.read')
  async gridResponsible(@Arg('household', () => ID, { description: '户 — the household' }) household: string, @Context() ctx: Ctx) {
    const id = fromGlobalId(household, 'Household');
    if (!(await ctx.loaders.entity(Household).load(id)) || !(await householdInScope(ctx, id))) return null;
    return dutiesOnHouseholdPath(ctx, id);
  }

  @FieldResolver(() => GridUnit, { nullable: true, description: "单元 — the unit (null outside the caller's units)" })
  async unit(@Root() d: GridDuty, @Context() ctx: Ctx) {
    if (!(await unitInScope(ctx, d.unit.id))) return null;
    return ctx.loaders.entity(GridUnit).load(d.unit.id);
  }

  @FieldResolver(() => String, { description: '职责名称 — role name from the settings (e.g. 网格员)' })
  async roleName(@Root() d: GridDuty, @Context() ctx: Ctx) {
    return (await ctx.settings(GridSettings)).dutyRoles.find((r) => r.key === d.role)?.name ?? d.role;
  }

  @FieldResolver(() => GridHolderKind, { description: '担任方类型 — a member or an organisation holds it' })
  holderKind(@Root() d: GridDuty) {
    return d.membership ? GridHolderKind.MEMBER : GridHolderKind.ORGANIZATION;
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: '担任人 — the member holding the role (null when an organisation holds it, or without tenancy.membership.read)',
  })
  async holder(@Root() d: GridDuty, @Context() ctx: Ctx) {
    if (!d.membership || !(await ctx.can('tenancy.membership.read'))) return null;
    return ctx.loaders.entity(Membership).load(d.membership.id);
  }

  @FieldResolver(() => Organization, {
    nullable: true,
    description: '担任组织 — the organisation holding the role (null when a member holds it, or without core.forces.read)',
  })
  holderOrganization(@Root() d: GridDuty, @Context() ctx: Ctx) {
    return edge(ctx, organizationEdge, d.organizationId);
  }

  @FieldResolver(() => String, { description: '担任人姓名 — display name of the holder, member or organisation (shown to residents as their contact)' })
  async holderName(@Root() d: GridDuty, @Context() ctx: Ctx) {
    if (d.membership) return memberName(ctx, d.membership.id);
    // An organisation's name is public (it is on the 公示 board); no registry permission needed.
    // Through the operation's entity loader: a list of duties reads its organisations in one statement.
    const org = await ctx.loaders.entity(Organization).load(d.organizationId!);
    return org?.name ?? '';
  }

  @Mutation(() => GridDutyPayload, { description: "任命网格职责 — assign a duty role on a unit of the role's level" })
  @Requires('grid', 'grid.duty.manage')
  async gridDutyAssign(@Arg('input', { description: '输入 — the mutation input' }) input: GridDutyAssignInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const { timeZone } = await calendarOf(ctx);
    const settings = await ctx.settings(GridSettings);
    await scopeOf(ctx); // cached for the scope checks below: the transaction must not use ctx.em
    return mutate(ctx, async (em) => {
      const data = check(z.object({ startsOn: day.nullish(), endsOn: day.nullish() }), input);
      const unit = await em.findOne(GridUnit, fromGlobalId(input.unit, 'GridUnit'));
      if (!unit || !(await unitInScope(ctx, unit.id))) throw new UserFacingError('NOT_FOUND', ['input', 'unit']);
      if (!input.membership === !input.organization) throw new UserFacingError('GRID_DUTY_HOLDER', ['input', input.membership ? 'organization' : 'membership']);
      let membership: Membership | null = null;
      let organizationId: string | null = null;
      if (input.membership) {
        membership = await em.findOne(Membership, { id: fromGlobalId(input.membership, 'Membership', 'membership'), active: true });
        if (!membership) throw new UserFacingError('NOT_FOUND', ['input', 'membership']);
        if (!roleFitsLevel(settings, input.role, unit.level))
          throw new UserFacingError('GRID_ROLE_MISMATCH', ['input', 'role'], { role: input.role, level: unit.level });
      } else {
        organizationId = fromGlobalId(input.organization!, ORGANIZATION_TYPE, 'organization');
        if (!(await organizationsById(em, communityId!, [organizationId])).get(organizationId)?.active)
          throw new UserFacingError('NOT_FOUND', ['input', 'organization']);
        // An organisation's piece may be on any level; the role must still be one the community configured.
        if (!settings.dutyRoles.some((r) => r.key === input.role))
          throw new UserFacingError('GRID_ROLE_MISMATCH', ['input', 'role'], { role: input.role, level: unit.level });
      }
      const startsOn = data.startsOn ?? today(timeZone);
      if (data.endsOn && data.endsOn < startsOn)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'endsOn'], { detail: { 'zh-CN': 'endsOn 早于 startsOn', en: 'endsOn < startsOn' } });
      if (await em.count(GridDuty, { unit, ...(membership ? { membership } : { organizationId }), role: input.role, endsOn: null }))
        throw new UserFacingError('ALREADY_EXISTS', ['input', 'role'], { what: '该职责' });
      const duty = em.create(GridDuty, {
        communityId: communityId!,
        unit,
        membership,
        organizationId,
        role: input.role,
        startsOn,
        endsOn: data.endsOn ?? null,
      });
      recordEvent(em, GRID_EVENTS.DutyAssigned, {
        communityId,
        subject: { type: 'GridDuty', id: duty.id },
        data: { dutyId: duty.id, unitId: unit.id, membershipId: membership?.id ?? null, organizationId, role: input.role },
      });
      return duty;
    });
  }

  @Mutation(() => GridDutyPayload, { description: '卸任网格职责 — end a duty (kept as history)' })
  @Requires('grid', 'grid.duty.manage')
  async gridDutyEnd(@Arg('input', { description: '输入 — the mutation input' }) input: GridDutyEndInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const { timeZone } = await calendarOf(ctx);
    await scopeOf(ctx); // cached for the scope checks below: the transaction must not use ctx.em
    return mutate(ctx, async (em) => {
      const data = check(z.object({ endsOn: day.nullish() }), input);
      const duty = await em.findOne(GridDuty, fromGlobalId(input.id, 'GridDuty'));
      if (!duty || !(await unitInScope(ctx, duty.unit.id))) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      await endDatedRow(em, duty, data.endsOn, timeZone);
      recordEvent(em, GRID_EVENTS.DutyEnded, {
        communityId,
        subject: { type: 'GridDuty', id: duty.id },
        data: { dutyId: duty.id, unitId: duty.unit.id, membershipId: duty.membership?.id ?? null, organizationId: duty.organizationId },
      });
      return duty;
    });
  }
}

@Resolver(() => GridUnit)
export class GridUnitDutiesResolver {
  @FieldResolver(() => [GridDuty], { description: '职责 — duty holders of the unit (active only unless asked); empty without grid.duty.read' })
  async duties(
    @Root() u: GridUnit,
    @Context() ctx: Ctx,
    @Arg('includeEnded', { defaultValue: false, description: '含已卸任 — include ended duties' }) includeEnded: boolean,
  ) {
    if (!(await ctx.can('grid.duty.read'))) return [];
    return ctx.em.find(GridDuty, includeEnded ? { unit: u.id } : { unit: u.id, ...activeOn(today((await calendarOf(ctx)).timeZone)) }, {
      orderBy: { startsOn: 'asc', id: 'asc' },
    });
  }
}
