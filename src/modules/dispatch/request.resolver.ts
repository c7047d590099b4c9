// 收: intake of service requests, and reading them — a resident sees their own, a grid worker
// their grid, community staff everything; nested objects are checked again on their own.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Info, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { Connection, ConnectionArgs } from '../../schema/connection';
import type { EntityManager } from '@mikro-orm/postgresql';
import { check, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { recordEvent } from '../../plugins/events/record-event';
import { Household, Resident } from '../core/public';
import { DispatchLogEntry, ServiceRequest } from './request.entity';
import { ServiceRequestCreateInput } from './request.inputs';
import { DispatchChannel, ServiceRequestOrder, ServiceRequestStatus } from './dispatch.enums';
import { dueAt, type DispatchSettings } from './dispatch.settings';
import { calendarOf } from '../../schema/calendar';
import { viewerCanRequest, viewpoint, viewpointNow, visibleSql, type Viewpoint } from './dispatch.access';
import { ServiceRequestViewerCan } from './viewer-can.types';
import { boardPage } from './board.query';
import { joinedOf } from '../../db/row-objects';
import { pgArray } from '../../db/sql';
import { eventData, loadVisible, run } from './request.service';
import { GRID_UNIT_TYPE, gridUnitOfHouseholds, gridUnitPath } from './grid.lookups';
import { DISPATCH_EVENTS } from './dispatch.events';
import { attachUploads } from '../../plugins/uploads/uploads.service';

export const ServiceRequestConnection = Connection(ServiceRequest, 'ServiceRequest', '民需');
export const ServiceRequestPayload = Payload(ServiceRequest, 'serviceRequest', 'ServiceRequest', '民需');

@ArgsType()
class ServiceRequestsArgs extends ConnectionArgs {
  @Field(() => [ServiceRequestStatus], { nullable: true, description: '状态 — only these states' })
  status?: ServiceRequestStatus[] | null;
  @Field(() => Boolean, { nullable: true, description: '我的 — only requests I filed or hold' })
  mine?: boolean | null;
  @Field(() => [String], { nullable: true, description: '类别（单型）— only these kind keys (dispatchCatalog.kinds)' })
  kind?: string[] | null;
  @Field(() => [String], { nullable: true, description: '分类 — only these category keys (dispatchCatalog.categories)' })
  category?: string[] | null;
  @Field(() => [DispatchChannel], { nullable: true, description: '渠道 — only requests that arrived by these channels' })
  channel?: DispatchChannel[] | null;
  @Field(() => ID, { nullable: true, description: '网格 — only requests of this grid unit and its sub-units' })
  grid?: string | null;
  @Field(() => Date, { nullable: true, description: '提交时间起 — filed at or after this time' })
  createdFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: '提交时间止 — filed before this time (exclusive)' })
  createdTo?: Date | null;
  @Field(() => ServiceRequestOrder, {
    nullable: true,
    defaultValue: ServiceRequestOrder.CREATED_AT_DESC,
    description: '排序 — order of the list (default newest first)',
  })
  orderBy?: ServiceRequestOrder | null;
}

