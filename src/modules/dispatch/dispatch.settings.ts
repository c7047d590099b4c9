// Settings of the dispatch module: who dispatches, the kinds and categories of requests, the
// "3+2" routes (which roles may take a request of each route), channels, deadlines and windows.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';
import { ROLES } from '../../plugins/module-contract';
import { workdayDeadline, type CommunityCalendar } from '../../schema/calendar';

/** 主办/领办/帮办 routes of "3", and 自办 of "+2" (协办 assistants are added to any route). */
export const ROUTES = ['PARTY_ORGANIZATION', 'PARTY_MEMBERS', 'COBUILD_UNITS', 'MUTUAL_HELP'] as const;
export type Route = (typeof ROUTES)[number];

export const CHANNELS = ['MINI_PROGRAM', 'APP', 'GRID_VISIT', 'WISH_WALL', 'CLOUD_LOCKER', 'PHONE', 'WALK_IN', 'HOTLINE_12345'] as const;
export type Channel = (typeof CHANNELS)[number];

const key = z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/, 'camelCase ASCII key');
const role = z.enum(ROLES);

const kind = z.object({
  key,
  name: z.string().min(1).max(30),
  route: z.enum(ROUTES),
  /** Hours from intake until the request is overdue (a category may set its own). */
  deadlineHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365),
  /** Instead of hours: working days (e.g. 3 for 3个工作日内办结), ending with the last one on the community's calendar. */
  deadlineWorkdays: z.number().int().min(1).max(60).nullable().default(null),
});

const category = z.object({
  key,
  name: z.string().min(1).max(30),
  deadlineHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 365)
    .nullable()
    .default(null),
  deadlineWorkdays: z.number().int().min(1).max(60).nullable().default(null),
});

export const DEFAULT_KINDS: z.infer<typeof kind>[] = [
  { key: 'routine', name: '常规单', route: 'PARTY_ORGANIZATION', deadlineHours: 72, deadlineWorkdays: null },
  { key: 'wish', name: '心愿单', route: 'PARTY_MEMBERS', deadlineHours: 168, deadlineWorkdays: null },
  { key: 'expectation', name: '期望单', route: 'COBUILD_UNITS', deadlineHours: 336, deadlineWorkdays: null },
];

const DEFAULT_CATEGORIES: z.infer<typeof category>[] = [
  { key: 'repair', name: '维修', deadlineHours: 48, deadlineWorkdays: null },
  { key: 'care', name: '关爱帮扶', deadlineHours: null, deadlineWorkdays: null },
  { key: 'environment', name: '环境卫生', deadlineHours: 24, deadlineWorkdays: null },
  { key: 'dispute', name: '矛盾纠纷', deadlineHours: 72, deadlineWorkdays: null },
  { key: 'policy', name: '政策咨询', deadlineHours: null, deadlineWorkdays: null },
  { key: 'other', name: '其他', deadlineHours: null, deadlineWorkdays: null },
];

/** Roles whose members may take (be assigned or claim) a request of each route. */
export const DEFAULT_ROUTE_TAKERS: Record<Route, z.infer<typeof role>[]> = {
  PARTY_ORGANIZATION: ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN'],
  PARTY_MEMBERS: ['PARTY_MEMBER'],
  COBUILD_UNITS: ['COBUILD_UNIT_MEMBER'],
  MUTUAL_HELP: ['RESIDENT', 'VOLUNTEER'],
};

export const dispatchSettings = z.object({
  /** 社区派单 (community staff) or 网格派单 (the grid worker of the request's grid). */
  dispatcher: z.enum(['community', 'grid']).default('community'),
  /** Label of the routing model shown on admin screens. */
  routeModel: z.enum(['3+2', 'custom']).default('3+2'),
  kinds: z.array(kind).min(1).max(20).default(DEFAULT_KINDS),
  categories: z.array(category).min(1).max(50).default(DEFAULT_CATEGORIES),
  routeTakers: z
    .object({
      PARTY_ORGANIZATION: z.array(role).min(1),
      PARTY_MEMBERS: z.array(role).min(1),
      COBUILD_UNITS: z.array(role).min(1),
      MUTUAL_HELP: z.array(role).min(1),
    })
    .default(DEFAULT_ROUTE_TAKERS),
  /** 协办: social workers and social organizations may be added as assistants. */
  assistants: z.boolean().default(true),
  /** 自办: the dispatcher may route a request to residents' mutual help. */
  mutualHelp: z.boolean().default(true),
  channels: z
    .array(z.enum(CHANNELS))
    .min(1)
    .default([...CHANNELS]),
  /** 书记工作室: hard cases can be sent to the secretary's studio. */
  secretaryStudio: z.boolean().default(false),
  /** Departments a request can be escalated to (街道吹哨、部门报到) while party is off or keeps no active target (see escalation.ts). */
  departments: z.array(z.string().min(1).max(40)).max(50).default(['街道办', '住建局', '民政局', '供电局', '派出所']),
  /** 提醒: remind the taker (or, while nobody holds it, the dispatcher) this many hours before the deadline. */
  remindBeforeHours: z
    .array(
      z
        .number()
        .int()
        .min(1)
        .max(24 * 30),
    )
    .max(5)
    .default([24, 2]),
  /** 超期催办: and again this many hours after it (0 = at the deadline). */
  remindOverdueHours: z
    .array(
      z
        .number()
        .int()
        .min(0)
        .max(24 * 90),
    )
    .max(5)
    .default([0, 24]),
  /** Hours after resolution during which the requester may rate or reopen; then it auto-closes. */
  reopenWindowHours: z
    .number()
    .int()
    .min(1)
    .max(24 * 90)
    .default(72),
});
export type DispatchSettings = z.infer<typeof dispatchSettings>;

/** The declaration the manifest lists and `ctx.settings(DispatchSettings)` reads (typed DispatchSettings). */
export const DispatchSettings = defineSettings('dispatch', dispatchSettings, { version: 1 });

/**
 * When a request taken in at `from` falls overdue: the category's own deadline if it sets one, else
 * the kind's; working days (on the community's calendar, weekends, holidays and 调休 counted) win
 * over hours at the same level.
 */
export function dueAt(s: DispatchSettings, kindKey: string, categoryKey: string, from: Date, cal: CommunityCalendar): Date {
  const c = s.categories.find((x) => x.key === categoryKey);
  const k = s.kinds.find((x) => x.key === kindKey)!;
  const level = c && (c.deadlineWorkdays || c.deadlineHours) ? c : k;
  if (level.deadlineWorkdays) return workdayDeadline(from, level.deadlineWorkdays, cal);
  return new Date(from.getTime() + (level.deadlineHours ?? k.deadlineHours) * 3_600_000);
}
