// 公益创投: calls (create, close, award), social organizations' applications with milestones,
// the panel's scores, milestone reports and payment requests through the fund. The rules are
// venture.policy.ts; the writes venture.service.ts.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, Float, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId, globalIdOrNull, toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { Fen } from '../../schema/fen.scalar';
import { recordEvent } from '../../plugins/events/record-event';
import { membershipAccount } from '../../schema/tenancy/tenancy.lookups';
import { SocialOrganization } from '../core/public';
import { FUND_DISBURSEMENT_TYPE, FUND_TYPE, fundIsActive } from '../fund/public';
import { VentureApplication, VentureCall, VentureMilestone } from './venture.entity';
import { CallStatus } from './venture.enums';
import { VENTURE_EVENTS } from './venture.events';
import { SCORE_MAX, SCORE_MIN, milestoneAllows, weightedScore } from './venture.policy';
import { actorOf, allows, applicationVisible } from './venture.access';
import { apply, award, milestoneRefusal, moveCall, moveMilestone, requestPayment, score, scoresOf } from './venture.service';
import { VentureApplicationViewerCan, VentureMilestoneViewerCan } from './viewer-can.types';

const CallConnection = Connection(VentureCall, 'VentureCall', '公益创投');
const CallPayload = Payload(VentureCall, 'call', 'VentureCall', '公益创投');
const ApplicationPayload = Payload(VentureApplication, 'application', 'VentureApplication', '创投申报');
const MilestonePayload = Payload(VentureMilestone, 'milestone', 'VentureMilestone', '项目节点');

@InputType({ description: '评分项 — a scoring criterion with its weight' })
class VentureCriterionInput {
  @Field({ description: '键 — key, unique within the call (letters, digits, _)' }) key!: string;
  @Field({ description: '名称 — name, e.g. 需求契合度' }) name!: string;
  @Field(() => Int, { description: '权重 — relative weight, 1–100' }) weight!: number;
}

