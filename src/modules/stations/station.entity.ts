// 服务站点: stations with their kind, address and grid unit, weekly opening hours and closures;
// the services each offers (bookable in slots with a capacity); slot counters and bookings.
import { ArrayType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { BookingStatus } from './stations.enums';
import type { OpeningInterval } from './stations.policy';
import { GRID_UNIT_TYPE } from '../grid/public';
import { PersonalText } from '../../schema/free-text';

@ObjectType('StationOpeningInterval', { description: '开放时段 — one opening interval of a weekday (Asia/Shanghai local time)' })
export class StationOpeningInterval implements OpeningInterval {
  @Field(() => Int, { description: '星期 — weekday, 1 = Monday … 7 = Sunday' }) weekday!: number;
  @Field({ description: '开门 — opens at, HH:MM' }) opens!: string;
  @Field({ description: '关门 — closes at, HH:MM' }) closes!: string;
}

@ObjectType('Station', { implements: Node, description: '服务站点 — a service station (党群服务站、共享站) with its services and opening hours' })
@Entity({ tableName: 'stations_station' })
export class Station extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('Station', this.id);
  }
  @Field({ description: '名称 — station name' }) @Property({ type: 'text' }) name!: string;
  @Field({ description: '类型 — kind key (see stationKinds)' }) @Property({ type: 'text' }) kind!: string;
  @Field({ description: '地址 — address' }) @Property({ type: 'text' }) address!: string;
  @Property({ type: 'uuid', nullable: true }) gridUnitId: string | null = null;
  @Field(() => String, { nullable: true, description: '简介 — description' }) @Property({ type: 'text', nullable: true }) description: string | null = null;
  @Field(() => [String], { description: '特色 — features, e.g. 室内锻炼、法治超市 (一站一特色)' }) @Property({ type: ArrayType }) features: string[] = [];
  @Field(() => String, { nullable: true, description: "服务电话 — the station's public phone" }) @Property({ type: 'text', nullable: true }) phone:
    string | null = null;
  @Field(() => [StationOpeningInterval], { description: '开放时间 — weekly opening hours' })
  @Property({ type: 'json' })
  openingHours: StationOpeningInterval[] = [];
  @Field({ description: '启用 — in service' }) @Property({ type: 'boolean' }) active: boolean = true;

  @Field(() => Float, { nullable: true, description: '纬度 — latitude (WGS 84, degrees) of the station, for the station-reach figure; null when unknown' })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees), set together with the latitude' })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;

  @Field(() => ID, {
    nullable: true,
    name: 'gridUnitId',
    description: '所在网格 — global id of the grid unit (GridUnit)',
    deprecationReason: '改用 gridUnit — use `gridUnit { id name }`: the object, checked and batched',
  })
  get gridUnitGlobalId(): string | null {
    return this.gridUnitId ? toGlobalId(GRID_UNIT_TYPE, this.gridUnitId) : null;
  }
}

@ObjectType('StationService', { implements: Node, description: '站点服务 — a service a station offers, bookable in slots' })
@Entity({ tableName: 'stations_service' })
export class StationService extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('StationService', this.id);
  }
  @Property({ type: 'uuid' }) stationId!: string;
  @Field({ description: '名称 — service name, e.g. 课后服务' }) @Property({ type: 'text' }) name!: string;
  @Field({ description: '类别 — category key (see stationCategories)' }) @Property({ type: 'text' }) category!: string;
  @Field(() => String, { nullable: true, description: '服务共同体 — grouping key (see stationGroupings), e.g. 全龄友好' })
  @Property({ type: 'text', nullable: true })
  grouping: string | null = null;
  @Field(() => String, { nullable: true, description: '说明 — description' }) @Property({ type: 'text', nullable: true }) description: string | null = null;
  @Field({ description: '可预约 — bookable in slots' }) @Property({ type: 'boolean' }) bookable: boolean = true;
  @Field(() => Int, { description: '时段长度 — minutes per slot' }) @Property({ type: 'integer' }) slotMinutes: number = 60;
  @Field(() => Int, { description: '名额 — places per slot' }) @Property({ type: 'integer' }) capacity: number = 1;
  @Field({ description: '启用 — offered' }) @Property({ type: 'boolean' }) active: boolean = true;
}

@ObjectType('StationClosure', { implements: Node, description: '闭站 — days a station is closed (holidays, repairs)' })
@Entity({ tableName: 'stations_closure' })
export class StationClosure extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('StationClosure', this.id);
  }
  @Property({ type: 'uuid' }) stationId!: string;
  @Field({ description: '起 — first closed day (YYYY-MM-DD)' }) @Property({ type: 'date' }) startsOn!: string;
  @Field({ description: '止 — last closed day (YYYY-MM-DD, inclusive)' }) @Property({ type: 'date' }) endsOn!: string;
  @Field({ description: '原因 — reason' }) @Property({ type: 'text' }) reason!: string;
}

/** Place counter of one slot of a service; `booked <= capacity` is a database CHECK. */
@Entity({ tableName: 'stations_slot' })
export class StationSlot extends TenantEntity {
  @Property({ type: 'uuid' }) serviceId!: string;
  @Property({ type: 'timestamptz' }) startsAt!: Date;
  @Property({ type: 'integer' }) capacity!: number;
  @Property({ type: 'integer' }) booked: number = 0;
}

@ObjectType('StationBooking', { implements: Node, description: "预约 — a resident's place in one slot of a service" })
@Entity({ tableName: 'stations_booking' })
export class StationBooking extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('StationBooking', this.id);
  }
  @Property({ type: 'uuid' }) stationId!: string;
  @Property({ type: 'uuid' }) serviceId!: string;
  @Property({ type: 'uuid' }) slotId!: string;
  @Property({ type: 'uuid' }) accountId!: string;
  @Field(() => Date, { description: '开始 — slot starts at' }) @Property({ type: 'timestamptz' }) startsAt!: Date;
  @Field(() => Date, { description: '结束 — slot ends at' }) @Property({ type: 'timestamptz' }) endsAt!: Date;
  @Field(() => BookingStatus, { description: '状态 — booked, cancelled, attended or no-show' })
  @Enum({ items: () => BookingStatus, type: 'text' })
  status: BookingStatus = BookingStatus.BOOKED;
  @PersonalText() @Field(() => String, { nullable: true, description: '备注 — note from the resident' }) @Property({ type: 'text', nullable: true }) note:
    string | null = null;
  @Field(() => Date, { nullable: true, description: '取消时间 — cancelled at' }) @Property({ type: 'timestamptz', nullable: true }) cancelledAt: Date | null =
    null;
  @Field(() => Date, { nullable: true, description: '确认时间 — attendance recorded at' })
  @Property({ type: 'timestamptz', nullable: true })
  attendedAt: Date | null = null;
  @Property({ type: 'uuid', nullable: true }) attendedBy: string | null = null;
}
