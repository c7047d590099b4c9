// Contract tests every module must pass: deny by default (each root field declares its module and
// permission), a Chinese term in every description, the committed SDL matches the code, modules
// import each other only through `public.ts`, and broken manifests are refused with a clear error.
import fs from 'node:fs';
import path from 'node:path';
import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { z } from 'zod';
import { buildWusheSchema, printWusheSchema } from '../../src/schema/build-schema';
import { createRegistry } from '../../src/plugins/loader';
import { ModuleManifestError, ModuleRegistry } from '../../src/plugins/registry';
import { defineModule, type WusheModule } from '../../src/plugins/module-contract';
import { defineSettings } from '../../src/plugins/settings';
import { PASSWORD_CHANGE, PUBLIC, SIGNED_IN } from '../../src/schema/requires';
import core from '../../src/modules/core';
import { FIRST_PARTY } from '../../src/modules';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/noticeboard');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function expectSameSdl(file: string, printed: string): void {
  const committed = fs.readFileSync(path.join(ROOT, file), 'utf8');
  if (committed === printed) return;
  const [a, b] = [committed.split('\n'), printed.split('\n')];
  const line = a.findIndex((l, i) => l !== b[i]);
  throw new Error(
    `${file} differs from the schema built from the code: run \`npm run schema:emit\` and commit it.\n` +
      `first difference at line ${line + 1}:\n  committed: ${a[line] ?? '(end)'}\n  code:      ${b[line] ?? '(end)'}`,
  );
}

// Core first: type-graphql keeps decorator metadata per process, so once the example plugin is
// loaded its Node types would show up in any schema built later in this file.
test('schema.graphql is up to date (otherwise run `npm run schema:emit`)', async () => {
  expectSameSdl('schema.graphql', printWusheSchema(await buildWusheSchema(createRegistry(FIRST_PARTY))));
});

test('tests/schema.with-examples.graphql (what test documents are typed against) is up to date', async () => {
  if (!fs.existsSync(path.join(EXAMPLE, 'index.ts')) || !fs.existsSync(path.join(ROOT, 'tests/schema.with-examples.graphql'))) return;
  expectSameSdl('tests/schema.with-examples.graphql', printWusheSchema(await buildWusheSchema(createRegistry(FIRST_PARTY, [EXAMPLE]))));
});

/** Core alone (what schema.graphql holds) and, when present, core plus the example plugin. */
const setups: [string, () => ModuleRegistry][] = [['core', () => createRegistry(FIRST_PARTY)]];
if (fs.existsSync(path.join(EXAMPLE, 'index.ts'))) setups.push(['core + examples/noticeboard', () => createRegistry(FIRST_PARTY, [EXAMPLE])]);

describe.each(setups)('schema of %s', (_name, makeRegistry) => {
  let registry: ModuleRegistry;
  let schema: GraphQLSchema;
  beforeAll(async () => {
    registry = makeRegistry();
    schema = await buildWusheSchema(registry);
  });

  test('every root field declares an installed module and a known permission (deny by default)', () => {
    const known = new Set([PUBLIC, SIGNED_IN, PASSWORD_CHANGE, ...registry.permissionNames()]);
    const offenders: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const where = `${root!.name}.${field.name}`;
        const policy = (field.extensions as { wushe?: { module?: unknown; permission?: unknown } }).wushe;
        if (!policy) offenders.push(`${where}: no @Requires(module, permission)`);
        else if (typeof policy.module !== 'string' || !registry.get(policy.module))
          offenders.push(`${where}: module "${String(policy.module)}" is not installed`);
        else if (typeof policy.permission !== 'string' || !known.has(policy.permission))
          offenders.push(`${where}: unknown permission "${String(policy.permission)}"`);
        else if (![PUBLIC, SIGNED_IN, PASSWORD_CHANGE].includes(policy.permission) && !policy.permission.startsWith(`${policy.module}.`)) {
          offenders.push(`${where}: permission "${policy.permission}" does not belong to module "${policy.module}"`);
        }
      }
    }
    expect(offenders).toEqual([]);
  });

  test('every type, field, argument, input field and enum value has a description with its Chinese term', () => {
    const offenders: string[] = [];
    const need = (where: string, description: string | null | undefined) => {
      if (!description || !CJK.test(description)) offenders.push(where);
    };
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
      need(type.name, type.description);
      if (isObjectType(type) || isInterfaceType(type)) {
        for (const f of Object.values(type.getFields())) {
          need(`${type.name}.${f.name}`, f.description);
          for (const a of f.args) need(`${type.name}.${f.name}(${a.name})`, a.description);
        }
      } else if (isInputObjectType(type)) {
        for (const f of Object.values(type.getFields())) need(`${type.name}.${f.name}`, f.description);
      } else if (isEnumType(type)) {
        for (const v of type.getValues()) need(`${type.name}.${v.name}`, v.description);
      }
    }
    expect(offenders).toEqual([]);
  });
});

