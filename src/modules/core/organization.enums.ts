// What kind of body an organisation is (its nature; the registries it appears in are its roles).
import { registerEnumType } from 'type-graphql';

export enum OrganizationKind {
  GOVERNMENT_DEPARTMENT = 'GOVERNMENT_DEPARTMENT',
  PUBLIC_INSTITUTION = 'PUBLIC_INSTITUTION',
  ENTERPRISE = 'ENTERPRISE',
  SCHOOL = 'SCHOOL',
  MEDICAL = 'MEDICAL',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  PARTY_ORGANIZATION = 'PARTY_ORGANIZATION',
  OTHER = 'OTHER',
}
registerEnumType(OrganizationKind, {
  name: 'OrganizationKind',
  description: '组织类型 — the nature of an organisation',
  valuesConfig: {
    GOVERNMENT_DEPARTMENT: { description: '机关/政府部门 — government agency or department (e.g. 区住建局)' },
    PUBLIC_INSTITUTION: { description: '事业单位 — public institution' },
    ENTERPRISE: { description: '企业 — enterprise (state-owned or private), chamber of commerce' },
    SCHOOL: { description: '学校 — school or kindergarten' },
    MEDICAL: { description: '医疗机构 — hospital or clinic' },
    SOCIAL_ORGANIZATION: { description: '社会组织 — social organisation, foundation' },
    PARTY_ORGANIZATION: { description: '党组织 — a party organisation of the community (党总支, 党支部, 小区党组织)' },
    OTHER: { description: '其他 — other' },
  },
});
