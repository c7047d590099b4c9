// A staff adjustment that posts at once (at or below the approval threshold), as ONE autocommit
// statement: idempotency claim, the member account's move (opened on demand), the transaction and
// its two entries, the community's system account, the adjustment row and its outbox event.
//
// Why one statement: the system account (ISSUE) is a row every posting of a community updates.
// Inside an explicit transaction its lock was held from the settling statement until COMMIT, i.e.
// for a round trip through a busy event loop, and that serialised every posting behind it. Here
// it is held only while the server runs the statement and commits it; BEGIN/COMMIT go too.
//
// The invariants stay the database's: `balance >= 0` on member accounts is a CHECK (an
// overdraft aborts the whole statement, so nothing is written and no key is kept), entries of a
// transaction sum to zero (deferred trigger, checked at the statement's commit), the key's
// primary key makes a same-key retry wait for the first and then find the key taken. Lock order
// is the ledger's: every CTE below reads the one before it, so the member row is locked before
// the system row is touched (the system upsert selects from `t`, which selects from `m`).
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { executePrepared } from '../../db/prepared';
import { defineStrategy } from '../../plugins/strategies';
import { ownerColumn, type Owner } from './ledger.service';
import { PointsTransactionKind } from './points.enums';
import { POINTS_EVENTS } from './points.events';
import { eventInsertSql } from '../../plugins/events/outbox-statement';

// The posted adjustment's event, written by the statement itself (one row from CTE `a`).
const ADJUSTED = eventInsertSql(POINTS_EVENTS.Adjusted, {
  from: 'a',
  communityId: '$c',
  subject: { type: 'PointsAdjustment', id: 'a.id' },
  data: { accountId: 'a.account_id', points: 'a.amount' },
});

// Named columns, never `*`: a prepared statement's result shape must not change under it.
const ADJUSTMENT_COLUMNS =
  'id, community_id, created_at, updated_at, account_id, amount, reason, status, needs_approval, requested_by, decided_by, decided_at, transaction_id';

export type AdjustTarget = { accountId: string } | Owner;

/** Whether adjustments that need no second person take this one-statement path (else the transaction path of larger ones). */
export const SMALL_ADJUSTMENTS = defineStrategy<{ oneStatement: boolean }>('points.smallAdjustments', 'How an adjustment below the approval threshold posts', {
  oneStatement: true,
});

export interface AtomicAdjust {
  id: string;
  communityId: string;
  target: AdjustTarget;
  amount: number;
  reason: string;
  actor: string;
  key: string;
  hash: string;
}

export type AtomicOutcome =
  | { kind: 'posted'; row: Record<string, unknown> }
  /** The key was taken (by a committed request): the caller replays it. */
  | { kind: 'taken' }
  /** The household does not exist in this community. */
  | { kind: 'no-target' }
  | { kind: 'insufficient'; balance: number };

interface Move {
  /** Names the prepared statement: its text is constant per variant. */
  variant: string;
  sql: string;
  params: unknown[];
  /** Gates the key's claim: the claim, and so every write after it, happens only when the move will find its row. */
  gate: [string, unknown[]];
  /** False: the named household is not the community's (NOT_FOUND). */
  targetOk: [string, unknown[]];
}

/**
 * The member account's move, without a balance condition (the CHECK refuses an overdraft and
 * aborts the statement). An award opens the account on first use (upsert); a deduction needs an
 * existing account, since a CHECK is tested on the tuple an upsert proposes before any conflict
 * (a negative proposed balance would fail even when the row exists).
 */
function memberMove(t: AdjustTarget, delta: number): Move {
  if ('accountId' in t) {
    // Accounts are never deleted: one that exists now is there for the update below.
    const exists: [string, unknown[]] = [`exists (select 1 from points_account where id = ? and community_id = $c and kind <> 'SYSTEM')`, [t.accountId]];
    return {
      variant: 'account',
      sql: `update points_account set balance = balance + $delta, updated_at = now()
             where id = ? and community_id = $c and exists (select 1 from k) returning id, balance`,
      params: [t.accountId],
      gate: exists,
      targetOk: ['true', []],
    };
  }
  const [col, kind, value] = ownerColumn(t);
  // The household must be the community's (core's table; points already holds a foreign key to it).
  const targetOk: [string, unknown[]] = kind === 'HOUSEHOLD' ? ['exists (select 1 from household where id = ? and community_id = $c)', [value]] : ['true', []];
  if (delta > 0) {
    return {
      variant: `${kind.toLowerCase()}_award`,
      sql: `insert into points_account (id, community_id, kind, ${col}, balance)
            select ?, $c, '${kind}', ?, $delta from k
            on conflict (community_id, ${col}) where kind = '${kind}'
            do update set balance = points_account.balance + excluded.balance, updated_at = now() returning id, balance`,
      params: [uuidv7(), value],
      gate: targetOk,
      targetOk,
    };
  }
  return {
    variant: `${kind.toLowerCase()}_deduct`,
    sql: `update points_account set balance = balance + $delta, updated_at = now()
           where community_id = $c and kind = '${kind}' and ${col} = ? and exists (select 1 from k) returning id, balance`,
    params: [value],
    gate: [`exists (select 1 from points_account where community_id = $c and kind = '${kind}' and ${col} = ?)`, [value]],
    targetOk,
  };
}

