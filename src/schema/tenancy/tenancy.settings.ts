// Settings of tenancy, per community: the time zone its calendar days are counted in, and the
// working-day calendar deadlines counted in working days use.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
/** IANA zone names are letters, digits and `_+-/` (so one can be written into SQL as a literal). */
export const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/;

/** Whether the runtime knows the IANA zone (e.g. Asia/Shanghai, Asia/Urumqi). */
const knownZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
};

export const tenancySettings = z.object({
  /** IANA time zone of the community: "today", due dates and week or month boundaries are its calendar days. */
  timeZone: z.string().regex(ZONE_NAME).refine(knownZone, 'unknown IANA time zone').default('Asia/Shanghai'),
  /**
   * Working days: `cn` follows the State Council's public holidays and 调休 make-up workdays (the
   * bundled calendar covers the years it lists; later years fall back to Monday–Friday until the
   * package is updated, or add them below); `weekdays` is Monday–Friday.
   */
  workCalendar: z.enum(['cn', 'weekdays']).default('cn'),
  /** Extra days off of this community (e.g. a local festival), YYYY-MM-DD. */
  extraHolidays: z.array(day).max(366).default([]),
  /** Extra working days (e.g. a make-up workday not yet in the bundled calendar), YYYY-MM-DD. */
  extraWorkdays: z.array(day).max(366).default([]),
});

export const TenancySettings = defineSettings('tenancy', tenancySettings, { version: 1 });
export type TenancySettingsValue = z.output<typeof tenancySettings>;
