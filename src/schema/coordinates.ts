// Optional WGS 84 coordinates (latitude/longitude in degrees) on households, grid units and
// stations, for the station-reach figure. Given together or not at all; out of range or only one
// of the two is a BAD_USER_INPUT user error on the offending field (the table checks the same).
import { UserFacingError } from './errors';

export interface PointInput {
  latitude?: number | null;
  longitude?: number | null;
}
export type Point = { latitude: number; longitude: number };

/**
 * The point an input asks for: undefined when it names neither field (keep what is stored), null
 * when it clears both, the point when both are numbers in range.
 */
export function pointOf(input: PointInput): Point | null | undefined {
  const { latitude, longitude } = input;
  if (latitude === undefined && longitude === undefined) return undefined;
  if (latitude == null && longitude == null) return null;
  const together = { detail: { 'zh-CN': '纬度与经度须同时填写', en: 'latitude and longitude go together' } };
  if (latitude == null) throw new UserFacingError('BAD_USER_INPUT', ['input', 'latitude'], together);
  if (longitude == null) throw new UserFacingError('BAD_USER_INPUT', ['input', 'longitude'], together);
  if (!Number.isFinite(latitude) || latitude < -90 || latitude > 90)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'latitude'], { detail: { 'zh-CN': '纬度须在 -90 到 90 之间', en: 'latitude: -90 to 90' } });
  if (!Number.isFinite(longitude) || longitude < -180 || longitude > 180)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'longitude'], { detail: { 'zh-CN': '经度须在 -180 到 180 之间', en: 'longitude: -180 to 180' } });
  return { latitude, longitude };
}

/** Writes the asked point onto a row (nothing when the input names neither field). */
export function applyPoint(row: { latitude: number | null; longitude: number | null }, input: PointInput): void {
  const p = pointOf(input);
  if (p === undefined) return;
  row.latitude = p?.latitude ?? null;
  row.longitude = p?.longitude ?? null;
}
