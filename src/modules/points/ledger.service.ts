// The only writer of the ledger. Each posting is one balanced transaction: the member account
// moves by `delta` with a conditional update (never read-then-write), the community's system
// account moves by −delta, and two entries record both with their running balances. The system
// side is written by `settleLedger` just before commit: system accounts are hot rows shared by
// every posting of a community, so their row lock is held for as short a time as possible.
// Member accounts are always locked before system accounts, so postings cannot deadlock; a
// transaction that forgets to settle fails at commit (its entries do not balance).
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { PointsTransactionKind as K } from './points.enums';

export type SystemCode = 'ISSUE' | 'REDEEM' | 'EXPIRE';
const COUNTER: Record<K, SystemCode> = { EARN: 'ISSUE', AWARD: 'ISSUE', DEDUCT: 'ISSUE', REDEEM: 'REDEEM', REFUND: 'REDEEM', EXPIRE: 'EXPIRE' };

export interface Posting {
  communityId: string;
  kind: K;
  memberAccountId: string;
  /** Signed change of the member account (+ credit, − debit). */
  delta: number;
  ruleKey?: string | null;
  reason?: string | null;
  sourceEventSeq?: string | null;
  actorAccountId?: string | null;
  approverAccountId?: string | null;
  redemptionId?: string | null;
  adjustmentId?: string | null;
}

export const TXN_COLUMNS = `id, community_id, kind, member_account_id, amount, rule_key, reason, source_event_seq,
  actor_account_id, approver_account_id, redemption_id, adjustment_id`;

/** What the member side of a posting wrote: the transaction (null: the source event already
 * counted), the member's new balance (null: refused, it would go below zero) and the one before. */
export interface MemberMove {
  txn: string | null;
  balance: number | null;
  before: number | null;
}

export interface MemberPosting {
  /** Writes the transaction row (`txnValues` in TXN_COLUMNS order), the member account's move by `p.delta` and its entry. */
  write(em: EntityManager, p: Posting, txnValues: unknown[]): Promise<MemberMove[]>;
}

/**
 * One statement: the transaction row (skipped on a repeated source event), the member account's
 * conditional move (`balance + delta >= 0`) and its entry — never read-then-write.
 */
export const MEMBER_POSTING = defineStrategy<MemberPosting>(
  'points.memberPosting',
  'The member side of a ledger posting (transaction row, balance move, entry)',
  {
    write: (em, p, txnValues) =>
      em.execute<MemberMove[]>(
        `with t as (
       insert into points_transaction (${TXN_COLUMNS}) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id),
     m as (
       update points_account set balance = balance + ?, updated_at = now()
        where id = ? and community_id = ? and balance + ? >= 0 and exists (select 1 from t) returning balance),
     e as (
       insert into points_entry (id, community_id, transaction_id, account_id, amount, balance_after)
       select ?, ?, t.id, ?, ?, m.balance from t, m returning 1)
     select (select id from t) as txn, (select balance from m) as balance, (select count(*) from e)::int as entries,
            (select balance from points_account where id = ?) as before`,
        [...txnValues, p.delta, p.memberAccountId, p.communityId, p.delta, uuidv7(), p.communityId, p.memberAccountId, p.delta, p.memberAccountId],
      ),
  },
);

/**
 * Writes one balanced transaction; null when the source event already credited this rule.
 * The member side is MEMBER_POSTING's one statement; the system side follows in settleLedger.
 */
export async function post(em: EntityManager, p: Posting): Promise<{ transactionId: string; balance: number } | null> {
  if (!Number.isInteger(p.delta) || p.delta === 0) throw new Error('a posting moves a non-zero integer of points');
  const id = uuidv7();
  const txnValues = [
    id,
    p.communityId,
    p.kind,
    p.memberAccountId,
    Math.abs(p.delta),
    p.ruleKey ?? null,
    p.reason ?? null,
    p.sourceEventSeq ?? null,
    p.actorAccountId ?? null,
    p.approverAccountId ?? null,
    p.redemptionId ?? null,
    p.adjustmentId ?? null,
  ];
  const [row] = await strategyOf(em, MEMBER_POSTING).write(em, p, txnValues);
  if (!row!.txn) return null;
  // The transaction row without its entries never commits: the caller's transaction rolls back.
  if (row!.balance == null) throw new UserFacingError('INSUFFICIENT_POINTS', ['input'], { balance: row!.before ?? 0 });
  const balance = row!.balance;
  const pending = PENDING.get(em) ?? [];
  pending.push({ communityId: p.communityId, code: COUNTER[p.kind], delta: -p.delta, transactionId: id });
  PENDING.set(em, pending);
  return { transactionId: id, balance };
}

