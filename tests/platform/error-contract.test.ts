// The error contract (README, "Errors"), held over every mutation of the built schema:
// - each mutation's payload carries `userErrors: [UserError!]!` whose `code` is the `UserErrorCode`
//   enum — the kernel's shared codes plus what each module declares in its manifest; a code thrown
//   in the source that nobody declared, or a top-level code thrown as a user error, fails here;
// - one shape per refusal, driven through real HTTP: unauthenticated, forbidden (the guard's and an
//   object's), module disabled and malformed documents/variables are top-level `errors` with
//   `extensions.code`; expected business refusals are `userErrors` with a declared code;
// - a created object comes back even where a nested field is refused (communityCreate … modules);
// - zod, armor and GraphQL validation messages are zh-CN by default and en on request, each with a
//   code (extensions.reason for the document's errors); field suggestions only outside production.
import fs from 'node:fs';
import path from 'node:path';
import { getNamedType, isEnumType, isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';
import { buildWusheSchema } from '../../src/schema/build-schema';
import { createRegistry } from '../../src/plugins/loader';
import { ModuleManifestError, ModuleRegistry } from '../../src/plugins/registry';
import { defineModule, type WusheModule } from '../../src/plugins/module-contract';
import { KERNEL_USER_ERROR_CODES, TOP_LEVEL_CODES } from '../../src/schema/user-error-codes';
import core from '../../src/modules/core';
import { FIRST_PARTY } from '../../src/modules';
import { startTestServer, type TestServer } from '../harness/server';
import { createCommunity } from '../harness/community';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/noticeboard');
const CJK = /[\u3400-\u9fff]/;

/**
 * Mutations whose payload has no `userErrors`, each with the reason. Empty: every mutation refuses
 * its input the same way. A new mutation without `userErrors` must be listed here with a reason.
 */
const WITHOUT_USER_ERRORS: Record<string, string> = {};

// ── The schema: every mutation, the enum, the declarations ─────────────────────────────────────

let registry: ModuleRegistry;
let schema: GraphQLSchema;
beforeAll(async () => {
  registry = fs.existsSync(path.join(EXAMPLE, 'index.ts')) ? createRegistry(FIRST_PARTY, [EXAMPLE]) : createRegistry(FIRST_PARTY);
  schema = await buildWusheSchema(registry);
});

test('every mutation of the built schema returns userErrors: [UserError!]! with code: UserErrorCode!', () => {
  const mutations = Object.values(schema.getMutationType()!.getFields());
  expect(mutations.length).toBeGreaterThan(100);
  const offenders: string[] = [];
  for (const m of mutations) {
    if (WITHOUT_USER_ERRORS[m.name]) continue;
    const payload = getNamedType(m.type);
    const field = isObjectType(payload) ? payload.getFields().userErrors : undefined;
    if (!field || String(field.type) !== '[UserError!]!') offenders.push(`${m.name}: ${payload.name} has no userErrors: [UserError!]!`);
  }
  expect(offenders).toEqual([]);
  const code = (schema.getType('UserError') as import('graphql').GraphQLObjectType).getFields().code!;
  expect(isNonNullType(code.type) && isEnumType(code.type.ofType) && code.type.ofType.name).toBe('UserErrorCode');
  for (const name of Object.keys(WITHOUT_USER_ERRORS)) expect(schema.getMutationType()!.getFields()[name]).toBeDefined();
});

test('UserErrorCode = the kernel codes + every manifest’s, each described in Chinese; no top-level code among them', () => {
  const values = (schema.getType('UserErrorCode') as import('graphql').GraphQLEnumType).getValues();
  const names = values.map((v) => v.name);
  expect(names).toEqual(expect.arrayContaining(Object.keys(KERNEL_USER_ERROR_CODES)));
  for (const m of registry.list()) expect(names).toEqual(expect.arrayContaining(Object.keys(m.userErrorCodes ?? {})));
  expect(names).toEqual(expect.arrayContaining(['OUT_OF_STOCK', 'ALREADY_TAKEN', 'VOTE_CLOSED', 'MODULE_UNKNOWN', 'WEBHOOK_URL_PRIVATE']));
  for (const v of values) {
    expect([v.name, CJK.test(v.description ?? '')]).toEqual([v.name, true]);
    expect(v.value).toBe(v.name); // the wire value clients always saw
  }
  expect(names.filter((n) => (TOP_LEVEL_CODES as readonly string[]).includes(n))).toEqual([]);
});

/** `.ts` files under `dir`, recursively. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' || e.name === 'dist' ? [] : sources(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

/**
 * Codes the source can put in userErrors: the literals of each `new UserFacingError(…)`'s first
 * argument, and the string literals of the policy decisions passed to it (`type XDecision = …`).
 */
function codesThrownInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const files = [...sources(path.join(ROOT, 'src')), ...(fs.existsSync(EXAMPLE) ? sources(EXAMPLE) : [])];
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file);
    for (const m of text.matchAll(/new UserFacingError\(\s*([^,)]*)/g)) {
      for (const lit of m[1]!.matchAll(/'([A-Z][A-Z0-9_]+)'/g)) found.set(lit[1]!, rel);
    }
    for (const m of text.matchAll(/export type \w*(?:Decision|Verdict|Refusal)\w* =([^;]+);/g)) {
      for (const lit of m[1]!.matchAll(/'([A-Z][A-Z0-9_]+)'/g)) if (lit[1] !== 'OK') found.set(lit[1]!, rel);
    }
    for (const m of text.matchAll(/code: '([A-Z][A-Z0-9_]+)'(?: \| '([A-Z][A-Z0-9_]+)')*/g)) {
      if (!rel.endsWith('.policy.ts')) continue;
      for (const lit of m[0].matchAll(/'([A-Z][A-Z0-9_]+)'/g)) found.set(lit[1]!, rel);
    }
  }
  return found;
}

