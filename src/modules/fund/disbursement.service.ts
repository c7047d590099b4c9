// Spending: request → committee approvals (each approver once, never the requester) and, above
// the threshold, a passed council vote → APPROVED → PAID with a payment reference; or REJECTED /
// CANCELLED with a reason. Every transition is one conditional write; illegal → INVALID_STATE.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { DISBURSEMENT_FROM, DISBURSEMENT_TO, approvalRule } from './fund.policy';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { onceByKey, pgArray, postTxn } from './ledger.service';
import type { Actor } from './fund.access';
import type { FundSettings } from './fund.settings';
import type { CouncilTopicDecided } from '../council/public';
import { FUND_EVENTS } from './fund.events';

export interface RequestInput {
  fundId: string;
  title: string;
  description: string | null;
  purpose: string;
  amountFen: number;
  payee: string;
  councilTopicId: string | null;
  projectRef: string | null;
  careCaseRef: string | null;
  attachments: string[];
}

const subject = (id: string) => ({ type: 'FundDisbursement', id });

export async function stateOf(em: EntityManager, id: string): Promise<string> {
  const [row] = await em.execute(`select status from fund_disbursement where id = ?`, [id]);
  return row?.status ?? 'UNKNOWN';
}

/** `id` lets a caller that must know the request's id before it exists (a project asking through
 * an event) choose it. */
export async function requestDisbursement(
  em: EntityManager,
  actor: Actor,
  settings: FundSettings,
  input: RequestInput,
  id: string = uuidv7(),
): Promise<string> {
  const [fund] = await em.execute(`select kind, purpose, active from fund_fund where id = ? and community_id = ?`, [input.fundId, actor.communityId]);
  if (!fund?.active) throw new UserFacingError('INVALID_STATE', ['input', 'fundId'], { state: 'INACTIVE' });
  if (!settings.purposes.some((p) => p.key === input.purpose)) throw new UserFacingError('PURPOSE_UNKNOWN', ['input', 'purpose'], { purpose: input.purpose });
  if (fund.kind === 'EARMARKED' && fund.purpose !== input.purpose)
    throw new UserFacingError('PURPOSE_EARMARKED', ['input', 'purpose'], { purpose: fund.purpose });
  const rule = approvalRule(settings, input.amountFen);
  if (rule.councilRequired && !input.councilTopicId) throw new UserFacingError('COUNCIL_TOPIC_REQUIRED', ['input', 'councilTopicId']);
  // Enough committee members other than the requester must exist to ever approve it.
  const [c] = await em.execute(
    `select count(*)::int n from fund_member where fund_id = ? and role = 'COMMITTEE' and active and account_id is distinct from ?`,
    [input.fundId, actor.accountId],
  );
  if (c.n < rule.approvalsRequired) throw new UserFacingError('COMMITTEE_TOO_SMALL', ['input', 'fundId'], { required: rule.approvalsRequired });
  await em.execute(
    `insert into fund_disbursement (id, created_at, updated_at, community_id, fund_id, title, description, purpose, amount_fen, payee, requester_account_id,
       status, approvals_required, council_required, council_topic_id, project_ref, care_case_ref, attachments)
     values (?, now(), now(), ?, ?, ?, ?, ?, ?, ?, ?, 'REQUESTED', ?, ?, ?, ?, ?, ?)`,
    [
      id,
      actor.communityId,
      input.fundId,
      input.title,
      input.description,
      input.purpose,
      input.amountFen,
      input.payee,
      actor.accountId,
      rule.approvalsRequired,
      rule.councilRequired,
      input.councilTopicId,
      input.projectRef,
      input.careCaseRef,
      pgArray(input.attachments),
    ],
  );
  recordEvent(em, FUND_EVENTS.DisbursementRequested, {
    communityId: actor.communityId,
    subject: subject(id),
    data: { disbursementId: id, fundId: input.fundId, amountFen: input.amountFen, purpose: input.purpose, councilTopicId: input.councilTopicId },
  });
  return id;
}

/** REQUESTED → APPROVED once every condition holds (approvals counted, council passed if needed). */
export async function promote(em: EntityManager, communityId: string, id: string): Promise<boolean> {
  const rows = await em.execute(
    `update fund_disbursement set status = 'APPROVED', updated_at = now()
      where id = ? and status = 'REQUESTED' and approvals_count >= approvals_required and (not council_required or council_decision = 'PASSED')
      returning fund_id, amount_fen, purpose`,
    [id],
  );
  if (rows[0])
    recordEvent(em, FUND_EVENTS.DisbursementApproved, {
      communityId,
      subject: subject(id),
      data: { disbursementId: id, fundId: rows[0].fund_id, amountFen: Number(rows[0].amount_fen), purpose: rows[0].purpose },
    });
  return !!rows[0];
}

export function approve(em: EntityManager, actor: Actor, id: string): Promise<string> {
  return strategyOf(em, DISBURSEMENT_WRITES).approve(em, actor, id);
}

/** One approval row per approver (unique key); the count moves only with a new row and while approvals are awaited. */
async function approveOnce(em: EntityManager, actor: Actor, id: string): Promise<string> {
  const inserted = await em.execute(
    `insert into fund_approval (id, created_at, updated_at, community_id, disbursement_id, approver_account_id)
     values (?, now(), now(), ?, ?, ?) on conflict (disbursement_id, approver_account_id) do nothing returning id`,
    [uuidv7(), actor.communityId, id, actor.accountId],
  );
  if (!inserted[0]) throw new UserFacingError('ALREADY_APPROVED', ['input', 'id']);
  // The count moves only with a new approval row and only while the request waits for approvals.
  const counted = await em.execute(
    `update fund_disbursement set approvals_count = approvals_count + 1, updated_at = now()
      where id = ? and status = 'REQUESTED' and approvals_count < approvals_required returning approvals_count`,
    [id],
  );
  if (!counted[0]) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: await stateOf(em, id) });
  recordEvent(em, FUND_EVENTS.DisbursementApprovalGiven, {
    communityId: actor.communityId,
    subject: subject(id),
    data: { disbursementId: id, approverAccountId: actor.accountId, approvalsCount: counted[0].approvals_count },
  });
  await promote(em, actor.communityId, id);
  return id;
}