// ── Module boundaries ────────────────────────────────────────────────────────────────────────

function tsFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : tsFiles(p);
    return e.name.endsWith('.ts') && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Relative import targets of a file (static, `export … from`, dynamic import, require). */
function relativeImports(file: string): { spec: string; target: string }[] {
  const src = fs.readFileSync(file, 'utf8');
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return [...src.matchAll(re)]
    .map((m) => m[1]!)
    .filter((s) => s.startsWith('.'))
    .map((spec) => ({ spec, target: path.resolve(path.dirname(file), spec) }));
}

const MODULES = path.join(ROOT, 'src/modules');
const rel = (p: string) => path.relative(ROOT, p).split(path.sep).join('/');
/** `src/modules/<key>…` → key, else null (pass a path with a trailing slash). */
const moduleOf = (p: string) => rel(p).match(/^src\/modules\/([^/]+)\//)?.[1] ?? null;
const isPublicOf = (target: string, key: string) => ['public', 'public.ts'].includes(rel(target).slice(`src/modules/${key}/`.length));

test('modules import other modules only through their public.ts', () => {
  const offenders: string[] = [];
  for (const file of tsFiles(MODULES)) {
    const own = moduleOf(file);
    for (const { spec, target } of relativeImports(file)) {
      const other = moduleOf(target + '/');
      // The first-party list (src/modules/index.ts) takes each module's manifest entry and nothing else.
      if (!own && other && rel(target) === `src/modules/${other}`) continue;
      if (other && other !== own && !isPublicOf(target, other)) offenders.push(`${rel(file)} imports '${spec}' (internals of module "${other}")`);
    }
  }
  expect(offenders).toEqual([]);
});

test('a module declares every module whose public face it imports (`requires` or `uses`)', () => {
  const undeclared: string[] = [];
  for (const m of FIRST_PARTY) {
    const declared = new Set(['core', ...(m.requires ?? []), ...(m.uses ?? [])]);
    for (const file of tsFiles(path.join(MODULES, m.key))) {
      for (const { spec, target } of relativeImports(file)) {
        const other = moduleOf(target + '/');
        if (other && other !== m.key && !declared.has(other))
          undeclared.push(`${rel(file)} imports '${spec}' but the ${m.key} manifest declares no "${other}"`);
      }
    }
  }
  expect(undeclared).toEqual([]);
});

/** One role suffix per kind of file in a module folder (`<name>.<role>.ts`), besides the manifest and the public face. */
const MODULE_FILE_ROLES = [
  'entity',
  'resolver',
  'inputs',
  'types',
  'enums',
  'service',
  'query',
  'selection',
  'settings',
  'policy',
  'permissions',
  'access',
  'events',
  'handlers',
  'jobs',
  'metrics',
  'participation',
  'edges',
  'lookups',
  'routes',
  'demo',
  'errors',
  'notifications',
];
const misnamed = (files: string[]) =>
  files.filter((f) => {
    const name = path.basename(f);
    const role = /^[a-z0-9]+(?:-[a-z0-9]+)*\.([a-z]+)\.ts$/.exec(name)?.[1];
    return !['index.ts', 'public.ts'].includes(name) && !(role && MODULE_FILE_ROLES.includes(role));
  });

test('every file of a module says its role in its suffix (`<name>.<role>.ts`)', () => {
  expect(misnamed(tsFiles(MODULES)).map(rel)).toEqual([]);
  expect(misnamed(['src/modules/x/fund-access.ts', 'src/modules/x/demo-seed.ts', 'src/modules/x/fund.access.ts'])).toEqual([
    'src/modules/x/fund-access.ts',
    'src/modules/x/demo-seed.ts',
  ]);
});

/** The platform: everything under src/ but the modules and the composition root. */
const KERNEL_FILES = () =>
  tsFiles(path.join(ROOT, 'src')).filter((f) => !moduleOf(f) && !['src/main.ts', 'src/sdk.ts', 'src/modules/index.ts'].includes(rel(f)));

/** Imports of platform files that land in src/modules (the platform is handed modules, never imports them). */
function kernelOffenders(files: string[]): string[] {
  return files.flatMap((file) =>
    relativeImports(file)
      .filter(({ target }) => `${rel(target)}/`.startsWith('src/modules/'))
      .map(({ spec }) => `${rel(file)} imports '${spec}'`),
  );
}

test('the platform imports no module (only src/main.ts, the composition root, does)', () => {
  const files = KERNEL_FILES();
  expect(files.map(rel)).toEqual(
    expect.arrayContaining(['src/config.ts', 'src/server/boot.ts', 'src/plugins/loader.ts', 'src/schema/context.ts', 'src/db/seed.ts']),
  );
  expect(kernelOffenders(files)).toEqual([]);
  // The check itself catches an offender: the composition root imports modules.
  expect(kernelOffenders([path.join(ROOT, 'src/main.ts')])).toContain("src/main.ts imports './modules'");
});

/** Value (not type-only) relative imports of a file, resolved to .ts files. */
function valueImports(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const re = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+['"](\.[^'"]+)['"]/gm;
  return [...src.matchAll(re)].flatMap((m) => {
    const p = path.resolve(path.dirname(file), m[1]!);
    return [`${p}.ts`, path.join(p, 'index.ts')].filter((c) => fs.existsSync(c)).slice(0, 1);
  });
}

/** One cycle of the graph as a path (first node repeated at the end), or null. */
function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (v: string): string[] | null => {
    state.set(v, 'open');
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (state.get(w) === 'open') return [...stack.slice(stack.indexOf(w)), w];
      if (!state.has(w)) {
        const found = visit(w);
        if (found) return found;
      }
    }
    stack.pop();
    state.set(v, 'done');
    return null;
  };
  for (const v of graph.keys())
    if (!state.has(v)) {
      const found = visit(v);
      if (found) return found;
    }
  return null;
}

