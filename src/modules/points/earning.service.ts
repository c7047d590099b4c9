// Earning from events of other modules: every enabled rule of the community's settings whose
// event matches credits the beneficiary once per event (unique source event + rule), within
// the rule's cap for the current period.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import type { EventHandlerContext } from '../../plugins/events/define-event';
import { householdsExist, householdsOfAccounts, accountNames } from '../core/public';
import { ensureAccount, post, settleLedger } from './ledger.service';
import { beneficiary, capped, pointsForRule } from './points.policy';
import { PointsTransactionKind } from './points.enums';
import type { EarningRule, PointsSettings } from './points.settings';
import { CORRECTION_DATA, followCorrection } from './correction.service';
import { POINTS_EVENTS } from './points.events';

const PERIOD_SQL = { DAY: 'day', WEEK: 'week', MONTH: 'month', YEAR: 'year' } as const;

/** The member account an event's beneficiary uses under the community's scope (null: nobody to credit). */
export async function beneficiaryAccount(em: EntityManager, communityId: string, scope: PointsSettings['accountScope'], who: { accountId: string | null; householdId: string | null }): Promise<string | null> {
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

export async function earnFromEvent(event: OutboxEventRecord, { em, settings, publish }: EventHandlerContext): Promise<void> {
  const s = settings as PointsSettings;
  const communityId = event.communityId;
  if (!communityId || event.type.startsWith('points.')) return;
  if (event.type === 'volunteer.HoursCorrected') {
    // Points handles every type untyped and knows volunteer only through the event's documented data.
    const corrected = CORRECTION_DATA.safeParse(event.data);
    return corrected.success ? followCorrection({ ...event, data: corrected.data }, { em, settings, publish }) : undefined;
  }
  const rules = s.rules.filter((r) => r.enabled && r.event === event.type);
  if (rules.length === 0) return;
  const who = beneficiary(event.type, event.data);
  const accountId = await beneficiaryAccount(em, communityId, s.accountScope, who);
  if (!accountId) return;
  // Lock the account so the cap sums what was really earned before this event.
  await em.execute('select id from points_account where id = ? for update', [accountId]);
  for (const rule of rules) {
    let amount = pointsForRule(rule, who.minutes);
    if (rule.cap) amount = Math.min(amount, await capLeft(em, accountId, rule));
    if (amount <= 0) continue;
    const done = await post(em, { communityId, kind: PointsTransactionKind.EARN, memberAccountId: accountId, delta: amount, ruleKey: rule.key, sourceEventSeq: event.seq });
    if (done) {
      publish(POINTS_EVENTS.Earned, { communityId, subject: { type: 'PointsTransaction', id: done.transactionId }, data: { accountId, points: amount, ruleKey: rule.key, sourceEvent: event.type } });
    }
  }
  await settleLedger(em);
}
