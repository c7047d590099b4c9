// Effective settings = module defaults ← preset ← the community's own overrides, validated by
// the module's zod schema on every write and read.
import type { WusheModule } from './module-contract';

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Objects merge key by key; arrays and scalars replace. */
export function deepMerge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [k, v] of Object.entries(over)) {
    out[k] = isObject(v) && isObject(out[k]) ? deepMerge(out[k] as Json, v) : v;
  }
  return out;
}

export function mergeSettings(
  mod: WusheModule,
  preset: Json,
  overrides: Json,
): { value: Json; error?: undefined } | { value?: undefined; error: string } {
  if (!mod.settings) {
    return Object.keys(preset).length || Object.keys(overrides).length
      ? { error: 'module has no settings' }
      : { value: {} };
  }
  const parsed = mod.settings.schema.safeParse(deepMerge(preset, overrides));
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    return { error: `${i.path.join('.') || '(root)'}: ${i.message}` };
  }
  return { value: parsed.data as Json };
}

/** Upgrades stored overrides written under an older settings version. */
export function upgradeStored(mod: WusheModule, stored: Json, version: number): Json {
  if (!mod.settings?.migrate || version >= mod.settings.version) return stored;
  return mod.settings.migrate(stored, version);
}
