// One pubsub listener per community per process, shared by every live stream of that community.
// A stream that has caught up and sits idle is *direct*: the hub then handles its events per
// equivalence class (live-share.ts) — decide once, render the payload JSON once, and write it to
// each member's socket in one loop, like a plain broadcast. Streams that are replaying, resyncing
// or have no direct sink get events in their own queue and go through the iterator path.
import type { AppServices } from '../app-services';
import { communityTopic, type OutboxEventRecord } from './event.types';
import { eventMemo } from './live-share';

export type Verdict = 'yield' | 'skip' | 'end';

/** Writes an event's payload to one subscriber's socket (set up by the WebSocket server). */
export interface DirectSink {
  /** The payload JSON of the event for this subscriber's class (executed once per class). */
  render(e: OutboxEventRecord): Promise<string>;
  send(payloadJson: string): void;
}

export interface HubMember {
  readonly shareKey: string | undefined;
  /** Caught up, idle and with a sink: the hub delivers to it. */
  isDirect(): boolean;
  sink(): DirectSink | null;
  /** Cursor of the last event this member has dealt with. */
  last(): bigint;
  /** A direct delivery (sent or skipped) of this event happened. */
  delivered(seq: bigint): void;
  /** Buffered path: queue the event for the member's own loop. */
  push(e: OutboxEventRecord): void;
  /** The member's (memoised) permission and visibility verdict for an event. */
  verdict(e: OutboxEventRecord): Promise<Verdict>;
  end(err?: unknown): void;
  resync(): void;
}

interface Topic {
  members: Set<HubMember>;
  it: AsyncIterator<unknown>;
}

const RESYNC_SECOND_PASS_MS = 1000;

export class LiveHub {
  private readonly topics = new Map<string, Topic>();
  /** Per class: the delivery chain, so one class's events go out in order. */
  private readonly tails = new Map<string, Promise<void>>();

  constructor(private readonly app: AppServices) {
    app.pubsub.onResync(() => {
      this.resyncAll();
      // The re-subscription may complete a moment after "reconnected": look once more shortly after.
      setTimeout(() => this.resyncAll(), RESYNC_SECOND_PASS_MS).unref();
    });
  }

  /** Registers at once (events from now on reach the member); resolves when the listener is live. */
  join(communityId: string, m: HubMember): Promise<void> {
    let t = this.topics.get(communityId);
    if (!t) {
      const it = this.app.pubsub.subscribe(communityTopic(communityId))[Symbol.asyncIterator]();
      t = { members: new Set(), it };
      this.topics.set(communityId, t);
      void this.pump(t);
    }
    t.members.add(m);
    return this.app.pubsub.ready();
  }

  leave(communityId: string, m: HubMember): void {
    const t = this.topics.get(communityId);
    if (!t?.members.delete(m) || t.members.size > 0) return;
    this.topics.delete(communityId);
    void t.it.return?.();
  }

  private async pump(t: Topic): Promise<void> {
    for (;;) {
      const r = await t.it.next().catch(() => ({ done: true as const, value: undefined }));
      if (r.done) return;
      this.dispatch(t, r.value as OutboxEventRecord);
    }
  }

  private dispatch(t: Topic, e: OutboxEventRecord): void {
    eventMemo(this.app).observe(e.type, e.seq);
    let classes: Map<string, HubMember[]> | null = null;
    for (const m of t.members) {
      if (!m.isDirect()) {
        m.push(e);
        continue;
      }
      classes ??= new Map();
      const list = classes.get(m.shareKey!);
      if (list) list.push(m);
      else classes.set(m.shareKey!, [m]);
    }
    if (!classes) return;
    for (const [key, members] of classes) {
      const tail = (this.tails.get(key) ?? Promise.resolve()).then(() => this.deliver(e, members));
      this.tails.set(key, tail);
      void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    }
  }

  /** One class, one event: one verdict, one rendering, then a plain loop of socket writes. */
  private async deliver(e: OutboxEventRecord, members: HubMember[]): Promise<void> {
    const seq = BigInt(e.seq);
    const live = () => members.filter((m) => m.isDirect() && seq > m.last());
    const first = live()[0];
    if (!first) return;
    try {
      const verdict = await first.verdict(e);
      if (verdict === 'end') return void live().forEach((m) => m.end());
      if (verdict === 'skip') return void live().forEach((m) => m.delivered(seq));
      const json = await first.sink()!.render(e);
      for (const m of live()) {
        m.delivered(seq);
        m.sink()!.send(json);
      }
    } catch (err) {
      // As on the iterator path: the subscription ends with the error.
      for (const m of live()) m.end(err);
    }
  }

  private resyncAll(): void {
    for (const t of this.topics.values()) for (const m of t.members) m.resync();
  }
}

const hubs = new WeakMap<AppServices, LiveHub>();
export function liveHub(app: AppServices): LiveHub {
  let h = hubs.get(app);
  if (!h) hubs.set(app, (h = new LiveHub(app)));
  return h;
}
