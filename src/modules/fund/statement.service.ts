// 公示: the statement of a fund for a period, computed from the ledger — opening balance, income
// by donor (anonymous donors gathered on one line, never named), spending by purpose, closing.
import type { EntityManager } from '@mikro-orm/postgresql';
import { purposeName, type FundSettings } from './fund.settings';
import type { FundStatement, FundStatementIncomeLine, FundStatementSpendingLine } from './fund.types';

export const ANONYMOUS = '匿名捐赠人';

export async function buildStatement(
  em: EntityManager,
  settings: FundSettings,
  fund: { id: string; name: string },
  from: Date,
  to: Date,
): Promise<FundStatement> {
  const [bal] = await em.execute(
    `select coalesce(sum(e.amount_fen) filter (where e.created_at < ?), 0)::bigint opening,
            coalesce(sum(e.amount_fen) filter (where e.created_at < ?), 0)::bigint closing
       from fund_ledger_entry e join fund_account a on a.id = e.account_id
      where e.fund_id = ? and a.code = 'CASH'`,
    [from, to, fund.id],
  );
  // Income entries (credits to INCOME, debits on refund) of the period, per donor.
  const incomeRows: { anonymous: boolean; donor: string; money: string; goods: string; n: number }[] = await em.execute(
    `select d.anonymous, case when d.anonymous then '' else d.donor_name end donor,
            coalesce(sum(-e.amount_fen) filter (where d.kind = 'MONEY'), 0)::bigint money,
            coalesce(sum(-e.amount_fen) filter (where d.kind = 'GOODS'), 0)::bigint goods,
            count(*) filter (where t.kind = 'DONATION')::int n
       from fund_ledger_entry e join fund_account a on a.id = e.account_id
       join fund_ledger_txn t on t.id = e.txn_id join fund_donation d on d.id = t.donation_id
      where e.fund_id = ? and a.code = 'INCOME' and e.created_at >= ? and e.created_at < ?
      group by d.anonymous, case when d.anonymous then '' else d.donor_type || ':' || coalesce(d.donor_ref_id::text, d.donor_account_id::text, d.donor_name) end,
               case when d.anonymous then '' else d.donor_name end
      order by d.anonymous, 3 desc, 2`,
    [fund.id, from, to],
  );
  const spendRows: { purpose: string; amount: string; n: number }[] = await em.execute(
    `select s.purpose, sum(e.amount_fen)::bigint amount, count(*)::int n
       from fund_ledger_entry e join fund_account a on a.id = e.account_id
       join fund_ledger_txn t on t.id = e.txn_id join fund_disbursement s on s.id = t.disbursement_id
      where e.fund_id = ? and a.code = 'SPENT' and e.created_at >= ? and e.created_at < ?
      group by s.purpose order by 2 desc, 1`,
    [fund.id, from, to],
  );
  const income: FundStatementIncomeLine[] = incomeRows.map((r) => ({
    donor: r.anonymous ? ANONYMOUS : r.donor,
    anonymous: r.anonymous,
    moneyFen: Number(r.money),
    goodsFen: Number(r.goods),
    count: r.n,
  }));
  const spending: FundStatementSpendingLine[] = spendRows.map((r) => ({
    purpose: r.purpose,
    purposeName: purposeName(settings, r.purpose),
    amountFen: Number(r.amount),
    count: r.n,
  }));
  const statement = {
    fundName: fund.name,
    from,
    to,
    openingBalanceFen: Number(bal.opening),
    closingBalanceFen: Number(bal.closing),
    incomeFen: income.reduce((s, l) => s + l.moneyFen, 0),
    goodsFen: income.reduce((s, l) => s + l.goodsFen, 0),
    spendingFen: spending.reduce((s, l) => s + l.amountFen, 0),
    income,
    spending,
    csv: '',
  };
  statement.csv = toCsv(statement);
  return statement;
}

/** One cell: quoted, and a leading = + - @ defused so spreadsheets do not run it as a formula. */
const cell = (v: string | number) => {
  const s = String(v);
  const safe = typeof v === 'string' && /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) || safe !== s ? `"${safe.replace(/"/g, '""')}"` : safe;
};

export function toCsv(s: Omit<FundStatement, 'csv'>): string {
  const rows: (string | number)[][] = [
    ['项目 section', '名称 name', '资金（分） money_fen', '物资估值（分） goods_fen', '笔数 count'],
    ['基金 fund', s.fundName, '', '', ''],
    ['期间 period', `${s.from.toISOString()}/${s.to.toISOString()}`, '', '', ''],
    ['期初余额 opening', '', s.openingBalanceFen, '', ''],
    ...s.income.map((l) => ['收入 income', l.donor, l.moneyFen, l.goodsFen, l.count]),
    ...s.spending.map((l) => ['支出 spending', l.purposeName, l.amountFen, '', l.count]),
    ['期末余额 closing', '', s.closingBalanceFen, '', ''],
  ];
  return rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}
