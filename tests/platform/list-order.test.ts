// Sort orders of lists (src/schema/order.ts): `orderBy: { field, direction }` pages through the
// whole list with no gap and no duplicate, forward and back, where many rows share the sort value
// (ties go by id in the same direction) — also timestamps equal to the millisecond and differing
// in the microseconds, which a JavaScript Date cannot carry. A cursor made under another order is
// refused. Both page builders: paginateRows (residents, households) and paginate (council topics).
import type { Client } from 'pg';
import { startTestServer, type TestServer } from '../harness/server';
import { pg } from '../council/council-helpers';

let s: TestServer;
let db: Client;
let admin: string;

async function call(query: string, variables: Record<string, unknown> = {}): Promise<any> {
  const r = (await (await s.post({ query, variables }, { authorization: `Bearer ${admin}` })).json()) as any;
  if (r.errors) throw Object.assign(new Error(JSON.stringify(r.errors)), { errors: r.errors });
  return r.data;
}
const raw = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  admin = await s.login('admin');
  // Residents and households: three names / numbers for nine rows; created_at in three groups, two of
  // them equal to the millisecond.
  for (let i = 0; i < 9; i++) {
    const h = await call('mutation($i: HouseholdCreateInput!) { householdCreate(input: $i) { household { id } userErrors { code } } }', {
      i: { number: `序-${['甲', '乙', '丙'][i % 3]}`.concat(i < 3 ? '' : `-${i}`).slice(0, 20), address: `排序路 ${i % 3} 号` },
    });
    expect(h.householdCreate.userErrors).toEqual([]);
    const r = await call('mutation($i: ResidentCreateInput!) { residentCreate(input: $i) { resident { id } userErrors { code } } }', {
      i: { name: `序${['甲', '乙', '丙'][i % 3]}`, household: h.householdCreate.household.id },
    });
    expect(r.residentCreate.userErrors).toEqual([]);
  }
  await db.query(
    `update resident set created_at = case when position('甲' in name) > 0 then timestamptz '2026-01-01 00:00:00.123456+00'
       when position('乙' in name) > 0 then timestamptz '2026-01-01 00:00:00.123457+00' else timestamptz '2026-01-01 00:00:00.2+00' end
     where name like '序%'`,
  );
  await db.query(`update household set created_at = timestamptz '2026-01-01 00:00:00.5+00' where address like '排序路%'`);
  // Council topics: the module on, one body, nine topics under three titles.
  const cfg = await call('mutation { communityModuleConfigure(input: { moduleKey: "council", enabled: true }) { userErrors { code } } }');
  expect(cfg.communityModuleConfigure.userErrors).toEqual([]);
  const b = await call('mutation { councilBodyCreate(input: { name: "排序议事会", levelKey: "community" }) { body { id } userErrors { code } } }');
  for (let i = 0; i < 9; i++) {
    const t = await call('mutation($i: CouncilTopicRaiseInput!) { councilTopicRaise(input: $i) { topic { id } userErrors { code } } }', {
      i: { bodyId: b.councilBodyCreate.body.id, title: `排序议题${i % 3}`, description: '内容' },
    });
    expect(t.councilTopicRaise.userErrors).toEqual([]);
  }
}, 120_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

type Lister = (page: { first?: number; after?: string; last?: number; before?: string }, orderBy: unknown) => Promise<any>;
const lists: Record<string, { list: Lister; sql: (col: string, dir: string) => string; orders: [string, string][] }> = {
  residents: {
    list: async (page, orderBy) =>
      (
        await call(
          'query($o: ResidentOrder, $f: Int, $a: String, $l: Int, $b: String) { residents(search: "序", orderBy: $o, first: $f, after: $a, last: $l, before: $b) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
          { o: orderBy, f: page.first, a: page.after, l: page.last, b: page.before },
        )
      ).residents,
    sql: (col, dir) => `select id from resident where name like '序%' and moved_out_at is null order by ${col} ${dir}, id ${dir}`,
    orders: [
      ['NAME', 'name'],
      ['CREATED_AT', 'created_at'],
    ],
  },
  households: {
    list: async (page, orderBy) =>
      (
        await call(
          'query($o: HouseholdOrder, $f: Int, $a: String, $l: Int, $b: String) { households(search: "排序路", orderBy: $o, first: $f, after: $a, last: $l, before: $b) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
          { o: orderBy, f: page.first, a: page.after, l: page.last, b: page.before },
        )
      ).households,
    sql: (col, dir) => `select id from household where address like '排序路%' and closed_at is null order by ${col} ${dir}, id ${dir}`,
    orders: [
      ['ADDRESS', 'address'],
      ['CREATED_AT', 'created_at'],
    ],
  },
  councilTopics: {
    list: async (page, orderBy) =>
      (
        await call(
          'query($o: CouncilTopicOrder, $f: Int, $a: String, $l: Int, $b: String) { councilTopics(orderBy: $o, first: $f, after: $a, last: $l, before: $b) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }',
          { o: orderBy, f: page.first, a: page.after, l: page.last, b: page.before },
        )
      ).councilTopics,
    sql: (col, dir) => `select id from council_topic order by ${col} ${dir}, id ${dir}`,
    orders: [
      ['TITLE', 'title'],
      ['RAISED_AT', 'created_at'],
      ['STATUS', 'status'],
    ],
  },
};

describe.each(Object.keys(lists))('%s', (name) => {
  const { list, sql, orders } = lists[name]!;
  test.each(
    orders.flatMap(([field, col]) => [
      [field, col, 'ASC'],
      [field, col, 'DESC'],
    ]),
  )('orderBy %s (%s) %s: every row once, in order, pages of 2 forward and back', async (field, col, direction) => {
    const expected = (await db.query(sql(col, direction))).rows.map((r) => r.id as string);
    expect(expected.length).toBeGreaterThanOrEqual(9);
    const orderBy = { field, direction };
    const forward: string[] = [];
    let after: string | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const p = await list({ first: 2, after }, orderBy);
      forward.push(...p.nodes.map((n: { id: string }) => raw(n.id)));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toEqual(expected);
    const back: string[] = [];
    let before: string | undefined;
    for (let guard = 0; guard < 20; guard++) {
      const p = await list({ last: 2, before }, orderBy);
      back.unshift(...p.nodes.map((n: { id: string }) => raw(n.id)));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(back).toEqual(expected);
  });

  test('a cursor of another order (or of the default one) is refused, not read under the wrong order', async () => {
    const [a, b] = orders;
    const cursor = (await list({ first: 1 }, { field: a![0], direction: 'ASC' })).pageInfo.endCursor;
    const plain = (await list({ first: 1 }, null)).pageInfo.endCursor;
    for (const [after, orderBy] of [
      [cursor, { field: a![0], direction: 'DESC' }],
      [cursor, { field: b![0], direction: 'ASC' }],
      [plain, { field: a![0], direction: 'ASC' }],
      [cursor, null],
    ] as const) {
      const err = await list({ first: 1, after }, orderBy).catch((e) => e);
      expect(err.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    }
  });
});
