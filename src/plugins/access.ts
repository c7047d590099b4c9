// What the caller may do in the active community: roles from membership (and street/platform
// admin), permissions = role defaults of enabled modules ± the community's overrides.
import type { Ctx } from '../schema/context';
import type { Role } from './module-contract';
import { CommunityModule } from './community-module.entity';

export interface Access {
  /** Null when there is no active community or the caller holds no role in it. */
  communityId: string | null;
  roles: Set<Role>;
  permissions: Set<string>;
  enabledModules: Set<string>;
}

const EMPTY: Access = { communityId: null, roles: new Set(), permissions: new Set(), enabledModules: new Set() };

export async function loadAccess(ctx: Ctx): Promise<Access> {
  const { viewer, communityId } = ctx;
  if (!viewer || !communityId) return EMPTY;
  const roles = new Set<Role>();
  if (!viewer.apiKey) {
    const [row] = await ctx.em.getConnection().execute<{ roles: string[] | null; street_admin: boolean; disabled: boolean | null }[]>(
      `select (select m.roles from membership m
                where m.community_id = c.id and m.account_id = ? and m.active) as roles,
              exists(select 1 from street_admin s
                where s.street_id = c.street_id and s.account_id = ?) as street_admin,
              (select a.disabled from account a where a.id = ?) as disabled
         from community c where c.id = ?`,
      [viewer.accountId, viewer.accountId, viewer.accountId, communityId],
    );
    // A disabled account keeps no rights, even with an access token issued before.
    if (!row || row.disabled !== false) return EMPTY;
    for (const r of row.roles ?? []) roles.add(r as Role);
    if (row.street_admin) roles.add('STREET_ADMIN');
    if (viewer.platformAdmin) roles.add('PLATFORM_ADMIN');
    if (roles.size === 0) return EMPTY;
  } else if (viewer.apiKey.communityId !== communityId) {
    return EMPTY;
  } else {
    // Revocation is immediate, also for subscriptions that outlive the check made at connect.
    const [live] = await ctx.em.getConnection().execute('select 1 from api_key where id = ? and revoked_at is null', [viewer.apiKey.id]);
    if (!live) return EMPTY;
  }

  const rows = await ctx.em.find(CommunityModule, { communityId }, { disableIdentityMap: true });
  const enabledModules = new Set(['core', ...rows.filter((r) => r.enabled).map((r) => r.moduleKey)]);
  const registry = ctx.app.registry;
  const permissions = new Set<string>();
  if (viewer.apiKey) {
    for (const p of viewer.apiKey.permissions) permissions.add(p);
  } else {
    for (const key of enabledModules) {
      if (!registry.get(key)) continue;
      const overrides = rows.find((r) => r.moduleKey === key)?.rolePermissions ?? {};
      // Per role: defaults ∪ grants − revocations; the caller gets the union over their roles.
      for (const role of roles) {
        const revoked = new Set(overrides[role]?.revoke ?? []);
        for (const p of registry.roleDefaults(key, role)) if (!revoked.has(p.slice(key.length + 1))) permissions.add(p);
        for (const a of overrides[role]?.grant ?? []) if (!revoked.has(a)) permissions.add(`${key}.${a}`);
      }
    }
  }
  return { communityId, roles, permissions, enabledModules };
}

/** Core events after which cached access may be wrong. */
export const ACCESS_EVENTS = new Set(['core.MemberAdded', 'core.MemberUpdated', 'core.ModuleConfigured', 'core.ApiKeyRevoked', 'core.AccountDisabled']);

/** Per-process cache of access by caller and community, for subscription events only. */
export class AccessCache {
  private readonly entries = new Map<string, { at: number; value: Promise<Access> }>();
  constructor(private readonly ttlMs = 1000) {}

  get(ctx: Ctx, load: () => Promise<Access>): Promise<Access> {
    const v = ctx.viewer;
    const key = `${v?.apiKey ? `k:${v.apiKey.id}` : `a:${v?.accountId}`}:${ctx.communityId}`;
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.value;
    const value = load();
    this.entries.set(key, { at: Date.now(), value });
    value.catch(() => this.entries.delete(key));
    if (this.entries.size > 10_000) this.entries.clear();
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
