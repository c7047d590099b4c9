// The change feed: `changes(after:)` lets a board catch up from its last cursor; the `changes`
// subscription streams the same events live (optionally replaying from `after` first, with no gap
// and no duplicate). Each event is checked and resolved under the subscriber's fresh context.
import { Args, ArgsType, Ctx as Context, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { Node } from '../../schema/node';
import { enforce, Requires } from '../../schema/requires';
import type { OutboxEventRecord } from './event.types';
import { liveStream } from './live-stream';
import { parseCursor, readEvents } from './change-feed';
import { loadNode } from '../../schema/node.resolver';
import { PersonalText } from '../../schema/free-text';

@ObjectType('ChangeEvent', { description: '变更事件 — something that happened in the community' })
export class ChangeEvent {
  @Field({ description: '游标 — position in the feed; pass it as `after` to continue' })
  cursor!: string;
  @Field({ description: '事件类型 — e.g. core.HouseholdCreated' })
  type!: string;
  @Field(() => Date, { description: '发生时间 — when it was recorded' })
  occurredAt!: Date;
  @Field(() => String, { nullable: true, description: '对象类型 — GraphQL type of the subject' })
  subjectType!: string | null;
  subjectId!: string | null;
  // Event data should hold ids and states only; a module's free text in it is masked all the same.
  @PersonalText()
  @Field(() => GraphQLJSONObject, { description: '数据 — event data (ids and states, never personal data)' })
  data!: Record<string, unknown>;
}

@ObjectType({ description: '变更页 — a page of the change feed' })
class ChangePage {
  @Field(() => [ChangeEvent], { description: '事件 — events visible to the caller, in order' })
  events!: ChangeEvent[];
  @Field(() => String, { nullable: true, description: '末游标 — cursor to continue from (null when nothing new)' })
  endCursor!: string | null;
  @Field({ description: '还有更多 — more events after this page' })
  hasMore!: boolean;
}

@ArgsType()
class ChangesArgs {
  @Field(() => String, { nullable: true, description: '在此游标之后 — only events after this cursor' })
  after?: string | null;
  @Field(() => [String], { nullable: true, description: '事件类型 — only these event types' })
  types?: string[] | null;
}

@ArgsType()
class ChangesPageArgs extends ChangesArgs {
  @Field(() => Int, { defaultValue: 100, description: '数量 — page size (1–500)' })
  first!: number;
}

const ROOT_POLICY = { module: 'tenancy', permission: 'tenancy.community.read' };

const toChange = (e: OutboxEventRecord): ChangeEvent => ({
  cursor: e.seq,
  type: e.type,
  occurredAt: new Date(e.createdAt),
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  data: e.data,
});

/** An event is visible when its declaring module is enabled and the caller holds its permission. */
async function visible(ctx: Ctx, type: string): Promise<boolean> {
  const access = await ctx.access();
  const moduleKey = type.split('.')[0]!;
  const decl = ctx.app.registry.get(moduleKey)?.events?.publishes?.find((p) => p.type === type);
  if (!decl) return false;
  return access.enabledModules.has(moduleKey) && access.permissions.has(decl.permission);
}

function fetchAfter(ctx: Ctx, communityId: string, after: bigint, types: string[] | null | undefined, limit: number) {
  if (types && types.length > 100)
    throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field: 'types', detail: { 'zh-CN': 'types：最多 100 项', en: 'types: at most 100' } });
  return readEvents(ctx.em, { communityId, after, types: types?.length ? types : null, limit });
}

/** The live change feed: listen, replay from `after`, then live events (see live-stream.ts). */
async function liveChanges(ctx: Ctx, args: ChangesArgs): Promise<AsyncIterableIterator<OutboxEventRecord>> {
  await enforce(ctx, ROOT_POLICY);
  const communityId = (await ctx.access()).communityId!;
  const after = parseCursor(args.after); // before subscribing: a bad cursor must not leave a listener behind
  if (args.types && args.types.length > 100)
    throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field: 'types', detail: { 'zh-CN': 'types：最多 100 项', en: 'types: at most 100' } });
  return liveStream(ctx, {
    communityId,
    after,
    replay: args.after != null,
    fetchAfter: (cursor, limit) => fetchAfter(ctx, communityId, cursor, args.types, limit),
    accept: async (e) => (!args.types?.length || args.types.includes(e.type)) && visible(ctx, e.type),
    stillAllowed: async () => (await ctx.access()).communityId === communityId, // membership revoked → end
  });
}

@Resolver(() => ChangeEvent)
export class ChangesResolver {
  @Query(() => ChangePage, { description: '变更 — catch up on events after a cursor (for boards that reconnect)' })
  @Requires('tenancy', 'tenancy.community.read')
  async changes(@Args() args: ChangesPageArgs, @Context() ctx: Ctx): Promise<ChangePage> {
    if (args.first < 1 || args.first > 500) throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE', { field: 'first' });
    const communityId = (await ctx.access()).communityId!;
    const rows = await fetchAfter(ctx, communityId, parseCursor(args.after), args.types, args.first + 1);
    const page = rows.slice(0, args.first);
    const events: ChangeEvent[] = [];
    for (const e of page) if (await visible(ctx, e.type)) events.push(toChange(e));
    return { events, endCursor: page.at(-1)?.seq ?? args.after ?? null, hasMore: rows.length > args.first };
  }

  @Subscription(() => ChangeEvent, {
    name: 'changes',
    description: '变更订阅 — live events of the active community; pass `after` to replay what was missed first',
    subscribe: ({ args, context }) => liveChanges(context as Ctx, args as ChangesArgs),
  })
  @Requires('tenancy', 'tenancy.community.read')
  changesLive(@Root() e: OutboxEventRecord, @Args() _args: ChangesArgs): ChangeEvent {
    return toChange(e);
  }

  @FieldResolver(() => Node, { nullable: true, description: '对象 — the subject, if the caller may read it now' })
  async subject(@Root() c: ChangeEvent, @Context() ctx: Ctx): Promise<object | null> {
    if (!c.subjectType || !c.subjectId) return null;
    return loadNode(ctx, c.subjectType, c.subjectId);
  }
}
