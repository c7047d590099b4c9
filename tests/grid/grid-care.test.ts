// Special-care groups (老小残困) end to end: enrolment with evidence and a 包保 person, visits and
// the visit plan, the overdue list and grid.CareVisitOverdue events (concurrent scans publish
// once, with a negative control), coverage, and who may see a member — tested per role.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { naiveGrid } from './grid.naive';

const Configure = graphql(`
  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Residents = graphql(`
  query GridCareResidents {
    residents(first: 100) {
      nodes {
        id
        name
        household {
          number
        }
      }
    }
  }
`);
const Members = graphql(`
  query GridCareMemberships {
    memberships(first: 50) {
      nodes {
        id
        login
      }
    }
  }
`);
const Enroll = graphql(`
  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {
    gridCareMemberEnroll(input: $input) {
      gridCareMember {
        id
        category
        categoryName
        visitEveryDays
        dueOn
        overdue
        responsibleName
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Update = graphql(`
  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) {
    gridCareMemberUpdate(input: $input) {
      gridCareMember {
        id
        responsibleName
      }
      userErrors {
        code
      }
    }
  }
`);
const End = graphql(`
  mutation GridCareEnd($input: GridCareMemberEndInput!) {
    gridCareMemberEnd(input: $input) {
      gridCareMember {
        id
        endsOn
      }
      userErrors {
        code
      }
    }
  }
`);
const Visit = graphql(`
  mutation GridCareVisit($input: GridCareVisitRecordInput!) {
    gridCareVisitRecord(input: $input) {
      gridCareVisit {
        id
        kind
        kindName
        dueOn
        onTime
        notes
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const List = graphql(`
  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {
    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) {
      totalCount
      nodes {
        id
        category
        overdue
        evidence
        resident {
          name
        }
        visits {
          kind
        }
      }
    }
  }
`);
const One = graphql(`
  query GridCareOne($id: ID!) {
    gridCareMember(id: $id) {
      id
      evidence
      resident {
        name
      }
    }
  }
`);
const Node = graphql(`
  query GridCareNode($id: ID!) {
    node(id: $id) {
      id
      ... on GridCareMember {
        evidence
      }
    }
  }
`);
const CoverageQ = graphql(`
  query GridCareCoverageQ {
    gridCareCoverage {
      members
      withResponsible
      onTime
      covered
      rate
    }
  }
`);
const Notify = graphql(`
  mutation GridCareNotify {
    gridCareOverdueNotify {
      notified
      userErrors {
        code
      }
    }
  }
`);
const File = graphql(`
  query GridCareFile($h: ID!) {
    gridHouseholdFile(household: $h) {
      careMembers {
        category
      }
    }
  }
`);
const Metrics = graphql(`
  query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) {
    gridMetrics(from: $from, to: $to) {
      key
      value
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
const res: Record<string, { id: string; number: string }> = {};
const mem: Record<string, string> = {};
const ids: Record<string, string> = {};
const raw = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'resident', 'street', 'platform']) tok[l] = await s.login(l);
  await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, { token: tok.admin });
  for (const r of (await s.gql(Residents, {}, { token: tok.admin })).data!.residents.nodes)
    res[r.name + '@' + r.household!.number] ??= { id: r.id, number: r.household!.number };
  for (const m of (await s.gql(Members, {}, { token: tok.admin })).data!.memberships.nodes) mem[m.login!] = m.id;
  const inBuilding = (b: number) => Object.entries(res).find(([k]) => k.includes(`@JQ-${b}-`))![1].id;
  // g1Member: in grid 1 (the `grid` login's grid), 包保 = party; g2Member: in grid 2, 包保 = volunteer.
  const a = await s.gql(
    Enroll,
    { input: { resident: inBuilding(2), category: 'leftBehindChild', evidence: '父母外出务工证明', responsible: mem.party } },
    { token: tok.admin },
  );
  expect(a.data!.gridCareMemberEnroll.userErrors).toEqual([]);
  ids.g1Member = a.data!.gridCareMemberEnroll.gridCareMember!.id;
  const b = await s.gql(
    Enroll,
    { input: { resident: inBuilding(5), category: 'disabled', evidence: '残疾证 二级', startsOn: '2024-01-01', responsible: mem.volunteer } },
    { token: tok.socialworker },
  );
  expect(b.data!.gridCareMemberEnroll.userErrors).toEqual([]);
  ids.g2Member = b.data!.gridCareMemberEnroll.gridCareMember!.id;
  ids.g2Household = Object.values(res).find((r) => r.id === inBuilding(5))!.number;
}, 60_000);

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('enrolment: category from the settings, visit plan, 包保, one open membership per category', async () => {
  const r = (await s.gql(One, { id: ids.g2Member! }, { token: tok.admin })).data!.gridCareMember!;
  expect(r.evidence).toBe('残疾证 二级');
  const list = (await s.gql(List, {}, { token: tok.admin })).data!.gridCareMembers;
  expect(list.totalCount).toBe(4); // two from the demo seed
  const again = await s.gql(Enroll, { input: { resident: Object.values(res)[0]!.id, category: 'nope', evidence: 'x' } }, { token: tok.admin });
  expect(again.data!.gridCareMemberEnroll.userErrors[0]!.code).toBe('GRID_CATEGORY_UNKNOWN');
  const old = (await s.gql(List, { category: 'disabled' }, { token: tok.admin })).data!.gridCareMembers.nodes[0]!;
  expect(old.overdue).toBe(true); // enrolled 2024-01-01, every 14 days, never visited
});

