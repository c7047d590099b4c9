// 五社: the five forces as first-class records — the community itself (Community), social
// organizations, social workers, volunteers, co-building units and charity resources.
import { ArrayType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { CharityKind, IncubationStatus, ResourceForm, SocialOrgStatus, SocialWorkerKind } from './core.enums';
import { PersonalText } from '../../schema/free-text';

/** Fields every force record has; the contact phone is sealed at rest and masked by the resolver. */
@ObjectType()
export abstract class ForceRecord extends TenantEntity {
  @Field({ description: '名称 — name' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => String, { nullable: true, description: '联系人 — contact person' })
  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  /** Contact mobile, sealed (bound to `<table>.contact_phone`, see forces.resolver); masked on output. */
  @Property({ type: 'text', nullable: true })
  contactPhoneEnc: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '简介 — description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field({ description: '在册 — active in the registry (records are archived, never deleted)' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

@ObjectType('SocialOrganization', { implements: Node, description: '社会组织 — a social organization serving the community' })
@Entity({ tableName: 'social_organization' })
export class SocialOrganization extends ForceRecord {
  get nodeId(): string {
    return toGlobalId('SocialOrganization', this.id);
  }

  /** The organisation identity (组织) this record is a role of; null for a charity resource that is a person. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;
  @Field(() => SocialOrgStatus, { description: '登记状态 — registered / filed / introduced' })
  @Enum({ items: () => SocialOrgStatus, type: 'text' })
  status: SocialOrgStatus = SocialOrgStatus.FILED;

  @Field(() => IncubationStatus, { description: '孵化状态 — incubation in the 社区蜂巢' })
  @Enum({ items: () => IncubationStatus, type: 'text' })
  incubation: IncubationStatus = IncubationStatus.NONE;

  @Field(() => [String], { description: '服务项目 — services offered' })
  @Property({ type: ArrayType })
  services: string[] = [];
}

@ObjectType('SocialWorker', { implements: Node, description: '社工 — a social worker' })
@Entity({ tableName: 'social_worker' })
export class SocialWorker extends ForceRecord {
  get nodeId(): string {
    return toGlobalId('SocialWorker', this.id);
  }
  @Field(() => SocialWorkerKind, { description: '社工类型 — stationed or community social worker' })
  @Enum({ items: () => SocialWorkerKind, type: 'text' })
  kind: SocialWorkerKind = SocialWorkerKind.COMMUNITY;

  @Field(() => String, { nullable: true, description: '职业资格 — certificate level (助理社工师、社工师 …)' })
  @Property({ type: 'text', nullable: true })
  certificate: string | null = null;
}

@ObjectType('Volunteer', { implements: Node, description: '志愿者 — a registered volunteer' })
@Entity({ tableName: 'volunteer' })
export class Volunteer extends ForceRecord {
  get nodeId(): string {
    return toGlobalId('Volunteer', this.id);
  }
  @Field(() => String, { nullable: true, description: '队伍 — team, e.g. 党员志愿队, 青年志愿队, 巾帼志愿队' })
  @Property({ type: 'text', nullable: true })
  team: string | null = null;

  @Field(() => [String], { description: '技能 — skills' })
  @Property({ type: ArrayType })
  skills: string[] = [];
}

@ObjectType('CobuildingUnit', { implements: Node, description: '共建单位 — a co-building unit (enterprise, agency, school …)' })
@Entity({ tableName: 'cobuilding_unit' })
export class CobuildingUnit extends ForceRecord {
  get nodeId(): string {
    return toGlobalId('CobuildingUnit', this.id);
  }

  /** The organisation identity (组织) this record is a role of; null for a charity resource that is a person. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;
  @Field(() => String, { nullable: true, description: '单位类型 — kind of unit, e.g. 机关, 企业, 学校' })
  @Property({ type: 'text', nullable: true })
  unitType: string | null = null;

  @Field(() => String, { nullable: true, description: "党组织 — the unit's party organization" })
  @Property({ type: 'text', nullable: true })
  partyOrganization: string | null = null;
}

@ObjectType('CharityResource', { implements: Node, description: '慈善资源 — a donor or resource provider' })
@Entity({ tableName: 'charity_resource' })
export class CharityResource extends ForceRecord {
  get nodeId(): string {
    return toGlobalId('CharityResource', this.id);
  }

  /** The organisation identity (组织) this record is a role of; null for a charity resource that is a person. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;
  @Field(() => CharityKind, { description: '类型 — individual, business, 商会 …' })
  @Enum({ items: () => CharityKind, type: 'text' })
  kind: CharityKind = CharityKind.INDIVIDUAL;

  @Field(() => [ResourceForm], { description: '资源形式 — money, goods, skills, time, venue' })
  @Enum({ items: () => ResourceForm, type: 'text', array: true })
  offers: ResourceForm[] = [];

  @Field({ description: '匿名 — the donor asks to stay anonymous in public statements' })
  @Property({ type: 'boolean' })
  anonymous: boolean = false;
}
