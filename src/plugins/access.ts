// What the caller may do in the active community: roles from membership (and street/platform
// admin), permissions = role defaults of enabled modules ± the community's overrides.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../schema/identity/viewer.types';
import type { ModuleRegistry } from './registry';
import type { Role } from '../schema/roles';
import { executePrepared } from '../db/prepared';
import { TENANCY_EVENTS as T } from '../schema/tenancy/tenancy.events';
import { adminsStreetSql } from '../schema/tenancy/tier.lookups';

export interface Access {
  /** Null when there is no active community or the caller holds no role in it. */
  communityId: string | null;
  roles: Set<Role>;
  permissions: Set<string>;
  /** Modules installed in this process and enabled in the community (core always, with a community). */
  enabledModules: Set<string>;
  /** The community's preset and stored module rows, read with the roles: settings need no query of their own. */
  preset: string | null;
  modules: ReadonlyMap<string, StoredModule>;
  /** The caller's account name and the resident their membership here is linked to (accounts only). */
  displayName: string | null;
  residentId: string | null;
  /**
   * Whether the caller's credential is in force now: the account exists, is not disabled and its
   * token claims no more than the account has (platform admin); an API key is not revoked and its
   * creator is not disabled. Read from the database once per operation (once per subscription
   * event), whatever the field requires: `enforce` refuses every non-public field when it is not
   * `live`, so a token issued before the account was disabled stops working at once. A token whose
   * session (refresh-token family) was revoked is `revoked`; an account whose password an
   * administrator reset is `password-change` until its password is changed (only that works).
   */
  credential: 'live' | 'disabled' | 'revoked' | 'password-change' | 'none';
}

/** A community_module row as stored (overrides, not effective settings). */
export interface StoredModule {
  enabled: boolean;
  settings: Record<string, unknown>;
  settingsVersion: number;
  rolePermissions: Record<string, { grant?: string[]; revoke?: string[] }>;
}

const EMPTY: Access = {
  communityId: null,
  roles: new Set(),
  permissions: new Set(),
  enabledModules: new Set(),
  preset: null,
  modules: new Map(),
  displayName: null,
  residentId: null,
  credential: 'none',
};

const standing = (credential: Access['credential']): Access => ({ ...EMPTY, credential });

// One statement per operation: the caller's standing (membership roles and linked resident,
// street admin, disabled, display name; or the API key's liveness) together with the community's
// preset and module rows. It used to be
// two, plus one per module whose settings a resolver read; on a ledger mutation that was a quarter
// of all statements. Prepared (src/db/prepared.ts): every request runs it.
const COMMUNITY_PART = `c.preset,
  (select coalesce(json_agg(json_build_object('key', cm.module_key, 'enabled', cm.enabled, 'settings', cm.settings,
            'version', cm.settings_version, 'rolePermissions', cm.role_permissions)), '[]'::json)
     from community_module cm where cm.community_id = c.id) as modules`;

// An account's standing in a community (one caller or many: the same columns, the same joins).
const ACCOUNT_PART = `m.roles, m.resident_id, a.disabled, a.platform_admin, a.display_name, c.id as community,
  a.password_change_required, ${adminsStreetSql('a.id', 'c.street_id')} as street_admin`;
const ACCOUNT_FROM = `from account a
  left join community c on c.id = ?
  left join membership m on m.community_id = c.id and m.account_id = a.id and m.active`;

interface Row {
  preset: string | null;
  modules: {
    key: string;
    enabled: boolean;
    settings: Record<string, unknown> | null;
    version: number;
    rolePermissions: StoredModule['rolePermissions'] | null;
  }[];
}

export async function loadAccess(em: EntityManager, registry: ModuleRegistry, viewer: Viewer | null, communityId: string | null): Promise<Access> {
  if (!viewer) return EMPTY;
  if (!viewer.apiKey) {
    // From the account, not the community: the caller's standing is read even without an active
    // community (fields that need only a signed-in caller) or with one that does not exist.
    const [r] = await executePrepared<AccountRow>(
      em,
      'wushe_access_account',
      `select ${ACCOUNT_PART},
              exists(select 1 from refresh_token t where t.family_id = ? and t.revoked_at is not null) as session_revoked,
              ${COMMUNITY_PART}
         ${ACCOUNT_FROM}
        where a.id = ?`,
      [viewer.sessionId ?? null, communityId, viewer.accountId],
    );
    return accountAccess(registry, viewer, communityId, r);
  } else {
    // Revocation is immediate, also for subscriptions that outlive the check made at connect; so
    // is disabling the account that created the key.
    const [r] = await executePrepared<Row & { live: boolean | null; community: string | null }>(
      em,
      'wushe_access_api_key',
      `select (k.revoked_at is null and (k.created_by is null or a.disabled = false)) as live, c.id as community, ${COMMUNITY_PART}
         from api_key k
         left join account a on a.id = k.created_by
         left join community c on c.id = k.community_id and c.id = ?
        where k.id = ?`,
      [communityId, viewer.apiKey.id],
    );
    if (!r?.live) return standing('revoked');
    if (!r.community) return standing('live');
    return accessOf(registry, viewer, communityId, new Set(), r, { displayName: null, residentId: null });
  }
}

