// A live event stream for subscriptions (core's change feed, modules' boards): listen first,
// replay from the caller's cursor, then live events — no gap, no duplicate. Each live event is
// checked under a fresh context (permissions re-checked per event). After a transport outage the
// stream re-reads the outbox from its cursor, because events published while the listener was
// down never arrive.
// Fan-out: the listener is the process's hub (live-hub.ts, `app.live`); the check of one event is
// done once per class of equivalent subscribers (live-share.ts); and once caught up, a subscriber
// whose transport gave it a sink (live-sink.ts) is served *directly* by the hub (one rendering per
// class, one sink write per subscriber) while this stream waits — it takes over again for a
// resync, and ends the stream when told to. The class and the sink reach the stream explicitly:
// `subscribeLive` (live-subscribe.ts) attaches them to the `LiveStream` the resolver returned.
import type { Ctx } from '../../schema/context';
import type { OutboxEventRecord } from './event.types';
import type { HubMember, Verdict } from './live-hub';
import type { LiveSink } from './live-sink';

export interface LiveStreamOptions {
  communityId: string;
  /** Cursor already validated; 0n means "from now" unless `replay` is set. */
  after: bigint;
  replay: boolean;
  /**
   * Outbox rows after a cursor (already filtered by type/scope as the caller needs), in seq order.
   * Called for the replay and after every resync, in pages of `limit`. A throw ends the
   * subscription with that error (graphql-ws sends it as an `error` message, masked unless typed).
   */
  fetchAfter(after: bigint, limit: number): Promise<OutboxEventRecord[]>;
  /**
   * Whether the caller may see this event now (ctx has been refreshed for live events). Once per
   * class and event for live events (memoised), once per subscriber during a replay. A throw ends
   * every subscription of the class that was to get the event with that error.
   */
  accept(e: OutboxEventRecord): Promise<boolean>;
  /** Still allowed to listen at all (membership, module enabled); checked per live event (per class). A throw is as for `accept`. */
  // For live events `accept` and `stillAllowed` run on one subscriber for a whole visibility class
  // (live-hub.ts): what they capture at subscribe time must follow from the operation (arguments,
  // community) alone; anything about the caller is read from `ctx` per event (viewer-facts.ts).
  stillAllowed(): Promise<boolean>;
}

/** What `subscribeLive` attaches once the operation is known (before the first `next()`). */
export interface LiveAttachment {
  /** Subscribers of one caller and operation: on the iterator path, verdicts are shared per class and event. */
  classKey: string;
  /** The operation without the caller: the hub shares work among those of one visibility (live-hub.ts). */
  shareKey?: string;
  /**
   * Direct delivery once caught up: the payload JSON for an event, executed under the context as
   * it is (the hub refreshed it), and where it goes.
   */
  direct?: { render(e: OutboxEventRecord): Promise<string>; sink: LiveSink };
}

/**
 * Events this stream holds for its own loop (it is replaying, resyncing, or its consumer is slow)
 * before it drops them and re-reads from its cursor instead: memory per subscriber stays bounded
 * whatever the consumer does, and nothing is lost.
 */
const MAX_QUEUED = 10_000;

/** A live stream as the subscription resolver returns it: an async iterator of outbox events. */
export class LiveStream implements AsyncIterableIterator<OutboxEventRecord> {
  private attachment: LiveAttachment | null = null;
  private readonly gen: AsyncGenerator<OutboxEventRecord>;
  private readonly stop: () => void;

  constructor(ctx: Ctx, opts: LiveStreamOptions) {
    const run = stream(ctx, opts, () => this.attachment);
    this.gen = run.gen;
    this.stop = run.stop;
  }

  /** Joins the stream to its class and, if given, its sink (called by live-subscribe.ts). */
  attach(a: LiveAttachment): void {
    this.attachment = a;
  }

  next(): Promise<IteratorResult<OutboxEventRecord>> {
    return this.gen.next();
  }

  // A generator awaiting the next event would only see return() once one arrives; end the
  // listener first so a board leaving a quiet community frees its subscription now.
  return(value?: unknown): Promise<IteratorResult<OutboxEventRecord>> {
    this.stop();
    return this.gen.return(value as undefined);
  }

  throw(e?: unknown): Promise<IteratorResult<OutboxEventRecord>> {
    return this.gen.throw(e);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }
}

/** The live stream of `opts` for the subscription of `ctx` (the resolver returns it as is). */
export function liveStream(ctx: Ctx, opts: LiveStreamOptions): LiveStream {
  return new LiveStream(ctx, opts);
}

function stream(ctx: Ctx, opts: LiveStreamOptions, attached: () => LiveAttachment | null) {
  const memo = ctx.app.live.memo;
  const hub = ctx.app.live;
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
  // The iterator path's verdict, shared by the subscriptions of one caller and operation.
  const verdict = (e: OutboxEventRecord): Promise<Verdict> => {
    const key = attached()?.classKey;
    return key ? memo.get(`${key}|d|${e.seq}`, () => decide(e)) : decide(e);
  };
  const member: HubMember = {
    get shareKey() {
      return attached()?.shareKey;
    },
    ctx,
    isDirect: () => direct && !stopped && !!attached()?.shareKey,
    async evaluate(e) {
      if (!(await opts.stillAllowed())) return { verdict: 'end' };
      if (!(await opts.accept(e))) return { verdict: 'skip' };
      return { verdict: 'yield', json: await attached()!.direct!.render(e) };
    },
    send: (json) => attached()!.direct!.sink.next(json),
    last: () => last,
    delivered: (seq) => void (last = seq),
    push(e) {
      if (queue.length >= MAX_QUEUED) {
        // Too far behind to hold more: forget the queue and re-read from the cursor instead.
        queue.length = 0;
        resyncs++;
      } else queue.push(e);
      poke();
    },
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
  const stop = () => {
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
          const v = await verdict(e);
          if (v === 'end') return;
          if (v === 'yield') yield e;
          continue;
        }
        // Caught up and idle (the consumer asked for more, so all we yielded is sent): from here
        // the hub serves this subscriber directly, if its transport gave it a sink.
        // Its context drops this operation's fork and loaders while it waits (made again on use).
        if (attached()?.direct) {
          ctx.refresh(true);
          direct = true;
        }
        await new Promise<void>((r) => (wake = r));
        direct = false;
      }
      if (failure) throw failure;
    } finally {
      stop();
    }
  }

  return { gen: run(), stop };
}
