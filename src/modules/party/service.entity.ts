// 服务项目 and 认领: items published for member units and reporting members to claim. The item's
// `claimedCount` is raised by one conditional write (count < capacity), so with capacity 1 exactly
// one claimer wins however many race.
import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PartyClaimStatus, PartyItemAudience, PartyItemStatus } from './party.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('PartyServiceItem', { implements: Node, description: '服务项目 — a service item published for member units and reporting members to claim (认领)' })
@Entity({ tableName: 'party_service_item' })
@Index({ properties: ['communityId', 'status'] })
export class PartyServiceItem extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PartyServiceItem', this.id);
  }

  @PersonalText()
  @Field({ description: '项目名称 — title' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '内容 — what is to be done' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => PartyItemAudience, { description: '认领对象 — units, members or both' })
  @Enum({ items: () => PartyItemAudience, type: 'text' })
  audience: PartyItemAudience = PartyItemAudience.ALL;

  @Field(() => Int, { description: '名额 — places (claims) available' })
  @Property({ type: 'integer' })
  capacity!: number;

  @Field(() => Int, { description: '已认领 — places taken' })
  @Property({ type: 'integer' })
  claimedCount: number = 0;

  @Field(() => PartyItemStatus, { description: '状态 — open or closed' })
  @Enum({ items: () => PartyItemStatus, type: 'text' })
  status: PartyItemStatus = PartyItemStatus.OPEN;

  @Field(() => String, { nullable: true, description: '截止日期 — due date (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  /** The joint meeting whose decision produced the item, if any. */
  @Property({ type: 'uuid', nullable: true })
  meetingId: string | null = null;
}

@ObjectType('PartyServiceClaim', { implements: Node, description: '认领 — a claim of a service item by a member unit or a reporting member' })
@Entity({ tableName: 'party_service_claim' })
@Index({ properties: ['communityId', 'itemId'] })
export class PartyServiceClaim extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PartyServiceClaim', this.id);
  }

  @Property({ type: 'uuid' })
  itemId!: string;

  /** Exactly one of unitId / memberId is set (a CHECK keeps it so). */
  @Property({ type: 'uuid', nullable: true })
  unitId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  claimedByAccountId: string | null = null;

  @Field(() => PartyClaimStatus, { description: '状态 — claimed or completed' })
  @Enum({ items: () => PartyClaimStatus, type: 'text' })
  status: PartyClaimStatus = PartyClaimStatus.CLAIMED;

  @Field(() => String, { nullable: true, description: '完成记录 — what was done' })
  @Property({ type: 'text', nullable: true })
  record: string | null = null;

  @Field(() => Int, { nullable: true, description: '服务时长（分钟） — minutes served' })
  @Property({ type: 'integer', nullable: true })
  minutes: number | null = null;

  @Field(() => Date, { nullable: true, description: '完成时间 — when completed' })
  @Property({ type: 'timestamptz', nullable: true })
  completedAt: Date | null = null;
}
