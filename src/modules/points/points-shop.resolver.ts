// 积分超市 GraphQL: items, redemption (points and stock together), pickup by code, cancellation
// with a refund. Ledger-touching mutations take an idempotencyKey.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { likePattern } from '../../db/sql';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { defineOrder } from '../../schema/order';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { PointsItem, PointsRedemption } from './points-shop.entity';
import { PointsAccount } from './points-ledger.entity';
import { RedemptionStatus } from './points.enums';
import type { EntityManager } from '@mikro-orm/postgresql';
import { canSeeAccount, ownAccountId, ownOwner, visibleAccount } from './points.access';
import { once, requestHash } from './idempotency.service';
import { cancel, pickUp, redeem } from './redemption.service';
import { POINTS_EVENTS } from './points.events';
import { PointsSettings } from './points.settings';
import { REDEMPTION_ACTIONS, redemptionAllows } from './points.policy';
import { Attachment } from '../../plugins/uploads/attachment.types';
import { attachmentsOf, attachUploads } from '../../plugins/uploads/uploads.service';

const ItemConnection = Connection(PointsItem, 'PointsItem', '兑换商品');
const RedemptionConnection = Connection(PointsRedemption, 'PointsRedemption', '兑换记录');
const ItemPayload = Payload(PointsItem, 'item', 'PointsItem', '兑换商品');
const RedemptionPayload = Payload(PointsRedemption, 'redemption', 'PointsRedemption', '兑换记录');

@InputType({ description: '商品信息 — item fields' })
class PointsItemCreateInput {
  @Field({ description: '名称 — name' }) name!: string;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => [String], { nullable: true, description: '图片 — keys of uploaded pictures (uploadSlotCreate with ownerKind PointsItem), in display order' })
  attachmentKeys?: string[] | null;
  @Field(() => Int, { description: '所需积分 — price in points' }) pricePoints!: number;
  @Field(() => Int, { description: '库存 — stock' }) stock!: number;
  @Field(() => Int, { nullable: true, description: '每户限兑 — limit per household (or person)' }) perHouseholdLimit?: number | null;
  @Field(() => Date, { nullable: true, description: '开始兑换 — available from' }) availableFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: '截止兑换 — available until' }) availableUntil?: Date | null;
}

@InputType({ description: '修改商品 — update an item (stock changes with pointsItemRestock)' })
class PointsItemUpdateInput {
  @Field(() => ID, { description: '商品 ID — item id' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: '图片 — the whole new list of picture keys (kept ones and new uploads, in display order); omit to keep them',
  })
  attachmentKeys?: string[] | null;
  @Field(() => Int, { nullable: true, description: '所需积分 — price in points' }) pricePoints?: number | null;
  @Field(() => Int, { nullable: true, description: '每户限兑 — limit per household (0 removes it)' }) perHouseholdLimit?: number | null;
  @Field(() => Date, { nullable: true, description: '开始兑换 — available from' }) availableFrom?: Date | null;
  @Field(() => Date, { nullable: true, description: '截止兑换 — available until' }) availableUntil?: Date | null;
  @Field(() => Boolean, { nullable: true, description: '上架 — on sale' }) active?: boolean | null;
}

@InputType({ description: '补货 — add stock to an item' })
class PointsItemRestockInput {
  @Field(() => ID, { description: '商品 ID — item id' }) id!: string;
  @Field(() => Int, { description: '补货数量 — items added (positive) or written off (negative)' }) quantity!: number;
}

