// Topics through 五民: raise (民提), screen, escalate, conclude without a vote, finish carrying
// out (民办 → 民评) and close the evaluation. Votes are in vote.resolver.ts.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { defineOrder } from '../../schema/order';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { CouncilBody } from './body.entity';
import { bodyActor, bodyDecision, councilScope, findForAction, findInScope, guardBody, seesBody, visibleWhere } from './council.access';
import { BODY_FLOOR } from './council.permissions';
import { CouncilTopicViewerCan } from './viewer-can.types';
import { CouncilTopicSource, CouncilTopicStatus } from './council.enums';
import { bodyRules, findOr404, householdOf, moveTopic, recordDecided } from './council.service';
import { levelIndex, CouncilSettings } from './council.settings';
import { transition, type TopicAction, type TopicStatus } from './council.policy';
import { CouncilTask, CouncilTopic, CouncilTopicTransition } from './topic.entity';
import { COUNCIL_EVENTS } from './council.events';
import { Attachment } from '../../plugins/uploads/attachment.types';
import { attachmentsOf, attachUploads } from '../../plugins/uploads/uploads.service';

export const TopicConnection = Connection(CouncilTopic, 'CouncilTopic', '议题');
export const TopicPayload = Payload(CouncilTopic, 'topic', 'CouncilTopic', '议题');

const TopicOrder = defineOrder('CouncilTopic', '议题', {
  RAISED_AT: { prop: 'createdAt', description: '提出时间 — by when the topic was raised' },
  UPDATED_AT: { prop: 'updatedAt', description: '更新时间 — by the last change' },
  TITLE: { prop: 'title', description: '标题 — by title' },
  STATUS: { prop: 'status', description: '状态 — by status (its name, then id)' },
});
type TopicOrderInput = InstanceType<typeof TopicOrder.Input>;

@ArgsType()
class TopicsArgs extends ConnectionArgs {
  @Field(() => TopicOrder.Input, { nullable: true, description: '排序 — order of the list (default: newest first)' })
  orderBy?: TopicOrderInput | null;
  @Field(() => ID, { nullable: true, description: '议事机构 — only topics now at this body' })
  bodyId?: string | null;
  @Field(() => [CouncilTopicStatus], { nullable: true, description: '状态 — only these statuses' })
  status?: CouncilTopicStatus[] | null;
  @Field(() => [CouncilTopicSource], { nullable: true, description: '来源 — only topics from these sources (居民提出, 期望单转入)' })
  source?: CouncilTopicSource[] | null;
  @Field(() => Date, { nullable: true, description: '提出时间起 — raised at or after this time' })
  raisedFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: '提出时间止 — raised before this time (exclusive)' })
  raisedTo?: Date | null;
}

@InputType({ description: '提出议题 — raise a topic (民事民提)' })
class CouncilTopicRaiseInput {
  @Field(() => ID, { description: '议事机构 — the body asked to deliberate' }) bodyId!: string;
  @Field({ description: '标题 — title' }) title!: string;
  @Field({ description: '内容 — what is proposed and why' }) description!: string;
  @Field(() => Int, { nullable: true, description: '申请资金（分）— fund request in fen, if the topic needs money' }) fundRequestFen?: number | null;
  @Field(() => String, { nullable: true, description: '资金用途 — purpose of the fund request' }) fundPurpose?: string | null;
  @Field(() => [String], { nullable: true, description: '照片 — keys of uploaded photos (uploadSlotCreate with ownerKind CouncilTopic), in display order' })
  attachmentKeys?: string[] | null;
}

@InputType({ description: '议题受理 — screen a raised topic' })
class CouncilTopicScreenInput {
  @Field(() => ID, { description: '议题 — the topic' }) id!: string;
  @Field({ description: '受理 — true accepts for discussion (民事民议), false screens out' }) accept!: boolean;
  @Field(() => String, { nullable: true, description: '理由 — reason (required when screening out)' }) reason?: string | null;
}

@InputType({ description: '议题上报 — escalate a topic to the next level up with its history' })
class CouncilTopicEscalateInput {
  @Field(() => ID, { description: '议题 — the topic' }) id!: string;
  @Field(() => ID, { nullable: true, description: '上级议事机构 — target body (default: the parent or the only body one level up)' }) targetBodyId?:
    string | null;
  @Field(() => String, { nullable: true, description: '说明 — why it goes up' }) note?: string | null;
}

@InputType({ description: '议题推进 — move a topic on: resolve without a vote, finish carrying out, or close the evaluation' })
class CouncilTopicAdvanceInput {
  @Field(() => ID, { description: '议题 — the topic' }) id!: string;
  @Field(() => String, { nullable: true, description: '说明 — note for the history' }) note?: string | null;
}

const raiseShape = z.object({
  title: z.string().trim().min(2).max(100),
  description: z.string().trim().min(1).max(5000),
  fundRequestFen: z.number().int().positive().max(1_000_000_000).nullish(),
  fundPurpose: z.string().trim().min(1).max(200).nullish(),
  attachmentKeys: z.array(z.string().min(1).max(100)).max(20).nullish(),
});

