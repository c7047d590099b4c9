// Pure rules of party building, testable without GraphQL: the months of a rotation slot, the
// round-robin choice of next year's chairs, the month a date falls in (China time), and who may
// claim a service item for whom.
import { PartyItemAudience, PartyMeetingStatus } from './party.enums';

/** Months [start, end] chaired by the slot at 1-based `position` when N units chair a year. */
export function slotMonths(position: number, unitsPerYear: number): { startMonth: number; endMonth: number } {
  const span = 12 / unitsPerYear;
  return { startMonth: (position - 1) * span + 1, endMonth: position * span };
}

/**
 * Round robin: the next `n` units of the stable order (`ordered`, active units only), continuing
 * after `lastChair` (the last chair of the previous rotation), wrapping around. When the last chair
 * is gone from the order, start from the top.
 */
export function roundRobin(ordered: readonly string[], lastChair: string | null, n: number): string[] | null {
  if (ordered.length < n) return null;
  const at = lastChair ? ordered.indexOf(lastChair) : -1;
  return Array.from({ length: n }, (_, i) => ordered[(at + 1 + i) % ordered.length]!);
}

/** Year and month (1–12) of an instant in China Standard Time (UTC+8, no daylight saving). */
export function chinaMonth(at: Date): { year: number; month: number } {
  const d = new Date(at.getTime() + 8 * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

export interface ClaimFacts {
  permissions: ReadonlySet<string>;
  /** The unit claimed for (null: the caller claims as a reporting member). */
  forUnit: boolean;
  /** Caller is the unit's liaison, or a reporting member employed by it. */
  actsForUnit: boolean;
  /** Caller has an active reporting-member record. */
  reported: boolean;
  audience: PartyItemAudience;
}

export type ClaimDecision = 'OK' | 'FORBIDDEN' | 'PARTY_NOT_REPORTED' | 'PARTY_AUDIENCE';

export function claimDecision(f: ClaimFacts): ClaimDecision {
  if (f.forUnit) {
    if (f.audience === PartyItemAudience.MEMBERS) return 'PARTY_AUDIENCE';
    if (f.permissions.has('party.item.manage')) return 'OK';
    return f.permissions.has('party.item.claim') && f.actsForUnit ? 'OK' : 'FORBIDDEN';
  }
  if (f.audience === PartyItemAudience.UNITS) return 'PARTY_AUDIENCE';
  if (!f.permissions.has('party.item.claim')) return 'FORBIDDEN';
  return f.reported ? 'OK' : 'PARTY_NOT_REPORTED';
}

export interface MeetingFacts {
  permissions: ReadonlySet<string>;
  /** The caller is the liaison of the unit convening the meeting (the chairing unit of its month). */
  convenerLiaison: boolean;
}

/**
 * Who runs a joint meeting (schedule, attendance, minutes, cancel): community staff, or the
 * chairing unit's own liaison for the months it chairs — 轮值主持单位召集联席会议.
 */
export function meetingAllows(f: MeetingFacts): boolean {
  return f.permissions.has('party.meeting.manage') || (f.permissions.has('party.meeting.convene') && f.convenerLiaison);
}

/** Meeting actions and the states each may start from (the mutations' conditional writes). */
export const MEETING_ACTIONS = {
  recordAttendance: [PartyMeetingStatus.SCHEDULED, PartyMeetingStatus.HELD],
  close: [PartyMeetingStatus.SCHEDULED],
  cancel: [PartyMeetingStatus.SCHEDULED],
} satisfies Record<string, readonly PartyMeetingStatus[]>;
export type MeetingAction = keyof typeof MEETING_ACTIONS;

export const meetingActionAllows = (action: MeetingAction, status: PartyMeetingStatus, f: MeetingFacts) =>
  meetingAllows(f) && (MEETING_ACTIONS[action] as readonly PartyMeetingStatus[]).includes(status);