@InputType({ description: '兑换 — redeem an item with points' })
class PointsRedeemInput {
  @Field(() => ID, { description: '商品 ID — item id' }) itemId!: string;
  @Field(() => Int, { nullable: true, description: '数量 — quantity (default 1)' }) quantity?: number | null;
  @Field(() => ID, { nullable: true, description: '积分账户 ID — staff redeeming for a household or person; omit for your own account' }) accountId?:
    string | null;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

@InputType({ description: '取消兑换 — cancel a reserved redemption; points are refunded' })
class PointsRedemptionCancelInput {
  @Field(() => ID, { description: '兑换记录 ID — redemption id' }) id!: string;
  @Field(() => String, { nullable: true, description: '原因 — reason' }) reason?: string | null;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

@InputType({ description: '确认领取 — confirm a pickup with the redemption code' })
class PointsRedemptionPickUpInput {
  @Field({ description: '兑换码 — the redemption code (or the QR string holding it)' }) code!: string;
}

const ItemOrder = defineOrder('PointsItem', '积分商品', {
  NAME: { prop: 'name', description: '名称 — by name' },
  PRICE: { prop: 'pricePoints', description: '所需积分 — by price in points' },
  STOCK: { prop: 'stock', description: '库存 — by stock left' },
  CREATED_AT: { prop: 'createdAt', description: '上架时间 — by when the item was added' },
});
type ItemOrderInput = InstanceType<typeof ItemOrder.Input>;

@ArgsType()
class ItemsArgs extends ConnectionArgs {
  @Field(() => ItemOrder.Input, { nullable: true, description: '排序 — order of the list (default: newest first)' })
  orderBy?: ItemOrderInput | null;
  @Field(() => Boolean, { nullable: true, description: '含下架 — include items not on sale (staff)' }) includeInactive?: boolean | null;
  @Field(() => String, { nullable: true, description: '搜索 — name contains this text' }) search?: string | null;
  @Field(() => Boolean, { nullable: true, description: '可兑换 — only items in stock and within their redemption window now' })
  availableNow?: boolean | null;
  @Field(() => Int, { nullable: true, description: '积分上限 — only items priced at most this many points' }) maxPricePoints?: number | null;
}

/** The supermarket list's filters beyond on-sale: name, in stock and in window now, price ceiling. */
function itemFilter(args: ItemsArgs, all: boolean): Record<string, unknown> {
  const where: Record<string, unknown> = all ? {} : { active: true };
  if (args.search) where.name = { $ilike: likePattern(args.search) };
  if (args.maxPricePoints != null) {
    if (args.maxPricePoints < 0)
      throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', {
        field: 'maxPricePoints',
        detail: { 'zh-CN': 'maxPricePoints 不能小于 0', en: 'maxPricePoints ≥ 0' },
      });
    where.pricePoints = { $lte: args.maxPricePoints };
  }
  if (args.availableNow) {
    // As redemption decides it (redemption.service.ts AVAILABLE): on sale, in stock, in its window.
    const now = new Date();
    where.active = true;
    where.stock = { $gt: 0 };
    where.$and = [{ $or: [{ availableFrom: null }, { availableFrom: { $lte: now } }] }, { $or: [{ availableUntil: null }, { availableUntil: { $gt: now } }] }];
  }
  return where;
}

@ArgsType()
class RedemptionsArgs extends ConnectionArgs {
  @Field(() => RedemptionStatus, { nullable: true, description: '状态 — only this state' }) status?: RedemptionStatus | null;
  @Field(() => ID, { nullable: true, description: '积分账户 ID — only this account (staff); default: your own' }) accountId?: string | null;
  @Field(() => ID, { nullable: true, description: '商品 ID — only redemptions of this item (e.g. a pickup list)' }) itemId?: string | null;
}

const itemShape = z.object({
  name: z.string().trim().min(1).max(100).nullish(),
  description: z.string().max(2000).nullish(),
  attachmentKeys: z.array(z.string().min(1).max(100)).max(20).nullish(),
  pricePoints: z.number().int().min(1).max(1_000_000).nullish(),
  stock: z.number().int().min(0).max(1_000_000).nullish(),
  perHouseholdLimit: z.number().int().min(0).max(10_000).nullish(),
  availableFrom: z.date().nullish(),
  availableUntil: z.date().nullish(),
});

function windowOk(from: Date | null, until: Date | null) {
  if (from && until && until <= from)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'availableUntil'], {
      detail: { 'zh-CN': 'availableUntil 须晚于 availableFrom', en: 'availableUntil <= availableFrom' },
    });
}

