// Pure rules of the council, testable without GraphQL: the 五民 state machine of a topic, the
// pass/quorum evaluation of a closed vote, and the next date a cadence asks for.
import type { CouncilRules, Step } from './council.settings';
import { addDays, dayOf, startOfDay, weekday } from '../../schema/calendar';

export const TOPIC_STATUSES = ['RAISED', 'REJECTED', 'DISCUSSING', 'VOTING', 'NOT_PASSED', 'CARRYING_OUT', 'EVALUATING', 'CLOSED'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

export const TOPIC_ACTIONS = ['accept', 'reject', 'openVote', 'passed', 'failed', 'resolve', 'complete', 'closeEvaluation', 'escalate'] as const;
export type TopicAction = (typeof TOPIC_ACTIONS)[number];

/** Statuses after a decision, in 五民 order; each needs its step to be on. */
const AFTER_DECISION: [Step, TopicStatus][] = [
  ['carryOut', 'CARRYING_OUT'],
  ['evaluate', 'EVALUATING'],
];

function after(steps: readonly Step[], from: 'decided' | 'carriedOut'): TopicStatus {
  const rest = from === 'decided' ? AFTER_DECISION : AFTER_DECISION.slice(1);
  return rest.find(([s]) => steps.includes(s))?.[1] ?? 'CLOSED';
}

/** From which statuses an action may run, and where it leads given the body's steps. */
export const TRANSITIONS: Record<TopicAction, { from: readonly TopicStatus[]; to: (steps: readonly Step[]) => TopicStatus; needs?: Step; forbids?: Step }> = {
  accept: { from: ['RAISED'], to: () => 'DISCUSSING' }, // 民提 screened in → 民议
  reject: { from: ['RAISED'], to: () => 'REJECTED' },
  openVote: { from: ['DISCUSSING'], to: () => 'VOTING', needs: 'decide' }, // → 民决
  passed: { from: ['VOTING'], to: (s) => after(s, 'decided') }, // → 民办 / 民评 / closed
  failed: { from: ['VOTING'], to: () => 'NOT_PASSED' },
  // A body without 民决 concludes by agreement in discussion.
  resolve: { from: ['DISCUSSING'], to: (s) => after(s, 'decided'), forbids: 'decide' },
  complete: { from: ['CARRYING_OUT'], to: (s) => after(s, 'carriedOut') }, // 民办 → 民评
  closeEvaluation: { from: ['EVALUATING'], to: () => 'CLOSED' },
  // Moves to the body one level up, to be screened there; the history goes with it.
  escalate: { from: ['RAISED', 'DISCUSSING', 'NOT_PASSED'], to: () => 'RAISED' },
};

export type TransitionCheck = { ok: true; to: TopicStatus } | { ok: false; code: 'INVALID_STATE' | 'STEP_DISABLED' };

export function transition(status: TopicStatus, action: TopicAction, steps: readonly Step[]): TransitionCheck {
  const t = TRANSITIONS[action];
  if (t.needs && !steps.includes(t.needs)) return { ok: false, code: 'STEP_DISABLED' };
  if (t.forbids && steps.includes(t.forbids)) return { ok: false, code: 'STEP_DISABLED' };
  if (!t.from.includes(status)) return { ok: false, code: 'INVALID_STATE' };
  return { ok: true, to: t.to(steps) };
}

/** 五民 step a status belongs to (for screens: 民提 … 民评). */
export const STEP_OF: Record<TopicStatus, Step | null> = {
  RAISED: 'raise',
  REJECTED: null,
  DISCUSSING: 'discuss',
  VOTING: 'decide',
  NOT_PASSED: 'decide',
  CARRYING_OUT: 'carryOut',
  EVALUATING: 'evaluate',
  CLOSED: null,
};

export interface VoteSnapshot {
  /** Option index → ballots; option 0/1/2 = for/against/abstain in a yes/no vote. */
  tally: number[];
  eligible: number;
  yesNo: boolean;
}

export interface VoteOutcome {
  ballots: number;
  quorumMet: boolean;
  passed: boolean;
  /** Winning option (choice votes) or null. */
  winner: number | null;
}

/** Quorum and threshold on the closed snapshot. Abstentions count for quorum, not for the threshold. */
export function evaluateVote(snap: VoteSnapshot, rules: Pick<CouncilRules, 'quorumPercent' | 'threshold'>): VoteOutcome {
  const ballots = snap.tally.reduce((a, b) => a + b, 0);
  // Integer arithmetic: ballots / eligible ≥ quorum% ⇔ 100·ballots ≥ quorum%·eligible.
  const quorumMet = snap.eligible > 0 && ballots > 0 && 100 * ballots >= rules.quorumPercent * snap.eligible;
  if (!quorumMet) return { ballots, quorumMet, passed: false, winner: null };
  if (snap.yesNo) {
    const [yes = 0, no = 0] = snap.tally;
    const cast = yes + no;
    const passed = rules.threshold === 'simple' ? yes > no : rules.threshold === 'twoThirds' ? cast > 0 && 3 * yes >= 2 * cast : yes > 0 && no === 0;
    return { ballots, quorumMet, passed, winner: null };
  }
  const top = Math.max(...snap.tally);
  const leaders = snap.tally.flatMap((n, i) => (n === top ? [i] : []));
  const winner = leaders.length === 1 ? leaders[0]! : null;
  const passed = winner !== null && (rules.threshold === 'simple' ? true : rules.threshold === 'twoThirds' ? 3 * top >= 2 * ballots : top === ballots);
  return { ballots, quorumMet, passed, winner: passed ? winner : null };
}

const MONTHS: Record<string, number> = { monthly: 1, quarterly: 3, yearly: 12 };

/** When the next meeting is due after the last one (or after `since` when none was held). */
export function nextDue(cadence: CouncilRules['cadence'], last: Date): Date | null {
  if (cadence === 'none') return null;
  const d = new Date(last);
  if (cadence === 'weekly') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + MONTHS[cadence]!);
  return d;
}

