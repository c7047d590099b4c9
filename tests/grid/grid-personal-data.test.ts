// Personal data at rest (issue 3 item 5): 身份证号 and phone are sealed (AES-256-GCM, key id in
// front) with a blind index each; exact lookup works through the index; masked by role; every
// unmasked read logs one row; a wrong key fails clearly; keys rotate; the migration seals clear
// values and drops the clear columns; configuration demands keys in production.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { beforeMigration } from '../harness/migration';
import { demoIdNumber } from '../../src/modules/core/core.demo';
import { ConfigError, loadConfig } from '../../src/config';
import { resolvePersonalDataKeys, TEST_PII_KEYS } from '../../src/server/secrets';
import { generatePersonalDataKeys, parsePersonalDataKeys, PersonalDataKeyError, personalDataKeysOf } from '../../src/schema/personal-crypto';
import { openResidentField, personalIndex, sealResidentField } from '../../src/modules/core/personal-data.service';

/** SQL: the text with every UUID removed. */
const noUuids = (text: string) => `regexp_replace(${text}, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', '', 'gi')`;

const Configure = graphql(`
  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Create = graphql(`
  mutation GridPiiResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
        idNumber
        phone
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Lookup = graphql(`
  query GridPiiLookup($idNumber: String, $phone: String) {
    residents(first: 5, idNumber: $idNumber, phone: $phone) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);
const Read = graphql(`
  query GridPiiRead($id: ID!, $unmasked: Boolean!) {
    node(id: $id) {
      ... on Resident {
        name
        idNumber(unmasked: $unmasked)
        phone(unmasked: $unmasked)
      }
    }
  }
`);
const AccessLog = graphql(`
  query GridPiiAccessLog($r: ID) {
    personalDataAccessLog(resident: $r, first: 20) {
      totalCount
      nodes {
        at
        subject
        account
        fields
        reason
        requestId
      }
    }
  }
`);
const ReadWhy = graphql(`
  query GridPiiReadWhy($id: ID!) {
    node(id: $id) {
      ... on Resident {
        idNumber(unmasked: true, reason: "核对低保申请")
      }
    }
  }
`);
const Households = graphql(`
  query GridPiiHouseholds {
    households(first: 100) {
      nodes {
        id
        number
        members {
          id
        }
      }
    }
  }
`);
const Import = graphql(`
  mutation GridPiiImport($input: GridImportInput!) {
    gridImport(input: $input) {
      report {
        applied
        residents
        problems {
          sheet
          row
          field
          reason
        }
      }
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

// An ID number whose check character is X: the lookup must match it typed in lower case too.
let idX = '';
for (let n = 0; !idX.endsWith('X'); n++) idX = demoIdNumber('520222', '1984-03-09', n);
const phone = '13912345670';
let residentId = '';
let g1Household = '';

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'volunteer']) tok[l] = await s.login(l);
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: true } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors).toEqual([]);
  g1Household = (await s.gql(Households, {}, { token: tok.admin })).data!.households.nodes.find((h) => h.number === 'JQ-1-03')!.id;
  const r = await s.gql(Create, { input: { name: '加密测试', idNumber: idX.toLowerCase(), phone, household: g1Household } }, { token: tok.staff });
  expect(r.data!.residentCreate.userErrors).toEqual([]);
  residentId = r.data!.residentCreate.resident!.id;
}, 60_000);

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

