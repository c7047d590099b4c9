// HTTP operations run as compiled code (graphql-jit, src/server/jit-executor.ts). Two servers on
// one database, one compiling and one interpreting (WUSHE_GRAPHQL_JIT=false), must answer every
// operation byte for byte alike: fragments, aliases, directives, interfaces, introspection,
// permission errors with their paths, bad variables (400, BAD_USER_INPUT), input defaults.
import { startTestServer, type TestServer } from '../harness/server';

let jit: TestServer;
let interp: TestServer;
const tok: Record<string, string> = {};

beforeAll(async () => {
  jit = await startTestServer({ demo: true });
  interp = await startTestServer({ databaseUrl: jit.databaseUrl, config: { graphqlJit: false } });
  for (const l of ['admin', 'resident', 'platform']) tok[l] = await jit.login(l);
});
afterAll(async () => {
  await interp?.stop();
  await jit?.stop();
});

async function both(query: string, variables: Record<string, unknown> = {}, who = 'admin') {
  const send = async (s: TestServer) => {
    const res = await s.post({ query, variables }, { authorization: `Bearer ${tok[who]}` });
    return { status: res.status, body: await res.text() };
  };
  const [a, b] = [await send(jit), await send(interp)];
  expect(a).toEqual(b);
  return { status: a.status, json: JSON.parse(a.body) };
}

test('lists with aliases, fragments, cursors and totals answer alike', async () => {
  const { json } = await both(
    `query L($n: Int!, $withCursor: Boolean!) {
    community { name }
    a: households(first: $n) { totalCount edges { cursor @include(if: $withCursor) node { ...H } } pageInfo { hasNextPage endCursor } }
    b: residents(first: $n) { nodes { id name phone idNumber household { ...H } } }
  }
  fragment H on Household { id number address __typename }`,
    { n: 5, withCursor: true },
  );
  expect(json.data.a.edges).toHaveLength(5);
  expect(json.data.a.edges[0].cursor).toEqual(expect.any(String));
  expect(json.data.b.nodes[0].phone ?? '').not.toMatch(/^1\d{10}$/); // masked either way
});

test('node(id) with inline fragments on the interface, the board and introspection answer alike', async () => {
  const { json } = await both('{ households(first: 2) { nodes { id } } residents(first: 2) { nodes { id } } }');
  for (const id of [json.data.households.nodes[0].id, json.data.residents.nodes[0].id, 'djE6SG91c2Vob2xkOm5vdC1hLXV1aWQ']) {
    await both(`query N($id: ID!) { node(id: $id) { __typename id ... on Household { number } ... on Resident { name household { number } } } }`, { id });
  }
  const board = await both(
    `{ dispatchBoard(first: 20) { nodes { id title status kind dueAt takerName gridUnit requester { id name } household { id number } } pageInfo { hasNextPage } } }`,
  );
  expect(board.json.errors).toBeUndefined();
  await both('{ __schema { queryType { name } } __type(name: "ServiceRequest") { name fields { name } } }');
});

test('permission errors keep their code, message and path', async () => {
  const { json } = await both('{ community { name } personalDataAccessLog(first: 1) { nodes { at requestId } } }', {}, 'resident');
  expect(json.errors[0].extensions.code).toBe('FORBIDDEN');
  expect(json.errors[0].path).toEqual(['personalDataAccessLog']);
  expect(json.data).toBeNull();
});

test('bad variables: the same 400 with BAD_USER_INPUT', async () => {
  const q = 'query Q($n: Int!) { households(first: $n) { totalCount } }';
  for (const variables of [{ n: 'many' }, {}, { n: 2 ** 40 }]) {
    const { status, json } = await both(q, variables);
    expect(status).toBe(400);
    expect(json.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  }
  const bad = await both('mutation M($i: HouseholdCreateInput!) { householdCreate(input: $i) { household { id } } }', { i: { address: '金秋路 1 号' } });
  expect(bad.status).toBe(400);
});

test('an omitted input field with a default gets its default (graphql-jit alone would refuse it)', async () => {
  const create = 'mutation C($i: CommunityCreateInput!) { communityCreate(input: $i) { community { name kind } userErrors { code } } }';
  for (const [s, name, regionCode] of [
    [jit, '默认值社区甲', '529999000077'],
    [interp, '默认值社区乙', '529999000078'],
  ] as const) {
    const res = await s.post({ query: create, variables: { i: { name, regionCode } } }, { authorization: `Bearer ${tok.platform}` });
    const json = (await res.json()) as any;
    expect(json.errors).toBeUndefined();
    expect(json.data.communityCreate.community.name).toBe(name);
    expect(json.data.communityCreate.community.kind).toEqual(expect.any(String));
  }
});
