import { Migration } from '@mikro-orm/migrations';

// Communities, members, module configuration and API keys moved from the core module into the
// kernel's tenancy: their actions and event types are now `tenancy.*`. Rewrites every place the
// old names are stored — API keys' permission lists, per-role overrides (which move from the
// `core` module row to a `tenancy` row), the outbox and consumer cursors — so keys, overrides and
// catch-up cursors keep working. The table layout does not change.
const ACTIONS = ['community.read', 'community.update', 'module.configure', 'preset.apply', 'membership.read', 'membership.manage', 'apiKey.manage'];
const EVENTS = [
  'CommunityCreated',
  'CommunityUpdated',
  'ModuleConfigured',
  'MemberAdded',
  'MemberUpdated',
  'ApiKeyCreated',
  'ApiKeyRevoked',
  'AccountDisabled',
  'AccountEnabled',
];

type Overrides = Record<string, { grant?: string[]; revoke?: string[] }>;

/** Splits one module row's per-role overrides into the actions that moved and those that stayed. */
function split(overrides: Overrides, moved: (a: string) => boolean): [Overrides, Overrides] {
  const stay: Overrides = {};
  const go: Overrides = {};
  for (const [role, o] of Object.entries(overrides ?? {})) {
    for (const kind of ['grant', 'revoke'] as const) {
      for (const a of o[kind] ?? []) {
        const target = moved(a) ? go : stay;
        ((target[role] ??= {})[kind] ??= []).push(a);
      }
    }
  }
  return [stay, go];
}

export class Migration20261207000000_tenancy_namespace extends Migration {
  override async up(): Promise<void> {
    await this.rename('core', 'tenancy');
  }

  override async down(): Promise<void> {
    await this.rename('tenancy', 'core');
  }

  private async rename(from: string, to: string): Promise<void> {
    const pattern = `^${from}\\.(${ACTIONS.map((a) => a.replace('.', '\\.')).join('|')})$`;
    await this.execute(`update api_key set permissions = array(select regexp_replace(p, ?, ?) from unnest(permissions) as p) where permissions::text like ?`, [
      pattern,
      `${to}.\\1`,
      `%${from}.%`,
    ]);
    const types = EVENTS.map((e) => `${from}.${e}`);
    await this.execute(`update outbox_event set type = ? || substr(type, ?) where type = any(?::text[])`, [to, from.length + 1, `{${types.join(',')}}`]);
    // Consumers are `<module>:<event type>`.
    for (const t of types)
      await this.execute(`update event_consumer set consumer = replace(consumer, ?, ?) where consumer like ?`, [
        `:${t}`,
        `:${to}${t.slice(from.length)}`,
        `%:${t}`,
      ]);

    const rows = (await this.execute(`select community_id, module_key, role_permissions from community_module where module_key in (?, ?)`, [from, to])) as {
      community_id: string;
      module_key: string;
      role_permissions: Overrides;
    }[];
    for (const r of rows.filter((x) => x.module_key === from)) {
      const [stay, go] = split(r.role_permissions, (a) => ACTIONS.includes(a));
      if (!Object.keys(go).length) continue;
      const target = rows.find((x) => x.module_key === to && x.community_id === r.community_id)?.role_permissions ?? {};
      const merged = split(target, () => false)[0]; // a copy of the target row's overrides
      for (const [role, o] of Object.entries(go)) {
        for (const kind of ['grant', 'revoke'] as const) for (const a of o[kind] ?? []) ((merged[role] ??= {})[kind] ??= []).push(a);
      }
      await this.execute(`update community_module set role_permissions = ? where community_id = ? and module_key = ?`, [
        JSON.stringify(stay),
        r.community_id,
        from,
      ]);
      await this.execute(
        `insert into community_module (community_id, module_key, enabled, settings, settings_version, role_permissions, updated_at)
           values (?, ?, true, '{}', 1, ?, now())
         on conflict (community_id, module_key) do update set role_permissions = excluded.role_permissions, updated_at = now()`,
        [r.community_id, to, JSON.stringify(merged)],
      );
    }
    // Tenancy is always on and has no settings: an empty row only held the overrides moved back.
    if (from === 'tenancy') await this.execute(`delete from community_module where module_key = 'tenancy' and role_permissions = '{}'::jsonb`);
  }
}
