// 需求库 through GraphQL: list and read needs, record and close them, and matching suggestions.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { raw } from '@mikro-orm/core';
import type { Ctx } from '../../schema/context';
import { UserFacingError, badInput } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { GRID_UNIT_TYPE } from '../grid/public';
import { SERVICE_REQUEST_TYPE } from '../dispatch/public';
import { COUNCIL_TOPIC_TYPE } from '../council/public';
import { ResourcesNeed } from './need.entity';
import { ResourcesResource } from './resource.entity';
import { ResourcesProject } from './project.entity';
import { NeedSource, NeedStatus } from './resources.enums';
import { ResourcesMatch } from './resources.types';
import { categoryName, ResourcesSettings } from './resources.settings';
import { matchScore } from './resources.policy';
import { actorOf, before, findIn, gridUnitOf, loadIn } from './resources.access';
import { closeNeed, insertNeed, needSubject } from './need.service';
import { RESOURCES_SURVEY_TYPE } from './public';
import { RESOURCES_EVENTS } from './resources.events';
import { recordEvent } from '../../plugins/events/record-event';
import { calendarOf, today as todayIn } from '../../schema/calendar';

/** matchScore in SQL, for rows already limited to the need's category or none and its grid path or none
 * (a fresh fragment per query: MikroORM forgets a raw key once it has used it). */
const matchRank = () => raw((a: string) => `((${a}.category is not null)::int * 2 + (${a}.grid_unit_id is not null)::int)`) as unknown as string;

const NeedConnection = Connection(ResourcesNeed, 'ResourcesNeed', '需求');
const NeedPayload = Payload(ResourcesNeed, 'need', 'ResourcesNeed', '需求');

@ArgsType()
class NeedsArgs extends ConnectionArgs {
  @Field(() => NeedStatus, { nullable: true, description: '状态 — only needs in this state' }) status?: NeedStatus | null;
  @Field(() => String, { nullable: true, description: '类别 — only this category key' }) category?: string | null;
  @Field(() => NeedSource, { nullable: true, description: '来源 — only needs from this source' }) source?: NeedSource | null;
}

@InputType({ description: '登记需求 — record a need (staff, grid workers in their grid)' })
class ResourcesNeedCreateInput {
  @Field({ description: '类别 — category key from the settings' }) category!: string;
  @Field({ description: '标题 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => ID, { nullable: true, description: '网格单元 — GridUnit id (grid module enabled only; required for grid workers)' }) gridUnitId?: string | null;
}

@InputType({ description: '关闭需求 — close an open need with a reason' })
class ResourcesNeedCloseInput {
  @Field(() => ID, { description: '需求 — the need' }) id!: string;
  @Field({ description: '原因 — reason' }) reason!: string;
}

const createSchema = z.object({
  category: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).nullish(),
  gridUnitId: z.string().nullish(),
});

export async function needOf(ctx: Ctx, globalId: string, field: string): Promise<ResourcesNeed> {
  return loadIn(ctx, ResourcesNeed, 'ResourcesNeed', globalId, field);
}

@Resolver(() => ResourcesNeed)
export class NeedResolver {
  @Query(() => NeedConnection, { description: '需求库 — needs of the community, newest first' })
  @Requires('resources', 'resources.read')
  resourcesNeeds(@Args() args: NeedsArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = {};
    if (args.status) where.status = args.status;
    if (args.category) where.category = args.category;
    if (args.source) where.source = args.source;
    return paginate(ctx.em, ResourcesNeed, where, args);
  }

  @Query(() => ResourcesNeed, { nullable: true, description: '需求 — one need by id (null when not found)' })
  @Requires('resources', 'resources.read')
  resourcesNeed(@Arg('id', () => ID, { description: '需求 ID — need id' }) id: string, @Context() ctx: Ctx) {
    return findIn(ctx, ResourcesNeed, 'ResourcesNeed', id);
  }

  @Query(() => [ResourcesMatch], { description: '匹配建议 — active resources for a need: same category, then same grid, then community-wide' })
  @Requires('resources', 'resources.read')
  async resourcesNeedMatches(
    @Arg('needId', () => ID, { description: '需求 — the need' }) needId: string,
    @Arg('first', () => Int, { nullable: true, description: '取前 N 条 — at most this many (1–50, default 10)' }) first: number | null,
    @Context() ctx: Ctx,
  ): Promise<ResourcesMatch[]> {
    const need = await needOf(ctx, needId, 'needId');
    const n = first ?? 10;
    if (!Number.isInteger(n) || n < 1 || n > 50) throw badInput({ 'zh-CN': 'first：1–50', en: 'first: 1–50' }, 'first');
    const today = todayIn((await calendarOf(ctx)).timeZone);
    // The database filters and ranks (matchScore's order: same category +2, own grid or a unit
    // above it +1, then value) and returns only the page, so no fitting resource is cut off
    // by a prefetch limit; matchScore gives the reasons.
    const rows = await ctx.em.find(
      ResourcesResource,
      {
        communityId: need.communityId,
        active: true,
        $and: [
          { $or: [{ category: need.category }, { category: null }] },
          { $or: [{ gridUnitId: null }, ...(need.gridPath.length ? [{ gridUnitId: { $in: need.gridPath } }] : [])] },
          { $or: [{ availableFrom: null }, { availableFrom: { $lte: today } }] },
          { $or: [{ availableUntil: null }, { availableUntil: { $gte: today } }] },
        ],
      },
      { orderBy: [{ [matchRank()]: 'desc' }, { valueFen: 'desc' }, { id: 'desc' }], limit: n },
    );
    return rows
      .map((r) => ({ r, m: matchScore({ category: need.category, gridPath: need.gridPath }, r) }))
      .filter((x): x is { r: ResourcesResource; m: { score: number; reasons: string[] } } => x.m !== null)
      .map((x) => ({ resource: x.r, score: x.m.score, reasons: x.m.reasons }));
  }

