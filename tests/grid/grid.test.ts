// Grid end to end through GraphQL: the tree (lazy), households and residents of a unit, the path
// up, moves and placements with history, duty roles, "who is responsible", the coverage check,
// grid staff limited to their units, household files, metrics, exports and imports.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

const Configure = graphql(`
  mutation GridConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Tree = graphql(`
  query GridTree($parent: ID, $first: Int) {
    gridUnits(parent: $parent, first: $first) {
      totalCount
      nodes {
        id
        code
        name
        level
        levelName
        sortOrder
        hasChildren
        householdCount
        parent {
          code
        }
        children {
          totalCount
          nodes {
            code
          }
        }
      }
    }
  }
`);
const UnitPeople = graphql(`
  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {
    gridUnit(id: $id) {
      code
      households(first: $first, after: $after, search: $search, includeDescendants: $deep) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          number
          members {
            name
          }
        }
      }
      residents(first: 5) {
        totalCount
        nodes {
          name
          phone
        }
      }
      duties {
        role
        roleName
        holderName
        holder {
          id
        }
      }
    }
  }
`);
const Path = graphql(`
  query GridPath($h: ID!) {
    gridHouseholdPath(household: $h) {
      code
      levelName
    }
  }
`);
const Households = graphql(`
  query GridCoreHouseholds($search: String) {
    households(search: $search, first: 100) {
      nodes {
        id
        number
        building
      }
    }
  }
`);
const Members = graphql(`
  query GridMemberships {
    memberships(first: 50) {
      nodes {
        id
        login
      }
    }
  }
