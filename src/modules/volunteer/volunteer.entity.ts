// 志愿者、活动、班次、报名、服务时长. Members link to the 五社 volunteer registry (core) and to a
// login by id only; hours records are append-only.
import { ArrayType, Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { ActivityStatus, HoursKind, HoursStatus, SignupStatus } from './volunteer.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('VolunteerMember', { implements: Node, description: '注册志愿者 — a registered volunteer (real name, teams, skills)' })
@Entity({ tableName: 'volunteer_member' })
@Index({ properties: ['communityId', 'idNumberBidx'] })
export class VolunteerMember extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VolunteerMember', this.id);
  }
  @Property({ type: 'uuid', nullable: true }) volunteerRecordId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) accountId: string | null = null;
  @Field({ description: '姓名 — real name' }) @Property({ type: 'text' }) name!: string;
  /** 身份证号, sealed (AES-256-GCM, bound to volunteer_member.id_number and the row id; see member-personal.ts). */
  @Property({ type: 'text', nullable: true }) idNumberEnc: string | null = null;
  /** Blind index of the 身份证号 (same index space as residents'): duplicate detection and exact lookup. */
  @Property({ type: 'text', nullable: true }) idNumberBidx: string | null = null;
  @Field(() => [String], { description: '队伍 — team keys (see volunteerTeams)' }) @Property({ type: ArrayType }) teams: string[] = [];
  @Field(() => [String], { description: '技能 — skills' }) @Property({ type: ArrayType }) skills: string[] = [];
  @PersonalText()
  @Field(() => String, { nullable: true, description: '可服务时间 — availability, e.g. 周末上午' })
  @Property({ type: 'text', nullable: true })
  availability: string | null = null;
  @Field({ description: '在册 — active' }) @Property({ type: 'boolean' }) active: boolean = true;

  @Field(() => ID, {
    nullable: true,
    name: 'volunteerRecordId',
    description: '五社志愿者 ID — global id of the registry record (Volunteer)',
    deprecationReason: '改用 volunteerRecord — use `volunteerRecord { id name }`: the object, checked and batched',
  })
  get recordGlobalId(): string | null {
    return this.volunteerRecordId ? toGlobalId('Volunteer', this.volunteerRecordId) : null;
  }
}

@ObjectType('VolunteerActivity', { implements: Node, description: '志愿活动 — a volunteer activity with shifts' })
@Entity({ tableName: 'volunteer_activity' })
export class VolunteerActivity extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VolunteerActivity', this.id);
  }
  @PersonalText() @Field({ description: '标题 — title' }) @Property({ type: 'text' }) title!: string;
  @PersonalText() @Field(() => String, { nullable: true, description: '说明 — description' }) @Property({ type: 'text', nullable: true }) description:
    string | null = null;
  @Field(() => String, { nullable: true, description: '地点 — location' }) @Property({ type: 'text', nullable: true }) location: string | null = null;
  @Field(() => String, { nullable: true, description: '队伍 — team key organizing it' }) @Property({ type: 'text', nullable: true }) team: string | null = null;
  @Property({ type: 'uuid', nullable: true }) organizerAccountId: string | null = null;
  @Field(() => ActivityStatus, { description: '状态 — published or cancelled' })
  @Enum({ items: () => ActivityStatus, type: 'text' })
  status: ActivityStatus = ActivityStatus.PUBLISHED;
}

@ObjectType('VolunteerShift', { implements: Node, description: '班次 — one time slot of an activity with a sign-up limit' })
@Entity({ tableName: 'volunteer_shift' })
export class VolunteerShift extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VolunteerShift', this.id);
  }
  @Property({ type: 'uuid' }) activityId!: string;
  @Field(() => Date, { description: '开始 — starts at' }) @Property({ type: 'timestamptz' }) startsAt!: Date;
  @Field(() => Date, { description: '结束 — ends at' }) @Property({ type: 'timestamptz' }) endsAt!: Date;
  @Field(() => Int, { description: '名额 — sign-up limit' }) @Property({ type: 'integer' }) capacity!: number;
  @Field(() => Int, { description: '已报名 — places taken' }) @Property({ type: 'integer' }) signedUp: number = 0;
  @Field(() => Int, { description: '候补上限 — waiting-list places (0: no waiting list)' }) @Property({ type: 'integer' }) waitlistLimit: number = 0;
  /** Shown to organizers only (resolver). */
  @Property({ type: 'text' }) checkInCode!: string;
  @Field({ description: '状态 — OPEN or CANCELLED' }) @Property({ type: 'text' }) status: string = 'OPEN';
}