@InputType({ description: '发布公益创投 — publish a call for proposals (open from opensAt to closesAt)' })
class VentureCallCreateInput {
  @Field({ description: '名称 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => ID, { description: '基金 — the community fund that pays the milestones' }) fundId!: string;
  @Field({ description: '资金用途 — purpose key of the fund (e.g. PROJECT)' }) purpose!: string;
  @Field(() => Fen, { description: '资助总额（分）— total budget in fen' }) totalBudgetFen!: number;
  @Field(() => Fen, { description: '单项上限（分）— most one application may request, in fen' }) ceilingFen!: number;
  @Field(() => Date, { description: '申报开始 — applications open at' }) opensAt!: Date;
  @Field(() => Date, { description: '申报截止 — applications close at' }) closesAt!: Date;
  @Field(() => [VentureCriterionInput], { description: '评分项 — 1–10 criteria with weights' }) criteria!: VentureCriterionInput[];
  @Field(() => [ID], { description: '评审专家 — membership ids of the review panel (1–15)' }) panelMemberIds!: string[];
}

@InputType({ description: '公益创投 — one call' })
class VentureCallIdInput {
  @Field(() => ID, { description: '创投 ID — call id' }) id!: string;
}

@InputType({ description: '评定立项 — award by rank within the total budget, with the reason recorded' })
class VentureCallAwardInput {
  @Field(() => ID, { description: '创投 ID — call id' }) id!: string;
  @Field({ description: '评定说明 — reason, e.g. the panel meeting that confirmed the ranking' }) reason!: string;
}

@InputType({ description: '项目节点 — a milestone of the application' })
class VentureMilestoneInput {
  @Field({ description: '节点名称 — title' }) title!: string;
  @Field(() => Fen, { description: '节点金额（分）— amount in fen' }) amountFen!: number;
  @Field(() => String, { nullable: true, description: '计划日期 — due date (YYYY-MM-DD)' }) dueOn?: string | null;
}

@InputType({ description: '申报公益创投 — apply for a social organization' })
class VentureApplyInput {
  @Field(() => ID, { description: '创投 ID — call id' }) callId!: string;
  @Field(() => ID, { description: '社会组织 — the applying SocialOrganization' }) organizationId!: string;
  @Field({ description: '项目名称 — project title' }) title!: string;
  @Field({ description: '项目概述 — what the project does, for whom' }) summary!: string;
  @Field(() => Fen, { description: '申请金额（分）— requested budget in fen, at most the ceiling' }) requestedFen!: number;
  @Field(() => [VentureMilestoneInput], { description: '项目节点 — 1–20 milestones whose amounts add up to the requested budget' })
  milestones!: VentureMilestoneInput[];
}

@InputType({ description: '评分 — one criterion’s score' })
class VentureScoreInput {
  @Field({ description: '评分项 — criterion key' }) criterion!: string;
  @Field(() => Int, { description: '分数 — score, 0–100' }) score!: number;
}

@InputType({ description: '评审打分 — a panel member scores criteria of one application (each once)' })
class VentureApplicationScoreInput {
  @Field(() => ID, { description: '申报 ID — application id' }) applicationId!: string;
  @Field(() => [VentureScoreInput], { description: '评分 — scores by criterion' }) scores!: VentureScoreInput[];
  @Field(() => String, { nullable: true, description: '评语 — comment' }) comment?: string | null;
}

@InputType({ description: '报完成 — the awarded organization reports a milestone done' })
class VentureMilestoneReportInput {
  @Field(() => ID, { description: '节点 ID — milestone id' }) id!: string;
  @Field({ description: '完成情况 — what was done' }) report!: string;
}

@InputType({ description: '申请拨付 — ask the fund to pay a reported milestone' })
class VentureMilestoneIdInput {
  @Field(() => ID, { description: '节点 ID — milestone id' }) id!: string;
}

@ArgsType()
class VentureCallsArgs extends ConnectionArgs {
  @Field(() => CallStatus, { nullable: true, description: '状态 — only calls in this state' }) status?: CallStatus | null;
}

const text = (max: number) => z.string().trim().min(1).max(max);
const fen = z.number().int().min(1).max(100_000_000_000);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(d)) && new Date(d).toISOString().startsWith(d), 'not a date');
const callShape = z
  .object({
    title: text(100),
    description: z.string().max(4000).nullish(),
    fundId: z.string(),
    purpose: text(60),
    totalBudgetFen: fen,
    ceilingFen: fen,
    opensAt: z.date(),
    closesAt: z.date(),
    criteria: z
      .array(z.object({ key: z.string().regex(/^[A-Za-z0-9_]{1,30}$/), name: text(60), weight: z.number().int().min(1).max(100) }))
      .min(1)
      .max(10)
      .refine((c) => new Set(c.map((x) => x.key)).size === c.length, 'criterion keys repeat'),
    panelMemberIds: z.array(z.string()).min(1).max(15),
  })
  .refine((c) => c.closesAt > c.opensAt, { message: 'closesAt must be after opensAt', path: ['closesAt'] })
  .refine((c) => c.ceilingFen <= c.totalBudgetFen, { message: 'ceiling above the total budget', path: ['ceilingFen'] });
const applyShape = z.object({
  title: text(100),
  summary: text(4000),
  requestedFen: fen,
  milestones: z
    .array(z.object({ title: text(100), amountFen: fen, dueOn: day.nullish() }))
    .min(1)
    .max(20),
});
const scoreShape = z.object({
  scores: z
    .array(z.object({ criterion: z.string().max(30), score: z.number().int().min(SCORE_MIN).max(SCORE_MAX) }))
    .min(1)
    .max(10),
  comment: z.string().max(2000).nullish(),
});

async function loadCall(ctx: Ctx, globalId: string, field: string): Promise<VentureCall> {
  const call = await ctx.em.findOne(VentureCall, { id: fromGlobalId(globalId, 'VentureCall', field) });
  if (!call) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return call;
}

async function visibleApplication(ctx: Ctx, app: VentureApplication | null): Promise<VentureApplication | null> {
  return app && (await applicationVisible(ctx, app)) ? app : null;
}

