// Every mutation's every argument field, spoiled one at a time, derived from the served schema
// (introspection), so a new mutation or input field — a plugin's too — is covered without editing
// this file. From a valid-ish baseline built from the types (real ids of the right type where the
// database has one), each field in turn gets sampled spoiled values: wrong types, empty, huge,
// control characters, lone surrogates, negative and huge numbers, unknown enum values, malformed,
// unknown, foreign-type and other-community ids. Every answer must be a success or a typed error
// (userErrors with a code, or top-level errors whose code is not INTERNAL_SERVER_ERROR), and a
// refused call must leave no write behind (the outbox, which every state change writes, has no new
// row). Names and addresses carry the log scan's canary: the suite fails if one is ever logged. A
// control module shows the fuzz can fail: it finds that module's internal error and leaky refusal.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
} from 'graphql';
import { Arg, Ctx as Context, Field, InputType, Int, Mutation, Resolver } from 'type-graphql';
import { z } from 'zod';
import { startTestServer, type TestServer } from '../harness/server';
import { defineModule, type WusheModule } from '../../src/plugins/module-contract';
import { defineEvent } from '../../src/plugins/events/define-event';
import { recordEvent } from '../../src/plugins/events/record-event';
import { Requires } from '../../src/schema/requires';
import { badInput } from '../../src/schema/errors';
import type { Ctx } from '../../src/schema/context';
import { canary } from '../harness/log-scan';
import { toGlobalId } from '../../src/schema/global-id';
import { seedPresetDemo } from '../../src/db/seed';
import { DEMO } from '../../src/modules';

jest.setTimeout(240_000);

const HUGE = canary('长'.repeat(100_000));
const FUTURE = new Date(Date.now() + 7 * 86_400_000).toISOString();

// A module that does what the fuzz must catch (the negative control): a refusal after a committed
// write (a negative count), and an internal error (an empty note).
const Leaked = defineEvent('fuzzcontrol.Leaked', z.object({ count: z.number().int() }), {
  description: { 'zh-CN': '对照事件', en: 'Control event' },
  permission: 'fuzzcontrol.write',
});

@InputType('FuzzControlInput', { description: '对照输入 — negative control input' })
class FuzzControlInput {
  @Field(() => Int, { description: '数量 — count' }) count!: number;
  @Field({ nullable: true, description: '备注 — note' }) note?: string;
}

@Resolver()
class FuzzControlResolver {
  @Mutation(() => Boolean, { description: '对照 — writes, then refuses a negative count; fails on an empty note' })
  @Requires('fuzzcontrol', 'fuzzcontrol.write')
  async fuzzControlLeak(@Arg('input', () => FuzzControlInput, { description: '输入 — input' }) input: FuzzControlInput, @Context() ctx: Ctx): Promise<boolean> {
    if (input.note === '') throw new Error('control: an unexpected failure');
    const { communityId } = await ctx.access();
    await ctx.em.fork().transactional(async (em) => {
      recordEvent(em, Leaked, { communityId, data: { count: input.count } });
    });
    if (input.count < 0) throw badInput({ 'zh-CN': 'count：不能为负', en: 'count: not negative' });
    return true;
  }
}

const control: WusheModule = defineModule({
  key: 'fuzzcontrol',
  name: { 'zh-CN': '模糊测试对照', en: 'Fuzz control' },
  version: '1.0.0',
  coreRange: '^0.1.0',
  entities: [],
  resolvers: [FuzzControlResolver],
  permissions: { write: { 'zh-CN': '对照', en: 'Control' } },
  roleDefaults: { COMMUNITY_ADMIN: ['write'] },
  events: { publishes: [Leaked] },
  migrations: [],
});

interface Spoil {
  label: string;
  value: unknown;
}

/** Real ids per GraphQL type name: one of the demo community, one of another community. */
type IdBook = Map<string, { own?: string; other?: string }>;

let s: TestServer;
let pg: Client;
let schema: GraphQLSchema;
let ids: IdBook;
/** Code-like string values by field name (`kind`, `category`, `moduleKey` …), from the demo community's rows. */
let codes: Map<string, string>;
let admin: string;
let platform: string;

