// Pure rules of the grid module, unit-testable without GraphQL.
import { z } from 'zod';
import type { GridSettings } from './grid.settings';
import { addDays, dayOf } from '../../schema/calendar';

/** Index of a level in the configured chain, or -1. */
export const levelIndex = (s: GridSettings, level: string) => s.levels.findIndex((l) => l.key === level);

/** Roots are units of the first level; every other unit sits under a unit of the level just above. */
export function parentLevelOk(s: GridSettings, level: string, parentLevel: string | null): boolean {
  const i = levelIndex(s, level);
  if (i < 0) return false;
  return i === 0 ? parentLevel === null : parentLevel === s.levels[i - 1]!.key;
}

/** A duty role is held on units of its configured level. */
export function roleFitsLevel(s: GridSettings, role: string, level: string): boolean {
  return s.dutyRoles.some((r) => r.key === role && r.level === level);
}

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A calendar day, YYYY-MM-DD, that exists (2026-02-30 is refused here, not by PostgreSQL). */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && isoDay(new Date(`${d}T00:00:00Z`)) === d, 'date: YYYY-MM-DD');

/** The next visit is due N days after the day of the last visit in the community's zone, or after enrolment if none yet. */
export function dueOn(startsOn: string, lastVisitAt: Date | null, everyDays: number, timeZone: string): string {
  return addDays(lastVisitAt ? dayOf(lastVisitAt, timeZone) : startsOn, everyDays);
}

/**
 * Who sees a special-care member (老小残困 is sensitive): readers of every member (social workers,
 * admins), the member's 包保 person, and the staff of the unit the member's household is in.
 */
export function careVisible(v: { readAll: boolean; isResponsible: boolean; unitInScope: boolean }): boolean {
  return v.readAll || v.isResponsible || v.unitInScope;
}
