// Shared input checks of party building: phones (mobile or landline), trimmed texts, dates.
import { z } from 'zod';
import { isValidMobile } from '../core/public';

const LANDLINE = /^0\d{2,3}-?\d{7,8}$/;
export const phone = z
  .string()
  .trim()
  .refine((p) => isValidMobile(p) || LANDLINE.test(p), 'PHONE_INVALID');
export const text = (max: number) => z.string().trim().min(1).max(max);
export const optText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullish()
    .transform((v) => (v ? v : v === undefined ? undefined : null));
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d), 'not a date');
export const year = z.number().int().min(2000).max(2100);
