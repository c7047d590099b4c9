// 我的动态 — a resident's own live feed: the events that concern her under the modules' rules
// (her requests being dispatched, claimed, resolved; her household's bookings and redemptions;
// council items she raised), with the same cursor semantics as the boards: `myChanges(after:)`
// catches up, the `myChanges` subscription replays from `after` then streams live (listen first,
// no gap, no duplicate). Who an event concerns is decided from its data (ids only), so nobody sees
// another resident's events; each live event is re-checked under a fresh context — on the live
// hub's shared path by a viewer fact (feed.facts.ts), once per visibility rather than per login.
import { Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { enforce, Requires } from '../../schema/requires';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { loadNode } from '../../schema/node.resolver';
import { liveStream } from '../events/live-stream';
import { parseCursor, readEvents, type EventDataMatch } from '../events/change-feed';
import type { OutboxEventRecord } from '../events/event.types';
import { concerns } from './notification.rules';
import { CONCERNS_ME, concernQuestion } from './feed.facts';
import { notifierOf } from './notifier';
import { INBOX } from './inbox.resolver';

@ObjectType('MyChangeEvent', { description: '我的动态 — something that happened to your request, household or item' })
export class MyChangeEvent {
  @Field({ description: '游标 — position in the feed; pass it as `after` when reconnecting' })
  cursor!: string;
  @Field({ description: '事件类型 — e.g. dispatch.RequestClaimed' })
  type!: string;
  @Field(() => Date, { description: '发生时间 — when it happened' })
  occurredAt!: Date;
  @Field(() => String, { nullable: true, description: '对象类型 — GraphQL type of the subject (e.g. ServiceRequest)' })
  subjectType!: string | null;
  @Field(() => String, { nullable: true, description: '状态 — the subject’s state after the event, when the event says (e.g. IN_PROGRESS)' })
  status!: string | null;
  rawSubjectId!: string | null;
}

@ObjectType({ description: '我的动态页 — a page of your own feed' })
class MyChangePage {
  @Field(() => [MyChangeEvent], { description: '事件 — in order' }) events!: MyChangeEvent[];
  @Field(() => String, { nullable: true, description: '末游标 — cursor to continue from' }) endCursor!: string | null;
  @Field({ description: '还有更多 — more events after this page' }) hasMore!: boolean;
}

@ArgsType()
class MyChangesArgs {
  @Field(() => String, { nullable: true, description: '在此游标之后 — only events after this cursor (replayed first by the subscription)' })
  after?: string | null;
}

@ArgsType()
class MyChangesPageArgs extends MyChangesArgs {
  @Field(() => Int, { defaultValue: 100, description: '数量 — page size (1–500)' })
  first!: number;
}

const POLICY = { module: 'notifications', permission: INBOX };

interface Scope {
  communityId: string;
  accountId: string;
  enabled: ReadonlySet<string>;
  selectors: EventDataMatch[];
}

/** The account's selectors in the active community (what of the feed is hers). */
async function scopeOf(ctx: Ctx): Promise<Scope> {
  const access = await ctx.access();
  const accountId = ctx.viewer?.apiKey ? null : ctx.viewer?.accountId;
  if (!accountId || !access.communityId) throw new AppError('FORBIDDEN');
  const selectors = await notifierOf(ctx.em).rules.selectorsFor(ctx.em, access.communityId, accountId, access.enabledModules);
  return { communityId: access.communityId, accountId, enabled: access.enabledModules, selectors };
}

async function fetchMine(ctx: Ctx, s: Scope, after: bigint, limit: number): Promise<OutboxEventRecord[]> {
  if (s.selectors.length === 0) return [];
  return readEvents(ctx.em, { communityId: s.communityId, after, anyOf: s.selectors, limit });
}

const toEvent = (e: OutboxEventRecord): MyChangeEvent => ({
  cursor: e.seq,
  type: e.type,
  occurredAt: new Date(e.createdAt),
  subjectType: e.subjectType,
  status: typeof e.data.status === 'string' ? e.data.status : null,
  rawSubjectId: e.subjectId,
});

async function myStream(ctx: Ctx, args: MyChangesArgs): Promise<AsyncIterableIterator<OutboxEventRecord>> {
  await enforce(ctx, POLICY);
  const after = parseCursor(args.after);
  let scope = await scopeOf(ctx);
  const rules = notifierOf(ctx.em).rules;
  return liveStream(ctx, {
    communityId: scope.communityId,
    after,
    replay: args.after != null,
    fetchAfter: async (cursor, limit) => {
      scope = await scopeOf(ctx); // after a resync: her household may have changed
      return fetchMine(ctx, scope, cursor, limit);
    },
    accept: async (e) => {
      // Replays and this subscriber's own queue: her selectors. Evaluated for a whole visibility
      // (the live hub): whom the event concerns, as a viewer fact, so residents share evaluations.
      if (!ctx.tracking) return concerns(rules, scope.selectors, e, scope.enabled);
      const access = await ctx.access();
      const q = concernQuestion(ctx.app.orm.em, scope.communityId, e, access.enabledModules);
      return !!q && (await ctx.fact(CONCERNS_ME, q));
    },
    stillAllowed: async () => {
      const access = await ctx.access();
      return access.communityId === scope.communityId && access.permissions.has(INBOX);
    },
  });
}

@Resolver(() => MyChangeEvent)
export class FeedResolver {
  @Query(() => MyChangePage, { description: '我的动态 — catch up on events about your own requests, household and items after a cursor' })
  @Requires('notifications', INBOX)
  async myChanges(@Args() args: MyChangesPageArgs, @Context() ctx: Ctx): Promise<MyChangePage> {
    if (args.first < 1 || args.first > 500) throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE', { field: 'first' });
    const after = parseCursor(args.after);
    const scope = await scopeOf(ctx);
    const rows = await fetchMine(ctx, scope, after, args.first + 1);
    const page = rows.slice(0, args.first);
    const rules = notifierOf(ctx.em).rules;
    return {
      events: page.filter((e) => concerns(rules, scope.selectors, e, scope.enabled)).map(toEvent),
      endCursor: page.at(-1)?.seq ?? args.after ?? null,
      hasMore: rows.length > args.first,
    };
  }

  @Subscription(() => MyChangeEvent, {
    name: 'myChanges',
    description: '我的动态订阅 — live events about your own requests, household and items; pass `after` to catch up first',
    subscribe: ({ args, context }) => myStream(context as Ctx, args as MyChangesArgs),
  })
  @Requires('notifications', INBOX)
  myChangesLive(@Root() e: OutboxEventRecord, @Args() _args: MyChangesArgs): MyChangeEvent {
    return toEvent(e);
  }

  @FieldResolver(() => ID, { nullable: true, description: '对象 ID — global id of the subject; read it with its module’s query (e.g. serviceRequest(id:))' })
  subjectId(@Root() e: MyChangeEvent): string | null {
    return e.subjectType && e.rawSubjectId ? toGlobalId(e.subjectType, e.rawSubjectId) : null;
  }

  @FieldResolver(() => Node, { nullable: true, description: '对象 — the subject, if your permissions let you read it through node()' })
  subject(@Root() e: MyChangeEvent, @Context() ctx: Ctx): Promise<object | null> | null {
    return e.subjectType && e.rawSubjectId ? loadNode(ctx, e.subjectType, e.rawSubjectId) : null;
  }
}