export const MEMBER_ROLES = ['CHAIR', 'REPRESENTATIVE', 'OBSERVER'] as const;
/** Observers take part in discussion but do not vote. */
export const votingRole = (role: string) => role === 'CHAIR' || role === 'REPRESENTATIVE';

export interface CadencePeriod {
  /** Stable key of the period, e.g. `quarterly:2026-Q4`; the reminder is unique per body and key. */
  key: string;
  start: Date;
  end: Date;
}

/** The cadence period (ISO week, month, quarter, year of the community's calendar) that contains `at`; null without a cadence. */
export function cadencePeriod(cadence: CouncilRules['cadence'], at: Date, timeZone: string): CadencePeriod | null {
  if (cadence === 'none') return null;
  const day = dayOf(at, timeZone);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7)) - 1;
  const firstOf = (year: number, month: number) => new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
  let start: string;
  let end: string;
  let label: string;
  if (cadence === 'weekly') {
    start = addDays(day, 1 - weekday(day)); // Monday
    end = addDays(start, 7);
    label = start;
  } else {
    const months = MONTHS[cadence]!;
    const m0 = m - (m % months);
    start = firstOf(y, m0);
    end = firstOf(y, m0 + months);
    label = cadence === 'yearly' ? `${y}` : cadence === 'quarterly' ? `${y}-Q${m0 / 3 + 1}` : `${y}-${String(m0 + 1).padStart(2, '0')}`;
  }
  return { key: `${cadence}:${label}`, start: startOfDay(start, timeZone), end: startOfDay(end, timeZone) };
}

export interface PeriodMeeting {
  id: string;
  scheduledAt: Date;
  status: string;
}

export interface Reminder {
  reason: 'NOT_SCHEDULED' | 'UPCOMING';
  dueAt: Date;
  meetingId: string | null;
}

/**
 * Whether a body's regular meeting calls for the period's one reminder now: a regular meeting of
 * the period is coming within `leadDays` (UPCOMING), or none is scheduled or held in the period
 * and its end — when the cadence's meeting falls due — is within `leadDays` (NOT_SCHEDULED).
 */
export function reminderFor(period: CadencePeriod, meetings: readonly PeriodMeeting[], now: Date, leadDays: number): Reminder | null {
  const lead = leadDays * 86_400_000;
  const inPeriod = meetings.filter((m) => m.scheduledAt >= period.start && m.scheduledAt < period.end);
  const next = inPeriod
    .filter((m) => m.status === 'SCHEDULED' && m.scheduledAt >= now && m.scheduledAt.getTime() - now.getTime() <= lead)
    .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime())[0];
  if (next) return { reason: 'UPCOMING', dueAt: next.scheduledAt, meetingId: next.id };
  if (inPeriod.length === 0 && period.end.getTime() - now.getTime() <= lead) return { reason: 'NOT_SCHEDULED', dueAt: period.end, meetingId: null };
  return null;
}

