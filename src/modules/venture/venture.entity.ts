// 公益创投: a call for proposals with its budget, window, weighted criteria and review panel;
// social organizations' applications with milestones whose amounts add up to the requested
// budget; the panel's scores (one per reviewer, application and criterion).
import { ArrayType, BigIntType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Fen } from '../../schema/fen.scalar';
import { PersonalText } from '../../schema/free-text';
import { ApplicationStatus, CallStatus, MilestoneStatus } from './venture.enums';
import type { Criterion } from './venture.policy';

@ObjectType('VentureCriterion', { description: '评分项 — a scoring criterion with its weight' })
export class VentureCriterion implements Criterion {
  @Field({ description: '键 — key, unique within the call' }) key!: string;
  @Field({ description: '名称 — name, e.g. 需求契合度' }) name!: string;
  @Field(() => Int, { description: '权重 — relative weight (e.g. percent)' }) weight!: number;
}

@ObjectType('VentureCall', { implements: Node, description: '公益创投 — a call for proposals of social organizations, paid from a community fund' })
@Entity({ tableName: 'venture_call' })
export class VentureCall extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VentureCall', this.id);
  }
  @PersonalText() @Field({ description: '名称 — title, e.g. 2026年度社区公益创投' }) @Property({ type: 'text' }) title!: string;
  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — description of what the call funds' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
  @Property({ type: 'uuid' }) fundId!: string;
  @Field({ description: '资金用途 — purpose key of the fund the milestones are paid for' }) @Property({ type: 'text' }) purpose!: string;
  @Field(() => Fen, { description: '资助总额（分）— total budget of the call in fen' })
  @Property({ type: new BigIntType('number') })
  totalBudgetFen!: number;
  @Field(() => Fen, { description: '单项上限（分）— most one application may request, in fen' })
  @Property({ type: new BigIntType('number') })
  ceilingFen!: number;
  @Field({ description: '申报开始 — applications open at' }) @Property({ type: 'timestamptz' }) opensAt!: Date;
  @Field({ description: '申报截止 — applications close at' }) @Property({ type: 'timestamptz' }) closesAt!: Date;
  @Field(() => [VentureCriterion], { description: '评分项 — scoring criteria with weights' })
  @Property({ type: 'json' })
  criteria!: VentureCriterion[];
  /** Accounts on the review panel. */
  @Property({ type: ArrayType }) panelAccountIds: string[] = [];
  @Field(() => CallStatus, { description: '状态 — state' })
  @Enum({ items: () => CallStatus, type: 'text' })
  status: CallStatus = CallStatus.OPEN;
  @Property({ type: 'uuid', nullable: true }) createdByAccountId: string | null = null;
  @Field(() => Date, { nullable: true, description: '评定时间 — when the projects were awarded' })
  @Property({ type: 'timestamptz', nullable: true })
  awardedAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) awardedByAccountId: string | null = null;
  @PersonalText()
  @Field(() => String, { nullable: true, description: '评定说明 — reason recorded with the award' })
  @Property({ type: 'text', nullable: true })
  awardReason: string | null = null;
  @Field(() => Fen, { nullable: true, description: '立项总额（分）— sum awarded, in fen' })
  @Property({ type: new BigIntType('number'), nullable: true })
  awardedFen: number | null = null;
}

@ObjectType('VentureApplication', { implements: Node, description: '创投申报 — a social organization’s application to a call' })
@Entity({ tableName: 'venture_application' })
export class VentureApplication extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VentureApplication', this.id);
  }
  @Property({ type: 'uuid' }) callId!: string;
  @Property({ type: 'uuid' }) organizationId!: string;
  @Property({ type: 'uuid' }) applicantAccountId!: string;
  @PersonalText() @Field({ description: '项目名称 — project title' }) @Property({ type: 'text' }) title!: string;
  @PersonalText()
  @Field({ description: '项目概述 — what the project does, for whom' })
  @Property({ type: 'text' })
  summary!: string;
  @Field(() => Fen, { description: '申请金额（分）— requested budget in fen' })
  @Property({ type: new BigIntType('number') })
  requestedFen!: number;
  @Field(() => ApplicationStatus, { description: '状态 — state' })
  @Enum({ items: () => ApplicationStatus, type: 'text' })
  status: ApplicationStatus = ApplicationStatus.SUBMITTED;
  /** Weighted mean fixed at the award (numeric in the database). */
  @Property({ type: 'decimal', nullable: true }) score: string | null = null;
  @Field(() => Int, { nullable: true, description: '排名 — rank in the call at the award' })
  @Property({ type: 'integer', nullable: true })
  rank: number | null = null;
}

@ObjectType('VentureMilestone', { implements: Node, description: '项目节点 — a milestone of an application, paid by the fund once done' })
@Entity({ tableName: 'venture_milestone' })
export class VentureMilestone extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VentureMilestone', this.id);
  }
  @Property({ type: 'uuid' }) applicationId!: string;
  @Field(() => Int, { description: '序号 — order within the application, from 1' }) @Property({ type: 'integer' }) seq!: number;
  @PersonalText() @Field({ description: '节点名称 — title' }) @Property({ type: 'text' }) title!: string;
  @Field(() => Fen, { description: '节点金额（分）— amount paid at this milestone, in fen' })
  @Property({ type: new BigIntType('number') })
  amountFen!: number;
  @Field(() => String, { nullable: true, description: '计划日期 — due date (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;
  @Field(() => MilestoneStatus, { description: '状态 — state' })
  @Enum({ items: () => MilestoneStatus, type: 'text' })
  status: MilestoneStatus = MilestoneStatus.PLANNED;
  @PersonalText()
  @Field(() => String, { nullable: true, description: '完成情况 — what the organization reported done' })
  @Property({ type: 'text', nullable: true })
  report: string | null = null;
  @Field(() => Date, { nullable: true, description: '报完成时间 — when it was reported done' })
  @Property({ type: 'timestamptz', nullable: true })
  reportedAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) disbursementId: string | null = null;
  @Field(() => String, { nullable: true, description: '拨付未成 — why the last payment request came back (the fund’s code, REJECTED or CANCELLED)' })
  @Property({ type: 'text', nullable: true })
  paymentError: string | null = null;
  @Field(() => Date, { nullable: true, description: '拨付时间 — when the fund paid' })
  @Property({ type: 'timestamptz', nullable: true })
  paidAt: Date | null = null;
}

/** One reviewer's score of one criterion of one application (never shown per reviewer). */
@Entity({ tableName: 'venture_score' })
export class VentureScore extends TenantEntity {
  @Property({ type: 'uuid' }) applicationId!: string;
  @Property({ type: 'uuid' }) reviewerAccountId!: string;
  @Property({ type: 'text' }) criterion!: string;
  @Property({ type: 'integer' }) score!: number;
  @Property({ type: 'text', nullable: true }) comment: string | null = null;
}
