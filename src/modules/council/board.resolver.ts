// A body's screen (议事大屏): topic status changes and vote tallies live, with catch-up from a
// cursor after a reconnect — the pattern of core's change feed (changes.resolver.ts).
import { Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { enforce, Requires } from '../../schema/requires';
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import { liveStream } from '../../plugins/events/live-stream';
import { parseCursor, readEvents } from '../../plugins/events/change-feed';
import { COUNCIL_EVENTS as E } from './council.events';
import { CouncilBody } from './body.entity';
import { councilScope, seesBody } from './council.access';
import { CouncilTopic } from './topic.entity';
import { CouncilVote } from './vote.entity';

@ObjectType('CouncilBoardEvent', { description: "议事大屏事件 — a change on a body's screen: a topic's status or a vote's tally" })
export class CouncilBoardEvent {
  @Field({ description: '游标 — position in the feed; pass it as `after` to continue' })
  cursor!: string;
  @Field({ description: '事件类型 — e.g. council.TopicStatusChanged, council.VoteCast' })
  type!: string;
  @Field(() => Date, { description: '发生时间 — when it was recorded' })
  occurredAt!: Date;
  topicId!: string | null;
  voteId!: string | null;
}

@ObjectType('CouncilBoardPage', { description: '议事大屏补发 — events a screen missed' })
class CouncilBoardPage {
  @Field(() => [CouncilBoardEvent], { description: '事件 — in order' })
  events!: CouncilBoardEvent[];
  @Field(() => String, { nullable: true, description: '末游标 — cursor to continue from' })
  endCursor!: string | null;
}

@ArgsType()
class BoardArgs {
  @Field(() => ID, { description: '议事机构 — the body whose screen this is' })
  bodyId!: string;
  @Field(() => String, { nullable: true, description: '在此游标之后 — replay events after this cursor first' })
  after?: string | null;
}

@ArgsType()
class BoardPageArgs extends BoardArgs {
  @Field(() => Int, { defaultValue: 100, description: '数量 — page size (1–500)' })
  first!: number;
}

const POLICY = { module: 'council', permission: 'council.read' };
// Only what a screen shows: topic movements and ballots/results.
const TYPES: string[] = [E.TopicRaised, E.TopicStatusChanged, E.TopicEscalated, E.VoteOpened, E.VoteCast, E.VoteChanged, E.VoteClosed].map((d) => d.type);

async function bodyOf(ctx: Ctx, globalId: string): Promise<CouncilBody> {
  const body = await ctx.em.findOne(CouncilBody, { id: fromGlobalId(globalId, 'CouncilBody') });
  if (!body || !seesBody(await councilScope(ctx), body.id)) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'bodyId' });
  return body;
}

function fetchAfter(ctx: Ctx, communityId: string, bodyId: string, after: bigint, limit: number): Promise<OutboxEventRecord[]> {
  const anyOf = [
    { field: 'bodyId', values: [bodyId] },
    { field: 'fromBodyId', values: [bodyId] },
  ];
  return readEvents(ctx.em, { communityId, after, types: TYPES, anyOf, limit });
}

const toEvent = (e: OutboxEventRecord): CouncilBoardEvent => ({
  cursor: e.seq,
  type: e.type,
  occurredAt: new Date(e.createdAt),
  topicId: (e.data.topicId as string | undefined) ?? null,
  voteId: (e.data.voteId as string | undefined) ?? null,
});

@Resolver(() => CouncilBoardEvent)
export class CouncilBoardResolver {
  @Query(() => CouncilBoardPage, { description: "议事大屏补发 — catch up on a body's screen after a cursor" })
  @Requires('council', 'council.read')
  async councilBoardChanges(@Args() args: BoardPageArgs, @Context() ctx: Ctx): Promise<CouncilBoardPage> {
    if (args.first < 1 || args.first > 500) throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE', { field: 'first' });
    const after = parseCursor(args.after);
    const body = await bodyOf(ctx, args.bodyId);
    const rows = await fetchAfter(ctx, body.communityId, body.id, after, args.first);
    return { events: rows.map(toEvent), endCursor: rows.at(-1)?.seq ?? args.after ?? null };
  }

  @Subscription(() => CouncilBoardEvent, {
    name: 'councilBoard',
    description: '议事大屏 — live topic status changes and vote tallies of one body; pass `after` to replay first',
    subscribe: async ({ args, context }) => {
      const ctx = context as Ctx;
      const a = args as BoardArgs;
      await enforce(ctx, POLICY);
      const after = parseCursor(a.after);
      const body = await bodyOf(ctx, a.bodyId);
      const communityId = body.communityId;
      return liveStream(ctx, {
        communityId,
        after,
        replay: a.after != null,
        fetchAfter: (cursor, limit) => fetchAfter(ctx, communityId, body.id, cursor, limit),
        accept: async (e) => TYPES.includes(e.type) && (e.data.bodyId === body.id || e.data.fromBodyId === body.id),
        stillAllowed: async () => {
          const access = await ctx.access();
          return access.communityId === communityId && access.enabledModules.has('council') && access.permissions.has('council.read');
        },
      });
    },
  })
  @Requires('council', 'council.read')
  councilBoard(@Root() e: OutboxEventRecord, @Args() _args: BoardArgs): CouncilBoardEvent {
    return toEvent(e);
  }

  @FieldResolver(() => CouncilTopic, { nullable: true, description: '议题 — the topic as it is now' })
  topic(@Root() e: CouncilBoardEvent, @Context() ctx: Ctx) {
    return e.topicId ? ctx.loaders.entity(CouncilTopic).load(e.topicId) : null;
  }

  @FieldResolver(() => CouncilVote, { nullable: true, description: '表决 — the vote with its tally now' })
  vote(@Root() e: CouncilBoardEvent, @Context() ctx: Ctx) {
    return e.voteId ? ctx.loaders.entity(CouncilVote).load(e.voteId) : null;
  }
}
