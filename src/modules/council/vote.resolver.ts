// 民事民决: open a vote on a topic under discussion, cast (online) or enter (in person, by staff)
// ballots, close it once, publish the result.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { CouncilBody, CouncilMember } from './body.entity';
import { councilScope, findInScope, managesBody, seesBody } from './council.access';
import { CouncilChannel } from './council.enums';
import { votingRole, voteActionDecision, type VoteAction, type VoteDecision, type VoteFacts } from './council.policy';
import { activeSeat, bodyRules, eligibleVoters, findOr404, moveTopic } from './council.service';
import { CouncilMeeting } from './meeting.entity';
import { CouncilTopic } from './topic.entity';
import { CouncilTally } from './council.types';
import { CouncilBallot, CouncilVote } from './vote.entity';
import { castBallot, closeVote, tallyOf } from './vote.service';
import { CouncilSettings } from './council.settings';
import { COUNCIL_EVENTS } from './council.events';
import { CouncilVoteViewerCan } from './viewer-can.types';

const VotePayload = Payload(CouncilVote, 'vote', 'CouncilVote', '表决');

/** A refusal of council.policy.ts voteActionDecision, in the shape the error contract gives it. */
function refuse(decision: VoteDecision, field: string[]): void {
  if (decision === 'OK') return;
  if (decision === 'FORBIDDEN') throw new AppError('FORBIDDEN');
  throw new UserFacingError(decision, field, decision === 'INVALID_STATE' ? { state: 'CLOSED' } : {});
}

const voterKey = (vote: CouncilVote, seat: Pick<CouncilMember, 'id' | 'householdId'>) =>
  vote.votingUnit === 'household' ? `h:${seat.householdId}` : `m:${seat.id}`;
const YES_NO = ['赞成', '反对', '弃权'];

@InputType({ description: '发起表决 — open a vote on a topic under discussion (民事民决)' })
class CouncilVoteOpenInput {
  @Field(() => ID, { description: '议题 — the topic' }) topicId!: string;
  @Field(() => [String], { nullable: true, description: '选项 — choices; omit for 赞成/反对/弃权' }) options?: string[] | null;
  @Field(() => Date, { nullable: true, description: '截止时间 — ballots are refused after this' }) closesAt?: Date | null;
  @Field(() => ID, { nullable: true, description: '会议 — the meeting it is held at, if any' }) meetingId?: string | null;
}

@InputType({ description: "投票 — cast one's own ballot online" })
class CouncilVoteCastInput {
  @Field(() => ID, { description: '表决 — the vote' }) voteId!: string;
  @Field(() => Int, { description: '选项序号 — index of the option (0 = 赞成, 1 = 反对, 2 = 弃权 in a yes/no vote)' }) choice!: number;
}

@InputType({ description: "录入现场票 — staff enter a member's in-person ballot" })
class CouncilVoteEnterInput {
  @Field(() => ID, { description: '表决 — the vote' }) voteId!: string;
  @Field(() => ID, { description: '成员 — the council member who voted in person' }) memberId!: string;
  @Field(() => Int, { description: '选项序号 — index of the option' }) choice!: number;
}

@InputType({ description: '结束表决 — close a vote and publish the result' })
class CouncilVoteCloseInput {
  @Field(() => ID, { description: '表决 — the vote' }) id!: string;
}

@Resolver(() => CouncilVote)
export class CouncilVoteResolver {
  @Query(() => CouncilVote, { nullable: true, description: '表决 — one vote by id' })
  @Requires('council', 'council.read')
  async councilVote(@Arg('id', () => ID, { description: '表决 ID — the vote' }) id: string, @Context() ctx: Ctx) {
    const vote = await ctx.loaders.entity(CouncilVote).load(fromGlobalId(id, 'CouncilVote'));
    return vote && seesBody(await councilScope(ctx), vote.bodyId) ? vote : null;
  }

  @FieldResolver(() => CouncilTopic, { nullable: true, description: '议题 — the topic voted on' })
  topic(@Root() v: CouncilVote, @Context() ctx: Ctx) {
    return ctx.loaders.entity(CouncilTopic).load(v.topicId);
  }

  @FieldResolver(() => CouncilBody, { nullable: true, description: '议事机构 — the body that votes' })
  body(@Root() v: CouncilVote, @Context() ctx: Ctx) {
    return ctx.loaders.entity(CouncilBody).load(v.bodyId);
  }

