// What happens on a topic: discussion (民事民议 comments), tasks (民事民办) and residents'
// evaluations (民事民评), plus the topic's nested fields.
import { Arg, Args, Ctx as Context, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Membership } from '../../schema/tenancy/membership.entity';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { CouncilBody } from './body.entity';
import { councilScope, findInScope, guardBody } from './council.access';
import { CouncilChannel, CouncilStep, CouncilTopicStatus } from './council.enums';
import { STEP_OF } from './council.policy';
import { activeSeat, bodyRules, findOr404, householdOf } from './council.service';
import { CouncilComment, CouncilEvaluation, CouncilTask, CouncilTopic, CouncilTopicTransition } from './topic.entity';
import { CouncilVote } from './vote.entity';
import { CouncilSettings } from './council.settings';
import { COUNCIL_EVENTS } from './council.events';
import { calendarOf, today } from '../../schema/calendar';
import { moderates } from './moderation.resolver';

const CommentConnection = Connection(CouncilComment, 'CouncilComment', '议事发言');
const CommentPayload = Payload(CouncilComment, 'comment', 'CouncilComment', '议事发言');
const TaskPayload = Payload(CouncilTask, 'task', 'CouncilTask', '办理事项');
const EvaluationPayload = Payload(CouncilEvaluation, 'evaluation', 'CouncilEvaluation', '评议');

@ObjectType('CouncilEvaluationSummary', { description: "评议汇总 — residents' evaluations of a topic (民事民评)" })
class EvaluationSummary {
  @Field(() => Int, { description: '评议数 — evaluations' }) count!: number;
  @Field(() => Float, { nullable: true, description: '平均满意度 — average rating (1–5)' }) average!: number | null;
  @Field(() => Float, { nullable: true, description: '满意率（%）— share rating 4 or 5' }) satisfiedPercent!: number | null;
}

@InputType({ description: '发言 — post a comment in the discussion (民事民议)' })
class CouncilCommentPostInput {
  @Field(() => ID, { description: '议题 — the topic' }) topicId!: string;
  @Field({ description: '内容 — text' }) text!: string;
}

@InputType({ description: '新增办理事项 — add a task carrying out a decision (民事民办)' })
class CouncilTaskAddInput {
  @Field(() => ID, { description: '议题 — the decided topic' }) topicId!: string;
  @Field({ description: '事项 — what is to be done' }) title!: string;
  @Field(() => ID, { nullable: true, description: '责任人 — owner as a community membership (optional)' }) ownerMembershipId?: string | null;
  @Field(() => String, { nullable: true, description: '责任人名称 — owner as shown (required without a membership), e.g. 物业公司' }) ownerName?: string | null;
  @Field({ description: '期限 — deadline YYYY-MM-DD' }) dueOn!: string;
}

@InputType({ description: '事项完成 — mark a task done' })
class CouncilTaskDoneInput {
  @Field(() => ID, { description: '办理事项 — the task' }) id!: string;
}

@InputType({ description: '评议 — evaluate the outcome of a topic (民事民评)' })
class CouncilTopicEvaluateInput {
  @Field(() => ID, { description: '议题 — the topic' }) topicId!: string;
  @Field(() => Int, { description: '满意度 — 1 (poor) to 5 (very satisfied)' }) rating!: number;
  @Field(() => String, { nullable: true, description: '意见 — comment' }) comment?: string | null;
}

@Resolver(() => CouncilTopic)
export class CouncilTopicFieldsResolver {
  @FieldResolver(() => CouncilBody, { nullable: true, description: '议事机构 — the body it is at now' })
  body(@Root() t: CouncilTopic, @Context() ctx: Ctx) {
    return ctx.loaders.entity(CouncilBody).load(t.bodyId);
  }

  @FieldResolver(() => CouncilStep, { nullable: true, description: '五民步骤 — the step it is at (null when rejected or closed)' })
  step(@Root() t: CouncilTopic): string | null {
    return STEP_OF[t.status];
  }