test('every code the source throws as a user error is declared (kernel or its module’s manifest)', () => {
  const declared = new Set(registry.userErrorCodes().keys());
  const thrown = codesThrownInSource();
  expect(thrown.size).toBeGreaterThan(50);
  // Top-level codes (FORBIDDEN …) are raised top-level by mutate() whatever the call site said.
  const undeclared = [...thrown].filter(([c]) => !declared.has(c) && !(TOP_LEVEL_CODES as readonly string[]).includes(c));
  expect(undeclared.map(([c, file]) => `${c} (${file})`)).toEqual([]);
});

// ── Declarations refused at boot ───────────────────────────────────────────────────────────────

class FakeEntity {}
class FakeResolver {}
function manifest(overrides: Partial<WusheModule> = {}): WusheModule {
  return defineModule({
    key: 'fake',
    name: { 'zh-CN': '测试模块', en: 'Fake' },
    version: '1.0.0',
    coreRange: '^0.1.0',
    entities: [FakeEntity],
    resolvers: [FakeResolver],
    permissions: { read: { 'zh-CN': '查看', en: 'Read' } },
    roleDefaults: {},
    migrations: [],
    ...overrides,
  });
}
const text = { 'zh-CN': '测试', en: 'Test' };

test('a module declares its codes; the registry lists them with the module, and translates them', () => {
  const r = new ModuleRegistry([core, manifest({ userErrorCodes: { FAKE_EXPIRED: { 'zh-CN': '已过期（{days} 天）', en: 'Expired ({days} days)' } } })]);
  expect(r.userErrorCodes().get('FAKE_EXPIRED')).toEqual({ declaredBy: 'fake', text: { 'zh-CN': '已过期（{days} 天）', en: 'Expired ({days} days)' } });
  expect(r.userErrorCodes().get('NOT_FOUND')?.declaredBy).toBe('kernel');
  const { translate } = require('../../src/schema/messages') as typeof import('../../src/schema/messages');
  expect(translate('FAKE_EXPIRED', 'zh-CN', { days: 3 })).toBe('已过期（3 天）');
  expect(translate('FAKE_EXPIRED', 'en', { days: 3 })).toBe('Expired (3 days)');
});

test.each([
  ['a top-level code', { FORBIDDEN: text }, 'top-level'],
  ['a kernel code', { NOT_FOUND: text }, 'declared by the kernel'],
  ['a code another module declares', { RESIDENT_MOVED_OUT: text }, 'declared by module "core"'],
  ["a code of the kernel's message table", { PAGE_SIZE: text }, "one of the kernel's messages"],
  ['a code that is not UPPER_SNAKE_CASE', { notACode: text }, 'UPPER_SNAKE_CASE'],
  ['a code without its English text', { FAKE_X: { 'zh-CN': '测试' } as never }, 'userErrorCodes'],
])('a manifest declaring %s is refused at boot', (_what, codes, problem) => {
  let error: unknown;
  try {
    new ModuleRegistry([core, manifest({ userErrorCodes: codes as never })]);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ModuleManifestError);
  expect((error as Error).message).toContain('module "fake", field "userErrorCodes');
  expect((error as Error).message).toContain(problem);
});

// ── Over HTTP: one shape per refusal ───────────────────────────────────────────────────────────

