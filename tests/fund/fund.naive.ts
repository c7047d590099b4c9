// Negative controls of the fund: the deliberately naive read-then-write paths (balances, receipt
// numbers, idempotency keys, approvals, payouts); tests/fund/fund.concurrency.test.ts must catch each.
import { v7 as uuidv7 } from 'uuid';
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { UserFacingError } from '../../src/schema/errors';
import { FUND_LEDGER } from '../../src/modules/fund/ledger.service';
import { DISBURSEMENT_WRITES, promote, stateOf } from '../../src/modules/fund/disbursement.service';
import { DisbursementStatus as D } from '../../src/modules/fund/fund.enums';

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export const naiveFund: StrategyOverride[] = [
  replaceStrategy(FUND_LEDGER, {
    /** Reads the balance, checks it in the application, writes the result back. */
    async apply(em, fundId, leg) {
      const [acc] = await em.execute(`select id, normal, balance_fen from fund_account where fund_id = ? and code = ?`, [fundId, leg.code]);
      const next = Number(acc.balance_fen) + leg.amountFen;
      if ((acc.normal === 'DEBIT' && next < 0) || (acc.normal === 'CREDIT' && next > 0))
        throw new UserFacingError('INSUFFICIENT_FUNDS', ['input', 'amountFen']);
      await pause(20); // widen the window the way a slow request would
      await em.execute(`update fund_account set balance_fen = ? where id = ?`, [next, acc.id]);
      return acc.id;
    },
    async nextReceiptNo(em, fundId) {
      const [row] = await em.execute(`select receipt_seq from fund_fund where id = ?`, [fundId]);
      await pause(20);
      await em.execute(`update fund_fund set receipt_seq = ? where id = ?`, [row.receipt_seq + 1, fundId]);
      return row.receipt_seq + 1;
    },
    /** Looks the key up first and claims it afterwards. */
    async once(em, idem, hash, effect) {
      const [prior] = await em.execute(`select operation, payload_hash, subject_id from fund_idempotency where community_id = ? and key = ?`, [
        idem.communityId,
        idem.key,
      ]);
      if (prior) {
        if (prior.payload_hash !== hash) throw new UserFacingError('IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
        return prior.subject_id;
      }
      const subjectId = await effect();
      await em.execute(`insert into fund_idempotency (community_id, key, operation, payload_hash, subject_id) values (?, ?, ?, ?, ?) on conflict do nothing`, [
        idem.communityId,
        idem.key,
        idem.operation,
        hash,
        subjectId,
      ]);
      return subjectId;
    },
  }),
  replaceStrategy(DISBURSEMENT_WRITES, {
    /** Checks for an earlier approval by reading, then counts regardless of the insert. */
    async approve(em, actor, id) {
      const [prior] = await em.execute(`select 1 from fund_approval where disbursement_id = ? and approver_account_id = ?`, [id, actor.accountId]);
      if (prior) throw new UserFacingError('ALREADY_APPROVED', ['input', 'id']);
      if ((await stateOf(em, id)) !== D.REQUESTED) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: await stateOf(em, id) });
      await pause(20);
      await em.execute(
        `insert into fund_approval (id, created_at, updated_at, community_id, disbursement_id, approver_account_id) values (?, now(), now(), ?, ?, ?) on conflict do nothing`,
        [uuidv7(), actor.communityId, id, actor.accountId],
      );
      await em.execute(`update fund_disbursement set approvals_count = approvals_count + 1 where id = ?`, [id]);
      await promote(em, actor.communityId, id);
      return id;
    },
    /** Status read first, written unconditionally. */
    async markPaid(em, actor, id, paymentReference) {
      const [r] = await em.execute(`select fund_id, amount_fen, purpose, status from fund_disbursement where id = ?`, [id]);
      if (r?.status !== D.APPROVED) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: r?.status ?? 'UNKNOWN' });
      await em.execute(`update fund_disbursement set status = 'PAID', payment_reference = ?, paid_at = now(), paid_by_account_id = ? where id = ?`, [
        paymentReference,
        actor.accountId,
        id,
      ]);
      return r as any;
    },
  }),
];