type AccountRow = Row & {
  roles: string[] | null;
  resident_id: string | null;
  street_admin: boolean;
  disabled: boolean;
  platform_admin: boolean;
  display_name: string | null;
  community: string | null;
  password_change_required: boolean;
  session_revoked: boolean;
};

function accountAccess(registry: ModuleRegistry, viewer: Viewer, communityId: string | null, r: AccountRow | undefined, shared?: Map<string, Access>): Access {
  // A deleted account, a token claiming platform rights the account no longer has, or a token
  // of a session signed out, revoked or ended by a password change: refused.
  if (!r || (viewer.platformAdmin && !r.platform_admin) || r.session_revoked) return standing('revoked');
  // A disabled account keeps no rights, even with an access token issued before.
  if (r.disabled) return standing('disabled');
  if (r.password_change_required) return standing('password-change');
  if (!r.community) return standing('live');
  const roles = new Set<Role>();
  for (const x of r.roles ?? []) roles.add(x as Role);
  // Street admins, and district admins over the street, read the community as STREET_ADMIN.
  if (r.street_admin) roles.add('STREET_ADMIN');
  if (viewer.platformAdmin) roles.add('PLATFORM_ADMIN');
  if (roles.size === 0) return standing('live');
  return accessOf(registry, viewer, communityId, roles, r, { displayName: r.display_name, residentId: r.resident_id }, shared);
}

/**
 * `loadAccess` for many account callers of one community with two statements (the accounts'
 * standing, the community's rows) instead of one each: a live event reaching a thousand boards
 * re-checks a thousand callers. Same rules, same results.
 */
export async function loadAccessMany(em: EntityManager, registry: ModuleRegistry, viewers: Viewer[], communityId: string | null): Promise<Access[]> {
  const ids = [...new Set(viewers.map((v) => v.accountId).filter((x): x is string => !!x && /^[0-9a-f-]{36}$/i.test(x)))];
  if (ids.length === 0) return Promise.all(viewers.map((v) => loadAccess(em, registry, v, communityId)));
  const sessions = [...new Set(viewers.map((v) => v.sessionId).filter((x): x is string => !!x && /^[0-9a-f-]{36}$/i.test(x)))];
  const [rows, [community], revoked] = await Promise.all([
    executePrepared<Omit<AccountRow, keyof Row | 'session_revoked'> & { id: string }>(
      em,
      'wushe_access_accounts',
      `select a.id, ${ACCOUNT_PART}
         ${ACCOUNT_FROM}
        where a.id = any(?::uuid[])`,
      [communityId, `{${ids.join(',')}}`],
    ),
    executePrepared<Row>(em, 'wushe_access_community', `select ${COMMUNITY_PART} from community c where c.id = ?`, [communityId]),
    sessions.length
      ? executePrepared<{ family_id: string }>(
          em,
          'wushe_access_sessions_revoked',
          'select distinct family_id from refresh_token where family_id = any(?::uuid[]) and revoked_at is not null',
          [`{${sessions.join(',')}}`],
        )
      : Promise.resolve([]),
  ]);
  const revokedSessions = new Set(revoked.map((x) => x.family_id));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const shared = new Map<string, Access>();
  const communityRow = { preset: community?.preset ?? null, modules: community?.modules ?? [] };
  return Promise.all(
    viewers.map((v) => {
      if (v.apiKey || !v.accountId) return loadAccess(em, registry, v, communityId);
      const r = byId.get(v.accountId);
      const sessionRevoked = !!v.sessionId && revokedSessions.has(v.sessionId);
      return accountAccess(registry, v, communityId, r && { ...r, ...communityRow, session_revoked: sessionRevoked }, shared);
    }),
  );
}

function accessOf(
  registry: ModuleRegistry,
  viewer: Viewer,
  communityId: string | null,
  roles: Set<Role>,
  row: Row,
  who: { displayName: string | null; residentId: string | null },
  shared?: Map<string, Access>,
): Access {
  // Callers of one batch with the same roles share the derived sets (read-only, as every Access).
  const rolesKey = shared && !viewer.apiKey ? [...roles].sort().join(',') : null;
  const same = rolesKey !== null ? shared!.get(rolesKey) : undefined;
  if (same) return { ...same, ...who };
  const made = derive(registry, viewer, communityId, roles, row, who);
  if (rolesKey !== null) shared!.set(rolesKey, made);
  return made;
}

