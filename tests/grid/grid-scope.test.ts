// Grid narrows core: with the module on, a grid worker reaches only the households (and their
// residents) of their own units through core's own queries, mutations and node(id:) — through the
// manifest `rowScopes` extension point, core never imports grid. And the household file's activity
// feed: visits, service requests and points appear through the modules' public events.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

const Configure = graphql(`
  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Households = graphql(`
  query GridScopeHouseholds {
    households(first: 100) {
      totalCount
      nodes {
        id
        number
        members {
          id
          name
        }
      }
    }
  }
`);
const Residents = graphql(`
  query GridScopeResidents($after: String) {
    residents(first: 100, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        household {
          number
        }
      }
    }
  }
`);
const Node = graphql(`
  query GridScopeNode($id: ID!) {
    node(id: $id) {
      id
      ... on Household {
        number
      }
      ... on Resident {
        name
      }
    }
  }
`);
const HouseholdUpdate = graphql(`
  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) {
    householdUpdate(input: $input) {
      household {
        id
        tags
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const ResidentUpdate = graphql(`
  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) {
    residentUpdate(input: $input) {
      resident {
        id
        relationToHead
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const ResidentCreate = graphql(`
  mutation GridScopeResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Enroll = graphql(`
  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) {
    gridCareMemberEnroll(input: $input) {
      gridCareMember {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Visit = graphql(`
  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) {
    gridCareVisitRecord(input: $input) {
      gridCareVisit {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const RequestCreate = graphql(`
  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const PointsAdjust = graphql(`
  mutation GridScopePointsAdjust($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      adjustment {
        id
        accountId
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Activity = graphql(`
  query GridScopeActivity($h: ID!) {
    gridHouseholdFile(household: $h) {
      household {
        number
      }
      activity(first: 50) {
        type
        subject
        data
      }
    }
  }
`);

let s: TestServer;
const tok: Record<string, string> = {};
const hh: Record<string, string> = {};
const residentsOf: Record<string, { id: string; name: string }[]> = {};
// Demo tree: G1 holds buildings 1–3 (JQ-1-*, JQ-2-*, JQ-3-*); the `grid` login is 网格员 of G1.
const inG1 = (n: string) => /^JQ-[123]-/.test(n);

const configure = async (moduleKey: string, enabled: boolean) =>
  expect((await s.gql(Configure, { input: { moduleKey, enabled } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors).toEqual([]);

async function allResidents(token: string) {
  const out: { id: string; household: { number: string } | null }[] = [];
  let after: string | null = null;
  for (;;) {
    const r: any = await s.gql(Residents, { after }, { token });
    expect(r.errors).toBeUndefined();
    out.push(...r.data.residents.nodes);
    if (!r.data.residents.pageInfo.hasNextPage) return out;
    after = r.data.residents.pageInfo.endCursor;
  }
}

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'grid', 'socialworker']) tok[l] = await s.login(l);
  await configure('grid', true);
  for (const h of (await s.gql(Households, {}, { token: tok.admin })).data!.households.nodes) {
    hh[h.number] = h.id;
    residentsOf[h.number] = h.members;
  }
}, 60_000);

afterAll(async () => {
  await s?.stop();
});

describe('core queries honour the grid row scope', () => {
  test("the grid worker of G1 lists only G1's households and residents; whole-community roles list all", async () => {
    expect(Object.keys(hh)).toHaveLength(36);
    const mine = (await s.gql(Households, {}, { token: tok.grid })).data!.households;
    expect(mine.totalCount).toBe(18);
    expect(mine.nodes.every((h) => inG1(h.number))).toBe(true);
    const residents = await allResidents(tok.grid);
    expect(residents.length).toBe(
      Object.entries(residentsOf)
        .filter(([n]) => inG1(n))
        .reduce((a, [, m]) => a + m.length, 0),
    );
    expect(residents.every((r) => r.household && inG1(r.household.number))).toBe(true);
    for (const who of ['admin', 'staff', 'socialworker']) {
      expect([who, (await s.gql(Households, {}, { token: tok[who] })).data!.households.totalCount]).toEqual([who, 36]);
    }
  });

  test('node(id:) answers the grid worker only inside G1, for households and residents', async () => {
    const inside = (await s.gql(Node, { id: hh['JQ-1-01']! }, { token: tok.grid })).data!.node as any;
    expect(inside).toMatchObject({ number: 'JQ-1-01' });
    expect((await s.gql(Node, { id: hh['JQ-5-01']! }, { token: tok.grid })).data!.node).toBeNull();
    expect((await s.gql(Node, { id: residentsOf['JQ-2-01']![0]!.id }, { token: tok.grid })).data!.node).toMatchObject({
      name: residentsOf['JQ-2-01']![0]!.name,
    });
    expect((await s.gql(Node, { id: residentsOf['JQ-6-01']![0]!.id }, { token: tok.grid })).data!.node).toBeNull();
    // Admin: everything.
    expect((await s.gql(Node, { id: hh['JQ-5-01']! }, { token: tok.admin })).data!.node).toMatchObject({ number: 'JQ-5-01' });
  });

  test('core mutations: the grid worker acts inside G1 and gets NOT_FOUND outside, writing nothing', async () => {
    const ok = await s.gql(HouseholdUpdate, { input: { id: hh['JQ-1-02']!, tags: ['网格内'] } }, { token: tok.grid });
    expect(ok.data!.householdUpdate).toEqual({ household: { id: hh['JQ-1-02'], tags: ['网格内'] }, userErrors: [] });
    const out = await s.gql(HouseholdUpdate, { input: { id: hh['JQ-4-02']!, tags: ['越界'] } }, { token: tok.grid });
    expect(out.data!.householdUpdate).toEqual({ household: null, userErrors: [{ code: 'NOT_FOUND', field: ['input', 'id'] }] });
    const r = await s.gql(ResidentUpdate, { input: { id: residentsOf['JQ-4-02']![0]!.id, relationToHead: '越界' } }, { token: tok.grid });
    expect(r.data!.residentUpdate.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'id'] }]);
    const moveIn = await s.gql(ResidentCreate, { input: { name: '越界新居民', household: hh['JQ-4-02']! } }, { token: tok.grid });
    expect(moveIn.data!.residentCreate.userErrors).toEqual([{ code: 'NOT_FOUND', field: ['input', 'household'] }]);
    const adminView = (await s.gql(Node, { id: hh['JQ-4-02']! }, { token: tok.admin })).data!.node as any;
    expect(adminView.number).toBe('JQ-4-02');
    expect(
      (await s.gql(Households, {}, { token: tok.admin })).data!.households.nodes.find((h) => h.number === 'JQ-4-02')!.members.map((m) => m.name),
    ).not.toContain('越界新居民');
  });

  test("with the grid module off, core answers the grid worker with core's own permissions again", async () => {
    await configure('grid', false);
    try {
      expect((await s.gql(Households, {}, { token: tok.grid })).data!.households.totalCount).toBe(36);
      expect((await s.gql(Node, { id: hh['JQ-5-01']! }, { token: tok.grid })).data!.node).toMatchObject({ number: 'JQ-5-01' });
    } finally {
      await configure('grid', true);
    }
    expect((await s.gql(Households, {}, { token: tok.grid })).data!.households.totalCount).toBe(18);
  });
});

describe("一户一档 activity: other modules' public events about the household", () => {
  test('care visits, a service request and points show in the file once published', async () => {
    await configure('dispatch', true);
    await configure('points', true);
    const h = hh['JQ-2-03']!;
    const resident = residentsOf['JQ-2-03']![0]!;
    const member = (await s.gql(Enroll, { input: { resident: resident.id, category: 'hardship', evidence: '民政认定' } }, { token: tok.admin })).data!
      .gridCareMemberEnroll;
    expect(member.userErrors).toEqual([]);
    const visit = (await s.gql(Visit, { input: { member: member.gridCareMember!.id, kind: 'homeVisit', notes: '入户了解情况' } }, { token: tok.grid })).data!
      .gridCareVisitRecord;
    expect(visit.userErrors).toEqual([]);
    const req = (
      await s.gql(
        RequestCreate,
        { input: { kind: 'routine', category: 'repair', title: '楼道灯不亮', description: '2 栋楼道', channel: 'MINI_PROGRAM', household: h } },
        { token: tok.staff },
      )
    ).data!.serviceRequestCreate;
    expect(req.userErrors).toEqual([]);
    const pts = (
      await s.gql(
        PointsAdjust,
        { input: { householdId: h, amount: 10, reason: '环境整治积极', idempotencyKey: 'grid-scope-activity-1' } },
        { token: tok.admin },
      )
    ).data!.pointsAdjust;
    expect(pts.userErrors).toEqual([]);
    // Another household's request must not leak into this file.
    await s.gql(
      RequestCreate,
      { input: { kind: 'routine', category: 'repair', title: '别家', description: '别家', channel: 'MINI_PROGRAM', household: hh['JQ-2-04']! } },
      { token: tok.staff },
    );

    const want = ['grid.CareMemberEnrolled', 'grid.CareVisitRecorded', 'dispatch.RequestCreated', 'points.Adjusted'];
    let types: string[] = [];
    let activity: { type: string; subject?: string | null; data: any }[] = [];
    for (let i = 0; i < 100 && !want.every((t) => types.includes(t)); i++) {
      await new Promise((r) => setTimeout(r, 100)); // events get their feed position when the relay publishes them
      const file = await s.gql(Activity, { h }, { token: tok.admin });
      expect(file.errors).toBeUndefined();
      activity = file.data!.gridHouseholdFile!.activity;
      types = activity.map((a) => a.type);
    }
    expect(types).toEqual(expect.arrayContaining(want));
    expect(activity.find((a) => a.type === 'dispatch.RequestCreated')!.subject).toBe(req.serviceRequest!.id);
    const adjusted = activity.find((a) => a.type === 'points.Adjusted')!.data;
    expect(adjusted.points).toBe(10);
    expect(Buffer.from(pts.adjustment!.accountId, 'base64url').toString()).toBe(`v1:PointsAccount:${adjusted.accountId}`);
    expect(activity.filter((a) => a.type === 'dispatch.RequestCreated')).toHaveLength(1);
    // Newest first.
    expect(types.indexOf('points.Adjusted')).toBeLessThan(types.indexOf('grid.CareVisitRecorded'));
    // Event data carries ids and figures, never the resident's personal data.
    expect(JSON.stringify(activity)).not.toContain(resident.name);
  });

  test('the feed shows only event types the caller may see, of enabled modules', async () => {
    const h = hh['JQ-2-03']!;
    // The grid worker may not read points administration nor every care record.
    const grid = (await s.gql(Activity, { h }, { token: tok.grid })).data!.gridHouseholdFile!.activity.map((a) => a.type);
    expect(grid).not.toContain('points.Adjusted');
    expect(grid).not.toContain('grid.CareVisitRecorded');
    await configure('points', false);
    try {
      const admin = (await s.gql(Activity, { h }, { token: tok.admin })).data!.gridHouseholdFile!.activity.map((a) => a.type);
      expect(admin).not.toContain('points.Adjusted');
      expect(admin).toContain('dispatch.RequestCreated');
    } finally {
      await configure('points', true);
    }
    // Outside the caller's units there is no file at all.
    expect((await s.gql(Activity, { h: hh['JQ-5-01']! }, { token: tok.grid })).data!.gridHouseholdFile).toBeNull();
  });
});
