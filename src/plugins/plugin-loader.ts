// Loads one third-party plugin named in WUSHE_PLUGINS: an npm package name or a path. A package is
// looked up from the server's working directory first (the integrator's app folder, where they ran
// `npm install <plugin>`), then from the host's own location. A plugin that does not load gets an
// error naming the real cause (not found, its entry missing, a second copy of wushe beside it, a
// dependency of the plugin missing, a syntax error, a throw while importing) and every place tried.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { WusheModule } from './module-contract';
import { ModuleManifestError } from './registry';

/** A plugin that cannot be loaded; a manifest error, so the CLI prints it without a stack trace. */
export class PluginLoadError extends ModuleManifestError {
  constructor(
    readonly spec: string,
    readonly reason: string,
    readonly tried: string[],
  ) {
    super(spec, '(load)', reason);
    this.name = 'PluginLoadError';
    this.message =
      `无法加载插件 / cannot load plugin "${spec}": ${reason}` + (tried.length ? `\n  tried / 已尝试:\n${tried.map((t) => `    - ${t}`).join('\n')}` : '');
  }
}

// When running compiled from a checkout (dist/src/plugins), a repo-relative TypeScript plugin path
// such as ./examples/noticeboard is also looked for at its compiled place under dist/.
const DIST_ROOT = __dirname.includes(`${path.sep}dist${path.sep}`) ? path.resolve(__dirname, '../../') : null;

const isPathSpec = (spec: string) => spec.startsWith('.') || path.isAbsolute(spec);

/** The node_modules folders Node searches from `dir` upwards. */
function nodeModulesChain(dir: string): string[] {
  const out: string[] = [];
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if (path.basename(d) !== 'node_modules') out.push(path.join(d, 'node_modules'));
    if (path.dirname(d) === d) return out;
  }
}

/** The package name of a spec such as `@org/plugin/sub` → `@org/plugin`. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface Resolved {
  file: string;
  tried: string[];
}

function resolvePath(spec: string, cwd: string): Resolved | PluginLoadError {
  const abs = path.resolve(cwd, spec);
  const candidates = [abs];
  const rel = path.relative(cwd, abs);
  if (DIST_ROOT && !rel.startsWith('..') && !path.isAbsolute(rel)) candidates.push(path.resolve(DIST_ROOT, rel));
  const tried: string[] = [];
  let problem: string | null = null;
  for (const candidate of candidates) {
    tried.push(candidate);
    try {
      return { file: require.resolve(candidate), tried };
    } catch (e) {
      // A folder that exists but whose entry is missing is a more useful cause than "not found".
      if (!problem && fs.existsSync(candidate))
        problem = `${candidate} exists but has no loadable entry (${firstLine(e)}); build the plugin or point package.json "main" at its compiled file`;
    }
  }
  return new PluginLoadError(spec, problem ?? 'no such file or folder', tried);
}

function resolvePackage(spec: string, cwd: string): Resolved | PluginLoadError {
  // The order Node follows with `paths: [cwd, host]`: the cwd's node_modules chain, then the host's.
  const dirs = [...new Set([...nodeModulesChain(cwd), ...(require.resolve.paths?.(spec) ?? nodeModulesChain(__dirname))])];
  const places = dirs.map((dir) => path.join(dir, packageName(spec)));
  try {
    const file = require.resolve(spec, { paths: [cwd, __dirname] });
    const at = places.findIndex((p) => file.startsWith(p + path.sep));
    return { file, tried: at < 0 ? places : places.slice(0, at + 1) };
  } catch (e) {
    const found = places.find((dir) => fs.existsSync(path.join(dir, 'package.json')));
    const cause = found
      ? `the package is installed at ${found} but its entry cannot be resolved (${firstLine(e)}); is it built, and do its "main"/"exports" name a CommonJS file?`
      : `package not found (install it in the server's folder: npm install ${packageName(spec)})`;
    return new PluginLoadError(spec, cause, places);
  }
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split('\n')[0]!;
}

/** Why requiring a resolved plugin file failed, in the integrator's terms. */
function loadFailure(spec: string, file: string, e: unknown, tried: string[]): PluginLoadError {
  const err = e as NodeJS.ErrnoException & { requireStack?: string[] };
  if (err?.code === 'MODULE_NOT_FOUND') {
    const missing = /Cannot find module '([^']+)'/.exec(err.message)?.[1] ?? '?';
    const from = err.requireStack?.[0] ?? file;
    return new PluginLoadError(
      spec,
      `the plugin was found at ${file}, but a module it imports is missing: "${missing}" (imported from ${from}); install the plugin's dependencies (wushe itself is a peer: it must be the host's copy)`,
      tried,
    );
  }
  if (err instanceof SyntaxError || err?.name === 'SyntaxError') {
    // Node puts "<file>:<line>" and the offending source line at the top of a compile error's stack.
    const where = String(err.stack ?? '')
      .split('\n')
      .slice(0, 3)
      .filter((l) => /[^\s^]/.test(l) && !l.startsWith('SyntaxError'))
      .map((l) => l.trim())
      .join(': ');
    return new PluginLoadError(spec, `syntax error in the plugin's code: ${err.message}${where ? ` at ${where}` : ''} (loaded from ${file})`, tried);
  }
  if (err?.code === 'ERR_REQUIRE_ESM') return new PluginLoadError(spec, `${file} is an ES module; wushe loads plugins compiled to CommonJS`, tried);
  const frame = String(err?.stack ?? '')
    .split('\n')
    .find((l) => l.trim().startsWith('at '))
    ?.trim();
  return new PluginLoadError(
    spec,
    `the plugin threw while being imported: ${err?.name ?? 'Error'}: ${firstLine(err)}${frame ? ` (${frame})` : ''} (loaded from ${file})`,
    tried,
  );
}

