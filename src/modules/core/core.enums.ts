// Enums of the core module (five-forces registry, residents), each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

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
