// Special-care changes: enrol a resident (with evidence and a 包保), change or end a membership,
// record a visit (due day and on-time flag kept with it), and publish overdue events.
import { Arg, Ctx as Context, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Resident } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { CareMember, CareVisit } from './care.entity';
import { dueOn, isoDate as day } from './grid.policy';
import { endDatedRow } from './dated-row.service';
import { canSeeCare, notifyOverdue } from './care.service';
import { scopeOf } from './scope.service';
import { gridUnitOfHouseholds } from './grid.lookups';
import { UserError } from '../../schema/user-error';
import { GridSettings } from './grid.settings';
import { GRID_EVENTS } from './grid.events';
import { calendarOf, dayOf, today } from '../../schema/calendar';
import { attachUploads } from '../../plugins/uploads/uploads.service';

const CareMemberPayload = Payload(CareMember, 'gridCareMember', 'GridCareMember', '特殊群体成员');
const CareVisitPayload = Payload(CareVisit, 'gridCareVisit', 'GridCareVisit', '探访记录');

@InputType({ description: '登记特殊群体 — enrol a resident in a special-care group' })
class GridCareMemberEnrollInput {
  @Field(() => ID, { description: '居民 — the resident' }) resident!: string;
  @Field({ description: '类别 — category key from the settings' }) category!: string;
  @Field({ description: '认定依据 — evidence' }) evidence!: string;
  @Field(() => String, { nullable: true, description: '纳入日期 — enrolled on (YYYY-MM-DD, default today)' }) startsOn?: string | null;
  @Field(() => ID, { nullable: true, description: '包保人 — the member (Membership) responsible' }) responsible?: string | null;
}

@InputType({ description: '修改特殊群体成员 — change evidence or the 包保 person' })
class GridCareMemberUpdateInput {
  @Field(() => ID, { description: '成员 — the special-care member' }) id!: string;
  @Field(() => String, { nullable: true, description: '认定依据 — evidence' }) evidence?: string | null;
  @Field(() => ID, { nullable: true, description: '包保人 — the new 包保 member' }) responsible?: string | null;
}

@InputType({ description: '退出特殊群体 — end a membership (kept as history)' })
class GridCareMemberEndInput {
  @Field(() => ID, { description: '成员 — the special-care member' }) id!: string;
  @Field(() => String, { nullable: true, description: '退出日期 — YYYY-MM-DD, default today' }) endsOn?: string | null;
}

@InputType({ description: '登记探访 — record a visit' })
class GridCareVisitRecordInput {
  @Field(() => ID, { description: '成员 — the special-care member visited' }) member!: string;
  @Field({ description: '探访方式 — visit kind key from the settings' }) kind!: string;
  @Field(() => Date, { nullable: true, description: '探访时间 — when (default now; not in the future)' }) visitedAt?: Date | null;
  @Field({ defaultValue: '', description: '记录 — notes' }) notes!: string;
  @Field(() => [String], { nullable: true, description: '照片 — keys of uploaded photos (uploadSlotCreate with ownerKind GridCareVisit), in display order' })
  attachmentKeys?: string[] | null;
}

@ObjectType({ description: '逾期通知结果 — how many overdue events were published' })
class GridCareOverduePayload {
  @Field(() => Int, { nullable: true, description: '已通知 — members newly reported overdue' }) notified!: number | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures; empty on success' }) userErrors!: UserError[];
}

async function responsibleMember(em: Ctx['em'], id: string | null | undefined): Promise<Membership | null> {
  if (!id) return null;
  const m = await em.findOne(Membership, { id: fromGlobalId(id, 'Membership'), active: true });
  if (!m) throw new UserFacingError('NOT_FOUND', ['input', 'responsible']);
  return m;
}

async function visibleMember(ctx: Ctx, em: Ctx['em'], id: string, lock = false): Promise<CareMember> {
  const m = await em.findOne(CareMember, fromGlobalId(id, 'GridCareMember'), lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {});
  if (!m || !(await canSeeCare(ctx, m, em))) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
  return m;
}

@Resolver()
export class CareWriteResolver {
  @Mutation(() => CareMemberPayload, { description: '登记特殊群体 — enrol a resident (staff: residents of their own units)' })
  @Requires('grid', 'grid.care.manage')
  async gridCareMemberEnroll(@Arg('input', { description: '输入 — the mutation input' }) input: GridCareMemberEnrollInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const { timeZone } = await calendarOf(ctx);
    const settings = await ctx.settings(GridSettings);
    // Before the transaction: its callback must not use ctx.em (a second pooled connection).
    const scope = await scopeOf(ctx);
    const readAll = await ctx.can('grid.care.readAll');
    return mutate(ctx, async (em) => {
      const data = check(z.object({ evidence: z.string().trim().min(1).max(1000), startsOn: day.nullish() }), input);
      const resident = await em.findOne(Resident, { id: fromGlobalId(input.resident, 'Resident'), movedOutAt: null });
      const hh = resident?.household?.id;
      const unit = hh ? (await gridUnitOfHouseholds(em, [hh])).get(hh) : null;
      const inScope = resident && (readAll || scope.all || (!!unit && scope.units.has(unit)));
      if (!resident || !inScope) throw new UserFacingError('NOT_FOUND', ['input', 'resident']);
      if (!settings.careCategories.some((c) => c.key === input.category))
        throw new UserFacingError('GRID_CATEGORY_UNKNOWN', ['input', 'category'], { category: input.category });
      if (await em.count(CareMember, { resident, category: input.category, endsOn: null }))
        throw new UserFacingError('ALREADY_EXISTS', ['input', 'category'], { what: '该类别登记' });
      const member = em.create(CareMember, {
        communityId: communityId!,
        resident,
        category: input.category,
        evidence: data.evidence,
        startsOn: data.startsOn ?? today(timeZone),
        responsible: await responsibleMember(em, input.responsible),
        visitEveryDays: settings.careCategories.find((c) => c.key === input.category)!.visitEveryDays,
      });
      recordEvent(em, GRID_EVENTS.CareMemberEnrolled, {
        communityId,
        subject: { type: 'GridCareMember', id: member.id },
        data: { memberId: member.id, residentId: resident.id, householdId: resident.household?.id ?? null, category: input.category },
      });
      return member;
    });
  }