@ObjectType('VolunteerSignup', { implements: Node, description: "报名 — a volunteer's place (or waiting-list entry) on a shift" })
@Entity({ tableName: 'volunteer_signup' })
export class VolunteerSignup extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VolunteerSignup', this.id);
  }
  @Property({ type: 'uuid' }) shiftId!: string;
  @Property({ type: 'uuid' }) memberId!: string;
  @Field(() => SignupStatus, { description: '状态 — confirmed, waitlisted, cancelled, checked in or out' })
  @Enum({ items: () => SignupStatus, type: 'text' })
  status!: SignupStatus;
  @Field(() => Date, { nullable: true, description: '签到时间 — checked in at' }) @Property({ type: 'timestamptz', nullable: true }) checkedInAt: Date | null =
    null;
  @Field(() => Date, { nullable: true, description: '签退时间 — checked out at' })
  @Property({ type: 'timestamptz', nullable: true })
  checkedOutAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) checkedInBy: string | null = null;
  @Property({ type: 'uuid', nullable: true }) checkedOutBy: string | null = null;
}

@ObjectType('VolunteerHoursRecord', {
  implements: Node,
  description: '服务时长记录 — service hours of one volunteer (append-only; corrections are new records)',
})
@Entity({ tableName: 'volunteer_hours' })
export class VolunteerHoursRecord extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('VolunteerHoursRecord', this.id);
  }
  @Property({ type: 'uuid' }) memberId!: string;
  @Property({ type: 'uuid', nullable: true }) signupId: string | null = null;
  @Property({ type: 'uuid', nullable: true }) shiftId: string | null = null;
  @Field({ description: '活动 — activity title' }) @Property({ type: 'text' }) activityTitle!: string;
  @Field({ description: '服务日期 — service date (YYYY-MM-DD)' }) @Property({ type: 'date' }) serviceDate!: string;
  @Field(() => Int, { description: '分钟 — minutes (corrections may be negative)' }) @Property({ type: 'integer' }) minutes!: number;
  @Field(() => HoursKind, { description: '类型 — service, correction or dispatch' }) @Enum({ items: () => HoursKind, type: 'text' }) kind!: HoursKind;
  @Property({ type: 'uuid', nullable: true }) correctsId: string | null = null;
  @PersonalText()
  @Field(() => String, { nullable: true, description: '更正原因 — reason of a correction' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;
  @Field(() => HoursStatus, { description: '确认状态 — pending or confirmed' }) @Enum({ items: () => HoursStatus, type: 'text' }) status!: HoursStatus;
  @Property({ type: 'uuid', nullable: true }) recordedBy: string | null = null;
  @Property({ type: 'uuid', nullable: true }) confirmedBy: string | null = null;
  @Field(() => Date, { nullable: true, description: '确认时间 — confirmed at' }) @Property({ type: 'timestamptz', nullable: true }) confirmedAt: Date | null =
    null;
  @Property({ type: 'bigint', nullable: true }) sourceEventSeq: string | null = null;

  @Field(() => ID, {
    nullable: true,
    name: 'correctsId',
    description: '更正对象 — global id of the record this one corrects',
    deprecationReason: '改用 corrects — use `corrects { id minutes }`: the object, batched',
  })
  get correctsGlobalId(): string | null {
    return this.correctsId ? toGlobalId('VolunteerHoursRecord', this.correctsId) : null;
  }
}
