// What one subscription event's answer may depend on, beyond the event and the data: the viewer.
// Live delivery evaluates an event once per *visibility* (src/plugins/events/live-hub.ts), not per
// login, and this file is what makes that sound. The viewer reaches an execution in two ways only:
//  - the visibility profile (`visibilityProfile`): caller kind, roles, permissions, enabled
//    modules and stored settings, credential standing, language and community — part of the key;
//  - viewer facts read during the execution (`ctx.fact(F, arg)`): whether the viewer is account X,
//    is linked to resident Y, the grid units they hold a duty in, … Each answer is recorded while
//    the execution runs under a `FactLog`; another viewer of the same profile reuses the result only
//    when every recorded fact has the same answer for them.
// The context enforces it: under a log, reading the caller's raw identity (`ctx.viewer.accountId`,
// `expiresAt`, the access's `residentId`, `displayName`) records it as a fact whose answer is the
// identity itself, so code that needs who the caller is (an access-log row, "mine") splits the
// class per login by construction — never wrongly shared, only less shared. Code on a hot path
// asks narrower questions (`IS_ACCOUNT(id)`) whose answers most viewers share.
// Same profile + same answers ⇒ the execution takes the same path and reads the same rows ⇒ the
// same result, byte for byte (tests/platform/fanout-visibility.test.ts checks it end to end).
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Access } from '../plugins/access';
import type { Viewer } from './identity/viewer.types';

/** What a fact may read about one viewer: the raw caller, its access in this event, its fresh fork. */
export interface FactScope {
  readonly viewer: Viewer | null;
  readonly access: Access | undefined;
  readonly em: EntityManager;
  readonly communityId: string | null;
}

/**
 * A question about the viewer whose answer an execution may depend on. `of` must depend on the
 * scope and `arg` only; answers are compared as JSON. `many`, if given, answers for many viewers
 * at once (one statement for a thousand boards instead of a thousand).
 */
export interface ViewerFact<A, V> {
  readonly name: string;
  of(scope: FactScope, arg: A): V | Promise<V>;
  many?(scopes: FactScope[], arg: A): Promise<V[]>;
}

export const defineFact = <A, V>(f: ViewerFact<A, V>): ViewerFact<A, V> => Object.freeze(f);

const accountOf = (v: Viewer | null) => (v?.apiKey ? null : (v?.accountId ?? null));

/** The caller itself (account or API key): whoever reads it is answered per login. */
export const IDENTITY = defineFact<void, string | null>({
  name: 'identity',
  of: ({ viewer }) => (viewer?.apiKey ? `k:${viewer.apiKey.id}` : viewer?.accountId ? `a:${viewer.accountId}` : null),
});
/** The token's expiry: per socket, like the identity. */
export const EXPIRY = defineFact<void, number | null>({ name: 'expiry', of: ({ viewer }) => viewer?.expiresAt?.getTime() ?? null });
/** The resident the caller's membership is linked to (residents see their own things). */
export const RESIDENT = defineFact<void, string | null>({ name: 'resident', of: ({ access }) => access?.residentId ?? null });
/** The caller's account name. */
export const DISPLAY_NAME = defineFact<void, string | null>({ name: 'displayName', of: ({ access }) => access?.displayName ?? null });
/** Whether the caller is this account (not through an API key): requester, taker, author checks. */
export const IS_ACCOUNT = defineFact<string | null | undefined, boolean>({
  name: 'isAccount',
  of: ({ viewer }, id) => !!id && accountOf(viewer) === id,
});
/** Whether the caller's membership is linked to this resident. */
export const IS_RESIDENT = defineFact<string | null | undefined, boolean>({
  name: 'isResident',
  of: ({ viewer, access }, id) => !!id && !!accountOf(viewer) && access?.residentId === id,
});

interface Recorded {
  fact: ViewerFact<unknown, unknown>;
  arg: unknown;
  answer: string;
}

/** The facts one execution asked, with the answers it got. */
export class FactLog {
  private readonly asked = new Map<string, Recorded>();

  record<A, V>(fact: ViewerFact<A, V>, arg: A, value: V): void {
    const key = `${fact.name}\u0000${JSON.stringify(arg ?? null)}`;
    if (!this.asked.has(key)) this.asked.set(key, { fact: fact as ViewerFact<unknown, unknown>, arg, answer: JSON.stringify(value ?? null) });
  }

  get size(): number {
    return this.asked.size;
  }

  /** Names of the facts asked (for tests and diagnostics). */
  names(): string[] {
    return [...new Set([...this.asked.values()].map((r) => r.fact.name))];
  }

  /** Per scope: whether every recorded fact has the same answer for it (so the result applies). */
  async matches(scopes: FactScope[]): Promise<boolean[]> {
    const ok = scopes.map(() => true);
    for (const r of this.asked.values()) {
      const idx = scopes.map((_, i) => i).filter((i) => ok[i]);
      if (idx.length === 0) break;
      const subset = idx.map((i) => scopes[i]!);
      const values = r.fact.many ? await r.fact.many(subset, r.arg) : await Promise.all(subset.map((s) => r.fact.of(s, r.arg)));
      idx.forEach((i, j) => {
        if (JSON.stringify(values[j] ?? null) !== r.answer) ok[i] = false;
      });
    }
    return ok;
  }
}

/**
 * The visibility profile of a caller in a community: everything about the viewer that is not a
 * fact. Two callers with the same profile differ only in their identity (which facts reveal).
 */
export function visibilityProfile(viewer: Viewer | null, access: Access): string {
  const kind = !viewer ? '-' : viewer.apiKey ? `k:${viewer.apiKey.id}` : `a:${viewer.platformAdmin ? 1 : 0}:${viewer.accountId ? 1 : 0}`;
  // An access object is read-only and lives for many events (the live hub's cache): its key is made once.
  const known = PROFILES.get(access);
  if (known?.kind === kind) return known.key;
  // The derived sets are shared by callers loaded together with the same roles (access.ts): the
  // long part of the key is made once per such set, not once per caller.
  let derived = DERIVED.get(access.permissions);
  if (derived === undefined || derived.modules !== access.modules || derived.enabled !== access.enabledModules) {
    const long = JSON.stringify([
      [...access.permissions].sort(),
      [...access.enabledModules].sort(),
      access.preset,
      [...access.modules].sort(([a], [b]) => (a < b ? -1 : 1)),
    ]);
    // Interned to a short number: the key is hashed once per subscriber and event.
    let id = INTERNED.get(long);
    if (id === undefined) {
      if (INTERNED.size > 10_000) INTERNED.clear();
      INTERNED.set(long, (id = ++interned));
    }
    derived = { modules: access.modules, enabled: access.enabledModules, key: String(id) };
    DERIVED.set(access.permissions, derived);
  }
  const key = `${kind}|${access.communityId}|${access.credential}|${[...access.roles].sort().join(',')}|${derived.key}`;
  PROFILES.set(access, { kind, key });
  return key;
}
const PROFILES = new WeakMap<Access, { kind: string; key: string }>();
const INTERNED = new Map<string, number>();
let interned = 0;
const DERIVED = new WeakMap<ReadonlySet<string>, { modules: Access['modules']; enabled: Access['enabledModules']; key: string }>();
