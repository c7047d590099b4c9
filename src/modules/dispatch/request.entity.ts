// 民需: a service request and its timeline. Nothing is ever deleted: requests end CLOSED,
// CANCELLED, REJECTED or MERGED with a reason, and every step is a row of the log.
import { ArrayType, Entity, Enum, JsonType, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PARTY_ESCALATION_TARGET_TYPE } from './party.lookups';
import { DispatchChannel, DispatchRoute, EscalationTarget, ServiceRequestStatus } from './dispatch.enums';
import { PersonalText } from '../../schema/free-text';

// simpleResolvers: its plain fields are property reads (a board page reads ten per row); field
// resolvers and their checks are unaffected.
@ObjectType('ServiceRequest', { implements: Node, description: '民需 — a service request (收·分·跟·结·评)', simpleResolvers: true })
@Entity({ tableName: 'dispatch_request' })
export class ServiceRequest extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('ServiceRequest', this.id);
  }

  @Field({ description: '类别（单型）— kind key from settings, e.g. routine 常规单, wish 心愿单, expectation 期望单' })
  @Property({ type: 'text' })
  kind!: string;

  @Field({ description: '分类 — category key from settings' })
  @Property({ type: 'text' })
  category!: string;

  // The requester wrote it: they see their own numbers; others need core.resident.readPersonal.
  @PersonalText<ServiceRequest>({ author: (r) => r.requesterAccountId })
  @Field({ description: '标题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText<ServiceRequest>({ author: (r) => r.requesterAccountId })
  @Field({ description: '描述 — description' })
  @Property({ type: 'text' })
  description!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '地址 — free address when no household is given' })
  @Property({ type: 'text', nullable: true })
  address: string | null = null;

  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84) it was filed with, e.g. through 12345 / Open311; null when none' })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84), set together with the latitude' })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  /** Filed through Open311: the integrator's API key and its Idempotency-Key (with a digest of the form sent). */
  @Property({ type: 'uuid', nullable: true }) intakeApiKeyId: string | null = null;
  @Property({ type: 'text', nullable: true }) intakeKey: string | null = null;
  @Property({ type: 'text', nullable: true }) intakeDigest: string | null = null;

  @Field(() => [String], { description: '附件 — attachment references (URLs or storage keys)' })
  /**
   * Attachment references stored before uploads existed (any text a client sent): never fetched,
   * checked or re-encoded by the server, so shown as plain text only (ServiceRequest.legacyAttachments).
   */
  @Property({ type: ArrayType })
  legacyAttachments: string[] = [];

  // The base entity's column, exposed here (the bases declare no GraphQL fields); re-declared with
  // the same default because a subclass field re-initialises it.
  @Field(() => Date, { description: '提交时间 — when the request was filed (lists sort and filter on it)' })
  @Property({ type: 'timestamptz' })
  override createdAt: Date = new Date();

  @Field(() => DispatchChannel, { description: '渠道 — channel it arrived by' })
  @Enum({ items: () => DispatchChannel, type: 'text' })
  channel!: DispatchChannel;

  @Field(() => ServiceRequestStatus, { description: '状态 — current state' })
  @Enum({ items: () => ServiceRequestStatus, type: 'text' })
  status: ServiceRequestStatus = ServiceRequestStatus.SUBMITTED;

  @Property({ type: 'uuid', nullable: true }) householdId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) gridUnitId: string | null = null;
  /** Grid unit ids from the root down to gridUnitId (boards of a parent grid see it). */
  @Property({ type: ArrayType }) gridPath: string[] = [];
  @Property({ type: 'uuid', nullable: true }) requesterResidentId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) requesterAccountId: string | null = null;
  @Property({ type: 'uuid' }) filedByAccountId!: string;
  /** The grid visit finding it was filed from (入户走访, channel GRID_VISIT). */
  @Property({ type: 'uuid', nullable: true }) sourceFindingId: string | null = null;

  @Field({ description: "代为登记 — filed by staff on the resident's behalf" })
  @Property({ type: 'boolean' })
  onBehalf: boolean = false;

  @Field(() => DispatchRoute, { nullable: true, description: '派单路径 — the "3+2" route chosen at dispatch' })
  @Enum({ items: () => DispatchRoute, type: 'text', nullable: true })
  route: DispatchRoute | null = null;

  /** Roles that may claim while OPEN (from the route's takers in settings). */
  @Property({ type: ArrayType })
  poolRoles: string[] = [];

  @Property({ type: 'uuid', nullable: true }) takerAccountId: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: '接单人 — display name of the taker',
    deprecationReason: '改用 taker — use `taker { displayName }`: the member as an object',
  })
  @Property({ type: 'text', nullable: true })
  takerName: string | null = null;

  /** 协办: [{ type: 'SocialWorker' | 'SocialOrganization', id }] */
  @Property({ type: JsonType })
  assistants: { type: string; id: string }[] = [];

  @Field(() => EscalationTarget, { nullable: true, description: '上报对象 — department or 书记工作室' })
  @Enum({ items: () => EscalationTarget, type: 'text', nullable: true })
  escalationTarget: EscalationTarget | null = null;

  @Field(() => String, { nullable: true, description: '上报部门 — the department (街道吹哨、部门报到)' })
  @Property({ type: 'text', nullable: true })
  escalatedTo: string | null = null;

  /** The party module's escalation target (raw id) when escalated to one; null for the settings' departments. */
  @Property({ type: 'uuid', nullable: true })
  escalationTargetId: string | null = null;

  @Field(() => ID, {
    nullable: true,
    description: '吹哨对象 — the party escalation target (PartyEscalationTarget id) it went to; null for a settings department or the 书记工作室',
    deprecationReason: '改用 escalatedToPartyTarget — use `escalatedToPartyTarget { id name }`: the target as an object',
  })
  get escalatedToTarget(): string | null {
    return this.escalationTargetId ? toGlobalId(PARTY_ESCALATION_TARGET_TYPE, this.escalationTargetId) : null;
  }

  @PersonalText()
  @Field(() => String, { nullable: true, description: "部门答复 — the department's answer" })
  @Property({ type: 'text', nullable: true })
  escalationAnswer: string | null = null;

  @Field(() => Date, { nullable: true, description: '办理时限 — deadline from the kind/category settings' })
  @Property({ type: 'timestamptz', nullable: true })
  dueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '超期标记时间 — when it was flagged overdue' })
  @Property({ type: 'timestamptz', nullable: true })
  overdueAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '派单时间 — when dispatched' })
  @Property({ type: 'timestamptz', nullable: true })
  dispatchedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '接单时间 — when a taker took it' })
  @Property({ type: 'timestamptz', nullable: true })
  takenAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '办结时间 — when resolved' })
  @Property({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '关闭时间 — when closed, cancelled, rejected or merged' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: "办理结果 — the taker's result" })
  @Property({ type: 'text', nullable: true })
  result: string | null = null;

  @Property({ type: 'int', nullable: true }) minutesSpent: number | null = null;

  @Field(() => Int, { nullable: true, description: "评分 — the requester's rating 1–5" })
  @Property({ type: 'smallint', nullable: true })
  rating: number | null = null;

  @Field(() => String, { nullable: true, description: "评价 — the requester's comment" })
  @Property({ type: 'text', nullable: true })
  ratingComment: string | null = null;

  @Field(() => String, { nullable: true, description: '关闭原因 — reason of a cancel, reject or merge' })
  @Property({ type: 'text', nullable: true })
  closeReason: string | null = null;

  @Property({ type: 'uuid', nullable: true }) mergedIntoId: string | null = null;

  /** Reminder thresholds already sent for the current deadline, e.g. `before:24`, `overdue:24`. */
  @Property({ type: ArrayType })
  remindersSent: string[] = [];

  @Field(() => Int, { description: '重启次数 — how often the requester reopened it' })
  @Property({ type: 'int' })
  reopenCount: number = 0;
}