function derive(
  registry: ModuleRegistry,
  viewer: Viewer,
  communityId: string | null,
  roles: Set<Role>,
  row: Row,
  who: { displayName: string | null; residentId: string | null },
): Access {
  const modules = new Map<string, StoredModule>(
    row.modules.map((m) => [m.key, { enabled: m.enabled, settings: m.settings ?? {}, settingsVersion: m.version, rolePermissions: m.rolePermissions ?? {} }]),
  );
  // Installed and enabled: a row left by a plugin no longer installed enables nothing (its tables may be gone).
  const enabledModules = new Set([...registry.alwaysOn(), ...[...modules].filter(([k, m]) => m.enabled && registry.get(k)).map(([k]) => k)]);
  const permissions = new Set<string>();
  if (viewer.apiKey) {
    for (const p of viewer.apiKey.permissions) permissions.add(p);
  } else {
    for (const key of enabledModules) {
      const overrides = modules.get(key)?.rolePermissions ?? {};
      // Per role: defaults ∪ grants − revocations; the caller gets the union over their roles.
      for (const role of roles) {
        const revoked = new Set(overrides[role]?.revoke ?? []);
        for (const p of registry.roleDefaults(key, role)) if (!revoked.has(p.slice(key.length + 1))) permissions.add(p);
        for (const a of overrides[role]?.grant ?? []) if (!revoked.has(a)) permissions.add(`${key}.${a}`);
      }
    }
  }
  return { communityId, roles, permissions, enabledModules, preset: row.preset, modules, ...who, credential: 'live' };
}

/**
 * `(a, b) => whether a and b grant the same`, for one batch of comparisons: module rows are
 * shared by the callers read together (access.ts `shared`), so each pair of them is compared once.
 */
function sameAccessCheck(): (a: Access, b: Access) => boolean {
  const modulePairs = new Map<ReadonlyMap<string, StoredModule>, Map<ReadonlyMap<string, StoredModule>, boolean>>();
  const sameModules = (x: ReadonlyMap<string, StoredModule>, y: ReadonlyMap<string, StoredModule>): boolean => {
    if (x === y) return true;
    let byY = modulePairs.get(x);
    if (!byY) modulePairs.set(x, (byY = new Map()));
    let eq = byY.get(y);
    if (eq === undefined) {
      eq = x.size === y.size && [...x].every(([k, m]) => JSON.stringify(m) === JSON.stringify(y.get(k)));
      byY.set(y, eq);
    }
    return eq;
  };
  const sameSet = (x: ReadonlySet<string>, y: ReadonlySet<string>) => x === y || (x.size === y.size && [...x].every((v) => y.has(v)));
  const is = (x: unknown, y: unknown) => x === y;
  // Every field of Access has its comparison (the type says so): a field added later cannot be skipped.
  const fields: { [K in keyof Access]-?: (x: Access[K], y: Access[K]) => boolean } = {
    communityId: is,
    roles: sameSet,
    permissions: sameSet,
    enabledModules: sameSet,
    preset: is,
    modules: sameModules,
    displayName: is,
    residentId: is,
    credential: is,
  };
  const keys = Object.keys(fields) as (keyof Access)[];
  return (a, b) => keys.every((k) => (fields[k] as (x: unknown, y: unknown) => boolean)(a[k], b[k]));
}

interface Entry {
  /** When its read began. */
  at: number;
  value: Promise<Access>;
  /** The value once read (served without a promise per caller). */
  resolved?: Access;
  /** A re-read ahead is under way. */
  rereading?: boolean;
}

/** Tenancy events after which cached access may be wrong. */
export const ACCESS_EVENTS = new Set<string>(
  [
    T.MemberAdded,
    T.MemberUpdated,
    T.ModuleConfigured,
    T.ApiKeyRevoked,
    T.AccountDisabled,
    T.AccountEnabled,
    T.TierAdminAppointed,
    T.TierAdminRemoved,
    T.StreetUpdated,
  ].map((d) => d.type),
);

/** Platform events after which an account's sessions end: its sockets are closed on every process. */
export const ACCOUNT_REVOKED_EVENTS = new Set<string>([T.AccountDisabled.type]);

/**
 * Per-process cache of access by caller and community, for subscription events only. An entry
 * serves for at most `ttlMs` from when its read began; `clear()` (an access-changing event) drops
 * everything at once. Callers served by `getMany` are re-read ahead, in the background, once their
 * entry is past half its life, so a stream of events does not wait on a thousand callers' re-read
 * every second (what is served is never older than `ttlMs` all the same).
 */
