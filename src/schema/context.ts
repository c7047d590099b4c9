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
  em!: EntityManager;
  loaders!: LoaderSet;
  /** Values derived for this operation (scopes, settings); emptied by `refresh()` with the fork and loaders. */
  private memos!: Map<object, unknown>;
  private accessPromise: Promise<Access> | null = null;
  private accessValue: Access | undefined;
  private sharedAccess = false;

  constructor(
    readonly app: AppServices,
    readonly viewer: Viewer | null,
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
    this.em = this.app.orm.em.fork({ clear: true }) as EntityManager;
    this.em.setFilterParams('tenant', { communityId: this.communityId });
    // Every event this operation records names its caller (the kernel's, not each module's doing).
    const actor: EventActor = { accountId: this.viewer?.apiKey ? null : (this.viewer?.accountId ?? null), apiKeyId: this.viewer?.apiKey?.id ?? null };
    this.em.setFilterParams(ACTOR_PARAMS, actor);
    this.loaders = new LoaderSet(this);
    this.memos = new Map();
    this.accessPromise = null;
    this.accessValue = undefined;
  }

  /** Roles, permissions and enabled modules of the caller in the active community (cached per operation). */
  access(): Promise<Access> {
    if (!this.accessPromise) {
      const load = () => loadAccess(this.em, this.app.registry, this.viewer, this.communityId);
      const p = this.sharedAccess ? this.app.accessCache.get(this.viewer, this.communityId, load) : load();
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
    if (this.memos.has(key)) return this.memos.get(key) as T;
    const value = make();
    this.memos.set(key, value);
    return value;
  }

  /** Access if already loaded in this operation, without waiting (per-row resolvers' fast path). */
  accessNow(): Access | undefined {
    return this.accessValue;
  }

  /** Whether `moduleKey` is installed and enabled in the caller's community (its tables exist then). */
  async moduleEnabled(moduleKey: string): Promise<boolean> {
    return (await this.access()).enabledModules.has(moduleKey);
  }

  async can(permission: string): Promise<boolean> {
    return (await this.access()).permissions.has(permission);
  }
}