beforeAll(async () => {
  s = await startTestServer({ demo: true, modules: [control], config: { plugins: ['./examples/noticeboard'] } });
  pg = new Client({ connectionString: s.databaseUrl });
  await pg.connect();
  const app = s.wushe.app;
  // Another community with data of its own (ids of another tenant), from a preset demo.
  await seedPresetDemo(app.orm, app.registry, app.presets, 'fengqing-114', DEMO);
  admin = await s.login('admin');
  const demoCommunity = (await pg.query(`select id from community where name = '金秋社区'`)).rows[0].id as string;
  platform = await s.login('platform', 'wushe-demo', toGlobalId('Community', demoCommunity));
  // Every installed module on in the demo community, so mutations go past MODULE_DISABLED.
  for (const m of app.registry.list()) {
    await s.post(
      {
        query: 'mutation($i: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $i) { userErrors { code } } }',
        variables: { i: { moduleKey: m.key, enabled: true } },
      },
      { authorization: `Bearer ${admin}` },
    );
  }
  const res = await s.post({ query: getIntrospectionQuery() }, { authorization: `Bearer ${admin}` });
  schema = buildClientSchema(((await res.json()) as any).data);
  ids = await idBook(demoCommunity);
  codes = await codeBook(demoCommunity);
});
afterAll(async () => {
  await pg?.end();
  await s?.stop();
});

/** One id per entity table for the demo community and for another one (never the signed-in admin's own rows). */
async function idBook(demoCommunity: string): Promise<IdBook> {
  const book: IdBook = new Map();
  const own = new Set(['admin', 'platform']);
  for (const meta of Object.values(s.wushe.app.orm.getMetadata().getAll()) as any[]) {
    const table: string | undefined = meta.tableName;
    if (!table || meta.embeddable || meta.virtual || !meta.properties?.id) continue;
    const cols = new Set((await pg.query(`select column_name from information_schema.columns where table_name = $1`, [table])).rows.map((r) => r.column_name));
    if (!cols.has('id')) continue;
    const ownership =
      table === 'membership' || table === 'account'
        ? ` and ${table === 'account' ? 'login' : '(select login from account a where a.id = account_id)'} <> all($2)`
        : '';
    const pick = async (where: string, params: unknown[]) =>
      (await pg.query(`select id::text from "${table}" where ${where}${ownership} order by id desc limit 1`, ownership ? [...params, [...own]] : params))
        .rows[0]?.id as string | undefined;
    const entry: { own?: string; other?: string } = {};
    try {
      if (table === 'community') {
        entry.own = demoCommunity;
        entry.other = await pick('id <> $1', [demoCommunity]);
      } else if (cols.has('community_id')) {
        entry.own = await pick('community_id = $1', [demoCommunity]);
        entry.other = await pick('community_id <> $1', [demoCommunity]);
      } else {
        entry.own = await pick('true', []);
      }
    } catch {
      continue; // a non-uuid key
    }
    const type = meta.className as string;
    book.set(type, { own: entry.own && toGlobalId(type, entry.own), other: entry.other && toGlobalId(type, entry.other) });
  }
  return book;
}

// Free text and personal data never come from the database: names and addresses carry the canary.
const NOT_A_CODE = /name|address|phone|id_number|title|description|note|body|content|text|comment|reason|login|password|token|secret/;

/**
 * For each text column with few distinct values in the demo community (a code: a request's kind, a
 * module key, a level key), its most common value, by the camelCase field name: baselines that get
 * past the first lookup reach deeper code.
 */
async function codeBook(demoCommunity: string): Promise<Map<string, string>> {
  const book = new Map<string, string>();
  const { rows } = await pg.query(
    `select c.table_name, c.column_name from information_schema.columns c
      join information_schema.columns cc on cc.table_name = c.table_name and cc.column_name = 'community_id' and cc.table_schema = c.table_schema
     where c.table_schema = 'public' and c.data_type in ('text', 'character varying') order by c.table_name, c.column_name`,
  );
  for (const { table_name: table, column_name: column } of rows as { table_name: string; column_name: string }[]) {
    if (NOT_A_CODE.test(column) || column.endsWith('_id')) continue;
    const field = column.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
    if (book.has(field)) continue;
    const values = (
      await pg.query(
        `select "${column}" as v, count(*) as n from "${table}" where community_id = $1 and "${column}" is not null group by 1 order by 2 desc limit 21`,
        [demoCommunity],
      )
    ).rows;
    if (values.length > 0 && values.length <= 20) book.set(field, values[0].v);
  }
  return book;
}

const cap = (x: string) => x.charAt(0).toUpperCase() + x.slice(1);

