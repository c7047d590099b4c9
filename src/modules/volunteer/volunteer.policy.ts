// Pure rules of the volunteer module: hour computation, code windows, sign-up states (masking of 身份证号 is core's).
import { SignupStatus as S } from './volunteer.enums';

/** Service minutes between check-in and check-out, rounded down to the step and capped. */
export function serviceMinutes(checkedIn: Date, checkedOut: Date, rounding: number, max: number): number {
  const raw = Math.floor((checkedOut.getTime() - checkedIn.getTime()) / 60_000);
  if (raw <= 0) return 0;
  return Math.min(max, Math.floor(raw / rounding) * rounding);
}

/** Check-in by code opens `window` minutes before the start; check-out by code closes `window` after the end. */
export function inCodeWindow(action: 'in' | 'out', shift: { startsAt: Date; endsAt: Date }, now: Date, windowMinutes: number): boolean {
  const w = windowMinutes * 60_000;
  const t = now.getTime();
  if (action === 'in') return t >= shift.startsAt.getTime() - w && t <= shift.endsAt.getTime();
  return t >= shift.startsAt.getTime() && t <= shift.endsAt.getTime() + w;
}

/** Hours as printed on certificates: one decimal. */
export const hoursText = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1);

/** Sign-up state machine. */
export const SIGNUP_TRANSITIONS: Record<S, S[]> = {
  [S.WAITLISTED]: [S.CONFIRMED, S.CANCELLED],
  [S.CONFIRMED]: [S.CHECKED_IN, S.CANCELLED],
  [S.CHECKED_IN]: [S.CHECKED_OUT],
  [S.CHECKED_OUT]: [],
  [S.CANCELLED]: [],
};
export const canMove = (from: S, to: S) => SIGNUP_TRANSITIONS[from].includes(to);

/** Calendar bucket of a date in Asia/Shanghai for totals per period. */
export const PERIOD_FORMAT = { MONTH: 'YYYY-MM', QUARTER: 'YYYY-"Q"Q', YEAR: 'YYYY' } as const;

/**
 * Organizer and volunteer actions on one sign-up: the permission each mutation's guard names, the
 * state it moves to, and whether the volunteer may take it on their own sign-up (cancelling) —
 * organizers take every one of them on anyone's.
 */
export const SIGNUP_ACTIONS = {
  cancel: { permission: 'volunteer.signUp', to: S.CANCELLED, own: true },
  checkIn: { permission: 'volunteer.organize', to: S.CHECKED_IN, own: false },
  checkOut: { permission: 'volunteer.organize', to: S.CHECKED_OUT, own: false },
} as const;
export type SignupAction = keyof typeof SIGNUP_ACTIONS;

export interface SignupFacts {
  permissions: ReadonlySet<string>;
  /** The sign-up is the caller's own. */
  mine: boolean;
  status: S;
}

export function signupAllows(action: SignupAction, f: SignupFacts): boolean {
  const a = SIGNUP_ACTIONS[action];
  if (!f.permissions.has(a.permission)) return false;
  if (a.own && !f.mine && !f.permissions.has('volunteer.organize')) return false;
  return canMove(f.status, a.to);
}