/** The list filters beyond visibility and `mine`, as SQL over alias `s`; unknown vocabulary keys are refused by name. */
function listFilters(args: ServiceRequestsArgs, settings: DispatchSettings): { sql: string[]; params: unknown[] } {
  const sql: string[] = [];
  const params: unknown[] = [];
  const keys = (field: 'kind' | 'category', values: string[] | null | undefined, known: { key: string }[], messageKey: string) => {
    if (!values?.length) return;
    const unknown = values.find((v) => !known.some((k) => k.key === v));
    if (unknown !== undefined) throw new AppError('BAD_USER_INPUT', messageKey, { value: unknown, field });
    sql.push(`s.${field} = any(?::text[])`);
    params.push(pgArray(values));
  };
  if (args.status?.length) {
    sql.push('s.status = any(?::text[])');
    params.push(pgArray(args.status));
  }
  keys('kind', args.kind, settings.kinds, 'DISPATCH_KIND_UNKNOWN');
  keys('category', args.category, settings.categories, 'DISPATCH_CATEGORY_UNKNOWN');
  if (args.channel?.length) {
    sql.push('s.channel = any(?::text[])');
    params.push(pgArray(args.channel));
  }
  if (args.grid != null) {
    // The unit and its sub-units: the path stored on the request runs through it (GIN index).
    sql.push('s.grid_path @> ?::text[]');
    params.push(pgArray([fromGlobalId(args.grid, GRID_UNIT_TYPE, 'grid')]));
  }
  if (args.createdFrom && args.createdTo && args.createdFrom.getTime() >= args.createdTo.getTime()) {
    throw new AppError('BAD_USER_INPUT', 'CREATED_RANGE', { field: 'createdTo' });
  }
  if (args.createdFrom) {
    sql.push('s.created_at >= ?');
    params.push(args.createdFrom);
  }
  if (args.createdTo) {
    sql.push('s.created_at < ?');
    params.push(args.createdTo);
  }
  return { sql, params };
}

const createShape = z.object({
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().min(1).max(5000),
  address: z.string().trim().max(200).nullish(),
  attachmentKeys: z.array(z.string().min(1).max(100)).max(20).nullish(),
});

/** Loads an entity of the community by global id for a mutation input, or fails NOT_FOUND on that field. */
async function inputEntity<T extends object>(ctx: Ctx, type: string, entity: new () => T, globalId: string, field: string): Promise<T> {
  let id: string;
  try {
    id = fromGlobalId(globalId, type);
  } catch (e) {
    throw new AppError(
      (e as AppError).code === 'BAD_USER_INPUT' ? 'BAD_USER_INPUT' : 'NOT_FOUND',
      (e as AppError).code === 'BAD_USER_INPUT' ? 'INVALID_ID' : 'NOT_FOUND',
      { field },
    );
  }
  const obj = await ctx.loaders.entity(entity).load(id);
  if (!obj) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return obj;
}

/**
 * A core object of a request (its requester, its household) when `allowed` says the caller may
 * see it: the one read with the row (`joined`, from a page) or loaded by id. Called per row of a
 * list: once this operation knows the caller and holds the object, the answer is the object
 * itself, not a promise — a page of 100 rows would otherwise wait on several hundred promises.
 */
function related<T extends object>(
  ctx: Ctx,
  id: string,
  entity: new () => T,
  joined: T | null | undefined,
  allowed: (vp: Viewpoint, can: (p: string) => boolean) => boolean,
): T | null | Promise<T | null> {
  const vp = viewpointNow(ctx, 'read');
  const access = ctx.accessNow();
  if (vp && access) {
    if (!allowed(vp, (p) => access.permissions.has(p))) return null;
    if (joined !== undefined) return joined;
    const loader = ctx.loaders.entity(entity);
    return loader.peek(id) ?? loader.load(id);
  }
  return Promise.all([viewpoint(ctx, 'read'), ctx.access()]).then(() => related(ctx, id, entity, joined, allowed));
}

@Resolver(() => ServiceRequest)
export class ServiceRequestResolver {
  @Query(() => ServiceRequest, { nullable: true, description: '民需 — one request, if the caller may see it' })
  @Requires('dispatch', 'dispatch.request.read')
  async serviceRequest(@Arg('id', () => ID, { description: '全局 ID — the request' }) id: string, @Context() ctx: Ctx) {
    try {
      return (await loadVisible(ctx, id)).req;
    } catch (e) {
      if (e instanceof AppError && e.code === 'NOT_FOUND') return null;
      throw e;
    }
  }

