// 资源库 through GraphQL: list and read resources, offer one (provider = a five-forces record),
// change or archive it.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { parseGlobalId, toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { forceRecord } from '../core/public';
import { GRID_UNIT_TYPE } from '../grid/public';
import { Fen } from '../../schema/fen.scalar';
import { ResourcesResource } from './resource.entity';
import { PROVIDER_GLOBAL_TYPE, ProviderType, ResourceKind } from './resources.enums';
import { ResourcesProvider } from './resources.types';
import { actorOf, before, can, findIn, gridUnitOf, loadIn } from './resources.access';
import { ResourcesSettings } from './resources.settings';
import { RESOURCES_EVENTS } from './resources.events';

const ResourceConnection = Connection(ResourcesResource, 'ResourcesResource', '资源');
const ResourcePayload = Payload(ResourcesResource, 'resource', 'ResourcesResource', '资源');

@ArgsType()
class ResourcesArgs extends ConnectionArgs {
  @Field(() => ResourceKind, { nullable: true, description: '类型 — only this kind' }) kind?: ResourceKind | null;
  @Field(() => String, { nullable: true, description: '类别 — only resources for this need category' }) category?: string | null;
  @Field(() => Boolean, { nullable: true, description: '含已下架 — include archived resources' }) includeInactive?: boolean | null;
}

