// One pubsub listener per community per process, shared by every live stream of that community.
// A stream that has caught up and sits idle is *direct*: the hub then handles its events per
// *visibility class* — subscribers of the same operation (live-share.ts `operationShareKey`) whose
// viewers see the same thing (src/schema/viewer-facts.ts): same visibility profile, same answers
// to the viewer facts the evaluation asked. It decides and renders the payload JSON once per
// class and hands it to each member's sink (live-sink.ts) in one loop, like a plain broadcast, so
// the work per event grows with the number of distinct visibilities, not of logins. Streams that
// are replaying, resyncing or have no sink get events in their own queue and go through the iterator.
// One hub per running server, created with its services (`app.live`).
import type { WushePubSub } from '../pubsub/pubsub.types';
import type { Ctx } from '../../schema/context';
import type { Viewer } from '../../schema/identity/viewer.types';
import { FactLog, visibilityProfile } from '../../schema/viewer-facts';
import { AccessCache, loadAccess, loadAccessMany, type Access } from '../access';
import { communityTopic, type OutboxEventRecord } from './event.types';
import { EventMemo } from './live-share';

export type Verdict = 'yield' | 'skip' | 'end';

export interface HubMember {
  /** The operation it runs (document, variables, language, community): only these share work. */
  readonly shareKey: string | undefined;
  /** The subscription's context: refreshed by the hub for each event it evaluates. */
  readonly ctx: Ctx;
  /** Caught up, idle, in a class and with a sink: the hub delivers to it. */
  isDirect(): boolean;
  /**
   * Decides an event and, if it is to be sent, renders its payload JSON, under the context as the
   * hub refreshed it (no refresh of its own). Run once per visibility class, on one member.
   */
  evaluate(e: OutboxEventRecord): Promise<{ verdict: Verdict; json?: string }>;
  /** Hands a pre-serialised payload to the member's sink (LiveSink.next). */
  send(payloadJson: string): void;
  /** Cursor of the last event this member has dealt with. */
  last(): bigint;
  /** A direct delivery (sent or skipped) of this event happened. */
  delivered(seq: bigint): void;
  /** Buffered path: queue the event for the member's own loop. */
  push(e: OutboxEventRecord): void;
  end(err?: unknown): void;
  resync(): void;
}

/** Counters of direct delivery, for tests and the bench. */
export interface LiveStats {
  /** Event evaluations (decide + render) made for visibility classes. */
  evaluations: number;
  /** Payloads handed to sinks. */
  sent: number;
}

interface Topic {
  members: Set<HubMember>;
  it: AsyncIterator<unknown>;
  /** Per operation (share key): how its last event was delivered, reused while nothing changed (`Plan`). */
  plans: Map<string, Plan>;
}

/**
 * How one operation's last event was delivered: its direct members, grouped by caller, the
 * callers' access as served then and the callers by visibility profile. The next event reuses the
 * grouping when the same members are all due again, and the visibility classes when every
 * caller's access is the same object as before (the access cache keeps an unchanged access's
 * object: access.ts), so with a thousand distinct callers an event costs a pass over them, not a
 * regrouping. Any join or leave in the community drops its plans.
 */
interface Plan {
  /** The members `dispatch` handed over, in order (all of them were due). */
  members: HubMember[];
  groups: HubMember[][];
  /** Each group's viewer and access-cache key; null when not every caller is an account or key of one community. */
  viewers: { list: Viewer[]; keys: string[] } | null | undefined;
  accesses: Access[] | null;
  profiles: Caller[][] | null;
}

const RESYNC_SECOND_PASS_MS = 1000;

export class LiveHub {
  /** Shared verdicts and executions per (class, event); cleared by access changes. */
  readonly memo: EventMemo;
  private readonly topics = new Map<string, Topic>();
  /** Per operation: the delivery chain, so its events go out in order. */
  private readonly tails = new Map<string, Promise<void>>();
  readonly stats: LiveStats = { evaluations: 0, sent: 0 };

  /**
   * `onAccessChange` drops the process's access cache (the relay only clears it for its own
   * events); `onFanout` hears how long one operation's delivery of an event to all its subscribers took (metrics).
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

  /** Resolves once the deliveries under way have finished, or after `capMs` (what waits on it is not held longer). */
  settled(capMs: number): Promise<void> {
    if (this.tails.size === 0) return Promise.resolve();
    let timer: NodeJS.Timeout | undefined;
    const cap = new Promise<void>((r) => (timer = setTimeout(r, capMs)));
    return Promise.race([Promise.allSettled([...this.tails.values()]), cap]).then(() => clearTimeout(timer));
  }

