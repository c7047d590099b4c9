// 治理成效 figures of the points module, per community and period, from its own tables.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';
import { openHouseholdCount } from '../core/public';

async function one(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await em.execute(sql, params);
  return Number(row?.n ?? 0);
}

export const pointsMetrics: MetricDeclaration[] = [
  {
    key: 'points.issued',
    name: { 'zh-CN': '发放积分', en: 'Points issued' },
    compute: (em, c, from, to) =>
      one(
        em,
        `select coalesce(sum(amount), 0)::int as n from points_transaction where community_id = ? and kind in ('EARN', 'AWARD') and created_at >= ? and created_at < ?`,
        [c, from, to],
      ),
  },
  {
    key: 'points.redeemed',
    name: { 'zh-CN': '兑换积分（扣除退还）', en: 'Points redeemed (net of refunds)' },
    compute: (em, c, from, to) =>
      one(
        em,
        `select coalesce(sum(case when kind = 'REDEEM' then amount else -amount end), 0)::int as n from points_transaction
                where community_id = ? and kind in ('REDEEM', 'REFUND') and created_at >= ? and created_at < ?`,
        [c, from, to],
      ),
  },
  {
    key: 'points.householdShare',
    aggregation: 'rate',
    name: { 'zh-CN': '获得积分的家庭占比（%）', en: 'Share of households earning points (%)' },
    compute: async (em, c, from, to) => {
      const total = await openHouseholdCount(em, c);
      if (total === 0) return 0;
      const n = await one(
        em,
        `select count(distinct a.household_id)::int as n from points_transaction t join points_account a on a.id = t.member_account_id
                                where t.community_id = ? and a.kind = 'HOUSEHOLD' and t.kind in ('EARN', 'AWARD') and t.created_at >= ? and t.created_at < ?`,
        [c, from, to],
      );
      return Math.round((n * 1000) / total) / 10;
    },
  },
];
