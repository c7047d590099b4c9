// Per-community enablement and settings of installed modules. Enabling never runs DDL: the
// tables of every installed module already exist; this only writes community_module rows.
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { UserFacingError } from '../schema/errors';
import { CommunityModule } from './community-module.entity';
import type { PresetCatalog } from './presets';
import type { ModuleRegistry } from './registry';
import { ROLES, type Role, type WusheModule } from './module-contract';
import { mergeSettings, upgradeStored } from './settings';
import { recordEvent } from './events/record-event';
import { ModuleConfigured } from './community-modules.events';
import type { Access } from './access';
import { parseBilingual, problemDetail } from '../schema/zod-messages';

type Json = Record<string, unknown>;

const rolePermissionsShape = z.record(z.string(), z.strictObject({ grant: z.array(z.string()).optional(), revoke: z.array(z.string()).optional() }));

export interface ModuleState {
  module: WusheModule;
  enabled: boolean;
  settings: Json;
  overrides: Json;
  rolePermissions: Record<string, { grant?: string[]; revoke?: string[] }>;
}

// em.execute runs inside the caller's transaction when there is one (a pooled side connection
// would deadlock the pool under concurrent mutations).
async function presetOf(em: EntityManager, communityId: string): Promise<string | null> {
  const [row] = await em.execute('select preset from community where id = ?', [communityId]);
  return row?.preset ?? null;
}

interface StoredRow {
  enabled: boolean;
  settings: Json;
  settingsVersion: number;
  rolePermissions?: Record<string, { grant?: string[]; revoke?: string[] }>;
}

function stateOf(module: WusheModule, row: StoredRow | undefined, presetSettings: Json): ModuleState {
  const overrides = row ? upgradeStored(module, row.settings, row.settingsVersion) : {};
  const merged = mergeSettings(module, presetSettings, overrides);
  return {
    module,
    enabled: !!module.alwaysOn || !!row?.enabled,
    // Stored values that no longer validate fall back to defaults rather than break reads.
    settings: merged.value ?? mergeSettings(module, {}, {}).value ?? {},
    overrides,
    rolePermissions: row?.rolePermissions ?? {},
  };
}

export async function listModuleStates(em: EntityManager, registry: ModuleRegistry, presets: PresetCatalog, communityId: string): Promise<ModuleState[]> {
  const rows = await em.find(CommunityModule, { communityId });
  const preset = presets.get((await presetOf(em, communityId)) ?? '');
  return registry.list().map((module) =>
    stateOf(
      module,
      rows.find((r) => r.moduleKey === module.key),
      (preset?.modules[module.key]?.settings ?? {}) as Json,
    ),
  );
}

/** Effective settings of one module, or null when the community has not enabled it: one query, one schema. */
export async function effectiveModuleSettings(
  em: EntityManager,
  registry: ModuleRegistry,
  presets: PresetCatalog,
  communityId: string,
  moduleKey: string,
): Promise<Json | null> {
  const module = registry.get(moduleKey);
  if (!module) return null;
  const [row] = await em.execute(
    `select c.preset, m.enabled, m.settings, m.settings_version
       from community c left join community_module m on m.community_id = c.id and m.module_key = ?
      where c.id = ?`,
    [moduleKey, communityId],
  );
  return row ? moduleSettingsOfRow(registry, presets, moduleKey, row as ModuleSettingsRow) : null;
}

/** The columns `effectiveModuleSettings` reads, for callers that fold them into their own query. */
export interface ModuleSettingsRow {
  preset: string | null;
  enabled: boolean | null;
  settings: Json | null;
  settings_version: number | null;
}

/** Effective settings (or null when disabled) from a `community left join community_module` row. */
function moduleSettingsOfRow(registry: ModuleRegistry, presets: PresetCatalog, moduleKey: string, row: ModuleSettingsRow): Json | null {
  const module = registry.get(moduleKey);
  if (!module) return null;
  const stored = row.enabled == null ? undefined : { enabled: row.enabled, settings: row.settings ?? {}, settingsVersion: row.settings_version ?? 1 };
  const state = stateOf(module, stored, (presets.get(row.preset ?? '')?.modules[moduleKey]?.settings ?? {}) as Json);
  return state.enabled ? state.settings : null;
}