  @Mutation(() => NeedPayload, { description: '登记需求 — record a need (走访收集); grid workers only in their own grid' })
  @Requires('resources', 'resources.manageNeeds')
  async resourcesNeedCreate(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesNeedCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(ResourcesSettings);
    const grid = await before(() => gridUnitOf(ctx, input.gridUnitId, 'gridUnitId', true));
    return mutate(ctx, async (em) => {
      const data = check(createSchema, input);
      if (!settings.categories.some((c) => c.key === data.category))
        throw new UserFacingError('RESOURCES_CATEGORY_UNKNOWN', ['input', 'category'], { category: data.category });
      const unit = grid();
      const id = (await insertNeed(em, {
        communityId: actor.communityId,
        category: data.category,
        title: data.title,
        description: data.description ?? null,
        gridUnitId: unit.id,
        gridPath: unit.path,
        source: NeedSource.STAFF,
        sourceRef: null,
        demandCount: 1,
        createdByAccountId: actor.accountId,
      }))!;
      recordEvent(em, RESOURCES_EVENTS.NeedCreated, {
        communityId: actor.communityId,
        subject: needSubject(id),
        data: { needId: id, source: NeedSource.STAFF, category: data.category, gridUnitId: unit.id },
      });
      return em.findOneOrFail(ResourcesNeed, { id });
    });
  }

  @Mutation(() => NeedPayload, { description: '关闭需求 — close an open need with a reason (not to be met)' })
  @Requires('resources', 'resources.manageNeeds')
  async resourcesNeedClose(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesNeedCloseInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const found = await before(() => needOf(ctx, input.id, 'id'));
    return mutate(ctx, async (em) => {
      const need = found();
      const reason = check(z.string().trim().min(1).max(500), input.reason);
      await closeNeed(em, actor.communityId, need.id, reason);
      return em.findOneOrFail(ResourcesNeed, { id: need.id }, { refresh: true });
    });
  }

  @FieldResolver(() => String, { description: '类别名称 — category name' })
  async categoryName(@Root() n: ResourcesNeed, @Context() ctx: Ctx) {
    return categoryName(await ctx.settings(ResourcesSettings), n.category);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '网格单元 — GridUnit id (null: community-wide)',
    deprecationReason: '改用 gridUnit — use `gridUnit { id name }`: the object, checked and batched',
  })
  gridUnitId(@Root() n: ResourcesNeed) {
    return n.gridUnitId ? toGlobalId(GRID_UNIT_TYPE, n.gridUnitId) : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '来源对象 — ServiceRequest, CouncilTopic or ResourcesSurvey id it came from',
    deprecationReason: '改用 sourceObject — use `sourceObject { ... on ServiceRequest { title } }`: the object, checked and batched',
  })
  sourceId(@Root() n: ResourcesNeed) {
    if (!n.sourceRef) return null;
    if (n.source === NeedSource.DISPATCH_REQUEST) return toGlobalId(SERVICE_REQUEST_TYPE, n.sourceRef);
    if (n.source === NeedSource.COUNCIL_TOPIC) return toGlobalId(COUNCIL_TOPIC_TYPE, n.sourceRef);
    if (n.source === NeedSource.SURVEY) return toGlobalId(RESOURCES_SURVEY_TYPE, n.sourceRef.split(':')[0]!);
    return null;
  }

  @FieldResolver(() => ResourcesProject, { nullable: true, description: '项目 — the live or done project meeting it' })
  async project(@Root() n: ResourcesNeed, @Context() ctx: Ctx) {
    const loader = ctx.loaders.named<string, ResourcesProject | null>('resources.projectOfNeed', async (ids) => {
      const rows = await ctx.em.find(ResourcesProject, { needId: { $in: [...ids] }, status: { $ne: 'CANCELLED' as any } });
      return ids.map((id) => rows.find((r) => r.needId === id) ?? null);
    });
    return loader.load(n.id);
  }
}
