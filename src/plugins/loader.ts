// Loads the installed modules: first-party ones plus third-party plugins named in WUSHE_PLUGINS
// (npm package names or paths). Each must export a manifest (default export or `module`).
import path from 'node:path';
import type { WusheModule } from './module-contract';
import { ModuleManifestError, ModuleRegistry } from './registry';
import core from '../modules/core';
import dispatch from '../modules/dispatch';
import grid from '../modules/grid';
import council from '../modules/council';
import fund from '../modules/fund';
import points from '../modules/points';
import volunteer from '../modules/volunteer';
import party from '../modules/party';
import resources from '../modules/resources';
import stations from '../modules/stations';

export const FIRST_PARTY: WusheModule[] = [core, dispatch, grid, council, fund, points, volunteer, party, resources, stations];

// When running compiled (dist/src/plugins), a repo-relative TypeScript plugin path such as
// ./examples/noticeboard is found at its compiled place under dist/.
const DIST_ROOT = __dirname.includes(`${path.sep}dist${path.sep}`) ? path.resolve(__dirname, '../../') : null;

export function loadPlugin(spec: string, cwd = process.cwd()): WusheModule {
  const isPath = spec.startsWith('.') || spec.startsWith('/');
  const candidates = isPath ? [path.resolve(cwd, spec), ...(DIST_ROOT ? [path.resolve(DIST_ROOT, path.relative(cwd, path.resolve(cwd, spec)))] : [])] : [spec];
  let mod: any;
  let lastError: Error | null = null;
  for (const target of candidates) {
    try {
      mod = require(target);
      break;
    } catch (e) {
      lastError = e as Error;
    }
  }
  if (!mod) throw new ModuleManifestError(spec, '(load)', `cannot load plugin: ${lastError?.message.split('\n')[0]}`);
  const manifest = mod?.default ?? mod?.module ?? mod;
  if (!manifest || typeof manifest !== 'object' || typeof manifest.key !== 'string') {
    throw new ModuleManifestError(spec, '(export)', 'the plugin must export its manifest as default export or `module`');
  }
  return manifest as WusheModule;
}

export function createRegistry(pluginSpecs: string[] = [], extra: WusheModule[] = []): ModuleRegistry {
  return new ModuleRegistry([...FIRST_PARTY, ...extra, ...pluginSpecs.map((s) => loadPlugin(s))]);
}
