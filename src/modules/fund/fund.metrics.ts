// 治理成效 figures of the fund, per community and period [from, to), from the fund's own tables.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { MetricDeclaration } from '../../plugins/module-contract';
import { DEFAULT_PURPOSES } from './fund.settings';

const one = async (em: EntityManager, sql: string, params: unknown[]): Promise<number> => Number((await em.execute(sql, params))[0]?.v ?? 0);

/** Income (money and goods at valuation) net of refunds, posted in the period. */
export const donationsFen = (em: EntityManager, c: string, from: Date, to: Date) =>
  one(
    em,
    `select coalesce(sum(-e.amount_fen), 0) v from fund_ledger_entry e join fund_account a on a.id = e.account_id
            where e.community_id = ? and a.code = 'INCOME' and e.created_at >= ? and e.created_at < ?`,
    [c, from, to],
  );

const disbursedFen = (purpose: string | null) => (em: EntityManager, c: string, from: Date, to: Date) =>
  one(
    em,
    `select coalesce(sum(amount_fen), 0) v from fund_disbursement
            where community_id = ? and status = 'PAID' and paid_at >= ? and paid_at < ? and (?::text is null or purpose = ?)`,
    [c, from, to, purpose, purpose],
  );

export const fundMetrics: MetricDeclaration[] = [
  { key: 'fund.donationsFen', name: { 'zh-CN': '捐赠额（分）', en: 'Donations (fen, net of refunds)' }, compute: donationsFen },
  {
    key: 'fund.donationGrowthPct',
    aggregation: 'rate',
    name: { 'zh-CN': '捐赠增长率（%，较上一等长期间）', en: 'Donation growth vs the previous period of equal length (%)' },
    compute: async (em, c, from, to) => {
      const span = to.getTime() - from.getTime();
      const [now, before] = [await donationsFen(em, c, from, to), await donationsFen(em, c, new Date(from.getTime() - span), from)];
      if (before === 0) return now > 0 ? 100 : 0;
      return Math.round(((now - before) / before) * 1000) / 10;
    },
  },
  {
    key: 'fund.donors',
    name: { 'zh-CN': '捐赠人数', en: 'Distinct donors' },
    compute: (em, c, from, to) =>
      one(
        em,
        `select count(distinct donor_type || ':' || coalesce(donor_ref_id::text, donor_account_id::text, donor_name))::int v
                 from fund_donation where community_id = ? and received_at >= ? and received_at < ?`,
        [c, from, to],
      ),
  },
  { key: 'fund.disbursedFen', name: { 'zh-CN': '支出额（分）', en: 'Disbursed (fen)' }, compute: disbursedFen(null) },
  ...DEFAULT_PURPOSES.map((p) => ({
    key: `fund.disbursedFen.${p.key}`,
    name: { 'zh-CN': `支出额（分）：${p.name}`, en: `Disbursed for ${p.key} (fen)` },
    compute: disbursedFen(p.key),
  })),
  {
    key: 'fund.daysToPayment',
    aggregation: 'rate',
    name: { 'zh-CN': '申请到支付平均天数', en: 'Average days from request to payment' },
    compute: (em, c, from, to) =>
      one(
        em,
        `select coalesce(round(avg(extract(epoch from paid_at - created_at) / 86400)::numeric, 1), 0) v
                 from fund_disbursement where community_id = ? and status = 'PAID' and paid_at >= ? and paid_at < ?`,
        [c, from, to],
      ),
  },
];