@Resolver(() => PointsItem)
export class PointsItemResolver {
  @FieldResolver(() => [Attachment], { description: '图片 — pictures of the item (signed, short-lived URLs)' })
  attachments(@Root() item: PointsItem, @Context() ctx: Ctx) {
    return attachmentsOf(ctx, 'PointsItem', item);
  }

  @Query(() => ItemConnection, { description: '兑换商品 — items of the points supermarket' })
  @Requires('points', 'points.read')
  async pointsItems(@Args() args: ItemsArgs, @Context() ctx: Ctx) {
    const all = args.includeInactive && (await ctx.can('points.manage'));
    return paginate(ctx.em, PointsItem, itemFilter(args, !!all), args, undefined, ItemOrder.sortKey(args.orderBy));
  }

  @Mutation(() => ItemPayload, { description: '上架商品 — add an item to the supermarket' })
  @Requires('points', 'points.manage')
  async pointsItemCreate(@Arg('input', { description: '输入 — the mutation input' }) input: PointsItemCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const d = check(itemShape.required({ name: true, pricePoints: true, stock: true }), input);
      windowOk(d.availableFrom ?? null, d.availableUntil ?? null);
      const item = em.create(PointsItem, {
        communityId: communityId!,
        name: d.name!,
        description: d.description ?? null,
        pricePoints: d.pricePoints!,
        stock: d.stock!,
        perHouseholdLimit: d.perHouseholdLimit || null,
        availableFrom: d.availableFrom ?? null,
        availableUntil: d.availableUntil ?? null,
      });
      await attachUploads(ctx, em, 'PointsItem', item.id, d.attachmentKeys);
      recordEvent(em, POINTS_EVENTS.ItemChanged, { communityId, subject: { type: 'PointsItem', id: item.id } });
      return item;
    });
  }

  @Mutation(() => ItemPayload, { description: '修改商品 — update an item' })
  @Requires('points', 'points.manage')
  async pointsItemUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: PointsItemUpdateInput, @Context() ctx: Ctx) {
    return mutate(ctx, async (em) => {
      const d = check(itemShape, input);
      const item = await em.findOne(PointsItem, { id: fromGlobalId(input.id, 'PointsItem') });
      if (!item) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (d.name != null) item.name = d.name;
      if (d.description !== undefined) item.description = d.description ?? null;
      await attachUploads(ctx, em, 'PointsItem', item.id, d.attachmentKeys, { replace: true });
      if (d.pricePoints != null) item.pricePoints = d.pricePoints;
      if (d.perHouseholdLimit != null) item.perHouseholdLimit = d.perHouseholdLimit || null;
      if (d.availableFrom !== undefined) item.availableFrom = d.availableFrom ?? null;
      if (d.availableUntil !== undefined) item.availableUntil = d.availableUntil ?? null;
      if (input.active != null) item.active = input.active;
      windowOk(item.availableFrom, item.availableUntil);
      recordEvent(em, POINTS_EVENTS.ItemChanged, { communityId: item.communityId, subject: { type: 'PointsItem', id: item.id } });
      return item;
    });
  }

  @Mutation(() => ItemPayload, { description: '补货 — add (or write off) stock; never below zero' })
  @Requires('points', 'points.manage')
  async pointsItemRestock(@Arg('input', { description: '输入 — the mutation input' }) input: PointsItemRestockInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const { quantity } = check(
        z.object({
          quantity: z
            .number()
            .int()
            .min(-1_000_000)
            .max(1_000_000)
            .refine((n) => n !== 0),
        }),
        input,
      );
      const id = fromGlobalId(input.id, 'PointsItem');
      const rows = await em.execute(
        'update points_item set stock = stock + ?, updated_at = now() where id = ? and community_id = ? and stock + ? >= 0 returning id',
        [quantity, id, communityId, quantity],
      );
      if (rows.length === 0) {
        if (!(await em.findOne(PointsItem, { id }))) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
        throw new UserFacingError('OUT_OF_STOCK', ['input', 'quantity']);
      }
      recordEvent(em, POINTS_EVENTS.ItemChanged, { communityId, subject: { type: 'PointsItem', id } });
      return em.findOneOrFail(PointsItem, { id }, { refresh: true });
    });
  }
}

