// Pure rules of the stations module, testable without GraphQL: opening hours in Asia/Shanghai
// (UTC+8, no daylight saving), slot alignment, closures, and the booking state machine.
import { BookingStatus as B } from './stations.enums';

export interface OpeningInterval {
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'HH:MM' local time. */
  opens: string;
  closes: string;
}
export interface Closure {
  /** 'YYYY-MM-DD' local dates, inclusive. */
  startsOn: string;
  endsOn: string;
}

const OFFSET_MS = 8 * 3_600_000;
const HM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

export const minutesOf = (hm: string): number => {
  if (!HM.test(hm)) return NaN;
  const [h, m] = hm.split(':').map(Number);
  return h! * 60 + m!;
};

/** Local date, weekday (1–7) and minute of day of an instant in Asia/Shanghai. */
export function localParts(at: Date): { date: string; weekday: number; minute: number } {
  const l = new Date(at.getTime() + OFFSET_MS);
  return { date: l.toISOString().slice(0, 10), weekday: ((l.getUTCDay() + 6) % 7) + 1, minute: l.getUTCHours() * 60 + l.getUTCMinutes() };
}

/** The instant of a local date and minute of day. */
export const instantOf = (date: string, minute: number): Date => new Date(Date.parse(`${date}T00:00:00Z`) - OFFSET_MS + minute * 60_000);

/** A problem with a weekly schedule, or null: closes after opens, no overlaps on one day. */
export function scheduleProblem(hours: OpeningInterval[]): string | null {
  for (const h of hours) {
    if (!Number.isInteger(h.weekday) || h.weekday < 1 || h.weekday > 7) return 'weekday must be 1 (Monday) to 7 (Sunday)';
    const [o, c] = [minutesOf(h.opens), minutesOf(h.closes)];
    if (Number.isNaN(o) || Number.isNaN(c)) return 'times are HH:MM';
    if (c <= o) return 'closes must be after opens';
  }
  for (let d = 1; d <= 7; d++) {
    const day = hours
      .filter((h) => h.weekday === d)
      .map((h) => [minutesOf(h.opens), minutesOf(h.closes)] as const)
      .sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < day.length; i++) if (day[i]![0] < day[i - 1]![1]) return 'intervals of one day overlap';
  }
  return null;
}

export const closedOn = (closures: Closure[], date: string) => closures.some((c) => c.startsOn <= date && date <= c.endsOn);

export type SlotVerdict = 'OK' | 'STATION_CLOSED' | 'OUTSIDE_OPENING_HOURS' | 'SLOT_NOT_ALIGNED';

/**
 * Whether a slot of `slotMinutes` starting at `startsAt` is bookable by the schedule: slots start at
 * an interval's opening time and every `slotMinutes` after, and end by its closing time.
 */
export function slotVerdict(hours: OpeningInterval[], closures: Closure[], slotMinutes: number, startsAt: Date): SlotVerdict {
  const { date, weekday, minute } = localParts(startsAt);
  if (closedOn(closures, date)) return 'STATION_CLOSED';
  if (startsAt.getUTCSeconds() !== 0 || startsAt.getUTCMilliseconds() !== 0) return 'SLOT_NOT_ALIGNED';
  const within = hours.filter((h) => h.weekday === weekday && minutesOf(h.opens) <= minute && minute + slotMinutes <= minutesOf(h.closes));
  if (within.length === 0) return 'OUTSIDE_OPENING_HOURS';
  return within.some((h) => (minute - minutesOf(h.opens)) % slotMinutes === 0) ? 'OK' : 'SLOT_NOT_ALIGNED';
}

/** Every slot start in [from, to) by the schedule, skipping closed days (at most `limit`). */
export function slotsBetween(hours: OpeningInterval[], closures: Closure[], slotMinutes: number, from: Date, to: Date, limit = 500): Date[] {
  const out: Date[] = [];
  let day = localParts(from).date;
  const last = localParts(to).date;
  while (day <= last && out.length < limit) {
    if (!closedOn(closures, day)) {
      const weekday = localParts(instantOf(day, 12 * 60)).weekday;
      const intervals = hours.filter((h) => h.weekday === weekday).sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
      for (const h of intervals) {
        for (let m = minutesOf(h.opens); m + slotMinutes <= minutesOf(h.closes); m += slotMinutes) {
          const at = instantOf(day, m);
          if (at >= from && at < to && out.length < limit) out.push(at);
        }
      }
    }
    day = new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  }
  return out;
}

// ── Booking state machine ───────────────────────────────────────────────────────────────────
export type BookingAction = 'cancel' | 'attend' | 'noShow';
export const BOOKING_FROM: Record<BookingAction, readonly B[]> = { cancel: [B.BOOKED], attend: [B.BOOKED], noShow: [B.BOOKED] };
export const BOOKING_TO: Record<BookingAction, B> = { cancel: B.CANCELLED, attend: B.ATTENDED, noShow: B.NO_SHOW };
export const bookingAllows = (action: BookingAction, status: B) => BOOKING_FROM[action].includes(status);
// booking.service applies these tables as its conditional writes (`status = any(BOOKING_FROM)`).

/** Who may take a booking action: its holder cancels their own, staff (stations.attend) any, and only staff record attendance. */
export interface BookingFacts {
  permissions: ReadonlySet<string>;
  /** The booking is the caller's own. */
  mine: boolean;
}
export const BOOKING_ACTORS: Record<BookingAction, (f: BookingFacts) => boolean> = {
  cancel: (f) => f.permissions.has('stations.book') && (f.mine || f.permissions.has('stations.attend')),
  attend: (f) => f.permissions.has('stations.attend'),
  noShow: (f) => f.permissions.has('stations.attend'),
};
export const bookingActorAllows = (action: BookingAction, f: BookingFacts) => BOOKING_ACTORS[action](f);
