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
}
registerEnumType(DispatchChannel, {
  name: 'DispatchChannel',
  description: '收集渠道 — channel a request arrived by',
  valuesConfig: {
    MINI_PROGRAM: { description: '小程序 — mini-program' },
    APP: { description: '手机应用 — app' },
    GRID_VISIT: { description: "网格走访 — a grid worker's visit" },
    WISH_WALL: { description: '心愿墙 — the wish wall (微心愿)' },
    CLOUD_LOCKER: { description: '云柜 — QR drop box, 24 h' },
    PHONE: { description: '电话 — phone' },
    WALK_IN: { description: '来访 — walk-in' },
  },
});

export enum DispatchRoute {
  PARTY_ORGANIZATION = 'PARTY_ORGANIZATION',
  PARTY_MEMBERS = 'PARTY_MEMBERS',
  COBUILD_UNITS = 'COBUILD_UNITS',
  MUTUAL_HELP = 'MUTUAL_HELP',
}
registerEnumType(DispatchRoute, {
  name: 'DispatchRoute',
  description: '派单路径 — the "3+2" route of a request',
  valuesConfig: {
    PARTY_ORGANIZATION: { description: '社区党组织主办 — the community party organization handles it (常规单)' },
    PARTY_MEMBERS: { description: '报到党员领办 — reporting party members take it (心愿单)' },
    COBUILD_UNITS: { description: '共建单位帮办 — co-building units help (期望单)' },
    MUTUAL_HELP: { description: '居民自办 — residents help each other' },
  },
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
