// 治理成效 figures of the grid, computed from grid's own tables per community (and period).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';
import { careStats } from './care.service';
import { COVERED_UNITS } from './coverage.resolver';

const one = async (em: EntityManager, sql: string, params: unknown[]): Promise<number> => {
  const [row] = await em.getConnection().execute<{ v: string | number | null }[]>(sql, params, 'all', em.getTransactionContext());
  return Number(row?.v ?? 0);
};
const share = (num: number, den: number) => (den ? Math.round((num / den) * 10_000) / 10_000 : 1);

export const gridMetrics: MetricDeclaration[] = [
  {
    key: 'grid.householdsPerGrid',
    aggregation: 'rate',
    name: { 'zh-CN': '网格平均户数', en: 'Households per top-level grid' },
    compute: async (em, cid) => {
      const placed = await one(em, 'select count(*) as v from grid_placement where community_id = ? and ended_at is null', [cid]);
      const grids = await one(em, 'select count(*) as v from grid_unit where community_id = ? and parent_id is null', [cid]);
      return grids ? Math.round((placed / grids) * 10) / 10 : 0;
    },
  },
  {
    key: 'grid.dutyCoverage',
    aggregation: 'rate',
    name: { 'zh-CN': '责任覆盖率（有人负责的户）', en: 'Share of placed households with a responsible person' },
    compute: async (em, cid) => {
      const [row] = await em.getConnection().execute<{ covered: string; total: string }[]>(
        `with recursive ${COVERED_UNITS}
         select count(*) filter (where p.unit_id in (select id from covered)) as covered, count(*) as total
           from grid_placement p where p.community_id = ? and p.ended_at is null`,
        [cid, cid],
        'all',
        em.getTransactionContext(),
      );
      return share(Number(row?.covered ?? 0), Number(row?.total ?? 0));
    },
  },
  {
    key: 'grid.careCoverage',
    aggregation: 'rate',
    name: { 'zh-CN': '特殊群体覆盖率（有包保且按时探访）', en: 'Special-care members with a 包保 and an on-time visit' },
    compute: async (em, cid) => {
      const stats = await careStats(em, cid);
      return share(stats.covered, stats.members);
    },
  },
  {
    key: 'grid.visitsOnTime',
    aggregation: 'rate',
    name: { 'zh-CN': '按时探访率', en: 'Share of care visits done on time in the period' },
    compute: async (em, cid, from, to) => {
      const [row] = await em.getConnection().execute<{ on_time: string; total: string }[]>(
        `select count(*) filter (where on_time) as on_time, count(*) as total from grid_care_visit
          where community_id = ? and visited_at >= ? and visited_at < ?`,
        [cid, from, to],
        'all',
        em.getTransactionContext(),
      );
      return share(Number(row?.on_time ?? 0), Number(row?.total ?? 0));
    },
  },
];
