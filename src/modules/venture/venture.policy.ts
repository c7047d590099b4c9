// Pure rules of 公益创投, testable without GraphQL: the state machines of calls and milestones as
// data (each transition is applied as ONE conditional write by venture.service.ts), who may take
// which action (role permission × the call's panel × the applicant), the weighted mean of the
// panel's scores, the award by rank within the call's budget, and the shape of an application.
import { CallStatus as C, MilestoneStatus as M } from './venture.enums';

/** A score is an integer in this range, per criterion. */
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

// ── State machines ──────────────────────────────────────────────────────────────────────────
/** Who moves a milestone: the awarded organization's applicant, community staff, or the fund's answer. */
export type MilestoneActor = 'AWARDEE' | 'STAFF' | 'FUND';

// prettier-ignore
export const CALL_TRANSITIONS = {
  close: { from: [C.OPEN],   to: C.CLOSED },  // 截止: no more applications; the panel scores
  award: { from: [C.CLOSED], to: C.AWARDED }, // 评定立项: once, by rank within the budget
} as const satisfies Record<string, { from: readonly C[]; to: C }>;
export type CallTransition = keyof typeof CALL_TRANSITIONS;

// prettier-ignore
export const MILESTONE_TRANSITIONS = {
  report:         { from: [M.PLANNED],                  to: M.REPORTED,          actor: 'AWARDEE' }, // 报完成
  requestPayment: { from: [M.REPORTED],                 to: M.PAYMENT_REQUESTED, actor: 'STAFF' },   // 申请拨付 → fund disbursement
  approved:       { from: [M.PAYMENT_REQUESTED],        to: M.APPROVED,          actor: 'FUND' },    // fund.DisbursementApproved
  paid:           { from: [M.PAYMENT_REQUESTED, M.APPROVED], to: M.PAID,         actor: 'FUND' },    // fund.DisbursementPaid
  // Rejected, cancelled or refused by the fund's rules: back to REPORTED, payment may be asked again.
  returned:       { from: [M.PAYMENT_REQUESTED, M.APPROVED], to: M.REPORTED,     actor: 'FUND' },
} as const satisfies Record<string, { from: readonly M[]; to: M; actor: MilestoneActor }>;
export type MilestoneTransition = keyof typeof MILESTONE_TRANSITIONS;

export const callAllows = (t: CallTransition, status: C) => (CALL_TRANSITIONS[t].from as readonly C[]).includes(status);
export const milestoneAllows = (t: MilestoneTransition, status: M) => (MILESTONE_TRANSITIONS[t].from as readonly M[]).includes(status);

// ── Who may do what ─────────────────────────────────────────────────────────────────────────
/** Role permissions open an action to a kind of member; the call's panel and the application's
 * applicant decide who in fact may take it. */
export interface VentureFacts {
  permissions: ReadonlySet<string>;
  /** The caller sits on the call's review panel. */
  panel?: boolean;
  /** The caller filed the application in question (for its organization). */
  applicant?: boolean;
}
export type VentureAction = 'read' | 'readAll' | 'manage' | 'apply' | 'score' | 'award' | 'report' | 'requestPayment';
const has = (f: VentureFacts, p: string) => f.permissions.has(`venture.${p}`);

export const VENTURE_RULES: Record<VentureAction, (f: VentureFacts) => boolean> = {
  read: (f) => has(f, 'read'),
  // Every application of a call: staff, and the panel that scores them.
  readAll: (f) => has(f, 'manage') || (has(f, 'review') && !!f.panel),
  manage: (f) => has(f, 'manage'),
  apply: (f) => has(f, 'apply'),
  // The panel scores; never an application its member filed (no self-review).
  score: (f) => has(f, 'review') && !!f.panel && !f.applicant,
  award: (f) => has(f, 'award'),
  report: (f) => has(f, 'apply') && !!f.applicant,
  requestPayment: (f) => has(f, 'manage'),
};
export const ventureAllows = (action: VentureAction, f: VentureFacts) => VENTURE_RULES[action](f);

// ── Scores ──────────────────────────────────────────────────────────────────────────────────
export interface Criterion {
  key: string;
  name: string;
  /** Relative weight, a positive integer (e.g. percent). */
  weight: number;
}
export interface ScoreRow {
  reviewer: string;
  criterion: string;
  score: number;
}

/** Weighted mean of the panel's scores: each reviewer's weighted mean over the criteria they
 * scored, averaged over reviewers; null when nobody scored. */
export function weightedScore(criteria: readonly Criterion[], rows: readonly ScoreRow[]): number | null {
  const weight = new Map(criteria.map((c) => [c.key, c.weight]));
  const byReviewer = new Map<string, { sum: number; w: number }>();
  for (const r of rows) {
    const w = weight.get(r.criterion);
    if (!w) continue;
    const acc = byReviewer.get(r.reviewer) ?? { sum: 0, w: 0 };
    acc.sum += w * r.score;
    acc.w += w;
    byReviewer.set(r.reviewer, acc);
  }
  if (byReviewer.size === 0) return null;
  const means = [...byReviewer.values()].map((a) => a.sum / a.w);
  return Math.round((means.reduce((a, b) => a + b, 0) / means.length) * 1000) / 1000;
}

/** Whether every panel member scored every criterion of the application. */
export function reviewComplete(criteria: readonly Criterion[], panel: readonly string[], rows: readonly ScoreRow[]): boolean {
  const seen = new Set(rows.map((r) => `${r.reviewer}|${r.criterion}`));
  return panel.every((p) => criteria.every((c) => seen.has(`${p}|${c.key}`)));
}

// ── Award ───────────────────────────────────────────────────────────────────────────────────
export interface Candidate {
  id: string;
  score: number;
  requestedFen: number;
  /** Earlier applications win ties. */
  createdAt: Date;
}
export interface Ranked {
  id: string;
  rank: number;
  awarded: boolean;
}

/** Ranks by score (ties: earlier application first) and awards down the ranking while the
 * call's total budget holds; an application that does not fit is passed over, not the ones after it. */
export function rankAndAward(candidates: readonly Candidate[], totalBudgetFen: number, minScore = 0): { ranked: Ranked[]; awardedFen: number } {
  const order = [...candidates].sort((a, b) => b.score - a.score || a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : 1));
  let left = totalBudgetFen;
  const ranked = order.map((c, i) => {
    const awarded = c.score >= minScore && c.requestedFen <= left;
    if (awarded) left -= c.requestedFen;
    return { id: c.id, rank: i + 1, awarded };
  });
  return { ranked, awardedFen: totalBudgetFen - left };
}

// ── Application shape ───────────────────────────────────────────────────────────────────────
/** Why an application's money does not add up, or null: within the ceiling, milestones summing to it. */
export function budgetProblem(
  requestedFen: number,
  ceilingFen: number,
  milestoneFen: readonly number[],
): 'BUDGET_OVER_CEILING' | 'MILESTONES_NOT_SUMMING' | null {
  if (requestedFen > ceilingFen) return 'BUDGET_OVER_CEILING';
  if (milestoneFen.reduce((a, b) => a + b, 0) !== requestedFen) return 'MILESTONES_NOT_SUMMING';
  return null;
}
