// 志愿服务设置: teams (党员、青年、巾帼 …), the check-in code window, how hours are rounded and
// capped, and the organization named on hour certificates.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

export const volunteerSettings = z.object({
  teams: z
    .array(z.object({ key: z.string().regex(/^[a-zA-Z][\w-]{0,30}$/), name: z.string().min(1).max(30) }))
    .max(50)
    .default([
      { key: 'party', name: '党员志愿队' },
      { key: 'youth', name: '青年志愿队' },
      { key: 'women', name: '巾帼志愿队' },
    ])
    .refine((teams) => new Set(teams.map((t) => t.key)).size === teams.length, 'team keys must be unique'),
  /** Check-in by code opens this many minutes before a shift starts; check-out by code closes this many after it ends. */
  codeWindowMinutes: z
    .number()
    .int()
    .min(0)
    .max(24 * 60)
    .default(30),
  /** Service minutes are rounded down to this step. */
  roundingMinutes: z.number().int().min(1).max(60).default(15),
  /** At most this many minutes count for one shift. */
  maxMinutesPerShift: z
    .number()
    .int()
    .min(30)
    .max(24 * 60)
    .default(12 * 60),
  /** Organization on hour certificates (志愿服务组织); null: the community's name. */
  organizationName: z.string().min(1).max(100).nullable().default(null),
});
export type VolunteerSettings = z.infer<typeof volunteerSettings>;

/** The declaration the manifest lists and `ctx.settings(VolunteerSettings)` reads (typed VolunteerSettings). */
export const VolunteerSettings = defineSettings('volunteer', volunteerSettings, { version: 1 });