let s: TestServer;
let prod: TestServer;
const tok: Record<string, string> = {};
const logged: string[] = [];
beforeAll(async () => {
  s = await startTestServer({ demo: true, logDestination: { write: (l: string) => void logged.push(l) } as never, config: { logLevel: 'warn' } });
  prod = await startTestServer({ databaseUrl: s.databaseUrl, config: { env: 'production' } });
  for (const l of ['admin', 'staff', 'resident', 'volunteer', 'platform', 'street']) tok[l] = await s.login(l);
}, 60_000);
afterAll(async () => {
  await prod?.stop();
  await s?.stop();
});

type Body = { data?: any; errors?: { message: string; path?: string[]; extensions: Record<string, any> }[] };

async function call(query: string, variables: Record<string, unknown> = {}, opts: { token?: string; lang?: string; server?: TestServer } = {}): Promise<Body> {
  const headers: Record<string, string> = {};
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (opts.lang) headers['accept-language'] = opts.lang;
  return (await (await (opts.server ?? s).post({ query, variables }, headers)).json()) as Body;
}
const top = (b: Body) => (b.errors ?? []).map((e) => e.extensions.code);

const CREATE = `mutation C($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code field message } } }`;
const RATE = `mutation R($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { id } userErrors { code field message } } }`;
const intake = (over: Record<string, unknown> = {}) => ({
  kind: 'routine',
  category: 'repair',
  title: '路灯不亮',
  description: '3 栋门口路灯坏了',
  channel: 'MINI_PROGRAM',
  address: '金秋小区 3 栋',
  ...over,
});

describe('top-level errors: the caller, the module, the document', () => {
  test('unauthenticated → UNAUTHENTICATED, no data', async () => {
    const r = await call(CREATE, { input: intake() });
    expect(top(r)).toEqual(['UNAUTHENTICATED']);
    expect(r.data ?? null).toBeNull();
  });

  test('forbidden by the guard → FORBIDDEN (communityModuleConfigure as a resident)', async () => {
    const r = await call(
      'mutation { communityModuleConfigure(input: { moduleKey: "dispatch", enabled: false }) { userErrors { code } } }',
      {},
      { token: tok.resident },
    );
    expect(top(r)).toEqual(['FORBIDDEN']);
  });

  test('forbidden on the object (state machine, on behalf of someone) → FORBIDDEN top-level too, never a user error', async () => {
    const created = await call(CREATE, { input: intake() }, { token: tok.resident });
    expect(created.data.serviceRequestCreate.userErrors).toEqual([]);
    const id = created.data.serviceRequestCreate.serviceRequest.id;
    const rate = await call(RATE, { input: { id, rating: 5 } }, { token: tok.staff }); // only the requester rates
    expect(top(rate)).toEqual(['FORBIDDEN']);
    expect(rate.data ?? null).toBeNull();
    const residents = await call('{ residents(first: 2) { nodes { id } } }', {}, { token: tok.admin });
    const other = residents.data.residents.nodes[1].id;
    const onBehalf = await call(CREATE, { input: intake({ requester: other }) }, { token: tok.volunteer });
    expect(top(onBehalf)).toEqual(['FORBIDDEN']);
  });

  test('module disabled → MODULE_DISABLED with the module key', async () => {
    const { admin } = await createCommunity(s, { name: '无模块社区' });
    const r = await call(CREATE, { input: intake() }, { token: admin.token! });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'MODULE_DISABLED', module: 'dispatch' });
  });

  test('malformed documents and variables → GRAPHQL_PARSE_FAILED / GRAPHQL_VALIDATION_FAILED / BAD_USER_INPUT, each with a reason', async () => {
    const syntax = await call('mutation { serviceRequestCreate(', {}, { token: tok.resident });
    expect(syntax.errors![0]!.extensions).toMatchObject({ code: 'GRAPHQL_PARSE_FAILED', reason: 'SYNTAX_ERROR' });
    const unknown = await call('mutation { serviceRequestCreate(input: {}) { nope } }', {}, { token: tok.resident });
    expect(unknown.errors!.map((e) => e.extensions.code)).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors!.map((e) => e.extensions.reason)).toContain('UNKNOWN_FIELD');
    const variables = await call(CREATE, { input: { ...intake(), title: 42 } }, { token: tok.resident });
    expect(variables.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' });
    const missing = await call(CREATE, { input: { title: 'x' } }, { token: tok.resident });
    expect(missing.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_VALUE' });
    const control = await call(CREATE, { input: intake({ title: 'bad\u0000' }) }, { token: tok.resident });
    expect(top(control)).toEqual(['BAD_USER_INPUT']);
  });

  test('a subscription over HTTP → 400 SUBSCRIPTION_OVER_HTTP (use graphql-ws)', async () => {
    const res = await s.post({ query: 'subscription { changes { cursor } }' }, { authorization: `Bearer ${tok.staff}` });
    expect(res.status).toBe(400);
    expect(((await res.json()) as Body).errors![0]!.extensions.code).toBe('SUBSCRIPTION_OVER_HTTP');
  });
});