export async function postAdjustmentAtomically(em: EntityManager, a: AtomicAdjust): Promise<AtomicOutcome> {
  const m = memberMove(a.target, a.amount);
  const txnId = uuidv7();
  const kind = a.amount > 0 ? PointsTransactionKind.AWARD : PointsTransactionKind.DEDUCT;
  // `$c` / `$delta` are spelled once here and bound in order with the rest (knex binds `?` only).
  const parts: [string, unknown[]][] = [
    [
      `with k as (
       insert into points_idempotency (community_id, key, operation, request_hash, result_type, result_id)
       select $c, ?, 'pointsAdjust', ?, 'PointsAdjustment', ? where ${m.gate[0]}
       on conflict do nothing returning 1),`,
      [a.key, a.hash, a.id, ...m.gate[1]],
    ],
    [`m as (${m.sql}),`, m.params],
    [
      `t as (
       insert into points_transaction (id, community_id, kind, member_account_id, amount, reason, actor_account_id, approver_account_id, adjustment_id)
       select ?, $c, ?, m.id, ?, ?, ?, ?, ? from m returning id),`,
      [txnId, kind, Math.abs(a.amount), a.reason, a.actor, a.actor, a.id],
    ],
    [
      `e as (
       insert into points_entry (id, community_id, transaction_id, account_id, amount, balance_after)
       select ?, $c, t.id, m.id, $delta, m.balance from t, m),`,
      [uuidv7()],
    ],
    // The system side: opened on first use too, so a community's first posting needs no second try.
    [
      `s as (
       insert into points_account (id, community_id, kind, system_code, balance)
       select ?, $c, 'SYSTEM', 'ISSUE', -$delta from t
       on conflict (community_id, system_code) where kind = 'SYSTEM'
       do update set balance = points_account.balance + excluded.balance, updated_at = now() returning id, balance),`,
      [uuidv7()],
    ],
    [
      `se as (
       insert into points_entry (id, community_id, transaction_id, account_id, amount, balance_after)
       select ?, $c, t.id, s.id, -$delta, s.balance from t, s),`,
      [uuidv7()],
    ],
    [
      `a as (
       insert into points_adjustment (id, community_id, account_id, amount, reason, status, needs_approval, requested_by, decided_by, decided_at, transaction_id)
       select ?, $c, m.id, $delta, ?, 'POSTED', false, ?, ?, now(), t.id from m, t returning ${ADJUSTMENT_COLUMNS}),`,
      [a.id, a.reason, a.actor, a.actor],
    ],
    [
      `o as (${ADJUSTED.sql})
     select (select count(*) from k)::int as claimed, ${m.targetOk[0]} as target_ok, ${m.gate[0]} as gate_ok, (select data from o) as event_data,
       ${ADJUSTMENT_COLUMNS.split(', ')
         .map((c) => `a.${c}`)
         .join(', ')} from (select 1) one left join a on true`,
      [...ADJUSTED.paramsFor(em), ...m.targetOk[1], ...m.gate[1]],
    ],
  ];
  let sql = '';
  const params: unknown[] = [];
  for (const [text, own] of parts) {
    // Replace the named values in reading order, so the bindings line up with the `?`s.
    let i = 0;
    sql += `${text.replace(/\$c|\$delta|\?/g, (tok) => {
      if (tok === '$c') params.push(a.communityId);
      else if (tok === '$delta') params.push(a.amount);
      else params.push(own[i++]);
      return tok === '$delta' ? '(?::int)' : tok === '$c' ? '?::uuid' : '?';
    })}\n`;
    if (i !== own.length) throw new Error(`adjust-posting: ${own.length} values for ${i} placeholders`);
  }
  let row: any;
  try {
    // The text is constant per target kind (values are all bound): prepared once per connection.
    [row] = await executePrepared(em, `points_adjust_${m.variant}`, sql, params);
  } catch (e) {
    if ((e as { constraint?: string }).constraint !== 'points_account_balance_nonnegative') throw e;
    return { kind: 'insufficient', balance: await currentBalance(em, a) };
  }
  if (!row.target_ok) return { kind: 'no-target' };
  // A deduction from an account never opened: nothing to take from (an unknown or system account
  // id does not get here: the resolver checked it is visible and a member's).
  if (!row.gate_ok) return { kind: 'insufficient', balance: 0 };
  if (row.claimed === 0) return { kind: 'taken' };
  ADJUSTED.written(em, row.event_data); // checks the data outside production; wakes the relay
  delete row.event_data;
  return { kind: 'posted', row };
}

async function currentBalance(em: EntityManager, a: AtomicAdjust): Promise<number> {
  const t = a.target;
  const [col, , value] = 'accountId' in t ? ['id', '', t.accountId] : ownerColumn(t);
  const [row] = await em.execute(`select balance from points_account where community_id = ? and ${col} = ? and kind <> 'SYSTEM'`, [a.communityId, value]);
  return row?.balance ?? 0;
}
