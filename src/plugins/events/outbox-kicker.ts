// Wakes the relay right after a transaction that wrote outbox rows commits — and only then: the
// relay's own numbering transaction must not wake it again (that loop kept an idle server busy).
import type { EventSubscriber, FlushEventArgs, TransactionEventArgs } from '@mikro-orm/core';
import { OutboxEvent } from './outbox.entity';

export function outboxKicker(kick: () => void): EventSubscriber {
  // Transactions that flushed outbox rows and have not committed yet.
  const pending = new WeakSet<object>();
  return {
    afterFlush({ uow, em }: FlushEventArgs) {
      if (!uow.getChangeSets().some((cs) => cs.entity instanceof OutboxEvent)) return;
      const tx = em.getTransactionContext();
      if (tx) pending.add(tx);
      else kick(); // flushed outside an explicit transaction: already committed
    },
    afterTransactionCommit({ transaction }: TransactionEventArgs) {
      if (transaction && pending.has(transaction)) {
        pending.delete(transaction);
        kick();
      }
    },
  };
}
