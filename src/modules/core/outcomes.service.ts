// 治理成效: every enabled module's declared metrics for a community and period, with the previous
// period of equal length for growth, and the street roll-up that sums counts, averages rates and
// pools ratios as each metric declares (MetricDeclaration.aggregation / weightKey / parts). Core adds
// one figure of its own, 户参与率, from every enabled module's participation declarations.
import type { EntityManager } from '@mikro-orm/postgresql';
import { ratioValue, type MetricAggregation, type MetricDeclaration, type MetricFacts, type RatioParts, type WusheModule } from '../../plugins/module-contract';
import type { ModuleRegistry } from '../../plugins/registry';
import type { PresetCatalog } from '../../plugins/presets';
import { effectiveModuleSettings } from '../../plugins/community-modules';
import { typedSettings } from '../../plugins/settings';
import type { Lang } from '../../schema/messages';
import { uuidArray } from '../../db/sql';
import { householdParticipation, PARTICIPATION_KEY } from './participation.service';

export interface OutcomeGroup {
  key: string;
  name: string;
  value: number;
  numerator: number;
  denominator: number;
}

export interface OutcomeFigure {
  module: string;
  moduleName: string;
  key: string;
  name: string;
  aggregation: MetricAggregation;
  value: number;
  previousValue: number;
  change: number;
  /** Null when the previous value is 0 (growth from nothing has no percentage). */
  changePercent: number | null;
  /** Communities the figure covers (1 for a community; those with the module enabled in a roll-up). */
  communities: number;
  /** Ratios only: the counts of the period behind the value (null for sums and rates). */
  numerator: number | null;
  denominator: number | null;
  unknown: number | null;
  groups: OutcomeGroup[];
}

const round = (n: number) => Math.round(n * 100) / 100;

function figure(
  m: WusheModule,
  d: MetricDeclaration,
  lang: Lang,
  value: number,
  previousValue: number,
  communities: number,
  parts?: RatioParts,
): OutcomeFigure {
  const change = round(value - previousValue);
  return {
    module: m.key,
    moduleName: lang === 'en' ? m.name.en : m.name['zh-CN'],
    key: d.key,
    name: lang === 'en' ? d.name.en : d.name['zh-CN'],
    aggregation: d.aggregation ?? 'sum',
    value: round(value),
    previousValue: round(previousValue),
    change,
    changePercent: previousValue === 0 ? null : round(((value - previousValue) / Math.abs(previousValue)) * 100),
    communities,
    numerator: parts ? parts.numerator : null,
    denominator: parts ? parts.denominator : null,
    unknown: parts?.unknown ?? null,
    groups: (parts?.groups ?? []).map((g) => ({ ...g, value: ratioValue(g) })),
  };
}

/** Core's own figure: the share of open households that took part through any enabled mechanism. */
const PARTICIPATION: MetricDeclaration = {
  key: PARTICIPATION_KEY,
  name: { 'zh-CN': '户参与率（%，各项机制合计）', en: 'Households taking part through any mechanism (%)' },
  aggregation: 'ratio',
  compute: async () => 0, // computed by computeCommunity from every module's declarations
};

/** Every figure of the dashboard in order: core's, then each module's metrics in registry order. */
function declarations(registry: ModuleRegistry): { m: WusheModule; d: MetricDeclaration }[] {
  const core = registry.get('core');
  const out = core ? [{ m: core, d: PARTICIPATION }] : [];
  for (const m of registry.list()) for (const d of m.metrics ?? []) out.push({ m, d });
  return out;
}

/** Modules enabled in each community (core is not listed: its one figure, 户参与率, is always computed). */
export async function enabledModulesOf(em: EntityManager, communityIds: string[]): Promise<Map<string, Set<string>>> {
  const out = new Map(communityIds.map((c) => [c, new Set<string>()]));
  if (communityIds.length === 0) return out;
  const rows: { community_id: string; module_key: string }[] = await em.execute(
    `select community_id, module_key from community_module where enabled and community_id = any(?::uuid[])`,
    [uuidArray(communityIds)],
  );
  for (const r of rows) out.get(r.community_id)?.add(r.module_key);
  return out;
}

export interface RawValue {
  value: number;
  previous: number;
  /** Ratios: the counts of the period and of the previous one. */
  parts?: RatioParts;
  previousParts?: RatioParts;
}
export type RawValues = Map<string, RawValue>;

/** Registry and presets: what the figures need to read each community's settings. */
export interface OutcomeSources {
  registry: ModuleRegistry;
  presets: PresetCatalog;
}

