// Text no input may carry (src/schema/input-text.ts): NUL and other control characters, lone
// surrogates, terminal escapes and bidi overrides are refused with BAD_USER_INPUT naming the field,
// in variables and inline literals, nested objects and lists, JSON values, queries, subscriptions
// and plugins' fields alike, before any resolver runs — nothing is written. A NUL used to reach
// PostgreSQL and come back as an internal error whose log line carried the SQL and its values
// (the addresses carry the log scan's canary: the suite fails if one is ever logged).
import { Client } from 'pg';
import { startTestServer, collect, type TestServer } from '../harness/server';
import { canary } from '../harness/log-scan';

let s: TestServer;
let admin: string;
let pg: Client;
beforeAll(async () => {
  s = await startTestServer({ demo: true, config: { plugins: ['./examples/noticeboard'] } });
  admin = await s.login('admin');
  pg = new Client({ connectionString: s.databaseUrl });
  await pg.connect();
});
afterAll(async () => {
  await pg?.end();
  await s?.stop();
});

const outboxRows = async () => Number((await pg.query('select count(*) from outbox_event')).rows[0].count);
const households = async () => Number((await pg.query('select count(*) from household')).rows[0].count);

async function send(query: string, variables: Record<string, unknown> = {}, lang?: string): Promise<any> {
  const res = await s.post({ query, variables }, { authorization: `Bearer ${admin}`, ...(lang ? { 'accept-language': lang } : {}) });
  return res.json();
}

const HOUSEHOLD = 'mutation($i: HouseholdCreateInput!) { householdCreate(input: $i) { household { id address } userErrors { code } } }';

/** The one error of a refused operation: BAD_USER_INPUT on `field`, a zh-CN message naming it. */
function expectRefused(body: any, field: string, char?: string) {
  expect(body.errors?.length).toBeGreaterThan(0);
  const e = body.errors[0];
  expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  expect(e.message).toContain(field);
  expect(e.message).toMatch(/不允许的字符/);
  if (char) expect(e.message).toContain(char);
  expect(JSON.stringify(body)).not.toMatch(/INTERNAL_SERVER_ERROR/);
}

test('a NUL byte in a variable is BAD_USER_INPUT on its field, not an internal error, and nothing is written', async () => {
  const [events, rows] = [await outboxRows(), await households()];
  const body = await send(HOUSEHOLD, { i: { address: canary('幸福路\u00008号'), number: 'X1' } });
  expectRefused(body, 'i.address', 'U+0000');
  expect([await outboxRows(), await households()]).toEqual([events, rows]);
});

test('the same in an inline literal (the issue’s repro)', async () => {
  const rows = await households();
  const body = await send(`mutation { householdCreate(input: { address: "${canary('a\\u0000b')}", number: "X1" }) { household { id } userErrors { code } } }`);
  expectRefused(body, 'input.address', 'U+0000');
  expect(await households()).toBe(rows);
});

test.each([
  [
    'serviceRequestCreate',
    'ServiceRequestCreateInput',
    { kind: 'routine', category: 'x', channel: 'APP', title: 't', description: canary('d\u0000') },
    'i.description',
  ],
  ['residentCreate', 'ResidentCreateInput', { name: canary('王\u0000芳') }, 'i.name'],
  ['residentUpdate', 'ResidentUpdateInput', { id: 'x', healthNote: canary('高血压\u0000') }, 'i.healthNote'],
  ['pointsItemCreate', 'PointsItemCreateInput', { name: canary('米\u0000'), pricePoints: 1, stock: 1 }, 'i.name'],
  ['councilTopicRaise', 'CouncilTopicRaiseInput', { bodyId: 'x', title: canary('t\u0000'), description: 'd' }, 'i.title'],
  ['volunteerMemberRegister', 'VolunteerMemberRegisterInput', { name: canary('李\u0000雷') }, 'i.name'],
])('the issue’s %s with a NUL is refused the same way', async (mutation, input, value, field) => {
  const events = await outboxRows();
  expectRefused(await send(`mutation($i: ${input}!) { ${mutation}(input: $i) { userErrors { code } } }`, { i: value }), field, 'U+0000');
  expect(await outboxRows()).toBe(events);
});