  @Query(() => ServiceRequestConnection, { description: '民需列表 — requests the caller may see, filtered; newest first unless `orderBy` says otherwise' })
  @Requires('dispatch', 'dispatch.request.read')
  async serviceRequests(@Args() args: ServiceRequestsArgs, @Context() ctx: Ctx, @Info() info: GraphQLResolveInfo) {
    // The board's read path (one statement per page), under the same visibility rule as the board.
    const vp = await viewpoint(ctx, 'read');
    const visible = visibleSql(vp);
    const filters = listFilters(args, vp.settings);
    const sql = [`(${visible.sql})`, ...filters.sql];
    const params = [...visible.params, ...filters.params];
    if (args.mine) {
      const mine = vp.accountId ? ['s.requester_account_id = ?', 's.taker_account_id = ?'] : ['false'];
      if (vp.accountId) params.push(vp.accountId, vp.accountId);
      if (vp.residentId) {
        mine.push('s.requester_resident_id = ?');
        params.push(vp.residentId);
      }
      sql.push(`(${mine.join(' or ')})`);
    }
    const order = args.orderBy === ServiceRequestOrder.CREATED_AT_ASC ? 'asc' : 'desc';
    return boardPage(ctx, vp.communityId, { sql: sql.join(' and '), params }, args, info, order);
  }

