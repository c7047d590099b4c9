// 双月轮值: one row per chairing slot of a year (position 1…N, months start…end). A unit chairs at
// most once a year; slots are edited by conditional writes (replace with compare-and-set, swap in
// one statement), never by read-modify-write.
import { Entity, Index, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';

@ObjectType('PartyRotationSlot', { implements: Node, description: "轮值席位 — one chairing slot of a year's rotation (双月轮值)" })
@Entity({ tableName: 'party_rotation_slot' })
@Unique({ properties: ['communityId', 'year', 'position'] })
@Index({ properties: ['communityId', 'year'] })
export class PartyRotationSlot extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PartyRotationSlot', this.id);
  }

  @Field(() => Int, { description: '年度 — year' })
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => Int, { description: '序号 — position in the year, 1…N' })
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => Int, { description: '起始月 — first month chaired (1–12)' })
  @Property({ type: 'integer' })
  startMonth!: number;

  @Field(() => Int, { description: '结束月 — last month chaired (1–12, inclusive)' })
  @Property({ type: 'integer' })
  endMonth!: number;

  @Property({ type: 'uuid' })
  unitId!: string;
}
