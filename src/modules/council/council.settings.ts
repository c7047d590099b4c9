// Settings of the council: the levels a community deliberates at (top first), their names, and
// the rules each level's bodies follow. Effective rules of a body = `rules` ← its level's `rules`.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

export const STEPS = ['raise', 'discuss', 'decide', 'carryOut', 'evaluate'] as const;
export type Step = (typeof STEPS)[number];

export const rulesShape = z.object({
  /** Share of eligible voters (members or households) whose ballots make a vote valid, in percent. */
  quorumPercent: z.number().int().min(0).max(100),
  /** simple: for > against; twoThirds: for ≥ 2/3 of ballots; consensus: no ballot against. */
  threshold: z.enum(['simple', 'twoThirds', 'consensus']),
  /** member: each voting member once; household: one ballot per household (户代表). */
  votingUnit: z.enum(['member', 'household']),
  /** Meeting cadence: when the next scheduled meeting falls due. */
  cadence: z.enum(['none', 'weekly', 'monthly', 'quarterly', 'yearly']),
  /** 掌上议事群: any resident may comment, not only the body's members. */
  onlineDiscussionOpen: z.boolean(),
  /** 五民 steps the body uses; 民提 and 民议 are always on, 民决/民办/民评 optional. */
  steps: z
    .array(z.enum(STEPS))
    .min(2)
    .refine((s) => s.includes('raise') && s.includes('discuss'), 'steps must include raise and discuss')
    .refine((s) => new Set(s).size === s.length, 'steps must not repeat'),
  /** Whether a voter may change the ballot until the vote closes. */
  allowVoteChange: z.boolean(),
});
export type CouncilRules = z.infer<typeof rulesShape>;

const DEFAULT_RULES: CouncilRules = {
  quorumPercent: 50,
  threshold: 'simple',
  votingUnit: 'member',
  cadence: 'none',
  onlineDiscussionOpen: false,
  steps: [...STEPS],
  allowVoteChange: false,
};

const levelShape = z.object({
  key: z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/, 'level keys are camelCase ASCII'),
  /** Name shown to residents, e.g. 居民议事会, 邻里议事亭. */
  name: z.string().trim().min(1).max(40),
  rules: rulesShape.partial().default({}),
});

export const councilSettings = z.object({
  /** Deliberation levels from the top (community) down; escalation moves one level up. */
  levels: z
    .array(levelShape)
    .min(1)
    .max(6)
    .refine((l) => new Set(l.map((x) => x.key)).size === l.length, 'level keys must be unique')
    .default([{ key: 'community', name: '社区居民议事会', rules: {} }]),
  /** Rules every level starts from. */
  rules: rulesShape.default(DEFAULT_RULES),
  /** 例会提醒: how many days before a regular meeting (or the end of a cadence period without one) the reminder goes out. */
  meetingReminderDays: z.number().int().min(0).max(60).default(7),
  /** A dispatch 期望单 (expectation request) becomes a topic of the top-level body. */
  topicsFromExpectations: z.boolean().default(true),
});
export type CouncilSettings = z.infer<typeof councilSettings>;

/** The declaration the manifest lists and `ctx.settings(CouncilSettings)` reads (typed CouncilSettings). */
export const CouncilSettings = defineSettings('council', councilSettings, { version: 1 });

/** The rules bodies at a level follow, or null when the level is not configured (any more). */
export function rulesForLevel(settings: CouncilSettings, levelKey: string): CouncilRules | null {
  const level = settings.levels.find((l) => l.key === levelKey);
  return level ? { ...settings.rules, ...level.rules } : null;
}

/** Index of a level, 0 = top; -1 when unknown. */
export const levelIndex = (settings: CouncilSettings, levelKey: string) => settings.levels.findIndex((l) => l.key === levelKey);