  @Mutation(() => ServiceRequestPayload, { description: '提交民需 — file a request (收)' })
  @Requires('dispatch', 'dispatch.request.create')
  async serviceRequestCreate(@Arg('input', { description: '输入 — the mutation input' }) input: ServiceRequestCreateInput, @Context() ctx: Ctx) {
    const vp = await viewpoint(ctx, 'read');
    const s = vp.settings;
    return run(ctx, async () => {
      const data = check(createShape, input);
      if (!s.kinds.some((k) => k.key === input.kind)) throw new UserFacingError('DISPATCH_KIND_UNKNOWN', ['input', 'kind'], { value: input.kind });
      if (!s.categories.some((c) => c.key === input.category))
        throw new UserFacingError('DISPATCH_CATEGORY_UNKNOWN', ['input', 'category'], { value: input.category });
      if (!s.channels.includes(input.channel)) throw new UserFacingError('DISPATCH_CHANNEL_OFF', ['input', 'channel'], { value: input.channel });
      let resident: Resident | null = null;
      if (input.requester) {
        resident = await inputEntity(ctx, 'Resident', Resident, input.requester, 'requester');
      }
      const onBehalf = !!resident && resident.id !== vp.residentId;
      if (onBehalf && !(await ctx.can('dispatch.request.fileOnBehalf'))) throw new AppError('FORBIDDEN');
      if (!resident && vp.residentId) resident = await ctx.loaders.entity(Resident).load(vp.residentId);
      let householdId: string | null = null;
      if (input.household) householdId = (await inputEntity(ctx, 'Household', Household, input.household, 'household')).id;
      else if (resident?.household) householdId = resident.household.id;
      if (!householdId && !data.address)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'address'], { detail: { 'zh-CN': '须填写住户或地址', en: 'household or address is required' } });
      const gridUnitId = householdId && vp.gridOn ? ((await gridUnitOfHouseholds(ctx.em, [householdId])).get(householdId) ?? null) : null;
      const gridPath = gridUnitId ? await gridUnitPath(ctx.em, gridUnitId) : [];
      const calendar = await calendarOf(ctx);
      return async (em: EntityManager) => {
        const req = em.create(ServiceRequest, {
          communityId: vp.communityId,
          kind: input.kind,
          category: input.category,
          title: data.title,
          description: data.description,
          address: data.address ?? null,
          channel: input.channel,
          householdId,
          gridUnitId,
          gridPath,
          requesterResidentId: resident?.id ?? null,
          requesterAccountId: onBehalf ? null : vp.accountId,
          filedByAccountId: vp.accountId!,
          onBehalf,
          dueAt: dueAt(s, input.kind, input.category, new Date(), calendar),
        });
        em.create(DispatchLogEntry, {
          communityId: vp.communityId,
          requestId: req.id,
          action: 'create',
          fromStatus: req.status,
          toStatus: req.status,
          actorAccountId: vp.accountId,
          actorRole: onBehalf ? 'DISPATCHER' : 'REQUESTER',
          body: null,
        });
        await attachUploads(ctx, em, 'ServiceRequest', req.id, data.attachmentKeys);
        recordEvent(em, DISPATCH_EVENTS.RequestCreated, {
          communityId: vp.communityId,
          subject: { type: 'ServiceRequest', id: req.id },
          data: eventData(req, req.status, 'create', { channel: req.channel, householdId }),
        });
        return req;
      };
    });
  }

  @FieldResolver(() => Resident, { nullable: true, description: '诉求人 — the resident, if the caller may read residents (or it is themself)' })
  requester(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    if (!r.requesterResidentId) return null;
    return related(
      ctx,
      r.requesterResidentId,
      Resident,
      joinedOf<Resident>(r, 'requester'),
      (vp, can) => vp.isResident(r.requesterResidentId) || can('core.resident.read'),
    );
  }

  @FieldResolver(() => Household, { nullable: true, description: '户 — the household, if the caller may read household files (or it is their own)' })
  household(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    if (!r.householdId) return null;
    return related(
      ctx,
      r.householdId,
      Household,
      joinedOf<Household>(r, 'household'),
      (vp, can) => vp.isResident(r.requesterResidentId) || can('core.household.read'),
    );
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '网格 — global id of the grid unit (网格) when the community uses the grid',
    deprecationReason: '改用 grid — use `grid { id name }`: the unit as an object, checked and batched',
  })
  gridUnit(@Root() r: ServiceRequest) {
    return r.gridUnitId ? toGlobalId(GRID_UNIT_TYPE, r.gridUnitId) : null;
  }

  @FieldResolver(() => [ID], {
    description: '协办 — global ids of the assisting social workers and organizations',
    deprecationReason: '改用 assistants — use `assistants { ... on SocialWorker { name } }`: the assistants as objects',
  })
  assistantIds(@Root() r: ServiceRequest) {
    return r.assistants.map((a) => toGlobalId(a.type, a.id));
  }

  @FieldResolver(() => ServiceRequestViewerCan, {
    description: "当前用户可执行的操作 — which actions the caller may take on this request now (the mutations' own checks; no statement per row)",
  })
  viewerCan(@Root() r: ServiceRequest, @Context() ctx: Ctx): ServiceRequestViewerCan | Promise<ServiceRequestViewerCan> {
    // Per row of a page: once the operation holds the full viewpoint, a plain object, not a promise.
    const vp = viewpointNow(ctx, 'full');
    return vp ? viewerCanRequest(vp, r) : viewpoint(ctx, 'full').then((v) => viewerCanRequest(v, r));
  }

  @FieldResolver(() => Boolean, { description: '超期 — flagged overdue' })
  overdue(@Root() r: ServiceRequest) {
    return r.overdueAt != null;
  }

  @FieldResolver(() => ServiceRequest, { nullable: true, description: '合并到 — the request this duplicate was merged into' })
  async mergedInto(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    if (!r.mergedIntoId) return null;
    try {
      return (await loadVisible(ctx, toGlobalId('ServiceRequest', r.mergedIntoId))).req;
    } catch {
      return null;
    }
  }

  @FieldResolver(() => [DispatchLogEntry], { description: '办理记录 — every step, oldest first (收·分·跟·结·评)' })
  async log(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    return ctx.loaders
      .named<string, DispatchLogEntry[]>('dispatch:log', async (ids) => {
        const rows = await ctx.em.find(DispatchLogEntry, { requestId: { $in: [...ids] } }, { orderBy: { id: 'asc' } });
        return ids.map((id) => rows.filter((x) => x.requestId === id));
      })
      .load(r.id);
  }
}
