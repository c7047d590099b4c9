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
/** 入户走访 plan: holders of `role` visit every household under their units every `everyDays` days. */
const visitPlan = z.object({ role: key, name, everyDays: z.number().int().min(1).max(366) });
const findingCategory = z.object({ key, name });

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
    /** 入户走访 (敲门问需): which duty roles visit every household of their units, and how often. */
    visitPlans: z
      .array(visitPlan)
      .max(20)
      .default([{ role: 'gridWorker', name: '网格员入户走访（敲门问需）', everyDays: 30 }]),
    /** What a household visit may find (a finding becomes a request or a need in one step). */
    findingCategories: z
      .array(findingCategory)
      .min(1)
      .max(30)
      .default([
        { key: 'livelihood', name: '民生诉求' },
        { key: 'repair', name: '维修' },
        { key: 'care', name: '关爱帮扶' },
        { key: 'environment', name: '环境卫生' },
        { key: 'dispute', name: '矛盾纠纷' },
        { key: 'safety', name: '安全隐患' },
        { key: 'other', name: '其他' },
      ]),
  })
  .superRefine((s, ctx) => {
    const lists = {
      levels: s.levels,
      dutyRoles: s.dutyRoles,
      careCategories: s.careCategories,
      visitKinds: s.visitKinds,
      findingCategories: s.findingCategories,
    };
    for (const [field, items] of Object.entries(lists)) {
      if (!unique(items)) ctx.addIssue({ code: 'custom', path: [field], message: 'duplicate key' });
    }
    const levels = new Set(s.levels.map((l) => l.key));
    s.dutyRoles.forEach((r, i) => {
      if (!levels.has(r.level)) ctx.addIssue({ code: 'custom', path: ['dutyRoles', i, 'level'], message: `unknown level ${r.level}` });
    });
    // A plan whose role is not among dutyRoles is inactive (nobody holds it): the default plan
    // names gridWorker, and a community may configure roles without it.
    const planned = new Set<string>();
    s.visitPlans.forEach((p, i) => {
      if (planned.has(p.role)) ctx.addIssue({ code: 'custom', path: ['visitPlans', i, 'role'], message: 'one plan per duty role' });
      planned.add(p.role);
    });
  });

export type GridSettings = z.infer<typeof gridSettings>;

/** The declaration the manifest lists and `ctx.settings(GridSettings)` reads (typed GridSettings). */
export const GridSettings = defineSettings('grid', gridSettings, { version: 1 });
