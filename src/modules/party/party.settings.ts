// Settings of party building: how many units chair per year (双月轮值: six units, two months
// each), the default number of places of a service item, and whether dispatch work counts.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

export const partySettings = z.object({
  /** Units chairing per year; each chairs 12 / N months, so N must divide 12 (6 → two months each). */
  rotationUnitsPerYear: z
    .number()
    .int()
    .min(1)
    .max(12)
    .refine((n) => 12 % n === 0, 'must divide 12 (1, 2, 3, 4, 6 or 12)')
    .default(6),
  /** Places of a new service item when the publisher gives none (1: exactly one claimer). */
  defaultItemCapacity: z.number().int().min(1).max(1000).default(1),
  /** Dispatch requests a reporting member took and resolved become service records. */
  recordDispatchService: z.boolean().default(true),
});
export type PartySettings = z.infer<typeof partySettings>;

/** The declaration the manifest lists and `ctx.settings(PartySettings)` reads (typed PartySettings). */
export const PartySettings = defineSettings('party', partySettings, { version: 1 });

export const monthsPerSlot = (s: PartySettings) => 12 / s.rotationUnitsPerYear;
