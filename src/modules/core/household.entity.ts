// 户: the archive unit (一户一档). Residents belong to a household.
import { ArrayType, Entity, Property, Unique } from '@mikro-orm/core';
import { Field, Float, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PersonalText } from '../../schema/free-text';

// simpleResolvers: plain fields are property reads (lists read them per row).
@ObjectType('Household', { implements: Node, description: '户 — a household, the unit of the household file (一户一档)', simpleResolvers: true })
@Entity({ tableName: 'household' })
@Unique({ properties: ['communityId', 'number'] })
export class Household extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('Household', this.id);
  }

  @Field({ description: '户号 — household number, unique in the community' })
  @Property({ type: 'text' })
  number!: string;

  @Field({ description: '地址 — address (小区、楼栋、单元、门牌)' })
  @Property({ type: 'text' })
  address!: string;

  @Field(() => String, { nullable: true, description: '楼栋 — building label, until the grid module places the household' })
  @Property({ type: 'text', nullable: true })
  building: string | null = null;

  @PersonalText()
  @Field(() => [String], { description: '标签 — free tags, e.g. 党员户, 志愿者之家' })
  @Property({ type: ArrayType })
  tags: string[] = [];

  @Field(() => Date, { nullable: true, description: '注销时间 — when the household file was closed (moved away)' })
  @Property({ type: 'timestamptz', nullable: true })
  closedAt: Date | null = null;

  @Field(() => Float, {
    nullable: true,
    description:
      '纬度 — latitude (WGS 84, degrees) of the household (its own door, when it differs from its building), for the station-reach figure; null when unknown',
  })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees), set together with the latitude' })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;
}
