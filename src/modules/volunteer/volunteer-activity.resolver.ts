// 志愿活动: activities with shifts, sign-ups with a limit and a waiting list, check-in/out by the
// organizer or by the shift's code (QR string) within its time window.
import { randomInt } from 'node:crypto';
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { VolunteerActivity, VolunteerMember, VolunteerShift, VolunteerSignup } from './volunteer.entity';
import { ActivityStatus, SignupStatus } from './volunteer.enums';
import { canSeeMember, myMember } from './volunteer.access';
import { cancelSignup, checkIn, checkOut, signUp } from './volunteer.service';
import { inCodeWindow, SIGNUP_ACTIONS, signupAllows } from './volunteer.policy';
import { VolunteerSettings } from './volunteer.settings';
import { VOLUNTEER_EVENTS } from './volunteer.events';
import { Attachment } from '../../plugins/uploads/attachment.types';
import { attachmentsOf, attachUploads } from '../../plugins/uploads/uploads.service';

const ActivityConnection = Connection(VolunteerActivity, 'VolunteerActivity', '志愿活动');
const ActivityPayload = Payload(VolunteerActivity, 'activity', 'VolunteerActivity', '志愿活动');
const SignupPayload = Payload(VolunteerSignup, 'signup', 'VolunteerSignup', '报名');

@InputType({ description: '班次 — a time slot with its sign-up limit' })
class VolunteerShiftInput {
  @Field(() => Date, { description: '开始 — starts at' }) startsAt!: Date;
  @Field(() => Date, { description: '结束 — ends at' }) endsAt!: Date;
  @Field(() => Int, { description: '名额 — sign-up limit' }) capacity!: number;
  @Field(() => Int, { nullable: true, description: '候补上限 — waiting-list places (default 0)' }) waitlistLimit?: number | null;
}

@InputType({ description: '发布志愿活动 — publish an activity with its shifts' })
class VolunteerActivityCreateInput {
  @Field({ description: '标题 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => String, { nullable: true, description: '地点 — location' }) location?: string | null;
  @Field(() => String, { nullable: true, description: '队伍 — organizing team key' }) team?: string | null;
  @Field(() => [VolunteerShiftInput], { description: '班次 — shifts (1–50)' }) shifts!: VolunteerShiftInput[];
  @Field(() => [String], {
    nullable: true,
    description: '照片 — keys of uploaded photos (uploadSlotCreate with ownerKind VolunteerActivity), in display order',
  })
  attachmentKeys?: string[] | null;
}

@InputType({ description: '报名 — sign up for a shift' })
class VolunteerSignUpInput {
  @Field(() => ID, { description: '班次 ID — shift id' }) shiftId!: string;
  @Field(() => ID, { nullable: true, description: '志愿者 ID — sign up someone else (organizers); omit for yourself' }) memberId?: string | null;
}

@InputType({ description: '报名操作 — act on a sign-up' })
class VolunteerSignupActInput {
  @Field(() => ID, { description: '报名 ID — sign-up id' }) id!: string;
  @Field(() => Date, { nullable: true, description: '时间 — when it happened (organizers recording late; default now, not in the future)' }) at?: Date | null;
}

@InputType({ description: "扫码签到/签退 — check in or out with the shift's code" })
class VolunteerCodeInput {
  @Field(() => ID, { description: '班次 ID — shift id' }) shiftId!: string;
  @Field({ description: '签到码 — the code (or the QR string holding it)' }) code!: string;
}

@ArgsType()
class ActivitiesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '队伍 — only this team' }) team?: string | null;
  @Field(() => [ActivityStatus], { nullable: true, description: '状态 — only activities in these states' })
  status?: ActivityStatus[] | null;
  @Field(() => Date, { nullable: true, description: '班次起 — only activities with a shift starting at or after this time' })
  shiftsFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: '班次止 — only activities with a shift starting before this time (exclusive)' })
  shiftsTo?: Date | null;
}