const PENDING = new WeakMap<EntityManager, { communityId: string; code: SystemCode; delta: number; transactionId: string }[]>();

/** Writes the system side of every posting of this transaction: one statement per system account. */
export async function settleLedger(em: EntityManager): Promise<void> {
  const pending = PENDING.get(em) ?? [];
  PENDING.delete(em);
  const groups = new Map<string, typeof pending>();
  for (const m of pending) groups.set(`${m.communityId}:${m.code}`, [...(groups.get(`${m.communityId}:${m.code}`) ?? []), m]);
  for (const moves of [...groups.values()].sort((a, b) => a[0]!.code.localeCompare(b[0]!.code))) {
    const { communityId, code } = moves[0]!;
    const total = moves.reduce((n, m) => n + m.delta, 0);
    let running = 0;
    const values = moves.map((m) => {
      running += m.delta;
      return [uuidv7(), m.transactionId, m.delta, running];
    });
    // The system account moves by the total and gets one entry per posting, with running balances.
    const settle = () =>
      em.execute(
        `with s as (
         update points_account set balance = balance + ?, updated_at = now()
          where community_id = ? and kind = 'SYSTEM' and system_code = ? returning id, balance)
       insert into points_entry (id, community_id, transaction_id, account_id, amount, balance_after)
       select v.id, ?, v.txn, s.id, v.amount, s.balance - ? + v.running
         from s, (values ${values.map(() => '(?::uuid, ?::uuid, ?::int, ?::int)').join(', ')}) as v(id, txn, amount, running)
       returning 1`,
        [total, communityId, code, communityId, total, ...values.flat()],
      );
    let rows = await settle();
    if (rows.length === 0) {
      await em.execute(`insert into points_account (id, community_id, kind, system_code) values (?, ?, 'SYSTEM', ?) on conflict do nothing`, [
        uuidv7(),
        communityId,
        code,
      ]);
      rows = await settle();
    }
  }
}

export type Owner = { householdId: string } | { personAccountId: string };

/** A member account's owner as its column, account kind and value (one account per owner and kind). */
export function ownerColumn(owner: Owner): [col: 'household_id' | 'owner_account_id', kind: 'HOUSEHOLD' | 'PERSON', value: string] {
  return 'householdId' in owner ? ['household_id', 'HOUSEHOLD', owner.householdId] : ['owner_account_id', 'PERSON', owner.personAccountId];
}

/** The member account of a household or a person, created on first use (one statement when it exists or is created here). */
export async function ensureAccount(em: EntityManager, communityId: string, owner: Owner): Promise<string> {
  const [col, kind, value] = ownerColumn(owner);
  const find = `select id from points_account where community_id = ? and kind = ? and ${col} = ?`;
  const [row] = await em.execute(
    `with found as (${find}),
          ins as (insert into points_account (id, community_id, kind, ${col}) select ?, ?, ?, ? where not exists (select 1 from found) on conflict do nothing returning id)
     select id from found union all select id from ins`,
    [communityId, kind, value, uuidv7(), communityId, kind, value],
  );
  if (row) return row.id;
  // Created by a concurrent transaction that committed after this statement's snapshot.
  return (await em.execute(find, [communityId, kind, value]))[0].id;
}

/** Existing member account (no creation), for reads. */
export async function findAccount(em: EntityManager, communityId: string, owner: Owner): Promise<string | null> {
  const [col, kind, value] = ownerColumn(owner);
  const [row] = await em.execute(`select id from points_account where community_id = ? and kind = ? and ${col} = ?`, [communityId, kind, value]);
  return row?.id ?? null;
}
