// 治理成效 figures of the grid, computed from grid's own tables per community (and period).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';
import { dueSql } from './care.service';

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
        `with recursive covered as (
           select distinct d.unit_id as id from grid_duty d join membership m on m.id = d.membership_id and m.active
            where d.community_id = ? and d.starts_on <= current_date and (d.ends_on is null or d.ends_on >= current_date)
           union select u.id from grid_unit u join covered c on u.parent_id = c.id)
         select count(*) filter (where p.unit_id in (select id from covered)) as covered, count(*) as total
           from grid_placement p where p.community_id = ? and p.ended_at is null`,
        [cid, cid], 'all', em.getTransactionContext(),
      );
      return share(Number(row?.covered ?? 0), Number(row?.total ?? 0));
    },
  },
  {
    key: 'grid.careCoverage',
    aggregation: 'rate',
    name: { 'zh-CN': '特殊群体覆盖率（有包保且按时探访）', en: 'Special-care members with a 包保 and an on-time visit' },
    compute: async (em, cid) => {
      const [row] = await em.getConnection().execute<{ covered: string; total: string }[]>(
        `select count(*) filter (where m.responsible_id is not null and ${dueSql('m')} >= current_date) as covered, count(*) as total
           from grid_care_member m where m.community_id = ? and m.starts_on <= current_date and (m.ends_on is null or m.ends_on >= current_date)`,
        [cid], 'all', em.getTransactionContext(),
      );
      return share(Number(row?.covered ?? 0), Number(row?.total ?? 0));
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
        [cid, from, to], 'all', em.getTransactionContext(),
      );
      return share(Number(row?.on_time ?? 0), Number(row?.total ?? 0));
    },
  },
];
