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

export class PresetCatalog {
  private readonly presets = new Map<string, Preset>();
  /** Modules a preset names that this installation lacks (reported, not fatal). */
  readonly missingModules: string[] = [];

  constructor(registry: ModuleRegistry, dir: string) {
    if (!fs.existsSync(dir)) return;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const where = path.join(path.basename(dir), file);
      let raw: unknown;
      try {
        raw = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
      } catch (e) {
        throw new PresetError(`预设文件错误 / bad preset file ${where}: ${(e as Error).message}`);
      }
      const parsed = presetFile.safeParse(raw);
      if (!parsed.success) {
        const i = parsed.error.issues[0]!;
        throw new PresetError(`预设文件错误 / bad preset file ${where}: ${i.path.join('.')}: ${i.message}`);
      }
      for (const [key, cfg] of Object.entries(parsed.data.modules)) {
        const mod = registry.get(key);
        if (!mod) {
          this.missingModules.push(`${parsed.data.key}:${key}`);
          continue;
        }
        const problem = mergeSettings(mod, cfg.settings, {}).error;
        if (problem) throw new PresetError(`预设文件错误 / bad preset file ${where}: modules.${key}.settings: ${problem}`);
      }
      this.presets.set(parsed.data.key, parsed.data);
    }
  }

  get(key: string): Preset | undefined {
    return this.presets.get(key);
  }
  list(): Preset[] {
    return [...this.presets.values()];
  }
}
