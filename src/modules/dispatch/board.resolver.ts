// Live dispatch boards: the board query (newest open requests, nested objects batched by
// DataLoaders so the statements per request stay constant) and the `dispatchBoard` subscription
// over the outbox (listen, replay from the cursor, live — no gap, no duplicate), each event
// checked under the subscriber's fresh context: only what they may see now, only their grid.
import { Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Info, ObjectType, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { ConnectionArgs } from '../../schema/connection';
import { enforce, Requires } from '../../schema/requires';
import { liveStream } from '../../plugins/events/live-stream';
import { parseCursor, readEvents } from '../../plugins/events/change-feed';
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import { ServiceRequest } from './request.entity';
import { ServiceRequestConnection } from './request.resolver';
import { ACTIVE_SQL } from './dispatch.policy';
import { canSee, viewpoint, visibleSql, type Viewpoint } from './dispatch.access';
import { boardPage } from './board.query';
import { pgArray } from '../../db/sql';
import { DISPATCH_EVENT_TYPES } from './dispatch.events';
import { GRID_UNIT_TYPE, gridUnitPath } from './grid.lookups';

@ObjectType('DispatchBoardEvent', { description: '看板事件 — something that happened on a dispatch board' })
export class DispatchBoardEvent {
  @Field({ description: '游标 — position in the feed; pass it as `after` when reconnecting' })
  cursor!: string;
  @Field({ description: '事件类型 — e.g. dispatch.RequestClaimed' })
  type!: string;
  @Field(() => Date, { description: '发生时间 — when it happened' })
  occurredAt!: Date;
  rawRequestId!: string;
}

@ArgsType()
class BoardArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: "网格 — one grid's board (with its sub-units); omit for the community board" })
  grid?: string | null;
}

@ArgsType()
class BoardLiveArgs {
  @Field(() => ID, { nullable: true, description: "网格 — one grid's board (with its sub-units); omit for the community board" })
  grid?: string | null;
  @Field(() => String, { nullable: true, description: '在此游标之后 — replay what was missed after this cursor first' })
  after?: string | null;
}

const POLICY = { module: 'dispatch', permission: 'dispatch.board.read' };

/** The grid units a board covers: the grid and its sub-units, if the caller may watch that grid. */
async function boardScope(ctx: Ctx, vp: Viewpoint, grid: string | null | undefined): Promise<{ unit: string } | null> {
  if (grid == null) return null;
  let unit: string;
  try {
    unit = fromGlobalId(grid, GRID_UNIT_TYPE);
  } catch {
    throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'grid' });
  }
  if (!vp.gridOn || (!vp.seesAll && !vp.staffUnits.includes(unit))) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'grid' });
  if ((await gridUnitPath(ctx.em, unit)).length === 0) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'grid' });
  return { unit };
}

const inGrid = (r: ServiceRequest, scope: { unit: string } | null) => !scope || r.gridPath.includes(scope.unit);

async function boardStream(ctx: Ctx, args: BoardLiveArgs): Promise<AsyncIterableIterator<OutboxEventRecord>> {
  await enforce(ctx, POLICY);
  const after = parseCursor(args.after);
  const communityId = (await ctx.access()).communityId!;
  const scope = await boardScope(ctx, await viewpoint(ctx), args.grid);
  const types = DISPATCH_EVENT_TYPES;
  return liveStream(ctx, {
    communityId,
    after,
    replay: args.after != null,
    fetchAfter: (cursor, limit) => readEvents(ctx.em, { communityId, after: cursor, types, limit }),
    accept: async (e) => {
      if (!types.includes(e.type) || !e.subjectId) return false;
      const vp = await viewpoint(ctx, 'read'); // fresh per event: the context was refreshed
      if (!(await ctx.can(POLICY.permission))) return false;
      const req = await ctx.loaders.entity(ServiceRequest).load(e.subjectId);
      return !!req && canSee(vp, req) && inGrid(req, scope);
    },
    stillAllowed: async () => {
      const access = await ctx.access();
      return access.communityId === communityId && access.enabledModules.has('dispatch') && access.permissions.has(POLICY.permission);
    },
  });
}

@Resolver(() => DispatchBoardEvent)
export class BoardResolver {
  @Query(() => ServiceRequestConnection, {
    description: '派单看板 — open requests (待派单、待接单、办理中、已上报), newest first; of one grid when `grid` is given',
  })
  @Requires('dispatch', 'dispatch.board.read')
  async dispatchBoard(@Args() args: BoardArgs, @Context() ctx: Ctx, @Info() info: GraphQLResolveInfo) {
    const vp = await viewpoint(ctx, 'read');
    const scope = await boardScope(ctx, vp, args.grid);
    const visible = visibleSql(vp);
    const sql = [`(${visible.sql})`, `s.status in (${ACTIVE_SQL})`];
    const params = [...visible.params];
    // The grid and its sub-units: the path stored on the request runs through it.
    if (scope) {
      sql.push('s.grid_path @> ?::text[]');
      params.push(pgArray([scope.unit]));
    }
    return boardPage(ctx, vp.communityId, { sql: sql.join(' and '), params }, args, info);
  }

  @Subscription(() => DispatchBoardEvent, {
    name: 'dispatchBoard',
    description: '派单看板订阅 — live board events (new, dispatched, claimed, overdue, resolved, rated …) the caller may see; pass `after` to catch up first',
    subscribe: ({ args, context }) => boardStream(context as Ctx, args as BoardLiveArgs),
  })
  @Requires('dispatch', 'dispatch.board.read')
  dispatchBoardLive(@Root() e: OutboxEventRecord, @Args() _args: BoardLiveArgs): DispatchBoardEvent {
    return { cursor: e.seq, type: e.type, occurredAt: new Date(e.createdAt), rawRequestId: e.subjectId! };
  }

  @FieldResolver(() => ID, { name: 'requestId', description: '民需 — global id of the request' })
  requestGlobalId(@Root() e: DispatchBoardEvent) {
    return toGlobalId('ServiceRequest', e.rawRequestId);
  }

  @FieldResolver(() => ServiceRequest, { nullable: true, description: '民需 — the request as the subscriber may see it now' })
  async request(@Root() e: DispatchBoardEvent, @Context() ctx: Ctx) {
    const req = await ctx.loaders.entity(ServiceRequest).load(e.rawRequestId);
    return req && canSee(await viewpoint(ctx, 'read'), req) ? req : null;
  }
}