  @FieldResolver(() => [CouncilTopicTransition], { description: '流转记录 — full history, escalations included, oldest first' })
  history(@Root() t: CouncilTopic, @Context() ctx: Ctx) {
    return ctx.em.find(CouncilTopicTransition, { topicId: t.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => CommentConnection, { description: '发言 — discussion, oldest first (hidden comments: moderators only)' })
  async comments(@Root() t: CouncilTopic, @Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    // Hidden comments (moderated) are listed to moderators only, flagged with hiddenAt.
    const where = (await moderates(ctx)) ? { topicId: t.id } : { topicId: t.id, hiddenAt: null };
    return paginate(ctx.em, CouncilComment, where, args, { id: 'asc' });
  }

  @FieldResolver(() => [CouncilTask], { description: '办理事项 — tasks (民事民办)' })
  tasks(@Root() t: CouncilTopic, @Context() ctx: Ctx) {
    return ctx.em.find(CouncilTask, { topicId: t.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => [CouncilVote], { description: '表决 — votes held on it, oldest first' })
  votes(@Root() t: CouncilTopic, @Context() ctx: Ctx) {
    return ctx.em.find(CouncilVote, { topicId: t.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => EvaluationSummary, { description: '评议汇总 — evaluation summary (民事民评)' })
  async evaluation(@Root() t: CouncilTopic, @Context() ctx: Ctx): Promise<EvaluationSummary> {
    const [row] = await ctx.em.execute(
      'select count(*)::int n, avg(rating)::float avg, (100.0 * count(*) filter (where rating >= 4) / nullif(count(*), 0))::float sat from council_evaluation where topic_id = ?',
      [t.id],
    );
    return {
      count: row.n,
      average: row.avg === null ? null : Math.round(row.avg * 100) / 100,
      satisfiedPercent: row.sat === null ? null : Math.round(row.sat * 10) / 10,
    };
  }

  @Mutation(() => CommentPayload, { description: '发言 — comment on a topic under discussion (members; any resident when online discussion is open)' })
  @Requires('council', 'council.topic.comment')
  async councilCommentPost(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilCommentPostInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(CouncilSettings);
    const accountId = ctx.viewer!.accountId!;
    const staff = await ctx.can('council.topic.screen');
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const { text } = check(z.object({ text: z.string().trim().min(1).max(2000) }), input);
      const topic = await findInScope(em, scope, CouncilTopic, 'CouncilTopic', input.topicId, 'see', 'topicId');
      const body = await em.findOneOrFail(CouncilBody, { id: topic.bodyId });
      const seat = await activeSeat(em, body.id, accountId);
      if (!seat && !staff && !bodyRules(settings, body).onlineDiscussionOpen) throw new UserFacingError('COUNCIL_NOT_MEMBER', ['input', 'topicId']);
      if (![CouncilTopicStatus.RAISED, CouncilTopicStatus.DISCUSSING, CouncilTopicStatus.VOTING].includes(topic.status)) {
        throw new UserFacingError('INVALID_STATE', ['input', 'topicId'], { state: topic.status });
      }
      const authorName = seat?.displayName ?? (await accountNames(em, communityId!, [accountId])).get(accountId) ?? '';
      const comment = em.create(CouncilComment, {
        communityId: communityId!,
        topicId: topic.id,
        authorAccountId: accountId,
        householdId: await householdOf(em, communityId!, accountId),
        authorName,
        text,
        channel: CouncilChannel.ONLINE,
      });
      recordEvent(em, COUNCIL_EVENTS.CommentPosted, {
        communityId,
        subject: { type: 'CouncilComment', id: comment.id },
        data: { topicId: topic.id, bodyId: body.id, commentId: comment.id },
      });
      return comment;
    });
  }

  @Mutation(() => TaskPayload, { description: '新增办理事项 — add a task with an owner and a deadline to a decided topic' })
  @Requires('council', 'council.task.manage')
  async councilTaskAdd(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTaskAddInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const data = check(
        z.object({
          title: z.string().trim().min(1).max(200),
          ownerName: z.string().trim().min(1).max(60).nullish(),
          dueOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
        }),
        input,
      );
      const topic = await findInScope(em, scope, CouncilTopic, 'CouncilTopic', input.topicId, 'manage', 'topicId');
      if (topic.status !== CouncilTopicStatus.CARRYING_OUT) throw new UserFacingError('INVALID_STATE', ['input', 'topicId'], { state: topic.status });
      let ownerAccountId: string | null = null;
      let ownerName = data.ownerName ?? null;
      if (input.ownerMembershipId) {
        const m = await findOr404(em, Membership, 'Membership', input.ownerMembershipId, 'ownerMembershipId');
        ownerAccountId = m.account.id;
        ownerName ??= (await accountNames(em, communityId!, [ownerAccountId])).get(ownerAccountId) ?? null;
      }
      if (!ownerName) throw new UserFacingError('BAD_USER_INPUT', ['input', 'ownerName'], { detail: { 'zh-CN': '须填写负责人', en: 'owner required' } });
      const task = em.create(CouncilTask, { communityId: communityId!, topicId: topic.id, title: data.title, ownerName, ownerAccountId, dueOn: data.dueOn });
      recordEvent(em, COUNCIL_EVENTS.TaskAdded, {
        communityId,
        subject: { type: 'CouncilTask', id: task.id },
        data: { topicId: topic.id, bodyId: topic.bodyId, taskId: task.id, ownerAccountId },
      });
      return task;
    });
  }

  @Mutation(() => TaskPayload, { description: '事项完成 — mark a task done' })
  @Requires('council', 'council.task.manage')
  async councilTaskDone(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTaskDoneInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const task = await findOr404(em, CouncilTask, 'CouncilTask', input.id);
      await guardBody(em, scope, (await em.findOneOrFail(CouncilTopic, { id: task.topicId })).bodyId, 'manage');
      if (!(await em.nativeUpdate(CouncilTask, { id: task.id, doneAt: null }, { doneAt: new Date() })))
        throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'DONE' });
      await em.refresh(task);
      const topic = await em.findOneOrFail(CouncilTopic, { id: task.topicId });
      recordEvent(em, COUNCIL_EVENTS.TaskDone, {
        communityId,
        subject: { type: 'CouncilTask', id: task.id },
        data: { topicId: topic.id, bodyId: topic.bodyId, taskId: task.id },
      });
      return task;
    });
  }

  @Mutation(() => EvaluationPayload, { description: '评议 — a resident rates the outcome once (民事民评)' })
  @Requires('council', 'council.topic.evaluate')
  async councilTopicEvaluate(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTopicEvaluateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const accountId = ctx.viewer!.accountId!;
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const data = check(z.object({ rating: z.number().int().min(1).max(5), comment: z.string().trim().max(1000).nullish() }), input);
      const topic = await findInScope(em, scope, CouncilTopic, 'CouncilTopic', input.topicId, 'see', 'topicId');
      if (topic.status !== CouncilTopicStatus.EVALUATING) throw new UserFacingError('INVALID_STATE', ['input', 'topicId'], { state: topic.status });
      const ev = em.create(CouncilEvaluation, {
        communityId: communityId!,
        topicId: topic.id,
        accountId,
        householdId: await householdOf(em, communityId!, accountId),
        rating: data.rating,
        comment: data.comment || null,
      });
      await em.flush(); // the unique (topic, account) answers a second evaluation with ALREADY_EXISTS
      recordEvent(em, COUNCIL_EVENTS.TopicEvaluated, {
        communityId,
        subject: { type: 'CouncilTopic', id: topic.id },
        data: { topicId: topic.id, bodyId: topic.bodyId, rating: data.rating },
      });
      return ev;
    });
  }
}

@Resolver(() => CouncilTask)
export class CouncilTaskResolver {
  @FieldResolver(() => Boolean, { description: "已逾期 — past the deadline (a day of the community's calendar) and not done" })
  async overdue(@Root() t: CouncilTask, @Context() ctx: Ctx): Promise<boolean> {
    return !t.doneAt && t.dueOn < today((await calendarOf(ctx)).timeZone);
  }
}
