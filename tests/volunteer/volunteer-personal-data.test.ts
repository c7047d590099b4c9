// A volunteer's 身份证号 at rest (as residents'): sealed with core's keys and bound to
// volunteer_member.id_number and the row, with a blind index; no clear number in any volunteer
// table; exact lookup and duplicate registration by the index (also under concurrency); masked by
// role, unmasked only with volunteer.readPersonal and logged in core's access log; the migration
// seals clear rows and drops the clear column (and down restores it).
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { beforeMigration } from '../harness/migration';
import { demoIdNumber } from '../../src/modules/core/core.demo';
import { openPersonalField, personalIndex } from '../../src/modules/core/public';
import { parsePersonalDataKeys, personalDataKeysOf } from '../../src/schema/personal-crypto';
import { TEST_PII_KEYS } from '../../src/server/secrets';
import { ID_NUMBER_BINDING } from '../../src/modules/volunteer/member-personal.service';
import { naiveRegistration } from './volunteer.naive';

const Configure = graphql(`
  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Register = graphql(`
  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {
    volunteerMemberRegister(input: $input) {
      member {
        id
        idNumberMasked
        idNumber
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Join = graphql(`
  mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) {
    volunteerMemberJoin(input: $input) {
      member {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Update = graphql(`
  mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) {
    volunteerMemberUpdate(input: $input) {
      member {
        id
        idNumber
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Lookup = graphql(`
  query VolunteerPiiLookup($idNumber: String) {
    volunteerMembers(first: 5, idNumber: $idNumber) {
      totalCount
      nodes {
        id
        name
      }
    }
  }
`);
const Read = graphql(`
  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) {
    node(id: $id) {
      ... on VolunteerMember {
        name
        idNumberMasked
        idNumber(unmasked: $unmasked, reason: "志愿中国实名录入")
      }
    }
  }
`);
const Me = graphql(`
  query VolunteerPiiMe {
    volunteerMe {
      id
      idNumber
      idNumberMasked
    }
  }
`);
const MeUnmasked = graphql(`
  query VolunteerPiiMeUnmasked {
    volunteerMe {
      id
      idNumber(unmasked: true)
    }
  }
`);
const AccessLog = graphql(`
  query VolunteerPiiAccessLog {
    personalDataAccessLog(first: 50) {
      nodes {
        subject
        fields
        reason
        account
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const gid = (type: string, id: string) => Buffer.from(`v1:${type}:${id}`).toString('base64url');
const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[2]!;
const testKeys = parsePersonalDataKeys(TEST_PII_KEYS.keys, TEST_PII_KEYS.index);

// A valid number whose check character is X: lookups and duplicates must match it typed in lower case.
let idX = '';
for (let n = 0; !idX.endsWith('X'); n++) idX = demoIdNumber('520222', '1990-01-01', n);
const masked = `${idX.slice(0, 3)}***********${idX.slice(-4)}`;
let memberId = '';

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'staff', 'socialworker', 'org', 'volunteer', 'resident', 'street']) tok[l] = await s.login(l);
  expect(
    (await s.gql(Configure, { input: { moduleKey: 'volunteer', enabled: true } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors,
  ).toEqual([]);
  const accountId = gid('Account', (await db.query(`select id from account where login = 'volunteer'`)).rows[0].id);
  const r = await s.gql(Register, { input: { name: '实名志愿者', accountId, idNumber: idX.toLowerCase() } }, { token: tok.staff });
  expect(r.data!.volunteerMemberRegister.userErrors).toEqual([]);
  expect(r.data!.volunteerMemberRegister.member).toMatchObject({ idNumberMasked: masked, idNumber: masked });
  memberId = r.data!.volunteerMemberRegister.member!.id;
}, 60_000);

afterAll(async () => {
  await db?.end();
  await s?.stop();
});

describe('at rest', () => {
  test("no volunteer table holds a clear 身份证号; the member's number is sealed with a key id and indexed", async () => {
    const cols = (await db.query(`select column_name from information_schema.columns where table_name = 'volunteer_member'`)).rows.map((r) => r.column_name);
    expect(cols).toEqual(expect.arrayContaining(['id_number_enc', 'id_number_bidx']));
    expect(cols).not.toContain('id_number');
    const tables = (await db.query(`select table_name from information_schema.tables where table_schema = 'public' and table_name like 'volunteer%'`)).rows.map(
      (r) => r.table_name,
    );
    expect(tables).toEqual(expect.arrayContaining(['volunteer', 'volunteer_member', 'volunteer_hours']));
    for (const t of tables) expect([t, await count(`select count(*) n from "${t}" r where row_to_json(r)::text ~* '[1-9][0-9]{16}[0-9x]'`)]).toEqual([t, 0]);
    const [row] = (await db.query(`select id_number_enc, id_number_bidx from volunteer_member where id = $1`, [raw(memberId)])).rows;
    expect(row.id_number_enc).toMatch(/^[A-Za-z0-9_-]+:[A-Za-z0-9_-]+$/);
    // Same index space as residents': one person, one index wherever the number is kept.
    expect(row.id_number_bidx).toBe(personalIndex(testKeys, 'idNumber', idX));
  });

  test('a sealed value copied to another member does not decrypt (bound to its row): PERSONAL_DATA_KEY, nothing leaks', async () => {
    const other = await s.gql(Register, { input: { name: '被复制者' } }, { token: tok.staff });
    const otherId = other.data!.volunteerMemberRegister.member!.id;
    await db.query(`update volunteer_member set id_number_enc = (select id_number_enc from volunteer_member where id = $1) where id = $2`, [
      raw(memberId),
      raw(otherId),
    ]);
    const r = await s.gql(Read, { id: otherId, unmasked: false }, { token: tok.staff });
    expect(codes(r)).toContain('PERSONAL_DATA_KEY');
    expect(JSON.stringify(r)).not.toContain(idX.slice(6, 14));
    await db.query(`update volunteer_member set id_number_enc = null, active = false where id = $1`, [raw(otherId)]);
  });
});

describe('masking per role and the access log', () => {
  test('staff and admin read it unmasked with a reason, logged once per read; others see it masked or not at all', async () => {
    const logged = async () => (await s.gql(AccessLog, {}, { token: tok.admin })).data!.personalDataAccessLog.nodes.filter((n) => n.subject === memberId);
    expect(await logged()).toEqual([]);
    // Masked reads are not logged.
    for (const l of ['staff', 'socialworker', 'org']) {
      expect([l, (await s.gql(Read, { id: memberId, unmasked: false }, { token: tok[l] })).data!.node]).toEqual([
        l,
        { name: '实名志愿者', idNumberMasked: masked, idNumber: masked },
      ]);
    }
    expect((await s.gql(Me, {}, { token: tok.volunteer })).data!.volunteerMe).toMatchObject({ idNumber: masked, idNumberMasked: masked });
    expect(await logged()).toEqual([]);
    for (const l of ['staff', 'admin']) {
      expect([l, (await s.gql(Read, { id: memberId, unmasked: true }, { token: tok[l] })).data!.node]).toEqual([
        l,
        { name: '实名志愿者', idNumberMasked: masked, idNumber: idX },
      ]);
    }
    const rows = await logged();
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ fields: ['idNumber'], reason: '志愿中国实名录入' });
    // 社工 and 社会组织 organize but do not hold volunteer.readPersonal; the volunteer cannot unmask their own either.
    for (const l of ['socialworker', 'org'])
      expect([l, codes(await s.gql(Read, { id: memberId, unmasked: true }, { token: tok[l] }))]).toEqual([l, ['FORBIDDEN']]);
    expect(codes(await s.gql(MeUnmasked, {}, { token: tok.volunteer }))).toEqual(['FORBIDDEN']);
    // Nor can anyone outside the organizers reach the member at all.
    expect((await s.gql(Read, { id: memberId, unmasked: false }, { token: tok.resident })).data?.node ?? null).toBeNull();
    expect(await logged()).toHaveLength(2);
  });
});

describe('lookup and duplicates by blind index', () => {
  test('exact lookup by number (any case) needs volunteer.readPersonal', async () => {
    for (const v of [idX, idX.toLowerCase(), ` ${idX} `]) {
      const r = (await s.gql(Lookup, { idNumber: v }, { token: tok.staff })).data!.volunteerMembers;
      expect(r.nodes.map((n) => n.id)).toEqual([memberId]);
    }
    expect((await s.gql(Lookup, { idNumber: demoIdNumber('520222', '1990-01-01', 999) }, { token: tok.staff })).data!.volunteerMembers.totalCount).toBe(0);
    expect(codes(await s.gql(Lookup, { idNumber: idX }, { token: tok.socialworker }))).toEqual(['FORBIDDEN']);
  });

  test('registering, joining or correcting to a number already registered is refused, nothing written', async () => {
    const before = await count('select count(*) n from volunteer_member');
    const reg = await s.gql(Register, { input: { name: '重复登记', idNumber: idX } }, { token: tok.staff });
    expect(reg.data!.volunteerMemberRegister.userErrors).toEqual([{ code: 'VOLUNTEER_ALREADY_REGISTERED', field: ['input', 'idNumber'] }]);
    const join = await s.gql(Join, { input: { name: '自己加入', idNumber: idX.toLowerCase() } }, { token: tok.resident });
    expect(join.data!.volunteerMemberJoin.userErrors).toEqual([{ code: 'VOLUNTEER_ALREADY_REGISTERED', field: ['input', 'idNumber'] }]);
    expect(await count('select count(*) n from volunteer_member')).toBe(before);
    // Correcting another member to this number is refused too; correcting to a new one works and re-indexes.
    const other = (await s.gql(Register, { input: { name: '另一位', idNumber: demoIdNumber('520222', '1988-05-05', 1) } }, { token: tok.staff })).data!
      .volunteerMemberRegister.member!.id;
    expect((await s.gql(Update, { input: { id: other, idNumber: idX } }, { token: tok.staff })).data!.volunteerMemberUpdate.userErrors[0]!.code).toBe(
      'VOLUNTEER_ALREADY_REGISTERED',
    );
    const fresh = demoIdNumber('520222', '1988-05-05', 2);
    expect((await s.gql(Update, { input: { id: other, idNumber: fresh } }, { token: tok.staff })).data!.volunteerMemberUpdate.userErrors).toEqual([]);
    expect((await s.gql(Lookup, { idNumber: fresh }, { token: tok.staff })).data!.volunteerMembers.nodes.map((n) => n.id)).toEqual([other]);
    // Re-saving a member's own number is not a duplicate of itself.
    expect((await s.gql(Update, { input: { id: other, idNumber: fresh } }, { token: tok.staff })).data!.volunteerMemberUpdate.userErrors).toEqual([]);
    // Malformed numbers are typed errors.
    expect(
      (await s.gql(Register, { input: { name: '坏号码', idNumber: '12345' } }, { token: tok.staff })).data!.volunteerMemberRegister.userErrors[0]!.code,
    ).toBe('ID_NUMBER_INVALID');
  });

  test('concurrent registrations of one new number: exactly one is written', async () => {
    const n = demoIdNumber('520222', '1975-07-07', 7);
    const all = await Promise.all(Array.from({ length: 6 }, (_, i) => s.gql(Register, { input: { name: `并发${i}`, idNumber: n } }, { token: tok.staff })));
    const errs = all.map((r) => r.data!.volunteerMemberRegister.userErrors.map((e) => e.code).join());
    expect(errs.filter((e) => e === '')).toHaveLength(1);
    expect(errs.filter((e) => e === 'VOLUNTEER_ALREADY_REGISTERED')).toHaveLength(5);
    const bidx = personalIndex(testKeys, 'idNumber', n);
    expect(await count('select count(*) n from volunteer_member where id_number_bidx = $1', [bidx])).toBe(1);
  });

  test('negative control: without the per-number lock, concurrent registrations of one number are both written', async () => {
    const n = demoIdNumber('520222', '1975-07-07', 8);
    await s.withStrategies(naiveRegistration, () =>
      Promise.all(Array.from({ length: 6 }, (_, i) => s.gql(Register, { input: { name: `天真${i}`, idNumber: n } }, { token: tok.staff }))),
    );
    expect(await count('select count(*) n from volunteer_member where id_number_bidx = $1', [personalIndex(testKeys, 'idNumber', n)])).toBeGreaterThan(1);
  });
});

describe('migration', () => {
  test(
    'clear numbers are sealed and indexed, the clear column dropped; down restores them',
    () =>
      beforeMigration('Migration20261123020000_volunteer_personal_data_encrypt', async ({ orm, c, migrator, previous, communityId: cid }) => {
        const people = Array.from({ length: 2100 }, (_, i) => ({
          id: `01900000-0000-7000-8000-${String(i + 10).padStart(12, '0')}`,
          idNumber: i % 3 === 0 ? null : demoIdNumber('520222', '1960-01-01', i),
        }));
        await c.query(
          `insert into volunteer_member (id, community_id, name, id_number) select u.id, $1, '迁移志愿者', u.idn from unnest($2::uuid[], $3::text[]) as u(id, idn)`,
          [cid, people.map((p) => p.id), people.map((p) => p.idNumber)],
        );
        await migrator.up({ to: 'Migration20261123020000_volunteer_personal_data_encrypt' });
        const cols = async () =>
          (await c.query(`select column_name from information_schema.columns where table_name = 'volunteer_member'`)).rows.map((r) => r.column_name);
        expect(await cols()).not.toContain('id_number');
        const rows = (await c.query(`select id, id_number_enc, id_number_bidx from volunteer_member order by id`)).rows;
        expect(rows).toHaveLength(2100);
        const keys = personalDataKeysOf(orm.config);
        for (const [i, r] of rows.entries()) {
          const p = people[i]!;
          expect(openPersonalField(keys, ID_NUMBER_BINDING, r.id, r.id_number_enc)).toBe(p.idNumber);
          expect(r.id_number_bidx).toBe(p.idNumber ? personalIndex(keys, 'idNumber', p.idNumber) : null);
        }
        expect(Number((await c.query(`select count(*) n from volunteer_member r where row_to_json(r)::text ~* '[1-9][0-9]{16}[0-9x]'`)).rows[0].n)).toBe(0);
        await migrator.down({ to: previous });
        expect(await cols()).not.toContain('id_number_enc');
        const back = (await c.query(`select id_number from volunteer_member order by id`)).rows.map((r) => r.id_number);
        expect(back).toEqual(people.map((p) => p.idNumber));
      }),
    120_000,
  );
});