// Who sees a special-care member: 包保 person, staff of its unit, social workers, community staff, admins.
// prettier-ignore
const VISIBILITY: Record<string, { g1Member: boolean; g2Member: boolean } | 'FORBIDDEN'> = {
  admin:        { g1Member: true,  g2Member: true },
  socialworker: { g1Member: true,  g2Member: true },
  platform:     { g1Member: true,  g2Member: true },
  grid:         { g1Member: true,  g2Member: false }, // staff of grid 1 only
  party:        { g1Member: true,  g2Member: false }, // 包保 of g1Member
  volunteer:    { g1Member: false, g2Member: true },  // 包保 of g2Member
  staff:        { g1Member: true,  g2Member: true },  // community staff keep the whole register (issue 14)
  resident:     'FORBIDDEN',
  street:       'FORBIDDEN',
};

describe.each(Object.entries(VISIBILITY))('visibility for %s', (login, expected) => {
  test('list, single read, node(id) and the household file', async () => {
    const opts = { token: tok[login]!, headers: ['street', 'platform'].includes(login) ? { 'x-community-id': await communityId() } : undefined };
    const list = await s.gql(List, {}, opts);
    if (expected === 'FORBIDDEN') {
      expect(list.errors![0]!.extensions!.code).toBe('FORBIDDEN');
      expect(JSON.stringify(list)).not.toContain('残疾证');
      expect((await s.gql(Node, { id: ids.g2Member! }, opts)).data!.node).toBeNull();
      return;
    }
    const seen = new Set(list.data!.gridCareMembers.nodes.map((n) => n.id));
    for (const k of ['g1Member', 'g2Member'] as const) {
      expect([k, seen.has(ids[k]!)]).toEqual([k, expected[k]]);
      const one = (await s.gql(One, { id: ids[k]! }, opts)).data!.gridCareMember;
      expect([k, !!one]).toEqual([k, expected[k]]);
    }
    if (!expected.g2Member) expect(JSON.stringify(list.data)).not.toContain('残疾证');
  });
});

async function communityId(): Promise<string> {
  const { rows } = await db.query("select id from community where name = '金秋社区'");
  return Buffer.from(`v1:Community:${rows[0].id}`).toString('base64url');
}

