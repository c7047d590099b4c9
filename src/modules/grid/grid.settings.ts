// Settings of the grid module: the levels of the territory tree (root first), the duty roles of
// each level, the special-care categories with their visit intervals, and the kinds of visit.
import { z } from 'zod';
import { defineSettings } from '../../plugins/settings';

const key = z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,39}$/, 'key: letters, digits, _');
const name = z.string().trim().min(1).max(30);

const level = z.object({ key, name });
const dutyRole = z.object({
  key,
  name,
  /** Level of the units this role is assigned on. */
  level: key,
  /** The coverage check lists units of this level without a holder. */
  required: z.boolean().default(false),
});
const careCategory = z.object({ key, name, visitEveryDays: z.number().int().min(1).max(366) });
const visitKind = z.object({ key, name });

const unique = (items: { key: string }[]) => new Set(items.map((i) => i.key)).size === items.length;

export const gridSettings = z
  .object({
    levels: z
      .array(level)
      .min(1)
      .max(8)
      .default([
        { key: 'grid', name: '网格' },
        { key: 'building', name: '楼栋' },
      ]),
    dutyRoles: z
      .array(dutyRole)
      .max(20)
      .default([
        { key: 'gridWorker', name: '网格员', level: 'grid', required: true },
        { key: 'buildingLead', name: '楼栋长', level: 'building', required: false },
      ]),
    careCategories: z
      .array(careCategory)
      .max(20)
      .default([
        { key: 'elderlyAlone', name: '独居老人', visitEveryDays: 7 },
        { key: 'leftBehindChild', name: '留守儿童', visitEveryDays: 14 },
        { key: 'disabled', name: '残疾人', visitEveryDays: 14 },
        { key: 'hardship', name: '困难群众', visitEveryDays: 30 },
      ]),
    visitKinds: z
      .array(visitKind)
      .min(1)
      .max(20)
      .default([
        { key: 'homeVisit', name: '入户探访' },
        { key: 'counselling', name: '心理疏导' },
        { key: 'homeCare', name: '上门看护' },
        { key: 'phoneCall', name: '电话问候' },
      ]),
  })
  .superRefine((s, ctx) => {
    for (const [field, items] of Object.entries({ levels: s.levels, dutyRoles: s.dutyRoles, careCategories: s.careCategories, visitKinds: s.visitKinds })) {
      if (!unique(items)) ctx.addIssue({ code: 'custom', path: [field], message: 'duplicate key' });
    }
    const levels = new Set(s.levels.map((l) => l.key));
    s.dutyRoles.forEach((r, i) => {
      if (!levels.has(r.level)) ctx.addIssue({ code: 'custom', path: ['dutyRoles', i, 'level'], message: `unknown level ${r.level}` });
    });
  });

export type GridSettings = z.infer<typeof gridSettings>;

/** The declaration the manifest lists and `ctx.settings(GridSettings)` reads (typed GridSettings). */
export const GridSettings = defineSettings('grid', gridSettings, { version: 1 });
