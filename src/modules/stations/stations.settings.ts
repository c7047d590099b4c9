// 服务站点设置: the kinds of station a community runs (Fengqing's featured 党群服务站/点, Changzhou's
// skills / projects / resources sharing stations), the service groupings (Changzhou's five 美好生活
// 共同体), the service categories of the "8有" basic services, and the booking rules.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

const keyed = z.object({
  /** Stable key stored on stations and services. */
  key: z.string().regex(/^[a-zA-Z][\w-]{0,39}$/, 'letters, digits, - or _'),
  /** Name shown to residents, e.g. 技能服务共享站. */
  name: z.string().trim().min(1).max(40),
  description: z.string().max(200).optional(),
});
const uniqueKeys = (list: { key: string }[]) => new Set(list.map((k) => k.key)).size === list.length;

export const stationsSettings = z.object({
  kinds: z
    .array(keyed)
    .min(1)
    .max(30)
    .default([{ key: 'service', name: '便民服务站' }])
    .refine(uniqueKeys, 'kind keys must be unique'),
  /** Service groupings (e.g. 便民服务共同体); empty: services are not grouped. */
  groupings: z.array(keyed).max(30).default([]).refine(uniqueKeys, 'grouping keys must be unique'),
  categories: z
    .array(keyed)
    .min(1)
    .max(30)
    .default([
      { key: 'convenience', name: '便民服务' },
      { key: 'partyActivity', name: '党群活动' },
      { key: 'deliberation', name: '协商议事' },
      { key: 'leisure', name: '休闲娱乐' },
    ])
    .refine(uniqueKeys, 'category keys must be unique'),
  /** Walking minutes a station should serve (15-minute community life circle). */
  lifeCircleMinutes: z.number().int().min(1).max(120).default(15),
  /** Metres from a station within which a household counts as reached (the station-reach figure; 1,000 m ≈ 15 minutes on foot). */
  reachRadiusMetres: z.number().int().min(50).max(20_000).default(1000),
  /** Slots can be booked at most this many days ahead. */
  bookingHorizonDays: z.number().int().min(1).max(365).default(30),
});
export type StationsSettings = z.infer<typeof stationsSettings>;

/** The declaration the manifest lists and `ctx.settings(StationsSettings)` reads (typed StationsSettings). */
export const StationsSettings = defineSettings('stations', stationsSettings, { version: 1 });
