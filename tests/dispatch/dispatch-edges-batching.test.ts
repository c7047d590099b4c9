// The graph edges of a request page resolve in batches (src/schema/edges.ts): the grid units,
// takers (with their accounts), assistants and party targets of a page of 100 requests cost the
// same statements as those of a page of 10 — read with the page, or one batch per target, whatever
// the page size — while the rows point at many different objects of each kind.
import type { Client } from 'pg';
import { startTestServer, type TestServer } from '../harness/server';
import { quiet, rawData, statementsDuring } from '../harness/raw';
import * as D from './dispatch-helpers';

let s: TestServer;
let db: Client;
let admin: string;

const send = (query: string, variables: Record<string, unknown> = {}) => rawData(s, query, variables, admin);
const ok = (p: { userErrors: unknown[] } & Record<string, any>) => {
  expect(p.userErrors).toEqual([]);
  return p;
};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  admin = await s.login('admin');
  for (const moduleKey of ['dispatch', 'grid', 'party']) {
    ok(
      (
        await send('mutation C($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }', {
          input: { moduleKey, enabled: true },
        })
      ).communityModuleConfigure,
    );
  }
  const staff = ((await send('{ memberships(first: 100) { nodes { id login } } }')).memberships.nodes as { id: string; login: string }[]).find(
    (m) => m.login === 'staff',
  )!.id;
  const sw = (await send('{ socialWorkers(first: 1) { nodes { id } } }')).socialWorkers.nodes[0].id;
  const so = (await send('{ socialOrganizations(first: 1) { nodes { id } } }')).socialOrganizations.nodes[0].id;
  const target = (
    (await send('{ dispatchEscalationTargets(category: "repair") { name source } }')).dispatchEscalationTargets as { name: string; source: string }[]
  ).find((t) => t.source === 'PARTY')!.name;
  const people = (
    (await send('{ residents(first: 50) { nodes { id household { id } } } }')).residents.nodes as { id: string; household: { id: string } | null }[]
  ).filter((p) => p.household);
  // Ten requests through the real flow (intake with a household, dispatch with assistants, escalation to a party target) …
  const made: string[] = [];
  for (const p of people.slice(0, 10)) {
    const id = ok(
      (
        await send('mutation M($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code } } }', {
          input: D.intake({ requester: p.id, household: p.household!.id, address: null }),
        })
      ).serviceRequestCreate,
    ).serviceRequest.id;
    ok(
      (
        await send('mutation M($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { userErrors { code } } }', {
          input: { id, mode: 'ASSIGN', taker: staff, assistants: [sw, so] },
        })
      ).serviceRequestDispatch,
    );
    ok(
      (
        await send('mutation M($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { userErrors { code } } }', {
          input: { id, target: 'DEPARTMENT', department: target, body: '需部门协调' },
        })
      ).serviceRequestEscalate,
    );
    made.push(Buffer.from(id, 'base64url').toString().split(':')[2]!);
  }
  // … copied to 120, then each row pointed at a different unit, member, assistant and target of the community.
  await db.query(
    `insert into dispatch_request select (jsonb_populate_record(null::dispatch_request, to_jsonb(r) || jsonb_build_object('id', gen_random_uuid()))).*
      from dispatch_request r, generate_series(1, 11) where r.id = any($1::uuid[])`,
    [made],
  );
  const cid = (await db.query('select community_id from dispatch_request where id = $1', [made[0]])).rows[0].community_id;
  const spread = (column: string, source: string) =>
    db.query(
      `
    with t as (select v, row_number() over (order by v) - 1 as k, count(*) over () as n from (${source}) s(v)),
         r as (select id, row_number() over (order by id) - 1 as k from dispatch_request where community_id = $1)
    update dispatch_request d set ${column} = t.v from r, t where d.id = r.id and t.k = r.k % t.n`,
      [cid],
    );
  await spread('grid_unit_id', 'select id from grid_unit where community_id = $1');
  await spread('taker_account_id', 'select account_id from membership where community_id = $1 and active');
  await spread('escalation_target_id', 'select id from party_escalation_target where community_id = $1');
  await spread(
    'assistants',
    `select jsonb_build_array(jsonb_build_object('type', 'SocialWorker', 'id', w.id), jsonb_build_object('type', 'SocialOrganization', 'id', o.id))
      from social_worker w join social_organization o on o.community_id = w.community_id where w.community_id = $1`,
  );
}, 180_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

const PAGE = `query P($n: Int!) { serviceRequests(first: $n) { nodes {
  id
  grid { id name level }
  taker { id displayName roles }
  assistants { ... on SocialWorker { id name } ... on SocialOrganization { id name } }
  escalatedToPartyTarget { id name }
} } }`;

type Row = { grid: { id: string } | null; taker: { id: string } | null; assistants: { id: string }[]; escalatedToPartyTarget: { id: string } | null };

/** The outbox relay's work (sequencing the events of beforeAll's mutations) runs in the background. */
const background = (q: string) => /outbox_event|pg_advisory|^\s*(BEGIN|COMMIT|ROLLBACK)\b|^\s*$/i.test(q);

async function page(n: number): Promise<{ rows: Row[]; statements: string[] }> {
  let rows: Row[] = [];
  const statements = await statementsDuring(s, async () => {
    rows = (await send(PAGE, { n })).serviceRequests.nodes;
  });
  return { rows, statements: statements.filter((q) => !background(q)) };
}

const distinct = (rows: Row[], pick: (r: Row) => string | undefined) => new Set(rows.map(pick).filter((x) => x)).size;

