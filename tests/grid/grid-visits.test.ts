// 入户走访 (敲门问需) end to end: a grid worker records visits to ordinary households of their units,
// with findings that become a dispatch request or a 需求库 need in one step; offline batches with
// idempotency keys (a replayed batch creates nothing twice, a bad item is reported alone, the same
// batch sent concurrently writes once); coverage and overdue per plan, grid and worker in China
// time; scope and bad input.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

const Configure = graphql(`
  mutation GridVisitsConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Record = graphql(`
  mutation GridVisitsRecord($input: GridHouseholdVisitRecordInput!) {
    gridHouseholdVisitRecord(input: $input) {
      gridHouseholdVisit {
        id
        dutyRole
        visitedOn
        outcome
        visitorName
        findings {
          id
          category
          categoryName
          referral
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Batch = graphql(`
  mutation GridVisitsBatch($input: GridHouseholdVisitBatchInput!) {
    gridHouseholdVisitBatchSubmit(input: $input) {
      recorded
      replayed
      failed
      results {
        index
        idempotencyKey
        replayed
        visit {
          id
        }
        userErrors {
          code
          field
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const Refer = graphql(`
  mutation GridVisitsRefer($input: GridVisitFindingReferInput!) {
    gridVisitFindingRefer(input: $input) {
      gridVisitFinding {
        id
        referral
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Finding = graphql(`
  query GridVisitsFinding($id: ID!) {
    node(id: $id) {
      ... on GridVisitFinding {
        referral
        serviceRequest {
          channel
          description
          kind
          category
        }
        need {
          source
          title
        }
      }
    }
  }
`);
const Audit = graphql(`
  query GridVisitsAudit {
    auditLog(first: 100) {
      entries {
        type
        actorKind
        actorMembershipId
        data
      }
    }
  }
`);
const Visits = graphql(`
  query GridVisitsList($household: ID, $mine: Boolean) {
    gridHouseholdVisits(household: $household, mine: $mine, first: 100) {
      totalCount
    }
  }
`);
const Coverage = graphql(`
  query GridVisitsCoverage($overdueFirst: Int) {
    gridVisitCoverage(overdueFirst: $overdueFirst) {
      role
      everyDays
      households
      visited
      overdue
      units {
        unit {
          code
        }
        households
        visited
        overdue
      }
      workers {
        name
        households
        visited
      }
      overdueHouseholds {
        number
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
const hh: Record<string, string> = {};
const gid = (type: string, id: string) => Buffer.from(`v1:${type}:${id}`).toString('base64url');
const count = async (table: string) => Number((await db.query(`select count(*) from ${table}`)).rows[0].count);
const until = async <T>(read: () => Promise<T | null | undefined>): Promise<T> => {
  for (let i = 0; i < 100; i++) {
    const v = await read();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'grid', 'resident', 'party']) tok[l] = await s.login(l);
  for (const m of ['grid', 'dispatch', 'resources']) await s.gql(Configure, { input: { moduleKey: m, enabled: true } }, { token: tok.admin });
  const rows = (
    await db.query(
      `select h.id, h.number, u.code from household h join grid_placement p on p.household_id = h.id and p.ended_at is null
         join grid_unit u on u.id = p.unit_id order by h.number`,
    )
  ).rows;
  for (const r of rows) hh[r.number] = gid('Household', r.id);
  hh.g1a = gid('Household', rows.find((r) => r.code.startsWith('G1-'))!.id);
  hh.g1b = gid('Household', rows.filter((r) => r.code.startsWith('G1-'))[1]!.id);
  hh.g1c = gid('Household', rows.filter((r) => r.code.startsWith('G1-'))[2]!.id);
  hh.g2 = gid('Household', rows.find((r) => r.code.startsWith('G2-'))!.id);
}, 60_000);

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('a grid worker records a visit in China time; a finding becomes a request (GRID_VISIT) in one step', async () => {
  // 23:30 UTC is 07:30 the next day in Asia/Shanghai: the visit counts for the China day (today's
  // UTC date, on or after the demo duty's first day).
  const at = new Date(Date.now() - 86_400_000);
  at.setUTCHours(23, 30, 0, 0);
  const r = await s.gql(
    Record,
    {
      input: {
        household: hh.g1a,
        visitedAt: at.toISOString(),
        notes: '敲门问需',
        findings: [
          { category: 'repair', description: '楼道灯坏了', referTo: 'REQUEST' },
          { category: 'care', description: '老人需要助餐' },
        ],
      },
    },
    { token: tok.grid },
  );
  expect(r.errors).toBeUndefined();
  const v = r.data!.gridHouseholdVisitRecord.gridHouseholdVisit!;
  expect(r.data!.gridHouseholdVisitRecord.userErrors).toEqual([]);
  expect(v.dutyRole).toBe('gridWorker');
  expect(v.outcome).toBe('MET');
  expect(v.visitedOn).toBe(new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 10));
  expect(v.findings.map((f) => [f.categoryName, f.referral])).toEqual([
    ['维修', 'REQUEST'],
    ['关爱帮扶', null],
  ]);
  const req = await until(async () => ((await s.gql(Finding, { id: v.findings[0]!.id }, { token: tok.admin })).data!.node as any)?.serviceRequest);
  expect(req).toEqual({ channel: 'GRID_VISIT', description: '楼道灯坏了', kind: 'routine', category: 'repair' });
  // The request dispatch filed in its handler names the grid worker as its actor, like the referral.
  const audit = (await s.gql(Audit, {}, { token: tok.admin })).data!.auditLog.entries;
  const referred = audit.find((e) => e.type === 'grid.VisitFindingReferred')!;
  const filed = audit.find((e) => e.type === 'dispatch.RequestCreated' && e.data.channel === 'GRID_VISIT')!;
  expect([referred.actorKind, filed.actorKind]).toEqual(['PERSON', 'PERSON']);
  expect(filed.actorMembershipId).toBe(referred.actorMembershipId);
  expect(referred.actorMembershipId).toBeTruthy();

  // The second finding goes to the 需求库 afterwards, once.
  const toNeed = await s.gql(Refer, { input: { finding: v.findings[1]!.id, to: 'NEED' } }, { token: tok.grid });
  expect(toNeed.data!.gridVisitFindingRefer.userErrors).toEqual([]);
  const need = await until(async () => ((await s.gql(Finding, { id: v.findings[1]!.id }, { token: tok.admin })).data!.node as any)?.need);
  expect(need).toEqual({ source: 'GRID_VISIT', title: '入户走访发现（敲门问需）' });
  const again = await s.gql(Refer, { input: { finding: v.findings[1]!.id, to: 'REQUEST' } }, { token: tok.grid });
  expect(again.data!.gridVisitFindingRefer.userErrors).toEqual([{ code: 'GRID_FINDING_REFERRED', field: ['input', 'finding'] }]);
  expect(Number((await db.query(`select count(*) from resources_need where source = 'GRID_VISIT'`)).rows[0].count)).toBe(1);
  expect(Number((await db.query(`select count(*) from dispatch_request where channel = 'GRID_VISIT' and source_finding_id is not null`)).rows[0].count)).toBe(
    1,
  );
});

test('outside their units, bad input and a referral to a disabled module: typed errors, nothing written', async () => {
  const before = [await count('grid_household_visit'), await count('grid_visit_finding')];
  const bad = async (input: Record<string, unknown>, token = tok.grid) =>
    (await s.gql(Record, { input: { household: hh.g1a, ...input } }, { token })).data?.gridHouseholdVisitRecord.userErrors;
  expect(await bad({ household: hh.g2 })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'household'] }]);
  expect(await bad({ findings: [{ category: 'nope', description: 'x' }] })).toEqual([
    { code: 'GRID_FINDING_CATEGORY_UNKNOWN', field: ['input', 'findings', '0', 'category'] },
  ]);
  expect(await bad({ findings: [{ category: 'repair', description: '  ' }] })).toEqual([
    { code: 'BAD_USER_INPUT', field: ['input', 'findings', '0', 'description'] },
  ]);
  expect(await bad({ visitedAt: new Date(Date.now() + 3_600_000).toISOString() })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'visitedAt'] }]);
  expect(await bad({ visitedAt: new Date(Date.now() - 100 * 86_400_000).toISOString() })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'visitedAt'] }]);
  expect(await bad({ idempotencyKey: 'short' })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'idempotencyKey'] }]);
  expect(await bad({ household: 'not-an-id' })).toEqual([{ code: 'INVALID_ID', field: ['input', 'household'] }]);
  // party holds no duty: every household is outside its reach.
  expect(await bad({}, tok.party)).toEqual([{ code: 'NOT_FOUND', field: ['input', 'household'] }]);
  // The resident may not record visits at all.
  const forbidden = await s.gql(Record, { input: { household: hh.g1a } }, { token: tok.resident });
  expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  await s.gql(Configure, { input: { moduleKey: 'resources', enabled: false } }, { token: tok.admin });
  try {
    expect(await bad({ findings: [{ category: 'care', description: '需要助餐', referTo: 'NEED' }] })).toEqual([
      { code: 'GRID_REFERRAL_UNAVAILABLE', field: ['input', 'findings', '0', 'referTo'] },
    ]);
  } finally {
    await s.gql(Configure, { input: { moduleKey: 'resources', enabled: true } }, { token: tok.admin });
  }
  expect([await count('grid_household_visit'), await count('grid_visit_finding')]).toEqual(before);
});

test('an offline batch: good items kept, a bad one reported alone; replayed (also concurrently) it creates nothing twice', async () => {
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const visits = [
    { idempotencyKey: 'phone-1:visit-0001', household: hh.g1b, visitedAt: at, notes: '离线记录 1' },
    { idempotencyKey: 'phone-1:visit-0002', household: hh.g2, visitedAt: at, notes: '不在本网格' },
    { idempotencyKey: 'phone-1:visit-0003', household: hh.g1c, visitedAt: at, outcome: 'NOT_HOME' as const, notes: '未遇' },
  ];
  const before = await count('grid_household_visit');
  const first = (await s.gql(Batch, { input: { visits } }, { token: tok.grid })).data!.gridHouseholdVisitBatchSubmit;
  expect([first.recorded, first.replayed, first.failed]).toEqual([2, 0, 1]);
  expect(first.results[1]!.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'visits', '1', 'household'] }]);
  expect(first.results[1]!.visit).toBeNull();
  expect(await count('grid_household_visit')).toBe(before + 2);

  const replays = await Promise.all([1, 2, 3, 4, 5].map(() => s.gql(Batch, { input: { visits } }, { token: tok.grid })));
  for (const r of replays) {
    const p = r.data!.gridHouseholdVisitBatchSubmit;
    expect([p.recorded, p.replayed, p.failed]).toEqual([0, 2, 1]);
    expect(p.results.map((x) => x.visit?.id ?? null)).toEqual(first.results.map((x) => x.visit?.id ?? null));
  }
  expect(await count('grid_household_visit')).toBe(before + 2);

  // A fresh batch sent 5× at once: each key recorded once.
  const fresh = [{ idempotencyKey: 'phone-2:visit-0001', household: hh.g1b, visitedAt: at, notes: '并发' }];
  const raced = await Promise.all([1, 2, 3, 4, 5].map(() => s.gql(Batch, { input: { visits: fresh } }, { token: tok.grid })));
  expect(raced.map((r) => r.data!.gridHouseholdVisitBatchSubmit.failed)).toEqual([0, 0, 0, 0, 0]);
  expect(raced.filter((r) => r.data!.gridHouseholdVisitBatchSubmit.recorded === 1)).toHaveLength(1);
  expect(await count('grid_household_visit')).toBe(before + 3);

  // The same key with another visit is refused; an oversized batch is refused whole.
  const reused = (await s.gql(Batch, { input: { visits: [{ ...visits[0]!, notes: '改过的' }] } }, { token: tok.grid })).data!.gridHouseholdVisitBatchSubmit;
  expect(reused.results[0]!.userErrors).toEqual([{ code: 'IDEMPOTENCY_KEY_REUSED', field: ['input', 'visits', '0', 'idempotencyKey'] }]);
  const many = Array.from({ length: 101 }, (_, i) => ({ household: hh.g1b, idempotencyKey: `phone-3:visit-${String(i).padStart(4, '0')}` }));
  const big = (await s.gql(Batch, { input: { visits: many } }, { token: tok.grid })).data!.gridHouseholdVisitBatchSubmit;
  expect(big.userErrors).toEqual([{ code: 'GRID_BATCH_TOO_LARGE' }]);
  expect(await count('grid_household_visit')).toBe(before + 3);
});

test('coverage per plan, grid and worker: met within the cadence counts, 未遇 and old visits do not; a worker sees their own', async () => {
  // A visit 40 days ago (cadence 30) does not count.
  await s.gql(Record, { input: { household: hh.g1c, visitedAt: new Date(Date.now() - 40 * 86_400_000).toISOString() } }, { token: tok.grid });
  const placed = (
    await db.query(
      `select left(u.code, 2) as g, count(*)::int as n from grid_placement p join grid_unit u on u.id = p.unit_id join household h on h.id = p.household_id
        where p.ended_at is null and h.closed_at is null group by 1`,
    )
  ).rows.reduce((m: Record<string, number>, r) => ({ ...m, [r.g]: r.n }), {} as Record<string, number>) as { G1: number; G2: number };
  const admin = (await s.gql(Coverage, { overdueFirst: 100 }, { token: tok.admin })).data!.gridVisitCoverage;
  // The demo runs the panzhou-jinqiu preset: 网格员 every 30 days, 楼栋长 every 14.
  expect(admin.map((p) => [p.role, p.everyDays])).toEqual([
    ['gridWorker', 30],
    ['buildingLead', 14],
  ]);
  const plan = admin[0]!;
  expect([plan.role, plan.everyDays]).toEqual(['gridWorker', 30]);
  // Met in G1 within 30 days: g1a (with findings) and g1b (batch); g1c only 未遇 or 40 days ago.
  expect(plan.units.map((u) => [u.unit.code, u.households, u.visited, u.overdue])).toEqual([
    ['G1', placed.G1, 2, placed.G1 - 2],
    ['G2', placed.G2, 0, placed.G2],
  ]);
  expect([plan.households, plan.visited, plan.overdue]).toEqual([placed.G1 + placed.G2, 2, placed.G1 + placed.G2 - 2]);
  expect(plan.workers.map((w) => [w.households, w.visited])).toEqual([[placed.G1, 2]]);
  expect(plan.overdueHouseholds).toHaveLength(placed.G1 + placed.G2 - 2);
  const numbers = (await db.query('select id, number from household')).rows;
  const numberOf = (g: string) => numbers.find((r) => gid('Household', r.id) === g)!.number;
  expect(plan.overdueHouseholds.map((h) => h.number)).toContain(numberOf(hh.g1c));
  expect(plan.overdueHouseholds.map((h) => h.number)).not.toContain(numberOf(hh.g1a));

  const mine = (await s.gql(Coverage, {}, { token: tok.grid })).data!.gridVisitCoverage[0]!;
  expect(mine.units.map((u) => u.unit.code)).toEqual(['G1']);
  expect(mine.workers).toHaveLength(1);
  expect(mine.overdueHouseholds.length).toBeLessThanOrEqual(20);
  // Visits listed: the worker's own; a household filter narrows.
  expect((await s.gql(Visits, { household: hh.g1a }, { token: tok.grid })).data!.gridHouseholdVisits.totalCount).toBe(1);
  expect((await s.gql(Visits, { household: hh.g2 }, { token: tok.grid })).data!.gridHouseholdVisits.totalCount).toBe(0);
});
