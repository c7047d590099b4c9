// Runs modules' handlers of other modules' events. Each handler is a consumer with its own
// cursor; handling an event and advancing the cursor commit together, so an effect happens once
// even when several processes race (the consumer row is locked) or one crashes mid-way.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { ModuleRegistry } from '../registry';
import type { PresetCatalog } from '../presets';
import type { NewEvent } from '../module-contract';
import { recordEvent, toRecord } from './record-event';
import { effectiveModuleSettings } from '../community-modules';

export class EventConsumers {
  private running: Promise<void> | null = null;
  private again = false;

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

  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async runAll(): Promise<void> {
    for (const h of this.handlers()) {
      try {
        while (await this.runBatch(h)) {
          /* keep going while full batches arrive */
        }
      } catch (e) {
        this.log.error({ err: (e as Error).message, consumer: h.consumer }, 'event handler failed; will retry');
      }
    }
  }

  private async runBatch(h: ReturnType<EventConsumers['handlers']>[number]): Promise<boolean> {
    const em = this.orm.em.fork() as EntityManager;
    let published = false;
    const full = await em.transactional(async (tem) => {
      await tem.execute('insert into event_consumer (consumer, last_seq) values (?, 0) on conflict do nothing', [h.consumer]);
      const [cur] = await tem.execute('select last_seq from event_consumer where consumer = ? for update skip locked', [h.consumer]);
      if (!cur) return false; // another process is on it
      const rows = await tem.execute(
        'select * from outbox_event where seq > ? and type = ? order by seq limit 100',
        [cur.last_seq, h.type],
      );
      for (const row of rows) {
        const event = toRecord(row);
        if (event.communityId) {
          tem.setFilterParams('tenant', { communityId: event.communityId });
          const settings = await effectiveModuleSettings(tem, this.registry, this.presets, event.communityId, h.module.key);
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
        await tem.execute('update event_consumer set last_seq = ? where consumer = ?', [event.seq, h.consumer]);
      }
      return rows.length === 100;
    });
    if (published) this.onCommitted();
    return full;
  }
}
