// Households (一户一档): list, read, create, update, close. Scoped to the active community.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, Float, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { operationSlot, type Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginateRows } from '../../schema/connection';
import { defineOrder } from '../../schema/order';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { likePattern } from '../../db/sql';
import { applyPoint } from '../../schema/coordinates';
import { Household } from './household.entity';
import { Resident } from './resident.entity';
import { householdScope, householdScopeWhere, scopeHouseholds, withinWhere } from './row-scope.service';
import { CORE_EVENTS } from './core.events';

export const HouseholdConnection = Connection(Household, 'Household', '户');
const HouseholdPayload = Payload(Household, 'household', 'Household', '户');

const HouseholdOrder = defineOrder('Household', '户', {
  NUMBER: { prop: 'number', description: '户号 — by household number' },
  ADDRESS: { prop: 'address', description: '地址 — by address' },
  CREATED_AT: { prop: 'createdAt', description: '建档时间 — by when the file was created' },
});
type HouseholdOrderInput = InstanceType<typeof HouseholdOrder.Input>;

@ArgsType()
class HouseholdsArgs extends ConnectionArgs {
  @Field(() => HouseholdOrder.Input, { nullable: true, description: '排序 — order of the list (default: newest first)' })
  orderBy?: HouseholdOrderInput | null;
  @Field(() => ID, { nullable: true, description: '范围 — only households inside this object, e.g. a grid unit with its sub-units (网格)' })
  within?: string | null;
  @Field(() => [String], { nullable: true, description: '楼栋 — only households of these building labels' })
  building?: string[] | null;
  @Field(() => [String], { nullable: true, description: '标签 — only households carrying every one of these tags' })
  tags?: string[] | null;
  @Field(() => String, { nullable: true, description: '搜索 — matches number, address or building' })
  search?: string | null;
  @Field(() => Boolean, { nullable: true, description: '含已注销 — include closed households' })
  includeClosed?: boolean | null;
}

@InputType({ description: '新建户 — create a household file' })
class HouseholdCreateInput {
  @Field({ description: '户号 — household number, unique in the community' }) number!: string;
  @Field({ description: '地址 — address' }) address!: string;
  @Field(() => String, { nullable: true, description: '楼栋 — building label' }) building?: string | null;
  @Field(() => [String], { nullable: true, description: '标签 — tags' }) tags?: string[] | null;
  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude' }) latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude' }) longitude?: number | null;
}

@InputType({ description: '修改户 — update a household file' })
class HouseholdUpdateInput {
  @Field(() => ID, { description: '户 — the household' }) id!: string;
  @Field(() => String, { nullable: true, description: '地址 — address' }) address?: string | null;
  @Field(() => String, { nullable: true, description: '楼栋 — building label' }) building?: string | null;
  @Field(() => [String], { nullable: true, description: '标签 — tags (replaces)' }) tags?: string[] | null;
  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84, degrees, -90 to 90), given with the longitude; both null clear them' })
  latitude?: number | null;
  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees, -180 to 180), given with the latitude; both null clear them' })
  longitude?: number | null;
}

@InputType({ description: '注销户 — close a household file (kept, never deleted)' })
class HouseholdCloseInput {
  @Field(() => ID, { description: '户 — the household' }) id!: string;
}

const fields = z.object({
  number: z.string().trim().min(1).max(40),
  address: z.string().trim().min(1).max(300),
  building: z.string().trim().max(100).nullish(),
  tags: z.array(z.string().trim().min(1).max(30)).max(30).nullish(),
});

const OWN = operationSlot<Promise<Household | null>>('core.ownHousehold');

/** The caller's own household: of the resident record their membership is linked to (not moved out). */
function ownHousehold(ctx: Ctx): Promise<Household | null> {
  return ctx.memo(OWN, async () => {
    const { residentId, communityId } = await ctx.access();
    if (!residentId || !communityId) return null;
    const r = await ctx.em.findOne(Resident, { id: residentId, communityId, movedOutAt: null }, { populate: ['household'] });
    const h = r?.household ?? null;
    return h && !h.closedAt ? h : null;
  });
}