@ObjectType('PointsRedemptionViewerCan', {
  description: '当前用户可执行的操作 — which actions the caller may take on this redemption now (points.policy.ts, as the mutations decide)',
})
export class PointsRedemptionViewerCan {
  @Field({ description: "取消兑换 — cancel while reserved (pointsRedemptionCancel): the account's users or staff" }) cancel!: boolean;
  @Field({ description: '确认领取 — confirm the pickup while reserved (pointsRedemptionPickUp): staff' }) pickUp!: boolean;
}

@Resolver(() => PointsRedemption)
export class PointsRedemptionResolver {
  @Query(() => RedemptionConnection, { description: '兑换记录 — redemptions of your account, or (staff) of the community' })
  @Requires('points', 'points.read')
  async pointsRedemptions(@Args() args: RedemptionsArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = {};
    if (args.status) where.status = args.status;
    // Scoped like every row here (tenant filter): another community's item matches nothing.
    if (args.itemId) where.itemId = fromGlobalId(args.itemId, 'PointsItem');
    if (args.accountId) where.accountId = (await visibleAccount(ctx, ctx.em, fromGlobalId(args.accountId, 'PointsAccount'))).id;
    else if (!(await ctx.can('points.manage'))) where.accountId = (await ownAccountId(ctx, ctx.em, false)) ?? '00000000-0000-0000-0000-000000000000';
    return paginate(ctx.em, PointsRedemption, where, args);
  }

  @Mutation(() => RedemptionPayload, { description: '积分兑换 — redeem an item: points and stock are taken together or not at all' })
  @Requires('points', 'points.redeem')
  async pointsRedeem(@Arg('input', { description: '输入 — the mutation input' }) input: PointsRedeemInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const actor = ctx.viewer?.accountId ?? null;
    const owner = input.accountId ? null : await ownOwner(ctx, (await ctx.settings(PointsSettings)).accountScope);
    return mutate(ctx, async (em) => {
      const { quantity } = check(
        z.object({
          quantity: z
            .number()
            .int()
            .min(1)
            .max(100)
            .nullish()
            .transform((q) => q ?? 1),
        }),
        input,
      );
      if (!actor) throw new UserFacingError('NO_POINTS_ACCOUNT', ['input']);
      const itemId = fromGlobalId(input.itemId, 'PointsItem');
      let accountId: string;
      if (input.accountId) {
        if (!(await ctx.can('points.manage'))) throw new UserFacingError('NOT_FOUND', ['input', 'accountId']);
        accountId = (await visibleAccount(ctx, em, fromGlobalId(input.accountId, 'PointsAccount'))).id;
      } else accountId = (await ownAccountId(ctx, em, true, owner))!;
      const hash = requestHash('pointsRedeem', actor, { itemId, quantity, accountId });
      const result = await once(em, communityId!, input.idempotencyKey, 'pointsRedeem', hash, async () => {
        const id = await redeem(em, { communityId: communityId!, itemId, quantity, accountId, actorAccountId: actor });
        recordEvent(em, POINTS_EVENTS.Redeemed, { communityId, subject: { type: 'PointsRedemption', id }, data: { accountId, itemId, quantity } });
        return { type: 'PointsRedemption', id };
      });
      return em.findOneOrFail(PointsRedemption, { id: result.id }, { refresh: true });
    });
  }