/** Raw values of every metric of the enabled modules, in one community, now and in the previous period. */
export async function computeCommunity(
  em: EntityManager,
  app: OutcomeSources,
  enabled: Set<string>,
  communityId: string,
  from: Date,
  to: Date,
): Promise<RawValues> {
  const span = to.getTime() - from.getTime();
  const prevFrom = new Date(from.getTime() - span);
  // Metrics that read through another module's public lookups rely on the tenant filter.
  const scoped = em.fork({ clear: true }) as EntityManager;
  scoped.setFilterParams('tenant', { communityId });
  const out: RawValues = new Map();
  const on = app.registry.list().filter((m) => enabled.has(m.key));
  const [now, before] = [
    await householdParticipation(scoped, on, communityId, from, to),
    await householdParticipation(scoped, on, communityId, prevFrom, from),
  ];
  out.set(PARTICIPATION_KEY, { value: ratioValue(now), previous: ratioValue(before), parts: now, previousParts: before });
  for (const m of on) {
    const facts: MetricFacts = {
      enabled: (k) => enabled.has(k),
      settingsAs: async (decl) => {
        const value = (await effectiveModuleSettings(scoped, app.registry, app.presets, communityId, decl.module)) ?? decl.schema.parse({});
        return typedSettings(m.key, decl, value);
      },
    };
    for (const d of m.metrics ?? []) {
      if (d.parts) {
        const parts = await d.parts(scoped, communityId, from, to, facts);
        const previousParts = await d.parts(scoped, communityId, prevFrom, from, facts);
        out.set(d.key, { value: ratioValue(parts), previous: ratioValue(previousParts), parts, previousParts });
      } else {
        out.set(d.key, { value: await d.compute(scoped, communityId, from, to, facts), previous: await d.compute(scoped, communityId, prevFrom, from, facts) });
      }
    }
  }
  return out;
}

export function communityFigures(registry: ModuleRegistry, values: RawValues, lang: Lang): OutcomeFigure[] {
  const out: OutcomeFigure[] = [];
  for (const { m, d } of declarations(registry)) {
    const v = values.get(d.key);
    if (v) out.push(figure(m, d, lang, v.value, v.previous, 1, v.parts));
  }
  return named(registry, out, lang);
}

/** Participation groups carry the source's name in the caller's language. */
function named(registry: ModuleRegistry, figures: OutcomeFigure[], lang: Lang): OutcomeFigure[] {
  const names = new Map(registry.list().flatMap((m) => (m.participation ?? []).map((p) => [p.key, lang === 'en' ? p.name.en : p.name['zh-CN']] as const)));
  for (const f of figures) if (f.key === PARTICIPATION_KEY) for (const g of f.groups) g.name = names.get(g.key) ?? g.name;
  return figures;
}

/** Counts added up over communities; groups added by key (the first community's name wins). */
function addParts(list: RatioParts[]): RatioParts {
  const groups = new Map<string, { key: string; name: string; numerator: number; denominator: number }>();
  for (const p of list) {
    for (const g of p.groups ?? []) {
      const had = groups.get(g.key);
      if (had) {
        had.numerator += g.numerator;
        had.denominator += g.denominator;
      } else groups.set(g.key, { ...g });
    }
  }
  const anyUnknown = list.some((p) => p.unknown != null);
  return {
    numerator: list.reduce((a, p) => a + p.numerator, 0),
    denominator: list.reduce((a, p) => a + p.denominator, 0),
    ...(anyUnknown ? { unknown: list.reduce((a, p) => a + (p.unknown ?? 0), 0) } : {}),
    groups: [...groups.values()],
  };
}

/**
 * Sum of counts; mean of rates over the communities with the module, weighted by `weightKey` when
 * it has weight; ratios pooled (numerators and denominators added, then divided once), so a
 * street's share is that of all its households, not the mean of its communities' shares.
 */
export function rollUp(registry: ModuleRegistry, perCommunity: RawValues[], lang: Lang): OutcomeFigure[] {
  const out: OutcomeFigure[] = [];
  for (const { m, d } of declarations(registry)) {
    const having = perCommunity.filter((v) => v.has(d.key));
    if (having.length === 0) continue;
    if (d.aggregation === 'ratio') {
      const now = addParts(having.map((v) => v.get(d.key)!.parts!));
      const before = addParts(having.map((v) => v.get(d.key)!.previousParts!));
      out.push(figure(m, d, lang, ratioValue(now), ratioValue(before), having.length, now));
      continue;
    }
    const combine = (pick: 'value' | 'previous'): number => {
      const xs = having.map((v) => v.get(d.key)![pick]);
      if ((d.aggregation ?? 'sum') === 'sum') return xs.reduce((a, b) => a + b, 0);
      const ws = having.map((v) => (d.weightKey ? (v.get(d.weightKey)?.[pick] ?? 0) : 1));
      const total = ws.reduce((a, b) => a + b, 0);
      if (total > 0) return xs.reduce((a, x, i) => a + x * ws[i]!, 0) / total;
      return xs.reduce((a, b) => a + b, 0) / xs.length;
    };
    out.push(figure(m, d, lang, combine('value'), combine('previous'), having.length));
  }
  return named(registry, out, lang);
}