describe('at rest', () => {
  test('no column of any resident holds a clear 身份证号 or phone; values are sealed with a key id and indexed', async () => {
    const cols = (await db.query(`select column_name from information_schema.columns where table_name = 'resident' order by 1`)).rows.map((r) => r.column_name);
    expect(cols).toEqual(expect.arrayContaining(['id_number_enc', 'id_number_bidx', 'phone_enc', 'phone_bidx']));
    expect(cols).not.toContain('id_number');
    expect(cols).not.toContain('phone');
    expect(await count('select count(*) n from resident where id_number_enc is not null')).toBeGreaterThan(70); // the demo residents and ours
    // Whole rows as text: no 18-character ID number, no 11-digit mobile anywhere. UUIDs are left
    // out: the random tail of a uuid holds eleven decimal digits in a row often enough to flake.
    expect(await count(`select count(*) n from resident r where ${noUuids('row_to_json(r)::text')} ~* '[1-9][0-9]{16}[0-9x]'`)).toBe(0);
    expect(await count(`select count(*) n from resident r where ${noUuids('row_to_json(r)::text')} ~ '1[3-9][0-9]{9}'`)).toBe(0);
    expect(await count(`select count(*) n from resident where id_number_enc !~ '^test:[A-Za-z0-9_-]{40,}$' or phone_enc !~ '^test:'`)).toBe(0);
    // Nor do the events or the access log carry them.
    expect(
      await count(
        `select count(*) n from outbox_event e where ${noUuids('e.data::text')} ~* '[1-9][0-9]{16}[0-9x]' or ${noUuids('e.data::text')} ~ '1[3-9][0-9]{9}'`,
      ),
    ).toBe(0);
    // Random IVs: the same number sealed twice differs; the blind index is the same.
    const keys = parsePersonalDataKeys(TEST_PII_KEYS.keys, TEST_PII_KEYS.index);
    const a = sealResidentField(keys, residentId, 'idNumber', idX);
    const b = sealResidentField(keys, residentId, 'idNumber', idX);
    expect(a.idNumberEnc).not.toBe(b.idNumberEnc);
    expect(a.idNumberBidx).toBe(b.idNumberBidx);
    expect(await count(`select count(*) n from resident where id_number_bidx = $1`, [a.idNumberBidx])).toBe(1);
  });

  test('a sealed value copied to another row or field does not open (bound to row and field)', () => {
    const keys = parsePersonalDataKeys(TEST_PII_KEYS.keys, TEST_PII_KEYS.index);
    const sealed = { idNumberEnc: sealResidentField(keys, 'row-a', 'idNumber', idX).idNumberEnc ?? null };
    expect(openResidentField(keys, { id: 'row-a', idNumberEnc: sealed.idNumberEnc, phoneEnc: null }, 'idNumber')).toBe(idX);
    expect(() => openResidentField(keys, { id: 'row-b', idNumberEnc: sealed.idNumberEnc, phoneEnc: null }, 'idNumber')).toThrow(PersonalDataKeyError);
    expect(() => openResidentField(keys, { id: 'row-a', idNumberEnc: null, phoneEnc: sealed.idNumberEnc }, 'phone')).toThrow(PersonalDataKeyError);
  });
});