@Resolver(() => VentureCall)
export class VentureCallResolver {
  @Query(() => CallConnection, { description: '公益创投列表 — calls for proposals, newest first' })
  @Requires('venture', 'venture.read')
  ventureCalls(@Args() args: VentureCallsArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, VentureCall, args.status ? { status: args.status } : {}, args);
  }

  @Query(() => VentureCall, { nullable: true, description: '公益创投 — one call (null when not found)' })
  @Requires('venture', 'venture.read')
  async ventureCall(@Arg('id', () => ID, { description: '创投 ID — call id' }) id: string, @Context() ctx: Ctx) {
    const raw = globalIdOrNull(id, 'VentureCall');
    return raw ? ctx.em.findOne(VentureCall, { id: raw }) : null;
  }

  @FieldResolver(() => ID, { description: '基金 — id of the Fund that pays the milestones' })
  fundId(@Root() call: VentureCall) {
    return toGlobalId(FUND_TYPE, call.fundId);
  }

  @FieldResolver(() => Int, { description: '评审专家人数 — size of the review panel' })
  panelSize(@Root() call: VentureCall) {
    return call.panelAccountIds.length;
  }

  @FieldResolver(() => Boolean, { description: '我是评审专家 — whether the caller sits on the review panel' })
  async viewerOnPanel(@Root() call: VentureCall, @Context() ctx: Ctx) {
    const { accountId } = await actorOf(ctx);
    return !!accountId && call.panelAccountIds.includes(accountId);
  }

  @FieldResolver(() => Boolean, { description: '正在申报期 — whether applications are taken now (open, within the window)' })
  acceptingApplications(@Root() call: VentureCall) {
    const now = Date.now();
    return call.status === CallStatus.OPEN && call.opensAt.getTime() <= now && now < call.closesAt.getTime();
  }

  @FieldResolver(() => [VentureApplication], {
    description: '申报 — applications, best ranked first once awarded: every one for staff and the panel, otherwise the caller’s own',
  })
  async applications(@Root() call: VentureCall, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const all = await allows(ctx, 'readAll', call);
    const where = all ? { callId: call.id } : { callId: call.id, applicantAccountId: actor.accountId ?? '00000000-0000-0000-0000-000000000000' };
    return ctx.em.find(VentureApplication, where, { orderBy: [{ rank: 'asc' }, { id: 'asc' }] as never });
  }

  @Mutation(() => CallPayload, { description: '发布公益创投 — publish a call for proposals; it takes applications within its window' })
  @Requires('venture', 'venture.manage')
  async ventureCallCreate(@Arg('input', { description: '输入 — the mutation input' }) input: VentureCallCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(callShape, input);
      const fundId = fromGlobalId(d.fundId, FUND_TYPE, 'fundId');
      if (!(await fundIsActive(em, actor.communityId, fundId))) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'fundId' });
      const panel: string[] = [];
      for (const g of d.panelMemberIds) {
        const account = await membershipAccount(em, actor.communityId, fromGlobalId(g, 'Membership', 'panelMemberIds'));
        if (!account) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'panelMemberIds' });
        if (!panel.includes(account)) panel.push(account);
      }
      const call = em.create(VentureCall, {
        communityId: actor.communityId,
        title: d.title,
        description: d.description ?? null,
        fundId,
        purpose: d.purpose,
        totalBudgetFen: d.totalBudgetFen,
        ceilingFen: d.ceilingFen,
        opensAt: d.opensAt,
        closesAt: d.closesAt,
        criteria: d.criteria,
        panelAccountIds: panel,
        createdByAccountId: actor.accountId,
      });
      recordEvent(em, VENTURE_EVENTS.CallCreated, {
        communityId: actor.communityId,
        subject: { type: 'VentureCall', id: call.id },
        data: { callId: call.id, fundId, totalBudgetFen: d.totalBudgetFen },
      });
      return call;
    });
  }

  @Mutation(() => CallPayload, { description: '截止申报 — close a call to applications (also before its window ends); the panel then scores' })
  @Requires('venture', 'venture.manage')
  async ventureCallClose(@Arg('input', { description: '输入 — the mutation input' }) input: VentureCallIdInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VentureCall', 'id');
      await moveCall(em, actor.communityId, id, 'close');
      recordEvent(em, VENTURE_EVENTS.CallClosed, { communityId: actor.communityId, subject: { type: 'VentureCall', id }, data: { callId: id } });
      return em.findOneOrFail(VentureCall, { id }, { refresh: true });
    });
  }

  @Mutation(() => CallPayload, {
    description: '评定立项 — award once every panel member scored every application: by weighted score, down the ranking within the total budget',
  })
  @Requires('venture', 'venture.award')
  async ventureCallAward(@Arg('input', { description: '输入 — the mutation input' }) input: VentureCallAwardInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VentureCall', 'id');
      const { reason } = check(z.object({ reason: text(500) }), input);
      await award(em, actor.communityId, actor.accountId!, id, reason);
      return em.findOneOrFail(VentureCall, { id }, { refresh: true });
    });
  }
}