/** The list's filters: team, states, and a window its shifts start in (a sub-select on the shifts' own index). */
async function activityFilter(ctx: Ctx, args: ActivitiesArgs): Promise<FilterQuery<VolunteerActivity>> {
  if (args.shiftsFrom && args.shiftsTo && args.shiftsFrom.getTime() >= args.shiftsTo.getTime()) {
    throw new AppError('BAD_USER_INPUT', 'SHIFT_RANGE', { field: 'shiftsTo' });
  }
  const where: FilterQuery<VolunteerActivity> & Record<string, unknown> = {};
  if (args.team) where.team = args.team;
  if (args.status?.length) where.status = { $in: args.status };
  if (args.shiftsFrom || args.shiftsTo) {
    const shifts: Record<string, unknown> = {};
    if (args.shiftsFrom) shifts.$gte = args.shiftsFrom;
    if (args.shiftsTo) shifts.$lt = args.shiftsTo;
    const { communityId } = await ctx.access();
    const qb = (ctx.em as EntityManager).createQueryBuilder(VolunteerShift, 'vs').select('vs.activity_id').where({ communityId, startsAt: shifts });
    where.id = { $in: qb.getKnexQuery() as never };
  }
  return where;
}

const activityShape = z.object({
  title: z.string().trim().min(1).max(100),
  description: z.string().max(5000).nullish(),
  location: z.string().trim().max(200).nullish(),
  team: z.string().nullish(),
  attachmentKeys: z.array(z.string().min(1).max(100)).max(20).nullish(),
  shifts: z
    .array(
      z
        .object({
          startsAt: z.date(),
          endsAt: z.date(),
          capacity: z.number().int().min(1).max(10_000),
          waitlistLimit: z.number().int().min(0).max(10_000).nullish(),
        })
        .refine((s) => s.endsAt > s.startsAt, 'endsAt must be after startsAt'),
    )
    .min(1)
    .max(50),
});

const code6 = () => String(randomInt(0, 1_000_000)).padStart(6, '0');
const codeOf = (raw: string) => raw.trim().replace(/^WUSHE-VOL:/i, '');
const pastOrNow = (at: Date | null | undefined) => {
  if (at && at.getTime() > Date.now() + 60_000)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'at'], { detail: { 'zh-CN': 'at 不能是将来的时间', en: 'at is in the future' } });
  return at ?? new Date();
};

@Resolver(() => VolunteerActivity)
export class VolunteerActivityResolver {
  @Query(() => ActivityConnection, { description: '志愿活动 — activities, newest first' })
  @Requires('volunteer', 'volunteer.read')
  async volunteerActivities(@Args() args: ActivitiesArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, VolunteerActivity, await activityFilter(ctx, args), args);
  }

  @Query(() => VolunteerActivity, { nullable: true, description: '志愿活动 — one activity' })
  @Requires('volunteer', 'volunteer.read')
  volunteerActivity(@Arg('id', () => ID, { description: '活动 ID — activity id' }) id: string, @Context() ctx: Ctx) {
    return ctx.em.findOne(VolunteerActivity, { id: fromGlobalId(id, 'VolunteerActivity') });
  }

  @Mutation(() => ActivityPayload, { description: '发布志愿活动 — publish an activity with shifts' })
  @Requires('volunteer', 'volunteer.organize')
  async volunteerActivityCreate(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerActivityCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(VolunteerSettings);
    return mutate(ctx, async (em) => {
      const d = check(activityShape, input);
      if (d.team && !s.teams.some((t) => t.key === d.team)) throw new UserFacingError('TEAM_UNKNOWN', ['input', 'team'], { team: d.team });
      const a = em.create(VolunteerActivity, {
        communityId: communityId!,
        title: d.title,
        description: d.description ?? null,
        location: d.location ?? null,
        team: d.team ?? null,
        organizerAccountId: ctx.viewer?.accountId ?? null,
      });
      for (const sh of d.shifts) {
        em.create(VolunteerShift, {
          communityId: communityId!,
          activityId: a.id,
          startsAt: sh.startsAt,
          endsAt: sh.endsAt,
          capacity: sh.capacity,
          waitlistLimit: sh.waitlistLimit ?? 0,
          checkInCode: code6(),
        });
      }
      await attachUploads(ctx, em, 'VolunteerActivity', a.id, d.attachmentKeys);
      recordEvent(em, VOLUNTEER_EVENTS.ActivityPublished, { communityId, subject: { type: 'VolunteerActivity', id: a.id } });
      return a;
    });
  }

  @FieldResolver(() => [Attachment], { description: '照片 — photos of the activity (signed, short-lived URLs)' })
  attachments(@Root() a: VolunteerActivity, @Context() ctx: Ctx) {
    return attachmentsOf(ctx, 'VolunteerActivity', a);
  }

  @FieldResolver(() => [VolunteerShift], { description: '班次 — shifts, earliest first' })
  shifts(@Root() a: VolunteerActivity, @Context() ctx: Ctx) {
    return childrenOf(
      ctx,
      'volunteer.shifts',
      (ids) => ctx.em.find(VolunteerShift, { activityId: { $in: ids } }, { orderBy: { startsAt: 'asc', id: 'asc' } }),
      (x) => x.activityId,
    ).load(a.id);
  }
}

