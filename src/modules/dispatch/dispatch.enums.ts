// GraphQL enums of the dispatch module, each value described with its Chinese term.
import { registerEnumType } from 'type-graphql';

export enum ServiceRequestStatus {
  SUBMITTED = 'SUBMITTED',
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  ESCALATED = 'ESCALATED',
  RESOLVED = 'RESOLVED',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
}
registerEnumType(ServiceRequestStatus, {
  name: 'ServiceRequestStatus',
  description: '民需状态 — state of a service request',
  valuesConfig: {
    SUBMITTED: { description: '待派单 — received, waiting for the dispatcher' },
    OPEN: { description: '待接单 — open to a pool of eligible takers to claim' },
    IN_PROGRESS: { description: '办理中 — held by one taker' },
    ESCALATED: { description: '已上报 — escalated to a department or the 书记工作室, waiting for the answer' },
    RESOLVED: { description: "已办结 — resolved, waiting for the requester's rating" },
    CLOSED: { description: '已关闭 — rated, or closed automatically after the window' },
    CANCELLED: { description: '已撤销 — cancelled with a reason' },
    REJECTED: { description: '不予受理 — rejected with a reason' },
    MERGED: { description: '已合并 — a duplicate merged into another request' },
  },
});

export enum DispatchChannel {
  MINI_PROGRAM = 'MINI_PROGRAM',
  APP = 'APP',
  GRID_VISIT = 'GRID_VISIT',
  WISH_WALL = 'WISH_WALL',
  CLOUD_LOCKER = 'CLOUD_LOCKER',
  PHONE = 'PHONE',
  WALK_IN = 'WALK_IN',
  HOTLINE_12345 = 'HOTLINE_12345',
}
/** Display names of the channels: the enum's descriptions and dispatchCatalog's `name` (forms) both come from here. */
export const CHANNEL_NAMES: Record<DispatchChannel, { 'zh-CN': string; en: string }> = {
  MINI_PROGRAM: { 'zh-CN': '小程序', en: 'mini-program' },
  APP: { 'zh-CN': '手机应用', en: 'app' },
  GRID_VISIT: { 'zh-CN': '网格走访', en: "a grid worker's visit" },
  WISH_WALL: { 'zh-CN': '心愿墙', en: 'the wish wall (微心愿)' },
  CLOUD_LOCKER: { 'zh-CN': '云柜', en: 'QR drop box, 24 h' },
  PHONE: { 'zh-CN': '电话', en: 'phone' },
  WALK_IN: { 'zh-CN': '来访', en: 'walk-in' },
  HOTLINE_12345: { 'zh-CN': '12345 热线', en: 'the 12345 hotline platform (Open311 intake)' },
};
registerEnumType(DispatchChannel, {
  name: 'DispatchChannel',
  description: '收集渠道 — channel a request arrived by',
  valuesConfig: Object.fromEntries(Object.entries(CHANNEL_NAMES).map(([k, n]) => [k, { description: `${n['zh-CN']} — ${n.en}` }])),
});

export enum DispatchRoute {
  PARTY_ORGANIZATION = 'PARTY_ORGANIZATION',
  PARTY_MEMBERS = 'PARTY_MEMBERS',
  COBUILD_UNITS = 'COBUILD_UNITS',
  MUTUAL_HELP = 'MUTUAL_HELP',
}
/** Display names of the routes (enum descriptions and dispatchCatalog's `name`). */
export const ROUTE_NAMES: Record<DispatchRoute, { 'zh-CN': string; en: string }> = {
  PARTY_ORGANIZATION: { 'zh-CN': '社区党组织主办', en: 'the community party organization handles it (常规单)' },
  PARTY_MEMBERS: { 'zh-CN': '报到党员领办', en: 'reporting party members take it (心愿单)' },
  COBUILD_UNITS: { 'zh-CN': '共建单位帮办', en: 'co-building units help (期望单)' },
  MUTUAL_HELP: { 'zh-CN': '居民自办', en: 'residents help each other' },
};
registerEnumType(DispatchRoute, {
  name: 'DispatchRoute',
  description: '派单路径 — the "3+2" route of a request',
  valuesConfig: Object.fromEntries(Object.entries(ROUTE_NAMES).map(([k, n]) => [k, { description: `${n['zh-CN']} — ${n.en}` }])),
});

export enum DispatchMode {
  ASSIGN = 'ASSIGN',
  POOL = 'POOL',
}
registerEnumType(DispatchMode, {
  name: 'DispatchMode',
  description: '派单方式 — assign one taker or open to a pool',
  valuesConfig: {
    ASSIGN: { description: '指派 — assign a named taker' },
    POOL: { description: '抢单 — open to every eligible taker of the route to claim (接单)' },
  },
});

export enum EscalationTarget {
  DEPARTMENT = 'DEPARTMENT',
  SECRETARY_STUDIO = 'SECRETARY_STUDIO',
}
registerEnumType(EscalationTarget, {
  name: 'EscalationTarget',
  description: '上报对象 — where a request is escalated to',
  valuesConfig: {
    DEPARTMENT: { description: '街道吹哨、部门报到 — a named department or unit' },
    SECRETARY_STUDIO: { description: "书记工作室 — the party secretary's studio for hard cases" },
  },
});

export enum ServiceRequestOrder {
  CREATED_AT_DESC = 'CREATED_AT_DESC',
  CREATED_AT_ASC = 'CREATED_AT_ASC',
}
registerEnumType(ServiceRequestOrder, {
  name: 'ServiceRequestOrder',
  description: '民需排序 — order of a request list',
  valuesConfig: {
    CREATED_AT_DESC: { description: '按提交时间倒序 — newest first (by 提交时间 createdAt)' },
    CREATED_AT_ASC: { description: '按提交时间正序 — oldest first (by 提交时间 createdAt)' },
  },
});