test.each([
  ['NUL', 'x\u0000'],
  ['BEL', 'ring\u0007'],
  ['ESC (terminal escape)', '\u001b[31mred\u001b[0m'],
  ['DEL', 'del\u007f'],
  ['C1 CSI', 'csi\u009b31m'],
  ['RLO (bidi override)', '幸福路\u202e号1'],
  ['LRE', '\u202aabc'],
  ['RLI (bidi isolate)', 'a\u2067b'],
  ['PDI', 'a\u2069'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', 'a\udc00'],
])('%s is refused', async (_name, bad) => {
  const rows = await households();
  expectRefused(await send(HOUSEHOLD, { i: { address: canary(bad), number: 'X2' } }), 'i.address');
  expect(await households()).toBe(rows);
});

test('TAB, LF, CR, emoji (surrogate pairs), Chinese and LRM are accepted', async () => {
  const body = await send(HOUSEHOLD, { i: { address: '幸福路\t1号\r\n二单元 😀 \u200e', number: `ok-${Date.now()}` } });
  expect(body.errors).toBeUndefined();
  expect(body.data.householdCreate.userErrors).toEqual([]);
  expect(body.data.householdCreate.household.address).toBe('幸福路\t1号\r\n二单元 😀 \u200e');
});

test('inside lists, nested objects and JSON scalars (values and keys) the path names the element', async () => {
  expectRefused(await send(HOUSEHOLD, { i: { address: 'ok', number: 'X3', tags: ['fine', 'bad\u0007'] } }), 'i.tags.1');
  expectRefused(
    await send('mutation { householdCreate(input: { address: "ok", number: "X4", tags: ["a", "b\\u001b"] }) { household { id } } }'),
    'input.tags.1',
  );
  const configure = 'mutation($i: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $i) { userErrors { code } } }';
  expectRefused(await send(configure, { i: { moduleKey: 'dispatch', settings: { deep: { note: 'x\u0000' } } } }), 'i.settings.deep.note');
  expectRefused(await send(configure, { i: { moduleKey: 'dispatch', settings: { 'k\u0000': 1 } } }), 'i.settings.k\u0000');
});

test('query arguments are checked too, and the message follows the language asked for', async () => {
  expectRefused(await send('query($a: String) { residents(first: 1, after: $a) { edges { node { id } } } }', { a: '\u0000' }), 'a');
  const en = await send('{ residents(first: 1, after: "\\u202e") { edges { node { id } } } }', {}, 'en');
  expect(en.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  expect(en.errors[0].message).toMatch(/after.*U\+202E/);
});

test('a refused variable of the second mutation field stops the first one too: nothing is written', async () => {
  const rows = await households();
  const body = await send(
    `mutation($bad: String!) {
      first: householdCreate(input: { address: "fine", number: "M1" }) { household { id } }
      second: householdCreate(input: { address: $bad, number: "M2" }) { household { id } }
    }`,
    { bad: '\u0000' },
  );
  // The payloads are non-null: the first refusal ends the operation; either way no root field ran.
  expect(body.errors.length).toBeGreaterThan(0);
  for (const e of body.errors) expect(e.extensions.code).toBe('BAD_USER_INPUT');
  expect(await households()).toBe(rows);
});

test('a plugin’s mutation is covered without the plugin doing anything', async () => {
  const body = await send('mutation($i: NoticePublishInput!) { noticePublish(input: $i) { userErrors { code } } }', { i: { title: 't', body: 'b\u0000' } });
  expectRefused(body, 'i.body');
});

test('subscriptions over graphql-ws are checked before they start', async () => {
  const client = s.ws(admin);
  const sub = collect(client, 'subscription($t: [String!]) { changes(types: $t) { cursor } }', { t: ['core.HouseholdCreated', 'x\u001b'] });
  const [first] = await sub.waitFor(1);
  sub.stop();
  expect((first as any).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 't.1' });
});
