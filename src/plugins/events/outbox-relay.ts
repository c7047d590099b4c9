// Numbers committed outbox rows in commit order and publishes them. One relay at a time holds
// an advisory lock, so `seq` grows in the order rows become visible and a catch-up by cursor has
// no gaps. Kicked after each commit; a slow poll picks up rows whose process died before publishing.
import type { MikroORM, EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { WushePubSub } from '../pubsub/pubsub.types';
import { communityTopic, PLATFORM_TOPIC, type OutboxEventRecord } from './event.types';
import { toRecord } from './record-event';

const RELAY_LOCK = 774_201;

const ASSIGN_SQL = `
with base as (select coalesce(max(seq), 0) as m from outbox_event),
batch as (select id, row_number() over (order by id) as rn
            from outbox_event where seq is null order by id limit 500)
update outbox_event o set seq = base.m + batch.rn
  from base, batch where o.id = batch.id
returning o.seq, o.type, o.community_id, o.subject_type, o.subject_id, o.data, o.created_at`;

export class OutboxRelay {
  private running: Promise<void> | null = null;
  private again = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private readonly listeners: ((events: OutboxEventRecord[]) => void)[] = [];

  constructor(
    private readonly orm: MikroORM,
    private readonly pubsub: WushePubSub,
    private readonly log: Logger,
    private readonly pollMs = 1000,
  ) {}

  start(): void {
    this.timer = setInterval(() => this.kick(), this.pollMs);
    this.timer.unref();
    this.kick();
  }

  /** Called after every commit that may have written outbox rows. */
  kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
  }

  /** Local listeners (event consumers) hear about every batch this relay published. */
  onPublished(fn: (events: OutboxEventRecord[]) => void): void {
    this.listeners.push(fn);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  private async drain(): Promise<void> {
    try {
      for (;;) {
        const batch = await this.assign();
        if (batch.length === 0) return;
        // Listeners first: caches they clear must be clear before any subscriber sees the batch.
        for (const fn of this.listeners) fn(batch);
        for (const e of batch) this.pubsub.publish(e.communityId ? communityTopic(e.communityId) : PLATFORM_TOPIC, e);
        if (batch.length < 500) return;
      }
    } catch (e) {
      // A database outage must not crash the process: the poll retries.
      this.log.warn({ err: (e as Error).message }, 'outbox relay failed; will retry');
    }
  }

  private async assign(): Promise<OutboxEventRecord[]> {
    const em = this.orm.em.fork() as EntityManager;
    const rows = await em.transactional(async (tem) => {
      await tem.execute('select pg_advisory_xact_lock(?)', [RELAY_LOCK]);
      return tem.execute(ASSIGN_SQL);
    });
    return (rows as any[]).map(toRecord).sort((a, b) => Number(a.seq) - Number(b.seq));
  }
}
