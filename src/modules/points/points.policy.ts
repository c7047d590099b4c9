// Pure rules of the points module, unit-testable without GraphQL or a database.
import type { EarningRule } from './points.settings';
import { RedemptionStatus as R } from './points.enums';

/** Points a rule gives for one event (per hour: floored, from the event's minutes). */
export function pointsForRule(rule: Pick<EarningRule, 'points' | 'per'>, minutes: number | null): number {
  if (rule.per === 'EVENT') return rule.points;
  if (!minutes || minutes <= 0) return 0;
  return Math.floor((minutes * rule.points) / 60);
}

/** What a capped rule may still give this period. */
export function capped(amount: number, cap: EarningRule['cap'], earnedThisPeriod: number): number {
  if (!cap) return amount;
  return Math.max(0, Math.min(amount, cap.points - earnedThisPeriod));
}

/** Staff adjustments above the threshold need a second person. */
export const needsApproval = (amount: number, threshold: number) => Math.abs(amount) > threshold;

/** Redemption state machine: who may move it where. */
export const REDEMPTION_TRANSITIONS: Record<R, R[]> = {
  [R.RESERVED]: [R.PICKED_UP, R.CANCELLED],
  [R.PICKED_UP]: [],
  [R.CANCELLED]: [],
};
export const canMove = (from: R, to: R) => REDEMPTION_TRANSITIONS[from].includes(to);

/**
 * Whom an event credits. A rated dispatch request credits its taker (never the requester's
 * household in `householdId`); other events name the account and, when known, its household.
 */
export function beneficiary(type: string, data: Record<string, unknown>): { accountId: string | null; householdId: string | null; minutes: number | null } {
  const str = (v: unknown) => (typeof v === 'string' && v ? v : null);
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  if (type === 'dispatch.RequestRated') return { accountId: str(data.takerAccountId), householdId: null, minutes: num(data.minutesSpent) };
  return { accountId: str(data.accountId), householdId: str(data.householdId), minutes: num(data.minutes) ?? num(data.minutesSpent) };
}

/** A redemption code short enough to read out at the counter, unambiguous characters only. */
export function redemptionCode(random: Buffer): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  return [...random.subarray(0, 10)].map((b) => alphabet[b % alphabet.length]).join('');
}

/**
 * Actions on a redemption: the permission each mutation's guard names, the state it moves to, and
 * whether it is the holder's (the account's users — or staff — cancel; staff hand the goods out).
 */
export const REDEMPTION_ACTIONS = {
  cancel: { permission: 'points.redeem', to: R.CANCELLED, holder: true },
  pickUp: { permission: 'points.manage', to: R.PICKED_UP, holder: false },
} as const;
export type RedemptionAction = keyof typeof REDEMPTION_ACTIONS;

export interface RedemptionFacts {
  permissions: ReadonlySet<string>;
  /** The caller may act on the redemption's account (its users, or staff). */
  mayAct: boolean;
  status: R;
}

export function redemptionAllows(action: RedemptionAction, f: RedemptionFacts): boolean {
  const a = REDEMPTION_ACTIONS[action];
  return f.permissions.has(a.permission) && (!a.holder || f.mayAct) && canMove(f.status, a.to);
}
