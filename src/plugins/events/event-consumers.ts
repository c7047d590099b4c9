// Runs modules' handlers of other modules' events. Each handler is a consumer with its own
// cursor (a handler keyed '*' sees every event type but its own module's: rules in settings may
// name event types nobody knew at startup); handling an event and advancing the cursor commit together, so an effect happens once
// even when several processes race (the consumer row is locked) or one crashes mid-way.
import { ACTOR_PARAMS } from './event.types';
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ModuleRegistry } from '../registry';
import type { PresetCatalog } from '../presets';
import { recordEvent, toRecord } from './record-event';
import type { AnyEventDefinition, EventInput } from './define-event';
import { effectiveModuleSettings } from '../community-modules';
import { typedSettings } from '../settings';

type Handler = ReturnType<EventConsumers['handlers']>[number];

export class EventConsumers {
  private running: Promise<void> | null = null;
  private again = false;
  /**
   * Consumers to run next: those taking a type of a batch published since their last run, and
   * those that failed (retried with the next batch). `all` after kick(): at boot every cursor may
   * lag behind the outbox.
   */
  private readonly due = new Set<string>();
  private all = false;
  /** Per consumer: when its oldest event not yet handled was written (ms), as this process saw it published. */
  private readonly waitingSince = new Map<string, number>();

  constructor(
    private readonly orm: MikroORM,
    private readonly registry: ModuleRegistry,
    private readonly presets: PresetCatalog,
    private readonly log: Logger,
    private readonly onCommitted: () => void,
  ) {}

  private handlers() {
    return this.registry
      .list()
      .flatMap((m) => (m.events?.handles ?? []).map(({ type, handle }) => ({ module: m, type, fn: handle, consumer: `${m.key}:${type}` })));
  }

  /** Runs every consumer (at boot, and in tests). */
  kick(): void {
    this.all = true;
    this.start();
  }

  /**
   * After the relay published a batch: runs only the consumers that take one of its types (plus
   * any that failed), so a burst of events nobody handles (ledger postings) costs no statement.
   */
  kickFor(batch: { type: string; createdAt?: string }[]): void {
    for (const h of this.handlers()) {
      const first = batch.find((e) => takes(h, e.type));
      if (!first) continue;
      this.due.add(h.consumer);
      if (!this.waitingSince.has(h.consumer)) this.waitingSince.set(h.consumer, Date.parse((first as { createdAt?: string }).createdAt ?? '') || Date.now());
    }
    if (this.due.size > 0) this.start();
  }

  private start(): void {
    if (!this.all && this.due.size === 0) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.runAll().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.start();
      }
    });
  }

  /** Per handler: seconds its oldest event not yet handled has waited (0: caught up), for /metrics. */
  lag(now = Date.now()): { consumer: string; seconds: number }[] {
    return this.handlers().map(({ consumer }) => {
      const since = this.waitingSince.get(consumer);
      return { consumer, seconds: since === undefined ? 0 : Math.max(0, (now - since) / 1000) };
    });
  }

  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async runAll(): Promise<void> {
    const run = this.handlers().filter((h) => this.all || this.due.has(h.consumer));
    this.all = false;
    this.due.clear();
    for (const h of run) {
      try {
        while (await this.runBatch(h)) {
          /* keep going while full batches arrive */
        }
        this.waitingSince.delete(h.consumer);
      } catch (e) {
        this.due.add(h.consumer);
        this.log.error({ err: (e as Error).message, consumer: h.consumer }, 'event handler failed; will retry');
      }
    }
  }

  private async runBatch(h: Handler): Promise<boolean> {
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
          // What the handler publishes was caused by this event's actor.
          tem.setFilterParams(ACTOR_PARAMS, { accountId: event.actorAccountId ?? null, apiKeyId: event.actorApiKeyId ?? null });
          if (!settingsOf.has(event.communityId))
            settingsOf.set(event.communityId, effectiveModuleSettings(tem, this.registry, this.presets, event.communityId, h.module.key));
          const settings = await settingsOf.get(event.communityId);
          if (settings !== null) {
            await h.fn(event, {
              em: tem,
              settings,
              settingsAs: (decl) => typedSettings(h.module.key, decl, settings),
              publish: <E extends AnyEventDefinition>(def: E, e: EventInput<E>) => {
                recordEvent(tem, def, e);
                published = true;
              },
            });
            await tem.flush();
          }
        }
      }
      // One cursor write per batch (the batch commits or rolls back as a whole).
      const next = rows.length === 100 ? rows[99].seq : head;
      if (next != null && BigInt(next) > BigInt(cur.last_seq))
        await tem.execute('update event_consumer set last_seq = ? where consumer = ?', [next, h.consumer]);
      return rows.length === 100;
    });
    if (published) this.onCommitted();
    return full;
  }
}

/** Whether a consumer takes an event type ('*': every type but its own module's). */
const takes = (h: { type: string; module: { key: string } }, type: string): boolean =>
  h.type === '*' ? !type.startsWith(`${h.module.key}.`) : h.type === type;