  /** Registers at once (events from now on reach the member); resolves when the listener is live. */
  join(communityId: string, m: HubMember): Promise<void> {
    let t = this.topics.get(communityId);
    if (!t) {
      const it = this.pubsub.subscribe(communityTopic(communityId))[Symbol.asyncIterator]();
      t = { members: new Set(), it, plans: new Map() };
      this.topics.set(communityId, t);
      void this.pump(t);
    }
    t.members.add(m);
    t.plans.clear();
    return this.pubsub.ready();
  }

  leave(communityId: string, m: HubMember): void {
    const t = this.topics.get(communityId);
    if (!t?.members.delete(m)) return;
    t.plans.clear(); // they hold members: a closed socket must not be kept
    if (t.members.size > 0) return;
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
      const list = classes.get(m.shareKey!);
      if (list) list.push(m);
      else classes.set(m.shareKey!, [m]);
    }
    if (!classes) return;
    for (const [key, members] of classes) {
      const tail = (this.tails.get(key) ?? Promise.resolve()).then(() => this.deliver(t, key, e, members));
      this.tails.set(key, tail);
      void tail.then(() => this.tails.get(key) === tail && this.tails.delete(key));
    }
  }

  /**
   * One operation, one event: group the subscribers by caller (sockets opened with the same token
   * are one viewer: boards on many screens), load each caller's access once for all of them, group
   * the callers by visibility profile, then evaluate once per visibility class (`deliverProfile`).
   * Work before the first byte goes out grows with the number of distinct callers, not of sockets:
   * per socket there is one pass to group and one to send (with thousands of sockets each pass
   * over them costs milliseconds), and only the socket that stands for its caller is given the access.
   */
  private async deliver(t: Topic, shareKey: string, e: OutboxEventRecord, members: HubMember[]): Promise<void> {
    const seq = BigInt(e.seq);
    let plan = t.plans.get(shareKey);
    if (!plan || !samePlan(plan, members, seq)) {
      t.plans.delete(shareKey);
      const byKey = new Map<string, HubMember[]>();
      let all = true;
      for (const m of members) {
        if (!due(m, seq)) {
          all = false;
          continue;
        }
        const key = callerKey(m.ctx);
        const list = byKey.get(key);
        if (list) list.push(m);
        else byKey.set(key, [m]);
      }
      if (byKey.size === 0) return;
      plan = { members, groups: [...byKey.values()], viewers: undefined, accesses: null, profiles: null };
      // A member skipped this time may be due next time: only a grouping of all of them is kept,
      // and not one with a member that left since `dispatch` (leave drops plans, not this one).
      if (all && members.every((m) => t.members.has(m))) t.plans.set(shareKey, plan);
    }
    const t0 = this.onFanout ? performance.now() : 0;
    // Callers' access re-read ahead waits until this event's sockets have been served.
    let served!: () => void;
    const sent = new Promise<void>((r) => (served = r));
    try {
      await this.deliverTo(e, seq, plan, sent);
    } finally {
      served();
    }
    this.onFanout?.((performance.now() - t0) / 1000);
  }

  /** Access of each caller, callers by visibility profile, one evaluation per visibility class. */
  private async deliverTo(e: OutboxEventRecord, seq: bigint, plan: Plan, sent: Promise<void>): Promise<void> {
    const { groups } = plan;
    let accesses: Access[];
    try {
      accesses = await this.accessOf(plan, sent);
    } catch (err) {
      for (const g of groups) for (const m of g) m.end(err);
      return;
    }
    // The caller's first socket answers its facts; the others are only sent to.
    groups.forEach((g, i) => g[0]!.ctx.primeAccess(accesses[i]!));
    const before = plan.accesses;
    if (!plan.profiles || !before || accesses.some((a, i) => a !== before[i])) {
      const profiles = new Map<string, Caller[]>();
      groups.forEach((g, i) => {
        const access = accesses[i]!;
        const key = visibilityProfile(g[0]!.ctx.factScope().viewer, access);
        const caller: Caller = { members: g, access };
        const list = profiles.get(key);
        if (list) list.push(caller);
        else profiles.set(key, [caller]);
      });
      plan.accesses = accesses;
      plan.profiles = [...profiles.values()];
    }
    await Promise.all(plan.profiles.map((cs) => this.deliverProfile(e, seq, cs)));
  }

  /** Access for this event of each caller (cached ≤ 1 s per caller; the missing ones in one go). */
  private accessOf(plan: Plan, sent: Promise<void>): Promise<Access[]> {
    const members = plan.groups.map((g) => g[0]!);
    const first = members[0]!.ctx;
    const { communityId, app } = first;
    if (plan.viewers === undefined) {
      const list = members.map((m) => m.ctx.factScope().viewer);
      plan.viewers =
        list.some((v) => !v) || members.some((m) => m.ctx.communityId !== communityId)
          ? null
          : { list: list as Viewer[], keys: list.map((v) => AccessCache.keyOf(v, communityId)) };
    }
    if (!plan.viewers) return Promise.all(members.map((m) => m.ctx.access()));
    // A fork only when something is read: most events are served from the cache.
    const load = (vs: Viewer[]) => {
      const em = app.orm.em.fork() as typeof first.em;
      return vs.length === 1 ? loadAccess(em, app.registry, vs[0]!, communityId).then((a) => [a]) : loadAccessMany(em, app.registry, vs, communityId);
    };
    return app.accessCache.getMany(plan.viewers.list, communityId, load, sent, plan.viewers.keys);
  }

  /**
   * Callers of one visibility profile: evaluate the event on a socket of the first caller with
   * one still to serve, with its viewer facts recorded; every other caller whose facts have the
   * same answers gets the same outcome (the same bytes); the rest go round again. As many
   * evaluations as distinct visibilities.
   */
  private async deliverProfile(e: OutboxEventRecord, seq: bigint, callers: Caller[]): Promise<void> {
    let pending = callers;
    for (;;) {
      // Sockets may have closed or fallen behind during an earlier round's awaits.
      let at = 0;
      let rep: HubMember | undefined;
      for (; !rep && at < pending.length; at++) rep = pending[at]!.members.find((m) => due(m, seq));
      if (!rep) return;
      const first = pending[at - 1]!;
      const log = new FactLog();
      let outcome: Outcome;
      // A fresh fork and loaders for the one that evaluates, with the access just loaded.
      rep.ctx.refresh(true);
      rep.ctx.primeAccess(first.access);
      rep.ctx.track(log);
      try {
        outcome = await rep.evaluate(e);
      } catch (error) {
        outcome = { error };
      } finally {
        rep.ctx.untrack();
      }
      this.stats.evaluations++;
      const rest = pending.slice(at);
      let same = [first];
      try {
        // One caller's sockets answer every fact alike: asked once per caller.
        const ok = rest.length ? await log.matches(rest.map((c) => c.members[0]!.ctx.factScope())) : [];
        same = same.concat(rest.filter((_, i) => ok[i]));
        pending = rest.filter((_, i) => !ok[i]);
      } catch (err) {
        for (const c of rest) for (const m of c.members) m.end(err); // a fact that cannot be answered: as a failed evaluation
        pending = [];
      }
      this.apply(seq, outcome, same);
    }
  }

  /** The outcome to every socket of these callers still due this event, in one pass. */
  private apply(seq: bigint, outcome: Outcome, callers: Caller[]): void {
    const json = 'error' in outcome || outcome.verdict !== 'yield' ? undefined : outcome.json;
    for (const c of callers) {
      for (const m of c.members) {
        if (!due(m, seq)) continue;
        // As on the iterator path: the subscriptions that were to get this event end with the error.
        if ('error' in outcome) m.end(outcome.error);
        else if (outcome.verdict === 'end') m.end();
        else if (json === undefined) m.delivered(seq);
        else {
          m.delivered(seq);
          try {
            m.send(json);
            this.stats.sent++;
          } catch (err) {
            m.end(err); // a sink that throws ends its own subscription, not its class's
          }
        }
      }
    }
  }

  private resyncAll(): void {
    for (const t of this.topics.values()) for (const m of t.members) m.resync();
  }
}