export class AccessCache {
  private readonly entries = new Map<string, Entry>();
  /** Bumped by `clear()`: a re-read begun before it must not land after it. */
  private generation = 0;
  /** `now`: the clock entries age by (tests turn it by hand). */
  constructor(
    private readonly ttlMs = 1000,
    private readonly now: () => number = Date.now,
  ) {}

  get(v: Viewer | null, communityId: string | null, load: () => Promise<Access>): Promise<Access> {
    const key = AccessCache.keyOf(v, communityId);
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < this.ttlMs) return hit.value;
    return this.put(key, this.now(), load());
  }

  /**
   * Access of many callers of one community, as `get` would give each, with the missing ones
   * loaded together by `loadMany` (the live hub, once per event for all its boards). Re-reads
   * ahead start once `rereadAfter` settles (the hub: when this event's sockets have been served,
   * so a thousand callers' re-read does not hold up the sends), or after this turn without it.
   */
  getMany(
    viewers: Viewer[],
    communityId: string | null,
    loadMany: (vs: Viewer[]) => Promise<Access[]>,
    rereadAfter?: Promise<unknown>,
    /** `AccessCache.keyOf` of each viewer, when the caller keeps them (the live hub, per plan). */
    keys?: readonly string[],
  ): Promise<Access[]> {
    const now = this.now();
    const out: (Promise<Access> | Access)[] = new Array(viewers.length);
    let pending = false;
    const missing = new Map<string, { viewer: Viewer; at: number[] }>();
    const ageing = new Map<string, Viewer>();
    viewers.forEach((v, i) => {
      const key = keys?.[i] ?? AccessCache.keyOf(v, communityId);
      const hit = this.entries.get(key);
      if (hit && now - hit.at < this.ttlMs) {
        if (hit.resolved) out[i] = hit.resolved;
        else ((out[i] = hit.value), (pending = true));
        if (now - hit.at >= this.ttlMs / 2 && !hit.rereading) ((hit.rereading = true), ageing.set(key, v));
      } else {
        pending = true;
        const m = missing.get(key);
        if (m) m.at.push(i);
        else missing.set(key, { viewer: v, at: [i] });
      }
    });
    if (missing.size) {
      const list = [...missing];
      const loaded = loadMany(list.map(([, m]) => m.viewer));
      list.forEach(([key, m], j) => {
        const value = this.put(
          key,
          now,
          loaded.then((all) => all[j]!),
        );
        for (const i of m.at) out[i] = value;
      });
    }
    if (ageing.size) this.rereadAhead(ageing, loadMany, rereadAfter);
    return pending ? Promise.all(out) : Promise.resolve(out as Access[]);
  }

  private put(key: string, at: number, value: Promise<Access>): Promise<Access> {
    const entry: Entry = { at, value };
    if (this.entries.size >= 10_000) this.entries.clear();
    this.entries.set(key, entry);
    value.then(
      (a) => (entry.resolved = a),
      () => this.entries.get(key) === entry && this.entries.delete(key),
    );
    return value;
  }

  /** Re-reads ageing entries after `after` (or this turn); each is replaced only if nothing newer (or a clear) came since. */
  private rereadAhead(ageing: Map<string, Viewer>, loadMany: (vs: Viewer[]) => Promise<Access[]>, after?: Promise<unknown>): void {
    const generation = this.generation;
    const keys = [...ageing.keys()];
    const start = () => {
      if (this.generation !== generation) return; // cleared meanwhile: those entries are gone
      const at = this.now(); // before the read: what it returns is at least this fresh
      loadMany([...ageing.values()]).then(
        (all) => {
          if (this.generation !== generation) return;
          const same = sameAccessCheck();
          keys.forEach((key, j) => {
            const cur = this.entries.get(key);
            if (cur && cur.at >= at) return;
            // Unchanged: the same object, younger. What is derived from an access object and kept
            // by it (the live hub's visibility profiles, a context's fact scope) stays valid.
            const a = cur?.resolved && same(cur.resolved, all[j]!) ? cur.resolved : all[j]!;
            this.entries.set(key, { at, value: Promise.resolve(a), resolved: a });
          });
        },
        () => keys.forEach((key) => this.entries.get(key) && (this.entries.get(key)!.rereading = false)),
      );
    };
    if (after) after.then(start, start);
    else setImmediate(start);
  }

  /** The entry of a caller in a community. The session is part of it: a revoked session's access must not be another session's. */
  static keyOf(v: Viewer | null, communityId: string | null): string {
    return `${v?.apiKey ? `k:${v.apiKey.id}` : `a:${v?.accountId}:${v?.sessionId ?? ''}`}:${communityId}`;
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }
}
