// Pure policy of the dispatch module: the permissions with their role defaults, and THE state
// machine — every state, every transition, the states it may start from, the state it leads to and
// the actor roles (relations of the caller to the request) allowed to make it. Tested without GraphQL.
import type { LocalizedText, Role } from '../../plugins/module-contract';
import { DISPATCH_EVENTS, type RequestEventDefinition } from './dispatch.events';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const dispatchPermissions = {
  'request.read': t('查看民需（自己的，及角色可见的）', "Read the requests one may see (one's own, and by role)"),
  'request.create': t('提交民需（点单）', 'File a service request'),
  'request.fileOnBehalf': t('代居民登记民需', "File a request on a resident's behalf"),
  'request.readAll': t('查看社区全部民需', 'Read every request of the community'),
  'request.readGrid': t('查看本网格民需', "Read the requests of one's own grid"),
  'request.dispatch': t('派单（按派单设置生效）', 'Dispatch requests (as the dispatcher setting allows)'),
  'request.take': t('接单办理', 'Take and work on requests'),
  'request.escalate': t('上报（吹哨、书记工作室）', 'Escalate requests'),
  'board.read': t('查看派单看板', 'Watch the dispatch board'),
  'metrics.read': t('查看派单成效', 'Read dispatch outcome figures'),
  'georeport.read': t('Open311 接口只读（对接 12345 等平台，不含个人信息）', 'Read the Open311 (GeoReport v2) view, without personal data'),
  'georeport.submit': t('Open311 接口提交民需（12345 等平台转来的诉求）', 'File requests through Open311 (GeoReport v2), e.g. from the 12345 platform'),
};
type Action = keyof typeof dispatchPermissions;

const filer: Action[] = ['request.read', 'request.create'];
const taker: Action[] = [...filer, 'request.take'];
const staff: Action[] = [
  'request.read',
  'request.create',
  'request.fileOnBehalf',
  'request.readAll',
  'request.dispatch',
  'request.take',
  'request.escalate',
  'board.read',
  'metrics.read',
  'georeport.read',
  'georeport.submit',
];

export const dispatchRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: taker,
  VOLUNTEER: taker,
  PARTY_MEMBER: taker,
  SOCIAL_ORG_MEMBER: taker,
  COBUILD_UNIT_MEMBER: taker,
  GRID_STAFF: [
    'request.read',
    'request.create',
    'request.fileOnBehalf',
    'request.readGrid',
    'request.dispatch',
    'request.take',
    'request.escalate',
    'board.read',
  ],
  SOCIAL_WORKER: [...taker, 'request.readAll', 'board.read'],
  COMMUNITY_STAFF: staff,
  COMMUNITY_ADMIN: staff,
  STREET_ADMIN: ['request.read', 'request.readAll', 'metrics.read', 'georeport.read'],
  PLATFORM_ADMIN: staff,
};

/** Roles that act for the whole community (not one grid). */
export const COMMUNITY_ROLES: Role[] = ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'];

export const STATUSES = ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED', 'CLOSED', 'CANCELLED', 'REJECTED', 'MERGED'] as const;
export type Status = (typeof STATUSES)[number];
export const ACTIVE: Status[] = ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED'];
/** `ACTIVE` as an SQL list of literals, for `status in (…)`. */
export const ACTIVE_SQL = ACTIVE.map((s) => `'${s}'`).join(', ');

/** How the caller relates to one request. SYSTEM is the sweep job. */
export type Actor = 'REQUESTER' | 'DISPATCHER' | 'TAKER' | 'POOL' | 'SYSTEM';

export interface Transition {
  from: Status[];
  /** Null: the state stays (notes, hand-over, overdue flag). */
  to: Status | null;
  actors: Actor[];
  event: RequestEventDefinition;
}

