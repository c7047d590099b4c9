// Per-operation context: its own EntityManager fork, its own loaders, the caller and the active
// community. Subscriptions call `refresh()` before each event so nothing goes stale.
import { ACTOR_PARAMS, type EventActor } from '../plugins/events/event.types';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { z } from 'zod';
import type { Lang } from './messages';
import type { AppServices } from '../plugins/app-services';
import { LoaderSet } from './loaders';
import { loadAccess, type Access } from '../plugins/access';
import type { Viewer } from './identity/viewer.types';
import { settingsFromAccess } from '../plugins/community-modules';
import { DISPLAY_NAME, EXPIRY, IDENTITY, RESIDENT, type FactLog, type FactScope, type ViewerFact } from './viewer-facts';
import type { SettingsDeclaration } from '../plugins/settings.types';

export type { Viewer } from './identity/viewer.types';

/**
 * A typed slot of the per-operation cache (`ctx.memo`): declare one per kind of value, at module
 * level, e.g. `const SCOPE = operationSlot<Promise<GridScope>>('grid.scope')`.
 */
export interface OperationSlot<T> {
  readonly name: string;
  /** Carries the value type only. */
  readonly __value?: T;
}

export const operationSlot = <T>(name: string): OperationSlot<T> => Object.freeze({ name });

export class Ctx {
  readonly requestId: string;
  // Made on first use: a live subscription's context between events (and most of its subscribers,
  // whose events another member evaluates: live-hub.ts) holds no fork, no loaders, no memos.
  private forked: EntityManager | null = null;
  private loaderSet: LoaderSet | null = null;
  /** Values derived for this operation (scopes, settings); emptied by `refresh()` with the fork and loaders. */
  private memos: Map<object, unknown> | null = null;
  private accessPromise: Promise<Access> | null = null;
  private accessValue: Access | undefined;
  /** `accessValue` was handed in (primeAccess): its promise is made only if someone awaits it. */
  private primed = false;
  private sharedAccess = false;
  private scope: FactScope | null = null;
  /** Set while a live event is evaluated for a whole visibility class (viewer-facts.ts). */
  private log: FactLog | null = null;
  private trackedViewer: Viewer | null = null;
  private trackedAccess: { raw: Access; view: Access } | null = null;

  constructor(
    readonly app: AppServices,
    private readonly rawViewer: Viewer | null,
    /** Community asked for by the token or a header; membership is checked in `access()`. */
    readonly communityId: string | null,
    readonly lang: Lang,
    requestId?: string,
    /** The client's address (the socket's peer, or X-Forwarded-For from a trusted proxy): credential checks are throttled by it. */
    readonly clientIp: string | null = null,
  ) {
    this.requestId = requestId ?? randomUUID();
    this.refresh();
  }

  /**
   * Fresh fork, loaders and permissions: once per HTTP operation, once per subscription event.
   * For events, access comes from a short-lived cache shared by the process (one event fanned out
   * to a thousand boards must not cost a thousand permission queries); it is cleared when an
   * access-changing event is published here and lives at most a second otherwise.
   */
  refresh(forEvent = false): void {
    this.sharedAccess = forEvent;
    this.forked = null;
    this.loaderSet = null;
    this.memos = null;
    this.accessPromise = null;
    this.accessValue = undefined;
    this.primed = false;
  }

  /** This operation's (this event's) own fork, scoped to the community by the tenant filter. */
  get em(): EntityManager {
    if (!this.forked) {
      this.forked = this.app.orm.em.fork({ clear: true }) as EntityManager;
      this.forked.setFilterParams('tenant', { communityId: this.communityId });
      // Every event this operation records names its caller (the kernel's, not each module's doing).
      // The raw caller: stamping the actor is not a question about who watches a live board.
      const v = this.rawViewer;
      const actor: EventActor = { accountId: v?.apiKey ? null : (v?.accountId ?? null), apiKeyId: v?.apiKey?.id ?? null };
      this.forked.setFilterParams(ACTOR_PARAMS, actor);
    }
    return this.forked;
  }

  /** This operation's (this event's) DataLoaders. */
  get loaders(): LoaderSet {
    return (this.loaderSet ??= new LoaderSet(this));
  }

  /**
   * The caller, as the token or API key says. While an event is evaluated for a visibility class
   * (`track`), reading its identity (`accountId`, `expiresAt`) records that the result depends on
   * who the caller is; whether there is one, its kind and platform rights are in the class's key.
   */
  get viewer(): Viewer | null {
    if (!this.log || !this.rawViewer) return this.rawViewer;
    return (this.trackedViewer ??= trackViewer(this.rawViewer, (f) => this.answer(f, undefined)));
  }

  /**
   * The answer of a viewer fact (viewer-facts.ts) for this caller; recorded when an event is being
   * evaluated for a visibility class, so that only viewers with the same answer share the result.
   */
  fact<A, V>(f: ViewerFact<A, V>, arg: A): V | Promise<V> {
    // A fact that reads the database is asked once per operation (event) and argument: modules
    // sharing it (grid's duty units, for dispatch and grid) share its statement. Synchronous
    // answers are not kept: they may read the access, which an early question comes before.
    const answers = this.cached(f, newAnswers) as Map<string, Promise<V>>;
    // Nothing kept yet (a synchronous fact never keeps anything): no key to make.
    let v: V | Promise<V> | undefined = answers.size === 0 ? undefined : answers.get(factKey(arg));
    if (v === undefined) {
      v = f.of(this.factScope(), arg);
      if (v instanceof Promise) answers.set(factKey(arg), v);
    }
    if (!this.log) return v;
    const log = this.log;
    if (v instanceof Promise) return v.then((x) => (log.record(f, arg, x), x));
    log.record(f, arg, v);
    return v;
  }