@Resolver(() => VolunteerShift)
export class VolunteerShiftResolver {
  @FieldResolver(() => VolunteerActivity, { description: '活动 — the activity' })
  activity(@Root() s: VolunteerShift, @Context() ctx: Ctx) {
    return ctx.loaders.entity(VolunteerActivity).load(s.activityId);
  }

  @FieldResolver(() => String, { nullable: true, description: '签到码 — code volunteers scan or type (QR string: WUSHE-VOL:<code>); organizers only' })
  async checkInCode(@Root() s: VolunteerShift, @Context() ctx: Ctx) {
    return (await ctx.can('volunteer.organize')) ? s.checkInCode : null;
  }

  @FieldResolver(() => Int, { description: '候补人数 — people on the waiting list' })
  async waitlisted(@Root() s: VolunteerShift, @Context() ctx: Ctx) {
    const waiting = childrenOf(
      ctx,
      'volunteer.waitlisted',
      (ids) => ctx.em.find(VolunteerSignup, { shiftId: { $in: ids }, status: SignupStatus.WAITLISTED }),
      (x) => x.shiftId,
    );
    return (await waiting.load(s.id)).length;
  }

  @FieldResolver(() => VolunteerSignup, { nullable: true, description: '我的报名 — your own sign-up on this shift' })
  async mySignup(@Root() s: VolunteerShift, @Context() ctx: Ctx) {
    const mine = childrenOf(
      ctx,
      'volunteer.mySignup',
      async (ids) => {
        const me = await myMember(ctx);
        return me ? ctx.em.find(VolunteerSignup, { shiftId: { $in: ids }, memberId: me.id, status: { $ne: SignupStatus.CANCELLED } }) : [];
      },
      (x) => x.shiftId,
    );
    return (await mine.load(s.id))[0] ?? null;
  }

  @FieldResolver(() => [VolunteerSignup], { description: '报名名单 — sign-ups in order (organizers; others see an empty list)' })
  async signups(@Root() s: VolunteerShift, @Context() ctx: Ctx) {
    if (!(await ctx.can('volunteer.organize'))) return [];
    return childrenOf(
      ctx,
      'volunteer.signups',
      (ids) => ctx.em.find(VolunteerSignup, { shiftId: { $in: ids } }, { orderBy: { id: 'asc' } }),
      (x) => x.shiftId,
    ).load(s.id);
  }
}

/** One query per operation for the rows of every listed activity or shift (a list of activities with shifts was N+1). */
function childrenOf<T>(ctx: Ctx, name: string, find: (ids: string[]) => Promise<T[]>, parent: (row: T) => string) {
  return ctx.loaders.named<string, T[]>(name, async (ids) => {
    const rows = await find([...ids]);
    return ids.map((id) => rows.filter((r) => parent(r) === id));
  });
}