async function escalationTarget(em: EntityManager, settings: CouncilSettings, body: CouncilBody, targetId?: string | null): Promise<CouncilBody> {
  const index = levelIndex(settings, body.levelKey);
  if (index <= 0) throw new UserFacingError('COUNCIL_TOP_LEVEL', ['input', 'id']);
  const upKey = settings.levels[index - 1]!.key;
  let target: CouncilBody | null;
  if (targetId) target = await findOr404(em, CouncilBody, 'CouncilBody', targetId, 'targetBodyId');
  else if (body.parentId) target = await em.findOne(CouncilBody, { id: body.parentId });
  else {
    const up = await em.find(CouncilBody, { levelKey: upKey, active: true }, { limit: 2 });
    target = up.length === 1 ? up[0]! : null;
  }
  if (!target || !target.active || target.levelKey !== upKey) throw new UserFacingError('COUNCIL_NO_PARENT', ['input', 'targetBodyId']);
  return target;
}

@Resolver(() => CouncilTopic)
export class CouncilTopicResolver {
  @Query(() => TopicConnection, { description: '议题列表 — topics, newest first' })
  @Requires('council', 'council.read')
  async councilTopics(@Args() args: TopicsArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = { ...visibleWhere(await councilScope(ctx), 'bodyId') };
    if (args.bodyId) where.bodyId = { $eq: fromGlobalId(args.bodyId, 'CouncilBody'), ...(where.bodyId as object) };
    if (args.status?.length) where.status = { $in: args.status };
    if (args.source?.length) where.source = { $in: args.source };
    if (args.raisedFrom && args.raisedTo && args.raisedFrom.getTime() >= args.raisedTo.getTime()) {
      throw new AppError('BAD_USER_INPUT', 'RAISED_RANGE', { field: 'raisedTo' });
    }
    if (args.raisedFrom || args.raisedTo) {
      where.createdAt = { ...(args.raisedFrom ? { $gte: args.raisedFrom } : {}), ...(args.raisedTo ? { $lt: args.raisedTo } : {}) };
    }
    return paginate(ctx.em, CouncilTopic, where, args, undefined, TopicOrder.sortKey(args.orderBy));
  }

  @Query(() => CouncilTopic, { nullable: true, description: '议题 — one topic by id' })
  @Requires('council', 'council.read')
  async councilTopic(@Arg('id', () => ID, { description: '议题 ID — the topic' }) id: string, @Context() ctx: Ctx) {
    const topic = await ctx.loaders.entity(CouncilTopic).load(fromGlobalId(id, 'CouncilTopic'));
    return topic && seesBody(await councilScope(ctx), topic.bodyId) ? topic : null;
  }

