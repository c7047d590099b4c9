// The fund's double-entry ledger: every movement is one transaction of ≥ 2 entries summing to 0
// (checked at commit by a constraint trigger), appended only; cached account balances change by
// conditional writes in the same transaction, so an asset never goes below zero.
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { LEDGER_CODES, type LedgerCode } from './fund.entity';

export { pgArray } from '../../db/sql';

export async function createAccounts(em: EntityManager, communityId: string, fundId: string): Promise<void> {
  for (const code of LEDGER_CODES) {
    await em.execute(`insert into fund_account (id, community_id, fund_id, code, normal, balance_fen) values (?, ?, ?, ?, ?, 0)`, [
      uuidv7(),
      communityId,
      fundId,
      code,
      code === 'INCOME' ? 'CREDIT' : 'DEBIT',
    ]);
  }
}

export interface Leg {
  code: LedgerCode;
  /** Debit positive, credit negative. */
  amountFen: number;
}

export interface TxnInput {
  communityId: string;
  fundId: string;
  kind: 'DONATION' | 'REFUND' | 'DISBURSEMENT';
  donationId?: string | null;
  disbursementId?: string | null;
  legs: Leg[];
}

/** Posts one balanced transaction. A leg that would take an asset below zero → INSUFFICIENT_FUNDS. */
export async function postTxn(em: EntityManager, t: TxnInput): Promise<string> {
  if (t.legs.reduce((s, l) => s + l.amountFen, 0) !== 0) throw new Error('unbalanced ledger transaction');
  const txnId = uuidv7();
  await em.execute(`insert into fund_ledger_txn (id, community_id, fund_id, kind, donation_id, disbursement_id) values (?, ?, ?, ?, ?, ?)`, [
    txnId,
    t.communityId,
    t.fundId,
    t.kind,
    t.donationId ?? null,
    t.disbursementId ?? null,
  ]);
  // One lock order for every transaction (by code), so two postings never deadlock.
  const legs = [...t.legs].sort((a, b) => LEDGER_CODES.indexOf(a.code) - LEDGER_CODES.indexOf(b.code));
  for (const leg of legs) {
    const accountId = await strategyOf(em, FUND_LEDGER).apply(em, t.fundId, leg);
    await em.execute(`insert into fund_ledger_entry (id, community_id, fund_id, txn_id, account_id, amount_fen) values (?, ?, ?, ?, ?, ?)`, [
      uuidv7(),
      t.communityId,
      t.fundId,
      txnId,
      accountId,
      leg.amountFen,
    ]);
  }
  return txnId;
}

/** Conditional write: the balance check and the change are one statement under the row lock. */
async function apply(em: EntityManager, fundId: string, leg: Leg): Promise<string> {
  const rows = await em.execute(
    `update fund_account set balance_fen = balance_fen + ?, updated_at = now()
      where fund_id = ? and code = ? and (normal = 'CREDIT' or balance_fen + ? >= 0)
        and (normal = 'DEBIT' or balance_fen + ? <= 0)
      returning id`,
    [leg.amountFen, fundId, leg.code, leg.amountFen, leg.amountFen],
  );
  if (!rows[0]) throw new UserFacingError('INSUFFICIENT_FUNDS', ['input', 'amountFen']);
  return rows[0].id;
}

/** Next receipt number of a fund: the counter row is locked until commit, so numbers have no gaps. */
export function nextReceiptNo(em: EntityManager, fundId: string): Promise<number> {
  return strategyOf(em, FUND_LEDGER).nextReceiptNo(em, fundId);
}

async function nextReceiptNoLocked(em: EntityManager, fundId: string): Promise<number> {
  const [row] = await em.execute(`update fund_fund set receipt_seq = receipt_seq + 1 where id = ? returning receipt_seq`, [fundId]);
  return row.receipt_seq;
}

export const receiptNumber = (prefix: string, no: number) => `${prefix ? `${prefix}-` : ''}${String(no).padStart(6, '0')}`;

// ── Idempotency ─────────────────────────────────────────────────────────────────────────────

export interface Idem {
  communityId: string;
  key: string;
  operation: string;
  /** Everything that makes two calls "the same request" (input and caller). */
  payload: unknown;
}

/**
 * Runs `effect` once per (community, key). A concurrent twin waits on the key's row and then
 * replays the committed result; the same key with another payload → IDEMPOTENCY_KEY_REUSED.
 * Returns the id of the subject the effect produced or touched.
 */
export async function onceByKey(em: EntityManager, idem: Idem, effect: () => Promise<string>): Promise<string> {
  const hash = createHash('sha256')
    .update(JSON.stringify([idem.operation, idem.payload]))
    .digest('hex');
  return strategyOf(em, FUND_LEDGER).once(em, idem, hash, effect);
}

async function claimThenRun(em: EntityManager, idem: Idem, hash: string, effect: () => Promise<string>): Promise<string> {
  const claimed = await em.execute(
    `insert into fund_idempotency (community_id, key, operation, payload_hash) values (?, ?, ?, ?) on conflict do nothing returning key`,
    [idem.communityId, idem.key, idem.operation, hash],
  );
  if (claimed[0]) {
    const subjectId = await effect();
    await em.execute(`update fund_idempotency set subject_id = ? where community_id = ? and key = ?`, [subjectId, idem.communityId, idem.key]);
    return subjectId;
  }
  const [prior] = await em.execute(`select operation, payload_hash, subject_id from fund_idempotency where community_id = ? and key = ?`, [
    idem.communityId,
    idem.key,
  ]);
  if (!prior || prior.operation !== idem.operation || prior.payload_hash !== hash) {
    throw new UserFacingError('IDEMPOTENCY_KEY_REUSED', ['input', 'idempotencyKey']);
  }
  return prior.subject_id;
}

export interface FundLedgerWrites {
  /** Moves one account by the leg (INSUFFICIENT_FUNDS when an asset would go below zero); returns the account id. */
  apply(em: EntityManager, fundId: string, leg: Leg): Promise<string>;
  /** The fund's next receipt number. */
  nextReceiptNo(em: EntityManager, fundId: string): Promise<number>;
  /** `onceByKey` after the payload was hashed. */
  once(em: EntityManager, idem: Idem, hash: string, effect: () => Promise<string>): Promise<string>;
}

/** Balances, the receipt counter and keys each change by one conditional write under the row lock. */
export const FUND_LEDGER = defineStrategy<FundLedgerWrites>('fund.ledger', 'How the fund ledger moves balances, numbers receipts and claims idempotency keys', {
  apply,
  nextReceiptNo: nextReceiptNoLocked,
  once: claimThenRun,
});