describe('lookup by number', () => {
  test('residents(idNumber:) and residents(phone:) find exactly the resident, whatever the case of X', async () => {
    for (const idNumber of [idX, idX.toLowerCase(), ` ${idX} `]) {
      const r = await s.gql(Lookup, { idNumber }, { token: tok.staff });
      expect(r.data!.residents).toEqual({ totalCount: 1, nodes: [{ id: residentId, name: '加密测试' }] });
    }
    expect((await s.gql(Lookup, { phone }, { token: tok.admin })).data!.residents.nodes.map((n) => n.id)).toEqual([residentId]);
    expect((await s.gql(Lookup, { idNumber: demoIdNumber('110101', '1984-03-09', 1) }, { token: tok.staff })).data!.residents.totalCount).toBe(0);
    // The grid worker of G1 finds them (their unit); social workers may not search by number.
    expect((await s.gql(Lookup, { idNumber: idX }, { token: tok.grid })).data!.residents.totalCount).toBe(1);
    expect(codes(await s.gql(Lookup, { idNumber: idX }, { token: tok.socialworker }))).toEqual(['FORBIDDEN']);
    expect(codes(await s.gql(Lookup, { phone }, { token: tok.volunteer }))).toEqual(['FORBIDDEN']);
  });

  test('import: a 身份证号 already registered, or twice in the file, is a reported bad row', async () => {
    const other = demoIdNumber('520222', '1991-01-01', 7);
    const input = {
      dryRun: true,
      units: [],
      households: [],
      residents: [
        { name: '重复甲', householdNumber: 'JQ-1-03', idNumber: idX },
        { name: '新人乙', householdNumber: 'JQ-1-03', idNumber: other },
        { name: '新人丙', householdNumber: 'JQ-1-03', idNumber: other },
      ],
    };
    const r = (await s.gql(Import, { input }, { token: tok.admin })).data!.gridImport;
    expect(r.report!.problems).toEqual([
      { sheet: 'residents', row: 1, field: 'idNumber', reason: '身份证号已登记 — a current resident has this ID number' },
      { sheet: 'residents', row: 3, field: 'idNumber', reason: '身份证号重复 — same ID number as row 2' },
    ]);
    expect(JSON.stringify(r)).not.toContain(other);
    // Applied rows are sealed and findable like any other.
    const ok = (await s.gql(Import, { input: { ...input, dryRun: false, residents: [input.residents[1]!] } }, { token: tok.admin })).data!.gridImport;
    expect(ok.report).toMatchObject({ applied: true, residents: 1, problems: [] });
    expect((await s.gql(Lookup, { idNumber: other }, { token: tok.staff })).data!.residents.nodes.map((n) => n.name)).toEqual(['新人乙']);
    expect(await count(`select count(*) n from resident r where row_to_json(r)::text like '%' || $1 || '%'`, [other])).toBe(0);
  });
});

