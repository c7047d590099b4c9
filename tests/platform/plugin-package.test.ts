// The plugin SDK as an integrator meets it, outside the repo: the host packed with `npm pack` and
// installed from its tarball into an app folder, the example plugin built with tsc against that
// installed host (it imports only `wushe/sdk`) and packed, its tarball installed beside the host,
// then the installed server (`node_modules/.bin/wushe`) run with WUSHE_PLUGINS=<package name>
// against a fresh database and exercised over real HTTP: the plugin's migration, entity, query,
// mutation, setting and event handler. A plugin that does not load stops the process with its
// cause and the paths tried. Needs dist/ (`npm test` builds first) and the npm cache or registry.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { createTestDatabase } from '../harness/database';

// Mostly npm: about a minute and a half on an idle machine, several times that when it is busy.
jest.setTimeout(420_000);

const ROOT = path.resolve(__dirname, '../..');
const PLUGIN = 'wushe-plugin-noticeboard';
const run = promisify(execFile);
const started = Date.now();
const phases: string[] = [];
const phase = (name: string, since: number) => phases.push(`${name} ${((Date.now() - since) / 1000).toFixed(1)} s`);

// npm run (as in `npm test`) exports npm_* variables, the repo's prefix among them: the child npm
// must see only the app folder it runs in.
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) if (!/^npm_/i.test(k) && !['NODE_ENV', 'DATABASE_URL', 'WUSHE_PLUGINS', 'INIT_CWD'].includes(k)) env[k] = v;
  env.PATH = `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`;
  return { ...env, ...extra };
}