  @Mutation(() => TopicPayload, { description: '提出议题 — raise a topic for a body to deliberate (民事民提)' })
  @Requires('council', 'council.topic.raise')
  async councilTopicRaise(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTopicRaiseInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const accountId = ctx.viewer?.accountId ?? null;
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const data = check(raiseShape, input);
      const body = await findInScope(em, scope, CouncilBody, 'CouncilBody', input.bodyId, 'see', 'bodyId');
      if (!body.active) throw new UserFacingError('INVALID_STATE', ['input', 'bodyId'], { state: 'DISSOLVED' });
      const topic = em.create(CouncilTopic, {
        communityId: communityId!,
        bodyId: body.id,
        title: data.title,
        description: data.description,
        raisedByAccountId: accountId,
        raisedByHouseholdId: accountId ? await householdOf(em, communityId!, accountId) : null,
        fundRequestFen: data.fundRequestFen ?? null,
        fundPurpose: data.fundPurpose ?? null,
      });
      em.create(CouncilTopicTransition, {
        communityId: communityId!,
        topicId: topic.id,
        bodyId: body.id,
        action: 'raise',
        fromStatus: null,
        toStatus: CouncilTopicStatus.RAISED,
        actorAccountId: accountId,
      });
      await attachUploads(ctx, em, 'CouncilTopic', topic.id, data.attachmentKeys);
      recordEvent(em, COUNCIL_EVENTS.TopicRaised, {
        communityId,
        subject: { type: 'CouncilTopic', id: topic.id },
        data: { topicId: topic.id, bodyId: body.id, to: 'RAISED' },
      });
      return topic;
    });
  }

  @Mutation(() => TopicPayload, { description: '议题受理 — accept a raised topic for discussion, or screen it out with a reason' })
  @Requires('council', BODY_FLOOR)
  async councilTopicScreen(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTopicScreenInput, @Context() ctx: Ctx) {
    const settings = await ctx.settings(CouncilSettings);
    const actor = await bodyActor(ctx);
    return mutate(ctx, async (em) => {
      const topic = await findForAction(em, actor, CouncilTopic, 'CouncilTopic', input.id, 'topic.screen');
      const body = await em.findOneOrFail(CouncilBody, { id: topic.bodyId });
      const reason = input.reason?.trim().slice(0, 500) || null;
      if (!input.accept && !reason)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'reason'], { detail: { 'zh-CN': '须填写理由', en: 'reason required' } });
      await moveTopic(em, topic, input.accept ? 'accept' : 'reject', {
        actorAccountId: ctx.viewer?.accountId ?? null,
        note: reason,
        steps: bodyRules(settings, body).steps,
        set: input.accept ? {} : { reject_reason: reason },
      });
      return topic;
    });
  }

  @Mutation(() => TopicPayload, { description: '议题上报 — escalate to the next level up; history, comments and votes go with it' })
  @Requires('council', BODY_FLOOR)
  async councilTopicEscalate(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTopicEscalateInput, @Context() ctx: Ctx) {
    const settings = await ctx.settings(CouncilSettings);
    const actor = await bodyActor(ctx);
    const scope = actor.scope;
    return mutate(ctx, async (em) => {
      const topic = await findForAction(em, actor, CouncilTopic, 'CouncilTopic', input.id, 'topic.screen');
      const body = await em.findOneOrFail(CouncilBody, { id: topic.bodyId });
      const target = await escalationTarget(em, settings, body, input.targetBodyId);
      await guardBody(em, scope, target.id, 'see', 'targetBodyId');
      await moveTopic(em, topic, 'escalate', {
        actorAccountId: ctx.viewer?.accountId ?? null,
        note: input.note?.trim().slice(0, 500) || `→ ${target.name}`,
        steps: bodyRules(settings, target).steps,
        set: { body_id: target.id },
      });
      recordEvent(em, COUNCIL_EVENTS.TopicEscalated, {
        communityId: topic.communityId,
        subject: { type: 'CouncilTopic', id: topic.id },
        data: { topicId: topic.id, fromBodyId: body.id, bodyId: target.id },
      });
      return topic;
    });
  }

  @Mutation(() => TopicPayload, { description: '协商一致 — conclude the discussion without a vote (bodies that do not use 民事民决)' })
  @Requires('council', BODY_FLOOR)
  councilTopicResolve(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTopicAdvanceInput, @Context() ctx: Ctx) {
    return this.advance(ctx, input, 'resolve');
  }

  @Mutation(() => TopicPayload, { description: '办结 — finish carrying out (民事民办) once every task is done; moves on to 民事民评' })
  @Requires('council', BODY_FLOOR)
  councilTopicComplete(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTopicAdvanceInput, @Context() ctx: Ctx) {
    return this.advance(ctx, input, 'complete');
  }

  @Mutation(() => TopicPayload, { description: "结束评议 — close the residents' evaluation (民事民评) and the topic" })
  @Requires('council', BODY_FLOOR)
  councilTopicCloseEvaluation(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilTopicAdvanceInput, @Context() ctx: Ctx) {
    return this.advance(ctx, input, 'closeEvaluation');
  }

  @FieldResolver(() => [Attachment], { description: '照片 — photos of the topic (signed, short-lived URLs)' })
  attachments(@Root() topic: CouncilTopic, @Context() ctx: Ctx) {
    return attachmentsOf(ctx, 'CouncilTopic', topic);
  }

  @FieldResolver(() => CouncilTopicViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take on this topic now' })
  async viewerCan(@Root() topic: CouncilTopic, @Context() ctx: Ctx): Promise<CouncilTopicViewerCan> {
    // Batched: the caller's facts once per operation, the bodies of a page in one load.
    const [settings, actor, body] = await Promise.all([ctx.settings(CouncilSettings), bodyActor(ctx), ctx.loaders.entity(CouncilBody).load(topic.bodyId)]);
    const staff = !!body && bodyDecision(actor, body, 'topic.screen') === 'OK';
    const steps = body ? bodyRules(settings, body).steps : [];
    const can = (a: TopicAction) => staff && transition(topic.status as TopicStatus, a, steps).ok;
    return {
      accept: can('accept'),
      reject: can('reject'),
      escalate: can('escalate') && !!body && levelIndex(settings, body.levelKey) > 0,
      resolve: can('resolve'),
      complete: can('complete'),
      closeEvaluation: can('closeEvaluation'),
    };
  }

  private async advance(ctx: Ctx, input: CouncilTopicAdvanceInput, action: TopicAction) {
    const settings = await ctx.settings(CouncilSettings);
    const actor = await bodyActor(ctx);
    return mutate(ctx, async (em) => {
      const topic = await findForAction(em, actor, CouncilTopic, 'CouncilTopic', input.id, 'topic.screen');
      const body = await em.findOneOrFail(CouncilBody, { id: topic.bodyId });
      if (action === 'complete' && topic.status === CouncilTopicStatus.CARRYING_OUT) {
        const open = await em.count(CouncilTask, { topicId: topic.id, doneAt: null });
        if (open > 0) throw new UserFacingError('COUNCIL_TASKS_OPEN', ['input', 'id'], { count: open });
      }
      await moveTopic(em, topic, action, {
        actorAccountId: ctx.viewer?.accountId ?? null,
        note: input.note?.trim().slice(0, 500) || null,
        steps: bodyRules(settings, body).steps,
      });
      if (action === 'resolve') recordDecided(em, topic, true);
      return topic;
    });
  }
}
