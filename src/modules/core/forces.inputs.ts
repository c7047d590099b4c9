// Inputs of the five-forces registry: shared fields plus each kind's own.
import { Field, ID, InputType, type ClassType } from 'type-graphql';
import { CharityKind, IncubationStatus, ResourceForm, SocialOrgStatus, SocialWorkerKind } from './core.enums';

@InputType()
export class ForceFields {
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '联系人 — contact person' }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — contact mobile number' }) contactPhone?: string | null;
  @Field(() => String, { nullable: true, description: '简介 — description' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: '在册 — active (false archives the record)' }) active?: boolean | null;
}

@InputType('SocialOrganizationCreateInput', { description: '登记社会组织 — register a social organization' })
export class SocialOrganizationFields extends ForceFields {
  @Field(() => SocialOrgStatus, { nullable: true, description: '登记状态 — legal status' }) status?: SocialOrgStatus | null;
  @Field(() => IncubationStatus, { nullable: true, description: '孵化状态 — incubation' }) incubation?: IncubationStatus | null;
  @Field(() => [String], { nullable: true, description: '服务项目 — services offered' }) services?: string[] | null;
}

@InputType('SocialWorkerCreateInput', { description: '登记社工 — register a social worker' })
export class SocialWorkerFields extends ForceFields {
  @Field(() => SocialWorkerKind, { nullable: true, description: '社工类型 — kind' }) kind?: SocialWorkerKind | null;
  @Field(() => String, { nullable: true, description: '职业资格 — certificate' }) certificate?: string | null;
}

@InputType('VolunteerCreateInput', { description: '登记志愿者 — register a volunteer' })
export class VolunteerFields extends ForceFields {
  @Field(() => String, { nullable: true, description: '队伍 — team' }) team?: string | null;
  @Field(() => [String], { nullable: true, description: '技能 — skills' }) skills?: string[] | null;
}

@InputType('CobuildingUnitCreateInput', { description: '登记共建单位 — register a co-building unit' })
export class CobuildingUnitFields extends ForceFields {
  @Field(() => String, { nullable: true, description: '单位类型 — kind of unit' }) unitType?: string | null;
  @Field(() => String, { nullable: true, description: '党组织 — party organization' }) partyOrganization?: string | null;
}

@InputType('CharityResourceCreateInput', { description: '登记慈善资源 — register a charity resource' })
export class CharityResourceFields extends ForceFields {
  @Field(() => CharityKind, { nullable: true, description: '类型 — kind' }) kind?: CharityKind | null;
  @Field(() => [ResourceForm], { nullable: true, description: '资源形式 — what it offers' }) offers?: ResourceForm[] | null;
  @Field(() => Boolean, { nullable: true, description: '匿名 — anonymous in public statements' }) anonymous?: boolean | null;
}

/** `<Name>UpdateInput`: the kind's fields plus the id of the record. */
export function updateInput<T extends ForceFields>(fields: ClassType<T>, name: string, zh: string) {
  @InputType(`${name}UpdateInput`, { description: `修改${zh} — update a ${name}` })
  class Update extends (fields as ClassType<ForceFields>) {
    @Field(() => ID, { description: `${zh} — the record` }) id!: string;
  }
  return Update as unknown as ClassType<T & { id: string }>;
}
