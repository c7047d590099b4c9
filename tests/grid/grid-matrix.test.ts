// The role × action table of module grid, checked in and tested both ways: for every action of
// grid.permissions.ts one representative operation, and for every demo login whether the
// permission check lets it through (default role permissions). Object-level limits (own units,
// 包保) are tested in grid.test.ts and grid-care.test.ts.
import { Client } from 'pg';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { gridPermissions } from '../../src/modules/grid/grid.permissions';

const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident', 'street', 'platform'] as const;
const Y = true;
const N = false;
// prettier-ignore
const MATRIX: Record<keyof typeof gridPermissions, boolean[]> = {
  //                     admin staff grid sw  vol party org cobuild resident street platform
  'unit.read':          [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'unit.manage':        [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'household.place':    [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'allUnits':           [ Y,    Y,    N,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'duty.read':          [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'duty.manage':        [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'coverage.read':      [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       Y,     Y ],
  'archive.read':       [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'care.read':          [ Y,    Y,    Y,   Y,  Y,  Y,    N,  N,      N,       N,     Y ],
  // Community staff keep the special-care register of the whole community (issue 14).
  'care.readAll':       [ Y,    Y,    N,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'care.manage':        [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'care.visit':         [ Y,    Y,    Y,   Y,  Y,  Y,    N,  N,      N,       N,     Y ],
  'import':             [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'export':             [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  // 入户走访: party members (党员包户) record visits where they hold a duty; platform admins read only.
  'visit.read':         [ Y,    Y,    Y,   Y,  N,  Y,    N,  N,      N,       N,     Y ],
  'visit.record':       [ Y,    Y,    Y,   Y,  N,  Y,    N,  N,      N,       N,     N ],
};

const CommunityId = graphql(`
  query GridMatrixCommunity {
    community {
      id
    }
  }
`);
const Configure = graphql(`
  mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Ids = {} as Record<string, string>;
const gid = (type: string, id: string) => Buffer.from(`v1:${type}:${id}`).toString('base64url');

interface Op {
  doc: TypedDocumentNode<any, any>;
  vars?: (n: number) => Record<string, unknown>;
  /** For permissions that yield null rather than FORBIDDEN: what proves the action happened. */
  proof?: (data: any) => boolean;
  /** Logins the permission lets through but the object-level check stops (NOT_FOUND, as for a missing object). */
  objectLevel?: string[];
}
const OPS: Record<keyof typeof gridPermissions, Op> = {
  'unit.read': {
    doc: graphql(`
      query GridMatrixUnits {
        gridUnits {
          totalCount
        }
      }
    `),
  },
  'unit.manage': {
    doc: graphql(`
      mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) {
        gridUnitCreate(input: $input) {
          gridUnit {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({ input: { level: 'grid', code: `M${n}`, name: `矩阵${n}` } }),
  },
  'household.place': {
    doc: graphql(`
      mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) {
        gridHouseholdPlace(input: $input) {
          gridPlacement {
            placedAt
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { household: Ids.household, unit: Ids.b1 } }),
  },
  // node(id) on a unit needs grid.allUnits (it cannot check a caller's own units).
  allUnits: {
    doc: graphql(`
      query GridMatrixNodeUnit($id: ID!) {
        node(id: $id) {
          id
        }
      }
    `),
    vars: () => ({ id: Ids.g2 }),
    proof: (d) => !!d?.node,
  },
  'duty.read': {
    doc: graphql(`
      query GridMatrixResponsible($h: ID!) {
        gridResponsible(household: $h) {
          role
        }
      }
    `),
    vars: () => ({ h: Ids.household }),
  },
  'duty.manage': {
    doc: graphql(`
      mutation GridMatrixDuty($input: GridDutyAssignInput!) {
        gridDutyAssign(input: $input) {
          gridDuty {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({
      input: { unit: Ids.b1, membership: Ids.staff, role: 'buildingLead', startsOn: '2020-01-01', endsOn: `2030-01-${String(1 + (n % 28)).padStart(2, '0')}` },
    }),
  },
  'coverage.read': {
    doc: graphql(`
      query GridMatrixCoverage {
        gridCoverage {
          roleGapCount
        }
      }
    `),
  },
  'archive.read': {
    doc: graphql(`
      query GridMatrixFile($h: ID!) {
        gridHouseholdFile(household: $h) {
          tags
        }
      }
    `),
    vars: () => ({ h: Ids.household }),
  },
  'care.read': {
    doc: graphql(`
      query GridMatrixCare {
        gridCareMembers {
          totalCount
        }
      }
    `),
  },
  'care.readAll': {
    doc: graphql(`
      query GridMatrixCareNode($id: ID!) {
        node(id: $id) {
          id
        }
      }
    `),
    vars: () => ({ id: Ids.care }),
    proof: (d) => !!d?.node,
  },
  'care.manage': {
    doc: graphql(`
      mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) {
        gridCareMemberEnroll(input: $input) {
          gridCareMember {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({ input: { resident: Ids[`r${n % 40}`], category: 'hardship', evidence: '矩阵' } }),
  },
  // party is not this member's 包保 and holds no duty on its unit.
  'care.visit': {
    doc: graphql(`
      mutation GridMatrixVisit($input: GridCareVisitRecordInput!) {
        gridCareVisitRecord(input: $input) {
          gridCareVisit {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { member: Ids.care, kind: 'homeVisit', notes: '' } }),
    objectLevel: ['party'],
  },
  'visit.read': {
    doc: graphql(`
      query GridMatrixVisits {
        gridHouseholdVisits {
          totalCount
        }
      }
    `),
  },
  // party holds no duty on the household's unit.
  'visit.record': {
    doc: graphql(`
      mutation GridMatrixHouseholdVisit($input: GridHouseholdVisitRecordInput!) {
        gridHouseholdVisitRecord(input: $input) {
          gridHouseholdVisit {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { household: Ids.household, notes: '矩阵' } }),
    objectLevel: ['party'],
  },
  import: {
    doc: graphql(`
      mutation GridMatrixImport($input: GridImportInput!) {
        gridImport(input: $input) {
          report {
            applied
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { dryRun: true } }),
  },
  export: {
    doc: graphql(`
      mutation GridMatrixExport($input: GridExportCreateInput!) {
        gridExportCreate(input: $input) {
          export {
            csv
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: () => ({ input: { kind: 'HOUSEHOLDS' } }),
  },
};

let s: TestServer;
let db: Client;
const auth: Record<string, { token: string; headers?: Record<string, string> }> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of LOGINS) auth[l] = { token: await s.login(l) };
  const community = (await s.gql(CommunityId, {}, auth.admin)).data!.community.id;
  for (const l of ['street', 'platform']) auth[l]!.headers = { 'x-community-id': community };
  await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, auth.admin);
  const q = async (sql: string) => (await db.query(sql)).rows;
  Ids.g2 = gid('GridUnit', (await q("select id from grid_unit where code = 'G2'"))[0].id);
  Ids.b1 = gid('GridUnit', (await q("select id from grid_unit where code = 'G1-B1'"))[0].id);
  Ids.household = gid('Household', (await q("select id from household where number = 'JQ-1-03'"))[0].id);
  Ids.staff = gid('Membership', (await q("select m.id from membership m join account a on a.id = m.account_id where a.login = 'staff'"))[0].id);
  // The demo's first care member: in G1-B1, 包保 = volunteer (so grid, volunteer and admins may visit).
  Ids.care = gid('GridCareMember', (await q('select id from grid_care_member order by id limit 1'))[0].id);
  (await q("select r.id from resident r join household h on h.id = r.household_id where h.building in ('1 栋', '2 栋', '3 栋') order by r.id")).forEach(
    (r, i) => (Ids[`r${i}`] = gid('Resident', r.id)),
  );
});

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('the table names every grid action', () => {
  expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(gridPermissions).sort());
});

let n = 0;
describe.each(Object.keys(MATRIX) as (keyof typeof gridPermissions)[])('%s', (action) => {
  test.each(LOGINS.map((l, i) => [l, MATRIX[action][i]] as const))('%s → %s', async (login, allowed) => {
    const op = OPS[action];
    const r = await s.gql(op.doc, op.vars?.(n++) ?? {}, auth[login]);
    const forbidden = r.errors?.[0]?.extensions?.code === 'FORBIDDEN';
    const passed = op.proof ? op.proof(r.data) : !forbidden && !r.errors;
    expect({ login, action, passed }).toEqual({ login, action, passed: allowed });
    if (!op.proof && !allowed) expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    if (allowed && !op.proof) {
      const payload = Object.values(r.data ?? {})[0] as { userErrors?: { code: string }[] } | null;
      expect(payload?.userErrors ?? []).toEqual(op.objectLevel?.includes(login) ? [{ code: 'NOT_FOUND' }] : []);
    }
  });
});
