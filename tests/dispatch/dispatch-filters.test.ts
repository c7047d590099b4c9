// Typed forms and real filters for requests (issue 14 item 6): `createdAt` (提交时间) on the type,
// `serviceRequests` filtered by kind, category, channel, grid, status and a created-at range and
// sorted by 提交时间 either way with keyset pages that neither skip nor repeat (created_at
// back-dated out of id order, with a tie), one statement per page as before, typed errors for bad
// filter values, and `dispatchCatalog`: the configured vocabularies a form offers.
import type { Client } from 'pg';
import { graphql } from '../gql';
import type { DispatchFilterListQueryVariables, ServiceRequestOrder } from '../gql/graphql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { codes, ok } from '../harness/payload';
import { statementsDuring } from '../harness/raw';
import * as D from './dispatch-helpers';

const UnitCreate = graphql(`
  mutation DispatchFilterUnit($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      gridUnit {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const HouseholdCreate = graphql(`
  mutation DispatchFilterHousehold($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Place = graphql(`
  mutation DispatchFilterPlace($input: GridHouseholdPlaceInput!) {
    gridHouseholdPlace(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const List = graphql(`
  query DispatchFilterList(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $kind: [String!]
    $category: [String!]
    $channel: [DispatchChannel!]
    $grid: ID
    $status: [ServiceRequestStatus!]
    $createdFrom: DateTimeISO
    $createdTo: DateTimeISO
    $orderBy: ServiceRequestOrder
  ) {
    serviceRequests(
      first: $first
      after: $after
      last: $last
      before: $before
      kind: $kind
      category: $category
      channel: $channel
      grid: $grid
      status: $status
      createdFrom: $createdFrom
      createdTo: $createdTo
      orderBy: $orderBy
    ) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        createdAt
        kind
        category
        channel
        status
        household {
          id
        }
      }
    }
  }
`);
const Catalog = graphql(`
  query DispatchFilterCatalog {
    dispatchCatalog {
      kinds {
        key
        name
        route
        deadlineHours
      }
      categories {
        key
        name
        deadlineHours
      }
      channels {
        channel
        name
      }
      routes {
        route
        name
      }
      assistants
      secretaryStudio
    }
  }
`);

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};
let g1: string, b1: string, g2: string;
/** r[0…5]: the global ids of the requests this file files, in filing (id) order. */
const r: string[] = [];
const name = (id: string) => `r${r.indexOf(id)}`;
const rawId = (id: string) => Buffer.from(id, 'base64url').toString().split(':')[2]!;
/** The month the requests are back-dated into: no other request of the demo falls in it. */
const WINDOW = { createdFrom: '2020-01-01T00:00:00.000Z', createdTo: '2020-02-01T00:00:00.000Z' };
// Filing dates out of filing order, r0 and r2 on the same instant (id breaks the tie).
const FILED = [
  '2020-01-05T08:00:00.000Z',
  '2020-01-03T08:00:00.000Z',
  '2020-01-05T08:00:00.000Z',
  '2020-01-01T08:00:00.000Z',
  '2020-01-09T08:00:00.000Z',
  '2020-01-07T08:00:00.000Z',
];
const DESC: ServiceRequestOrder = 'CREATED_AT_DESC';
const ASC: ServiceRequestOrder = 'CREATED_AT_ASC';
const NEWEST_FIRST = ['r4', 'r5', 'r2', 'r0', 'r1', 'r3'];

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'resident']) as[l] = { token: await s.login(l) };
  for (const moduleKey of ['grid', 'dispatch'])
    ok((await s.gql(D.DispatchConfigure, { input: { moduleKey, enabled: true } }, as.admin)).data!.communityModuleConfigure);
  const unit = async (code: string, level: string, parent?: string) =>
    ok((await s.gql(UnitCreate, { input: { code, name: `单元${code}`, level, parent } }, as.admin)).data!.gridUnitCreate).gridUnit!.id;
  g1 = await unit('DF1', 'grid');
  b1 = await unit('DF1-B1', 'building', g1);
  g2 = await unit('DF2', 'grid');
  const household = async (number: string, at: string) => {
    const id = ok((await s.gql(HouseholdCreate, { input: { number, address: `${number} 号` } }, as.admin)).data!.householdCreate).household!.id;
    ok((await s.gql(Place, { input: { household: id, unit: at } }, as.admin)).data!.gridHouseholdPlace);
    return id;
  };
  const h1 = await household('DF-H1', b1);
  const h2 = await household('DF-H2', g2);
  const plan: [string, string, string, string | null][] = [
    ['routine', 'repair', 'MINI_PROGRAM', h1],
    ['wish', 'care', 'PHONE', h2],
    ['expectation', 'environment', 'WALK_IN', null],
    ['routine', 'environment', 'PHONE', h1],
    ['wish', 'repair', 'MINI_PROGRAM', h2],
    ['routine', 'care', 'WALK_IN', null],
  ];
  for (const [kind, category, channel, household] of plan) {
    const input = D.intake({ kind, category, channel, household, address: household ? null : '金秋小区 9 栋' });
    r.push(ok((await s.gql(D.DispatchCreate, { input }, as.staff)).data!.serviceRequestCreate).serviceRequest!.id);
  }
  ok((await s.gql(D.DispatchReject, { input: { id: r[5]!, body: '不属受理范围' } }, as.staff)).data!.serviceRequestReject);
  for (const [i, at] of FILED.entries()) await db.query('update dispatch_request set created_at = $2 where id = $1', [rawId(r[i]!), at]);
}, 90_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

type ListVars = DispatchFilterListQueryVariables;
const list = async (vars: ListVars, who = as.staff) => {
  const res = await s.gql(List, { ...WINDOW, first: 100, ...vars }, who);
  expect(res.errors).toBeUndefined();
  return res.data!.serviceRequests;
};
const names = async (vars: ListVars) => (await list(vars)).nodes.map((n) => name(n.id));

test('createdAt (提交时间) is on the type; the list is newest first by it, not by id, and oldest first on request', async () => {
  const page = await list({});
  expect(page.nodes.map((n) => name(n.id))).toEqual(NEWEST_FIRST);
  expect(Object.fromEntries(page.nodes.map((n) => [name(n.id), n.createdAt]))).toEqual(Object.fromEntries(FILED.map((at, i) => [`r${i}`, at])));
  expect(await names({ orderBy: DESC })).toEqual(NEWEST_FIRST);
  expect(await names({ orderBy: ASC })).toEqual([...NEWEST_FIRST].reverse());
});

test.each([DESC, ASC])('keyset pages in %s order walk the list without gap or duplicate, forward and backward, at every page size', async (orderBy) => {
  const whole = orderBy === DESC ? NEWEST_FIRST : [...NEWEST_FIRST].reverse();
  for (const size of [1, 2, 4]) {
    const forward: string[] = [];
    let after: string | null | undefined = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = await list({ orderBy, first: size, after });
      forward.push(...page.nodes.map((n) => name(n.id)));
      expect(page.pageInfo.hasPreviousPage).toBe(after != null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(forward).toEqual(whole);
    const backward: string[] = [];
    let before: string | null | undefined = null;
    for (let guard = 0; guard < 10; guard++) {
      const page = await list({ orderBy, first: undefined, last: size, before });
      backward.unshift(...page.nodes.map((n) => name(n.id)));
      expect(page.pageInfo.hasNextPage).toBe(before != null);
      if (!page.pageInfo.hasPreviousPage) break;
      before = page.pageInfo.startCursor;
    }
    expect(backward).toEqual(whole);
  }
});

test('each filter, and filters together, narrow to exactly the matching requests; totalCount agrees', async () => {
  const cases: [ListVars, string[]][] = [
    [{ kind: ['routine'] }, ['r5', 'r0', 'r3']],
    [{ kind: ['wish', 'expectation'] }, ['r4', 'r2', 'r1']],
    [{ category: ['care'] }, ['r5', 'r1']],
    [{ channel: ['PHONE'] }, ['r1', 'r3']],
    [{ status: ['REJECTED'] }, ['r5']],
    // A grid, through its sub-units (h1 sits in building b1 of grid g1), or the building itself.
    [{ grid: g1 }, ['r0', 'r3']],
    [{ grid: b1 }, ['r0', 'r3']],
    [{ grid: g2 }, ['r4', 'r1']],
    // The range: from inclusive, to exclusive.
    [{ createdFrom: '2020-01-05T08:00:00.000Z', createdTo: '2020-01-09T08:00:00.000Z' }, ['r5', 'r2', 'r0']],
    [{ kind: ['routine'], channel: ['WALK_IN', 'MINI_PROGRAM'], orderBy: ASC }, ['r0', 'r5']],
    [{ grid: g1, category: ['environment'] }, ['r3']],
    [{ kind: ['expectation'], status: ['REJECTED'] }, []],
  ];
  for (const [vars, expected] of cases) {
    const page = await list(vars);
    expect([JSON.stringify(vars), page.nodes.map((n) => name(n.id))]).toEqual([JSON.stringify(vars), expected]);
    expect(await page.totalCount).toBe(expected.length);
  }
  // Filters narrow what the caller may see, never widen it: a resident sees none of staff's requests.
  expect((await list({ kind: ['routine'] }, as.resident)).nodes).toEqual([]);
});

test('bad filter values are typed errors, zh-CN by default, with no data and no stack', async () => {
  const bad: [ListVars, string, string | undefined, RegExp | undefined][] = [
    [{ kind: ['nope'] }, 'BAD_USER_INPUT', 'kind', /本社区没有此单型：nope/],
    [{ category: ['nope'] }, 'BAD_USER_INPUT', 'category', /本社区没有此分类：nope/],
    [{ grid: 'not-an-id' }, 'BAD_USER_INPUT', 'grid', undefined],
    [{ grid: r[0] }, 'NOT_FOUND', 'grid', undefined], // a request's id is not a grid unit's
    [{ createdFrom: '2020-01-09T00:00:00Z', createdTo: '2020-01-09T00:00:00Z' }, 'BAD_USER_INPUT', 'createdTo', /起始须早于结束/],
    [{ createdFrom: 'yesterday' }, 'BAD_USER_INPUT', undefined, undefined],
    [{ orderBy: 'NEWEST' as never }, 'BAD_USER_INPUT', undefined, undefined],
    [{ channel: ['FAX' as never] }, 'BAD_USER_INPUT', undefined, undefined],
  ];
  for (const [vars, code, field, message] of bad) {
    const res = await s.gql(List, { ...WINDOW, first: 10, ...vars }, as.staff);
    expect([JSON.stringify(vars), codes(res)]).toEqual([JSON.stringify(vars), [code]]);
    expect(res.data?.serviceRequests ?? null).toBeNull();
    if (field) expect(res.errors![0]!.extensions!.field).toBe(field);
    if (message) expect(res.errors![0]!.message).toMatch(message);
    expect(JSON.stringify(res)).not.toMatch(/stacktrace|\.ts:\d+|node_modules/);
  }
});

test('a filtered, sorted page is one statement, whatever its size and whether it continues from a cursor', async () => {
  const pageStatements = async (vars: ListVars) =>
    (await statementsDuring(s, () => list(vars))).filter((q) => /from dispatch_request s/.test(q) && !/count\(\*\)/.test(q));
  const filters: ListVars = { kind: ['routine', 'wish'], channel: ['PHONE', 'MINI_PROGRAM'], grid: g1, status: ['SUBMITTED'], orderBy: ASC };
  await list(filters); // warm: prepared statements
  const first = await list({ ...filters, first: 1 });
  for (const vars of [
    { ...filters, first: 1 },
    { ...filters, first: 100 },
    { ...filters, first: 1, after: first.pageInfo.endCursor },
  ]) {
    expect(await pageStatements(vars)).toHaveLength(1);
  }
});

test('dispatchCatalog: the configured kinds, categories, channels and routes, as the list and the intake accept them', async () => {
  const defaults = (await s.gql(Catalog, {}, as.resident)).data!.dispatchCatalog;
  expect(defaults.kinds.map((k) => [k.key, k.name, k.route])).toEqual([
    ['routine', '常规单', 'PARTY_ORGANIZATION'],
    ['wish', '心愿单', 'PARTY_MEMBERS'],
    ['expectation', '期望单', 'COBUILD_UNITS'],
  ]);
  expect(defaults.categories.find((c) => c.key === 'repair')).toEqual({ key: 'repair', name: '维修', deadlineHours: 48 });
  // GRID_VISIT (household visits) and HOTLINE_12345 (the 12345 intake) among them.
  expect(defaults.channels).toHaveLength(8);
  expect(defaults.channels.find((c) => c.channel === 'WISH_WALL')!.name).toBe('心愿墙');
  expect(defaults.routes.map((x) => x.route)).toEqual(['PARTY_ORGANIZATION', 'PARTY_MEMBERS', 'COBUILD_UNITS', 'MUTUAL_HELP']);
  const en = (await s.gql(Catalog, {}, { ...as.resident, headers: { 'accept-language': 'en' } })).data!.dispatchCatalog;
  expect(en.channels.find((c) => c.channel === 'PHONE')!.name).toBe('phone');

  // A community with its own vocabulary: the catalog follows the settings, and so do the filters.
  const settings = {
    kinds: [{ key: 'repairOrder', name: '报修单', route: 'PARTY_ORGANIZATION', deadlineHours: 24 }],
    categories: [{ key: 'water', name: '供水' }],
    channels: ['PHONE', 'WALK_IN'],
    mutualHelp: false,
    secretaryStudio: true,
  };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true, settings } }, as.admin)).data!.communityModuleConfigure);
  const custom = (await s.gql(Catalog, {}, as.staff)).data!.dispatchCatalog;
  expect(custom).toEqual({
    kinds: [{ key: 'repairOrder', name: '报修单', route: 'PARTY_ORGANIZATION', deadlineHours: 24 }],
    categories: [{ key: 'water', name: '供水', deadlineHours: null }],
    channels: [
      { channel: 'PHONE', name: '电话' },
      { channel: 'WALK_IN', name: '来访' },
    ],
    routes: ['PARTY_ORGANIZATION', 'PARTY_MEMBERS', 'COBUILD_UNITS'].map((route) => ({ route, name: expect.any(String) })),
    assistants: true,
    secretaryStudio: true,
  });
  expect(await names({ kind: ['repairOrder'] })).toEqual([]);
  expect(codes(await s.gql(List, { ...WINDOW, kind: ['routine'] }, as.staff))).toEqual(['BAD_USER_INPUT']);
  const filed = await s.gql(D.DispatchCreate, { input: D.intake({ kind: 'repairOrder', category: 'water', channel: 'PHONE' }) }, as.staff);
  ok(filed.data!.serviceRequestCreate);
  // Without the dispatch module, the catalog is refused like every dispatch field.
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: false } }, as.admin)).data!.communityModuleConfigure);
  expect(codes(await s.gql(Catalog, {}, as.staff))).toEqual(['MODULE_DISABLED']);
});