/**
 * Effective settings of one module from the caller's access (loaded with it, no query of its
 * own), or null when the community has not enabled it. Merging validates with zod, which costs
 * more than the rest of a small mutation: the result is kept per stored value (a change of the
 * stored row or the preset is a new key, so nothing goes stale). Treat it as read-only.
 */
export function settingsFromAccess(registry: ModuleRegistry, presets: PresetCatalog, access: Access, moduleKey: string): Json | null {
  const module = registry.get(moduleKey);
  if (!module || !access.communityId) return null;
  const row = access.modules.get(moduleKey);
  const key = `${moduleKey}|${access.preset ?? ''}|${row ? `${row.enabled}|${row.settingsVersion}|${JSON.stringify(row.settings)}` : '-'}`;
  const hit = MERGED.get(key);
  if (hit !== undefined) return hit;
  const state = stateOf(module, row, (presets.get(access.preset ?? '')?.modules[moduleKey]?.settings ?? {}) as Json);
  const value = state.enabled ? state.settings : null;
  if (MERGED.size >= 1_000) MERGED.clear();
  MERGED.set(key, value);
  return value;
}

const MERGED = new Map<string, Json | null>();

export interface ModuleChange {
  enabled?: boolean | null;
  /** Replaces the community's overrides (null keeps them). */
  settings?: Json | null;
  rolePermissions?: Record<string, { grant?: string[]; revoke?: string[] }> | null;
}

export async function configureModule(
  em: EntityManager,
  registry: ModuleRegistry,
  presets: PresetCatalog,
  communityId: string,
  key: string,
  change: ModuleChange,
): Promise<void> {
  const module = registry.get(key);
  if (!module) throw new UserFacingError('MODULE_UNKNOWN', ['moduleKey'], { module: key });
  const states = await listModuleStates(em, registry, presets, communityId);
  const enabling = change.enabled ?? states.find((s) => s.module.key === key)!.enabled;
  if (module.alwaysOn && change.enabled === false) throw new UserFacingError('MODULE_REQUIRED', ['enabled'], { module: key, required: key });
  if (enabling) {
    for (const r of module.requires ?? []) {
      if (!states.find((s) => s.module.key === r)?.enabled) throw new UserFacingError('MODULE_REQUIRED', ['enabled'], { module: key, required: r });
    }
  } else {
    const user = states.find((s) => s.enabled && s.module.requires?.includes(key));
    if (user) throw new UserFacingError('MODULE_IN_USE', ['enabled'], { module: user.module.key, required: key });
  }
  const row =
    (await em.findOne(CommunityModule, { communityId, moduleKey: key })) ??
    em.create(CommunityModule, {
      communityId,
      moduleKey: key,
      enabled: false,
      settings: {},
      settingsVersion: module.settings?.version ?? 1,
      rolePermissions: {},
    });
  if (change.settings) {
    const preset = presets.get((await presetOf(em, communityId)) ?? '');
    const merged = mergeSettings(module, (preset?.modules[key]?.settings ?? {}) as Json, change.settings);
    if (merged.error) throw new UserFacingError('SETTINGS_INVALID', ['settings'], { detail: merged.detail });
    row.settings = change.settings;
    row.settingsVersion = module.settings?.version ?? 1;
  }
  if (change.rolePermissions) {
    // JSON from the client: check the shape before reading it ({ ROLE: null } used to be a 500).
    const shape = parseBilingual(rolePermissionsShape, change.rolePermissions);
    if (!shape.success) throw new UserFacingError('BAD_USER_INPUT', ['rolePermissions'], { detail: problemDetail(shape.problem, 'rolePermissions') });
    for (const [role, rule] of Object.entries(shape.data)) {
      if (!ROLES.includes(role as Role)) throw new UserFacingError('ROLE_UNKNOWN', ['rolePermissions'], { role });
      for (const a of [...(rule.grant ?? []), ...(rule.revoke ?? [])]) {
        if (!Object.hasOwn(module.permissions, a)) throw new UserFacingError('PERMISSION_UNKNOWN', ['rolePermissions'], { permission: `${key}.${a}` });
      }
    }
    row.rolePermissions = shape.data;
  }
  row.enabled = enabling;
  recordEvent(em, ModuleConfigured, {
    communityId,
    subject: { type: 'Community', id: communityId },
    data: { moduleKey: key, enabled: enabling },
  });
}

