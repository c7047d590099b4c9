// Sign-ups, check-in/out and hours. The place counter is changed only by conditional updates or
// under the shift's row lock, so concurrent sign-ups never exceed the limit; hours records are
// inserted once per sign-up and confirmed by a conditional update.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { AppError, UserFacingError } from '../../schema/errors';
import { serviceMinutes } from './volunteer.policy';
import { SignupStatus } from './volunteer.enums';
import { defineStrategy, strategyOf } from '../../plugins/strategies';

export interface ShiftPlaces {
  /** Takes a place of the shift (CONFIRMED) or a waiting-list entry (WAITLISTED), or refuses with SHIFT_FULL. */
  take(em: EntityManager, shiftId: string): Promise<SignupStatus>;
}

/** A conditional update takes a free place; a full shift is decided under its row lock. */
export const SHIFT_PLACES = defineStrategy<ShiftPlaces>('volunteer.shiftPlaces', 'How a sign-up takes a place of its shift', {
  async take(em, shiftId) {
    const took = await em.execute(
      `update volunteer_shift set signed_up = signed_up + 1, updated_at = now() where id = ? and status = 'OPEN' and signed_up < capacity returning id`,
      [shiftId],
    );
    if (took.length) return SignupStatus.CONFIRMED;
    // Full: decide under the shift's row lock (a cancellation may free a place meanwhile).
    const [s]: any[] = await em.execute('select signed_up, capacity, waitlist_limit from volunteer_shift where id = ? for update', [shiftId]);
    if (s.signed_up < s.capacity) {
      await em.execute('update volunteer_shift set signed_up = signed_up + 1, updated_at = now() where id = ?', [shiftId]);
      return SignupStatus.CONFIRMED;
    }
    const [w]: any[] = await em.execute(`select count(*)::int as n from volunteer_signup where shift_id = ? and status = 'WAITLISTED'`, [shiftId]);
    if (w.n >= s.waitlist_limit) throw new UserFacingError('SHIFT_FULL', ['input', 'shiftId']);
    return SignupStatus.WAITLISTED;
  },
});

export async function signUp(em: EntityManager, communityId: string, shiftId: string, memberId: string): Promise<{ id: string; status: SignupStatus }> {
  const [shift]: any[] = await em.execute(
    `select s.status, s.ends_at, a.status as activity_status from volunteer_shift s join volunteer_activity a on a.id = s.activity_id
      where s.id = ? and s.community_id = ?`,
    [shiftId, communityId],
  );
  if (!shift) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'shiftId' });
  if (shift.status !== 'OPEN' || shift.activity_status !== 'PUBLISHED' || new Date(shift.ends_at) < new Date()) {
    throw new UserFacingError('INVALID_STATE', ['input', 'shiftId'], {
      state: shift.status === 'OPEN' && shift.activity_status === 'PUBLISHED' ? 'ENDED' : 'CANCELLED',
    });
  }
  const [dup] = await em.execute(`select 1 from volunteer_signup where shift_id = ? and member_id = ? and status <> 'CANCELLED'`, [shiftId, memberId]);
  if (dup) throw new UserFacingError('ALREADY_SIGNED_UP', ['input', 'shiftId']);
  const status = await strategyOf(em, SHIFT_PLACES).take(em, shiftId);
  const id = uuidv7();
  await em.execute(`insert into volunteer_signup (id, community_id, shift_id, member_id, status) values (?, ?, ?, ?, ?)`, [
    id,
    communityId,
    shiftId,
    memberId,
    status,
  ]);
  return { id, status };
}

/** Cancels a place or a waiting-list entry; a freed place goes to the first on the waiting list. */
export async function cancelSignup(em: EntityManager, communityId: string, signupId: string): Promise<{ shiftId: string; promoted: string | null }> {
  const [row]: any[] = await em.execute('select shift_id from volunteer_signup where id = ? and community_id = ?', [signupId, communityId]);
  if (!row) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
  await em.execute('select id from volunteer_shift where id = ? for update', [row.shift_id]); // lock order: shift, then sign-ups
  const [cur]: any[] = await em.execute('select status from volunteer_signup where id = ? for update', [signupId]);
  if (cur.status !== SignupStatus.CONFIRMED && cur.status !== SignupStatus.WAITLISTED)
    throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: cur.status });
  await em.execute(`update volunteer_signup set status = 'CANCELLED', updated_at = now() where id = ?`, [signupId]);
  let promoted: string | null = null;
  if (cur.status === SignupStatus.CONFIRMED) {
    const [next]: any[] = await em.execute(
      `update volunteer_signup set status = 'CONFIRMED', updated_at = now()
        where id = (select id from volunteer_signup where shift_id = ? and status = 'WAITLISTED' order by id limit 1) returning id`,
      [row.shift_id],
    );
    if (next) promoted = next.id;
    else await em.execute('update volunteer_shift set signed_up = signed_up - 1, updated_at = now() where id = ?', [row.shift_id]);
  }
  return { shiftId: row.shift_id, promoted };
}