  /** What facts read about this caller (its raw identity, access and fork for this event); one
   * object while those stay the same (per-row checks ask facts hundreds of times a page). */
  factScope(): FactScope {
    const c = this.scope;
    if (c && c.viewer === this.rawViewer && c.access === this.accessValue && c.communityId === this.communityId) return c;
    const self = this;
    return (this.scope = {
      viewer: this.rawViewer,
      access: this.accessValue,
      get em() {
        return self.em; // forked only if a fact reads the database
      },
      communityId: this.communityId,
    });
  }

  /**
   * Whether an event is being evaluated for a whole visibility class (live-hub.ts): what the
   * answer depends on about the caller must then come from the context (facts), not from state a
   * subscription captured for its own caller.
   */
  get tracking(): boolean {
    return this.log !== null;
  }

  /** Records into `log` every viewer fact asked until `untrack()` (live-hub.ts, once per event). */
  track(log: FactLog): void {
    this.log = log;
    this.trackedViewer = null;
    this.trackedAccess = null;
  }

  untrack(): void {
    this.log = null;
    this.trackedViewer = null;
    this.trackedAccess = null;
  }

  private answer<V>(f: ViewerFact<void, V>, arg: void): V {
    return this.fact(f, arg) as V;
  }

  private view(a: Access): Access {
    if (!this.log) return a;
    if (this.trackedAccess?.raw !== a) {
      const ask = <V>(f: ViewerFact<void, V>) => this.answer(f, undefined);
      const view = { ...a };
      Object.defineProperties(view, {
        residentId: { enumerable: true, get: () => ask(RESIDENT) },
        displayName: { enumerable: true, get: () => ask(DISPLAY_NAME) },
      });
      this.trackedAccess = { raw: a, view };
    }
    return this.trackedAccess.view;
  }

  /** Roles, permissions and enabled modules of the caller in the active community (cached per operation). */
  access(): Promise<Access> {
    if (this.log) return this.accessRaw().then((a) => this.view(a));
    return this.accessRaw();
  }

  private accessRaw(): Promise<Access> {
    if (!this.accessPromise && this.primed) this.accessPromise = Promise.resolve(this.accessValue!);
    if (!this.accessPromise) {
      const load = () => loadAccess(this.em, this.app.registry, this.rawViewer, this.communityId);
      const p = this.sharedAccess ? this.app.accessCache.get(this.rawViewer, this.communityId, load) : load();
      this.accessPromise = p;
      p.then(
        (a) => {
          if (this.accessPromise === p) this.accessValue = a;
        },
        () => undefined,
      );
    }
    return this.accessPromise;
  }

  /**
   * The value of `slot` for this operation, made by `make` on first use. Per-operation state of a
   * module lives here, never in a module-level map keyed by the context: a subscription keeps one
   * context for its lifetime, and only `refresh()` tells an event from the one before.
   */
  memo<T>(slot: OperationSlot<T>, make: () => T): T {
    return this.cached(slot, make);
  }

  /**
   * A module's effective settings in the caller's community (defaults ← preset ← overrides), typed
   * by its declaration; the schema's defaults where the module is not enabled. Read from the rows
   * the access statement already carries (no query of its own), once per operation. Read-only:
   * the value may be shared with other operations.
   */
  settings<S extends z.ZodTypeAny>(decl: SettingsDeclaration<S>): Promise<z.output<S>> {
    return this.cached(
      decl,
      async () => (settingsFromAccess(this.app.registry, this.app.presets, await this.access(), decl.module) ?? decl.schema.parse({})) as z.output<S>,
    );
  }

  private cached<T>(key: object, make: () => T): T {
    const memos = (this.memos ??= new Map());
    if (memos.has(key)) return memos.get(key) as T;
    const value = make();
    memos.set(key, value);
    return value;
  }

  /** Access if already loaded in this operation, without waiting (per-row resolvers' fast path). */
  accessNow(): Access | undefined {
    return this.accessValue && this.view(this.accessValue);
  }

  /**
   * Hands this event's access in (the hub loads it for many subscribers with one statement). No
   * promise yet: the hub primes every caller of an event, and only the one that evaluates awaits.
   */
  primeAccess(a: Access): void {
    this.accessPromise = null;
    this.accessValue = a;
    this.primed = true;
  }

  /** Whether `moduleKey` is installed and enabled in the caller's community (its tables exist then). */
  async moduleEnabled(moduleKey: string): Promise<boolean> {
    return (await this.access()).enabledModules.has(moduleKey);
  }

  async can(permission: string): Promise<boolean> {
    return (await this.access()).permissions.has(permission);
  }
}

/** A fact's answers in one operation, by argument (`fact`); made once, not a closure per question. */
const newAnswers = () => new Map<string, Promise<unknown>>();
const factKey = (arg: unknown) => (arg === undefined ? '' : JSON.stringify(arg));

/** The caller with its identity reads reported (`ctx.viewer` while tracking). */
function trackViewer(v: Viewer, ask: <V>(f: ViewerFact<void, V>) => V): Viewer {
  return {
    get accountId() {
      return ask(IDENTITY) === null ? null : v.accountId;
    },
    platformAdmin: v.platformAdmin,
    apiKey: v.apiKey,
    get expiresAt() {
      return ask(EXPIRY) === null ? undefined : v.expiresAt;
    },
  };
}