`);
const UnitCreate = graphql(`
  mutation GridUnitCreate($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      gridUnit {
        id
        code
        level
        outline
        parent {
          code
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const UnitUpdate = graphql(`
  mutation GridUnitUpdate($input: GridUnitUpdateInput!) {
    gridUnitUpdate(input: $input) {
      gridUnit {
        id
        name
        sortOrder
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const UnitMove = graphql(`
  mutation GridUnitMove($input: GridUnitMoveInput!) {
    gridUnitMove(input: $input) {
      gridUnit {
        id
        parent {
          code
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Place = graphql(`
  mutation GridPlace($input: GridHouseholdPlaceInput!) {
    gridHouseholdPlace(input: $input) {
      gridPlacement {
        unit {
          code
        }
        endedAt
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const DutyAssign = graphql(`
  mutation GridDutyAssign($input: GridDutyAssignInput!) {
    gridDutyAssign(input: $input) {
      gridDuty {
        id
        role
        startsOn
        endsOn
        unit {
          code
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const DutyEnd = graphql(`
  mutation GridDutyEnd($input: GridDutyEndInput!) {
    gridDutyEnd(input: $input) {
      gridDuty {
        id
        endsOn
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Responsible = graphql(`
  query GridResponsible($h: ID!) {
    gridResponsible(household: $h) {
      role
      roleName
      holderName
      unit {
        code
      }
    }
  }
`);
const Coverage = graphql(`
  query GridCoverage($unit: ID) {
    gridCoverage(unit: $unit, first: 100) {
      roleGapCount
      roleGaps {
        role
        roleName
        unit {
          code
        }
      }
      householdsWithoutResponsibleCount
      householdsWithoutResponsible {
        number
      }
      unplacedHouseholdCount
    }
  }
`);
const File = graphql(`
  query GridFile($h: ID!) {
    gridHouseholdFile(household: $h) {
      household {
        number
      }
      tags
      unit {
        code
      }
      path {
        code
      }
      responsible {
        roleName
        holderName
      }
      members {
        name
        idNumber
      }
      placements {
        unit {
          code
        }
        endedAt
      }
      careMembers {
        category
      }
      activity {
        type
      }
    }
  }
`);
const Metrics = graphql(`
  query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) {
    gridMetrics(from: $from, to: $to) {
      key
      value
    }
  }
`);
const Export = graphql(`
  mutation GridExport($input: GridExportCreateInput!) {
    gridExportCreate(input: $input) {
      export {
        csv
        log {
          kind
          rowCount
          exportedAt
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const ExportLogs = graphql(`
  query GridExportLogs {
    gridExportLogs {
      totalCount
      nodes {
        kind
        rowCount
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
let g1: string;
let g2: string;
let b1: string;
let b4: string;
const hh: Record<string, string> = {};
const member: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'resident', 'street']) tok[l] = await s.login(l);
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors).toEqual([]);
  const tree = (await s.gql(Tree, {}, { token: tok.admin })).data!.gridUnits;
  [g1, g2] = tree.nodes.map((n) => n.id) as [string, string];
  const kids1 = (await s.gql(Tree, { parent: g1 }, { token: tok.admin })).data!.gridUnits.nodes;
  const kids2 = (await s.gql(Tree, { parent: g2 }, { token: tok.admin })).data!.gridUnits.nodes;
  b1 = kids1[0]!.id;
  b4 = kids2[0]!.id;
  for (const h of (await s.gql(Households, {}, { token: tok.admin })).data!.households.nodes) hh[h.number] = h.id;
  for (const m of (await s.gql(Members, {}, { token: tok.admin })).data!.memberships.nodes) member[m.login!] = m.id;
}, 60_000);

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

describe('territory tree', () => {
  test('the demo tree: 2 grids of 3 buildings, 36 households placed, lazy children', async () => {
    const r = await s.gql(Tree, {}, { token: tok.admin });
    expect(r.errors).toBeUndefined();
    expect(r.data!.gridUnits.nodes.map((n) => [n.code, n.levelName, n.hasChildren, n.householdCount, n.children.totalCount])).toEqual([
      ['G1', '网格', true, 18, 3],
      ['G2', '网格', true, 18, 3],
    ]);
    const kids = (await s.gql(Tree, { parent: g1 }, { token: tok.admin })).data!.gridUnits.nodes;
    expect(kids.map((k) => [k.code, k.levelName, k.hasChildren, k.householdCount, k.parent?.code])).toEqual([
      ['G1-B1', '楼栋', false, 6, 'G1'],
      ['G1-B2', '楼栋', false, 6, 'G1'],
      ['G1-B3', '楼栋', false, 6, 'G1'],
    ]);
  });

  test("a unit's households and residents page as Relay connections with filters", async () => {
    const p1 = (await s.gql(UnitPeople, { id: g1, first: 10 }, { token: tok.admin })).data!.gridUnit!;
    expect(p1.households.totalCount).toBe(18);
    expect(p1.households.nodes).toHaveLength(10);
    expect(p1.households.nodes[0]!.number).toBe('JQ-1-01');
    expect(p1.households.nodes[0]!.members.length).toBeGreaterThan(0);
    const p2 = (await s.gql(UnitPeople, { id: g1, first: 10, after: p1.households.pageInfo.endCursor }, { token: tok.admin })).data!.gridUnit!;
    expect(p2.households.nodes).toHaveLength(8);
    expect(new Set([...p1.households.nodes, ...p2.households.nodes].map((h) => h.number)).size).toBe(18);
    expect(p1.residents.totalCount).toBeGreaterThan(18);
    expect(p1.residents.nodes[0]!.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    const only = (await s.gql(UnitPeople, { id: g1, search: 'JQ-2-0', deep: true }, { token: tok.admin })).data!.gridUnit!;
    expect(only.households.totalCount).toBe(6);
    const shallow = (await s.gql(UnitPeople, { id: g1, deep: false }, { token: tok.admin })).data!.gridUnit!;
    expect(shallow.households.totalCount).toBe(0);
  });

  test('path from a household up to the top', async () => {
    const r = await s.gql(Path, { h: hh['JQ-5-03']! }, { token: tok.admin });
    expect(r.data!.gridHouseholdPath).toEqual([
      { code: 'G2', levelName: '网格' },
      { code: 'G2-B5', levelName: '楼栋' },
    ]);
  });

  test('create: levels follow the settings, codes are unique, GeoJSON outlines are kept', async () => {
    const outline = {
      type: 'Polygon',
      coordinates: [
        [
          [104.4, 25.7],
          [104.5, 25.7],
          [104.5, 25.8],
          [104.4, 25.7],
        ],
      ],
    };
    const ok = await s.gql(UnitCreate, { input: { level: 'grid', code: 'G3', name: '第三网格', outline, sortOrder: 3 } }, { token: tok.admin });
    expect(ok.data!.gridUnitCreate.userErrors).toEqual([]);
    expect(ok.data!.gridUnitCreate.gridUnit!.outline).toEqual(outline);
    const g3 = ok.data!.gridUnitCreate.gridUnit!.id;
    const bad = [
      { level: 'building', code: 'X1', name: 'x' }, // a building needs a grid parent
      { level: 'grid', code: 'X2', name: 'x', parent: g1 }, // a grid has no parent
      { level: 'street', code: 'X3', name: 'x' }, // unknown level
    ];
    for (const input of bad)
      expect((await s.gql(UnitCreate, { input }, { token: tok.admin })).data!.gridUnitCreate.userErrors[0]!.code).toBe('GRID_LEVEL_MISMATCH');
    const dup = await s.gql(UnitCreate, { input: { level: 'building', code: 'G1-B1', name: 'dup', parent: g3 } }, { token: tok.admin });
    expect(dup.data!.gridUnitCreate.userErrors[0]).toMatchObject({ code: 'ALREADY_EXISTS', field: ['input', 'code'] });
    const geo = await s.gql(UnitCreate, { input: { level: 'grid', code: 'X4', name: 'x', outline: { type: 'Circle' } } }, { token: tok.admin });
    expect(geo.data!.gridUnitCreate.userErrors[0]!.code).toBe('BAD_USER_INPUT');
    const upd = await s.gql(UnitUpdate, { input: { id: g3, name: '第三网格（新）', sortOrder: 9 } }, { token: tok.admin });
    expect(upd.data!.gridUnitUpdate.gridUnit).toMatchObject({ name: '第三网格（新）', sortOrder: 9 });
  });

  test('moving a unit keeps history and households follow; levels must match', async () => {
    const g3 = (await s.gql(UnitCreate, { input: { level: 'grid', code: 'G4', name: '第四网格' } }, { token: tok.admin })).data!.gridUnitCreate.gridUnit!.id;
    const b = (await s.gql(UnitCreate, { input: { level: 'building', code: 'G4-B7', name: '7 栋', parent: g3 } }, { token: tok.admin })).data!.gridUnitCreate
      .gridUnit!.id;
    expect((await s.gql(UnitMove, { input: { id: b, parent: g2 } }, { token: tok.admin })).data!.gridUnitMove.gridUnit!.parent!.code).toBe('G2');
    expect((await s.gql(UnitMove, { input: { id: b, parent: b1 } }, { token: tok.admin })).data!.gridUnitMove.userErrors[0]!.code).toBe('GRID_LEVEL_MISMATCH');
    const { rows } = await db.query('select from_parent_id, to_parent_id from grid_unit_move');
    expect(rows).toHaveLength(1);
    await expect(db.query('delete from grid_unit_move')).rejects.toThrow(/append-only/);
  });

  test('placing a household closes the old placement and keeps it', async () => {
    const h = hh['JQ-1-06']!;
    const moved = await s.gql(Place, { input: { household: h, unit: b4 } }, { token: tok.admin });
    expect(moved.data!.gridHouseholdPlace).toMatchObject({ gridPlacement: { unit: { code: 'G2-B4' }, endedAt: null }, userErrors: [] });
    const file = (await s.gql(File, { h }, { token: tok.admin })).data!.gridHouseholdFile!;
    expect(file.placements.map((p) => [p.unit!.code, !!p.endedAt])).toEqual([
      ['G2-B4', false],
      ['G1-B1', true],
    ]);
    expect((await s.gql(Place, { input: { household: h, unit: b1 } }, { token: tok.admin })).data!.gridHouseholdPlace.userErrors).toEqual([]);
    const { rows } = await db.query('select count(*)::int as n from grid_placement where household_id = $1 and ended_at is null', [
      h.length && Buffer.from(h, 'base64url').toString().split(':')[2],
    ]);
    expect(rows[0].n).toBe(1);
  });
});

describe('duty roles and coverage', () => {
  test('who is responsible for a household answers from the tree, top of the chain first', async () => {
    const lead = await s.gql(
      DutyAssign,
      { input: { unit: b1, membership: member.volunteer!, role: 'buildingLead', startsOn: '2024-01-01' } },
      { token: tok.admin },
    );
    expect(lead.data!.gridDutyAssign.userErrors).toEqual([]);
    const r = await s.gql(Responsible, { h: hh['JQ-1-02']! }, { token: tok.admin });
    expect(r.data!.gridResponsible).toEqual([
      { role: 'gridWorker', roleName: '网格员', holderName: '网格员 张强', unit: { code: 'G1' } },
      { role: 'buildingLead', roleName: '楼栋长', holderName: '志愿者 刘洋', unit: { code: 'G1-B1' } },
    ]);
    expect((await s.gql(Responsible, { h: hh['JQ-5-01']! }, { token: tok.admin })).data!.gridResponsible).toEqual([]);
    // Wrong level, duplicates, bad dates.
    expect(
      (await s.gql(DutyAssign, { input: { unit: g1, membership: member.staff!, role: 'buildingLead' } }, { token: tok.admin })).data!.gridDutyAssign
        .userErrors[0]!.code,
    ).toBe('GRID_ROLE_MISMATCH');
    expect(
      (await s.gql(DutyAssign, { input: { unit: b1, membership: member.volunteer!, role: 'buildingLead' } }, { token: tok.admin })).data!.gridDutyAssign
        .userErrors[0]!.code,
    ).toBe('ALREADY_EXISTS');
    expect(
      (
        await s.gql(
          DutyAssign,
          { input: { unit: b1, membership: member.staff!, role: 'buildingLead', startsOn: '2024-05-01', endsOn: '2024-01-01' } },
          { token: tok.admin },
        )
      ).data!.gridDutyAssign.userErrors[0]!.code,
    ).toBe('BAD_USER_INPUT');
    // Ending: once, then INVALID_STATE; an ended duty no longer answers.
    const d = lead.data!.gridDutyAssign.gridDuty!.id;
    expect((await s.gql(DutyEnd, { input: { id: d, endsOn: '2023-12-01' } }, { token: tok.admin })).data!.gridDutyEnd.userErrors[0]!.code).toBe(
      'BAD_USER_INPUT',
    );
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    expect((await s.gql(DutyEnd, { input: { id: d, endsOn: yesterday } }, { token: tok.admin })).data!.gridDutyEnd.gridDuty!.endsOn).toBe(yesterday);
    expect((await s.gql(DutyEnd, { input: { id: d } }, { token: tok.admin })).data!.gridDutyEnd.userErrors[0]!.code).toBe('INVALID_STATE');
    expect((await s.gql(Responsible, { h: hh['JQ-1-02']! }, { token: tok.admin })).data!.gridResponsible!.map((x) => x.role)).toEqual(['gridWorker']);
  });

  test('coverage check lists units without a required role holder and households without anyone responsible', async () => {
    const r = (await s.gql(Coverage, {}, { token: tok.admin })).data!.gridCoverage!;
    const gaps = r.roleGaps.map((g) => `${g.unit.code}:${g.role}`);
    expect(gaps).toContain('G2:gridWorker');
    expect(gaps).toContain('G1-B1:buildingLead');
    expect(gaps).not.toContain('G1:gridWorker');
    // G2's 18 households (one came back to G1 above) have nobody on their path.
    expect(r.householdsWithoutResponsibleCount).toBe(18);
    expect(r.householdsWithoutResponsible.every((h) => /^JQ-[456]-/.test(h.number))).toBe(true);
    expect(r.unplacedHouseholdCount).toBe(0);
    const one = (await s.gql(Coverage, { unit: g1 }, { token: tok.admin })).data!.gridCoverage!;
    expect(one.householdsWithoutResponsibleCount).toBe(0);
    expect(one.roleGaps.map((g) => g.unit.code).every((c) => c.startsWith('G1'))).toBe(true);
  });
});

describe('grid staff act only within their units', () => {
  test('the tree, units, paths and files outside their grid look missing', async () => {
    const t = (await s.gql(Tree, {}, { token: tok.grid })).data!.gridUnits;
    expect(t.nodes.map((n) => n.code)).toEqual(['G1']);
    expect((await s.gql(UnitPeople, { id: g2 }, { token: tok.grid })).data!.gridUnit).toBeNull();
    expect((await s.gql(UnitPeople, { id: g1 }, { token: tok.grid })).data!.gridUnit!.households.totalCount).toBe(18);
    expect((await s.gql(Path, { h: hh['JQ-5-01']! }, { token: tok.grid })).data!.gridHouseholdPath).toBeNull();
    expect((await s.gql(Path, { h: hh['JQ-2-01']! }, { token: tok.grid })).data!.gridHouseholdPath!.map((u) => u.code)).toEqual(['G1', 'G1-B2']);
    expect((await s.gql(File, { h: hh['JQ-5-01']! }, { token: tok.grid })).data!.gridHouseholdFile).toBeNull();
    expect((await s.gql(Responsible, { h: hh['JQ-5-01']! }, { token: tok.grid })).data!.gridResponsible).toBeNull();
    const cov = (await s.gql(Coverage, {}, { token: tok.grid })).data!.gridCoverage!;
    expect(cov.roleGaps.every((g) => g.unit.code.startsWith('G1'))).toBe(true);
    expect(cov.householdsWithoutResponsibleCount).toBe(0);
    expect((await s.gql(Coverage, { unit: g2 }, { token: tok.grid })).data!.gridCoverage).toBeNull();
  });

  test('they place households within their grid only', async () => {
    const inside = await s.gql(Place, { input: { household: hh['JQ-2-01']!, unit: b1 } }, { token: tok.grid });
    expect(inside.data!.gridHouseholdPlace.userErrors).toEqual([]);
    const toOutside = await s.gql(Place, { input: { household: hh['JQ-2-02']!, unit: b4 } }, { token: tok.grid });
    expect(toOutside.data!.gridHouseholdPlace.userErrors[0]!.code).toBe('NOT_FOUND');
    const fromOutside = await s.gql(Place, { input: { household: hh['JQ-5-02']!, unit: b1 } }, { token: tok.grid });
    expect(fromOutside.data!.gridHouseholdPlace.userErrors[0]!.code).toBe('NOT_FOUND');
    // Put it back for later tests.
    await s.gql(
      Place,
      { input: { household: hh['JQ-2-01']!, unit: (await s.gql(Tree, { parent: g1 }, { token: tok.admin })).data!.gridUnits.nodes[1]!.id } },
      { token: tok.admin },
    );
  });

  test('their household file: members (masked), tags, path, responsible', async () => {
    const f = (await s.gql(File, { h: hh['JQ-1-01']! }, { token: tok.grid })).data!.gridHouseholdFile!;
    expect(f).toMatchObject({ household: { number: 'JQ-1-01' }, tags: ['党员户'], unit: { code: 'G1-B1' }, path: [{ code: 'G1' }, { code: 'G1-B1' }] });
    expect(f.responsible.map((d) => d.roleName)).toEqual(['网格员']);
    expect(f.members[0]!.idNumber).toMatch(/^\d{3}\*+\d{3}[\dX]$/);
  });
});

describe('metrics and exports', () => {
  test('metrics: households per grid and duty coverage', async () => {
    const r = (await s.gql(Metrics, { from: '2020-01-01T00:00:00Z', to: '2100-01-01T00:00:00Z' }, { token: tok.admin })).data!.gridMetrics;
    const m = Object.fromEntries(r.map((x) => [x.key, x.value]));
    expect(m['grid.householdsPerGrid']).toBe(9); // 36 placed over 4 top-level grids
    expect(m['grid.dutyCoverage']).toBe(0.5);
    expect(Object.keys(m).sort()).toEqual(['grid.careCoverage', 'grid.dutyCoverage', 'grid.householdsPerGrid', 'grid.visitsOnTime']);
  });

  test('exports are permission-gated, masked and logged', async () => {
    const r = await s.gql(Export, { input: { kind: 'RESIDENTS', unit: g1 } }, { token: tok.admin });
    const ex = r.data!.gridExportCreate.export!;
    expect(ex.log).toMatchObject({ kind: 'RESIDENTS' });
    expect(ex.log.rowCount).toBeGreaterThan(18);
    expect(ex.csv.split('\r\n')[0]).toContain('身份证号');
    expect(ex.csv).not.toMatch(/\d{17}[\dX]/);
    expect(ex.csv).not.toMatch(/1\d{10}/);
    expect((await s.gql(Export, { input: { kind: 'HOUSEHOLDS' } }, { token: tok.admin })).data!.gridExportCreate.export!.log.rowCount).toBe(36);
    // A unit that is none of this community's: NOT_FOUND, not an empty register (and nothing logged).
    const unknown = Buffer.from('v1:GridUnit:0190a000-0000-7000-8000-000000000000').toString('base64url');
    const none = (await s.gql(Export, { input: { kind: 'HOUSEHOLDS', unit: unknown } }, { token: tok.admin })).data!.gridExportCreate;
    expect(none).toEqual({ export: null, userErrors: [{ code: 'NOT_FOUND' }] });
    for (const who of ['grid', 'staff', 'socialworker']) {
      expect((await s.gql(Export, { input: { kind: 'HOUSEHOLDS' } }, { token: tok[who] })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
    }
    const logs = (await s.gql(ExportLogs, {}, { token: tok.admin })).data!.gridExportLogs;
    expect(logs.nodes.map((l) => l.kind)).toEqual(['HOUSEHOLDS', 'RESIDENTS']);
    await expect(db.query('update grid_export_log set row_count = 0')).rejects.toThrow(/append-only/);
  });
});

test('a community without the module answers MODULE_DISABLED', async () => {
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: false } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors).toEqual(
    [],
  );
  expect((await s.gql(Tree, {}, { token: tok.admin })).errors![0]!.extensions!.code).toBe('MODULE_DISABLED');
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors).toEqual([]);
});
