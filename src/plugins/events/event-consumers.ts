// Runs modules' handlers of other modules' events. Each handler is a consumer with its own
// cursor (a handler keyed '*' sees every event type but its own module's: rules in settings may
// name event types nobody knew at startup); handling an event and advancing the cursor commit together, so an effect happens once
// even when several processes race (the consumer row is locked) or one crashes mid-way.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ModuleRegistry } from '../registry';
import type { PresetCatalog } from '../presets';
import type { NewEvent } from '../module-contract';
import { recordEvent, toRecord } from './record-event';
import { effectiveModuleSettings } from '../community-modules';
import { pgArray } from '../../db/sql';

export class EventConsumers {
  private running: Promise<void> | null = null;
  private again = false;
  /** A handler failed (or the look for due ones did): the next published batch runs them whatever it holds. */
  private retry = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly registry: ModuleRegistry,
    private readonly presets: PresetCatalog,
    private readonly log: Logger,
    private readonly onCommitted: () => void,
  ) {}

  private handlers() {
    return this.registry.list().flatMap((m) =>
      Object.entries(m.events?.handles ?? {}).map(([type, fn]) => ({ module: m, type, fn, consumer: `${m.key}:${type}` })),
    );
  }

  kick(): void {
    if (this.handlers().length === 0) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runAll().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /**
   * After the relay published a batch: run only when some handler takes one of its types (or an
   * earlier run failed and waits for its retry). A burst of events nobody handles (ledger postings)
   * used to cost a look for due handlers per batch.
   */
  kickFor(batch: { type: string }[]): void {
    if (this.retry || batch.some((e) => this.handles(e.type))) this.kick();
  }

  private handles(type: string): boolean {
    return this.handlers().some((h) => (h.type === '*' ? !type.startsWith(`${h.module.key}.`) : h.type === type));
  }

  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async runAll(): Promise<void> {
    this.retry = false;
    try {
      for (const h of await this.pending(this.handlers())) {
        try {
          while (await this.runBatch(h)) {
            /* keep going while full batches arrive */
          }
        } catch (e) {
          this.retry = true;
          this.log.error({ err: (e as Error).message, consumer: h.consumer }, 'event handler failed; will retry');
        }
      }
    } catch (e) {
      this.retry = true;
      throw e;
    }
  }

  /** The handlers with an event past their cursor, in one statement: a commit kicks every
   * consumer, and most have nothing to do (a transaction each would cost several round trips). */
  private async pending<H extends { consumer: string; type: string; module: { key: string } }>(all: H[]): Promise<H[]> {
    if (all.length === 0) return all;
    const rows: { consumer: string }[] = await this.orm.em.fork().getConnection().execute(
      `select h.consumer from unnest(?::text[], ?::text[], ?::text[]) as h(consumer, type, own)
         left join event_consumer c on c.consumer = h.consumer
        where exists (select 1 from outbox_event e where e.seq > coalesce(c.last_seq, 0)
                        and case when h.type = '*' then e.type not like h.own else e.type = h.type end)`,
      [pgArray(all.map((h) => h.consumer)), pgArray(all.map((h) => h.type)), pgArray(all.map((h) => `${h.module.key}.%`))],
    );
    const due = new Set(rows.map((r) => r.consumer));
    return all.filter((h) => due.has(h.consumer));
  }

  private async runBatch(h: ReturnType<EventConsumers['handlers']>[number]): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    let published = false;
    const full = await em.transactional(async (tem) => {
      await tem.execute('insert into event_consumer (consumer, last_seq) values (?, 0) on conflict do nothing', [h.consumer]);
      const [cur] = await tem.execute('select last_seq from event_consumer where consumer = ? for update skip locked', [h.consumer]);
      if (!cur) return false; // another process is on it
      // The head is read in the same statement (one snapshot): every seq up to it is visible, so a
      // short batch moves the cursor to the head and the next look starts there, not at this
      // consumer's last matching event (an idle consumer would rescan the outbox on every kick).
      const rows = await tem.execute(
        `with head as (select coalesce(max(seq), 0) as head from outbox_event)
         select e.*, head.head as outbox_head from head left join lateral (
           select * from outbox_event where seq > ? and seq <= head.head and ${h.type === '*' ? 'type not like ?' : 'type = ?'} order by seq limit 100) e on true`,
        [cur.last_seq, h.type === '*' ? `${h.module.key}.%` : h.type],
      );
      const settingsOf = new Map<string, Promise<unknown>>(); // per community, for this batch
      const head = rows[0]?.outbox_head;
      if (rows.length === 1 && rows[0].seq == null) rows.length = 0;
      for (const row of rows) {
        const event = toRecord(row);
        if (event.communityId) {
          tem.setFilterParams('tenant', { communityId: event.communityId });
          if (!settingsOf.has(event.communityId)) settingsOf.set(event.communityId, effectiveModuleSettings(tem, this.registry, this.presets, event.communityId, h.module.key));
          const settings = await settingsOf.get(event.communityId);
          if (settings !== null) {
            await h.fn(event, {
              em: tem,
              settings,
              publish: (e: NewEvent) => {
                published = true;
                recordEvent(tem, e);
              },
            });
            await tem.flush();
          }
        }
      }
      // One cursor write per batch (the batch commits or rolls back as a whole).
      const next = rows.length === 100 ? rows[99].seq : head;
      if (next != null && BigInt(next) > BigInt(cur.last_seq)) await tem.execute('update event_consumer set last_seq = ? where consumer = ?', [next, h.consumer]);
      return rows.length === 100;
    });
    if (published) this.onCommitted();
    return full;
  }
}
