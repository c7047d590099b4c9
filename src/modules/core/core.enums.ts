// Enums of the core model, each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';
import { ROLES } from '../../plugins/module-contract';

export enum CommunityKind {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
  RELOCATION = 'RELOCATION',
  MIXED = 'MIXED',
}
registerEnumType(CommunityKind, {
  name: 'CommunityKind',
  description: '社区类型 — kind of community',
  valuesConfig: {
    URBAN: { description: '城市社区 — urban community' },
    RURAL: { description: '农村社区 — rural community (村)' },
    RELOCATION: { description: '易地扶贫搬迁安置社区 — poverty-relief relocation community' },
    MIXED: { description: '农居混居型社区 — mixed rural/urban residents' },
  },
});

export enum RoleKind {
  RESIDENT = 'RESIDENT',
  GRID_STAFF = 'GRID_STAFF',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  VOLUNTEER = 'VOLUNTEER',
  PARTY_MEMBER = 'PARTY_MEMBER',
  SOCIAL_ORG_MEMBER = 'SOCIAL_ORG_MEMBER',
  COBUILD_UNIT_MEMBER = 'COBUILD_UNIT_MEMBER',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  COMMUNITY_ADMIN = 'COMMUNITY_ADMIN',
  STREET_ADMIN = 'STREET_ADMIN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}
// Keep the GraphQL enum and the runtime role list in one order.
if (Object.keys(RoleKind).join() !== ROLES.join()) throw new Error('RoleKind and ROLES differ');
registerEnumType(RoleKind, {
  name: 'RoleKind',
  description: '角色 — a role held in a community',
  valuesConfig: {
    RESIDENT: { description: '居民 — resident' },
    GRID_STAFF: { description: '网格员 — grid staff (网格长、网格员、楼栋长 …)' },
    SOCIAL_WORKER: { description: '社工 — social worker (驻站社工或社区社工)' },
    VOLUNTEER: { description: '志愿者 — volunteer' },
    PARTY_MEMBER: { description: '党员 — party member, incl. 报到党员 reporting from their employer' },
    SOCIAL_ORG_MEMBER: { description: '社会组织成员 — member of a social organization' },
    COBUILD_UNIT_MEMBER: { description: '共建单位成员 — member of a co-building unit' },
    COMMUNITY_STAFF: { description: '社区工作者 — community staff' },
    COMMUNITY_ADMIN: { description: '社区管理员 — community administrator' },
    STREET_ADMIN: { description: '街道管理员 — street office administrator over several communities' },
    PLATFORM_ADMIN: { description: '平台管理员 — platform administrator' },
  },
});

export enum SocialOrgStatus {
  REGISTERED = 'REGISTERED',
  FILED = 'FILED',
  INTRODUCED = 'INTRODUCED',
}
registerEnumType(SocialOrgStatus, {
  name: 'SocialOrgStatus',
  description: '登记状态 — legal status of a social organization',
  valuesConfig: {
    REGISTERED: { description: '登记 — registered with civil affairs' },
    FILED: { description: '备案 — filed with the street/community' },
    INTRODUCED: { description: '引进 — brought in from outside' },
  },
});

export enum IncubationStatus {
  NONE = 'NONE',
  INCUBATING = 'INCUBATING',
  GRADUATED = 'GRADUATED',
}
registerEnumType(IncubationStatus, {
  name: 'IncubationStatus',
  description: '孵化状态 — incubation in the community hive (社区蜂巢)',
  valuesConfig: {
    NONE: { description: '未孵化 — not incubated' },
    INCUBATING: { description: '孵化中 — being incubated' },
    GRADUATED: { description: '已出壳 — incubation finished' },
  },
});

export enum SocialWorkerKind {
  STATIONED = 'STATIONED',
  COMMUNITY = 'COMMUNITY',
}
registerEnumType(SocialWorkerKind, {
  name: 'SocialWorkerKind',
  description: '社工类型 — kind of social worker',
  valuesConfig: {
    STATIONED: { description: '驻站社工 — stationed at the social-work station' },
    COMMUNITY: { description: '社区社工 — community social worker' },
  },
});

export enum CharityKind {
  INDIVIDUAL = 'INDIVIDUAL',
  BUSINESS = 'BUSINESS',
  CHAMBER = 'CHAMBER',
  FOUNDATION = 'FOUNDATION',
  COBUILD_UNIT = 'COBUILD_UNIT',
  OTHER = 'OTHER',
}
registerEnumType(CharityKind, {
  name: 'CharityKind',
  description: '慈善资源类型 — kind of charity resource',
  valuesConfig: {
    INDIVIDUAL: { description: '个人 — individual donor' },
    BUSINESS: { description: '企业 — business' },
    CHAMBER: { description: '商会 — chamber of commerce' },
    FOUNDATION: { description: '基金会 — foundation or charity organization' },
    COBUILD_UNIT: { description: '共建单位 — co-building unit' },
    OTHER: { description: '其他 — other' },
  },
});

export enum ResourceForm {
  MONEY = 'MONEY',
  GOODS = 'GOODS',
  SKILLS = 'SKILLS',
  TIME = 'TIME',
  VENUE = 'VENUE',
}
registerEnumType(ResourceForm, {
  name: 'ResourceForm',
  description: '资源形式 — what a resource offers',
  valuesConfig: {
    MONEY: { description: '资金 — money' },
    GOODS: { description: '物资 — goods' },
    SKILLS: { description: '技能 — skills' },
    TIME: { description: '时间 — volunteer time' },
    VENUE: { description: '场地 — venue' },
  },
});

export enum Gender {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
  UNKNOWN = 'UNKNOWN',
}
registerEnumType(Gender, {
  name: 'Gender',
  description: '性别 — gender',
  valuesConfig: {
    FEMALE: { description: '女 — female' },
    MALE: { description: '男 — male' },
    UNKNOWN: { description: '未说明 — not stated' },
  },
});