  @Mutation(() => RedemptionPayload, { description: '取消兑换 — cancel a reserved redemption: stock returned, points refunded as a new entry' })
  @Requires('points', REDEMPTION_ACTIONS.cancel.permission)
  async pointsRedemptionCancel(@Arg('input', { description: '输入 — the mutation input' }) input: PointsRedemptionCancelInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const actor = ctx.viewer?.accountId ?? null;
    return mutate(ctx, async (em) => {
      const { reason } = check(z.object({ reason: z.string().trim().max(500).nullish() }), input);
      const id = fromGlobalId(input.id, 'PointsRedemption');
      const r = await em.findOne(PointsRedemption, { id });
      if (!r || !actor || !(await mayAct(ctx, r, em))) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const hash = requestHash('pointsRedemptionCancel', actor, { id, reason });
      await once(em, communityId!, input.idempotencyKey, 'pointsRedemptionCancel', hash, async () => {
        await cancel(em, communityId!, id, actor, reason ?? null);
        recordEvent(em, POINTS_EVENTS.RedemptionCancelled, { communityId, subject: { type: 'PointsRedemption', id }, data: { accountId: r.accountId } });
        return { type: 'PointsRedemption', id };
      });
      return em.findOneOrFail(PointsRedemption, { id }, { refresh: true });
    });
  }

  @Mutation(() => RedemptionPayload, { description: '确认领取 — staff confirm a pickup with the redemption code' })
  @Requires('points', REDEMPTION_ACTIONS.pickUp.permission)
  async pointsRedemptionPickUp(@Arg('input', { description: '输入 — the mutation input' }) input: PointsRedemptionPickUpInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const { code } = check(
        z.object({
          code: z
            .string()
            .trim()
            .toUpperCase()
            .regex(/^(?:WUSHE-PTS:)?[A-Z0-9]{10}$/)
            .transform((c) => c.slice(-10)),
        }),
        input,
      );
      const id = await pickUp(em, communityId!, code, ctx.viewer?.accountId ?? '00000000-0000-0000-0000-000000000000');
      recordEvent(em, POINTS_EVENTS.RedemptionPickedUp, { communityId, subject: { type: 'PointsRedemption', id } });
      return em.findOneOrFail(PointsRedemption, { id }, { refresh: true });
    });
  }

  @FieldResolver(() => PointsRedemptionViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take on this redemption now' })
  async viewerCan(@Root() r: PointsRedemption, @Context() ctx: Ctx): Promise<PointsRedemptionViewerCan> {
    const facts = { permissions: (await ctx.access()).permissions, mayAct: await mayAct(ctx, r), status: r.status };
    return { cancel: redemptionAllows('cancel', facts), pickUp: redemptionAllows('pickUp', facts) };
  }

  @FieldResolver(() => PointsItem, { description: '商品 — the item' })
  item(@Root() r: PointsRedemption, @Context() ctx: Ctx) {
    return ctx.loaders.entity(PointsItem).load(r.itemId);
  }

  @FieldResolver(() => PointsAccount, { nullable: true, description: '积分账户 — the account charged (null when you may not see it)' })
  async account(@Root() r: PointsRedemption, @Context() ctx: Ctx) {
    const a = await ctx.loaders.entity(PointsAccount).load(r.accountId);
    return a && (await canSeeAccount(ctx, a)) ? a : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "兑换码 — code shown at pickup (QR string: WUSHE-PTS:<code>); only for the account's users and staff",
  })
  async code(@Root() r: PointsRedemption, @Context() ctx: Ctx) {
    return (await mayAct(ctx, r)) ? r.code : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '兑换人 — who redeemed it (household accounts record which member)' })
  async redeemedByName(@Root() r: PointsRedemption, @Context() ctx: Ctx) {
    if (!(await mayAct(ctx, r))) return null;
    const { communityId } = await ctx.access();
    const loader = ctx.loaders.named<string, string | null>('pointsAccountNames', async (ids) => {
      const names = await accountNames(ctx.em, communityId!, [...ids]);
      return ids.map((id) => names.get(id) ?? null);
    });
    return loader.load(r.redeemedByAccountId);
  }
}

/** Staff, or a user of the charged account. */
async function mayAct(ctx: Ctx, r: PointsRedemption, em?: EntityManager): Promise<boolean> {
  if (await ctx.can('points.manage')) return true;
  const a = em ? await em.findOne(PointsAccount, { id: r.accountId }) : await ctx.loaders.entity(PointsAccount).load(r.accountId);
  return !!a && (await canSeeAccount(ctx, a, em));
}
