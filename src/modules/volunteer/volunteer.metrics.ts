// 治理成效 figures of the volunteer module (Fengqing: 12,000+ hours a year; "近80%家庭参与").
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';
import { householdsOfAccounts, openHouseholdCount } from '../core/public';

const day = `(?::timestamptz at time zone 'Asia/Shanghai')::date`;

async function one(em: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const [row] = await em.execute(sql, params);
  return Number(row?.n ?? 0);
}

export const volunteerMetrics: MetricDeclaration[] = [
  {
    key: 'volunteer.active',
    name: { 'zh-CN': '活跃志愿者（人）', en: 'Active volunteers' },
    compute: (em, c, from, to) =>
      one(
        em,
        `select count(distinct member_id)::int as n from volunteer_hours where community_id = ? and status = 'CONFIRMED' and service_date >= ${day} and service_date < ${day}`,
        [c, from, to],
      ),
  },
  {
    key: 'volunteer.hours',
    name: { 'zh-CN': '志愿服务时长（小时）', en: 'Volunteer hours' },
    compute: async (em, c, from, to) =>
      Math.round(
        (await one(
          em,
          `select coalesce(sum(minutes), 0)::int as n from volunteer_hours where community_id = ? and status = 'CONFIRMED' and service_date >= ${day} and service_date < ${day}`,
          [c, from, to],
        )) / 6,
      ) / 10,
  },
  {
    key: 'volunteer.householdShare',
    aggregation: 'rate',
    name: { 'zh-CN': '有志愿者的家庭占比（%）', en: 'Share of households with a volunteer (%)' },
    compute: async (em, c) => {
      const total = await openHouseholdCount(em, c);
      if (total === 0) return 0;
      const rows: { account_id: string }[] = await em.execute(
        `select account_id from volunteer_member where community_id = ? and active and account_id is not null`,
        [c],
      );
      const households = new Set(
        [
          ...(
            await householdsOfAccounts(
              em,
              c,
              rows.map((r) => r.account_id),
            )
          ).values(),
        ].filter(Boolean),
      );
      return Math.round((households.size * 1000) / total) / 10;
    },
  },
];
