// Bulk import: a dry run reports every bad row (sheet, row, field, reason) and writes nothing;
// apply is all or nothing; 10,000 households with residents go in one call.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { demoIdNumber } from '../../src/modules/core/core.demo';

const Configure = graphql(`
  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Import = graphql(`
  mutation GridImport($input: GridImportInput!) {
    gridImport(input: $input) {
      report {
        applied
        units
        households
        residents
        placements
        problems {
          sheet
          row
          field
          reason
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Tree = graphql(`
  query GridImportTree {
    gridUnits(first: 100) {
      totalCount
      nodes {
        code
        householdCount
      }
    }
  }
`);

let s: TestServer;
let db: Client;
let admin: string;
const counts = async () =>
  (
    await db.query(`select (select count(*) from household)::int as h, (select count(*) from resident)::int as r,
  (select count(*) from grid_unit)::int as u, (select count(*) from grid_placement)::int as p`)
  ).rows[0];

beforeAll(async () => {
  s = await startTestServer({ demo: true, config: { bodyLimit: '20mb' } });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  admin = await s.login('admin');
  await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, { token: admin });
}, 60_000);

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('every bad row is reported and nothing is written, dry run or not', async () => {
  const input = {
    units: [
      { code: 'N1', name: '新一网格', level: 'grid' },
      { code: 'N1-B1', name: '1 栋', level: 'building', parentCode: 'N1' },
      { code: 'N1', name: '重复', level: 'grid' }, // duplicate code
      { code: 'N2-B1', name: 'x', level: 'building', parentCode: 'NOPE' }, // unknown parent
      { code: 'N3', name: 'x', level: 'building' }, // a building needs a grid parent
      { code: '', name: 'x', level: 'grid', sortOrder: 'abc' }, // missing code, bad sort order
    ],
    households: [
      { number: 'N-1', address: '新小区 1 栋', unitCode: 'N1-B1', tags: '党员户、低保户' },
      { number: 'JQ-1-01', address: '重复', unitCode: 'N1-B1' }, // exists already
      { number: 'N-2', address: '', unitCode: 'ZZ' }, // no address, unknown unit
    ],
    residents: [
      { householdNumber: 'N-1', name: '王一', gender: '男', idNumber: demoIdNumber('520222', '1960-01-01', 1), phone: '13800000001' },
      { householdNumber: 'N-9', name: '', gender: '?', idNumber: '520222196001010000', phone: '12345' },
      { householdNumber: 'N-1', name: '王三', gender: 'constructor' }, // not a gender, though every object has the key
    ],
  };
  const before = await counts();
  for (const dryRun of [true, false]) {
    const r = (await s.gql(Import, { input: { ...input, dryRun } }, { token: admin })).data!.gridImport;
    expect(r.userErrors).toEqual([]);
    expect(r.report!.applied).toBe(false);
    expect(r.report!.problems.map((p) => `${p.sheet}:${p.row}:${p.field}`).sort()).toEqual(
      [
        'households:2:number',
        'households:3:address',
        'households:3:unitCode',
        'residents:2:gender',
        'residents:2:householdNumber',
        'residents:2:idNumber',
        'residents:2:name',
        'residents:2:phone',
        'residents:3:gender',
        'units:3:code',
        'units:4:parentCode',
        'units:5:parentCode',
        'units:6:code',
        'units:6:sortOrder',
      ].sort(),
    );
    expect(r.report!.problems.every((p) => p.reason.length > 0)).toBe(true);
    // Reasons never echo personal data back.
    expect(JSON.stringify(r.report!.problems)).not.toContain('520222196001010000');
  }
  expect(await counts()).toEqual(before);
});

test('10,000 households with residents in one call: dry run, then apply all at once', async () => {
  const units = [{ code: 'BIG', name: '大网格', level: 'grid' }];
  for (let b = 0; b < 50; b++) units.push({ code: `BIG-${b}`, name: `${b} 栋`, level: 'building', parentCode: 'BIG' } as any);
  const households = Array.from({ length: 10_000 }, (_, i) => ({ number: `BIG-${i}`, address: `大小区 ${i % 50} 栋 ${i}`, unitCode: `BIG-${i % 50}` }));
  const residents = Array.from({ length: 10_000 }, (_, i) => ({
    householdNumber: `BIG-${i}`,
    name: `居民${i}`,
    gender: i % 2 ? 'FEMALE' : 'MALE',
    relationToHead: '户主',
  }));
  const before = await counts();

  let t = Date.now();
  const dry = (await s.gql(Import, { input: { dryRun: true, units, households, residents } }, { token: admin })).data!.gridImport.report!;
  const dryMs = Date.now() - t;
  expect(dry).toMatchObject({ applied: false, units: 51, households: 10_000, residents: 10_000, placements: 10_000, problems: [] });
  expect(await counts()).toEqual(before);

  // One bad row among 10,000: nothing half-applied.
  const bad = households.map((h, i) => (i === 9_999 ? { ...h, unitCode: 'MISSING' } : h));
  const refused = (await s.gql(Import, { input: { dryRun: false, units, households: bad, residents } }, { token: admin })).data!.gridImport.report!;
  expect(refused.applied).toBe(false);
  expect(refused.problems).toEqual([{ sheet: 'households', row: 10_000, field: 'unitCode', reason: expect.any(String) }]);
  expect(await counts()).toEqual(before);

  t = Date.now();
  const applied = (await s.gql(Import, { input: { dryRun: false, units, households, residents } }, { token: admin })).data!.gridImport.report!;
  const applyMs = Date.now() - t;
  expect(applied).toMatchObject({ applied: true, units: 51, households: 10_000, residents: 10_000, placements: 10_000, problems: [] });
  const after = await counts();
  expect(after).toEqual({ h: before.h + 10_000, r: before.r + 10_000, u: before.u + 51, p: before.p + 10_000 });
  const big = (await s.gql(Tree, {}, { token: admin })).data!.gridUnits.nodes.find((n) => n.code === 'BIG')!;
  expect(big.householdCount).toBe(10_000);
  // Applying the same file again is refused row by row: everything exists now.
  const again = (await s.gql(Import, { input: { dryRun: true, units: units.slice(0, 1), households: households.slice(0, 2) } }, { token: admin })).data!
    .gridImport.report!;
  expect(again.problems.map((p) => p.field)).toEqual(['code', 'number', 'number']);
  console.log(`grid import of 10,000 households + 10,000 residents: dry run ${dryMs} ms, apply ${applyMs} ms`);
}, 180_000);