/** Sockets of one caller (one token), and its access for the event being delivered. */
interface Caller {
  members: HubMember[];
  access: Access;
}
type Outcome = { verdict: Verdict; json?: string } | { error: unknown };

/** Still to be served this event directly. */
const due = (m: HubMember, seq: bigint) => m.isDirect() && seq > m.last();

/**
 * The plan's members are exactly these, in this order, and none has had this event yet. Whether
 * each is still direct `dispatch` has just asked (it handed over only direct ones); one that
 * stopped since is skipped where it is sent to (`apply` asks `due` per socket).
 */
function samePlan(plan: Plan, members: HubMember[], seq: bigint): boolean {
  const was = plan.members;
  if (was.length !== members.length) return false;
  for (let i = 0; i < members.length; i++) if (was[i] !== members[i] || seq <= members[i]!.last()) return false;
  return true;
}

/**
 * Who a subscription's context is, exactly as facts, access and the visibility profile can read
 * it: sockets opened with the same token in the same community share it.
 */
function callerKey(ctx: Ctx): string {
  let key = CALLER_KEYS.get(ctx);
  if (key === undefined) {
    const v = ctx.factScope().viewer;
    key = !v
      ? `-|${ctx.communityId}`
      : `${v.apiKey?.id ?? ''}|${v.accountId ?? ''}|${v.platformAdmin ? 1 : 0}|${v.sessionId ?? ''}|${v.expiresAt?.getTime() ?? ''}|${ctx.communityId}`;
    CALLER_KEYS.set(ctx, key); // a context's caller and community never change
  }
  return key;
}
const CALLER_KEYS = new WeakMap<Ctx, string>();
