// Earning from events of other modules: every enabled rule of the community's settings whose
// event matches credits the beneficiary once per event (unique source event + rule), within
// the rule's cap for the current period.
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import type { EventHandlerContext } from '../../plugins/events/define-event';
import { post, settleLedger } from './ledger.service';
import { beneficiary, pointsForRule } from './points.policy';
import { PointsTransactionKind } from './points.enums';
import { PointsSettings } from './points.settings';
import { beneficiaryAccount, capLeft } from './beneficiary.service';
import { POINTS_EVENTS } from './points.events';

export async function earnByRules(event: OutboxEventRecord, { em, settingsAs, publish }: EventHandlerContext): Promise<void> {
  const s = settingsAs(PointsSettings);
  const communityId = event.communityId;
  if (!communityId || event.type.startsWith('points.')) return;
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
    const done = await post(em, {
      communityId,
      kind: PointsTransactionKind.EARN,
      memberAccountId: accountId,
      delta: amount,
      ruleKey: rule.key,
      sourceEventSeq: event.seq,
    });
    if (done) {
      publish(POINTS_EVENTS.Earned, {
        communityId,
        subject: { type: 'PointsTransaction', id: done.transactionId },
        data: { accountId, points: amount, ruleKey: rule.key, sourceEvent: event.type },
      });
    }
  }
  await settleLedger(em);
}