test('the edges of a page of 100 requests cost the same statements as those of a page of 10', async () => {
  await page(10); // warm: prepared statements, the schema's first use
  await quiet(s); // the event consumers' work after beforeAll's mutations is not the pages'
  const small = await page(10);
  const large = await page(100);
  expect(small.rows).toHaveLength(10);
  expect(large.rows).toHaveLength(100);
  // The large page really points at many different objects of each kind …
  expect(distinct(large.rows, (r) => r.grid?.id)).toBeGreaterThan(5);
  expect(distinct(large.rows, (r) => r.taker?.id)).toBeGreaterThan(5);
  expect(distinct(large.rows, (r) => r.escalatedToPartyTarget?.id)).toBeGreaterThan(5);
  expect(distinct(large.rows, (r) => r.assistants.map((a) => a.id).join())).toBeGreaterThan(1); // the demo keeps few of them
  expect(large.rows.every((r) => r.grid && r.taker && r.escalatedToPartyTarget && r.assistants.length === 2)).toBe(true);
  // … and costs what the small one costs: one batch per target, not one lookup per row.
  expect(large.statements.length).toBe(small.statements.length);
  expect(large.statements.length).toBeLessThan(15);
  // The grid units and the takers with their accounts come with the page (left joins:
  // src/schema/edge-joins.ts); the other targets cost one statement each, carrying the whole page's ids.
  for (const table of ['grid_unit', 'membership', 'account']) {
    expect(large.statements.filter((q) => new RegExp(`from "${table}" as`).test(q))).toHaveLength(0);
    expect(large.statements.filter((q) => new RegExp(`left join "${table}" as ej`).test(q))).toHaveLength(1);
  }
  for (const table of ['social_worker', 'social_organization', 'party_escalation_target']) {
    expect(large.statements.filter((q) => new RegExp(`from "${table}" as`).test(q))).toHaveLength(1);
  }
});

test('grid units read in part with the page answer as a fresh read does, and never serve another field of the operation', async () => {
  const q = `query Q($from: DateTimeISO!, $to: DateTimeISO!) {
    serviceRequests(first: 100) { nodes { id grid { id name levelName householdCount } } }
    dispatchMetrics(from: $from, to: $to) { gridRanking { grid { id name code sortOrder outline latitude longitude } } }
  }`;
  const now = Date.now();
  let data: any;
  const statements = await statementsDuring(s, async () => {
    data = await send(q, { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() });
  });
  // The page reads the columns its grid selection needs, not the unit's whole row …
  const pageSql = statements.filter((x) => /left join "grid_unit" as ej/.test(x));
  expect(pageSql).toHaveLength(1);
  expect(pageSql[0]).toMatch(/ej\d+\."name"/);
  expect(pageSql[0]).toMatch(/ej\d+\."level"/);
  expect(pageSql[0]).not.toMatch(/ej\d+\."outline"/);
  // … and answers exactly what a fresh read of each unit answers.
  const grids = new Map<string, any>();
  for (const r of data.serviceRequests.nodes) if (r.grid) grids.set(r.grid.id, r.grid);
  expect(grids.size).toBeGreaterThan(5);
  for (const [id, g] of grids) {
    const fresh = (await send('query G($id: ID!) { gridUnit(id: $id) { id name levelName householdCount } }', { id })).gridUnit;
    expect(g).toEqual(fresh);
  }
  // The ranking's units, asked in the same operation for other fields, come whole (read by their
  // own loader, not from the page's partial objects, which lack `code` and `outline`).
  const ranked = (data.dispatchMetrics.gridRanking as { grid: any }[]).map((r) => r.grid).filter((g) => g && grids.has(g.id));
  expect(ranked.length).toBeGreaterThan(0);
  for (const g of ranked) {
    const fresh = (await send('query G($id: ID!) { gridUnit(id: $id) { id name code sortOrder outline latitude longitude } }', { id: g.id })).gridUnit;
    expect(g).toEqual(fresh);
  }
});

test('takers read in part with the page (member and account) answer as a fresh read does; the members list in the same operation answers as when asked alone', async () => {
  const q = `{
    serviceRequests(first: 100) { nodes { id taker { id displayName login roles } } }
    memberships(first: 100) { nodes { id displayName login phone title } }
  }`;
  let data: any;
  const statements = await statementsDuring(s, async () => {
    data = await send(q);
  });
  const pageSql = statements.filter((x) => /left join "membership" as ej/.test(x));
  expect(pageSql).toHaveLength(1);
  expect(pageSql[0]).toMatch(/ej\d+w\d+\."display_name"/);
  expect(pageSql[0]).not.toMatch(/ej\d+w\d+\."phone_enc"/);
  expect(pageSql[0]).not.toMatch(/ej\d+\."title"/);
  const alone = (await send('{ memberships(first: 100) { nodes { id displayName login phone title roles } } }')).memberships.nodes as any[];
  const byId = new Map(alone.map((m) => [m.id, m]));
  const takers = new Map<string, any>();
  for (const r of data.serviceRequests.nodes) if (r.taker) takers.set(r.taker.id, r.taker);
  expect(takers.size).toBeGreaterThan(5);
  for (const [id, t] of takers) {
    const { id: _i, displayName, login, roles } = byId.get(id);
    expect(t).toEqual({ id, displayName, login, roles });
  }
  // The members list in the same operation: whole accounts (its phones, masked), as when asked alone.
  expect(data.memberships.nodes).toEqual(alone.map(({ roles: _r, ...m }) => m));
});
