// Tenant isolation of grid: community B's admin calls every grid field that takes an ID with ids
// of community A (the demo). Each answer must equal the answer for a random id of the same type,
// carry none of A's data, and leave A's grid tables unchanged.
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { toGlobalId } from '../../src/schema/global-id';
import { COVERED } from '../isolation/grid.coverage';

const Login = graphql(`
  mutation GridIsoLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const CreateCommunity = graphql(`
  mutation GridIsoCommunity($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
    }
  }
`);
const AddMember = graphql(`
  mutation GridIsoMember($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Configure = graphql(`
  mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const HouseholdB = graphql(`
  mutation GridIsoHousehold($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
      }
    }
  }
`);
const ResidentB = graphql(`
  mutation GridIsoResident($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
      }
    }
  }
`);

const Q = {
  unit: graphql(`
    query GridIsoUnit($id: ID!) {
      gridUnit(id: $id) {
        code
        name
        households {
          totalCount
        }
      }
    }
  `),
  units: graphql(`
    query GridIsoUnits($id: ID) {
      gridUnits(parent: $id) {
        totalCount
        nodes {
          code
        }
      }
    }
  `),
  path: graphql(`
    query GridIsoPath($id: ID!) {
      gridHouseholdPath(household: $id) {
        code
      }
    }
  `),
  responsible: graphql(`
    query GridIsoResponsible($id: ID!) {
      gridResponsible(household: $id) {
        holderName
      }
    }
  `),
  file: graphql(`
    query GridIsoFile($id: ID!) {
      gridHouseholdFile(household: $id) {
        household {
          number
        }
        members {
          name
        }
      }
    }
  `),
  householdsWithin: graphql(`
    query GridIsoHouseholdsWithin($id: ID) {
      households(within: $id, first: 100) {
        totalCount
        nodes {
          number
        }
      }
    }
  `),
  residentsWithin: graphql(`
    query GridIsoResidentsWithin($id: ID) {
      residents(within: $id, first: 100) {
        totalCount
        nodes {
          name
        }
      }
    }
  `),
  coverage: graphql(`
    query GridIsoCoverage($id: ID) {
      gridCoverage(unit: $id) {
        roleGapCount
        householdsWithoutResponsible {
          number
        }
      }
    }
  `),
  careMember: graphql(`
    query GridIsoCareMember($id: ID!) {
      gridCareMember(id: $id) {
        evidence
      }
    }
  `),
  careMembers: graphql(`
    query GridIsoCareMembers($id: ID) {
      gridCareMembers(unit: $id) {
        totalCount
        nodes {
          evidence
        }
      }
    }
  `),
  unitCreate: graphql(`
    mutation GridIsoUnitCreate($input: GridUnitCreateInput!) {
      gridUnitCreate(input: $input) {
        gridUnit {
          code
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  unitUpdate: graphql(`
    mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) {
      gridUnitUpdate(input: $input) {
        gridUnit {
          code
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  unitMove: graphql(`
    mutation GridIsoUnitMove($input: GridUnitMoveInput!) {
      gridUnitMove(input: $input) {
        gridUnit {
          code
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  place: graphql(`
    mutation GridIsoPlace($input: GridHouseholdPlaceInput!) {
      gridHouseholdPlace(input: $input) {
        gridPlacement {
          placedAt
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  dutyAssign: graphql(`
    mutation GridIsoDutyAssign($input: GridDutyAssignInput!) {
      gridDutyAssign(input: $input) {
        gridDuty {
          role
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  dutyEnd: graphql(`
    mutation GridIsoDutyEnd($input: GridDutyEndInput!) {
      gridDutyEnd(input: $input) {
        gridDuty {
          role
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  enroll: graphql(`
    mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) {
      gridCareMemberEnroll(input: $input) {
        gridCareMember {
          evidence
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  careUpdate: graphql(`
    mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) {
      gridCareMemberUpdate(input: $input) {
        gridCareMember {
          evidence
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  careEnd: graphql(`
    mutation GridIsoCareEnd($input: GridCareMemberEndInput!) {
      gridCareMemberEnd(input: $input) {
        gridCareMember {
          evidence
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  visit: graphql(`
    mutation GridIsoVisit($input: GridCareVisitRecordInput!) {
      gridCareVisitRecord(input: $input) {
        gridCareVisit {
          notes
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  visits: graphql(`
    query GridIsoVisits($household: ID, $unit: ID) {
      gridHouseholdVisits(household: $household, unit: $unit) {
        totalCount
        nodes {
          notes
        }
      }
    }
  `),
  visitRecord: graphql(`
    mutation GridIsoVisitRecord($input: GridHouseholdVisitRecordInput!) {
      gridHouseholdVisitRecord(input: $input) {
        gridHouseholdVisit {
          notes
          findings {
            id
          }
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  visitBatch: graphql(`
    mutation GridIsoVisitBatch($input: GridHouseholdVisitBatchInput!) {
      gridHouseholdVisitBatchSubmit(input: $input) {
        recorded
        results {
          visit {
            notes
          }
          userErrors {
            code
            field
          }
        }
      }
    }
  `),
  findingRefer: graphql(`
    mutation GridIsoFindingRefer($input: GridVisitFindingReferInput!) {
      gridVisitFindingRefer(input: $input) {
        gridVisitFinding {
          description
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
  export: graphql(`
    mutation GridIsoExport($input: GridExportCreateInput!) {
      gridExportCreate(input: $input) {
        export {
          csv
        }
        userErrors {
          code
          field
        }
      }
    }
  `),
};

let s: TestServer;
let db: Client;
let adminB: string;
const A: Record<string, string> = {};
const B: Record<string, string> = {};
const gid = (type: string, id: string) => toGlobalId(type, id);

type Case = [string, TypedDocumentNode<any, any>, string, (id: string) => Record<string, unknown>];
const cases = (): Case[] => [
  ['Query.gridUnit(id)', Q.unit, 'GridUnit', (id) => ({ id })],
  ['Query.gridUnits(parent)', Q.units, 'GridUnit', (id) => ({ id })],
  ['Query.gridHouseholdPath(household)', Q.path, 'Household', (id) => ({ id })],
  ['Query.gridResponsible(household)', Q.responsible, 'Household', (id) => ({ id })],
  ['Query.gridHouseholdFile(household)', Q.file, 'Household', (id) => ({ id })],
  ['Query.gridCoverage(unit)', Q.coverage, 'GridUnit', (id) => ({ id })],
  // Core's lists, answered by grid (rowScopes.HouseholdsWithin).
  ['Query.households(within)', Q.householdsWithin, 'GridUnit', (id) => ({ id })],
  ['Query.residents(within)', Q.residentsWithin, 'GridUnit', (id) => ({ id })],
  ['Query.gridCareMember(id)', Q.careMember, 'GridCareMember', (id) => ({ id })],
  ['Query.gridCareMembers(unit)', Q.careMembers, 'GridUnit', (id) => ({ id })],
  [
    'Mutation.gridUnitCreate(input.parent)',
    Q.unitCreate,
    'GridUnit',
    (id) => ({ input: { level: 'building', code: `ISO-${randomUUID()}`, name: 'x', parent: id } }),
  ],
  ['Mutation.gridUnitUpdate(input.id)', Q.unitUpdate, 'GridUnit', (id) => ({ input: { id, name: 'hijacked' } })],
  ['Mutation.gridUnitMove(input.id)', Q.unitMove, 'GridUnit', (id) => ({ input: { id, parent: B.grid } })],
  ['Mutation.gridUnitMove(input.parent)', Q.unitMove, 'GridUnit', (id) => ({ input: { id: B.building, parent: id } })],
  ['Mutation.gridHouseholdPlace(input.household)', Q.place, 'Household', (id) => ({ input: { household: id, unit: B.building } })],
  ['Mutation.gridHouseholdPlace(input.unit)', Q.place, 'GridUnit', (id) => ({ input: { household: B.household, unit: id } })],
  ['Mutation.gridDutyAssign(input.unit)', Q.dutyAssign, 'GridUnit', (id) => ({ input: { unit: id, membership: B.membership, role: 'gridWorker' } })],
  ['Mutation.gridDutyAssign(input.membership)', Q.dutyAssign, 'Membership', (id) => ({ input: { unit: B.grid, membership: id, role: 'gridWorker' } })],
  ['Mutation.gridDutyEnd(input.id)', Q.dutyEnd, 'GridDuty', (id) => ({ input: { id } })],
  ['Mutation.gridCareMemberEnroll(input.resident)', Q.enroll, 'Resident', (id) => ({ input: { resident: id, category: 'hardship', evidence: 'x' } })],
  [
    'Mutation.gridCareMemberEnroll(input.responsible)',
    Q.enroll,
    'Membership',
    (id) => ({ input: { resident: B.resident, category: 'disabled', evidence: 'x', responsible: id } }),
  ],
  ['Mutation.gridCareMemberUpdate(input.id)', Q.careUpdate, 'GridCareMember', (id) => ({ input: { id, evidence: 'hijacked' } })],
  ['Mutation.gridCareMemberUpdate(input.responsible)', Q.careUpdate, 'Membership', (id) => ({ input: { id: B.careMember, responsible: id } })],
  ['Mutation.gridCareMemberEnd(input.id)', Q.careEnd, 'GridCareMember', (id) => ({ input: { id } })],
  ['Mutation.gridCareVisitRecord(input.member)', Q.visit, 'GridCareMember', (id) => ({ input: { member: id, kind: 'homeVisit', notes: 'x' } })],
  ['Mutation.gridExportCreate(input.unit)', Q.export, 'GridUnit', (id) => ({ input: { kind: 'HOUSEHOLDS', unit: id } })],
  ['Query.gridHouseholdVisits(household)', Q.visits, 'Household', (id) => ({ household: id })],
  ['Query.gridHouseholdVisits(unit)', Q.visits, 'GridUnit', (id) => ({ unit: id })],
  ['Mutation.gridHouseholdVisitRecord(input.household)', Q.visitRecord, 'Household', (id) => ({ input: { household: id, notes: 'hijacked' } })],
  [
    'Mutation.gridHouseholdVisitBatchSubmit(input.visits.household)',
    Q.visitBatch,
    'Household',
    (id) => ({ input: { visits: [{ household: id, notes: 'hijacked', idempotencyKey: `iso-${randomUUID()}` }] } }),
  ],
  ['Mutation.gridVisitFindingRefer(input.finding)', Q.findingRefer, 'GridVisitFinding', (id) => ({ input: { finding: id, to: 'REQUEST' } })],
];

const snapshot = async () =>
  (
    await db.query(
      `select
  (select count(*) from grid_unit u where u.community_id = $1) as units, (select string_agg(name || code, ',' order by id) from grid_unit where community_id = $1) as names,
  (select count(*) from grid_placement where community_id = $1) as placements, (select count(*) from grid_duty where community_id = $1 and ends_on is null) as duties,
  (select string_agg(evidence || coalesce(ends_on::text, '') || coalesce(responsible_id::text, ''), ',' order by id) from grid_care_member where community_id = $1) as care,
  (select count(*) from grid_care_visit where community_id = $1) as visits,
  (select count(*) from grid_household_visit where community_id = $1) as household_visits,
  (select count(*) from grid_visit_finding where community_id = $1 and referral is null) as open_findings`,
      [A.community],
    )
  ).rows[0];

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const one = async (sql: string) => (await db.query(sql)).rows[0].id as string;
  A.community = await one("select id from community where name = '金秋社区'");
  A.GridUnit = gid('GridUnit', await one("select id from grid_unit where code = 'G1'"));
  A.Household = gid('Household', await one("select id from household where number = 'JQ-1-01'"));
  A.Resident = gid('Resident', await one("select r.id from resident r join household h on h.id = r.household_id where h.number = 'JQ-1-01' limit 1"));
  A.Membership = gid('Membership', await one("select m.id from membership m join account a on a.id = m.account_id where a.login = 'grid'"));
  A.GridDuty = gid('GridDuty', await one('select id from grid_duty limit 1'));
  A.GridCareMember = gid('GridCareMember', await one('select id from grid_care_member limit 1'));
  const gridA = await s.login('grid');
  const visitA = await s.gql(
    Q.visitRecord,
    { input: { household: A.Household, notes: '演示数据', findings: [{ category: 'repair', description: '演示数据' }] } },
    { token: gridA },
  );
  A.GridVisitFinding = visitA.data!.gridHouseholdVisitRecord.gridHouseholdVisit!.findings[0]!.id;

  const platform = await s.login('platform');
  const bId = (await s.gql(CreateCommunity, { input: { name: 'ISO-B 社区', regionCode: '529999000001', preset: 'panzhou-jinqiu' } }, { token: platform })).data!
    .communityCreate.community!.id;
  const platformInB = (await s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: bId } })).data!.authLogin.accessToken!;
  B.membership = (
    await s.gql(
      AddMember,
      { input: { login: 'iso-b-admin', displayName: 'ISO-B', password: 'iso-b-pass-2026', roles: ['COMMUNITY_ADMIN'] } },
      { token: platformInB },
    )
  ).data!.membershipAdd.membership!.id;
  adminB = (await s.gql(Login, { input: { login: 'iso-b-admin', password: 'iso-b-pass-2026', community: bId } })).data!.authLogin.accessToken!;
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, { token: adminB })).data!.communityModuleConfigure.userErrors).toEqual([]);
  B.grid = (await s.gql(Q.unitCreate, { input: { level: 'grid', code: 'B-G1', name: 'B 网格' } }, { token: adminB })).data!.gridUnitCreate.gridUnit
    ? await gidOf('B-G1')
    : '';
  await s.gql(Q.unitCreate, { input: { level: 'building', code: 'B-B1', name: 'B 楼', parent: B.grid } }, { token: adminB });
  B.building = await gidOf('B-B1');
  B.household = (await s.gql(HouseholdB, { input: { number: 'B-1', address: 'B 路 1 号' } }, { token: adminB })).data!.householdCreate.household!.id;
  B.resident = (await s.gql(ResidentB, { input: { name: 'B 居民', household: B.household } }, { token: adminB })).data!.residentCreate.resident!.id;
  await s.gql(Q.place, { input: { household: B.household, unit: B.building } }, { token: adminB });
  const e = await s.gql(
    graphql(`
      mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) {
        gridCareMemberEnroll(input: $input) {
          gridCareMember {
            id
          }
        }
      }
    `),
    { input: { resident: B.resident, category: 'elderlyAlone', evidence: 'B' } },
    { token: adminB },
  );
  B.careMember = e.data!.gridCareMemberEnroll.gridCareMember!.id;
}, 60_000);

async function gidOf(code: string) {
  return gid('GridUnit', (await db.query('select id from grid_unit where code = $1', [code])).rows[0].id);
}

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('every ID-taking grid field is covered here', () => {
  expect(
    cases()
      .map((c) => c[0])
      .sort(),
  ).toEqual([...COVERED].sort());
});

test.each(cases().map((c) => [c[0], c] as const))("%s: A's id answers like a random id, leaks nothing, writes nothing", async (_name, [, doc, type, vars]) => {
  const before = await snapshot();
  const norm = (body: unknown, id: string) =>
    JSON.stringify(body, (k, v) => (k === 'requestId' ? '<x>' : v))
      .split(id)
      .join('<ID>')
      .replace(/ISO-[0-9a-f-]{36}/g, 'ISO-<uuid>');
  const withA = await s.gql(doc, vars(A[type]!), { token: adminB });
  const random = gid(type, randomUUID());
  const withRandom = await s.gql(doc, vars(random), { token: adminB });
  expect(norm(withA, A[type]!)).toBe(norm(withRandom, random));
  for (const secret of ['金秋', 'JQ-', '第一网格', '张强', '演示数据', 'G1-B']) expect(JSON.stringify(withA)).not.toContain(secret);
  expect(await snapshot()).toEqual(before);
});
