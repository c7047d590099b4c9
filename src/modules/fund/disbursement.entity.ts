// 支出申请: amount, purpose, payee and links → committee approvals (and a council vote above the
// threshold) → paid with a payment reference, or rejected/cancelled with a reason.
import { ArrayType, BigIntType, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { DisbursementStatus } from './fund.enums';
import { Fen } from '../../schema/fen.scalar';
import { PersonalText } from '../../schema/free-text';

@ObjectType('FundDisbursement', { implements: Node, description: '支出申请 — a disbursement request against a fund' })
@Entity({ tableName: 'fund_disbursement' })
export class FundDisbursement extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('FundDisbursement', this.id);
  }

  @Property({ type: 'uuid' })
  fundId!: string;

  @PersonalText()
  @Field({ description: '事由 — title of the request' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — details' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field({ description: '用途 — purpose key (一老一小, special-group aid, a project …)' })
  @Property({ type: 'text' })
  purpose!: string;

  @Field(() => Fen, { description: '金额（分）— amount in fen' })
  @Property({ type: new BigIntType('number') })
  amountFen!: number;

  @Field({ description: '收款方 — payee' })
  @Property({ type: 'text' })
  payee!: string;

  @Property({ type: 'uuid' })
  requesterAccountId!: string;

  @Field(() => DisbursementStatus, { description: '状态 — state of the request' })
  @Enum({ items: () => DisbursementStatus, type: 'text' })
  status: DisbursementStatus = DisbursementStatus.REQUESTED;

  @Field(() => Int, { description: '所需批准数 — committee approvals required (fixed when requested)' })
  @Property({ type: 'integer' })
  approvalsRequired!: number;

  @Field(() => Int, { description: '已批准数 — committee approvals given' })
  @Property({ type: 'integer' })
  approvalsCount: number = 0;

  @Field({ description: '需议事会表决 — a council vote must pass as well (above the threshold)' })
  @Property({ type: 'boolean' })
  councilRequired: boolean = false;

  @Property({ type: 'uuid', nullable: true })
  councilTopicId: string | null = null;

  @Field(() => String, { nullable: true, description: '议事会表决结果 — PASSED or FAILED once the council decided' })
  @Property({ type: 'text', nullable: true })
  councilDecision: string | null = null;

  @Field(() => String, { nullable: true, description: '关联项目 — linked project reference' })
  @Property({ type: 'text', nullable: true })
  projectRef: string | null = null;

  @Field(() => String, { nullable: true, description: '关联帮扶个案 — linked special-care case reference' })
  @Property({ type: 'text', nullable: true })
  careCaseRef: string | null = null;

  @Field(() => [String], { description: '附件 — attachments by reference (file keys or URLs)' })
  @Property({ type: ArrayType })
  attachments: string[] = [];

  @PersonalText()
  @Field(() => String, { nullable: true, description: '原因 — reason of a rejection or cancellation' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  decidedByAccountId: string | null = null;

  @Field(() => Date, { nullable: true, description: '决定时间 — when it was rejected or cancelled' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => String, { nullable: true, description: '支付凭证号 — payment reference (bank transfer number …)' })
  @Property({ type: 'text', nullable: true })
  paymentReference: string | null = null;

  @Field(() => Date, { nullable: true, description: '支付时间 — when it was paid' })
  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  paidByAccountId: string | null = null;

  @Field(() => Date, { description: '申请时间 — when it was requested' })
  get requestedAt(): Date {
    return this.createdAt;
  }
}

@Entity({ tableName: 'fund_approval' })
@Unique({ properties: ['disbursementId', 'approverAccountId'] })
export class FundApproval extends TenantEntity {
  @Property({ type: 'uuid' })
  disbursementId!: string;

  @Property({ type: 'uuid' })
  approverAccountId!: string;
}