@Resolver(() => VentureApplication)
export class VentureApplicationResolver {
  @Query(() => VentureApplication, { nullable: true, description: '创投申报 — one application (null when not found or not the caller’s to see)' })
  @Requires('venture', 'venture.read')
  async ventureApplication(@Arg('id', () => ID, { description: '申报 ID — application id' }) id: string, @Context() ctx: Ctx) {
    const raw = globalIdOrNull(id, 'VentureApplication');
    return raw ? visibleApplication(ctx, await ctx.em.findOne(VentureApplication, { id: raw })) : null;
  }

  @FieldResolver(() => VentureCall, { description: '公益创投 — the call applied to' })
  call(@Root() app: VentureApplication, @Context() ctx: Ctx) {
    return ctx.loaders.entity(VentureCall).load(app.callId);
  }

  @FieldResolver(() => SocialOrganization, { nullable: true, description: '社会组织 — the applying organization' })
  organization(@Root() app: VentureApplication, @Context() ctx: Ctx) {
    return ctx.em.findOne(SocialOrganization, { id: app.organizationId });
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: '评审得分 — weighted mean of the panel’s scores (fixed at the award); staff and the panel see it, the applicant once awarded',
  })
  async score(@Root() app: VentureApplication, @Context() ctx: Ctx) {
    const call = await ctx.loaders.entity(VentureCall).load(app.callId);
    if (app.score != null) return (await allows(ctx, 'readAll', call, app)) || call?.status === CallStatus.AWARDED ? Number(app.score) : null;
    if (!call || !(await allows(ctx, 'readAll', call, app))) return null;
    return weightedScore(call.criteria, (await scoresOf(ctx.em, app.communityId, [app.id])).get(app.id)!);
  }

  @FieldResolver(() => Int, { description: '已评专家 — panel members who scored at least one criterion' })
  async reviewCount(@Root() app: VentureApplication, @Context() ctx: Ctx) {
    const rows = (await scoresOf(ctx.em, app.communityId, [app.id])).get(app.id)!;
    return new Set(rows.map((r) => r.reviewer)).size;
  }

  @FieldResolver(() => [VentureMilestone], { description: '项目节点 — milestones in order' })
  milestones(@Root() app: VentureApplication, @Context() ctx: Ctx) {
    return ctx.em.find(VentureMilestone, { applicationId: app.id }, { orderBy: { seq: 'asc' } });
  }

  @FieldResolver(() => VentureApplicationViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take now' })
  async viewerCan(@Root() app: VentureApplication, @Context() ctx: Ctx): Promise<VentureApplicationViewerCan> {
    const call = await ctx.loaders.entity(VentureCall).load(app.callId);
    const { accountId } = await actorOf(ctx);
    if (!call || call.status !== CallStatus.CLOSED || !(await allows(ctx, 'score', call, app))) return { score: false };
    const mine = ((await scoresOf(ctx.em, app.communityId, [app.id])).get(app.id) ?? []).filter((r) => r.reviewer === accountId);
    return { score: mine.length < call.criteria.length };
  }

  @Mutation(() => ApplicationPayload, {
    description: '申报公益创投 — apply for a social organization while the call is open: one per organization, within the ceiling, milestones adding up',
  })
  @Requires('venture', 'venture.apply')
  async ventureApply(@Arg('input', { description: '输入 — the mutation input' }) input: VentureApplyInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const callId = fromGlobalId(input.callId, 'VentureCall', 'callId');
      const organizationId = fromGlobalId(input.organizationId, 'SocialOrganization', 'organizationId');
      const d = check(applyShape, input);
      const id = await apply(em, actor.communityId, actor.accountId!, {
        callId,
        organizationId,
        ...d,
        milestones: d.milestones.map((m) => ({ title: m.title, amountFen: m.amountFen, dueOn: m.dueOn ?? null })),
      });
      return em.findOneOrFail(VentureApplication, { id });
    });
  }

  @Mutation(() => ApplicationPayload, {
    description: '评审打分 — a panel member scores criteria of an application of a closed call, each criterion once; never their own application',
  })
  @Requires('venture', 'venture.review')
  async ventureApplicationScore(@Arg('input', { description: '输入 — the mutation input' }) input: VentureApplicationScoreInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const applicationId = fromGlobalId(input.applicationId, 'VentureApplication', 'applicationId');
      const d = check(scoreShape, input);
      await score(em, actor.communityId, actor.accountId!, applicationId, d.scores, d.comment ?? null);
      return em.findOneOrFail(VentureApplication, { id: applicationId });
    });
  }
}

