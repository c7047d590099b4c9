// Points follow corrected volunteer hours (volunteer.HoursCorrected): every per-hour rule on
// volunteer.ShiftCompleted recomputes what the corrected total is worth and posts the change —
// a credit (EARN, within the rule's cap) or a debit (DEDUCT). A debit takes back at most the
// balance: what the household already spent is kept as a shortfall on the correction row (and
// announced with points.CorrectionShortfall) instead of driving the balance below zero.
// The correction row's key (event, rule) makes each correction event count once.
import { z } from 'zod';
import type { OutboxEventRecord } from '../../plugins/events/event.types';
import type { EventHandlerContext } from '../../plugins/events/define-event';
import { beneficiaryAccount, capLeft } from './beneficiary.service';
import { post, settleLedger } from './ledger.service';
import { pointsForRule } from './points.policy';
import { PointsTransactionKind } from './points.enums';
import { PointsSettings } from './points.settings';
import { POINTS_EVENTS } from './points.events';

/** What points reads of `volunteer.HoursCorrected` (volunteer's public contract; points does not import volunteer). */
export const CORRECTION_DATA = z.object({
  correctedKind: z.string(),
  previousMinutes: z.number(),
  totalMinutes: z.number(),
  accountId: z.string().nullable().optional(),
  householdId: z.string().nullable().optional(),
});

export async function followCorrection(
  event: Omit<OutboxEventRecord, 'data'> & { data: z.infer<typeof CORRECTION_DATA> },
  { em, settingsAs, publish }: EventHandlerContext,
): Promise<void> {
  const s = settingsAs(PointsSettings);
  const communityId = event.communityId;
  const d = event.data;
  // Only service hours were announced as a completed shift; dispatch hours earn through their own rule.
  if (!communityId || d.correctedKind !== 'SERVICE' || typeof d.previousMinutes !== 'number' || typeof d.totalMinutes !== 'number') return;
  const rules = s.rules.filter((r) => r.enabled && r.event === 'volunteer.ShiftCompleted' && r.per === 'HOUR');
  if (rules.length === 0) return;
  const accountId = await beneficiaryAccount(em, communityId, s.accountScope, { accountId: d.accountId ?? null, householdId: d.householdId ?? null });
  if (!accountId) return;
  const [acct] = await em.execute('select balance from points_account where id = ? for update', [accountId]);
  let balance: number = acct.balance;
  for (const rule of rules) {
    let delta = pointsForRule(rule, Math.max(0, d.totalMinutes)) - pointsForRule(rule, Math.max(0, d.previousMinutes));
    if (delta > 0 && rule.cap) delta = Math.min(delta, await capLeft(em, accountId, rule));
    const taken = delta >= 0 ? delta : -Math.min(-delta, balance);
    const claimed = await em.execute(
      `insert into points_correction (community_id, source_event_seq, rule_key, account_id, delta, taken, shortfall) values (?, ?, ?, ?, ?, ?, ?)
       on conflict do nothing returning rule_key`,
      [communityId, event.seq, rule.key, accountId, delta, taken, taken - delta > 0 && delta < 0 ? taken - delta : 0],
    );
    if (claimed.length === 0 || taken === 0) {
      if (claimed.length && delta < 0)
        publish(POINTS_EVENTS.CorrectionShortfall, {
          communityId,
          subject: { type: 'PointsAccount', id: accountId },
          data: { accountId, ruleKey: rule.key, points: -delta },
        });
      continue;
    }
    const done = await post(em, {
      communityId,
      kind: taken > 0 ? PointsTransactionKind.EARN : PointsTransactionKind.DEDUCT,
      memberAccountId: accountId,
      delta: taken,
      ruleKey: rule.key,
      sourceEventSeq: event.seq,
      reason: '志愿服务时长更正',
    });
    if (!done) continue;
    balance = done.balance;
    await em.execute('update points_correction set transaction_id = ? where community_id = ? and source_event_seq = ? and rule_key = ?', [
      done.transactionId,
      communityId,
      event.seq,
      rule.key,
    ]);
    if (taken > delta)
      publish(POINTS_EVENTS.CorrectionShortfall, {
        communityId,
        subject: { type: 'PointsAccount', id: accountId },
        data: { accountId, ruleKey: rule.key, points: taken - delta },
      });
  }
  await settleLedger(em);
}
