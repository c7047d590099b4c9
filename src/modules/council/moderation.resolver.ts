// Moderation of the discussion (民事民议 comments and posts of the online 议事群): a moderator hides
// a comment or restores it, always with a reason; each step is kept in the append-only moderation
// log and published as an event (its actor stamped by the kernel). Hidden comments leave the
// discussion for everyone but moderators, who see them flagged with their log.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { LockMode } from '@mikro-orm/core';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { fromGlobalId } from '../../schema/global-id';
import { councilScope, guardBody } from './council.access';
import { CouncilComment, CouncilModerationEntry, CouncilTopic } from './topic.entity';
import { COUNCIL_EVENTS } from './council.events';

const CommentPayload = Payload(CouncilComment, 'comment', 'CouncilCommentModeration', '发言管理');

@InputType({ description: '隐藏或恢复发言 — hide or restore a comment, with a reason' })
class CouncilCommentModerateInput {
  @Field(() => ID, { description: '发言 — the comment (or 议事群 post)' }) id!: string;
  @Field({ description: '理由 — why (1–500 characters; kept in the moderation log)' }) reason!: string;
}

/** Whether the caller moderates comments (hidden ones are shown to them only). */
export const moderates = (ctx: Ctx) => ctx.can('council.comment.moderate');

@Resolver(() => CouncilComment)
export class CouncilModerationResolver {
  @Mutation(() => CommentPayload, { description: '隐藏发言 — hide a comment or 议事群 post from the discussion, with a reason (moderators)' })
  @Requires('council', 'council.comment.moderate')
  councilCommentHide(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilCommentModerateInput, @Context() ctx: Ctx) {
    return this.moderate(ctx, input, 'HIDE');
  }

  @Mutation(() => CommentPayload, { description: '恢复发言 — show a hidden comment again, with a reason (moderators)' })
  @Requires('council', 'council.comment.moderate')
  councilCommentRestore(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilCommentModerateInput, @Context() ctx: Ctx) {
    return this.moderate(ctx, input, 'RESTORE');
  }

  private async moderate(ctx: Ctx, input: CouncilCommentModerateInput, action: 'HIDE' | 'RESTORE') {
    const { communityId } = await ctx.access();
    const scope = await councilScope(ctx);
    const accountId = ctx.viewer?.apiKey ? null : (ctx.viewer?.accountId ?? null);
    return mutate(ctx, async (em) => {
      const { reason } = check(z.object({ reason: z.string().trim().min(1).max(500) }), input);
      const comment = await em.findOne(CouncilComment, fromGlobalId(input.id, 'CouncilComment', 'id'), { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!comment || !accountId) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const topic = await em.findOneOrFail(CouncilTopic, { id: comment.topicId });
      await guardBody(em, scope, topic.bodyId, 'see', 'id');
      if (action === 'HIDE' && comment.hiddenAt) throw new UserFacingError('COUNCIL_COMMENT_HIDDEN', ['input', 'id']);
      if (action === 'RESTORE' && !comment.hiddenAt) throw new UserFacingError('COUNCIL_COMMENT_NOT_HIDDEN', ['input', 'id']);
      comment.hiddenAt = action === 'HIDE' ? new Date() : null;
      comment.hiddenReason = action === 'HIDE' ? reason : null;
      comment.hiddenByAccountId = action === 'HIDE' ? accountId : null;
      em.create(CouncilModerationEntry, { communityId: communityId!, commentId: comment.id, action, moderationReason: reason, actorAccountId: accountId });
      recordEvent(em, action === 'HIDE' ? COUNCIL_EVENTS.CommentHidden : COUNCIL_EVENTS.CommentRestored, {
        communityId,
        subject: { type: 'CouncilComment', id: comment.id },
        data: { topicId: topic.id, bodyId: topic.bodyId, commentId: comment.id },
      });
      return comment;
    });
  }

  @FieldResolver(() => [CouncilModerationEntry], { description: '管理记录 — hides and restores, oldest first (moderators; else empty)' })
  async moderationLog(@Root() c: CouncilComment, @Context() ctx: Ctx): Promise<CouncilModerationEntry[]> {
    if (!(await moderates(ctx))) return [];
    return ctx.em.find(CouncilModerationEntry, { commentId: c.id }, { orderBy: { id: 'asc' } });
  }
}
