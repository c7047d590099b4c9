// 联席会议: convened by the chairing unit of its month, with the member units' attendance, the
// minutes and the decisions taken (each optionally owned by a unit, with a due date).
import { Entity, Enum, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PartyMeetingStatus } from './party.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('PartyMeeting', { implements: Node, description: '联席会议 — a joint meeting of the member units, convened by the chairing unit' })
@Entity({ tableName: 'party_meeting' })
@Index({ properties: ['communityId', 'scheduledAt'] })
export class PartyMeeting extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PartyMeeting', this.id);
  }

  @Property({ type: 'uuid' })
  conveningUnitId!: string;

  @PersonalText()
  @Field({ description: '会议主题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Date, { description: '召开时间 — when it is (was) held' })
  @Property({ type: 'timestamptz' })
  scheduledAt!: Date;

  @Field(() => String, { nullable: true, description: '地点 — place' })
  @Property({ type: 'text', nullable: true })
  location: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '议程 — agenda' })
  @Property({ type: 'text', nullable: true })
  agenda: string | null = null;

  @Field(() => PartyMeetingStatus, { description: '状态 — scheduled, held or cancelled' })
  @Enum({ items: () => PartyMeetingStatus, type: 'text' })
  status: PartyMeetingStatus = PartyMeetingStatus.SCHEDULED;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '会议纪要 — minutes' })
  @Property({ type: 'text', nullable: true })
  minutes: string | null = null;

  @Field(() => Date, { nullable: true, description: '纪要时间 — when the minutes were recorded' })
  @Property({ type: 'timestamptz', nullable: true })
  heldAt: Date | null = null;
}

@ObjectType('PartyMeetingAttendance', { description: "出席单位 — one member unit's attendance at a joint meeting" })
@Entity({ tableName: 'party_meeting_attendance' })
@Unique({ properties: ['meetingId', 'unitId'] })
export class PartyMeetingAttendance extends TenantEntity {
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Property({ type: 'uuid' })
  unitId!: string;

  @Field({ description: '出席 — present (false: excused or absent)' })
  @Property({ type: 'boolean' })
  present!: boolean;

  @Field(() => String, { nullable: true, description: '参会人 — who came for the unit' })
  @Property({ type: 'text', nullable: true })
  attendees: string | null = null;
}

@ObjectType('PartyMeetingDecision', { description: '会议决定 — a decision of a joint meeting' })
@Entity({ tableName: 'party_meeting_decision' })
@Unique({ properties: ['meetingId', 'position'] })
export class PartyMeetingDecision extends TenantEntity {
  @Property({ type: 'uuid' })
  meetingId!: string;

  @Field(() => Int, { description: '序号 — position in the minutes' })
  @Property({ type: 'integer' })
  position!: number;

  @PersonalText()
  @Field({ description: '决定事项 — what was decided' })
  @Property({ type: 'text' })
  text!: string;

  @Property({ type: 'uuid', nullable: true })
  ownerUnitId: string | null = null;

  @Field(() => String, { nullable: true, description: '完成时限 — due date (YYYY-MM-DD)' })
  @Property({ type: 'date', nullable: true })
  dueOn: string | null = null;
}