@InputType({ description: '登记资源 — offer a resource of an organisation, member unit, social organization or charity resource' })
class ResourcesResourceCreateInput {
  @Field(() => ResourceKind, { description: '类型 — skill, venue, goods, money or time' }) kind!: ResourceKind;
  @Field({ description: '名称 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => String, { nullable: true, description: '适用类别 — need category key (null: any)' }) category?: string | null;
  @Field(() => ID, { nullable: true, description: '网格单元 — GridUnit id it serves (null: community-wide; grid module enabled only)' }) gridUnitId?:
    string | null;
  @Field(() => ID, { description: '提供方 — Organization, CobuildingUnit, SocialOrganization or CharityResource id' }) providerId!: string;
  @Field(() => Int, { nullable: true, description: '数量 — quantity offered' }) quantity?: number | null;
  @Field(() => String, { nullable: true, description: '单位 — unit of the quantity, e.g. 小时, 份' }) unit?: string | null;
  @Field(() => Fen, { nullable: true, description: '估值（分）— estimated value in fen' }) valueFen?: number | null;
  @Field(() => String, { nullable: true, description: '可用起 — available from (YYYY-MM-DD)' }) availableFrom?: string | null;
  @Field(() => String, { nullable: true, description: '可用至 — available until (YYYY-MM-DD, inclusive)' }) availableUntil?: string | null;
}

@InputType({ description: '修改资源 — change quantity, value, availability, or archive' })
class ResourcesResourceUpdateInput {
  @Field(() => ID, { description: '资源 — the resource' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 — title' }) title?: string | null;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => Int, { nullable: true, description: '数量 — quantity offered' }) quantity?: number | null;
  @Field(() => Fen, { nullable: true, description: '估值（分）— estimated value in fen' }) valueFen?: number | null;
  @Field(() => String, { nullable: true, description: '可用至 — available until (YYYY-MM-DD)' }) availableUntil?: string | null;
  @Field(() => Boolean, { nullable: true, description: '在库 — false archives it (no more matches)' }) active?: boolean | null;
}

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'not a date');
const createSchema = z
  .object({
    kind: z.nativeEnum(ResourceKind),
    title: z.string().trim().min(1).max(100),
    description: z.string().trim().max(2000).nullish(),
    category: z.string().trim().min(1).max(40).nullish(),
    gridUnitId: z.string().nullish(),
    providerId: z.string(),
    quantity: z.number().int().min(0).max(1_000_000_000).nullish(),
    unit: z.string().trim().min(1).max(10).nullish(),
    valueFen: z.number().int().min(0).max(100_000_000_000).nullish(),
    availableFrom: date.nullish(),
    availableUntil: date.nullish(),
  })
  .refine((d) => !d.availableFrom || !d.availableUntil || d.availableFrom <= d.availableUntil, { path: ['availableUntil'], message: 'before availableFrom' });
const updateSchema = z.object({
  id: z.string(),
  title: z.string().trim().min(1).max(100).nullish(),
  description: z.string().trim().max(2000).nullish(),
  quantity: z.number().int().min(0).max(1_000_000_000).nullish(),
  valueFen: z.number().int().min(0).max(100_000_000_000).nullish(),
  availableUntil: date.nullish(),
  active: z.boolean().nullish(),
});

const PROVIDER_BY_GLOBAL = Object.fromEntries(Object.entries(PROVIDER_GLOBAL_TYPE).map(([k, v]) => [v, k as ProviderType]));

@Resolver(() => ResourcesResource)
export class ResourceResolver {
  @Query(() => ResourceConnection, { description: '资源库 — resources offered to the community, newest first' })
  @Requires('resources', 'resources.read')
  resourcesResources(@Args() args: ResourcesArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = args.includeInactive ? {} : { active: true };
    if (args.kind) where.kind = args.kind;
    if (args.category) where.category = args.category;
    return paginate(ctx.em, ResourcesResource, where, args);
  }

  @Query(() => ResourcesResource, { nullable: true, description: '资源 — one resource by id (null when not found)' })
  @Requires('resources', 'resources.read')
  resourcesResource(@Arg('id', () => ID, { description: '资源 ID — resource id' }) id: string, @Context() ctx: Ctx) {
    return findIn(ctx, ResourcesResource, 'ResourcesResource', id);
  }

  @Mutation(() => ResourcePayload, { description: '登记资源 — offer a resource (资源库); the provider must be an active organisation or five-forces record' })
  @Requires('resources', 'resources.offer')
  async resourcesResourceCreate(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesResourceCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(ResourcesSettings);
    const grid = await before(() => gridUnitOf(ctx, input.gridUnitId, 'gridUnitId', false));
    return mutate(ctx, async (em) => {
      const data = check(createSchema, input);
      if (data.category && !settings.categories.some((c) => c.key === data.category))
        throw new UserFacingError('RESOURCES_CATEGORY_UNKNOWN', ['input', 'category'], { category: data.category });
      const provider = parseGlobalId(data.providerId);
      if (!provider) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: 'providerId' });
      const type = PROVIDER_BY_GLOBAL[provider.type];
      if (!type || !(await forceRecord(em, actor.communityId, provider.type as 'CobuildingUnit', provider.id)))
        throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'providerId' });
      const unit = grid();
      const r = em.create(ResourcesResource, {
        communityId: actor.communityId,
        kind: data.kind,
        title: data.title,
        description: data.description ?? null,
        category: data.category ?? null,
        gridUnitId: unit.id,
        providerType: type,
        providerId: provider.id,
        quantity: data.quantity ?? null,
        unit: data.unit ?? null,
        valueFen: data.valueFen ?? 0,
        availableFrom: data.availableFrom ?? null,
        availableUntil: data.availableUntil ?? null,
        createdByAccountId: actor.accountId,
      });
      await em.flush();
      recordEvent(em, RESOURCES_EVENTS.ResourceCreated, {
        communityId: actor.communityId,
        subject: { type: 'ResourcesResource', id: r.id },
        data: { resourceId: r.id, kind: r.kind, providerType: type, providerId: provider.id },
      });
      return r;
    });
  }

  @Mutation(() => ResourcePayload, { description: '修改资源 — change or archive a resource (its registrant, or resource managers)' })
  @Requires('resources', 'resources.read')
  async resourcesResourceUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: ResourcesResourceUpdateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const found = await before(async () => {
      const r = await loadIn(ctx, ResourcesResource, 'ResourcesResource', input.id, 'id');
      if (!(await can(ctx, 'editResource', { creator: !!actor.accountId && r.createdByAccountId === actor.accountId }))) throw new AppError('FORBIDDEN');
      return r;
    });
    return mutate(ctx, async (em) => {
      const data = check(updateSchema, input);
      const r = await em.findOneOrFail(ResourcesResource, { id: found().id });
      if (data.title != null) r.title = data.title;
      if (data.description !== undefined) r.description = data.description ?? null;
      if (data.quantity !== undefined) r.quantity = data.quantity ?? null;
      if (data.valueFen != null) r.valueFen = data.valueFen;
      if (data.availableUntil !== undefined) r.availableUntil = data.availableUntil ?? null;
      if (data.active != null) r.active = data.active;
      if (r.availableFrom && r.availableUntil && r.availableFrom > r.availableUntil)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'availableUntil'], {
          detail: { 'zh-CN': 'availableUntil 早于 availableFrom', en: 'availableUntil: before availableFrom' },
        });
      await em.flush();
      recordEvent(em, RESOURCES_EVENTS.ResourceUpdated, {
        communityId: actor.communityId,
        subject: { type: 'ResourcesResource', id: r.id },
        data: { resourceId: r.id, active: r.active },
      });
      return r;
    });
  }

  @FieldResolver(() => ResourcesProvider, { nullable: true, description: '提供方 — the member unit, social organization or charity resource' })
  async provider(@Root() r: ResourcesResource, @Context() ctx: Ctx): Promise<ResourcesProvider | null> {
    const type = PROVIDER_GLOBAL_TYPE[r.providerType];
    const rec = await forceRecord(ctx.em, r.communityId, type, r.providerId);
    if (!rec) return null;
    return { id: toGlobalId(type, r.providerId), type: r.providerType, name: rec.anonymous ? '匿名爱心人士' : rec.name };
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '网格单元 — GridUnit id it serves (null: community-wide)',
    deprecationReason: '改用 gridUnit — use `gridUnit { id name }`: the object, checked and batched',
  })
  gridUnitId(@Root() r: ResourcesResource) {
    return r.gridUnitId ? toGlobalId(GRID_UNIT_TYPE, r.gridUnitId) : null;
  }

  @FieldResolver(() => Boolean, { description: '可修改 — the caller may change or archive it' })
  async editable(@Root() r: ResourcesResource, @Context() ctx: Ctx) {
    const me = ctx.viewer?.accountId ?? null;
    return can(ctx, 'editResource', { creator: !!me && r.createdByAccountId === me });
  }
}