test('node(id) answers care members only to whole-community readers', async () => {
  expect((await s.gql(Node, { id: ids.g2Member! }, { token: tok.admin })).data!.node).toMatchObject({ evidence: '残疾证 二级' });
  expect((await s.gql(Node, { id: ids.g2Member! }, { token: tok.volunteer })).data!.node).toBeNull();
  expect((await s.gql(Node, { id: ids.g1Member! }, { token: tok.grid })).data!.node).toBeNull();
});

test('the household file shows care records only to those who may see them', async () => {
  const { rows } = await db.query('select id from household where number = $1', [ids.g2Household]);
  const h = Buffer.from(`v1:Household:${rows[0].id}`).toString('base64url');
  expect((await s.gql(File, { h }, { token: tok.admin })).data!.gridHouseholdFile!.careMembers.map((c) => c.category)).toContain('disabled');
  expect((await s.gql(File, { h }, { token: tok.staff })).data!.gridHouseholdFile!.careMembers.map((c) => c.category)).toContain('disabled');
  expect((await s.gql(File, { h }, { token: tok.grid })).data!.gridHouseholdFile?.careMembers ?? []).toEqual([]);
});

test('visits: the 包保 person records one, due day and on-time kept; outsiders cannot', async () => {
  const denied = await s.gql(Visit, { input: { member: ids.g2Member!, kind: 'homeVisit', notes: 'x' } }, { token: tok.party });
  expect(denied.data!.gridCareVisitRecord.userErrors[0]!.code).toBe('NOT_FOUND');
  expect(
    (await s.gql(Visit, { input: { member: ids.g2Member!, kind: 'dance', notes: '' } }, { token: tok.volunteer })).data!.gridCareVisitRecord.userErrors[0]!
      .code,
  ).toBe('GRID_VISIT_KIND_UNKNOWN');
  const late = await s.gql(Visit, { input: { member: ids.g2Member!, kind: 'homeVisit', notes: '血压正常，情绪稳定' } }, { token: tok.volunteer });
  expect(late.data!.gridCareVisitRecord.gridCareVisit).toMatchObject({ kindName: '入户探访', dueOn: '2024-01-15', onTime: false });
  const ok = await s.gql(Visit, { input: { member: ids.g1Member!, kind: 'counselling', notes: '心理疏导' } }, { token: tok.grid });
  expect(ok.data!.gridCareVisitRecord.gridCareVisit).toMatchObject({ kindName: '心理疏导', onTime: true });
  const mine = (await s.gql(List, { mine: true }, { token: tok.volunteer })).data!.gridCareMembers;
  expect(mine.nodes.map((n) => [n.id, n.overdue, n.visits.length])).toContainEqual([ids.g2Member, false, 1]);
  expect(mine.totalCount).toBe(2); // and the demo's 独居老人
});