/** The GraphQL type an ID field refers to: by its name (`household`, `bodyId`), or for `id` by the mutation's name. */
function idTypeOf(mutation: string, field: string): string | null {
  const types = [...ids.keys()];
  const stem = field.replace(/Ids?$/, '').replace(/s$/, '');
  if (stem === '' || stem === 'id') {
    const byPrefix = types.filter((t) => mutation.startsWith(t.charAt(0).toLowerCase() + t.slice(1))).sort((a, b) => b.length - a.length);
    return byPrefix[0] ?? null;
  }
  const candidates = types.filter((t) => t === cap(stem) || t.endsWith(cap(stem)));
  const common = (t: string) => {
    let i = 0;
    while (i < t.length && i < mutation.length && t[i]!.toLowerCase() === mutation[i]!.toLowerCase()) i++;
    return i;
  };
  return candidates.sort((a, b) => common(b) - common(a) || a.length - b.length)[0] ?? null;
}

function baselineLeaf(named: GraphQLNamedType, mutation: string, field: string): unknown {
  if (isEnumType(named)) return named.getValues()[0]!.value;
  switch (named.name) {
    case 'String':
      return codes.get(field) ?? canary(`测试${field}`);
    case 'ID': {
      const type = idTypeOf(mutation, field);
      return (type && ids.get(type)?.own) ?? toGlobalId(type ?? 'Unknown', randomUUID());
    }
    case 'Int':
    case 'Fen':
      return 1;
    case 'Float':
      return 1.5;
    case 'Boolean':
      return false;
    case 'DateTimeISO':
      return FUTURE;
    case 'JSONObject':
      return {};
    default:
      return canary('x');
  }
}

/** The minimal value of a type: required input fields only; a list of one element. */
function baseline(type: GraphQLInputType, mutation: string, field: string, depth = 0): unknown {
  if (isNonNullType(type)) return baseline(type.ofType, mutation, field, depth);
  if (isListType(type)) return [baseline(type.ofType, mutation, field, depth)];
  if (isInputObjectType(type)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined && depth < 4) out[f.name] = baseline(f.type, mutation, f.name, depth + 1);
    }
    return out;
  }
  return baselineLeaf(type as GraphQLNamedType, mutation, field);
}

function spoilsOfLeaf(named: GraphQLNamedType, mutation: string, field: string): Spoil[] {
  if (isEnumType(named)) return [{ label: 'unknown enum value', value: 'NOT_A_VALUE_ZZ' }];
  switch (named.name) {
    case 'String':
      return [
        { label: 'empty', value: '' },
        { label: 'huge (100k chars)', value: HUGE },
        { label: 'NUL', value: canary('a\u0000b') },
        { label: 'lone surrogate', value: 'a\ud800' },
        { label: 'wrong type', value: 12 },
      ];
    case 'ID': {
      const type = idTypeOf(mutation, field);
      const other = type ? ids.get(type)?.other : undefined;
      const foreignType = ids.get(type === 'Account' ? 'Household' : 'Account')?.own;
      return [
        { label: 'empty id', value: '' },
        { label: 'malformed id', value: 'not-an-id' },
        { label: 'unknown id', value: toGlobalId(type ?? 'Household', randomUUID()) },
        ...(other ? [{ label: 'other community id', value: other }] : []),
        ...(foreignType ? [{ label: 'id of another type', value: foreignType }] : []),
        { label: 'huge id', value: 'A'.repeat(10_000) },
      ];
    }
    case 'Int':
      return [
        { label: 'negative', value: -1 },
        { label: 'zero', value: 0 },
        { label: 'max int', value: 2147483647 },
        { label: 'min int', value: -2147483648 },
        { label: 'beyond int', value: 2 ** 31 },
        { label: 'wrong type', value: 'abc' },
      ];
    case 'Fen':
      return [
        { label: 'negative amount', value: -100 },
        { label: 'zero amount', value: 0 },
        { label: 'huge amount', value: Number.MAX_SAFE_INTEGER },
        { label: 'beyond safe integer', value: 2 ** 63 },
        { label: 'fractional amount', value: 1.5 },
      ];
    case 'Float':
      return [
        { label: 'negative', value: -1e9 },
        { label: 'huge', value: 1e308 },
      ];
    case 'Boolean':
      return [{ label: 'wrong type', value: 'yes' }];
    case 'DateTimeISO':
      return [
        { label: 'not a date', value: 'not-a-date' },
        { label: 'year 1', value: '0001-01-01T00:00:00Z' },
        { label: 'year 9999', value: '9999-12-31T23:59:59Z' },
      ];
    case 'JSONObject':
      return [
        { label: 'array', value: [] },
        { label: 'huge value', value: { k: HUGE } },
        { label: 'unknown keys', value: { zz_unknown: { deep: [1, 'x'] } } },
      ];
    default:
      return [{ label: 'wrong type', value: { x: 1 } }];
  }
}

interface Case {
  path: string[];
  spoil: Spoil;
}

