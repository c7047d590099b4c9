// 治理成效: every enabled module's declared metrics for a community and period, with the previous
// period of equal length for growth, and the street roll-up that sums counts and averages rates
// as each metric declares (MetricDeclaration.aggregation / weightKey).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricAggregation, MetricDeclaration, WusheModule } from '../../plugins/module-contract';
import type { ModuleRegistry } from '../../plugins/registry';
import type { Lang } from '../../schema/messages';
import { uuidArray } from '../../db/sql';

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
}

const round = (n: number) => Math.round(n * 100) / 100;

function figure(m: WusheModule, d: MetricDeclaration, lang: Lang, value: number, previousValue: number, communities: number): OutcomeFigure {
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
  };
}

/** Modules enabled in each community (core has no metrics of its own). */
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

export type RawValues = Map<string, { value: number; previous: number }>;

/** Raw values of every metric of the enabled modules, in one community, now and in the previous period. */
export async function computeCommunity(
  em: EntityManager,
  registry: ModuleRegistry,
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
  for (const m of registry.list()) {
    if (!enabled.has(m.key)) continue;
    for (const d of m.metrics ?? []) {
      out.set(d.key, { value: await d.compute(scoped, communityId, from, to), previous: await d.compute(scoped, communityId, prevFrom, from) });
    }
  }
  return out;
}

export function communityFigures(registry: ModuleRegistry, values: RawValues, lang: Lang): OutcomeFigure[] {
  const out: OutcomeFigure[] = [];
  for (const m of registry.list()) {
    for (const d of m.metrics ?? []) {
      const v = values.get(d.key);
      if (v) out.push(figure(m, d, lang, v.value, v.previous, 1));
    }
  }
  return out;
}

/** Sum of counts; mean of rates over the communities with the module, weighted by `weightKey` when it has weight. */
export function rollUp(registry: ModuleRegistry, perCommunity: RawValues[], lang: Lang): OutcomeFigure[] {
  const out: OutcomeFigure[] = [];
  for (const m of registry.list()) {
    for (const d of m.metrics ?? []) {
      const having = perCommunity.filter((v) => v.has(d.key));
      if (having.length === 0) continue;
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
  }
  return out;
}