@ObjectType('VolunteerSignupViewerCan', {
  description: '当前用户可执行的操作 — which actions the caller may take on this sign-up now (volunteer.policy.ts, as the mutations decide)',
})
export class VolunteerSignupViewerCan {
  @Field({ description: '取消报名 — cancel (volunteerSignupCancel): your own, or any as organizer, while confirmed or waitlisted' }) cancel!: boolean;
  @Field({ description: '签到 — check the volunteer in (volunteerSignupCheckIn): organizers, while confirmed' }) checkIn!: boolean;
  @Field({ description: '签退 — check the volunteer out (volunteerSignupCheckOut): organizers, while checked in' }) checkOut!: boolean;
}

@Resolver(() => VolunteerSignup)
export class VolunteerSignupResolver {
  @Mutation(() => SignupPayload, { description: '报名 — take a place on a shift, or join its waiting list when full' })
  @Requires('volunteer', 'volunteer.signUp')
  async volunteerSignUp(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerSignUpInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const shiftId = fromGlobalId(input.shiftId, 'VolunteerShift');
      let member: VolunteerMember | null;
      if (input.memberId) {
        if (!(await ctx.can('volunteer.organize'))) throw new UserFacingError('NOT_FOUND', ['input', 'memberId']);
        member = await em.findOne(VolunteerMember, { id: fromGlobalId(input.memberId, 'VolunteerMember') });
        if (!member) throw new UserFacingError('NOT_FOUND', ['input', 'memberId']);
      } else member = await myMember(ctx, em);
      if (!member || !member.active) throw new UserFacingError('NOT_A_VOLUNTEER', ['input']);
      const r = await signUp(em, communityId!, shiftId, member.id);
      recordEvent(em, VOLUNTEER_EVENTS.SignedUp, {
        communityId,
        subject: { type: 'VolunteerSignup', id: r.id },
        data: { shiftId, memberId: member.id, status: r.status },
      });
      return em.findOneOrFail(VolunteerSignup, { id: r.id });
    });
  }

  @Mutation(() => SignupPayload, { description: '取消报名 — cancel; a freed place goes to the first on the waiting list' })
  @Requires('volunteer', SIGNUP_ACTIONS.cancel.permission)
  async volunteerSignupCancel(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerSignupActInput, @Context() ctx: Ctx) {
    const { communityId, permissions } = await ctx.access();
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VolunteerSignup');
      const su = await em.findOne(VolunteerSignup, { id });
      const member = su && (await em.findOne(VolunteerMember, { id: su.memberId }));
      const mine = !!member?.accountId && member.accountId === ctx.viewer?.accountId;
      // Whose sign-up it is decides visibility; the state is the service's conditional write.
      if (!su || !(mine || permissions.has('volunteer.organize'))) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const r = await cancelSignup(em, communityId!, id);
      recordEvent(em, VOLUNTEER_EVENTS.SignupCancelled, { communityId, subject: { type: 'VolunteerSignup', id }, data: { shiftId: r.shiftId } });
      if (r.promoted)
        recordEvent(em, VOLUNTEER_EVENTS.SignupPromoted, { communityId, subject: { type: 'VolunteerSignup', id: r.promoted }, data: { shiftId: r.shiftId } });
      return em.findOneOrFail(VolunteerSignup, { id }, { refresh: true });
    });
  }

  @Mutation(() => SignupPayload, { description: '签到 — the organizer checks a volunteer in' })
  @Requires('volunteer', SIGNUP_ACTIONS.checkIn.permission)
  async volunteerSignupCheckIn(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerSignupActInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VolunteerSignup');
      await checkIn(em, communityId!, id, pastOrNow(input.at), ctx.viewer?.accountId ?? null);
      recordEvent(em, VOLUNTEER_EVENTS.CheckedIn, { communityId, subject: { type: 'VolunteerSignup', id } });
      return em.findOneOrFail(VolunteerSignup, { id }, { refresh: true });
    });
  }

  @Mutation(() => SignupPayload, { description: '签退 — the organizer checks a volunteer out; hours are computed for confirmation' })
  @Requires('volunteer', SIGNUP_ACTIONS.checkOut.permission)
  async volunteerSignupCheckOut(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerSignupActInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(VolunteerSettings);
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VolunteerSignup');
      const hours = await checkOut(em, communityId!, id, pastOrNow(input.at), ctx.viewer?.accountId ?? null, {
        rounding: s.roundingMinutes,
        max: s.maxMinutesPerShift,
      });
      recordEvent(em, VOLUNTEER_EVENTS.CheckedOut, { communityId, subject: { type: 'VolunteerSignup', id }, data: { hoursRecordId: hours } });
      return em.findOneOrFail(VolunteerSignup, { id }, { refresh: true });
    });
  }

  @Mutation(() => SignupPayload, { description: "扫码签到 — check yourself in with the shift's code, within its time window" })
  @Requires('volunteer', 'volunteer.signUp')
  async volunteerCheckInByCode(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerCodeInput, @Context() ctx: Ctx) {
    return this.byCode(ctx, input, 'in');
  }

  @Mutation(() => SignupPayload, { description: "扫码签退 — check yourself out with the shift's code, within its time window" })
  @Requires('volunteer', 'volunteer.signUp')
  async volunteerCheckOutByCode(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerCodeInput, @Context() ctx: Ctx) {
    return this.byCode(ctx, input, 'out');
  }

  private async byCode(ctx: Ctx, input: VolunteerCodeInput, action: 'in' | 'out') {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(VolunteerSettings);
    return mutate(ctx, async (em) => {
      const shift = await em.findOne(VolunteerShift, { id: fromGlobalId(input.shiftId, 'VolunteerShift') });
      const me = await myMember(ctx, em);
      const su = shift && me ? await em.findOne(VolunteerSignup, { shiftId: shift.id, memberId: me.id, status: { $ne: SignupStatus.CANCELLED } }) : null;
      if (!shift || !su) throw new UserFacingError('NOT_FOUND', ['input', 'shiftId']);
      if (codeOf(input.code) !== shift.checkInCode) throw new UserFacingError('CHECK_IN_CODE_INVALID', ['input', 'code']);
      const now = new Date();
      if (!inCodeWindow(action, shift, now, s.codeWindowMinutes)) throw new UserFacingError('OUTSIDE_CHECK_IN_WINDOW', ['input', 'code']);
      if (action === 'in') await checkIn(em, communityId!, su.id, now, ctx.viewer?.accountId ?? null);
      else await checkOut(em, communityId!, su.id, now, ctx.viewer?.accountId ?? null, { rounding: s.roundingMinutes, max: s.maxMinutesPerShift });
      recordEvent(em, action === 'in' ? VOLUNTEER_EVENTS.CheckedIn : VOLUNTEER_EVENTS.CheckedOut, {
        communityId,
        subject: { type: 'VolunteerSignup', id: su.id },
      });
      return em.findOneOrFail(VolunteerSignup, { id: su.id }, { refresh: true });
    });
  }

  @FieldResolver(() => VolunteerSignupViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take on this sign-up now' })
  async viewerCan(@Root() su: VolunteerSignup, @Context() ctx: Ctx): Promise<VolunteerSignupViewerCan> {
    // Batched: the members of a list in one load.
    const [access, m] = await Promise.all([ctx.access(), ctx.loaders.entity(VolunteerMember).load(su.memberId)]);
    const facts = { permissions: access.permissions, mine: !!m?.accountId && m.accountId === ctx.viewer?.accountId, status: su.status };
    return { cancel: signupAllows('cancel', facts), checkIn: signupAllows('checkIn', facts), checkOut: signupAllows('checkOut', facts) };
  }

  @FieldResolver(() => VolunteerShift, { description: '班次 — the shift' })
  shift(@Root() su: VolunteerSignup, @Context() ctx: Ctx) {
    return ctx.loaders.entity(VolunteerShift).load(su.shiftId);
  }

  @FieldResolver(() => VolunteerMember, { nullable: true, description: '志愿者 — the volunteer (organizers, or yourself)' })
  async member(@Root() su: VolunteerSignup, @Context() ctx: Ctx) {
    const m = await ctx.loaders.entity(VolunteerMember).load(su.memberId);
    return m && (await canSeeMember(ctx, m)) ? m : null;
  }
}