/** Spoiled values for one field (a leaf, a list, or — recursively — an input object's fields). */
function spoilsOf(type: GraphQLInputType, mutation: string, field: string, path: string[], depth: number, out: Case[]): void {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isNonNullType(type)) out.push({ path, spoil: { label: 'null for non-null', value: null } });
  if (isListType(inner)) {
    out.push({ path, spoil: { label: 'empty list', value: [] } });
    const el = getNamedType(inner);
    if (isLeafType(el)) {
      const base = baseline(inner.ofType, mutation, field);
      for (const sp of spoilsOfLeaf(el, mutation, field)) out.push({ path, spoil: { label: `list element ${sp.label}`, value: [base, sp.value] } });
      out.push({ path, spoil: { label: 'list of 500', value: Array.from({ length: 500 }, () => base) } });
    } else if (isInputObjectType(el) && depth < 3) {
      for (const f of Object.values(el.getFields())) spoilsOf(f.type, mutation, f.name, [...path, '0', f.name], depth + 1, out);
    }
    return;
  }
  if (isInputObjectType(inner)) {
    if (depth >= 3) return;
    out.push({ path, spoil: { label: 'empty object', value: {} } });
    for (const f of Object.values(inner.getFields())) spoilsOf(f.type, mutation, f.name, [...path, f.name], depth + 1, out);
    return;
  }
  for (const sp of spoilsOfLeaf(inner as GraphQLNamedType, mutation, field)) out.push({ path, spoil: sp });
}

/** `value` with the element at `path` replaced (list elements are index paths into the baseline). */
function setAt(root: Record<string, unknown>, path: string[], value: unknown): Record<string, unknown> {
  const copy = structuredClone(root);
  let node: any = copy;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    if (node[key] === undefined || node[key] === null) node[key] = /^\d+$/.test(path[i + 1]!) ? [] : {};
    node = node[key];
  }
  node[path[path.length - 1]!] = value;
  return copy;
}

/** A selection of the payload: userErrors and the leaf fields of each object it returns. */
function selectionOf(field: GraphQLField<unknown, unknown>): string {
  const payload = getNamedType(field.type);
  if (!isObjectType(payload)) return '';
  const parts: string[] = ['__typename'];
  for (const f of Object.values(payload.getFields())) {
    if (f.args.some((a) => isNonNullType(a.type))) continue;
    const t = getNamedType(f.type);
    if (isLeafType(t)) parts.push(f.name);
    else if (f.name === 'userErrors') parts.push('userErrors { code field message }');
    else if (isObjectType(t)) {
      const leaves = Object.values(t.getFields()).filter((g) => isLeafType(getNamedType(g.type)) && !g.args.some((a) => isNonNullType(a.type)));
      parts.push(`${f.name} { ${leaves.map((g) => g.name).join(' ') || '__typename'} }`);
    }
  }
  return `{ ${parts.join(' ')} }`;
}

const outboxHead = async () => String((await pg.query('select coalesce(max(id), 0) as head from outbox_event')).rows[0].head);

/** Waits until event handlers and the relay have nothing more to write (after a success). */
async function settle(): Promise<void> {
  let last = '';
  for (let i = 0; i < 20; i++) {
    await s.wushe.consumers.idle();
    const head = await outboxHead();
    const pending = Number((await pg.query('select count(*) as n from outbox_event where seq is null')).rows[0].n);
    if (head === last && pending === 0) return;
    last = head;
    await new Promise((r) => setTimeout(r, 15));
  }
}

/**
 * A couple of spoiled values per field, not every one: which rotates from field to field, so the
 * whole run still sends every kind of value into every kind of field, in well under a minute.
 */
const PER_FIELD = 2;
let rotation = 0;
function sample(cases: Case[]): Case[] {
  const byField = new Map<string, Case[]>();
  for (const c of cases) byField.set(c.path.join('.'), [...(byField.get(c.path.join('.')) ?? []), c]);
  const out: Case[] = [];
  for (const list of byField.values()) {
    const step = Math.max(1, Math.ceil(list.length / PER_FIELD));
    const offset = rotation++ % step;
    out.push(...list.filter((_, i) => i % step === offset));
  }
  return out;
}

interface Finding {
  mutation: string;
  field: string;
  spoil: string;
  problem: string;
}

