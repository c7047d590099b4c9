// 居民. Personal data (身份证号, phone, health, disability, hardship) is stored once and only
// exposed through the masking field resolvers in resident.resolver.ts. 身份证号 and phone are
// stored encrypted with a blind index each (personal-crypto.ts); read and write them through
// personal-data.ts, never these columns directly.
import { Entity, Enum, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Gender } from './core.enums';
import { Household } from './household.entity';

// simpleResolvers: plain fields are property reads (lists read them per row); field resolvers
// (personal data, household) keep their checks.
@ObjectType('Resident', { implements: Node, description: '居民 — a resident of the community', simpleResolvers: true })
@Entity({ tableName: 'resident' })
@Index({ properties: ['communityId', 'household'] })
@Index({ properties: ['communityId', 'idNumberBidx'] })
@Index({ properties: ['communityId', 'phoneBidx'] })
export class Resident extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('Resident', this.id);
  }

  @ManyToOne({ entity: () => Household, nullable: true, deleteRule: 'set null' })
  household: Household | null = null;

  @Field({ description: '姓名 — name' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Gender, { description: '性别 — gender' })
  @Enum({ items: () => Gender, type: 'text' })
  gender: Gender = Gender.UNKNOWN;

  @Field(() => String, { nullable: true, description: '与户主关系 — relation to the head of household' })
  @Property({ type: 'text', nullable: true })
  relationToHead: string | null = null;

  @Property({ type: 'date', nullable: true })
  birthDate: string | null = null;

  /** 身份证号, sealed (AES-256-GCM, `<keyId>:…`); exposed masked (110***********1234) unless the viewer may read it. */
  @Property({ type: 'text', nullable: true })
  idNumberEnc: string | null = null;

  /** Blind index of the 身份证号 (HMAC-SHA256), for exact lookup and duplicate checks. */
  @Property({ type: 'text', nullable: true })
  idNumberBidx: string | null = null;

  /** Mobile, sealed; exposed masked (138****5678) unless the viewer may read it. */
  @Property({ type: 'text', nullable: true })
  phoneEnc: string | null = null;

  /** Blind index of the mobile number. */
  @Property({ type: 'text', nullable: true })
  phoneBidx: string | null = null;

  /** Sensitive flags: visible only to roles that care for the person. */
  @Property({ type: 'boolean' })
  disability: boolean = false;

  @Property({ type: 'boolean' })
  hardship: boolean = false;

  @Property({ type: 'text', nullable: true })
  healthNote: string | null = null;

  @Field(() => Date, { nullable: true, description: '迁出时间 — when the resident moved away' })
  @Property({ type: 'timestamptz', nullable: true })
  movedOutAt: Date | null = null;
}