// ── Who runs a body ─────────────────────────────────────────────────────────────────────────
/**
 * Staff actions on a body's topics and meetings. A role permission opens them community-wide (grid
 * workers: on their grid's bodies); the body's seated CHAIR (议事会主任／召集人) screens its topics
 * and holds its meetings whatever their role — that is what the chair is elected for.
 */
export const BODY_ACTIONS = {
  'topic.screen': { chair: true },
  'meeting.manage': { chair: true },
} as const;
export type BodyAction = keyof typeof BODY_ACTIONS;

export interface BodyFacts {
  permissions: ReadonlySet<string>;
  /** The caller holds the CHAIR seat of the body (term not over). */
  chair: boolean;
  /** The caller's grid scope lets them act as staff on the body (council.access.ts managesBody). */
  managesBody: boolean;
}

export type BodyDecision = 'OK' | 'FORBIDDEN' | 'COUNCIL_OUTSIDE_GRID';

export function bodyActionDecision(action: BodyAction, f: BodyFacts): BodyDecision {
  if (BODY_ACTIONS[action].chair && f.chair) return 'OK';
  if (!f.permissions.has(`council.${action}`)) return 'FORBIDDEN';
  return f.managesBody ? 'OK' : 'COUNCIL_OUTSIDE_GRID';
}

// ── Who may act on a vote ───────────────────────────────────────────────────────────────────
export const VOTE_ACTIONS = ['cast', 'enter', 'close'] as const;
export type VoteAction = (typeof VOTE_ACTIONS)[number];

export interface VoteFacts {
  permissions: ReadonlySet<string>;
  /** The caller's grid scope lets them act as staff on the vote's body (council.access.ts managesBody). */
  managesBody: boolean;
  /** The caller's active seat on the vote's body (term not over), if any. */
  seat: { role: string; householdId: string | null } | null;
  vote: { status: string; closesAt: Date | null; votingUnit: string; allowChange: boolean };
  /** The caller's voter key (member or household) already holds a ballot. */
  voted: boolean;
  now: Date;
}

export type VoteDecision =
  'OK' | 'FORBIDDEN' | 'COUNCIL_OUTSIDE_GRID' | 'COUNCIL_NOT_ELIGIBLE' | 'COUNCIL_NO_HOUSEHOLD' | 'VOTE_CLOSED' | 'COUNCIL_ALREADY_VOTED' | 'INVALID_STATE';

/** Ballots are taken while the vote is open and its deadline (if any) has not passed. */
export const ballotsOpen = (v: { status: string; closesAt: Date | null }, now: Date) => v.status === 'OPEN' && (!v.closesAt || v.closesAt > now);

/**
 * The rule the vote mutations apply and `viewerCan` reads. `cast`: one's own ballot, as a seated
 * voting member (with a household in 一户一票 votes), while ballots are taken, once unless the
 * body allows changing. `enter` / `close`: staff with council.vote.manage on a body of their grid;
 * in-person ballots while ballots are taken, closing once (also after the deadline). Which member
 * an in-person ballot is for is the input's, checked by the mutation.
 */
export function voteActionDecision(action: VoteAction, f: VoteFacts): VoteDecision {
  if (action === 'cast') {
    if (!f.permissions.has('council.vote.cast')) return 'FORBIDDEN';
    if (!f.seat || !votingRole(f.seat.role)) return 'COUNCIL_NOT_ELIGIBLE';
    if (f.vote.votingUnit === 'household' && !f.seat.householdId) return 'COUNCIL_NO_HOUSEHOLD';
    if (!ballotsOpen(f.vote, f.now)) return 'VOTE_CLOSED';
    return f.voted && !f.vote.allowChange ? 'COUNCIL_ALREADY_VOTED' : 'OK';
  }
  if (!f.permissions.has('council.vote.manage')) return 'FORBIDDEN';
  if (!f.managesBody) return 'COUNCIL_OUTSIDE_GRID';
  if (action === 'enter') return ballotsOpen(f.vote, f.now) ? 'OK' : 'VOTE_CLOSED';
  return f.vote.status === 'OPEN' ? 'OK' : 'INVALID_STATE';
}
