// Bookings. The slot's place counter changes only by conditional updates (booked < capacity), so
// concurrent bookings never exceed the capacity (a CHECK backs it); one live booking per resident
// and slot is a partial unique index. State changes are single conditional writes.
import type { EntityManager } from '@mikro-orm/postgresql';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { BOOKING_FROM, BOOKING_TO, slotVerdict, type BookingAction, type Closure } from './stations.policy';
import { pgArray } from '../../db/sql';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import type { Station, StationService } from './station.entity';

export const F = ['input', 'startsAt'];

export interface SlotPlaces {
  /** Takes one place of the slot or refuses with SLOT_FULL. */
  take(em: EntityManager, slotId: string): Promise<void>;
}

/** One conditional update (`booked < capacity`): concurrent bookings never exceed the capacity. */
export const SLOT_PLACES = defineStrategy<SlotPlaces>('stations.slotPlaces', 'How a booking takes a place of its slot', {
  async take(em, slotId) {
    const took = await em.execute(`update stations_slot set booked = booked + 1, updated_at = now() where id = ? and booked < capacity returning id`, [slotId]);
    if (took.length === 0) throw new UserFacingError('SLOT_FULL', F);
  },
});

export async function closuresOf(em: EntityManager, stationId: string): Promise<Closure[]> {
  // Candidates only: a day of slack around the database's UTC day covers every zone's today; the
  // dates are compared on the stations' local calendar (stations.policy.ts).
  const rows: { starts_on: string; ends_on: string }[] = await em.execute(
    `select to_char(starts_on, 'YYYY-MM-DD') starts_on, to_char(ends_on, 'YYYY-MM-DD') ends_on from stations_closure where station_id = ? and ends_on >= current_date - 1`,
    [stationId],
  );
  return rows.map((r) => ({ startsOn: r.starts_on, endsOn: r.ends_on }));
}

export interface BookRequest {
  communityId: string;
  station: Station;
  service: StationService;
  startsAt: Date;
  accountId: string;
  note: string | null;
  horizonDays: number;
  now?: Date;
}

/** Books a place; returns the booking id. Refusals are typed user errors. */
export async function book(em: EntityManager, r: BookRequest): Promise<string> {
  const { station, service, startsAt } = r;
  const now = r.now ?? new Date();
  if (!station.active || !service.active || !service.bookable) throw new UserFacingError('SERVICE_NOT_BOOKABLE', ['input', 'serviceId']);
  if (startsAt.getTime() <= now.getTime()) throw new UserFacingError('SLOT_PASSED', F);
  if (startsAt.getTime() > now.getTime() + r.horizonDays * 86_400_000) throw new UserFacingError('BOOKING_TOO_FAR', F, { days: r.horizonDays });
  const verdict = slotVerdict(station.openingHours, await closuresOf(em, station.id), service.slotMinutes, startsAt);
  if (verdict !== 'OK') throw new UserFacingError(verdict, F);

  // The slot's counter row appears with the first booking; concurrent first bookings meet on the unique key.
  await em.execute(
    `insert into stations_slot (id, community_id, service_id, starts_at, capacity) values (?, ?, ?, ?, ?) on conflict (service_id, starts_at) do nothing`,
    [uuidv7(), r.communityId, service.id, startsAt, service.capacity],
  );
  const [slot]: { id: string }[] = await em.execute(`select id from stations_slot where service_id = ? and starts_at = ? and community_id = ?`, [
    service.id,
    startsAt,
    r.communityId,
  ]);
  const [dup] = await em.execute(`select 1 from stations_booking where slot_id = ? and account_id = ? and status <> 'CANCELLED'`, [slot!.id, r.accountId]);
  if (dup) throw new UserFacingError('ALREADY_BOOKED', F);

  await strategyOf(em, SLOT_PLACES).take(em, slot!.id);
  const id = uuidv7();
  try {
    await em.execute(
      `insert into stations_booking (id, community_id, station_id, service_id, slot_id, account_id, starts_at, ends_at, note)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [id, r.communityId, station.id, service.id, slot!.id, r.accountId, startsAt, new Date(startsAt.getTime() + service.slotMinutes * 60_000), r.note],
    );
  } catch (e) {
    // The same resident's concurrent second booking of the slot: the transaction rolls back whole.
    if (e instanceof UniqueConstraintViolationException) throw new UserFacingError('ALREADY_BOOKED', F);
    throw e;
  }
  return id;
}

/**
 * The policy's transition as one conditional write (from BOOKING_FROM to BOOKING_TO, plus `set`);
 * returns the booking's slot.
 */
async function transition(em: EntityManager, communityId: string, bookingId: string, action: BookingAction, set: string, params: unknown[]): Promise<string> {
  const rows: { slot_id: string }[] = await em.execute(
    `update stations_booking set status = ?, ${set}, updated_at = now()
      where id = ? and community_id = ? and status = any(?::text[]) returning slot_id`,
    [BOOKING_TO[action], ...params, bookingId, communityId, pgArray(BOOKING_FROM[action])],
  );
  if (rows.length === 0) return stateError(em, communityId, bookingId);
  return rows[0]!.slot_id;
}

/** Cancels a live booking and frees its place. */
export async function cancel(em: EntityManager, communityId: string, bookingId: string): Promise<void> {
  const slotId = await transition(em, communityId, bookingId, 'cancel', 'cancelled_at = now()', []);
  await em.execute(`update stations_slot set booked = booked - 1, updated_at = now() where id = ?`, [slotId]);
}

/** Staff record whether the resident came; the place stays counted either way. */
export async function recordAttendance(em: EntityManager, communityId: string, bookingId: string, attended: boolean, by: string | null): Promise<void> {
  await transition(em, communityId, bookingId, attended ? 'attend' : 'noShow', 'attended_at = now(), attended_by = ?', [by]);
}

async function stateError(em: EntityManager, communityId: string, id: string): Promise<never> {
  const [cur]: { status: string }[] = await em.execute('select status from stations_booking where id = ? and community_id = ?', [id, communityId]);
  if (!cur) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
  throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: cur.status });
}

/** A service's new capacity applies to its future slots (never below the places already taken). */
export async function applyCapacity(em: EntityManager, serviceId: string, capacity: number): Promise<void> {
  await em.execute(`update stations_slot set capacity = greatest(booked, ?), updated_at = now() where service_id = ? and starts_at > now()`, [
    capacity,
    serviceId,
  ]);
}