/** REQUESTED → REJECTED, REQUESTED/APPROVED → CANCELLED, each with a reason. */
export async function close(em: EntityManager, actor: Actor, id: string, action: 'reject' | 'cancel', reason: string): Promise<string> {
  const rows = await em.execute(
    `update fund_disbursement set status = ?, reason = ?, decided_by_account_id = ?, decided_at = now(), updated_at = now()
      where id = ? and community_id = ? and status = any(?::text[]) returning fund_id`,
    [DISBURSEMENT_TO[action], reason, actor.accountId, id, actor.communityId, pgArray(DISBURSEMENT_FROM[action])],
  );
  if (!rows[0]) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: await stateOf(em, id) });
  recordEvent(em, action === 'reject' ? FUND_EVENTS.DisbursementRejected : FUND_EVENTS.DisbursementCancelled, {
    communityId: actor.communityId,
    subject: subject(id),
    data: { disbursementId: id, fundId: rows[0].fund_id },
  });
  return id;
}

/** APPROVED → PAID and the money out of CASH in one transaction; INSUFFICIENT_FUNDS undoes both. */
export async function pay(em: EntityManager, actor: Actor, id: string, paymentReference: string, key: string): Promise<string> {
  return onceByKey(em, { communityId: actor.communityId, key, operation: 'pay', payload: [id, paymentReference, actor.accountId] }, async () => {
    const row = await strategyOf(em, DISBURSEMENT_WRITES).markPaid(em, actor, id, paymentReference);
    if (!row) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: await stateOf(em, id) });
    const amountFen = Number(row.amount_fen);
    await postTxn(em, {
      communityId: actor.communityId,
      fundId: row.fund_id,
      kind: 'DISBURSEMENT',
      disbursementId: id,
      legs: [
        { code: 'SPENT', amountFen },
        { code: 'CASH', amountFen: -amountFen },
      ],
    });
    recordEvent(em, FUND_EVENTS.DisbursementPaid, {
      communityId: actor.communityId,
      subject: subject(id),
      data: { disbursementId: id, fundId: row.fund_id, amountFen, purpose: row.purpose },
    });
    return id;
  });
}

export interface PaidRow {
  fund_id: string;
  amount_fen: string;
  purpose: string;
}

export interface DisbursementWrites {
  /** One committee member's approval (ALREADY_APPROVED, INVALID_STATE), promoting the request when it has enough. */
  approve(em: EntityManager, actor: Actor, id: string): Promise<string>;
  /** APPROVED → PAID with the payment reference; undefined when the request is not APPROVED. */
  markPaid(em: EntityManager, actor: Actor, id: string, paymentReference: string): Promise<PaidRow | undefined>;
}

/** Each transition is one conditional write: concurrent approvals and payouts count once. */
export const DISBURSEMENT_WRITES = defineStrategy<DisbursementWrites>('fund.disbursementWrites', 'How a disbursement is approved and marked paid', {
  approve: approveOnce,
  async markPaid(em, actor, id, paymentReference) {
    const rows: PaidRow[] = await em.execute(
      `update fund_disbursement set status = 'PAID', payment_reference = ?, paid_at = now(), paid_by_account_id = ?, updated_at = now()
        where id = ? and community_id = ? and status = 'APPROVED' returning fund_id, amount_fen, purpose`,
      [paymentReference, actor.accountId, id, actor.communityId],
    );
    return rows[0];
  },
});

/** council.TopicDecided: a passed topic linked to waiting requests counts as their council vote. */
export async function councilDecided(em: EntityManager, communityId: string, data: CouncilTopicDecided): Promise<void> {
  const topicId = typeof data.topicId === 'string' ? data.topicId : null;
  if (!topicId) return;
  const passed = data.passed === true;
  const fr = (data.fundRequest ?? null) as { amountFen?: unknown; purpose?: unknown } | null;
  const waiting: { id: string; amount_fen: string; purpose: string }[] = await em.execute(
    `select id, amount_fen, purpose from fund_disbursement
      where community_id = ? and council_topic_id = ? and status = 'REQUESTED' and council_required and council_decision is null`,
    [communityId, topicId],
  );
  for (const r of waiting) {
    // What the council voted on must cover the request (amount and, if stated, purpose).
    const covers =
      !fr || ((typeof fr.amountFen !== 'number' || fr.amountFen >= Number(r.amount_fen)) && (typeof fr.purpose !== 'string' || fr.purpose === r.purpose));
    if (passed && !covers) continue;
    const rows = await em.execute(
      `update fund_disbursement set council_decision = ?, updated_at = now(),
          status = case when ? then status else 'REJECTED' end,
          reason = case when ? then reason else '议事会表决未通过 — the council vote did not pass' end,
          decided_at = case when ? then decided_at else now() end
        where id = ? and status = 'REQUESTED' and council_decision is null returning id`,
      [passed ? 'PASSED' : 'FAILED', passed, passed, passed, r.id],
    );
    if (!rows[0]) continue;
    recordEvent(em, passed ? FUND_EVENTS.DisbursementCouncilPassed : FUND_EVENTS.DisbursementRejected, {
      communityId,
      subject: subject(r.id),
      data: { disbursementId: r.id, topicId },
    });
    if (passed) await promote(em, communityId, r.id);
  }
}
