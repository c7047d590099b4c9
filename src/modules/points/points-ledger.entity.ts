// 积分台账: accounts, transactions and their entries. Written only through ledger.service.ts
// (conditional updates in one transaction); the database refuses unbalanced or edited entries.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PointsAccountKind, PointsTransactionKind } from './points.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('PointsAccount', { implements: Node, description: '积分账户 — a points account of a household or a person' })
@Entity({ tableName: 'points_account' })
export class PointsAccount extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PointsAccount', this.id);
  }

  @Field(() => PointsAccountKind, { description: '账户类型 — household, person or system' })
  @Enum({ items: () => PointsAccountKind, type: 'text' })
  kind!: PointsAccountKind;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  ownerAccountId: string | null = null;

  @Field(() => String, { nullable: true, description: '系统账户代码 — ISSUE / REDEEM / EXPIRE for the community side' })
  @Property({ type: 'text', nullable: true })
  systemCode: string | null = null;

  @Field(() => Int, { description: "余额 — balance; always equals the sum of the account's entries" })
  @Property({ type: 'integer' })
  balance: number = 0;

  @Field(() => ID, {
    nullable: true,
    name: 'householdId',
    description: '户 ID — global id of the household (household accounts)',
    deprecationReason: '改用 household — use `household { id number }`: the object, checked and batched',
  })
  get householdGlobalId(): string | null {
    return this.householdId ? toGlobalId('Household', this.householdId) : null;
  }

  @Field(() => ID, {
    nullable: true,
    name: 'ownerAccountId',
    description: "账号 ID — global id of the owner's login (personal accounts)",
    deprecationReason: '改用 owner — use `owner { displayName }`: the member as an object, checked and batched',
  })
  get ownerGlobalId(): string | null {
    return this.ownerAccountId ? toGlobalId('Account', this.ownerAccountId) : null;
  }
}

@ObjectType('PointsTransaction', { implements: Node, description: '积分交易 — one balanced movement of points (its entries sum to zero)' })
@Entity({ tableName: 'points_transaction' })
export class PointsTransaction extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PointsTransaction', this.id);
  }

  @Field(() => PointsTransactionKind, { description: '类型 — earned, awarded, deducted, redeemed, refunded or expired' })
  @Enum({ items: () => PointsTransactionKind, type: 'text' })
  kind!: PointsTransactionKind;

  @Property({ type: 'uuid' })
  memberAccountId!: string;

  @Field(() => Int, { description: '积分数 — points moved (positive)' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => String, { nullable: true, description: '规则 — key of the earning rule' })
  @Property({ type: 'text', nullable: true })
  ruleKey: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '事由 — reason given by staff' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'bigint', nullable: true })
  sourceEventSeq: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  actorAccountId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  approverAccountId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  redemptionId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  adjustmentId: string | null = null;

  @Field(() => Date, { description: '时间 — when it was written' })
  get at(): Date {
    return this.createdAt;
  }
}

@ObjectType('PointsEntry', { description: '积分分录 — one line of a statement, with the running balance' })
@Entity({ tableName: 'points_entry' })
export class PointsEntry extends TenantEntity {
  @Field(() => ID, { description: '分录 ID — entry id' })
  get entryId(): string {
    return toGlobalId('PointsEntry', this.id);
  }

  @Property({ type: 'uuid' })
  transactionId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Field(() => Int, { description: '变动 — change of the balance (+ credit, − debit)' })
  @Property({ type: 'integer' })
  amount!: number;

  @Field(() => Int, { description: '变动后余额 — running balance after this entry' })
  @Property({ type: 'integer' })
  balanceAfter!: number;

  @Field(() => Date, { description: '时间 — when it was written' })
  get at(): Date {
    return this.createdAt;
  }
}
