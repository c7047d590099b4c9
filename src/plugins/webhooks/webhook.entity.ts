// Webhook endpoints (回调地址) of a community and their delivery log (投递记录). The signing
// secrets are sealed at rest (AES-GCM with the personal-data keys) and never exposed through
// GraphQL: the new one is returned once, at creation or rotation.
import { ArrayType, Entity, Enum, Index, JsonType, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';

@ObjectType('WebhookEndpoint', {
  implements: Node,
  description: '回调地址 — a URL of an integrator that receives the community’s events, signed per Standard Webhooks',
})
@Entity({ tableName: 'webhook_endpoint' })
export class WebhookEndpoint extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('WebhookEndpoint', this.id);
  }

  @Field({ description: '地址 — the target URL (http or https)' })
  @Property({ type: 'text' })
  url!: string;

  @Field({ description: '说明 — what the endpoint is for' })
  @Property({ type: 'text' })
  description: string = '';

  @Field(() => [String], { description: '事件类型 — event types delivered (empty: every type the endpoint may see)' })
  @Property({ type: ArrayType })
  eventTypes: string[] = [];

  @Field(() => [String], { description: '权限 — permissions the payloads are resolved under: an event is delivered only when its permission is here' })
  @Property({ type: ArrayType })
  permissions: string[] = [];

  @Property({ type: 'text', hidden: true })
  secret!: string;

  /** The secret before the last rotation, still signing beside the new one until `previousSecretExpiresAt`. */
  @Property({ type: 'text', nullable: true, hidden: true })
  previousSecret: string | null = null;

  @Field(() => Date, { nullable: true, description: '旧密钥失效时间 — until when the secret before the last rotation still signs too' })
  @Property({ type: 'timestamptz', nullable: true })
  previousSecretExpiresAt: Date | null = null;

  @Field({ description: '启用 — deliveries are sent (false after delivery kept failing, or when switched off)' })
  @Property({ type: 'boolean' })
  enabled: boolean = true;

  @Field(() => String, { nullable: true, description: '停用原因 — why the endpoint was disabled' })
  @Property({ type: 'text', nullable: true })
  disabledReason: string | null = null;

  @Field(() => Date, { nullable: true, description: '停用时间 — when it was disabled' })
  @Property({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Field(() => Date, { description: '创建时间 — when the endpoint was created' })
  get created(): Date {
    return this.createdAt;
  }
}

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  DELIVERED = 'DELIVERED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description: '投递状态 — state of a webhook delivery',
  valuesConfig: {
    PENDING: { description: '待投递 — not yet accepted by the receiver; retried with backoff' },
    DELIVERED: { description: '已送达 — the receiver answered 2xx' },
    FAILED: { description: '投递失败 — given up after the retry window; the endpoint was disabled' },
  },
});

@ObjectType('WebhookDelivery', { implements: Node, description: '投递记录 — one event sent (or to send) to one endpoint, with its attempts' })
@Entity({ tableName: 'webhook_delivery' })
@Index({ properties: ['endpointId', 'id'] })
export class WebhookDelivery extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('WebhookDelivery', this.id);
  }

  @Property({ type: 'uuid' })
  endpointId!: string;

  @Field({ description: '消息编号 — the webhook-id header; the same on every attempt and redelivery' })
  @Property({ type: 'text' })
  messageId!: string;

  @Field({ description: '事件类型 — e.g. dispatch.RequestCreated' })
  @Property({ type: 'text' })
  eventType!: string;

  @Field({ description: '事件游标 — the event’s position in the change feed' })
  @Property({ type: 'bigint' })
  eventSeq!: string;

  /** Deliveries of one queue (endpoint + subject) are sent in order. */
  @Property({ type: 'text' })
  queue!: string;

  @Field(() => GraphQLJSONObject, { description: '内容 — the signed JSON body (ids, types and data; never personal data)' })
  @Property({ type: JsonType })
  payload!: Record<string, unknown>;

  @Field(() => WebhookDeliveryStatus, { description: '状态 — pending, delivered or failed' })
  @Enum({ items: () => WebhookDeliveryStatus })
  status: WebhookDeliveryStatus = WebhookDeliveryStatus.PENDING;

  @Field(() => Int, { description: '尝试次数 — attempts made so far' })
  @Property({ type: 'int' })
  attempts: number = 0;

  @Field(() => Int, { nullable: true, description: 'HTTP 状态 — the receiver’s status code at the last attempt (null: no answer)' })
  @Property({ type: 'int', nullable: true })
  lastStatus: number | null = null;

  @Field(() => Int, { nullable: true, description: '耗时 — milliseconds the last attempt took' })
  @Property({ type: 'int', nullable: true })
  lastLatencyMs: number | null = null;

  @Field(() => String, { nullable: true, description: '错误 — why the last attempt failed (status or network error)' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => Date, { nullable: true, description: '下次尝试 — when the next attempt is due (null when none is)' })
  @Property({ type: 'timestamptz', nullable: true })
  nextAttemptAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '首次尝试 — when it was first attempted' })
  @Property({ type: 'timestamptz', nullable: true })
  firstAttemptAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '送达时间 — when the receiver accepted it' })
  @Property({ type: 'timestamptz', nullable: true })
  deliveredAt: Date | null = null;

  @Field(() => Date, { description: '创建时间 — when the delivery was queued' })
  get created(): Date {
    return this.createdAt;
  }
}
