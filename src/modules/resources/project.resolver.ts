// 项目清单 through GraphQL: create a project from a need and resources, move it through its
// lifecycle, tick milestones, and ask the fund for money (through events).
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { toGlobalId, fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { accountNames, membershipAccount } from '../../schema/tenancy/tenancy.lookups';
import { FUND_DISBURSEMENT_TYPE, FUND_TYPE } from '../fund/public';
import { Fen } from '../../schema/fen.scalar';
import { COUNCIL_TOPIC_TYPE } from '../council/public';
import { ResourcesMilestone, ResourcesProject, ResourcesProjectResource } from './project.entity';
import { ResourcesNeed } from './need.entity';
import { ResourcesResource } from './resource.entity';
import { ProjectStatus } from './resources.enums';
import { ResourcesProjectPermissions } from './resources.types';
import { projectAllows, resourcesAllows, MILESTONE_EDITABLE, type ProjectAction } from './resources.policy';
import { actorOf, before, can, facts, findIn, loadIn, type Actor } from './resources.access';
import { addMilestone, createProject, setMilestone, transition } from './project.service';
import { FUNDING_REQUESTABLE, requestFunding } from './funding.service';

const ProjectConnection = Connection(ResourcesProject, 'ResourcesProject', '项目');
const ProjectPayload = Payload(ResourcesProject, 'project', 'ResourcesProject', '项目');

@ArgsType()
class ProjectsArgs extends ConnectionArgs {
  @Field(() => ProjectStatus, { nullable: true, description: '状态 — only projects in this state' }) status?: ProjectStatus | null;
}

@InputType({ description: '项目资源 — a resource committed to the project' })
class ResourcesProjectResourceInput {
  @Field(() => ID, { description: '资源 — the resource' }) resourceId!: string;
  @Field(() => Int, { nullable: true, description: '数量 — quantity committed' }) quantity?: number | null;
  @Field(() => Fen, { nullable: true, description: "价值（分）— value committed (default: the resource's value)" }) valueFen?: number | null;
}

@InputType({ description: '里程碑 — a milestone' })
class ResourcesMilestoneInput {
  @Field({ description: '名称 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '计划日期 — due date (YYYY-MM-DD)' }) dueOn?: string | null;
}

@InputType({ description: '立项 — make a project of an open need and one or more resources' })
class ResourcesProjectCreateInput {
  @Field(() => ID, { description: '需求 — the open need it meets' }) needId!: string;
  @Field({ description: '项目名称 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => ID, { description: '负责人 — Membership id of the owner' }) ownerId!: string;
  @Field(() => Fen, { description: '预算（分）— budget in fen' }) budgetFen!: number;
  @Field(() => [ResourcesProjectResourceInput], { description: '资源 — 1–20 resources matched with the need' }) resources!: ResourcesProjectResourceInput[];
  @Field(() => [ResourcesMilestoneInput], { nullable: true, description: '里程碑 — milestones (0–30)' }) milestones?: ResourcesMilestoneInput[] | null;
}

@InputType({ description: '项目操作 — start, complete or cancel a project' })
class ResourcesProjectActInput {
  @Field(() => ID, { description: '项目 — the project' }) id!: string;
  @Field(() => String, { nullable: true, description: '原因 — reason (required to cancel)' }) reason?: string | null;
}

@InputType({ description: '新增里程碑 — add a milestone to a live project' })
class ResourcesMilestoneAddInput {
  @Field(() => ID, { description: '项目 — the project' }) projectId!: string;
  @Field({ description: '名称 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '计划日期 — due date (YYYY-MM-DD)' }) dueOn?: string | null;
}

@InputType({ description: '标记里程碑 — mark a milestone done or undone' })
class ResourcesMilestoneSetInput {
  @Field(() => ID, { description: '里程碑 — the milestone' }) id!: string;
  @Field({ description: '已完成 — done (true) or undone (false)' }) done!: boolean;
}

@InputType({ description: '申请基金支出 — ask the community fund for a disbursement for the project' })
class ResourcesProjectFundingRequestInput {
  @Field(() => ID, { description: '项目 — the project' }) projectId!: string;
  @Field(() => ID, { description: '基金 — Fund id' }) fundId!: string;
  @Field(() => Fen, { description: '金额（分）— amount in fen' }) amountFen!: number;
  @Field({ description: '用途 — purpose key of the fund settings (e.g. PROJECT)' }) purpose!: string;
  @Field({ description: '收款方 — payee' }) payee!: string;
  @Field(() => ID, { nullable: true, description: "议事会议题 — CouncilTopic id whose vote decides it (above the fund's threshold)" }) councilTopicId?:
    string | null;
}

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const milestone = z.object({ title: z.string().trim().min(1).max(100), dueOn: date.nullish() });
const createSchema = z.object({
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).nullish(),
  budgetFen: z.number().int().min(0).max(100_000_000_000),
  resources: z
    .array(
      z.object({
        resourceId: z.string(),
        quantity: z.number().int().min(0).max(1_000_000_000).nullish(),
        valueFen: z.number().int().min(0).max(100_000_000_000).nullish(),
      }),
    )
    .min(1)
    .max(20),
  milestones: z.array(milestone).max(30).nullish(),
});
const fundingSchema = z.object({
  amountFen: z.number().int().min(1).max(100_000_000_000),
  purpose: z.string().trim().min(1).max(40),
  payee: z.string().trim().min(1).max(100),
});

const projectOf = (ctx: Ctx, id: string, field: string) => loadIn(ctx, ResourcesProject, 'ResourcesProject', id, field);
const owns = (actor: Actor, p: ResourcesProject) => !!actor.accountId && p.ownerAccountId === actor.accountId;
const reload = (em: EntityManager, id: string) => em.findOneOrFail(ResourcesProject, { id }, { refresh: true });
/** The payload's nested fields read through the operation's own EntityManager: after a write that
 * changed the need, start them from a clean one rather than the copy read before the transaction. */
async function fresh<T>(ctx: Ctx, result: Promise<T>): Promise<T> {
  const r = await result;
  ctx.refresh();
  return r;
}

@Resolver(() => ResourcesProject)
export class ProjectResolver {
  @Query(() => ProjectConnection, { description: '项目清单 — projects of the community, newest first' })
  @Requires('resources', 'resources.read')
  resourcesProjects(@Args() args: ProjectsArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, ResourcesProject, args.status ? { status: args.status } : {}, args);
  }

  @Query(() => ResourcesProject, { nullable: true, description: '项目 — one project by id (null when not found)' })
  @Requires('resources', 'resources.read')
  resourcesProject(@Arg('id', () => ID, { description: '项目 ID — project id' }) id: string, @Context() ctx: Ctx) {
    return findIn(ctx, ResourcesProject, 'ResourcesProject', id);
  }

  @Mutation(() => ProjectPayload, { description: '立项 — a need matched with resources becomes a project; the need turns MATCHED' })
  @Requires('resources', 'resources.manageProjects')
  async resourcesProjectCreate(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesProjectCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const found = await before(async () => {
      const need = await loadIn(ctx, ResourcesNeed, 'ResourcesNeed', input.needId, 'needId');
      const resources = [];
      for (const r of input.resources ?? []) resources.push(await loadIn(ctx, ResourcesResource, 'ResourcesResource', r.resourceId, 'resources'));
      return { need, resources };
    });
    return fresh(
      ctx,
      mutate(ctx, async (em) => {
        const { need, resources } = found();
        const data = check(createSchema, input);
        if (new Set(resources.map((r) => r.id)).size !== resources.length)
          throw new UserFacingError('BAD_USER_INPUT', ['input', 'resources'], { detail: { 'zh-CN': 'resources：有重复', en: 'resources: repeated' } });
        const owner = await membershipAccount(em, actor.communityId, fromGlobalId(input.ownerId, 'Membership', 'ownerId'));
        if (!owner) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'ownerId' });
        const id = await createProject(em, {
          communityId: actor.communityId,
          needId: need.id,
          title: data.title,
          description: data.description ?? null,
          ownerAccountId: owner,
          budgetFen: data.budgetFen,
          resources: data.resources.map((r, i) => ({ resourceId: resources[i]!.id, quantity: r.quantity ?? null, valueFen: r.valueFen ?? null })),
          milestones: (data.milestones ?? []).map((m) => ({ title: m.title, dueOn: m.dueOn ?? null })),
          createdByAccountId: actor.accountId,
        });
        return em.findOneOrFail(ResourcesProject, { id });
      }),
    );
  }

  @Mutation(() => ProjectPayload, { description: '开始实施 — PLANNED → IN_PROGRESS (owner or project managers)' })
  @Requires('resources', 'resources.read')
  resourcesProjectStart(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesProjectActInput, @Context() ctx: Ctx) {
    return this.act(ctx, input, 'start');
  }

  @Mutation(() => ProjectPayload, { description: '完成项目 — IN_PROGRESS → DONE once every milestone is done; the need turns MET' })
  @Requires('resources', 'resources.read')
  resourcesProjectComplete(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesProjectActInput, @Context() ctx: Ctx) {
    return this.act(ctx, input, 'complete');
  }

  @Mutation(() => ProjectPayload, { description: '撤销项目 — cancel with a reason; the need is open again' })
  @Requires('resources', 'resources.read')
  resourcesProjectCancel(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesProjectActInput, @Context() ctx: Ctx) {
    return this.act(ctx, input, 'cancel');
  }

  private async act(ctx: Ctx, input: ResourcesProjectActInput, action: ProjectAction) {
    const actor = await actorOf(ctx);
    const found = await before(async () => {
      const p = await projectOf(ctx, input.id, 'id');
      if (!(await can(ctx, 'moveProject', { owner: owns(actor, p) }))) throw new AppError('FORBIDDEN');
      return p;
    });
    return fresh(
      ctx,
      mutate(ctx, async (em) => {
        const p = found();
        const reason = action === 'cancel' ? check(z.string().trim().min(1).max(500), input.reason) : null;
        await transition(em, actor.communityId, p.id, action, reason);
        return reload(em, p.id);
      }),
    );
  }

  @Mutation(() => ProjectPayload, { description: '新增里程碑 — add a milestone to a planned or running project' })
  @Requires('resources', 'resources.read')
  async resourcesMilestoneAdd(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesMilestoneAddInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const found = await before(async () => {
      const p = await projectOf(ctx, input.projectId, 'projectId');
      if (!(await can(ctx, 'editMilestones', { owner: owns(actor, p) }))) throw new AppError('FORBIDDEN');
      return p;
    });
    return fresh(
      ctx,
      mutate(ctx, async (em) => {
        const p = found();
        const data = check(milestone, { title: input.title, dueOn: input.dueOn });
        await addMilestone(em, actor.communityId, p.id, data.title, data.dueOn ?? null);
        return reload(em, p.id);
      }),
    );
  }

  @Mutation(() => ProjectPayload, { description: '标记里程碑 — mark a milestone done or undone (owner or project managers)' })
  @Requires('resources', 'resources.read')
  async resourcesMilestoneSet(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesMilestoneSetInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const found = await before(async () => {
      const m = await loadIn(ctx, ResourcesMilestone, 'ResourcesMilestone', input.id, 'id');
      const p = (await ctx.loaders.entity(ResourcesProject).load(m.projectId))!;
      if (!(await can(ctx, 'editMilestones', { owner: owns(actor, p) }))) throw new AppError('FORBIDDEN');
      return m;
    });
    return fresh(
      ctx,
      mutate(ctx, async (em) => {
        const m = found();
        await setMilestone(em, actor.communityId, m.projectId, m.id, input.done === true);
        return reload(em, m.projectId);
      }),
    );
  }

  @Mutation(() => ProjectPayload, {
    description: "申请基金支出 — the fund opens a disbursement request under its own rules; the project follows it through the fund's events",
  })
  @Requires('resources', 'resources.requestFunding')
  async resourcesProjectFundingRequest(
    @Arg('input', { description: '输入 — the mutation input' }) input: ResourcesProjectFundingRequestInput,
    @Context() ctx: Ctx,
  ) {
    const actor = await actorOf(ctx);
    const found = await before(async () => {
      if (!actor.enabledModules.has('fund')) throw new AppError('MODULE_DISABLED', 'MODULE_DISABLED', { module: 'fund' });
      if (!resourcesAllows('requestFunding', await facts(ctx))) throw new AppError('FORBIDDEN');
      return projectOf(ctx, input.projectId, 'projectId');
    });
    return fresh(
      ctx,
      mutate(ctx, async (em) => {
        const p = found();
        const data = check(fundingSchema, input);
        // The fund checks that the fund is its own and active; a foreign or unknown id is refused there alike.
        const fundId = fromGlobalId(input.fundId, FUND_TYPE, 'fundId');
        const topic = input.councilTopicId ? fromGlobalId(input.councilTopicId, COUNCIL_TOPIC_TYPE, 'councilTopicId') : null;
        await requestFunding(em, actor.communityId, actor.accountId!, p.id, {
          fundId,
          amountFen: data.amountFen,
          purpose: data.purpose,
          payee: data.payee,
          councilTopicId: topic,
        });
        return reload(em, p.id);
      }),
    );
  }

  @FieldResolver(() => ResourcesNeed, { description: '需求 — the need it meets' })
  async need(@Root() p: ResourcesProject, @Context() ctx: Ctx) {
    return ctx.loaders.entity(ResourcesNeed).load(p.needId);
  }

  @FieldResolver(() => String, { description: '负责人 — owner display name' })
  async ownerName(@Root() p: ResourcesProject, @Context() ctx: Ctx) {
    return (await accountNames(ctx.em, p.communityId, [p.ownerAccountId])).get(p.ownerAccountId) ?? '';
  }

  @FieldResolver(() => [ResourcesProjectResource], { description: '项目资源 — resources committed' })
  async resources(@Root() p: ResourcesProject, @Context() ctx: Ctx) {
    return ctx.loaders
      .named<string, ResourcesProjectResource[]>('resources.projectResources', async (ids) => {
        const rows = await ctx.em.find(ResourcesProjectResource, { projectId: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.projectId === id));
      })
      .load(p.id);
  }

  @FieldResolver(() => [ResourcesMilestone], { description: '里程碑 — milestones in order' })
  async milestones(@Root() p: ResourcesProject, @Context() ctx: Ctx) {
    return ctx.loaders
      .named<string, ResourcesMilestone[]>('resources.milestones', async (ids) => {
        const rows = await ctx.em.find(ResourcesMilestone, { projectId: { $in: [...ids] } }, { orderBy: { position: 'asc', id: 'asc' } });
        return ids.map((id) => rows.filter((r) => r.projectId === id));
      })
      .load(p.id);
  }

  @FieldResolver(() => Fen, { description: '撬动资源价值（分）— value of the committed resources' })
  async resourceValueFen(@Root() p: ResourcesProject, @Context() ctx: Ctx) {
    return (await this.resources(p, ctx)).reduce((n, r) => n + r.valueFen, 0);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '基金支出申请 — FundDisbursement id of the funding request',
    deprecationReason: '改用 fundingDisbursement — use `fundingDisbursement { id status }`: the request as an object, checked and batched',
  })
  fundingDisbursementId(@Root() p: ResourcesProject) {
    return p.fundingDisbursementId ? toGlobalId(FUND_DISBURSEMENT_TYPE, p.fundingDisbursementId) : null;
  }

  @FieldResolver(() => ResourcesProjectPermissions, { description: '本人可执行操作 — what the caller may do on this project now' })
  async permissions(@Root() p: ResourcesProject, @Context() ctx: Ctx): Promise<ResourcesProjectPermissions> {
    const actor = await actorOf(ctx);
    const f = await facts(ctx, { owner: owns(actor, p) });
    const move = resourcesAllows('moveProject', f);
    return {
      start: move && projectAllows('start', p.status),
      complete: move && projectAllows('complete', p.status),
      cancel: move && projectAllows('cancel', p.status),
      editMilestones: resourcesAllows('editMilestones', f) && MILESTONE_EDITABLE.includes(p.status),
      requestFunding:
        resourcesAllows('requestFunding', f) &&
        actor.enabledModules.has('fund') &&
        MILESTONE_EDITABLE.includes(p.status) &&
        FUNDING_REQUESTABLE.includes(p.fundingStatus),
    };
  }
}

@Resolver(() => ResourcesProjectResource)
export class ProjectResourceResolver {
  @FieldResolver(() => ResourcesResource, { nullable: true, description: '资源 — the resource' })
  resource(@Root() r: ResourcesProjectResource, @Context() ctx: Ctx) {
    return ctx.loaders.entity(ResourcesResource).load(r.resourceId);
  }
}