test('no runtime import cycle under src/ (a cycle makes load order decide what is undefined)', () => {
  const files = tsFiles(path.join(ROOT, 'src'));
  const graph = new Map(files.map((f) => [rel(f), valueImports(f).map(rel)]));
  expect(graph.get('src/plugins/loader.ts')).toContain('src/schema/tenancy/tenancy.module.ts');
  expect(findCycle(graph)).toBeNull();
  // The check itself finds one.
  expect(
    findCycle(
      new Map([
        ['a', ['b']],
        ['b', ['c']],
        ['c', ['a']],
      ]),
    ),
  ).toEqual(['a', 'b', 'c', 'a']);
});

test('the SDK entry re-exports modules only through their public faces', () => {
  const sdk = path.join(ROOT, 'src/sdk.ts');
  const intoModules = relativeImports(sdk).filter(({ target }) => moduleOf(target + '/'));
  expect(intoModules.length).toBeGreaterThan(0);
  expect(intoModules.filter(({ target }) => !isPublicOf(target, moduleOf(target + '/')!)).map(({ spec }) => spec)).toEqual([]);
});

/** Every import of a file (static, `export … from`, dynamic import, require), relative or not. */
function allImports(file: string): string[] {
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;
  return [...fs.readFileSync(file, 'utf8').matchAll(re)].map((m) => m[1]!);
}

/** What an example plugin may import: its own files, Node built-ins and `wushe/sdk` — what a published plugin can. */
function exampleOffenders(files: string[]): string[] {
  return files.flatMap((file) => {
    const own = path.join(ROOT, rel(file).split('/').slice(0, 2).join('/')); // examples/<plugin>
    return allImports(file)
      .filter((spec) =>
        spec.startsWith('.') ? !`${path.resolve(path.dirname(file), spec)}/`.startsWith(`${own}/`) : !(spec === 'wushe/sdk' || spec.startsWith('node:')),
      )
      .map((spec) => `${rel(file)} imports '${spec}'`);
  });
}