  @Mutation(() => CareMemberPayload, { description: '修改特殊群体成员 — change evidence or the 包保 person' })
  @Requires('grid', 'grid.care.manage')
  async gridCareMemberUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: GridCareMemberUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    await scopeOf(ctx); // cached for the scope checks below: the transaction must not use ctx.em
    return mutate(ctx, async (em) => {
      const data = check(z.object({ evidence: z.string().trim().min(1).max(1000).nullish() }), input);
      const member = await visibleMember(ctx, em, input.id);
      if (data.evidence) member.evidence = data.evidence;
      if (input.responsible !== undefined) member.responsible = await responsibleMember(em, input.responsible);
      recordEvent(em, GRID_EVENTS.CareMemberUpdated, { communityId, subject: { type: 'GridCareMember', id: member.id }, data: { memberId: member.id } });
      return member;
    });
  }

  @Mutation(() => CareMemberPayload, { description: '退出特殊群体 — end the membership' })
  @Requires('grid', 'grid.care.manage')
  async gridCareMemberEnd(@Arg('input', { description: '输入 — the mutation input' }) input: GridCareMemberEndInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const { timeZone } = await calendarOf(ctx);
    await scopeOf(ctx); // cached for the scope checks below: the transaction must not use ctx.em
    return mutate(ctx, async (em) => {
      const data = check(z.object({ endsOn: day.nullish() }), input);
      const member = await visibleMember(ctx, em, input.id);
      await endDatedRow(em, member, data.endsOn, timeZone);
      recordEvent(em, GRID_EVENTS.CareMemberUpdated, {
        communityId,
        subject: { type: 'GridCareMember', id: member.id },
        data: { memberId: member.id, ended: true },
      });
      return member;
    });
  }

  @Mutation(() => CareVisitPayload, { description: "登记探访 — record a visit (the 包保 person, the unit's staff, social workers, admins)" })
  @Requires('grid', 'grid.care.visit')
  async gridCareVisitRecord(@Arg('input', { description: '输入 — the mutation input' }) input: GridCareVisitRecordInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const { timeZone } = await calendarOf(ctx);
    const settings = await ctx.settings(GridSettings);
    const scope = await scopeOf(ctx);
    return mutate(ctx, async (em) => {
      const data = check(z.object({ notes: z.string().max(5000), attachmentKeys: z.array(z.string().min(1).max(100)).max(20).nullish() }), input);
      // Row lock: concurrent visits compute their due day from a consistent last visit.
      const member = await visibleMember(ctx, em, input.member, true);
      if (member.endsOn) throw new UserFacingError('INVALID_STATE', ['input', 'member'], { state: 'ENDED' });
      if (!settings.visitKinds.some((k) => k.key === input.kind)) throw new UserFacingError('GRID_VISIT_KIND_UNKNOWN', ['input', 'kind'], { kind: input.kind });
      const visitedAt = input.visitedAt ?? new Date();
      if (visitedAt.getTime() > Date.now() + 60_000)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'visitedAt'], {
          detail: { 'zh-CN': 'visitedAt 不能是将来的时间', en: 'visitedAt in the future' },
        });
      const due = dueOn(member.startsOn, member.lastVisitAt, member.visitEveryDays, timeZone);
      const visit = em.create(CareVisit, {
        communityId: communityId!,
        member,
        kind: input.kind,
        visitedAt,
        notes: data.notes,
        visitorAccountId: scope.accountId,
        dueOn: due,
        onTime: dayOf(visitedAt, timeZone) <= due,
      });
      await attachUploads(ctx, em, 'GridCareVisit', visit.id, data.attachmentKeys);
      if (!member.lastVisitAt || member.lastVisitAt < visitedAt) member.lastVisitAt = visitedAt;
      // The plan follows the settings from the next visit on.
      member.visitEveryDays = settings.careCategories.find((c) => c.key === member.category)?.visitEveryDays ?? member.visitEveryDays;
      // householdId: the visit shows in the household file's activity (一户一档).
      const householdId = (await em.findOne(Resident, member.resident.id))?.household?.id ?? null;
      recordEvent(em, GRID_EVENTS.CareVisitRecorded, {
        communityId,
        subject: { type: 'GridCareMember', id: member.id },
        data: { memberId: member.id, visitId: visit.id, householdId },
      });
      return visit;
    });
  }

  @Mutation(() => GridCareOverduePayload, {
    description: '逾期通知 — publish grid.CareVisitOverdue for members newly past their due day (also run on a schedule)',
  })
  @Requires('grid', 'grid.care.manage')
  async gridCareOverdueNotify(@Context() ctx: Ctx) {
    const r = await mutate(ctx, (em) => notifyOverdue(em));
    return { notified: r.value, userErrors: r.userErrors };
  }
}
