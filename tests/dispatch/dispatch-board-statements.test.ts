// The board a front end really sends (requester name, household number and address, the grid's
// name and the taker's name through the graph edges) costs at most 3 SQL statements, at a page of
// 10 as at a page of 100, while the rows point at many different grids, takers, households and
// requesters: the edges are read with the page or in one batched statement per edge kind.
import type { Client } from 'pg';
import { startTestServer, type TestServer } from '../harness/server';
import { rawData, statementsDuring } from '../harness/raw';
import * as D from './dispatch-helpers';

let s: TestServer;
let db: Client;
let admin: string;
let staff: string;
let grid: string;

const send = (query: string, variables: Record<string, unknown>, token: string) => rawData(s, query, variables, token);
const ok = (p: { userErrors: unknown[] } & Record<string, any>) => {
  expect(p.userErrors).toEqual([]);
  return p;
};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  admin = await s.login('admin');
  staff = await s.login('staff');
  grid = await s.login('grid');
  for (const moduleKey of ['dispatch', 'grid']) {
    ok(
      (
        await send(
          'mutation C($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }',
          { input: { moduleKey, enabled: true } },
          admin,
        )
      ).communityModuleConfigure,
    );
  }
  const people = (
    (await send('{ residents(first: 50) { nodes { id household { id } } } }', {}, admin)).residents.nodes as { id: string; household: { id: string } | null }[]
  ).filter((p) => p.household);
  const made: string[] = [];
  for (const p of people.slice(0, 12)) {
    const id = ok(
      (
        await send(
          'mutation M($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code } } }',
          { input: D.intake({ requester: p.id, household: p.household!.id, address: null }) },
          admin,
        )
      ).serviceRequestCreate,
    ).serviceRequest.id;
    made.push(Buffer.from(id, 'base64url').toString().split(':')[2]!);
  }
  // Copied to 120 open requests, each pointed at a different grid unit and taker of the community.
  await db.query(
    `insert into dispatch_request select (jsonb_populate_record(null::dispatch_request, to_jsonb(r) || jsonb_build_object('id', gen_random_uuid()))).*
      from dispatch_request r, generate_series(1, 9) where r.id = any($1::uuid[])`,
    [made],
  );
  const cid = (await db.query('select community_id from dispatch_request where id = $1', [made[0]])).rows[0].community_id;
  const spread = (column: string, source: string) =>
    db.query(
      `with t as (select v, row_number() over (order by v) - 1 as k, count(*) over () as n from (${source}) s(v)),
            r as (select id, row_number() over (order by id) - 1 as k from dispatch_request where community_id = $1)
       update dispatch_request d set ${column} = t.v from r, t where d.id = r.id and t.k = r.k % t.n`,
      [cid],
    );
  await spread('grid_unit_id', 'select id from grid_unit where community_id = $1');
  await spread('taker_account_id', 'select account_id from membership where community_id = $1 and active');
}, 180_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

const BOARD = `query Board($first: Int!) {
  dispatchBoard(first: $first) {
    nodes { id title status kind category dueAt requester { id name } household { id number address } grid { id name } taker { id displayName } }
  }
}`;

type Row = {
  id: string;
  requester: { id: string; name: string } | null;
  household: { id: string; number: string } | null;
  grid: { id: string; name: string } | null;
  taker: { id: string; displayName: string } | null;
};

/** Background work (the outbox relay, consumers, sweeps) shares the pool. */
const background = (q: string) =>
  /outbox_event|event_consumer|pg_advisory|overdue_at is null|status = 'RESOLVED'|array_append\(reminders_sent|select distinct community_id|^\s*(BEGIN|COMMIT|ROLLBACK)\b|^\s*$/i.test(
    q,
  );

async function board(first: number, token: string): Promise<{ rows: Row[]; statements: string[] }> {
  let rows: Row[] = [];
  const statements = await statementsDuring(s, async () => {
    rows = (await send(BOARD, { first }, token)).dispatchBoard.nodes;
  });
  const own = statements.filter((q) => !background(q));
  if (process.env.DEBUG_SQL) console.log(first, own.map((q) => q.slice(0, 300)).join('\n---\n'));
  return { rows, statements: own };
}

const distinct = (rows: Row[], pick: (r: Row) => string | undefined) => new Set(rows.map(pick).filter((x) => x)).size;

test.each([
  ['admin', () => admin],
  ['staff', () => staff],
])("the board's requester, household, grid and taker cost at most 3 statements at pages of 10 and 100 (%s)", async (_who, token) => {
  await board(10, token()); // warm: prepared statements, the viewer's standing
  // The least of a few runs: a background statement may slip into one of them.
  const least = async (n: number) => {
    const runs = [await board(n, token()), await board(n, token()), await board(n, token())];
    return runs.reduce((a, b) => (b.statements.length < a.statements.length ? b : a));
  };
  const small = await least(10);
  const large = await least(100);
  expect(small.rows).toHaveLength(10);
  expect(large.rows).toHaveLength(100);
  // The page really points at many different objects of each kind, all of them read …
  expect(large.rows.every((r) => r.requester?.name && r.household?.number && r.grid?.name && r.taker?.displayName)).toBe(true);
  expect(distinct(large.rows, (r) => r.grid?.id)).toBeGreaterThan(3);
  expect(distinct(large.rows, (r) => r.taker?.id)).toBeGreaterThan(3);
  expect(distinct(large.rows, (r) => r.household?.id)).toBeGreaterThan(3);
  // … in at most 3 statements, whatever the page size.
  expect(small.statements.length).toBeLessThanOrEqual(3);
  expect(large.statements.length).toBeLessThanOrEqual(3);
});

test("a grid worker's board costs at most 3 statements too: their duty units are the third", async () => {
  await board(10, grid);
  const least = async (n: number) => {
    const runs = [await board(n, grid), await board(n, grid), await board(n, grid)];
    return runs.reduce((a, b) => (b.statements.length < a.statements.length ? b : a));
  };
  const small = await least(10);
  const large = await least(100);
  expect(large.rows.length).toBeGreaterThan(0);
  // The units of their duty show; the others (a request they see for another reason) stay null, as
  // read one by one: the grid's check ran on the joined rows.
  expect(large.rows.some((r) => r.grid?.name)).toBe(true);
  const one = `query One($id: ID!) { serviceRequest(id: $id) { grid { id name } } }`;
  for (const r of large.rows.slice(0, 20)) expect((await send(one, { id: r.id }, grid)).serviceRequest.grid).toEqual(r.grid);
  expect(small.statements.length).toBeLessThanOrEqual(3);
  expect(large.statements.length).toBeLessThanOrEqual(3);
});
