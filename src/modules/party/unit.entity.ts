// 大党委成员单位 and 吹哨对象: the member units of the joint party committee (Sanshundian has 70+)
// with their contacts, and the departments/units a request can be escalated to (街道吹哨、部门报到).
// Contact phones are sealed at rest and masked by the resolver unless the viewer manages units.
import { ArrayType, Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { PartyTargetKind, PartyUnitKind } from './party.enums';

@ObjectType('PartyUnit', { implements: Node, description: '大党委成员单位 — a member unit of the joint party committee' })
@Entity({ tableName: 'party_unit' })
@Unique({ properties: ['communityId', 'name'] })
export class PartyUnit extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PartyUnit', this.id);
  }

  /** The organisation identity (组织, core) this member unit is: one body across the registries. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Field({ description: '单位名称 — name, unique in the community' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PartyUnitKind, { description: '单位类型 — kind of unit' })
  @Enum({ items: () => PartyUnitKind, type: 'text' })
  kind!: PartyUnitKind;

  @Field(() => String, { nullable: true, description: "党组织名称 — the unit's party organization, e.g. 区税务局党委" })
  @Property({ type: 'text', nullable: true })
  partyOrganization: string | null = null;

  @Field(() => String, { nullable: true, description: '联系人 — contact person' })
  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  /** Sealed (personal.service.ts, bound to party_unit.contact_phone); masked by the resolver. */
  @Property({ type: 'text', nullable: true })
  contactPhoneEnc: string | null = null;

  /** 联络员: an account of the community that acts for the unit (claims service items for it). */
  @Property({ type: 'uuid', nullable: true })
  liaisonAccountId: string | null = null;

  @Field(() => Int, { description: '排序 — stable order used by round-robin rotation (smaller first)' })
  @Property({ type: 'integer' })
  sortOrder: number = 0;

  @Field({ description: '在册 — active member unit (units are deactivated, never deleted)' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

@ObjectType('PartyEscalationTarget', { implements: Node, description: '吹哨对象 — a department or unit requests are escalated to (街道吹哨、部门报到)' })
@Entity({ tableName: 'party_escalation_target' })
@Unique({ properties: ['communityId', 'name'] })
export class PartyEscalationTarget extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('PartyEscalationTarget', this.id);
  }

  /** The organisation identity (组织, core) this target is: one body across the registries. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Field({ description: '名称 — name, e.g. 区住建局, unique in the community' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => PartyTargetKind, { description: '类型 — street office, department, stationed unit or utility' })
  @Enum({ items: () => PartyTargetKind, type: 'text' })
  kind!: PartyTargetKind;

  @Field(() => [String], { description: '负责分类 — dispatch category keys this target answers for (empty: any)' })
  @Property({ type: ArrayType })
  categories: string[] = [];

  @Field(() => String, { nullable: true, description: '联系人 — contact person' })
  @Property({ type: 'text', nullable: true })
  contactName: string | null = null;

  /** Sealed (personal.service.ts, bound to party_escalation_target.contact_phone). */
  @Property({ type: 'text', nullable: true })
  contactPhoneEnc: string | null = null;

  /** The member unit this target is, when it is one (e.g. 供电所 both chairs and answers). */
  @Property({ type: 'uuid', nullable: true })
  unitId: string | null = null;

  @Field(() => Int, { description: '排序 — display order' })
  @Property({ type: 'integer' })
  sortOrder: number = 0;

  @Field({ description: '启用 — may be escalated to' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}