/** Sends every mutation of `mutations` its spoiled values (all of them, or a sample per field); returns what went wrong. */
async function fuzz(mutations: GraphQLField<unknown, unknown>[], sampled: boolean): Promise<Finding[]> {
  const findings: Finding[] = [];
  const stats = { calls: 0, success: 0, userErrors: 0, topLevel: 0 };
  const codeCount: Record<string, number> = {};
  const started = Date.now();

  for (const m of mutations) {
    const args = m.args as readonly GraphQLArgument[];
    const decl = args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
    const query = `mutation Fuzz${decl ? `(${decl})` : ''} { ${m.name}${args.length ? `(${args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''} ${selectionOf(m)} }`;
    const base: Record<string, unknown> = {};
    for (const a of args) if (isNonNullType(a.type)) base[a.name] = baseline(a.type, m.name, a.name);

    const call = async (variables: Record<string, unknown>, token: string) => {
      const res = await s.post({ query, variables }, { authorization: `Bearer ${token}` });
      stats.calls++;
      const text = await res.text();
      try {
        return { status: res.status, body: JSON.parse(text) as any };
      } catch {
        return { status: res.status, body: { unparsable: text.slice(0, 200) } as any };
      }
    };
    // Sign in as the community admin; platform mutations as the platform admin.
    let token = admin;
    const first = await call(base, admin);
    if ((first.body.errors ?? []).some((e: any) => e.extensions?.code === 'FORBIDDEN')) token = platform;
    await settle();
    let head = await outboxHead();

    const all: Case[] = [];
    for (const a of args) spoilsOf(a.type as GraphQLInputType, m.name, a.name, [a.name], 0, all);
    for (const c of sampled ? sample(all) : all) {
      const variables = setAt(base, c.path, c.spoil.value);
      const before = head;
      const { status, body } = await call(variables, token);
      const where = { mutation: m.name, field: c.path.join('.'), spoil: c.spoil.label };
      const errors: any[] = body.errors ?? [];
      const payload = body.data?.[m.name];
      const userErrors: any[] = payload?.userErrors ?? [];
      if (body.unparsable !== undefined) findings.push({ ...where, problem: `HTTP ${status}, not JSON: ${body.unparsable}` });
      for (const e of errors) {
        const code = e.extensions?.code;
        if (!code || code === 'INTERNAL_SERVER_ERROR' || code === 'SERVICE_UNAVAILABLE')
          findings.push({ ...where, problem: `${code ?? 'no code'}: ${String(e.message).slice(0, 160)} (${e.extensions?.requestId ?? ''})` });
      }
      if (status >= 500) findings.push({ ...where, problem: `HTTP ${status}` });
      for (const u of userErrors) if (!u.code) findings.push({ ...where, problem: `userError without a code: ${u.message}` });
      for (const e of [...errors.map((x) => x.extensions?.code), ...userErrors.map((u) => u.code)]) codeCount[e] = (codeCount[e] ?? 0) + 1;
      const refused = errors.length > 0 || userErrors.length > 0;
      if (refused) {
        if (errors.length) stats.topLevel++;
        else stats.userErrors++;
        const after = (head = await outboxHead());
        if (after !== before) {
          const rows = (await pg.query('select type from outbox_event where id > $1 order by id', [before])).rows.map((r) => r.type);
          findings.push({ ...where, problem: `refused but wrote ${rows.join(', ')}` });
        }
      } else {
        stats.success++;
        await settle();
        head = await outboxHead();
      }
    }
  }
  console.log(
    `input fuzz: ${mutations.length} mutations, ${JSON.stringify(stats)}, ${Math.round((Date.now() - started) / 1000)} s ${JSON.stringify(codeCount)}`,
  );
  return findings;
}

const isControl = (m: GraphQLField<unknown, unknown>) => m.name.startsWith('fuzzControl');

test('every mutation answers spoiled input with a success or a typed error, and a refusal writes nothing', async () => {
  const mutations = Object.values(schema.getMutationType()!.getFields());
  expect(mutations.length).toBeGreaterThan(100);
  expect(mutations.map((m) => m.name)).toContain('noticePublish'); // a plugin's mutation is covered too
  expect(
    await fuzz(
      mutations.filter((m) => !isControl(m)),
      true,
    ),
  ).toEqual([]);
});

test('negative control: the fuzz finds an internal error and a refusal that wrote', async () => {
  const findings = await fuzz(Object.values(schema.getMutationType()!.getFields()).filter(isControl), false);
  expect(findings).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ mutation: 'fuzzControlLeak', field: 'input.count', spoil: 'negative', problem: 'refused but wrote fuzzcontrol.Leaked' }),
      expect.objectContaining({ mutation: 'fuzzControlLeak', field: 'input.note', spoil: 'empty', problem: expect.stringMatching(/^INTERNAL_SERVER_ERROR/) }),
    ]),
  );
});