export async function checkIn(em: EntityManager, communityId: string, signupId: string, at: Date, by: string | null): Promise<void> {
  const rows = await em.execute(
    `update volunteer_signup set status = 'CHECKED_IN', checked_in_at = ?, checked_in_by = ?, updated_at = now() where id = ? and community_id = ? and status = 'CONFIRMED' returning id`,
    [at, by, signupId, communityId],
  );
  if (rows.length === 0) await stateError(em, communityId, signupId);
}

/** Checks out and records the computed hours (PENDING until the organizer confirms). Returns the hours record id. */
export async function checkOut(
  em: EntityManager,
  communityId: string,
  signupId: string,
  at: Date,
  by: string | null,
  rules: { rounding: number; max: number },
): Promise<string> {
  const rows: any[] = await em.execute(
    `update volunteer_signup set status = 'CHECKED_OUT', checked_out_at = greatest(?::timestamptz, checked_in_at), checked_out_by = ?, updated_at = now()
      where id = ? and community_id = ? and status = 'CHECKED_IN' returning member_id, shift_id, checked_in_at, checked_out_at`,
    [at, by, signupId, communityId],
  );
  if (rows.length === 0) await stateError(em, communityId, signupId);
  const r = rows[0];
  const [meta]: any[] = await em.execute(
    `select a.title, to_char(?::timestamptz at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day from volunteer_shift s join volunteer_activity a on a.id = s.activity_id where s.id = ?`,
    [r.checked_in_at, r.shift_id],
  );
  const minutes = serviceMinutes(new Date(r.checked_in_at), new Date(r.checked_out_at), rules.rounding, rules.max);
  const id = uuidv7();
  await em.execute(
    `insert into volunteer_hours (id, community_id, member_id, signup_id, shift_id, activity_title, service_date, minutes, kind, status, recorded_by)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'SERVICE', 'PENDING', ?)`,
    [id, communityId, r.member_id, signupId, r.shift_id, meta.title, meta.day, minutes, by],
  );
  return id;
}

async function stateError(em: EntityManager, communityId: string, signupId: string): Promise<never> {
  const [cur]: any[] = await em.execute('select status from volunteer_signup where id = ? and community_id = ?', [signupId, communityId]);
  if (!cur) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
  throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: cur.status });
}

/** Organizer confirms computed hours; returns the confirmed row (or INVALID_STATE). */
export async function confirmHours(
  em: EntityManager,
  communityId: string,
  id: string,
  by: string,
): Promise<{ member_id: string; shift_id: string | null; minutes: number; kind: string }> {
  const rows: any[] = await em.execute(
    `update volunteer_hours set status = 'CONFIRMED', confirmed_by = ?, confirmed_at = now(), updated_at = now()
      where id = ? and community_id = ? and status = 'PENDING' returning member_id, shift_id, minutes, kind`,
    [by, id, communityId],
  );
  if (rows.length) return rows[0];
  const [cur]: any[] = await em.execute('select status from volunteer_hours where id = ? and community_id = ?', [id, communityId]);
  if (!cur) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
  throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: cur.status });
}

/** A dispute: a new CORRECTION record bringing the original (with earlier corrections) to `minutes`. */
export async function correctHours(
  em: EntityManager,
  communityId: string,
  id: string,
  minutes: number,
  reason: string,
  by: string,
): Promise<{ id: string; delta: number; memberId: string; correctsId: string; kind: string; previousMinutes: number; minutes: number }> {
  const [orig]: any[] = await em.execute(`select * from volunteer_hours where id = ? and community_id = ? and kind <> 'CORRECTION' for update`, [
    id,
    communityId,
  ]);
  if (!orig) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
  if (orig.status !== 'CONFIRMED') throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: orig.status });
  const [sum]: any[] = await em.execute(`select coalesce(sum(minutes), 0)::int as n from volunteer_hours where corrects_id = ?`, [id]);
  const delta = minutes - (orig.minutes + sum.n);
  if (delta === 0) throw new UserFacingError('NOTHING_TO_CORRECT', ['input', 'minutes']);
  const newId = uuidv7();
  await em.execute(
    `insert into volunteer_hours (id, community_id, member_id, signup_id, shift_id, activity_title, service_date, minutes, kind, corrects_id, reason, status, recorded_by, confirmed_by, confirmed_at)
     select ?, community_id, member_id, null, shift_id, activity_title, service_date, ?, 'CORRECTION', id, ?, 'CONFIRMED', ?, ?, now() from volunteer_hours where id = ?`,
    [newId, delta, reason, by, by, id],
  );
  return { id: newId, delta, memberId: orig.member_id, correctsId: id, kind: orig.kind, previousMinutes: orig.minutes + sum.n, minutes };
}
