// Who an earning event credits and how much a capped rule may still give them: shared by the
// rules (earning.service.ts) and by corrections of volunteer hours (correction.service.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { householdsExist, householdsOfAccounts } from '../core/public';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { ensureAccount } from './ledger.service';
import { capped } from './points.policy';
import type { EarningRule, PointsSettings } from './points.settings';

const PERIOD_SQL = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

/** The member account an event's beneficiary uses under the community's scope (null: nobody to credit). */
export async function beneficiaryAccount(
  em: EntityManager,
  communityId: string,
  scope: PointsSettings['accountScope'],
  who: { accountId: string | null; householdId: string | null },
): Promise<string | null> {
  if (scope === 'person') {
    if (!who.accountId || !(await accountNames(em, communityId, [who.accountId])).has(who.accountId)) return null;
    return ensureAccount(em, communityId, { personAccountId: who.accountId });
  }
  let householdId = who.householdId;
  if (!householdId && who.accountId) householdId = (await householdsOfAccounts(em, communityId, [who.accountId])).get(who.accountId) ?? null;
  if (!householdId || !(await householdsExist(em, communityId, [householdId])).has(householdId)) return null;
  return ensureAccount(em, communityId, { householdId });
}

/** What a capped rule may still give the account this period (call with the account locked). */
export async function capLeft(em: EntityManager, accountId: string, rule: EarningRule): Promise<number> {
  if (!rule.cap) return Number.MAX_SAFE_INTEGER;
  const [row] = await em.execute(
    `select coalesce(sum(case when kind = 'EARN' then amount else -amount end), 0)::int as earned from points_transaction
      where member_account_id = ? and rule_key = ? and kind in ('EARN', 'DEDUCT')
        and created_at >= (date_trunc(?, now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai')`,
    [accountId, rule.key, PERIOD_SQL[rule.cap.period]],
  );
  return capped(Number.MAX_SAFE_INTEGER, rule.cap, row.earned);
}
