// 积分设置: account scope, earning rules (event → points, caps per period), the second-approver
// threshold for staff adjustments and optional expiry. Validated on every write (zod).
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

export const PERIODS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type Period = (typeof PERIODS)[number];

export const earningRule = z.object({
  /** Stable key, stored on every transaction the rule writes (reports group by it). */
  key: z.string().regex(/^[a-zA-Z][\w.-]{0,40}$/),
  name: z.string().min(1).max(50),
  /** Event type that triggers it, e.g. `volunteer.ShiftCompleted` or an integrator's `myplugin.CleanUpDone`. */
  event: z.string().regex(/^[a-z][a-z0-9]{1,30}\.[A-Za-z]\w{0,60}$/),
  points: z.number().int().min(0).max(100_000),
  /** EVENT: points per event; HOUR: points per hour of `minutes` in the event (floored). */
  per: z.enum(['EVENT', 'HOUR']).default('EVENT'),
  /** At most this many points from the rule per account and period (calendar, Asia/Shanghai). */
  cap: z
    .object({ points: z.number().int().min(1).max(1_000_000), period: z.enum(PERIODS) })
    .nullable()
    .default(null),
  enabled: z.boolean().default(true),
});
export type EarningRule = z.infer<typeof earningRule>;

export const DEFAULT_RULES: EarningRule[] = [
  {
    key: 'volunteerHours',
    name: '志愿服务时长',
    event: 'volunteer.ShiftCompleted',
    points: 10,
    per: 'HOUR',
    cap: { points: 400, period: 'MONTH' },
    enabled: true,
  },
  { key: 'councilVote', name: '参与议事表决', event: 'council.VoteCast', points: 2, per: 'EVENT', cap: { points: 20, period: 'MONTH' }, enabled: true },
  { key: 'councilMeeting', name: '参加议事会议', event: 'council.MeetingAttended', points: 5, per: 'EVENT', cap: null, enabled: true },
  { key: 'dispatchRated', name: '接单服务获评', event: 'dispatch.RequestRated', points: 5, per: 'EVENT', cap: { points: 100, period: 'MONTH' }, enabled: true },
];

export const pointsSettings = z.object({
  /** household: 按户建立积分台账 (Panzhou); person: 个人积分 (Changzhou 益起来). */
  accountScope: z.enum(['household', 'person']).default('household'),
  rules: z
    .array(earningRule)
    .max(100)
    .default(DEFAULT_RULES)
    .refine((rules) => new Set(rules.map((r) => r.key)).size === rules.length, 'rule keys must be unique'),
  /** Staff adjustments above this many points need a second person's approval. */
  approvalThreshold: z.number().int().min(0).max(1_000_000).default(100),
  /** Points older than this many months expire (null: never; 0: everything credited before the run). */
  expiryMonths: z.number().int().min(0).max(120).nullable().default(null),
});
export type PointsSettings = z.infer<typeof pointsSettings>;

/** The declaration the manifest lists and `ctx.settings(PointsSettings)` reads (typed PointsSettings). */
export const PointsSettings = defineSettings('points', pointsSettings, { version: 1 });
