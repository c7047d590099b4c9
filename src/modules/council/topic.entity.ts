// 议题 through the 五民 lifecycle, with its append-only history, comments, tasks and evaluations.
import { BigIntType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { CouncilChannel, CouncilTopicSource, CouncilTopicStatus } from './council.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('CouncilTopic', { implements: Node, description: '议题 — a matter raised for deliberation (民事民提 … 民事民评)' })
@Entity({ tableName: 'council_topic' })
@Index({ properties: ['communityId', 'bodyId', 'status'] })
export class CouncilTopic extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilTopic', this.id);
  }

  @Property({ type: 'uuid' })
  bodyId!: string;

  @PersonalText()
  @Field({ description: '标题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field({ description: '内容 — what is proposed and why' })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => CouncilTopicStatus, { description: '状态 — status in the 五民 lifecycle' })
  @Enum({ items: () => CouncilTopicStatus, type: 'text' })
  status: CouncilTopicStatus = CouncilTopicStatus.RAISED;

  @Field(() => CouncilTopicSource, { description: '来源 — raised by a resident or from a 期望单' })
  @Enum({ items: () => CouncilTopicSource, type: 'text' })
  source: CouncilTopicSource = CouncilTopicSource.RESIDENT;

  /** Id in the source module (the dispatch request), raw. */
  @Property({ type: 'uuid', nullable: true })
  sourceRef: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  raisedByAccountId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  raisedByHouseholdId: string | null = null;

  @Field(() => Int, { nullable: true, description: '申请资金（分）— money asked of the community fund if passed, in fen' })
  @Property({ type: new BigIntType('number'), nullable: true })
  fundRequestFen: number | null = null;

  @Field(() => String, { nullable: true, description: '资金用途 — purpose of the fund request' })
  @Property({ type: 'text', nullable: true })
  fundPurpose: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '不予受理理由 — why it was screened out' })
  @Property({ type: 'text', nullable: true })
  rejectReason: string | null = null;

  @Field(() => Date, { nullable: true, description: '决定时间 — when a decision was reached' })
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '办结时间 — when carrying out finished (民事民办 done)' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt: Date | null = null;

  @Field(() => Date, { description: '提出时间 — when it was raised' })
  get raisedAt(): Date {
    return this.createdAt;
  }
}

@ObjectType('CouncilTopicTransition', { description: "议题流转记录 — one step of a topic's history (append-only)" })
@Entity({ tableName: 'council_topic_transition' })
@Index({ properties: ['topicId', 'createdAt'] })
export class CouncilTopicTransition extends TenantEntity {
  @Property({ type: 'uuid' })
  topicId!: string;

  /** The body the topic was at when this happened (escalation: the body it left). */
  @Property({ type: 'uuid' })
  bodyId!: string;

  @Field({ description: '动作 — action, e.g. accept, openVote, escalate' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => CouncilTopicStatus, { nullable: true, description: '原状态 — status before (null when raised)' })
  @Enum({ items: () => CouncilTopicStatus, type: 'text', nullable: true })
  fromStatus: CouncilTopicStatus | null = null;

  @Field(() => CouncilTopicStatus, { description: '新状态 — status after' })
  @Enum({ items: () => CouncilTopicStatus, type: 'text' })
  toStatus!: CouncilTopicStatus;

  @Property({ type: 'uuid', nullable: true })
  actorAccountId: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — note, e.g. a reason' })
  @Property({ type: 'text', nullable: true })
  note: string | null = null;

  @Field(() => Date, { description: '时间 — when' })
  get at(): Date {
    return this.createdAt;
  }
}

@ObjectType('CouncilComment', { implements: Node, description: '议事发言 — a comment in the discussion (民事民议)' })
@Entity({ tableName: 'council_comment' })
@Index({ properties: ['topicId', 'id'] })
export class CouncilComment extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilComment', this.id);
  }

  @Property({ type: 'uuid' })
  topicId!: string;

  @Property({ type: 'uuid' })
  authorAccountId!: string;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Field({ description: '署名 — author name as shown' })
  @Property({ type: 'text' })
  authorName!: string;

  @PersonalText()
  @Field({ description: '内容 — text' })
  @Property({ type: 'text' })
  text!: string;

  @Field(() => CouncilChannel, { description: '方式 — online or recorded at a meeting' })
  @Enum({ items: () => CouncilChannel, type: 'text' })
  channel: CouncilChannel = CouncilChannel.ONLINE;

  @Field(() => Date, { description: '时间 — when' })
  get postedAt(): Date {
    return this.createdAt;
  }

  @Field(() => Date, { nullable: true, description: '隐藏时间 — when a moderator hid it (null: shown); hidden comments are listed to moderators only' })
  @Property({ type: 'timestamptz', nullable: true })
  hiddenAt: Date | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '隐藏理由 — the moderator’s reason (null: shown)' })
  @Property({ type: 'text', nullable: true })
  hiddenReason: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  hiddenByAccountId: string | null = null;
}

/** 发言管理记录: every hide and restore of a comment, with its reason; append-only. */
@ObjectType('CouncilModerationEntry', { description: '发言管理记录 — a comment hidden or restored, by whom, why' })
@Entity({ tableName: 'council_moderation' })
@Index({ properties: ['communityId', 'commentId'] })
export class CouncilModerationEntry extends TenantEntity {
  @Property({ type: 'uuid' })
  commentId!: string;

  @Field({ description: '操作 — HIDE or RESTORE' })
  @Property({ type: 'text' })
  action!: 'HIDE' | 'RESTORE';

  @PersonalText()
  @Field({ description: '理由 — the reason given' })
  @Property({ type: 'text' })
  moderationReason!: string;

  @Property({ type: 'uuid' })
  actorAccountId!: string;

  @Field(() => Date, { description: '时间 — when' })
  get at(): Date {
    return this.createdAt;
  }
}

@ObjectType('CouncilTask', { implements: Node, description: '办理事项 — a task carrying out a decision (民事民办)' })
@Entity({ tableName: 'council_task' })
export class CouncilTask extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilTask', this.id);
  }

  @Property({ type: 'uuid' })
  topicId!: string;

  @PersonalText()
  @Field({ description: '事项 — what is to be done' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: '责任人 — owner, as shown' })
  @Property({ type: 'text' })
  ownerName!: string;

  @Property({ type: 'uuid', nullable: true })
  ownerAccountId: string | null = null;

  @Field({ description: '期限 — deadline (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  dueOn!: string;

  @Field(() => Date, { nullable: true, description: '完成时间 — when it was done' })
  @Property({ type: 'timestamptz', nullable: true })
  doneAt: Date | null = null;
}

@ObjectType('CouncilEvaluation', { description: "评议 — a resident's evaluation of the outcome (民事民评)" })
@Entity({ tableName: 'council_evaluation' })
export class CouncilEvaluation extends TenantEntity {
  @Property({ type: 'uuid' })
  topicId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Field(() => Int, { description: '满意度 — rating 1 (poor) to 5 (very satisfied)' })
  @Property({ type: 'smallint' })
  rating!: number;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '意见 — comment' })
  @Property({ type: 'text', nullable: true })
  comment: string | null = null;
}
