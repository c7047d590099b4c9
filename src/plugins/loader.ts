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

// Loading one plugin (resolution from the working directory and the host, errors naming the
// cause) lives in plugin-loader.ts.
import { loadPlugin } from './plugin-loader';
export { loadPlugin };

export function createRegistry(pluginSpecs: string[] = [], extra: WusheModule[] = []): ModuleRegistry {
  return new ModuleRegistry([...FIRST_PARTY, ...extra, ...pluginSpecs.map((s) => loadPlugin(s))]);
}