@ObjectType('ServiceRequestLogEntry', { description: "办理记录 — one step of a request's timeline (every step timestamped)" })
@Entity({ tableName: 'dispatch_log' })
export class DispatchLogEntry extends TenantEntity {
  @Property({ type: 'uuid' }) requestId!: string;

  @Field({ description: '动作 — transition name, e.g. assign, claim, note, resolve' })
  @Property({ type: 'text' })
  action!: string;

  @Field(() => ServiceRequestStatus, { description: '原状态 — state before' })
  @Enum({ items: () => ServiceRequestStatus, type: 'text' })
  fromStatus!: ServiceRequestStatus;

  @Field(() => ServiceRequestStatus, { description: '新状态 — state after' })
  @Enum({ items: () => ServiceRequestStatus, type: 'text' })
  toStatus!: ServiceRequestStatus;

  @Property({ type: 'uuid', nullable: true }) actorAccountId: string | null = null;

  @Field(() => String, { nullable: true, description: '操作人角色 — REQUESTER, DISPATCHER, TAKER, POOL or SYSTEM' })
  @Property({ type: 'text', nullable: true })
  actorRole: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — note, reason or answer' })
  @Property({ type: 'text', nullable: true })
  body: string | null = null;

  @Field(() => Date, { description: '时间 — when' })
  get at(): Date {
    return this.createdAt;
  }
}
