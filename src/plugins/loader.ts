// Loads the installed modules: first-party ones plus third-party plugins named in WUSHE_PLUGINS
// (npm package names or paths). Each must export a manifest (default export or `module`).
import path from 'node:path';
import type { WusheModule } from './module-contract';
import { ModuleManifestError, ModuleRegistry } from './registry';
import core from '../modules/core';

export const FIRST_PARTY: WusheModule[] = [core];

export function loadPlugin(spec: string, cwd = process.cwd()): WusheModule {
  const target = spec.startsWith('.') || spec.startsWith('/') ? path.resolve(cwd, spec) : spec;
  let mod: any;
  try {
    mod = require(target);
  } catch (e) {
    throw new ModuleManifestError(spec, '(load)', `cannot load plugin: ${(e as Error).message.split('\n')[0]}`);
  }
  const manifest = mod?.default ?? mod?.module ?? mod;
  if (!manifest || typeof manifest !== 'object' || typeof manifest.key !== 'string') {
    throw new ModuleManifestError(spec, '(export)', 'the plugin must export its manifest as default export or `module`');
  }
  return manifest as WusheModule;
}

export function createRegistry(pluginSpecs: string[] = [], extra: WusheModule[] = []): ModuleRegistry {
  return new ModuleRegistry([...FIRST_PARTY, ...extra, ...pluginSpecs.map((s) => loadPlugin(s))]);
}