@Resolver(() => Household)
export class HouseholdResolver {
  @Query(() => HouseholdConnection, { description: '户列表 — households of the community, newest first' })
  @Requires('core', 'core.household.read')
  async households(@Args() args: HouseholdsArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = {};
    if (!args.includeClosed) where.closedAt = null;
    if (args.search) {
      const like = likePattern(args.search);
      where.$or = [{ number: { $ilike: like } }, { address: { $ilike: like } }, { building: { $ilike: like } }];
    }
    if (args.building?.length) where.building = { $in: args.building.slice(0, 100) };
    if (args.tags?.length) where.tags = { $contains: args.tags.slice(0, 20) };
    Object.assign(where, await withinWhere(ctx, args.within, 'id'));
    // Rows, not hydrated entities: a page is up to 100 households, read-only.
    return paginateRows(ctx.em, Household, (await ctx.access()).communityId!, await householdScopeWhere(ctx, where), args, {
      sort: HouseholdOrder.sortKey(args.orderBy),
    });
  }

  @Query(() => Household, {
    nullable: true,
    description: '我的户 — the household of the resident record your login is linked to (your own 一户一档, with its members); null when not linked',
  })
  @Requires('core', 'core.household.readOwn')
  async viewerHousehold(@Context() ctx: Ctx): Promise<Household | null> {
    return ownHousehold(ctx);
  }

  @FieldResolver(() => [Resident], { description: '成员 — residents of the household (empty without core.resident.read, except your own household)' })
  async members(@Root() h: Household, @Context() ctx: Ctx): Promise<Resident[]> {
    // Object-level check on the nested path too: household files do not imply resident data; one's
    // own family is the exception (core.household.readOwn).
    const own = async () => (await ctx.can('core.household.readOwn')) && (await ownHousehold(ctx))?.id === h.id;
    if (!(await ctx.can('core.resident.read')) && !(await own())) return [];
    const loader = ctx.loaders.named<string, Resident[]>('residentsByHousehold', async (ids) => {
      const rows = await ctx.em.find(Resident, { household: { $in: [...ids] }, movedOutAt: null }, { orderBy: { id: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.household?.id === id));
    });
    return loader.load(h.id);
  }

  @Mutation(() => HouseholdPayload, { description: '新建户 — create a household file' })
  @Requires('core', 'core.household.write')
  async householdCreate(@Arg('input', { description: '输入 — the mutation input' }) input: HouseholdCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const data = check(fields, input);
      if (await em.count(Household, { number: data.number })) throw new UserFacingError('ALREADY_EXISTS', ['input', 'number'], { what: '户号' });
      const h = em.create(Household, {
        communityId: communityId!,
        number: data.number,
        address: data.address,
        building: data.building ?? null,
        tags: data.tags ?? [],
      });
      applyPoint(h, input);
      recordEvent(em, CORE_EVENTS.HouseholdCreated, { communityId, subject: { type: 'Household', id: h.id } });
      return h;
    });
  }

  @Mutation(() => HouseholdPayload, { description: '修改户 — update a household file' })
  @Requires('core', 'core.household.write')
  async householdUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: HouseholdUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await householdScope(ctx); // before the transaction: mutate must not touch ctx.em
    return mutate(ctx, async (em) => {
      const data = check(fields.partial(), input);
      const h = await em.findOne(Household, scopeHouseholds(scope, { id: fromGlobalId(input.id, 'Household') }));
      if (!h) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (data.address) h.address = data.address;
      if (data.building !== undefined) h.building = data.building ?? null;
      if (data.tags) h.tags = data.tags;
      applyPoint(h, input);
      recordEvent(em, CORE_EVENTS.HouseholdUpdated, { communityId, subject: { type: 'Household', id: h.id } });
      return h;
    });
  }

  @Mutation(() => HouseholdPayload, { description: '注销户 — close a household file' })
  @Requires('core', 'core.household.write')
  async householdClose(@Arg('input', { description: '输入 — the mutation input' }) input: HouseholdCloseInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await householdScope(ctx); // before the transaction: mutate must not touch ctx.em
    return mutate(ctx, async (em) => {
      const h = await em.findOne(Household, scopeHouseholds(scope, { id: fromGlobalId(input.id, 'Household') }));
      if (!h) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (h.closedAt) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'CLOSED' });
      h.closedAt = new Date();
      recordEvent(em, CORE_EVENTS.HouseholdClosed, { communityId, subject: { type: 'Household', id: h.id } });
      return h;
    });
  }
}
