// Effective settings = module defaults ← preset ← the community's own overrides, validated by
// the module's zod schema on every write and read.
import type { z } from 'zod';
import type { WusheModule } from './module-contract';
import type { ModuleSettings, SettingsDeclaration } from './settings.types';
import { parseBilingual, problemDetail, type BilingualText } from '../schema/zod-messages';

type Json = Record<string, unknown>;

export type { SettingsDeclaration, SettingsOf } from './settings.types';

/**
 * Declares a module's settings: `export const GridSettings = defineSettings('grid', gridSettings,
 * { version: 1 })` in the module's settings file, listed as the manifest's `settings` and read with
 * `ctx.settings(GridSettings)` (resolvers) and `settingsAs(GridSettings, communityId)` (jobs), both
 * typed by the schema.
 */
export function defineSettings<S extends z.ZodTypeAny>(
  module: string,
  schema: S,
  options: { version: number; migrate?: ModuleSettings['migrate'] },
): SettingsDeclaration<S> {
  return Object.freeze({ module, schema, version: options.version, ...(options.migrate ? { migrate: options.migrate } : {}) });
}

/** A module's effective settings typed by its declaration; reading another module's settings this way is a programming error. */
export function typedSettings<S extends z.ZodTypeAny>(moduleKey: string, decl: SettingsDeclaration<S>, value: unknown): z.output<S> {
  if (decl.module !== moduleKey) throw new Error(`module "${moduleKey}" read the settings of module "${decl.module}"`);
  return value as z.output<S>;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and scalars replace. */
export function deepMerge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k] as Json, v) : v;
  }
  return out;
}

/** `error` is for operators (English, boot messages); `detail` words it for the caller (zh-CN / en). */
export function mergeSettings(
  mod: WusheModule,
  preset: Json,
  overrides: Json,
): { value: Json; error?: undefined; detail?: undefined } | { value?: undefined; error: string; detail: BilingualText } {
  if (!mod.settings) {
    if (Object.keys(preset).length || Object.keys(overrides).length) {
      return { error: 'module has no settings', detail: { 'zh-CN': '该模块没有设置项', en: 'module has no settings' } };
    }
    return { value: {} };
  }
  const parsed = parseBilingual(mod.settings.schema, deepMerge(preset, overrides));
  if (!parsed.success) {
    const detail = problemDetail(parsed.problem);
    return { error: detail.en, detail };
  }
  return { value: parsed.data as Json };
}

/** Upgrades stored overrides written under an older settings version. */
export function upgradeStored(mod: WusheModule, stored: Json, version: number): Json {
  if (!mod.settings?.migrate || version >= mod.settings.version) return stored;
  return mod.settings.migrate(stored, version);
}
