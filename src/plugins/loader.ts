// Loads the installed modules: the ones the composition root hands over (first-party) plus
// third-party plugins named in WUSHE_PLUGINS (npm package names or paths). Each plugin must export
// its manifest (default export or `module`).
import path from 'node:path';
import type { WusheModule } from './module-contract';
import { ModuleManifestError, ModuleRegistry } from './registry';

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

export function createRegistry(modules: readonly WusheModule[], pluginSpecs: readonly string[] = []): ModuleRegistry {
  return new ModuleRegistry([...modules, ...pluginSpecs.map((s) => loadPlugin(s))]);
}