@Resolver(() => VentureMilestone)
export class VentureMilestoneResolver {
  @FieldResolver(() => ID, { nullable: true, description: '基金支出 — id of the FundDisbursement paying it (the latest request)' })
  disbursementId(@Root() m: VentureMilestone) {
    return m.disbursementId ? toGlobalId(FUND_DISBURSEMENT_TYPE, m.disbursementId) : null;
  }

  @FieldResolver(() => VentureMilestoneViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take now' })
  async viewerCan(@Root() m: VentureMilestone, @Context() ctx: Ctx): Promise<VentureMilestoneViewerCan> {
    const app = await ctx.loaders.entity(VentureApplication).load(m.applicationId);
    const awarded = app?.status === 'AWARDED';
    return {
      report: awarded && milestoneAllows('report', m.status) && (await allows(ctx, 'report', null, app)),
      requestPayment: awarded && milestoneAllows('requestPayment', m.status) && (await allows(ctx, 'requestPayment', null, app)),
    };
  }

  @Mutation(() => MilestonePayload, { description: '报完成 — the awarded organization’s applicant reports a milestone done' })
  @Requires('venture', 'venture.apply')
  async ventureMilestoneReport(@Arg('input', { description: '输入 — the mutation input' }) input: VentureMilestoneReportInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VentureMilestone', 'id');
      const { report } = check(z.object({ report: text(4000) }), input);
      const m = await moveMilestone(em, actor.communityId, { id, applicantAccountId: actor.accountId! }, 'report', { report, reported_at: new Date() });
      if (!m) {
        const err = await milestoneRefusal(em, actor.communityId, id);
        // Someone else's milestone looks like one that does not exist.
        const [mine] = await em.execute(
          `select 1 from venture_milestone m join venture_application a on a.id = m.application_id where m.id = ? and a.applicant_account_id = ?`,
          [id, actor.accountId],
        );
        throw mine ? err : new UserFacingError('NOT_FOUND', ['input', 'id']);
      }
      recordEvent(em, VENTURE_EVENTS.MilestoneReported, {
        communityId: actor.communityId,
        subject: { type: 'VentureMilestone', id },
        data: { applicationId: m.application_id, milestoneId: id, amountFen: Number(m.amount_fen) },
      });
      return em.findOneOrFail(VentureMilestone, { id }, { refresh: true });
    });
  }

  @Mutation(() => MilestonePayload, {
    description: '申请拨付 — ask the fund to pay a reported milestone: a disbursement request under the fund’s approval rules',
  })
  @Requires('venture', 'venture.manage')
  async ventureMilestonePaymentRequest(@Arg('input', { description: '输入 — the mutation input' }) input: VentureMilestoneIdInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VentureMilestone', 'id');
      await requestPayment(em, actor.communityId, actor.accountId!, id);
      return em.findOneOrFail(VentureMilestone, { id }, { refresh: true });
    });
  }
}