describe('masking per role, and the access log', () => {
  const rawId = () => Buffer.from(residentId, 'base64url').toString().split(':')[2];
  // Unmasked reads; the searches by number above logged rows of their own (issue 17), counted apart.
  const accessRows = () => count(`select count(*) n from personal_data_access where subject_id = $1 and reason not like 'search: %'`, [rawId()]);
  const searchRows = () => count(`select count(*) n from personal_data_access where subject_id = $1 and reason like 'search: %'`, [rawId()]);

  test('every reading role sees masked values; unmasked reads return the number and log one row per field', async () => {
    for (const who of ['admin', 'staff', 'grid', 'socialworker']) {
      const r = await s.gql(Read, { id: residentId, unmasked: false }, { token: tok[who] });
      expect([who, r.data!.node]).toEqual([who, { name: '加密测试', idNumber: `${idX.slice(0, 3)}***********${idX.slice(-4)}`, phone: '139****5670' }]);
    }
    expect(await accessRows()).toBe(0);
    // The five searches that found the resident (lookup by number) are in the log.
    expect(await searchRows()).toBe(5);
    for (const who of ['admin', 'staff', 'grid']) {
      const before = await accessRows();
      const r = await s.gql(Read, { id: residentId, unmasked: true }, { token: tok[who] });
      expect([who, r.data!.node]).toEqual([who, { name: '加密测试', idNumber: idX, phone }]);
      expect(await accessRows()).toBe(before + 2);
    }
    const rows = (
      await db.query(
        `select l.fields, a.login from personal_data_access l join account a on a.id = l.account_id
          where l.subject_id = $1 and l.reason not like 'search: %' order by l.created_at, l.fields`,
        [rawId()],
      )
    ).rows;
    expect(rows.map((r) => `${r.login}:${r.fields.join()}`).sort()).toEqual([
      'admin:idNumber',
      'admin:phone',
      'grid:idNumber',
      'grid:phone',
      'staff:idNumber',
      'staff:phone',
    ]);
  });

  test('admins query the access log: who, whose, which field, why, when; others may not', async () => {
    expect((await s.gql(ReadWhy, { id: residentId }, { token: tok.staff })).data!.node).toEqual({ idNumber: idX });
    const log = (await s.gql(AccessLog, { r: residentId }, { token: tok.admin })).data!.personalDataAccessLog;
    expect(log.totalCount).toBe(7 + 5);
    expect(log.nodes[0]).toMatchObject({ subject: residentId, fields: ['idNumber'], reason: '核对低保申请' });
    expect(log.nodes[0]!.account).toBeTruthy();
    expect(new Date(log.nodes[0]!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const reads = log.nodes.slice(1).filter((n) => !n.reason?.startsWith('search: '));
    expect(reads).toHaveLength(6);
    expect(reads.every((n) => n.reason === 'operation GridPiiRead')).toBe(true);
    expect(log.nodes.filter((n) => n.reason === 'search: operation GridPiiLookup')).toHaveLength(5);
    expect(JSON.stringify(log)).not.toContain(idX);
    for (const who of ['staff', 'grid', 'socialworker'])
      expect([who, codes(await s.gql(AccessLog, { r: residentId }, { token: tok[who] }))]).toEqual([who, ['FORBIDDEN']]);
  });

  test('roles without readPersonal get FORBIDDEN for unmasked values and leave no row; no resident.read: no resident', async () => {
    const before = await accessRows();
    const sw = await s.gql(Read, { id: residentId, unmasked: true }, { token: tok.socialworker });
    expect(codes(sw)).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect(JSON.stringify(sw)).not.toContain(idX);
    expect((await s.gql(Read, { id: residentId, unmasked: false }, { token: tok.volunteer })).data!.node).toBeNull();
    expect(await accessRows()).toBe(before);
  });
});

describe('keys', () => {
  test('a server with the wrong key fails clearly on sealed values and logs nothing; rotation reads old keys and writes with the new', async () => {
    const other = generatePersonalDataKeys('prod1');
    const wrong = await startTestServer({ databaseUrl: s.databaseUrl, config: { piiKeys: other.keys, piiIndexKey: TEST_PII_KEYS.index } });
    try {
      const t = await wrong.login('staff');
      const r = await wrong.gql(Read, { id: residentId, unmasked: false }, { token: t });
      expect(codes(r)).toEqual(['PERSONAL_DATA_KEY', 'PERSONAL_DATA_KEY']);
      expect(r.errors![0]!.message).toMatch(/密钥/);
      expect(r.data!.node).toMatchObject({ name: '加密测试', idNumber: null, phone: null });
    } finally {
      await wrong.stop();
    }

    // Rotation: the new key first (writes), the old one still listed (reads).
    const rotated = await startTestServer({
      databaseUrl: s.databaseUrl,
      config: { piiKeys: `${other.keys},${TEST_PII_KEYS.keys}`, piiIndexKey: TEST_PII_KEYS.index },
    });
    try {
      const t = await rotated.login('staff');
      expect((await rotated.gql(Read, { id: residentId, unmasked: true }, { token: t })).data!.node).toMatchObject({ idNumber: idX, phone });
      const fresh = demoIdNumber('520222', '1975-12-30', 3);
      const c = await rotated.gql(Create, { input: { name: '轮换新人', idNumber: fresh } }, { token: t });
      expect(c.data!.residentCreate.userErrors).toEqual([]);
      expect((await db.query(`select id_number_enc from resident where name = '轮换新人'`)).rows[0].id_number_enc).toMatch(/^prod1:/);
      expect((await rotated.gql(Lookup, { idNumber: fresh }, { token: t })).data!.residents.totalCount).toBe(1);
      // The old server, without the new key, names the missing key instead of answering garbage.
      const old = await s.gql(Read, { id: c.data!.residentCreate.resident!.id, unmasked: false }, { token: tok.staff });
      expect(codes(old)).toEqual(['PERSONAL_DATA_KEY']);
    } finally {
      await rotated.stop();
    }
  });

  test('configuration: production needs both keys; malformed keys are one clear line; the embedded default persists its keys', async () => {
    const prod = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@127.0.0.1/x', WUSHE_JWT_SECRET: 'x'.repeat(40) };
    expect(() => loadConfig(prod)).toThrow(ConfigError);
    expect(() => loadConfig(prod)).toThrow(/WUSHE_PII_KEYS and WUSHE_PII_INDEX_KEY .* required in production/);
    const k = generatePersonalDataKeys();
    expect(loadConfig({ ...prod, WUSHE_PII_KEYS: k.keys, WUSHE_PII_INDEX_KEY: k.index }).piiKeys).toBe(k.keys);
    for (const bad of ['k1:short', 'nokey', `k1:${'a'.repeat(64)},k1:${'b'.repeat(64)}`]) {
      let message = '';
      try {
        loadConfig({ ...prod, WUSHE_PII_KEYS: bad, WUSHE_PII_INDEX_KEY: k.index });
      } catch (e) {
        message = (e as Error).message;
      }
      expect(message).toMatch(/^配置错误 \/ bad configuration: WUSHE_PII_KEYS/);
      expect(message).not.toContain('\n');
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wushe-pii-'));
    try {
      const config = loadConfig({ NODE_ENV: 'development', WUSHE_DATA_DIR: dir });
      const first = resolvePersonalDataKeys(config);
      expect(fs.statSync(path.join(dir, 'pii-keys.json')).mode & 0o777).toBe(0o600);
      const again = resolvePersonalDataKeys(config);
      expect(again.current).toBe(first.current);
      expect(again.keys.get(again.current)!.equals(first.keys.get(first.current)!)).toBe(true);
      expect(again.index.equals(first.index)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('migration', () => {
  test('existing clear values are sealed and indexed in the migration, and the clear columns are gone', () =>
    beforeMigration('Migration20261122200000_core_personal_data_encrypt', async ({ orm, c, migrator, communityId: cid }) => {
      const people = Array.from({ length: 2500 }, (_, i) => ({
        id: `01900000-0000-7000-8000-${String(i + 10).padStart(12, '0')}`,
        idNumber: i % 3 === 0 ? null : demoIdNumber('520222', '1960-01-01', i),
        phone: i % 4 === 0 ? null : `138${String(10000000 + i).slice(0, 8)}`,
      }));
      await c.query(
        `insert into resident (id, created_at, updated_at, community_id, name, id_number, phone)
        select u.id, now(), now(), $1, '迁移居民', u.idn, u.ph from unnest($2::uuid[], $3::text[], $4::text[]) as u(id, idn, ph)`,
        [cid, people.map((p) => p.id), people.map((p) => p.idNumber), people.map((p) => p.phone)],
      );
      await migrator.up();
      const cols = (await c.query(`select column_name from information_schema.columns where table_name = 'resident'`)).rows.map((r) => r.column_name);
      expect(cols).not.toContain('id_number');
      expect(cols).not.toContain('phone');
      const rows = (await c.query(`select id, id_number_enc, id_number_bidx, phone_enc, phone_bidx from resident order by id`)).rows;
      expect(rows).toHaveLength(2500);
      const keys = personalDataKeysOf(orm.config);
      for (const [i, r] of rows.entries()) {
        const p = people[i]!;
        const row = { id: r.id, idNumberEnc: r.id_number_enc, phoneEnc: r.phone_enc };
        expect(openResidentField(keys, row, 'idNumber')).toBe(p.idNumber ?? null);
        expect(openResidentField(keys, row, 'phone')).toBe(p.phone ?? null);
        expect(r.id_number_bidx).toBe(p.idNumber ? personalIndex(keys, 'idNumber', p.idNumber) : null);
        expect(r.phone_bidx).toBe(p.phone ? personalIndex(keys, 'phone', p.phone) : null);
      }
      expect(Number((await c.query(`select count(*) n from resident r where ${noUuids('row_to_json(r)::text')} ~ '1[3-9][0-9]{9}'`)).rows[0].n)).toBe(0);
    }));
});
