// Wakes the relay right after a transaction that wrote outbox rows commits — and only then: the
// relay's own numbering transaction must not wake it again (that loop kept an idle server busy).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import { OutboxEvent } from './outbox.entity';

export class OutboxKicker implements EventSubscriber {
  // Transactions that wrote outbox rows and have not committed yet.
  private readonly pending = new WeakSet<object>();

  constructor(private readonly kick: () => void) {}

  afterFlush({ uow, em }: FlushEventArgs): void {
    if (uow.getChangeSets().some((cs) => cs.entity instanceof OutboxEvent)) this.wrote(em as EntityManager);
  }

  afterTransactionCommit({ transaction }: TransactionEventArgs): void {
    if (transaction && this.pending.has(transaction)) {
      this.pending.delete(transaction);
      this.kick();
    }
  }

  /** Outbox rows were written through `em`: kick now when that already committed, else at commit. */
  wrote(em: EntityManager): void {
    const tx = em.getTransactionContext();
    if (tx) this.pending.add(tx);
    else this.kick();
  }
}

export function outboxKicker(kick: () => void): OutboxKicker {
  return new OutboxKicker(kick);
}

/**
 * For rows written by raw SQL (no flush saw them): the kicker registered on the ORM's event
 * manager (shared by every fork) wakes the relay. A no-op where none is registered (scripts).
 */
export function outboxWritten(em: EntityManager): void {
  for (const s of em.getEventManager().getSubscribers()) if (s instanceof OutboxKicker) s.wrote(em);
}
