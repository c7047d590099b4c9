// 积分超市: items with a price in points and a stock; redemptions; staff adjustments.
import { ArrayType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { AdjustmentStatus, RedemptionStatus } from './points.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('PointsItem', { implements: Node, description: '兑换商品 — an item of the points supermarket' })
@Entity({ tableName: 'points_item' })
export class PointsItem extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PointsItem', this.id);
  }

  @Field({ description: '名称 — name' })
  @Property({ type: 'text' })
  name!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  /** Picture references stored before uploads existed (any text): shown as plain text only (PointsItem.legacyPictures). */
  @Field(() => [String], {
    description:
      '旧图片引用 — picture references entered before photo uploads existed, as plain text (never fetched or checked by the server: do not render as links)',
  })
  @Property({ type: ArrayType })
  legacyPictures: string[] = [];

  @Field(() => Int, { description: '所需积分 — price in points' })
  @Property({ type: 'integer' })
  pricePoints!: number;

  @Field(() => Int, { description: '库存 — items left (never below zero)' })
  @Property({ type: 'integer' })
  stock!: number;

  @Field(() => Int, { nullable: true, description: '每户限兑 — most a household (or person) may hold, cancelled ones not counted' })
  @Property({ type: 'integer', nullable: true })
  perHouseholdLimit: number | null = null;

  @Field(() => Date, { nullable: true, description: '开始兑换 — available from' })
  @Property({ type: 'timestamptz', nullable: true })
  availableFrom: Date | null = null;

  @Field(() => Date, { nullable: true, description: '截止兑换 — available until' })
  @Property({ type: 'timestamptz', nullable: true })
  availableUntil: Date | null = null;

  @Field({ description: '上架 — on sale' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

@ObjectType('PointsRedemption', { implements: Node, description: '兑换记录 — a redemption: points and stock taken together' })
@Entity({ tableName: 'points_redemption' })
export class PointsRedemption extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PointsRedemption', this.id);
  }

  @Property({ type: 'uuid' })
  itemId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'uuid' })
  redeemedByAccountId!: string;

  @Field(() => Int, { description: '数量 — quantity' })
  @Property({ type: 'integer' })
  quantity!: number;

  @Field(() => Int, { description: '积分 — points spent' })
  @Property({ type: 'integer' })
  points!: number;

  @Field(() => RedemptionStatus, { description: '状态 — reserved, picked up or cancelled' })
  @Enum({ items: () => RedemptionStatus, type: 'text' })
  status!: RedemptionStatus;

  /** Shown only to the redeemer and to staff (resolver). */
  @Property({ type: 'text' })
  code!: string;

  @Property({ type: 'uuid' })
  transactionId!: string;

  @Property({ type: 'uuid', nullable: true })
  refundTransactionId: string | null = null;

  @Field(() => Date, { nullable: true, description: '领取时间 — when it was picked up' })
  @Property({ type: 'timestamptz', nullable: true })
  pickedUpAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  pickedUpBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '取消时间 — when it was cancelled' })
  @Property({ type: 'timestamptz', nullable: true })
  cancelledAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  cancelledBy: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '取消原因 — why it was cancelled' })
  @Property({ type: 'text', nullable: true })
  cancelReason: string | null = null;

  @Field(() => Date, { description: '兑换时间 — when it was redeemed' })
  get at(): Date {
    return this.createdAt;
  }
}

@ObjectType('PointsAdjustment', { implements: Node, description: '积分调整 — a staff award or deduction with its reason and approval' })
@Entity({ tableName: 'points_adjustment' })
export class PointsAdjustment extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PointsAdjustment', this.id);
  }

  @Property({ type: 'uuid' })
  accountId!: string;

  @Field(() => Int, { description: '积分 — points (+ award, − deduction)' })
  @Property({ type: 'integer' })
  amount!: number;

  @PersonalText()
  @Field({ description: '事由 — reason' })
  @Property({ type: 'text' })
  reason!: string;

  @Field(() => AdjustmentStatus, { description: '状态 — pending, posted or rejected' })
  @Enum({ items: () => AdjustmentStatus, type: 'text' })
  status!: AdjustmentStatus;

  @Field({ description: '需复核 — above the threshold: a second person must approve' })
  @Property({ type: 'boolean' })
  needsApproval!: boolean;

  @Property({ type: 'uuid' })
  requestedBy!: string;

  @Property({ type: 'uuid', nullable: true })
  decidedBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '复核时间 — when it was decided' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  transactionId: string | null = null;

  @Field(() => ID, {
    name: 'accountId',
    description: '积分账户 ID — global id of the account',
    deprecationReason: '改用 account — use `account { id balance }`: the object, batched',
  })
  get accountGlobalId(): string {
    return toGlobalId('PointsAccount', this.accountId);
  }
}
