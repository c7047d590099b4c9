// 治理成效 figures of the dispatch module, computed from its own records per community and period.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration, MetricFacts, RatioParts } from '../../plugins/module-contract';
import { DispatchSettings } from './dispatch.settings';

type Q = (em: EntityManager, cid: string, from: Date, to: Date) => Promise<number>;

const scalar =
  (sql: string): Q =>
  async (em, cid, from, to) => {
    const [row] = await em.getConnection().execute(sql, [cid, from, to]);
    return Number(row?.v ?? 0);
  };
const pct = (num: string, den: string) => `coalesce(round(100.0 * count(*) filter (where ${num}) / nullif(count(*) filter (where ${den}), 0), 1), 0)`;

export const metricQueries = {
  received: scalar(`select count(*) v from dispatch_request where community_id = ? and created_at >= ? and created_at < ?`),
  handled: scalar(`select count(*) v from dispatch_request where community_id = ? and resolved_at >= ? and resolved_at < ?`),
  responseMinutes: scalar(
    `select coalesce(round(avg(extract(epoch from (taken_at - created_at)) / 60)::numeric, 1), 0) v from dispatch_request where community_id = ? and taken_at >= ? and taken_at < ?`,
  ),
  resolutionRate: scalar(
    `select ${pct(`resolved_at is not null or status = 'CLOSED'`, 'true')} v from dispatch_request where community_id = ? and created_at >= ? and created_at < ? and status not in ('MERGED')`,
  ),
  satisfactionRate: scalar(
    `select ${pct('rating >= 4', 'rating is not null')} v from dispatch_request where community_id = ? and closed_at >= ? and closed_at < ?`,
  ),
  overdueRate: scalar(
    `select ${pct('overdue_at is not null', 'true')} v from dispatch_request where community_id = ? and created_at >= ? and created_at < ? and status not in ('MERGED')`,
  ),
};

/**
 * The counts behind a share per request category (numerator, denominator per category key), over
 * the rows `where` selects in the community and period; categories named as the settings name them.
 */
const byCategory =
  (num: string, where: string) =>
  async (em: EntityManager, cid: string, from: Date, to: Date, facts: MetricFacts): Promise<RatioParts> => {
    const rows: { category: string; num: number; den: number }[] = await em
      .getConnection()
      .execute(
        `select category, count(*) filter (where ${num})::int num, count(*)::int den from dispatch_request where community_id = ? and ${where} group by category order by category`,
        [cid, from, to],
      );
    const names = new Map((await facts.settingsAs(DispatchSettings)).categories.map((c) => [c.key, c.name]));
    return {
      numerator: rows.reduce((a, r) => a + r.num, 0),
      denominator: rows.reduce((a, r) => a + r.den, 0),
      groups: rows.map((r) => ({ key: r.category, name: names.get(r.category) ?? r.category, numerator: r.num, denominator: r.den })),
    };
  };

/** 办结率 (矛盾纠纷化解率 for the dispute category): requests received in the period, resolved (or closed) over all but merged duplicates. */
export const resolutionParts = byCategory(`resolved_at is not null or status = 'CLOSED'`, `created_at >= ? and created_at < ? and status <> 'MERGED'`);
/** 满意率: requests closed in the period with a rating, rated 4 or 5 over all rated. */
export const satisfactionParts = byCategory('rating >= 4', 'closed_at >= ? and closed_at < ? and rating is not null');

const t = (zh: string, en: string) => ({ 'zh-CN': zh, en });
export const dispatchMetrics: MetricDeclaration[] = [
  { key: 'dispatch.received', name: t('受理民需数', 'Requests received'), compute: metricQueries.received },
  { key: 'dispatch.handled', name: t('办结民需数', 'Requests resolved'), compute: metricQueries.handled },
  {
    key: 'dispatch.responseMinutes',
    name: t('平均响应时长（分钟）', 'Average minutes until taken'),
    compute: metricQueries.responseMinutes,
    aggregation: 'rate',
    weightKey: 'dispatch.handled',
  },
  {
    key: 'dispatch.resolutionRate',
    name: t('办结率（%，按分类含矛盾纠纷化解率）', 'Resolution rate (%, per category incl. disputes)'),
    compute: metricQueries.resolutionRate,
    aggregation: 'ratio',
    parts: resolutionParts,
  },
  {
    key: 'dispatch.satisfactionRate',
    name: t('满意率（%，4–5 分）', 'Satisfaction rate (%, rated 4–5)'),
    compute: metricQueries.satisfactionRate,
    aggregation: 'ratio',
    parts: satisfactionParts,
  },
  {
    key: 'dispatch.overdueRate',
    name: t('超期率（%）', 'Overdue rate (%)'),
    compute: metricQueries.overdueRate,
    aggregation: 'rate',
    weightKey: 'dispatch.received',
  },
];

/** Per-grid ranking: grids by resolution rate, then satisfaction, over requests received in the period. */
export async function gridRanking(em: EntityManager, cid: string, from: Date, to: Date) {
  const rows = await em.getConnection().execute(
    `select grid_unit_id, count(*)::int received, count(*) filter (where resolved_at is not null or status = 'CLOSED')::int resolved,
            ${pct(`resolved_at is not null or status = 'CLOSED'`, 'true')} resolution_rate, ${pct('rating >= 4', 'rating is not null')} satisfaction_rate,
            ${pct('overdue_at is not null', 'true')} overdue_rate
       from dispatch_request where community_id = ? and created_at >= ? and created_at < ? and grid_unit_id is not null and status <> 'MERGED'
      group by grid_unit_id order by resolution_rate desc, satisfaction_rate desc, received desc limit 100`,
    [cid, from, to],
  );
  return rows.map((r: any) => ({
    gridUnitId: r.grid_unit_id as string,
    received: r.received as number,
    resolved: r.resolved as number,
    resolutionRate: Number(r.resolution_rate),
    satisfactionRate: Number(r.satisfaction_rate),
    overdueRate: Number(r.overdue_rate),
  }));
}
