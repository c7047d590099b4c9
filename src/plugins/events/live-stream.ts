// A live event stream for subscriptions (core's change feed, modules' boards): listen first,
// replay from the caller's cursor, then live events — no gap, no duplicate. Each live event is
// checked under a fresh context (permissions re-checked per event). After a transport outage the
// stream re-reads the outbox from its cursor, because events published while the listener was
// down never arrive.
// Fan-out: the listener is the process's hub (live-hub.ts); the check of one event is done once
// per class of equivalent subscribers (live-share.ts); and once caught up, a WebSocket subscriber
// is served *directly* by the hub (one rendering per class, one write per socket) while this
// generator waits — it takes over again for a resync, and ends the stream when told to.
import type { Ctx } from '../../schema/context';
import type { OutboxEventRecord } from './event.types';
import { eventMemo, shareKeyOf } from './live-share';
import { liveHub, type DirectSink, type HubMember, type Verdict } from './live-hub';

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

const sinks = new WeakMap<Ctx, DirectSink>();
/** Lets the hub write this subscription's events to its socket once it has caught up. */
export const setDirectSink = (ctx: Ctx, sink: DirectSink): void => void sinks.set(ctx, sink);

export function liveStream(ctx: Ctx, opts: LiveStreamOptions): AsyncIterableIterator<OutboxEventRecord> {
  const memo = eventMemo(ctx.app);
  const hub = liveHub(ctx.app);
  const shareKey = shareKeyOf(ctx);
  const queue: OutboxEventRecord[] = [];
  let last = opts.after;
  let stopped = false;
  let failure: unknown = null;
  let direct = false;
  let resyncs = 0;
  let wake: (() => void) | null = null;
  const poke = () => {
    const w = wake;
    wake = null;
    w?.();
  };

  const decide = async (e: OutboxEventRecord): Promise<Verdict> => {
    ctx.refresh(true); // permissions and data as of this event (access cached ≤ 1 s per process)
    if (!(await opts.stillAllowed())) return 'end';
    return (await opts.accept(e)) ? 'yield' : 'skip';
  };
  const member: HubMember = {
    shareKey,
    isDirect: () => direct && !stopped,
    sink: () => sinks.get(ctx) ?? null,
    last: () => last,
    delivered: (seq) => void (last = seq),
    push(e) {
      queue.push(e);
      poke();
    },
    verdict: (e) => (shareKey ? memo.get(`${shareKey}|d|${e.seq}`, () => decide(e)) : decide(e)),
    end(err) {
      if (err !== undefined) failure = err;
      stopped = true;
      direct = false;
      poke();
    },
    resync() {
      resyncs++;
      direct = false;
      poke();
    },
  };
  const ready = hub.join(opts.communityId, member);
  const cleanup = () => {
    stopped = true;
    direct = false;
    hub.leave(opts.communityId, member);
    poke();
  };

  async function* catchUp(): AsyncGenerator<OutboxEventRecord> {
    for (;;) {
      const batch = await opts.fetchAfter(last, 500);
      for (const e of batch) {
        last = BigInt(e.seq);
        if (await opts.accept(e)) yield e;
      }
      if (batch.length < 500) return;
    }
  }

  async function* run(): AsyncGenerator<OutboxEventRecord> {
    try {
      await Promise.race([ready, new Promise<void>((r) => (wake = r))]);
      if (stopped) return;
      if (opts.replay) yield* catchUp();
      while (!stopped) {
        if (resyncs > 0) {
          resyncs = 0;
          ctx.refresh(true);
          if (!(await opts.stillAllowed())) return;
          yield* catchUp();
          continue;
        }
        const e = queue.shift();
        if (e) {
          if (BigInt(e.seq) <= last) continue;
          last = BigInt(e.seq);
          const verdict = await member.verdict(e);
          if (verdict === 'end') return;
          if (verdict === 'yield') yield e;
          continue;
        }
        // Caught up and idle (the consumer asked for more, so all we yielded is sent): from here
        // the hub serves this subscriber directly, if it has a socket to write to.
        if (shareKey && sinks.has(ctx)) direct = true;
        await new Promise<void>((r) => (wake = r));
        direct = false;
      }
      if (failure) throw failure;
    } finally {
      cleanup();
    }
  }

  const gen = run();
  return {
    next: () => gen.next(),
    // A generator awaiting the next event would only see return() once one arrives; end the
    // listener first so a board leaving a quiet community frees its subscription now.
    async return(value?: unknown) {
      cleanup();
      return gen.return(value as undefined);
    },
    throw: (e?: unknown) => gen.throw(e),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