/** Writes the enablement rows a preset asks for; settings stay in the preset (defaults ← preset ← overrides). */
export function applyPreset(em: EntityManager, registry: ModuleRegistry, presets: PresetCatalog, communityId: string, presetKey: string): void {
  const preset = presets.get(presetKey);
  if (!preset) throw new UserFacingError('PRESET_UNKNOWN', ['input', 'preset'], { preset: presetKey });
  for (const [key, cfg] of Object.entries(preset.modules)) {
    const module = registry.get(key);
    if (!module || module.alwaysOn) continue;
    em.create(CommunityModule, {
      communityId,
      moduleKey: key,
      enabled: cfg.enabled,
      settings: {},
      settingsVersion: module.settings?.version ?? 1,
      rolePermissions: {},
    });
  }
}

export interface PresetSwitchOptions {
  /** Keep the community's own overrides of the modules the new preset configures (validated on the new base). */
  keepOverrides: boolean;
  /** Leave modules the new preset does not name as they are, instead of disabling them. */
  keepOtherModules: boolean;
}

/**
 * Re-applies a preset to an existing community (changing its model later). Policy: the new
 * preset's settings take effect (the community's overrides of the modules it names are reset
 * unless kept); modules it does not name are disabled, not deleted — their rows, overrides and
 * data stay and come back when a later preset or admin enables them again. Never runs DDL and
 * never touches module data. The caller sets community.preset in the same transaction.
 */
export async function switchPreset(
  em: EntityManager,
  registry: ModuleRegistry,
  presets: PresetCatalog,
  communityId: string,
  presetKey: string,
  opts: PresetSwitchOptions,
): Promise<void> {
  const preset = presets.get(presetKey);
  if (!preset) throw new UserFacingError('PRESET_UNKNOWN', ['input', 'preset'], { preset: presetKey });
  const rows = await em.find(CommunityModule, { communityId });
  const enabled = new Set<string>();
  for (const module of registry.list()) {
    const cfg = preset.modules[module.key];
    let row = rows.find((r) => r.moduleKey === module.key);
    if (cfg) {
      row ??= em.create(CommunityModule, {
        communityId,
        moduleKey: module.key,
        enabled: false,
        settings: {},
        settingsVersion: module.settings?.version ?? 1,
        rolePermissions: {},
      });
      if (opts.keepOverrides) {
        const merged = mergeSettings(module, cfg.settings as Json, upgradeStored(module, row.settings, row.settingsVersion));
        if (merged.error) {
          const { 'zh-CN': zh, en } = merged.detail;
          throw new UserFacingError('SETTINGS_INVALID', ['input', 'keepOverrides'], {
            detail: { 'zh-CN': `${module.key}：${zh}`, en: `${module.key}: ${en}` },
          });
        }
      } else {
        row.settings = {};
        row.settingsVersion = module.settings?.version ?? 1;
      }
      row.enabled = !!module.alwaysOn || cfg.enabled;
    } else if (row && !module.alwaysOn && !opts.keepOtherModules) {
      row.enabled = false;
    }
    if (module.alwaysOn || (row?.enabled ?? false)) enabled.add(module.key);
  }
  for (const key of enabled) {
    const missing = registry.get(key)?.requires?.find((r) => !enabled.has(r));
    if (missing) throw new UserFacingError('MODULE_REQUIRED', ['input', 'preset'], { module: key, required: missing });
  }
  recordEvent(em, ModuleConfigured, {
    communityId,
    subject: { type: 'Community', id: communityId },
    data: { preset: presetKey, enabled: [...enabled].sort() },
  });
}
