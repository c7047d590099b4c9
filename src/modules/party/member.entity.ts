// 报到党员: party members reporting to the community from their employer (a member unit, or a
// named employer outside the committee), linked to a login and/or a resident record, with their
// service records (from completed claims and from dispatch requests they took).
import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PartyRecordSource } from './party.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('PartyMember', { implements: Node, description: '报到党员 — a party member reporting to the community from their employer' })
@Entity({ tableName: 'party_member' })
@Index({ properties: ['communityId', 'accountId'] })
export class PartyMember extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PartyMember', this.id);
  }

  @Field({ description: '姓名 — name' })
  @Property({ type: 'text' })
  name!: string;

  @Property({ type: 'uuid', nullable: true })
  accountId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  residentId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  unitId: string | null = null;

  @Field(() => String, { nullable: true, description: '工作单位 — employer, when it is not a member unit' })
  @Property({ type: 'text', nullable: true })
  employerName: string | null = null;

  /** Sealed (personal.service.ts, bound to party_member.phone). */
  @Property({ type: 'text', nullable: true })
  phoneEnc: string | null = null;

  @Field(() => String, { description: '报到日期 — date reported to the community (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  reportedOn!: string;

  @Field({ description: '在册 — still reporting here' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

@ObjectType('PartyServiceRecord', { description: '服务记录 — one service a reporting member gave' })
@Entity({ tableName: 'party_service_record' })
@Index({ properties: ['communityId', 'memberId'] })
export class PartyServiceRecord extends TenantEntity {
  @Property({ type: 'uuid' })
  memberId!: string;

  @Field(() => PartyRecordSource, { description: '来源 — claimed item or dispatch request' })
  @Enum({ items: () => PartyRecordSource, type: 'text' })
  source!: PartyRecordSource;

  /** Claim id or dispatch request id; one record per source object. */
  @Property({ type: 'uuid' })
  sourceRef!: string;

  @PersonalText()
  @Field({ description: '服务内容 — what was served' })
  @Property({ type: 'text' })
  title!: string;

  @Field(() => Int, { description: '服务时长（分钟） — minutes' })
  @Property({ type: 'integer' })
  minutes: number = 0;

  @Field(() => Int, { nullable: true, description: "群众评价 — requester's rating 1–5 (dispatch)" })
  @Property({ type: 'smallint', nullable: true })
  rating: number | null = null;

  @Field(() => Date, { description: '服务时间 — when it was served' })
  @Property({ type: 'timestamptz' })
  servedAt!: Date;
}