  @FieldResolver(() => [CouncilTally], { description: '计票 — ballots per option (final once closed, live while open)' })
  async tally(@Root() v: CouncilVote, @Context() ctx: Ctx): Promise<CouncilTally[]> {
    const counts = v.finalTally ?? (await tallyOf(ctx.em, v));
    return v.options.map((option, i) => ({ option, count: counts[i] ?? 0 }));
  }

  @FieldResolver(() => Int, { description: '实到 — ballots cast' })
  async ballotCount(@Root() v: CouncilVote, @Context() ctx: Ctx): Promise<number> {
    return (v.finalTally ?? (await tallyOf(ctx.em, v))).reduce((a, b) => a + b, 0);
  }

  @FieldResolver(() => Int, { nullable: true, description: "我的选择 — the caller's (or their household's) ballot, if any" })
  async myChoice(@Root() v: CouncilVote, @Context() ctx: Ctx): Promise<number | null> {
    const seat = await activeSeat(ctx.em, v.bodyId, ctx.viewer?.accountId);
    if (!seat) return null;
    return (await ctx.em.findOne(CouncilBallot, { voteId: v.id, voterKey: voterKey(v, seat) }))?.choice ?? null;
  }

  @FieldResolver(() => [CouncilBallot], { description: '选票明细 — ballots with channel and who entered them (vote managers only, else empty)' })
  async ballots(@Root() v: CouncilVote, @Context() ctx: Ctx): Promise<CouncilBallot[]> {
    if (!(await ctx.can('council.vote.manage'))) return [];
    return ctx.em.find(CouncilBallot, { voteId: v.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => CouncilVoteViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take on this vote now' })
  async viewerCan(@Root() v: CouncilVote, @Context() ctx: Ctx): Promise<CouncilVoteViewerCan> {
    const [access, scope, body, seat] = await Promise.all([
      ctx.access(),
      councilScope(ctx),
      ctx.loaders.entity(CouncilBody).load(v.bodyId),
      activeSeat(ctx.em, v.bodyId, ctx.viewer?.accountId),
    ]);
    const voted = !!seat && (await ctx.em.count(CouncilBallot, { voteId: v.id, voterKey: voterKey(v, seat) })) > 0;
    const facts: VoteFacts = { permissions: access.permissions, managesBody: !!body && managesBody(scope, body), seat, vote: v, voted, now: new Date() };
    const can = (a: VoteAction) => !!body && seesBody(scope, v.bodyId) && voteActionDecision(a, facts) === 'OK';
    return { cast: can('cast'), enter: can('enter'), close: can('close') };
  }

  @Mutation(() => VotePayload, { description: "发起表决 — open a vote; the body's rules are frozen on it" })
  @Requires('council', 'council.vote.manage')
  async councilVoteOpen(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilVoteOpenInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(CouncilSettings);
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const data = check(z.object({ options: z.array(z.string().trim().min(1).max(100)).min(2).max(20).nullish() }), input);
      const topic = await findInScope(em, scope, CouncilTopic, 'CouncilTopic', input.topicId, 'manage', 'topicId');
      const body = await em.findOneOrFail(CouncilBody, { id: topic.bodyId });
      const rules = bodyRules(settings, body);
      const meeting = input.meetingId ? await findOr404(em, CouncilMeeting, 'CouncilMeeting', input.meetingId, 'meetingId') : null;
      if (meeting && meeting.bodyId !== body.id) throw new UserFacingError('COUNCIL_OTHER_BODY', ['input', 'meetingId']);
      const meetingId = meeting?.id ?? null;
      if (input.closesAt && input.closesAt.getTime() <= Date.now())
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'closesAt'], {
          detail: { 'zh-CN': 'closesAt 须是将来的时间', en: 'closesAt must be in the future' },
        });
      await moveTopic(em, topic, 'openVote', { actorAccountId: ctx.viewer?.accountId ?? null, steps: rules.steps });
      const vote = em.create(CouncilVote, {
        communityId: communityId!,
        topicId: topic.id,
        bodyId: body.id,
        meetingId,
        options: data.options ?? YES_NO,
        yesNo: !data.options,
        opensAt: new Date(),
        closesAt: input.closesAt ?? null,
        quorumPercent: rules.quorumPercent,
        threshold: rules.threshold,
        votingUnit: rules.votingUnit,
        allowChange: rules.allowVoteChange,
        eligible: await eligibleVoters(em, body.id, rules.votingUnit),
      });
      recordEvent(em, COUNCIL_EVENTS.VoteOpened, {
        communityId,
        subject: { type: 'CouncilVote', id: vote.id },
        data: { voteId: vote.id, topicId: topic.id, bodyId: body.id },
      });
      return vote;
    });
  }

  @Mutation(() => VotePayload, { description: "投票 — cast one's own ballot: once per member (or per household in household votes)" })
  @Requires('council', 'council.vote.cast')
  async councilVoteCast(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilVoteCastInput, @Context() ctx: Ctx) {
    const accountId = ctx.viewer!.accountId;
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const vote = await findInScope(em, scope, CouncilVote, 'CouncilVote', input.voteId, 'see', 'voteId');
      const seat = await activeSeat(em, vote.bodyId, accountId);
      // The policy refuses without a voting seat; whether a ballot is already there the locked insert decides (vote.service.ts).
      refuse(voteActionDecision('cast', { ...(await this.facts(ctx, vote)), seat, voted: false }), ['input', 'voteId']);
      return this.ballot(em, vote, seat!, input.choice, CouncilChannel.ONLINE, null);
    });
  }

  @Mutation(() => VotePayload, { description: '录入现场票 — enter an in-person ballot; the entering staff is recorded' })
  @Requires('council', 'council.vote.manage')
  async councilVoteEnter(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilVoteEnterInput, @Context() ctx: Ctx) {
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const vote = await findInScope(em, scope, CouncilVote, 'CouncilVote', input.voteId, 'manage', 'voteId');
      refuse(voteActionDecision('enter', await this.facts(ctx, vote)), ['input', 'voteId']);
      const member = await findOr404(em, CouncilMember, 'CouncilMember', input.memberId, 'memberId');
      const seat = member.bodyId === vote.bodyId ? await activeSeat(em, vote.bodyId, member.accountId) : null;
      if (!seat || seat.id !== member.id || !votingRole(seat.role)) throw new UserFacingError('COUNCIL_NOT_ELIGIBLE', ['input', 'memberId']);
      return this.ballot(em, vote, seat, input.choice, CouncilChannel.IN_PERSON, ctx.viewer!.accountId);
    });
  }

  /** The facts of a staff action (its grid scope already checked by findInScope 'manage'). */
  private async facts(ctx: Ctx, vote: CouncilVote): Promise<VoteFacts> {
    return { permissions: (await ctx.access()).permissions, managesBody: true, seat: null, vote, voted: false, now: new Date() };
  }

  private async ballot(em: EntityManager, vote: CouncilVote, seat: CouncilMember, choice: number, channel: CouncilChannel, enteredBy: string | null) {
    const how = await castBallot(em, { vote, seat, choice, channel, enteredByAccountId: enteredBy });
    // A changed ballot is not a second participation (points and metrics count VoteCast once).
    recordEvent(em, how === 'changed' ? COUNCIL_EVENTS.VoteChanged : COUNCIL_EVENTS.VoteCast, {
      communityId: vote.communityId,
      subject: { type: 'CouncilVote', id: vote.id },
      data: {
        voteId: vote.id,
        accountId: seat.accountId,
        householdId: seat.householdId,
        topicId: vote.topicId,
        bodyId: vote.bodyId,
        channel,
        enteredByAccountId: enteredBy,
      },
    });
    return vote;
  }

  @Mutation(() => VotePayload, { description: '结束表决 — close once: quorum and threshold are evaluated on the closed ballots and published' })
  @Requires('council', 'council.vote.manage')
  async councilVoteClose(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilVoteCloseInput, @Context() ctx: Ctx) {
    const settings = await ctx.settings(CouncilSettings);
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const vote = await findInScope(em, scope, CouncilVote, 'CouncilVote', input.id, 'manage');
      refuse(voteActionDecision('close', await this.facts(ctx, vote)), ['input', 'id']);
      const body = await em.findOneOrFail(CouncilBody, { id: vote.bodyId });
      await closeVote(em, vote, ctx.viewer?.accountId ?? null, bodyRules(settings, body).steps);
      return vote;
    });
  }
}

@Resolver(() => CouncilBallot)
export class CouncilBallotResolver {
  @FieldResolver(() => ID, {
    description: '成员 — global id of the member whose ballot it is',
    deprecationReason: '改用 member — use `member { id displayName }`: the object, batched',
  })
  memberId(@Root() b: CouncilBallot): string {
    return toGlobalId('CouncilMember', b.memberId);
  }

  @FieldResolver(() => String, { nullable: true, description: '录入人 — staff who entered an in-person ballot' })
  async enteredBy(@Root() b: CouncilBallot, @Context() ctx: Ctx): Promise<string | null> {
    if (!b.enteredByAccountId) return null;
    return (await accountNames(ctx.em, b.communityId, [b.enteredByAccountId])).get(b.enteredByAccountId) ?? null;
  }
}