test('examples import only `wushe/sdk` and their own files, as a published plugin must', () => {
  // The reference board (examples/board) is a browser client, not a plugin: npm packages such as
  // graphql-ws are its own business, but like a plugin it reaches nothing of the host.
  const isBoard = (f: string) => rel(f).startsWith('examples/board/');
  const all = tsFiles(path.join(ROOT, 'examples')).filter((f) => !f.split(path.sep).includes('dist'));
  const files = all.filter((f) => !isBoard(f));
  expect(files.length).toBeGreaterThan(0);
  expect(exampleOffenders(files)).toEqual([]);
  const board = all.filter(isBoard);
  expect(board.length).toBeGreaterThan(0);
  expect(exampleOffenders(board).filter((o) => /imports '\./.test(o))).toEqual([]);
  // The check catches a plugin reaching into the host: the composition root does.
  expect(exampleOffenders([path.join(ROOT, 'examples/noticeboard/../../src/main.ts')]).length).toBeGreaterThan(0);
});

// ── Manifest validation ──────────────────────────────────────────────────────────────────────

class FakeEntity {}
class FakeResolver {}
class FakeMigration {}

function manifest(overrides: Partial<WusheModule> = {}): WusheModule {
  return defineModule({
    key: 'fake',
    name: { 'zh-CN': '测试模块', en: 'Fake' },
    version: '1.0.0',
    coreRange: '^0.1.0',
    entities: [FakeEntity],
    resolvers: [FakeResolver],
    settings: { schema: z.object({ limit: z.number().int().default(5) }), version: 1 },
    permissions: { read: { 'zh-CN': '查看', en: 'Read' } },
    roleDefaults: { RESIDENT: ['read'] },
    migrations: [{ name: 'Migration20261201000000_fake_init', class: FakeMigration as any }],
    ...overrides,
  });
}

test('a well-formed manifest is accepted next to core', () => {
  const r = new ModuleRegistry([core, manifest({ requires: ['core'] })]);
  expect(r.permissionNames()).toContain('fake.read');
});

const broken: [string, WusheModule[], string, string][] = [
  ['a bad key', [manifest({ key: 'Bad-Key' })], 'Bad-Key', 'key'],
  ['an undeclared action in roleDefaults', [manifest({ roleDefaults: { RESIDENT: ['read', 'approve'] } })], 'fake', 'roleDefaults.RESIDENT'],
  ['settings whose defaults do not validate', [manifest({ settings: { schema: z.object({ limit: z.number() }), version: 1 } })], 'fake', 'settings.schema'],
  ['the settings declaration of another module', [manifest({ settings: defineSettings('other', z.object({}), { version: 1 }) })], 'fake', 'settings'],
  [
    'a migration name without the module key',
    [manifest({ migrations: [{ name: 'Migration20261201000000_init', class: FakeMigration as any }] })],
    'fake',
    'migrations',
  ],
  ['a core range the core does not satisfy', [manifest({ coreRange: '^9.0.0' })], 'fake', 'coreRange'],
  ['a duplicate key', [core, manifest({ key: 'core' })], 'core', 'key'],
  ['a required module that is not installed', [manifest({ requires: ['grid'] })], 'fake', 'requires'],
  [
    'a metric keyed outside the module',
    [manifest({ metrics: [{ key: 'other.count', name: { 'zh-CN': '数', en: 'n' }, compute: async () => 0 }] })],
    'fake',
    'metrics',
  ],
  [
    'a rate weighted by an unknown metric',
    [manifest({ metrics: [{ key: 'fake.rate', name: { 'zh-CN': '率', en: 'r' }, aggregation: 'rate', weightKey: 'fake.none', compute: async () => 0 }] })],
    'fake',
    'metrics',
  ],
  [
    'a ratio without parts',
    [manifest({ metrics: [{ key: 'fake.share', name: { 'zh-CN': '占比', en: 's' }, aggregation: 'ratio', compute: async () => 0 }] })],
    'fake',
    'metrics',
  ],
  [
    'parts on a metric that is no ratio',
    [
      manifest({
        metrics: [{ key: 'fake.n', name: { 'zh-CN': '数', en: 'n' }, compute: async () => 0, parts: async () => ({ numerator: 0, denominator: 0 }) }],
      }),
    ],
    'fake',
    'metrics',
  ],
  [
    'a participation source keyed outside the module',
    [manifest({ participation: [{ key: 'other.x', name: { 'zh-CN': '参与', en: 'x' }, households: () => ({ sql: 'select 1', params: [] }) }] })],
    'fake',
    'participation',
  ],
  ["an HTTP route on the server's own path", [manifest({ http: [route('/graphql/x')] })], 'fake', 'http'],
  ["an HTTP route guarded by another module's permission", [manifest({ http: [route('/fake/a', 'tenancy.community.read')] })], 'fake', 'http'],
  [
    'an HTTP route another module serves',
    [manifest({ http: [route('/fake/a')] }), manifest({ key: 'fake2', http: [route('/fake/a', 'fake2.read')], migrations: [] })],
    'fake2',
    'http',
  ],
];

function route(path: string, permission = 'fake.read'): NonNullable<WusheModule['http']>[number] {
  return { method: 'GET', path, permission, handler: async () => ({ body: [] }) };
}

test('a module may declare plain HTTP routes (the registry lists them with their module)', () => {
  const r = new ModuleRegistry([core, manifest({ http: [route('/fake/items.json')] })]);
  expect(r.httpRoutes().map((x) => [x.module.key, x.route.path])).toEqual([['fake', '/fake/items.json']]);
});

test.each(broken)('a manifest with %s is refused, naming the module and the field', (_what, manifests, moduleKey, field) => {
  let error: unknown;
  try {
    new ModuleRegistry(manifests);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ModuleManifestError);
  expect((error as Error).message).toContain(`module "${moduleKey}"`);
  expect((error as Error).message).toContain(`field "${field}"`);
});
