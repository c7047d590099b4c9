// 站内通知 (in-app notifications) of an account in a community, written by the kernel's consumer
// of modules' events under their manifests' rules, and their deliveries on other channels
// (WeChat subscription messages, SMS). One notification per (account, event, rule): an event
// delivered twice notifies once.
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';

@ObjectType('Notification', { implements: Node, description: '站内通知 — something that happened to you or your household' })
@Entity({ tableName: 'notification' })
@Unique({ properties: ['accountId', 'eventSeq', 'ruleKey'] })
@Index({ properties: ['communityId', 'accountId', 'id'] })
export class Notification extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('Notification', this.id);
  }

  @Property({ type: 'uuid' })
  accountId!: string;

  /** Outbox cursor of the event that caused it. */
  @Property({ type: 'bigint' })
  eventSeq!: string;

  /** `<module>.<rule key>` of the manifest rule. */
  @Field({ description: '规则 — the module rule that sent it, e.g. dispatch.requestResolved' })
  @Property({ type: 'text' })
  ruleKey!: string;

  @Field({ description: '事件类型 — the event behind it, e.g. dispatch.RequestResolved' })
  @Property({ type: 'text' })
  eventType!: string;

  /** Fixed texts of the rule (zh-CN) as they were when it was sent; read in the caller's language while the rule exists. */
  @Property({ type: 'text' })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  @Field(() => String, { nullable: true, description: '对象类型 — GraphQL type of the subject (e.g. ServiceRequest)' })
  @Property({ type: 'text', nullable: true })
  subjectType: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  subjectId: string | null = null;

  @Field(() => Date, { nullable: true, description: '已读时间 — when it was read; null while unread' })
  @Property({ type: 'timestamptz', nullable: true })
  readAt: Date | null = null;

  @Field(() => Date, { description: '发送时间 — when it was sent' })
  get sentAt(): Date {
    return this.createdAt;
  }
}

export enum NotificationDeliveryStatus {
  PENDING = 'PENDING',
  SENT = 'SENT',
  FAILED = 'FAILED',
  SKIPPED = 'SKIPPED',
}
registerEnumType(NotificationDeliveryStatus, {
  name: 'NotificationDeliveryStatus',
  description: '推送状态 — state of a notification on a channel beyond in-app',
  valuesConfig: {
    PENDING: { description: '待推送 — not yet accepted by the provider; retried by the job queue' },
    SENT: { description: '已推送 — the provider accepted it' },
    FAILED: { description: '推送失败 — refused for good by the provider, or retries exhausted' },
    SKIPPED: { description: '未推送 — the account has no address on this channel (no WeChat binding, no phone)' },
  },
});

@ObjectType('NotificationDelivery', { description: '推送记录 — a notification sent on a channel beyond in-app' })
@Entity({ tableName: 'notification_delivery' })
@Unique({ properties: ['notificationId', 'channel'] })
export class NotificationDelivery extends TenantEntity {
  @Property({ type: 'uuid' })
  notificationId!: string;

  @Field({ description: '渠道 — channel key, e.g. wechat, sms' })
  @Property({ type: 'text' })
  channel!: string;

  @Field(() => NotificationDeliveryStatus, { description: '状态 — where the delivery stands' })
  @Enum({ items: () => NotificationDeliveryStatus })
  status: NotificationDeliveryStatus = NotificationDeliveryStatus.PENDING;

  @Field(() => Int, { description: '尝试次数 — attempts so far' })
  @Property({ type: 'int' })
  attempts: number = 0;

  @Field(() => String, { nullable: true, description: '错误 — the provider’s last error code and message' })
  @Property({ type: 'text', nullable: true })
  lastError: string | null = null;

  @Field(() => String, { nullable: true, description: '回执 — the provider’s message id (msgid, SerialNo)' })
  @Property({ type: 'text', nullable: true })
  providerMessageId: string | null = null;
}

/**
 * An account's address on a channel that needs one bound (the WeChat openid of the mini-program's
 * user, from `wx.login`'s code). Per account, not per community: one person, one openid per app.
 * Sealed at rest with the personal-data keys.
 */
@Entity({ tableName: 'notification_channel_binding' })
@Unique({ properties: ['accountId', 'channel'] })
export class NotificationChannelBinding {
  @Property({ type: 'uuid', primary: true })
  accountId!: string;

  @Property({ type: 'text', primary: true })
  channel!: string;

  @Property({ type: 'text' })
  address!: string;

  @Property({ type: 'timestamptz' })
  boundAt: Date = new Date();
}
