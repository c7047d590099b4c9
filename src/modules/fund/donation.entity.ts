// 捐赠: money, goods at their valuation or pledged services, from a charity resource, a
// co-building unit or an individual; a receipt number per fund once received.
import { BigIntType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { DonationKind, DonationStatus, DonorType } from './fund.enums';
import { Fen } from '../../schema/fen.scalar';
import { PersonalText } from '../../schema/free-text';

@ObjectType('FundDonation', { implements: Node, description: '捐赠 — a donation or pledge to a community fund' })
@Entity({ tableName: 'fund_donation' })
export class FundDonation extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('FundDonation', this.id);
  }

  @Property({ type: 'uuid' })
  fundId!: string;

  @Field(() => DonationKind, { description: '捐赠形式 — money, goods or services' })
  @Enum({ items: () => DonationKind, type: 'text' })
  kind!: DonationKind;

  @Field(() => DonationStatus, { description: '状态 — pledged, received, refunded or cancelled' })
  @Enum({ items: () => DonationStatus, type: 'text' })
  status!: DonationStatus;

  @Field(() => Fen, { description: '金额（分）— money, or the valuation of goods/services, in fen' })
  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '物资或服务说明 — what the goods or services are' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'text' })
  donorType!: DonorType;

  @Property({ type: 'uuid', nullable: true })
  donorRefId: string | null = null;

  @Property({ type: 'text' })
  donorName!: string;

  @Property({ type: 'uuid', nullable: true })
  donorAccountId: string | null = null;

  @Field({ description: '匿名 — the donor is hidden in public statements' })
  @Property({ type: 'boolean' })
  anonymous: boolean = false;

  @Property({ type: 'integer', nullable: true })
  receiptNo: number | null = null;

  @Field(() => String, { nullable: true, description: '收据编号 — receipt number (per fund, no gaps), once received' })
  @Property({ type: 'text', nullable: true })
  receiptNumber: string | null = null;

  @Field(() => Date, { nullable: true, description: '认捐时间 — when it was pledged' })
  @Property({ type: 'timestamptz', nullable: true })
  pledgedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '到账时间 — when it was received' })
  @Property({ type: 'timestamptz', nullable: true })
  receivedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '退回时间 — when it was refunded' })
  @Property({ type: 'timestamptz', nullable: true })
  refundedAt: Date | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '原因 — reason of a refund or cancellation' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  recordedByAccountId: string | null = null;
}
