// How WUSHE_PLUGINS entries are found and what an integrator is told when one does not load: the
// real cause (not found, not built, a dependency of the plugin missing, a syntax error, a throw at
// import, no manifest) and every place that was tried. Fixture plugins live in a folder outside the
// repo, as an integrator's app folder would. (A second copy of wushe beside a plugin is checked in
// plugin-package.test.ts: under jest every wushe/sdk maps to the source.)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadPlugin, PluginLoadError } from '../../src/plugins/plugin-loader';
import { ModuleManifestError } from '../../src/plugins/registry';

let app: string;

function plugin(name: string, files: Record<string, string>, pkg: Record<string, unknown> = { main: 'index.js' }): void {
  const dir = path.join(app, 'node_modules', name);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, version: '1.0.0', ...pkg }));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), text);
  }
}

function failure(spec: string): PluginLoadError {
  try {
    loadPlugin(spec, app);
  } catch (e) {
    return e as PluginLoadError;
  }
  throw new Error(`${spec} loaded`);
}

beforeAll(() => {
  app = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-plugin-loader-')));
  plugin('wushe-plugin-ok', { 'index.js': `exports.default = { key: 'okplugin', name: { 'zh-CN': '好', en: 'ok' } };` });
  plugin('@acme/wushe-plugin', { 'lib/main.js': `module.exports = { module: { key: 'acme' } };` }, { main: 'lib/main.js' });
  plugin('wushe-plugin-missing-dep', { 'index.js': `require('./inner');`, 'inner.js': `require('left-pad-that-is-not-installed');` });
  plugin('wushe-plugin-syntax', { 'index.js': `exports.default = { key: 'syntax',, };` });
  plugin('wushe-plugin-throws', { 'index.js': `throw new Error('缺少配置 WUSHE_ACME_TOKEN');` });
  plugin('wushe-plugin-unbuilt', { 'src/index.ts': 'export default {};' }, { main: 'dist/index.js' });
  plugin('wushe-plugin-no-manifest', { 'index.js': `exports.something = 1;` });
  fs.mkdirSync(path.join(app, 'local-plugin'));
  fs.writeFileSync(path.join(app, 'local-plugin/index.js'), `exports.default = { key: 'localplugin' };`);
});
afterAll(() => fs.rmSync(app, { recursive: true, force: true }));

test("a package name is found in the working directory's node_modules (not only the host's), scoped names too", () => {
  expect(loadPlugin('wushe-plugin-ok', app).key).toBe('okplugin');
  expect(loadPlugin('@acme/wushe-plugin', app).key).toBe('acme');
  // The host's own folder is not where the integrator installed it: only the cwd lookup finds it.
  expect(() => loadPlugin('wushe-plugin-ok', os.tmpdir())).toThrow(PluginLoadError);
});

test('a path is resolved from the working directory', () => {
  expect(loadPlugin('./local-plugin', app).key).toBe('localplugin');
  expect(loadPlugin(path.join(app, 'local-plugin'), '/').key).toBe('localplugin');
});

test('a package that is not installed: "package not found" and every node_modules folder tried, cwd first then the host', () => {
  const e = failure('wushe-plugin-nope');
  expect(e).toBeInstanceOf(PluginLoadError);
  expect(e).toBeInstanceOf(ModuleManifestError); // the CLI prints it as a known error, without a stack
  expect(e.message).toContain('cannot load plugin "wushe-plugin-nope": package not found');
  expect(e.tried[0]).toBe(path.join(app, 'node_modules/wushe-plugin-nope'));
  expect(e.tried).toContain(path.join(path.resolve(__dirname, '../..'), 'node_modules/wushe-plugin-nope'));
  for (const t of e.tried) expect(e.message).toContain(`- ${t}`);
});

test('a path that does not exist names the path tried', () => {
  const e = failure('./plugins/nope');
  expect(e.message).toContain('no such file or folder');
  expect(e.tried).toEqual([path.join(app, 'plugins/nope')]);
  expect(e.message).toContain(path.join(app, 'plugins/nope'));
});

test('a dependency missing inside the plugin is named as such, not as the plugin being absent', () => {
  const e = failure('wushe-plugin-missing-dep');
  expect(e.message).toContain('a module it imports is missing: "left-pad-that-is-not-installed"');
  expect(e.message).toContain(path.join(app, 'node_modules/wushe-plugin-missing-dep/index.js'));
  expect(e.message).not.toContain('package not found');
  // Tried: the places up to where the plugin was found (the app folder's node_modules comes first).
  expect(e.tried).toEqual([path.join(app, 'node_modules/wushe-plugin-missing-dep')]);
});

test('an installed package whose entry is missing (not built) says so', () => {
  const e = failure('wushe-plugin-unbuilt');
  expect(e.message).toContain(`the package is installed at ${path.join(app, 'node_modules/wushe-plugin-unbuilt')} but its entry cannot be resolved`);
});

test('a syntax error names the file', () => {
  const e = failure('wushe-plugin-syntax');
  expect(e.message).toContain("syntax error in the plugin's code");
  expect(e.message).toContain(path.join(app, 'node_modules/wushe-plugin-syntax/index.js'));
});

test("a throw while importing carries the plugin's own message", () => {
  const e = failure('wushe-plugin-throws');
  expect(e.message).toContain('the plugin threw while being imported: Error: 缺少配置 WUSHE_ACME_TOKEN');
});

test('a module without a manifest export is refused, naming the file and the expected export', () => {
  expect(() => loadPlugin('wushe-plugin-no-manifest', app)).toThrow(/must export its manifest .*as default export or `module`/);
});

test('the example plugin imports nothing of the host but the SDK (wushe/sdk) and its own files', () => {
  const root = path.resolve(__dirname, '../../examples/noticeboard');
  const files = fs
    .readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.startsWith('dist') && !f.includes('node_modules'));
  const offenders: string[] = [];
  for (const f of files) {
    const src = fs.readFileSync(path.join(root, f), 'utf8');
    for (const m of src.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) {
      const spec = m[1]!;
      const inside = spec.startsWith('.') && !path.relative(root, path.resolve(root, path.dirname(f), spec)).startsWith('..');
      if (spec !== 'wushe/sdk' && !inside) offenders.push(`${f} imports '${spec}'`);
    }
  }
  expect(files.length).toBeGreaterThanOrEqual(5);
  expect(offenders).toEqual([]);
});
