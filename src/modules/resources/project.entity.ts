// 项目清单: a need matched with one or more resources becomes a project with an owner, a budget,
// milestones and, optionally, a disbursement from the community fund (learnt from its events).
import { BigIntType, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Fen } from '../../schema/fen.scalar';
import { FundingStatus, ProjectStatus } from './resources.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('ResourcesProject', { implements: Node, description: '项目 — one entry of the 项目清单 (e.g. 民生微实事)' })
@Entity({ tableName: 'resources_project' })
export class ResourcesProject extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('ResourcesProject', this.id);
  }

  @Property({ type: 'uuid' })
  needId!: string;

  @PersonalText()
  @Field({ description: '项目名称 — title' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'uuid' })
  ownerAccountId!: string;

  @Field(() => Fen, { description: '预算（分）— budget in fen' })
  @Property({ type: new BigIntType('number') })
  budgetFen: number = 0;

  @Field(() => ProjectStatus, { description: '状态 — state' })
  @Enum({ items: () => ProjectStatus, type: 'text' })
  status: ProjectStatus = ProjectStatus.PLANNED;

  @Field(() => Date, { nullable: true, description: '开始时间 — when it started' })
  @Property({ type: 'timestamptz', nullable: true })
  startedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '完成时间 — when it was done' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt: Date | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '撤销原因 — why it was cancelled' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => FundingStatus, { description: '资金申请状态 — the fund disbursement, as the fund reported it' })
  @Enum({ items: () => FundingStatus, type: 'text' })
  fundingStatus: FundingStatus = FundingStatus.NONE;

  @Property({ type: 'uuid', nullable: true })
  fundingDisbursementId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  fundingFundId: string | null = null;

  @Field(() => Fen, { description: '申请金额（分）— amount requested from the fund' })
  @Property({ type: new BigIntType('number') })
  fundingAmountFen: number = 0;

  @Field(() => String, { nullable: true, description: "未受理原因 — the fund's error code when it refused the request" })
  @Property({ type: 'text', nullable: true })
  fundingError: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdByAccountId: string | null = null;
}

@ObjectType('ResourcesProjectResource', { description: '项目资源 — a resource committed to a project' })
@Entity({ tableName: 'resources_project_resource' })
@Unique({ properties: ['projectId', 'resourceId'] })
export class ResourcesProjectResource extends TenantEntity {
  @Property({ type: 'uuid' })
  projectId!: string;

  @Property({ type: 'uuid' })
  resourceId!: string;

  @Field(() => Int, { nullable: true, description: "数量 — quantity committed (in the resource's unit)" })
  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Field(() => Fen, { description: '价值（分）— value committed in fen' })
  @Property({ type: new BigIntType('number') })
  valueFen: number = 0;
}

@ObjectType('ResourcesMilestone', { implements: Node, description: '里程碑 — a milestone of a project' })
@Entity({ tableName: 'resources_milestone' })
export class ResourcesMilestone extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('ResourcesMilestone', this.id);
  }

  @Property({ type: 'uuid' })
  projectId!: string;

  @PersonalText()
  @Field({ description: '名称 — title' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => String, { nullable: true, description: '计划日期 — due date' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;

  @Field(() => Int, { description: '顺序 — position in the project' })
  @Property({ type: 'integer' })
  position: number = 0;

  @Field(() => Date, { nullable: true, description: '完成时间 — when it was marked done (null: undone)' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt: Date | null = null;

  @Field({ description: '已完成 — done' })
  get done(): boolean {
    return this.doneAt != null;
  }
}
