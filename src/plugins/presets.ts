// Presets are data: presets/<key>.json names the modules a community model enables and their
// settings. Loaded and validated against the installed modules' settings schemas at boot.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { ModuleRegistry } from './registry';
import { mergeSettings } from './settings';

const presetFile = z.object({
  key: z.string().regex(/^[a-z0-9-]+$/),
  name: z.object({ 'zh-CN': z.string(), en: z.string() }),
  description: z.string().min(1),
  article: z.string().optional(),
  modules: z.record(z.string(), z.object({ enabled: z.boolean().default(true), settings: z.record(z.string(), z.unknown()).default({}) })),
});
export type Preset = z.infer<typeof presetFile>;

export class PresetError extends Error {}

export interface PresetCheck {
  preset: Preset;
  /** Modules the preset names that this installation lacks. */
  missingModules: string[];
}

/**
 * Validates one preset file's content against the file shape and every named module's settings
 * schema (defaults ← preset). Throws PresetError naming the file and the first bad path.
 */
export function validatePreset(registry: ModuleRegistry, raw: unknown, where: string): PresetCheck {
  const parsed = presetFile.safeParse(raw);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new PresetError(`预设文件错误 / bad preset file ${where}: ${i.path.join('.')}: ${i.message}`);
  }
  const missingModules: string[] = [];
  for (const [key, cfg] of Object.entries(parsed.data.modules)) {
    const mod = registry.get(key);
    if (!mod) {
      missingModules.push(key);
      continue;
    }
    const merged = mergeSettings(mod, cfg.settings, {});
    // zod objects strip unknown keys, so a misspelt setting would otherwise be silently ignored.
    const problem = merged.error ?? unknownKey(cfg.settings, merged.value, '');
    if (problem) throw new PresetError(`预设文件错误 / bad preset file ${where}: modules.${key}.settings: ${problem}`);
  }
  return { preset: parsed.data, missingModules };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The first key of `input` that the parsed settings dropped (an unknown setting), as a message. */
function unknownKey(input: unknown, output: unknown, at: string): string | undefined {
  if (isObject(input) && isObject(output)) {
    for (const [k, v] of Object.entries(input)) {
      const here = at ? `${at}.${k}` : k;
      if (!Object.hasOwn(output, k)) return `${here}: unknown setting`;
      const deeper = unknownKey(v, output[k], here);
      if (deeper) return deeper;
    }
  } else if (Array.isArray(input) && Array.isArray(output) && input.length === output.length) {
    for (const [i, v] of input.entries()) {
      const deeper = unknownKey(v, output[i], `${at}.${i}`);
      if (deeper) return deeper;
    }
  }
  return undefined;
}

export function readPresetFile(dir: string, file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  } catch (e) {
    throw new PresetError(`预设文件错误 / bad preset file ${path.join(path.basename(dir), file)}: ${(e as Error).message}`);
  }
}

export class PresetCatalog {
  private readonly presets = new Map<string, Preset>();
  /** Modules a preset names that this installation lacks (reported, not fatal). */
  readonly missingModules: string[] = [];

  constructor(registry: ModuleRegistry, dir: string) {
    if (!fs.existsSync(dir)) return;
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const { preset, missingModules } = validatePreset(registry, readPresetFile(dir, file), path.join(path.basename(dir), file));
      this.missingModules.push(...missingModules.map((m) => `${preset.key}:${m}`));
      this.presets.set(preset.key, preset);
    }
  }

  get(key: string): Preset | undefined {
    return this.presets.get(key);
  }
  list(): Preset[] {
    return [...this.presets.values()];
  }
}