describe('userErrors: expected business refusals, with a declared code', () => {
  test('a rule of a field (zod) → BAD_USER_INPUT with the field, zh-CN without zod’s English, en on request', async () => {
    const q = `mutation C($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code field message } } }`;
    const input = { name: '长'.repeat(101), regionCode: '520222009009' };
    const [zh] = (await call(q, { input }, { token: tok.platform })).data.communityCreate.userErrors;
    expect(zh).toEqual({ code: 'BAD_USER_INPUT', field: ['input', 'name'], message: '输入有误：name：不能超过 100 个字符' });
    const [en] = (await call(q, { input }, { token: tok.platform, lang: 'en' })).data.communityCreate.userErrors;
    expect(en.message).toBe('Invalid input: name: Too big: expected string to have <=100 characters');
    const [empty] = (await call(q, { input: { ...input, name: '  ' } }, { token: tok.platform })).data.communityCreate.userErrors;
    expect(empty.message).toBe('输入有误：name：不能为空');
    const [region] = (await call(q, { input: { ...input, name: '社区', regionCode: 'x' } }, { token: tok.platform })).data.communityCreate.userErrors;
    expect(region).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'regionCode'] });
    for (const e of [zh, empty, region]) expect(e.message).not.toMatch(/Too big|Too small|expected|Invalid|received/);
  });

  test('an unknown id in the input → NOT_FOUND; a wrong state → INVALID_STATE; a module’s own code (MODULE_UNKNOWN)', async () => {
    const gone = await call(
      RATE,
      { input: { id: 'U2VydmljZVJlcXVlc3Q6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw', rating: 5 } },
      { token: tok.resident },
    );
    expect(gone.errors).toBeUndefined();
    expect(gone.data.serviceRequestRate.userErrors.map((x: { code: string }) => x.code)).toEqual([expect.stringMatching(/^(NOT_FOUND|INVALID_ID)$/)]);
    const created = await call(CREATE, { input: intake() }, { token: tok.resident });
    const id = created.data.serviceRequestCreate.serviceRequest.id;
    const early = await call(RATE, { input: { id, rating: 5 } }, { token: tok.resident }); // not resolved yet
    expect(early.data.serviceRequestRate.userErrors.map((x: { code: string }) => x.code)).toEqual(['INVALID_STATE']);
    const mod = await call(
      'mutation { communityModuleConfigure(input: { moduleKey: "nope", enabled: true }) { userErrors { code message } } }',
      {},
      { token: tok.admin },
    );
    expect(mod.data.communityModuleConfigure.userErrors).toEqual([{ code: 'MODULE_UNKNOWN', message: '未安装模块「nope」' }]);
  });

  test('module settings refused by their schema: SETTINGS_INVALID worded in the caller’s language', async () => {
    const q = 'mutation { communityModuleConfigure(input: { moduleKey: "dispatch", settings: { kinds: 5 } }) { userErrors { code message } } }';
    const zh = (await call(q, {}, { token: tok.admin })).data.communityModuleConfigure.userErrors[0];
    expect(zh.code).toBe('SETTINGS_INVALID');
    expect(zh.message).toMatch(/^模块设置无效：kinds：类型错误：应为列表$/);
    const en = (await call(q, {}, { token: tok.admin, lang: 'en' })).data.communityModuleConfigure.userErrors[0];
    expect(en.message).toMatch(/^Invalid module settings: kinds: Invalid input: expected array/);
  });
});