/**
 * The SDK file the plugin would import, when it is not the running host's: a second copy of wushe
 * (and of type-graphql, MikroORM, zod) beside the plugin, whose decorators the host never sees.
 */
function secondSdk(file: string): { theirs: string; ours: string } | null {
  let ours: string;
  let theirs: string;
  try {
    ours = fs.realpathSync(require.resolve('../sdk'));
    // As the plugin's own require resolves it (require.resolve with `paths` would try the host's
    // self-reference first and always answer the host's copy).
    theirs = fs.realpathSync(createRequire(file).resolve('wushe/sdk'));
  } catch {
    return null; // the plugin cannot see any wushe: if it needs one, its own import says so
  }
  return theirs === ours ? null : { theirs, ours };
}

export function loadPlugin(spec: string, cwd = process.cwd()): WusheModule {
  const resolved = isPathSpec(spec) ? resolvePath(spec, cwd) : resolvePackage(spec, cwd);
  if (resolved instanceof PluginLoadError) throw resolved;
  const copy = secondSdk(resolved.file);
  if (copy) {
    throw new PluginLoadError(
      spec,
      `the plugin at ${resolved.file} would import wushe/sdk from ${copy.theirs}, a second copy of the host (this server runs ${copy.ours}); its decorators would register where the server never looks. Declare wushe as a peer dependency and install the plugin beside the host (no wushe of its own)`,
      resolved.tried,
    );
  }
  let mod: any;
  try {
    mod = require(resolved.file);
  } catch (e) {
    throw loadFailure(spec, resolved.file, e, resolved.tried);
  }
  const manifest = mod?.default ?? mod?.module ?? mod;
  if (!manifest || typeof manifest !== 'object' || typeof manifest.key !== 'string') {
    throw new ModuleManifestError(
      spec,
      '(export)',
      `the plugin (${resolved.file}) must export its manifest (defineModule({...})) as default export or \`module\``,
    );
  }
  return manifest as WusheModule;
}
