// One pubsub listener per community per process, shared by every live stream of that community.
// A stream that has caught up and sits idle is *direct*: the hub then handles its events per
// equivalence class (live-share.ts) — decide once, render the payload JSON once, and hand it to
// each member's sink (live-sink.ts) in one loop, like a plain broadcast. Streams that are
// replaying, resyncing or have no sink get events in their own queue and go through the iterator.
// One hub per running server, created with its services (`app.live`).
import type { WushePubSub } from '../pubsub/pubsub.types';
import { communityTopic, type OutboxEventRecord } from './event.types';
import { EventMemo } from './live-share';

export type Verdict = 'yield' | 'skip' | 'end';

export interface HubMember {
  readonly classKey: string | undefined;
  /** Caught up, idle, in a class and with a sink: the hub delivers to it. */
  isDirect(): boolean;
  /** The class's payload JSON for an event (executed once per class, serialised by the member's sink). */
  render(e: OutboxEventRecord): Promise<string>;
  /** Hands a pre-serialised payload to the member's sink (LiveSink.next). */
  send(payloadJson: string): void;
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
  /** Shared verdicts and executions per (class, event); cleared by access changes. */
  readonly memo: EventMemo;
  private readonly topics = new Map<string, Topic>();
  /** Per class: the delivery chain, so one class's events go out in order. */
  private readonly tails = new Map<string, Promise<void>>();

  /**
   * `onAccessChange` drops the process's access cache (the relay only clears it for its own
   * events); `onFanout` hears how long each class's delivery of an event took (metrics).
   */
  constructor(
    private readonly pubsub: WushePubSub,
    onAccessChange: () => void,
    private readonly onFanout?: (seconds: number) => void,
  ) {
    this.memo = new EventMemo(onAccessChange);
    pubsub.onResync(() => {
      this.resyncAll();
      // The re-subscription may complete a moment after "reconnected": look once more shortly after.
      setTimeout(() => this.resyncAll(), RESYNC_SECOND_PASS_MS).unref();
    });
  }

  /** Registers at once (events from now on reach the member); resolves when the listener is live. */
  join(communityId: string, m: HubMember): Promise<void> {
    let t = this.topics.get(communityId);
    if (!t) {
      const it = this.pubsub.subscribe(communityTopic(communityId))[Symbol.asyncIterator]();
      t = { members: new Set(), it };
      this.topics.set(communityId, t);
      void this.pump(t);
    }
    t.members.add(m);
    return this.pubsub.ready();
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
    this.memo.observe(e.type, e.seq);
    let classes: Map<string, HubMember[]> | null = null;
    for (const m of t.members) {
      if (!m.isDirect()) {
        m.push(e);
        continue;
      }
      classes ??= new Map();
      const list = classes.get(m.classKey!);
      if (list) list.push(m);
      else classes.set(m.classKey!, [m]);
    }
    if (!classes) return;
    for (const [key, members] of classes) {
      const tail = (this.tails.get(key) ?? Promise.resolve()).then(() => this.deliver(e, members));
      this.tails.set(key, tail);
      void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    }
  }

  /** One class, one event: one verdict, one rendering, then a plain loop of sink writes. */
  private async deliver(e: OutboxEventRecord, members: HubMember[]): Promise<void> {
    const seq = BigInt(e.seq);
    const live = () => members.filter((m) => m.isDirect() && seq > m.last());
    const first = live()[0];
    if (!first) return;
    const t0 = this.onFanout ? performance.now() : 0;
    let json: string;
    try {
      const verdict = await first.verdict(e);
      if (verdict === 'end') return void live().forEach((m) => m.end());
      if (verdict === 'skip') return void live().forEach((m) => m.delivered(seq));
      json = await first.render(e);
    } catch (err) {
      // As on the iterator path: the subscriptions that were to get this event end with the error.
      for (const m of live()) m.end(err);
      return;
    }
    for (const m of live()) {
      m.delivered(seq);
      try {
        m.send(json);
      } catch (err) {
        m.end(err); // a sink that throws ends its own subscription, not its class's
      }
    }
    this.onFanout?.((performance.now() - t0) / 1000);
  }

  private resyncAll(): void {
    for (const t of this.topics.values()) for (const m of t.members) m.resync();
  }
}