test('a created object is returned even where a nested field could be refused (communityCreate { community { modules } })', async () => {
  const q = `mutation C($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id name modules { key enabled } } userErrors { code } } }`;
  const regionCode = () => `52${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;
  const r = await call(q, { input: { name: '金秋社区二', regionCode: regionCode(), preset: 'panzhou-jinqiu' } }, { token: tok.platform });
  expect(r.errors).toBeUndefined();
  const community = r.data.communityCreate.community;
  expect(community).toMatchObject({ name: '金秋社区二' });
  expect(community.modules.find((m: { key: string }) => m.key === 'dispatch')).toMatchObject({ enabled: true });
  // A street admin creating one under their street sees it too.
  const street = (await call('{ streets { id } }', {}, { token: tok.street })).data.streets[0].id;
  const byStreet = await call(q, { input: { name: '街道新社区', regionCode: regionCode(), street } }, { token: tok.street });
  expect(byStreet.errors).toBeUndefined();
  expect(byStreet.data.communityCreate.community.modules.length).toBeGreaterThan(0);
  // Someone who neither acts in nor oversees it (the demo's admin, signed in to the demo community):
  // through node(id:) the community is out of reach anyway; modules of another community stay refused.
  const other = await call(`{ node(id: "${community.id}") { id } }`, {}, { token: tok.admin });
  expect(other.data?.node ?? null).toBeNull();
});

describe('document errors in zh-CN by default, en on request, with a reason', () => {
  const deep = (levels: number) => {
    let sel = 'id';
    for (let i = 0; i < levels; i++) sel = i % 2 ? `household { ${sel} }` : `members { ${sel} }`;
    return `{ households(first: 1) { nodes { members { ${sel} } } } }`;
  };
  const cases: [string, string, string, RegExp, RegExp][] = [
    [
      'cost',
      '{ ' + Array.from({ length: 25 }, (_, i) => `a${i}: households(first: 100) { nodes { members { id } } }`).join(' ') + ' }',
      'COST_LIMIT',
      /^查询过于复杂：成本 \d+ 超过上限 20000/,
      /Query Cost limit of 20000 exceeded/,
    ],
    ['depth', deep(12), 'DEPTH_LIMIT', /^查询嵌套过深/, /depth limit of 12/],
    [
      'aliases',
      `{ ${Array.from({ length: 31 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
      'ALIAS_LIMIT',
      /^别名过多：31 个，上限 30 个$/,
      /Aliases limit of 30 exceeded/,
    ],
    ['unknown field', '{ communty { id } }', 'UNKNOWN_FIELD', /^类型「Query」没有字段「communty」/, /^Cannot query field "communty" on type "Query"\./],
    ['missing argument', '{ node { id } }', 'MISSING_ARGUMENT', /^字段「node」缺少必填参数「id」（ID!）$/, /argument "id" of type "ID!" is required/],
    ['syntax', '{ me { ', 'SYNTAX_ERROR', /^查询文档语法错误$/, /^Syntax Error/],
    ['tokens', `{ ${'__typename '.repeat(5000)}}`, 'TOKEN_LIMIT', /^查询文档过长：超过 4000 个词法单元$/, /more that 4000 tokens/],
    ['CSRF (a simple GET without a preflight header)', 'GET', 'CSRF_PREVENTION', /^已拦截可能的跨站请求伪造（CSRF）/, /Cross-Site Request Forgery/],
  ];
  const send = async (query: string, lang?: string): Promise<Body> => {
    if (query !== 'GET') return call(query, {}, { token: tok.staff, lang });
    const res = await fetch(`${s.url}?query=${encodeURIComponent('{ __typename }')}`, { headers: lang ? { 'accept-language': lang } : {} });
    return (await res.json()) as Body;
  };
  test.each(cases)('%s', async (_what, query, reason, zh, en) => {
    const a = await send(query);
    expect(a.errors![0]!.extensions.reason).toBe(reason);
    expect(a.errors![0]!.message).toMatch(zh);
    expect(a.errors![0]!.message).not.toMatch(/Syntax Error|limit|exceeded|Cannot query/);
    const b = await send(query, 'en');
    expect(b.errors![0]!.extensions.reason).toBe(reason);
    expect(b.errors![0]!.message).toMatch(en);
    expect(b.errors![0]!.message).not.toMatch(CJK);
  });

  test('field suggestions in development, none in production', async () => {
    const dev = await call('{ communty { id } }', {}, { token: tok.staff });
    expect(dev.errors![0]!.message).toBe('类型「Query」没有字段「communty」。你是否想用「community」、「communities」？');
    expect((await call('{ communty { id } }', {}, { token: tok.staff, lang: 'en' })).errors![0]!.message).toMatch(/Did you mean "community"/);
    const token = await prod.login('staff');
    const zh = await call('{ communty { id } }', {}, { token, server: prod });
    expect(zh.errors![0]!.message).toBe('类型「Query」没有字段「communty」');
    const en = await call('{ communty { id } }', {}, { token, server: prod, lang: 'en' });
    expect(en.errors![0]!.message).toBe('Cannot query field "communty" on type "Query".');
    expect(JSON.stringify(en)).not.toMatch(/Did you mean|Suggestion/);
  });
});

test('no refusal above was logged as an internal error', () => {
  expect(logged.map((l) => JSON.parse(l)).filter((l) => l.level >= 50)).toEqual([]);
});
