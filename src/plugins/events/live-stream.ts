// A live event stream for subscriptions (core's change feed, modules' boards): listen first,
// replay from the caller's cursor, then live events — no gap, no duplicate. Each live event is
// checked under a fresh context. After a transport outage the stream re-reads the outbox from its
// cursor, because events published while the listener was down never arrive.
import type { Ctx } from '../../schema/context';
import { communityTopic, type OutboxEventRecord } from './event.types';
import { eventMemo, shareKeyOf } from './live-share';

export interface LiveStreamOptions {
  communityId: string;
  /** Cursor already validated; 0n means "from now" unless `replay` is set. */
  after: bigint;
  replay: boolean;
  /** Outbox rows after a cursor (already filtered by type/scope as the caller needs), in seq order. */
  fetchAfter(after: bigint, limit: number): Promise<OutboxEventRecord[]>;
  /** Whether the caller may see this event now (ctx has been refreshed for live events). */
  accept(e: OutboxEventRecord): Promise<boolean>;
  /** Still allowed to listen at all (membership, module enabled); checked per live event. */
  stillAllowed(): Promise<boolean>;
}

const RESYNC_SECOND_PASS_MS = 1000;

type Verdict = 'yield' | 'skip' | 'end';

export function liveStream(ctx: Ctx, opts: LiveStreamOptions): AsyncIterableIterator<OutboxEventRecord> {
  const pubsub = ctx.app.pubsub;
  // Subscribers of one class (live-share.ts) decide each live event once between them.
  const memo = eventMemo(ctx.app);
  const shareKey = shareKeyOf(ctx);
  const decide = async (e: OutboxEventRecord): Promise<Verdict> => {
    ctx.refresh(true); // permissions and data as of this event (access cached ≤ 1 s per process)
    if (!(await opts.stillAllowed())) return 'end';
    return (await opts.accept(e)) ? 'yield' : 'skip';
  };
  const it = pubsub.subscribe(communityTopic(opts.communityId))[Symbol.asyncIterator]();
  let stopped = false;
  let wake: (() => void) | null = null;
  let resyncs = 0;
  const timers = new Set<NodeJS.Timeout>();
  const requestResync = () => {
    resyncs++;
    wake?.();
  };
  const offResync = pubsub.onResync(() => {
    requestResync();
    // The re-subscription may complete a moment after "reconnected": look once more shortly after.
    const t = setTimeout(() => (timers.delete(t), requestResync()), RESYNC_SECOND_PASS_MS);
    timers.add(t);
  });
  const cleanup = async () => {
    stopped = true;
    offResync();
    for (const t of timers) clearTimeout(t);
    wake?.();
    await it.return?.();
  };

  async function* run(): AsyncGenerator<OutboxEventRecord> {
    let last = opts.after;
    let pending = it.next();
    const catchUp = async function* (): AsyncGenerator<OutboxEventRecord> {
      for (;;) {
        const batch = await opts.fetchAfter(last, 500);
        for (const e of batch) {
          last = BigInt(e.seq);
          if (await opts.accept(e)) yield e;
        }
        if (batch.length < 500) return;
      }
    };
    try {
      await Promise.race([pubsub.ready(), new Promise<void>((r) => (wake = r))]);
      if (stopped) return;
      if (opts.replay) yield* catchUp();
      while (!stopped) {
        const signal = new Promise<'resync'>((r) => (wake = () => r('resync')));
        const next = resyncs > 0 ? 'resync' : await Promise.race([pending, signal]);
        if (stopped) return;
        if (next === 'resync') {
          resyncs = 0;
          ctx.refresh(true);
          if (!(await opts.stillAllowed())) return;
          yield* catchUp();
          continue;
        }
        const { value, done } = next;
        if (done) return;
        pending = it.next();
        const e = value as OutboxEventRecord;
        if (BigInt(e.seq) <= last) continue;
        last = BigInt(e.seq);
        memo.observe(e.type, e.seq);
        const verdict = await (shareKey ? memo.get(`${shareKey}|d|${e.seq}`, () => decide(e)) : decide(e));
        if (verdict === 'end') return;
        if (verdict === 'yield') yield e;
      }
    } finally {
      await cleanup();
    }
  }

  const gen = run();
  return {
    next: () => gen.next(),
    // A generator awaiting the next event would only see return() once one arrives; end the
    // listener first so a board leaving a quiet community frees its subscription now.
    async return(value?: unknown) {
      await cleanup();
      return gen.return(value as undefined);
    },
    throw: (e?: unknown) => gen.throw(e),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
