// Filters of the resident and household lists beyond search (issue 14): `within` a grid unit (with
// its sub-units, answered by the grid module through rowScopes.HouseholdsWithin), building, tags,
// gender, has-phone and the sensitive flags (only for roles that may read them) — each checked
// against the rows in the database, and always inside the caller's row scope: a grid worker asking
// for the other grid gets nothing.
import type { Client } from 'pg';
import { startTestServer, type TestServer } from '../harness/server';
import { gridUnit, pg } from '../council/council-helpers';

let s: TestServer;
let db: Client;
const tok = {} as Record<string, string>;
let community: string;

async function call(who: string, query: string, variables: Record<string, unknown> = {}): Promise<any> {
  return (await (await s.post({ query, variables }, { authorization: `Bearer ${tok[who]}` })).json()) as any;
}
const raw = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;
const sorted = (ids: string[]) => [...ids].sort();

/** Every id of a list under the given arguments (pages of 100). */
async function all(who: string, list: 'households' | 'residents', args: string, variables: Record<string, unknown> = {}): Promise<string[]> {
  const ids: string[] = [];
  let after: string | null = null;
  for (;;) {
    const types = Object.keys(variables)
      .map((k) => `, $${k}: ${k === 'within' ? 'ID' : k === 'tags' || k === 'building' ? '[String!]' : 'Boolean'}`)
      .join('');
    const r = await call(
      who,
      `query($after: String${types}) { ${list}(first: 100, after: $after${args}) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      {
        ...variables,
        after,
      },
    );
    if (r.errors) throw Object.assign(new Error(JSON.stringify(r.errors)), { errors: r.errors });
    ids.push(...r.data[list].nodes.map((n: { id: string }) => raw(n.id)));
    if (!r.data[list].pageInfo.hasNextPage) return ids;
    after = r.data[list].pageInfo.endCursor;
  }
}

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'grid']) tok[l] = await s.login(l);
  community = (await call('admin', '{ community { id } }')).data.community.id;
  expect(community).toBeTruthy();
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

const placedIn = (code: string) =>
  `select p.household_id from grid_placement p join household h on h.id = p.household_id and h.closed_at is null
    where p.ended_at is null and p.unit_id in (with recursive t as (select id from grid_unit where code = '${code}'
      union select u.id from grid_unit u join t on u.parent_id = t.id) select id from t)`;

test('within a grid unit: its households and their residents, sub-units included', async () => {
  const g1 = await gridUnit(db, 'G1');
  const households = (await db.query(placedIn('G1'))).rows.map((r) => r.household_id);
  expect(households.length).toBeGreaterThan(2);
  expect(sorted(await all('admin', 'households', ', within: $within', { within: g1 }))).toEqual(sorted(households));
  const residents = (await db.query(`select id from resident where moved_out_at is null and household_id in (${placedIn('G1')})`)).rows.map((r) => r.id);
  expect(sorted(await all('admin', 'residents', ', within: $within', { within: g1 }))).toEqual(sorted(residents));
  // A building of the grid: fewer.
  const b1 = await gridUnit(db, 'G1-B1');
  const inB1 = await all('admin', 'households', ', within: $within', { within: b1 });
  expect(sorted(inB1)).toEqual(sorted((await db.query(placedIn('G1-B1'))).rows.map((r) => r.household_id)));
  expect(inB1.length).toBeLessThan(households.length);
});

test("the caller's row scope holds: the grid worker of G1 gets G1's households, none of G2's", async () => {
  const [g1, g2] = [await gridUnit(db, 'G1'), await gridUnit(db, 'G2')];
  expect((await db.query(placedIn('G2'))).rows.length).toBeGreaterThan(0);
  expect(await all('grid', 'households', ', within: $within', { within: g2 })).toEqual([]);
  expect(await all('grid', 'residents', ', within: $within', { within: g2 })).toEqual([]);
  expect(sorted(await all('grid', 'households', ', within: $within', { within: g1 }))).toEqual(
    sorted((await db.query(placedIn('G1'))).rows.map((r) => r.household_id)),
  );
});

test('an id no module places households in is NOT_FOUND on `within`', async () => {
  const household = (await call('admin', '{ households(first: 1) { nodes { id } } }')).data.households.nodes[0].id;
  const r = await call('admin', 'query($w: ID) { residents(within: $w) { nodes { id } } }', { w: household });
  expect(r.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'within' });
});

test('building and tags of households; gender and phone of residents', async () => {
  const [{ building }] = (await db.query(`select building from household where building is not null and closed_at is null limit 1`)).rows;
  const byBuilding = (await db.query(`select id from household where closed_at is null and building = $1`, [building])).rows.map((r) => r.id);
  expect(sorted(await all('admin', 'households', ', building: $building', { building: [building] }))).toEqual(sorted(byBuilding));
  await db.query(`update household set tags = array['低保户', '独居'] where id = $1`, [byBuilding[0]]);
  await db.query(`update household set tags = array['低保户'] where id = $1`, [byBuilding[1] ?? byBuilding[0]]);
  expect(await all('admin', 'households', ', tags: $tags', { tags: ['低保户', '独居'] })).toEqual([byBuilding[0]]);
  // Residents without a number on file, next to the demo's with one.
  await db.query(
    `update resident set phone_enc = null, phone_bidx = null where id in (select id from resident where moved_out_at is null order by id limit 2)`,
  );
  const withPhone = (await db.query(`select id from resident where moved_out_at is null and phone_bidx is not null`)).rows.map((r) => r.id);
  const noPhone = (await db.query(`select id from resident where moved_out_at is null and phone_bidx is null`)).rows.map((r) => r.id);
  expect(withPhone.length && noPhone.length).toBeTruthy();
  expect(sorted(await all('admin', 'residents', ', hasPhone: $hasPhone', { hasPhone: true }))).toEqual(sorted(withPhone));
  expect(sorted(await all('admin', 'residents', ', hasPhone: $hasPhone', { hasPhone: false }))).toEqual(sorted(noPhone));
  const women = (await db.query(`select id from resident where moved_out_at is null and gender = 'FEMALE'`)).rows.map((r) => r.id);
  const r = await call('admin', '{ residents(first: 100, gender: FEMALE) { totalCount } }');
  expect(r.data.residents.totalCount).toBe(women.length);
});

test('the sensitive flags filter only for roles that may read them', async () => {
  const disabled = (await db.query(`select id from resident where moved_out_at is null and disability`)).rows.map((r) => r.id);
  expect(disabled.length).toBeGreaterThan(0);
  expect(sorted(await all('staff', 'residents', ', disability: $disability', { disability: true }))).toEqual(sorted(disabled));
  const denied = await call('grid', '{ residents(disability: true) { nodes { id } } }');
  expect(denied.errors[0].extensions.code).toBe('FORBIDDEN');
  expect((await call('grid', '{ residents(hardship: false) { nodes { id } } }')).errors[0].extensions.code).toBe('FORBIDDEN');
});