test('overdue list, events once per missed due day (concurrent scans) — negative control double-publishes', async () => {
  const count = async () => Number((await db.query("select count(*) from outbox_event where type = 'grid.CareVisitOverdue'")).rows[0].count);
  let next = 10;
  const overdueMember = async (startsOn: string) => {
    const r = Object.values(res)[next++]!;
    const e = await s.gql(Enroll, { input: { resident: r.id, category: 'hardship', evidence: '低保证', startsOn } }, { token: tok.admin });
    return e.data!.gridCareMemberEnroll.gridCareMember?.id;
  };
  const fire = () => Promise.all(Array.from({ length: 8 }, () => s.gql(Notify, {}, { token: tok.admin })));

  await overdueMember('2023-01-01');
  await overdueMember('2023-06-01');
  const before = await count();
  let overdueNow = (await s.gql(List, { overdueOnly: true }, { token: tok.admin })).data!.gridCareMembers.totalCount;
  expect(overdueNow).toBeGreaterThan(0);
  const results = await fire();
  expect(results.reduce((n, r) => n + (r.data!.gridCareOverdueNotify.notified ?? 0), 0)).toBe(overdueNow);
  expect((await count()) - before).toBe(overdueNow);
  expect((await s.gql(Notify, {}, { token: tok.admin })).data!.gridCareOverdueNotify.notified).toBe(0);
  const { rows } = await db.query("select data from outbox_event where type = 'grid.CareVisitOverdue' limit 1");
  expect(Object.keys(rows[0].data).sort()).toEqual(['memberId', 'residentId', 'unitId']);

  // Negative control: the naive read-then-write scan publishes the same member more than once.
  await overdueMember('2023-01-01');
  overdueNow = (await s.gql(List, { overdueOnly: true }, { token: tok.admin })).data!.gridCareMembers.totalCount;
  const mid = await count();
  await s.withStrategies(naiveGrid, fire);
  expect((await count()) - mid).toBeGreaterThan(1);
  // Invariant (per member, events ≤ missed due days) holds for the real path above only.
  const dup = await db.query("select data->>'memberId' as m, count(*) from outbox_event where type = 'grid.CareVisitOverdue' group by 1 having count(*) > 1");
  expect(dup.rows.length).toBeGreaterThan(0);
});

test('coverage figure and metrics: 包保 and on-time visit', async () => {
  const c = (await s.gql(CoverageQ, {}, { token: tok.admin })).data!.gridCareCoverage;
  expect(c.members).toBeGreaterThanOrEqual(5);
  expect(c.covered).toBeLessThanOrEqual(Math.min(c.withResponsible, c.onTime));
  expect(c.rate).toBeCloseTo(c.covered / c.members, 5);
  const v = (await s.gql(CoverageQ, {}, { token: tok.volunteer })).data!.gridCareCoverage;
  expect(v).toMatchObject({ members: 2, withResponsible: 2, onTime: 2, covered: 2, rate: 1 });
  const m = Object.fromEntries(
    (await s.gql(Metrics, { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }, { token: tok.admin })).data!.gridMetrics.map((x) => [x.key, x.value]),
  );
  expect(m['grid.careCoverage']).toBeCloseTo(c.covered / c.members, 3);
  expect(m['grid.visitsOnTime']).toBe(0.5);
});

test('changing the 包保 person and ending a membership', async () => {
  const u = await s.gql(Update, { input: { id: ids.g2Member!, responsible: mem.party } }, { token: tok.admin });
  expect(u.data!.gridCareMemberUpdate.gridCareMember!.responsibleName).toBe('报到党员 赵磊');
  expect((await s.gql(One, { id: ids.g2Member! }, { token: tok.volunteer })).data!.gridCareMember).toBeNull();
  expect((await s.gql(One, { id: ids.g2Member! }, { token: tok.party })).data!.gridCareMember).not.toBeNull();
  // A day that does not exist is bad input, not a database error.
  expect(
    (await s.gql(End, { input: { id: ids.g2Member!, endsOn: '2031-02-30' } }, { token: tok.socialworker })).data!.gridCareMemberEnd.userErrors[0]!.code,
  ).toBe('BAD_USER_INPUT');
  expect((await s.gql(End, { input: { id: ids.g2Member! } }, { token: tok.socialworker })).data!.gridCareMemberEnd.gridCareMember!.endsOn).toBeTruthy();
  expect((await s.gql(End, { input: { id: ids.g2Member! } }, { token: tok.socialworker })).data!.gridCareMemberEnd.userErrors[0]!.code).toBe('INVALID_STATE');
  const v = await s.gql(Visit, { input: { member: ids.g2Member!, kind: 'homeVisit', notes: '' } }, { token: tok.party });
  expect(v.data!.gridCareVisitRecord.userErrors[0]!.code).toBe('INVALID_STATE');
  expect(raw(ids.g2Member!)).toMatch(/^[0-9a-f-]{36}$/);
});
