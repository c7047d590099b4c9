// 议事会议: scheduled from the cadence or ad hoc, an agenda of topics, attendance, minutes and a
// closing report.
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { CouncilChannel, CouncilDocumentKind, CouncilMeetingKind, CouncilMeetingStatus } from './council.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('CouncilMeeting', { implements: Node, description: '议事会议 — a meeting of a council body' })
@Entity({ tableName: 'council_meeting' })
@Index({ properties: ['communityId', 'bodyId'] })
export class CouncilMeeting extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilMeeting', this.id);
  }

  @Property({ type: 'uuid' })
  bodyId!: string;

  @PersonalText()
  @Field({ description: '主题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => CouncilMeetingKind, { description: '类型 — scheduled (例会) or ad hoc' })
  @Enum({ items: () => CouncilMeetingKind, type: 'text' })
  kind!: CouncilMeetingKind;

  @Field(() => CouncilMeetingStatus, { description: '状态 — scheduled or closed' })
  @Enum({ items: () => CouncilMeetingStatus, type: 'text' })
  status: CouncilMeetingStatus = CouncilMeetingStatus.SCHEDULED;

  @Field(() => Date, { description: '召开时间 — when it is (was) held' })
  @Property({ type: 'timestamptz' })
  scheduledAt!: Date;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '会议纪要 — minutes' })
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '会议报告 — closing report' })
  @Property({ type: 'text', nullable: true })
  report: string | null = null;

  @Field(() => Date, { nullable: true, description: '闭会时间 — when it was closed' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;
}

@Entity({ tableName: 'council_agenda_item' })
@Unique({ properties: ['meetingId', 'topicId'] })
export class CouncilAgendaItem extends TenantEntity {
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'uuid' })
  topicId!: string;

  @Property({ type: 'smallint' })
  position!: number;
}

@ObjectType('CouncilAttendance', { description: '出席 — one person at a meeting' })
@Entity({ tableName: 'council_attendance' })
@Unique({ properties: ['meetingId', 'accountId'] })
export class CouncilAttendance extends TenantEntity {
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  @Property({ type: 'uuid', nullable: true })
  memberId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Field({ description: '姓名 — name as shown' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => CouncilChannel, { description: '方式 — in person (recorded by staff) or online' })
  @Enum({ items: () => CouncilChannel, type: 'text' })
  channel!: CouncilChannel;

  @Property({ type: 'uuid', nullable: true })
  recordedByAccountId: string | null = null;

  @Field({ description: '成员 — whether a member of the body' })
  get isMember(): boolean {
    return this.memberId !== null;
  }
}

@ObjectType('CouncilDocument', { implements: Node, description: '议事会文件 — a published 居民公约 or 议事规则, one version (never edited)' })
@Entity({ tableName: 'council_document' })
@Unique({ properties: ['bodyId', 'kind', 'version'] })
export class CouncilDocument extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilDocument', this.id);
  }

  @Property({ type: 'uuid' })
  bodyId!: string;

  @Field(() => CouncilDocumentKind, { description: '类型 — 居民公约 or 议事规则' })
  @Enum({ items: () => CouncilDocumentKind, type: 'text' })
  kind!: CouncilDocumentKind;

  @Field(() => Int, { description: '版本 — 1, 2, …; a new version supersedes, the old stays' })
  @Property({ type: 'integer' })
  version!: number;

  @PersonalText()
  @Field({ description: '标题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field({ description: '正文 — text' })
  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'uuid', nullable: true })
  publishedByAccountId: string | null = null;

  @Field(() => Date, { description: '发布时间 — when published' })
  get publishedAt(): Date {
    return this.createdAt;
  }
}
