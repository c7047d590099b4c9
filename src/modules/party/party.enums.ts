// Enums of party building (党建引领), each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum PartyUnitKind {
  AGENCY = 'AGENCY',
  INSTITUTION = 'INSTITUTION',
  STATE_ENTERPRISE = 'STATE_ENTERPRISE',
  PRIVATE_ENTERPRISE = 'PRIVATE_ENTERPRISE',
  SCHOOL = 'SCHOOL',
  MEDICAL = 'MEDICAL',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  COMMUNITY = 'COMMUNITY',
  OTHER = 'OTHER',
}
registerEnumType(PartyUnitKind, {
  name: 'PartyUnitKind',
  description: '成员单位类型 — kind of a 大党委 member unit',
  valuesConfig: {
    AGENCY: { description: '机关 — government agency or department' },
    INSTITUTION: { description: '事业单位 — public institution' },
    STATE_ENTERPRISE: { description: '国有企业 — state-owned enterprise' },
    PRIVATE_ENTERPRISE: { description: '非公企业 — private enterprise' },
    SCHOOL: { description: '学校 — school or kindergarten' },
    MEDICAL: { description: '医疗机构 — hospital or clinic' },
    SOCIAL_ORGANIZATION: { description: '社会组织 — social organization' },
    COMMUNITY: { description: '社区（小区）党组织 — community or estate party organization' },
    OTHER: { description: '其他 — other' },
  },
});

export enum PartyRotationRule {
  ORDER = 'ORDER',
  ROUND_ROBIN = 'ROUND_ROBIN',
}
registerEnumType(PartyRotationRule, {
  name: 'PartyRotationRule',
  description: "轮值生成规则 — how a year's rotation is generated",
  valuesConfig: {
    ORDER: { description: '按指定顺序 — the units in the order the admin gives' },
    ROUND_ROBIN: { description: "顺延轮转 — active units in their stable order, continuing after last year's last chair" },
  },
});

export enum PartyMeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PartyMeetingStatus, {
  name: 'PartyMeetingStatus',
  description: '联席会议状态 — state of a joint meeting',
  valuesConfig: {
    SCHEDULED: { description: '已安排 — scheduled' },
    HELD: { description: '已召开 — held, minutes and decisions recorded' },
    CANCELLED: { description: '已取消 — cancelled' },
  },
});

export enum PartyItemAudience {
  UNITS = 'UNITS',
  MEMBERS = 'MEMBERS',
  ALL = 'ALL',
}
registerEnumType(PartyItemAudience, {
  name: 'PartyItemAudience',
  description: '认领对象 — who may claim a service item',
  valuesConfig: {
    UNITS: { description: '成员单位 — member units' },
    MEMBERS: { description: '报到党员 — reporting party members' },
    ALL: { description: '单位与党员 — units and reporting members' },
  },
});

export enum PartyItemStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(PartyItemStatus, {
  name: 'PartyItemStatus',
  description: '服务项目状态 — state of a service item',
  valuesConfig: {
    OPEN: { description: '认领中 — published, open to claims while places remain' },
    CLOSED: { description: '已关闭 — closed by staff' },
  },
});

export enum PartyClaimStatus {
  CLAIMED = 'CLAIMED',
  COMPLETED = 'COMPLETED',
}
registerEnumType(PartyClaimStatus, {
  name: 'PartyClaimStatus',
  description: '认领状态 — state of a claim',
  valuesConfig: {
    CLAIMED: { description: '已认领 — claimed, service under way' },
    COMPLETED: { description: '已完成 — completed with a record' },
  },
});

export enum PartyRecordSource {
  CLAIM = 'CLAIM',
  DISPATCH = 'DISPATCH',
}
registerEnumType(PartyRecordSource, {
  name: 'PartyRecordSource',
  description: "服务记录来源 — where a reporting member's service record comes from",
  valuesConfig: {
    CLAIM: { description: '认领服务项目 — a completed service item claim' },
    DISPATCH: { description: '接单 — a dispatch request the member took (党员接单)' },
  },
});

export enum PartyTargetKind {
  STREET = 'STREET',
  DEPARTMENT = 'DEPARTMENT',
  UNIT = 'UNIT',
  UTILITY = 'UTILITY',
}
registerEnumType(PartyTargetKind, {
  name: 'PartyTargetKind',
  description: '吹哨对象类型 — kind of an escalation target (街道吹哨、部门报到)',
  valuesConfig: {
    STREET: { description: '街道 — the street office' },
    DEPARTMENT: { description: '职能部门 — a government department' },
    UNIT: { description: '驻区单位 — a unit stationed in the area' },
    UTILITY: { description: '公用事业 — utility (power, water, gas …)' },
  },
});