async function sh(cmd: string, args: string[], cwd: string, env = cleanEnv()): Promise<string> {
  try {
    const { stdout } = await run(cmd, args, { cwd, env, maxBuffer: 64 * 1024 * 1024, timeout: 240_000 });
    return stdout;
  } catch (e) {
    const x = e as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${cmd} ${args.join(' ')} (in ${cwd}) failed: ${x.message}\n${x.stdout ?? ''}\n${x.stderr ?? ''}`);
  }
}

const npmInstall = (cwd: string, specs: string[]) => sh('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', ...specs], cwd);

async function npmPack(cwd: string, dest: string): Promise<{ file: string; files: string[] }> {
  const out = JSON.parse(await sh('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dest], cwd));
  return { file: path.join(dest, out[0].filename), files: out[0].files.map((f: { path: string }) => f.path) };
}

let work: string;
let app: string;
let db: { url: string; drop(): Promise<void> };
let server: ChildProcess | null = null;
let serverOut = '';
let base: string;
let hostFiles: string[];
let pluginFiles: string[];

function wushe(args: string[], env: Record<string, string>): ChildProcess {
  const child = spawn(path.join(app, 'node_modules/.bin/wushe'), args, { cwd: app, env: cleanEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
  return child;
}

function finish(child: ChildProcess, ms = 90_000): Promise<{ code: number | null; out: string }> {
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), ms);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

const serverEnv = () => ({
  DATABASE_URL: db.url,
  WUSHE_PLUGINS: PLUGIN,
  WUSHE_GRAPHIQL: 'true',
  WUSHE_JWT_SECRET: 'plugin-package-test-secret-0123456789abcdef',
  LOG_LEVEL: 'warn',
  HOST: '127.0.0.1',
  PORT: '0',
});

async function cli(args: string[]): Promise<string> {
  const r = await finish(wushe(args, serverEnv()));
  if (r.code !== 0) throw new Error(`wushe ${args.join(' ')} exited with ${r.code}:\n${r.out}`);
  return r.out;
}

async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

async function login(name: string): Promise<string> {
  const body = await gql('mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken } }', { i: { login: name, password: 'wushe-demo' } });
  const token = body.data?.authLogin?.accessToken;
  if (!token) throw new Error(`login ${name} failed: ${JSON.stringify(body)}`);
  return token;
}

beforeAll(async () => {
  for (const f of ['dist/src/main.js', 'dist/src/sdk.js', 'dist/src/sdk.d.ts']) {
    if (!fs.existsSync(path.join(ROOT, f))) throw new Error(`${f} is missing: run \`npm run build\` first (npm test does)`);
  }
  work = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-plugin-package-')));
  app = path.join(work, 'app');
  fs.mkdirSync(app);
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'wushe-app', version: '1.0.0', private: true }));

  let t = Date.now();
  const host = await npmPack(ROOT, work);
  hostFiles = host.files;
  phase('pack host', t);

  t = Date.now();
  await npmInstall(app, [host.file]);
  phase('install host', t);

  // The plugin's sources, built against the host installed above (resolved like any package).
  t = Date.now();
  const src = path.join(app, 'plugin-src');
  fs.cpSync(path.join(ROOT, 'examples/noticeboard'), src, { recursive: true, filter: (p) => !/[/\\](dist|node_modules)$/.test(p) });
  await sh(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json'], src);
  const plugin = await npmPack(src, work);
  pluginFiles = plugin.files;
  fs.rmSync(src, { recursive: true, force: true }); // only the installed package is left to load
  phase('build + pack plugin', t);

  t = Date.now();
  await npmInstall(app, [plugin.file]);
  phase('install plugin', t);

  t = Date.now();
  db = await createTestDatabase();
  // With DATABASE_URL the server does not migrate at start: the integrator runs the CLI.
  await cli(['migrate', 'up']);
  await cli(['seed', '--demo']);
  phase('migrate + seed', t);

  t = Date.now();
  server = wushe(['serve'], serverEnv());
  server.stdout!.on('data', (d) => (serverOut += d));
  server.stderr!.on('data', (d) => (serverOut += d));
  const port = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`wushe serve not ready:\n${serverOut}`)), 60_000);
    const check = () => {
      const m = /GraphQL\s+http:\/\/localhost:(\d+)\/graphql/.exec(serverOut);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    server!.stdout!.on('data', check);
    server!.stderr!.on('data', check); // the banner is on stderr
    server!.on('exit', (code) => reject(new Error(`wushe serve exited with ${code}:\n${serverOut}`)));
  });
  base = `http://127.0.0.1:${port}`;
  phase('serve', t);
});

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server!.once('exit', r));
    server.kill('SIGTERM');
    await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
    if (server.exitCode === null) server.kill('SIGKILL');
  }
  await db?.drop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
  process.stdout.write(`plugin-package: ${phases.join(', ')}; total ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});

test('the tarballs hold what runs: the host its compiled code, declarations, presets and CLI; the plugin only its build', () => {
  for (const f of [
    'bin/wushe.js',
    'dist/src/main.js',
    'dist/src/sdk.js',
    'dist/src/sdk.d.ts',
    'presets/panzhou-jinqiu.json',
    'schema.graphql',
    'package.json',
    'README.md',
  ])
    expect(hostFiles).toContain(f);
  expect(hostFiles.some((f) => f.startsWith('dist/migrations/') && f.endsWith('.js'))).toBe(true);
  expect(
    hostFiles.filter(
      (f) => f.startsWith('src/') || f.startsWith('tests/') || f.startsWith('dist/tests/') || f.startsWith('dist/examples/') || f.endsWith('.map'),
    ),
  ).toEqual([]);
  expect(pluginFiles).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/notice.entity.js']));
  expect(pluginFiles.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
  // The plugin shares the host's single copy: it ships no type-graphql, MikroORM or zod of its own.
  expect(fs.existsSync(path.join(app, 'node_modules', PLUGIN, 'node_modules'))).toBe(false);
  const pkg = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', PLUGIN, 'package.json'), 'utf8'));
  expect(pkg.peerDependencies).toEqual({ wushe: expect.any(String) });
  expect(pkg.dependencies).toBeUndefined();
});

test('the installed tree is whole: every dependency and peer dependency of host and plugin is met (npm ls)', async () => {
  const out = await run('npm', ['ls', '--all', '--json'], { cwd: app, env: cleanEnv(), maxBuffer: 64 * 1024 * 1024 }).then(
    (r) => r.stdout,
    (e: { stdout?: string }) => e.stdout ?? '{}', // npm ls exits 1 when it finds problems: report them below
  );
  expect(JSON.parse(out).problems ?? []).toEqual([]);
});

test("its migration ran with the host's: the table exists and the migration is recorded", async () => {
  const c = new Client({ connectionString: db.url });
  await c.connect();
  try {
    const {
      rows: [t],
    } = await c.query(`select to_regclass('noticeboard_notice') as t`);
    expect(t.t).toBe('noticeboard_notice');
    const { rows } = await c.query(`select name from wushe_migrations where name like '%noticeboard%'`);
    expect(rows.map((r) => r.name)).toEqual(['Migration20261122010000_noticeboard_init']);
  } finally {
    await c.end();
  }
});

test('over HTTP: settings validated and merged, the mutation and query, node(id), and the handler of a core event', async () => {
  const admin = await login('admin');
  const configure = `mutation($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) {
    community { modules { key enabled settings overrides } } userErrors { code field } } }`;
  const listed = await gql('{ community { modules { key name enabled settings } } }', {}, admin);
  expect(listed.data.community.modules.find((m: any) => m.key === 'noticeboard')).toEqual({
    key: 'noticeboard',
    name: '社区公告栏',
    enabled: false,
    settings: { maxTitleLength: 60, welcomeNewHouseholds: true },
  });
  expect((await gql('{ notices(first: 5) { totalCount } }', {}, admin)).errors[0].extensions.code).toBe('MODULE_DISABLED');

  // A setting outside the plugin's zod schema is refused; a valid one is merged over the defaults.
  const bad = await gql(configure, { input: { moduleKey: 'noticeboard', enabled: true, settings: { maxTitleLength: 5 } } }, admin);
  expect(bad.data.communityModuleConfigure.userErrors[0]).toMatchObject({ code: 'SETTINGS_INVALID', field: ['settings'] });
  const ok = await gql(configure, { input: { moduleKey: 'noticeboard', enabled: true, settings: { maxTitleLength: 12 } } }, admin);
  expect(ok.data.communityModuleConfigure.community.modules.find((m: any) => m.key === 'noticeboard')).toMatchObject({
    enabled: true,
    overrides: { maxTitleLength: 12 },
    settings: { maxTitleLength: 12, welcomeNewHouseholds: true },
  });

  const publish = `mutation($input: NoticePublishInput!) { noticePublish(input: $input) { notice { id title automatic } userErrors { code field } } }`;
  const published = await gql(publish, { input: { title: '停水通知', body: '周六 9:00–12:00 停水' } }, admin);
  expect(published.data.noticePublish).toMatchObject({ notice: { title: '停水通知', automatic: false }, userErrors: [] });
  // The effective setting (12) is what the mutation enforces, not the default (60).
  const long = await gql(publish, { input: { title: '一个超过十二个字的很长很长的标题', body: 'x' } }, admin);
  expect(long.data.noticePublish).toMatchObject({ notice: null, userErrors: [{ field: ['input', 'title'] }] });

  const resident = await login('resident');
  const seen = await gql('{ notices(first: 10) { totalCount nodes { id title automatic } } }', {}, resident);
  expect(seen.data.notices.nodes.filter((n: any) => !n.automatic).map((n: any) => n.title)).toEqual(['停水通知']);
  const node = await gql('query($id: ID!) { node(id: $id) { id ... on Notice { title body } } }', { id: published.data.noticePublish.notice.id }, resident);
  expect(node.data.node).toEqual({ id: published.data.noticePublish.notice.id, title: '停水通知', body: '周六 9:00–12:00 停水' });
  expect((await gql(publish, { input: { title: 'x', body: 'y' } }, resident)).errors[0].extensions.code).toBe('FORBIDDEN');

  // core.HouseholdCreated → the plugin's handler posts one welcome notice (after commit, via the outbox).
  const welcomes = async () =>
    (await gql('{ notices(first: 100) { nodes { title automatic } } }', {}, admin)).data.notices.nodes.filter((n: any) => n.automatic);
  const before = (await welcomes()).length;
  const created = await gql(
    'mutation($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }',
    { input: { number: 'PKG-1', address: '金秋小区 9 栋' } },
    admin,
  );
  expect(created.data.householdCreate.userErrors).toEqual([]);
  let automatic: any[] = [];
  for (let i = 0; i < 100 && automatic.length === before; i++) {
    await new Promise((r) => setTimeout(r, 100));
    automatic = await welcomes();
  }
  expect(automatic).toHaveLength(before + 1);
  expect(automatic[0]).toEqual({ title: '欢迎新住户', automatic: true });
});

test('the installed server finds its own files: GraphiQL and its assets come from the installed packages', async () => {
  const page = await fetch(`${base}/graphiql`);
  expect(page.status).toBe(200);
  const html = await page.text();
  const assets = [...html.matchAll(/(?:src|href)="(\/graphiql\/assets\/[^"]+)"/g)].map((m) => m[1]!);
  expect(assets).toEqual(expect.arrayContaining(['/graphiql/assets/graphiql.js', '/graphiql/assets/graphiql.css', '/graphiql/assets/react.js']));
  for (const a of assets) {
    const r = await fetch(`${base}${a}`);
    expect([a, r.status]).toEqual([a, 200]);
    expect((await r.arrayBuffer()).byteLength).toBeGreaterThan(100);
  }
});

test('a plugin that does not load stops the process, naming the cause and every path tried', async () => {
  const env = { ...serverEnv(), WUSHE_PLUGINS: 'wushe-plugin-absent' };
  // Installed, but a dependency of its own is missing: that dependency is named, not the plugin.
  const broken = path.join(app, 'node_modules/wushe-plugin-broken');
  fs.mkdirSync(broken);
  fs.writeFileSync(
    path.join(broken, 'package.json'),
    JSON.stringify({ name: 'wushe-plugin-broken', version: '1.0.0', main: 'index.js', peerDependencies: { wushe: '^0.1.0' } }),
  );
  fs.writeFileSync(path.join(broken, 'index.js'), `require('wushe/sdk');\nrequire('markdown-table-not-installed');\n`);
  // Installed with a copy of wushe of its own (a regular dependency instead of a peer).
  const twice = path.join(app, 'node_modules/wushe-plugin-twice');
  fs.mkdirSync(path.join(twice, 'node_modules/wushe'), { recursive: true });
  fs.writeFileSync(
    path.join(twice, 'package.json'),
    JSON.stringify({ name: 'wushe-plugin-twice', version: '1.0.0', main: 'index.js', dependencies: { wushe: '^0.1.0' } }),
  );
  fs.writeFileSync(path.join(twice, 'index.js'), `module.exports = { default: { key: 'twice' } };\n`);
  fs.writeFileSync(path.join(twice, 'node_modules/wushe/package.json'), JSON.stringify({ name: 'wushe', version: '0.1.0', exports: { './sdk': './sdk.js' } }));
  fs.writeFileSync(path.join(twice, 'node_modules/wushe/sdk.js'), '');
  const [absent, missing, second] = await Promise.all([
    finish(wushe(['serve'], env)),
    finish(wushe(['serve'], { ...env, WUSHE_PLUGINS: `${PLUGIN},wushe-plugin-broken` })),
    finish(wushe(['serve'], { ...env, WUSHE_PLUGINS: 'wushe-plugin-twice' })),
  ]);

  expect(absent.code).toBe(1);
  expect(absent.out).toContain('cannot load plugin "wushe-plugin-absent": package not found');
  const inApp = absent.out.indexOf(`- ${path.join(app, 'node_modules/wushe-plugin-absent')}\n`);
  const inHost = absent.out.indexOf(`- ${path.join(app, 'node_modules/wushe/node_modules/wushe-plugin-absent')}\n`);
  expect(inApp).toBeGreaterThan(0);
  expect(inHost).toBeGreaterThan(inApp); // the app folder first, then the host's own place
  expect(absent.out).not.toMatch(/\n\s+at /); // a message, not a stack trace

  expect(missing.code).toBe(1);
  expect(missing.out).toContain(
    `cannot load plugin "wushe-plugin-broken": the plugin was found at ${path.join(broken, 'index.js')}, but a module it imports is missing: "markdown-table-not-installed"`,
  );
  expect(missing.out).toContain(`- ${path.join(app, 'node_modules/wushe-plugin-broken')}`);

  expect(second.code).toBe(1);
  expect(second.out).toContain(
    `cannot load plugin "wushe-plugin-twice": the plugin at ${path.join(twice, 'index.js')} would import wushe/sdk from ${path.join(twice, 'node_modules/wushe/sdk.js')}, a second copy of the host (this server runs ${path.join(app, 'node_modules/wushe/dist/src/sdk.js')})`,
  );
});