// prettier-ignore
export const TRANSITIONS = {
  assign:     { from: ['SUBMITTED', 'OPEN'],                           to: 'IN_PROGRESS', actors: ['DISPATCHER'],                       event: DISPATCH_EVENTS.RequestDispatched },
  open:       { from: ['SUBMITTED'],                                   to: 'OPEN',        actors: ['DISPATCHER'],                       event: DISPATCH_EVENTS.RequestDispatched },
  claim:      { from: ['OPEN'],                                        to: 'IN_PROGRESS', actors: ['POOL'],                             event: DISPATCH_EVENTS.RequestClaimed },
  handOver:   { from: ['IN_PROGRESS'],                                 to: null,          actors: ['DISPATCHER', 'TAKER'],              event: DISPATCH_EVENTS.RequestHandedOver },
  note:       { from: ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED'], to: null,        actors: ['DISPATCHER', 'TAKER', 'REQUESTER'], event: DISPATCH_EVENTS.RequestNoted },
  escalate:   { from: ['SUBMITTED', 'OPEN', 'IN_PROGRESS'],            to: 'ESCALATED',   actors: ['DISPATCHER', 'TAKER'],              event: DISPATCH_EVENTS.RequestEscalated },
  answer:     { from: ['ESCALATED'],                                   to: 'RESOLVED',    actors: ['DISPATCHER'],                       event: DISPATCH_EVENTS.RequestResolved },
  resolve:    { from: ['IN_PROGRESS'],                                 to: 'RESOLVED',    actors: ['TAKER', 'DISPATCHER'],              event: DISPATCH_EVENTS.RequestResolved },
  rate:       { from: ['RESOLVED'],                                    to: 'CLOSED',      actors: ['REQUESTER'],                        event: DISPATCH_EVENTS.RequestRated },
  reopen:     { from: ['RESOLVED'],                                    to: 'SUBMITTED',   actors: ['REQUESTER'],                        event: DISPATCH_EVENTS.RequestReopened },
  autoClose:  { from: ['RESOLVED'],                                    to: 'CLOSED',      actors: ['SYSTEM'],                           event: DISPATCH_EVENTS.RequestClosed },
  cancel:     { from: ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED'], to: 'CANCELLED', actors: ['REQUESTER', 'DISPATCHER'],          event: DISPATCH_EVENTS.RequestCancelled },
  reject:     { from: ['SUBMITTED', 'OPEN'],                           to: 'REJECTED',    actors: ['DISPATCHER'],                       event: DISPATCH_EVENTS.RequestRejected },
  merge:      { from: ['SUBMITTED', 'OPEN'],                           to: 'MERGED',      actors: ['DISPATCHER'],                       event: DISPATCH_EVENTS.RequestMerged },
  remind:     { from: ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED'], to: null,        actors: ['SYSTEM'],                           event: DISPATCH_EVENTS.RequestReminder },
  flagOverdue:{ from: ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED'], to: null,        actors: ['SYSTEM'],                           event: DISPATCH_EVENTS.RequestOverdue },
} satisfies Record<string, Transition>;
export type TransitionName = keyof typeof TRANSITIONS;

export type Decision = { ok: true; actor: Actor } | { ok: false; code: 'FORBIDDEN' | 'INVALID_STATE' | 'ALREADY_TAKEN' };

/**
 * Whether `actors` (the caller's relations to the request) may make `name` from `status`.
 * The role is checked first: someone who may never make this move learns nothing about the state.
 * A claim that finds the request already held is ALREADY_TAKEN, not a generic INVALID_STATE.
 */
export function decide(name: TransitionName, status: Status, actors: readonly Actor[]): Decision {
  const tr: Transition = TRANSITIONS[name];
  const actor = tr.actors.find((a) => actors.includes(a));
  if (!actor) return { ok: false, code: 'FORBIDDEN' };
  if (!tr.from.includes(status)) return { ok: false, code: stateRefusal(name, status) };
  return { ok: true, actor };
}

/** Why `name` cannot start from `status`: a claim that finds the request held is ALREADY_TAKEN. */
export function stateRefusal(name: TransitionName, status: string): 'ALREADY_TAKEN' | 'INVALID_STATE' {
  return name === 'claim' && status === 'IN_PROGRESS' ? 'ALREADY_TAKEN' : 'INVALID_STATE';
}

// ── What the caller may do on one request (viewerCan) ───────────────────────────────────────
/**
 * Each mutation on a request after intake: the permission its `@Requires` names and the
 * transitions it makes (any one: a dispatch assigns or opens to a pool). The mutations take their
 * permission from here and `viewerCan` reads the same table, so the two cannot drift.
 */
// prettier-ignore
export const REQUEST_ACTIONS = {
  dispatch:         { permission: 'request.dispatch', transitions: ['assign', 'open'] },
  claim:            { permission: 'request.take',     transitions: ['claim'] },
  handOver:         { permission: 'request.take',     transitions: ['handOver'] },
  note:             { permission: 'request.create',   transitions: ['note'] },
  escalate:         { permission: 'request.escalate', transitions: ['escalate'] },
  answerEscalation: { permission: 'request.escalate', transitions: ['answer'] },
  resolve:          { permission: 'request.take',     transitions: ['resolve'] },
  rate:             { permission: 'request.create',   transitions: ['rate'],   withinWindow: true },
  reopen:           { permission: 'request.create',   transitions: ['reopen'], withinWindow: true },
  cancel:           { permission: 'request.create',   transitions: ['cancel'] },
  reject:           { permission: 'request.dispatch', transitions: ['reject'] },
  merge:            { permission: 'request.dispatch', transitions: ['merge'] },
} satisfies Record<string, { permission: Action; transitions: TransitionName[]; withinWindow?: boolean }>;
export type RequestAction = keyof typeof REQUEST_ACTIONS;
export const REQUEST_ACTION_NAMES = Object.keys(REQUEST_ACTIONS) as RequestAction[];

/** The qualified permission a request mutation requires (for its `@Requires`). */
export const requestPermission = (action: RequestAction) => `dispatch.${REQUEST_ACTIONS[action].permission}`;

/** Rating and reopening stay open for `hours` after resolution (the mutations' write checks the same in SQL). */
export const withinWindow = (resolvedAt: Date | null, hours: number, now: Date) => !!resolvedAt && resolvedAt.getTime() > now.getTime() - hours * 3_600_000;

export interface RequestFacts {
  permissions: ReadonlySet<string>;
  status: Status;
  actors: readonly Actor[];
  resolvedAt: Date | null;
  windowHours: number;
  now: Date;
}

/** Whether the caller's mutation for `action` would pass its permission, actor, state and window checks. */
export function requestAllows(action: RequestAction, f: RequestFacts): boolean {
  const a: { permission: Action; transitions: readonly TransitionName[]; withinWindow?: boolean } = REQUEST_ACTIONS[action];
  if (!f.permissions.has(`dispatch.${a.permission}`)) return false;
  if (!a.transitions.some((t) => decide(t, f.status, f.actors).ok)) return false;
  return !a.withinWindow || withinWindow(f.resolvedAt, f.windowHours, f.now);
}
