// Core model end to end over GraphQL: communities and presets, households, residents with
// personal-data masking and the PIPL access log, pagination and search. The five-forces
// registry, memberships and API keys are in core-access.test.ts. Real server, real PostgreSQL.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { demoIdNumber } from '../../src/modules/core/core.demo';

const CommunityModules = graphql(`
  query CoreCommunityModules {
    community {
      id
      name
      preset
      modules {
        key
        enabled
        settings
      }
    }
  }
`);
const CommunityCreate = graphql(`
  mutation CoreCommunityCreate($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
        name
        preset
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const CommunityUpdate = graphql(`
  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) {
    communityUpdate(input: $input) {
      community {
        name
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const HouseholdCreate = graphql(`
  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
        number
        address
        tags
        closedAt
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const HouseholdUpdate = graphql(`
  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {
    householdUpdate(input: $input) {
      household {
        id
        number
        address
        building
        tags
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const HouseholdClose = graphql(`
  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {
    householdClose(input: $input) {
      household {
        id
        closedAt
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Households = graphql(`
  query CoreHouseholds($search: String, $includeClosed: Boolean) {
    households(first: 100, search: $search, includeClosed: $includeClosed) {
      totalCount
      nodes {
        id
        number
      }
    }
  }
`);
const ResidentCreate = graphql(`
  mutation CoreResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
        name
        age
        idNumber
        phone
        household {
          number
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const ResidentPersonal = graphql(`
  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {
    residents(first: 5, search: $search) {
      nodes {
        id
        idNumber(unmasked: $unmasked)
        phone
      }
    }
  }
`);
const ResidentPhone = graphql(`
  query CoreResidentPhone($search: String!) {
    residents(first: 5, search: $search) {
      nodes {
        id
        phone(unmasked: true)
      }
    }
  }
`);
const ResidentSensitive = graphql(`
  query CoreResidentSensitive($search: String!) {
    residents(first: 5, search: $search) {
      nodes {
        name
        sensitive {
          disability
          hardship
          healthNote
        }
      }
    }
  }
`);
const ResidentPage = graphql(`
  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {
    residents(first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      edges {
        cursor
        node {
          id
        }
      }
    }
  }
`);
const Configure = graphql(`
  mutation CoreConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'resident', 'platform']) tok[l] = await s.login(l);
  // Core alone: with the grid module on, grid staff reach only their units' households (that
  // narrowing is tested in grid-scope.test.ts); here the grid role acts with core's permissions.
  expect((await s.gql(Configure, { input: { moduleKey: 'grid', enabled: false } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors).toEqual(
    [],
  );
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

describe('community and presets', () => {
  test('the demo community runs core with the settings of its preset', async () => {
    const r = await s.gql(CommunityModules, {}, { token: tok.resident });
    expect(r.errors).toBeUndefined();
    expect(r.data!.community).toMatchObject({ name: '金秋社区', preset: 'panzhou-jinqiu' });
    const core = r.data!.community.modules!.find((m) => m.key === 'core');
    expect(core).toEqual({ key: 'core', enabled: true, settings: { defaultLocale: 'zh-CN', residentSelfRegistration: false, householdNumberPrefix: 'JQ' } });
  });

  test('the platform admin creates a community from a preset, and one without', async () => {
    const withPreset = await s.gql(
      CommunityCreate,
      { input: { name: '新城社区', regionCode: '520222001099', kind: 'RELOCATION', preset: 'panzhou-jinqiu' } },
      { token: tok.platform },
    );
    expect(withPreset.data!.communityCreate.userErrors).toEqual([]);
    const plain = await s.gql(CommunityCreate, { input: { name: '老街社区', regionCode: '520222001098' } }, { token: tok.platform });
    expect(plain.data!.communityCreate.userErrors).toEqual([]);
    const settingsOf = async (id: string) => {
      const r = await s.gql(CommunityModules, {}, { token: tok.platform, headers: { 'x-community-id': id } });
      expect(r.errors).toBeUndefined();
      return r.data!.community.modules!.find((m) => m.key === 'core')!.settings;
    };
    expect(await settingsOf(withPreset.data!.communityCreate.community!.id)).toMatchObject({ householdNumberPrefix: 'JQ' });
    expect(await settingsOf(plain.data!.communityCreate.community!.id)).toMatchObject({ householdNumberPrefix: '' });
    // The creator becomes the new community's admin.
    expect(
      await count(`select count(*) n from membership m join account a on a.id = m.account_id join community c on c.id = m.community_id
      where a.login = 'platform' and c.region_code = '520222001099' and 'COMMUNITY_ADMIN' = any(m.roles)`),
    ).toBe(1);
  });

  test('an unknown preset is a user error and writes nothing; a resident may not create communities', async () => {
    const before = await count('select count(*) n from community');
    const bad = await s.gql(CommunityCreate, { input: { name: '无名社区', regionCode: '520222001097', preset: 'no-such-preset' } }, { token: tok.platform });
    expect(bad.data!.communityCreate).toEqual({ community: null, userErrors: [{ code: 'PRESET_UNKNOWN', field: ['input', 'preset'] }] });
    const denied = await s.gql(CommunityCreate, { input: { name: '无名社区', regionCode: '520222001096' } }, { token: tok.resident });
    expect(codes(denied)).toEqual(['FORBIDDEN']);
    expect(await count('select count(*) n from community')).toBe(before);
    expect(await count(`select count(*) n from community_module where community_id not in (select id from community)`)).toBe(0);
  });

  test('communityUpdate reports a bad name on its field and keeps the old one', async () => {
    const r = await s.gql(CommunityUpdate, { input: { name: '   ' } }, { token: tok.admin });
    expect(r.data!.communityUpdate).toEqual({ community: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'name'] }] });
    expect(await count(`select count(*) n from community where name = '金秋社区'`)).toBe(1);
  });
});

describe('households', () => {
  test('create, update, duplicate number, close twice', async () => {
    const created = await s.gql(HouseholdCreate, { input: { number: 'T-1-01', address: '测试小区 1 栋', tags: ['党员户'] } }, { token: tok.staff });
    expect(created.data!.householdCreate.userErrors).toEqual([]);
    const id = created.data!.householdCreate.household!.id;

    const updated = await s.gql(HouseholdUpdate, { input: { id, address: '测试小区 1 栋 2 单元', building: '1 栋', tags: [] } }, { token: tok.grid });
    expect(updated.data!.householdUpdate).toEqual({
      household: { id, number: 'T-1-01', address: '测试小区 1 栋 2 单元', building: '1 栋', tags: [] },
      userErrors: [],
    });

    const dup = await s.gql(HouseholdCreate, { input: { number: 'T-1-01', address: '别处' } }, { token: tok.staff });
    expect(dup.data!.householdCreate).toEqual({ household: null, userErrors: [{ code: 'ALREADY_EXISTS', field: ['input', 'number'] }] });
    expect(await count(`select count(*) n from household where number = 'T-1-01'`)).toBe(1);

    const closed = await s.gql(HouseholdClose, { input: { id } }, { token: tok.staff });
    expect(closed.data!.householdClose.household!.closedAt).toBeTruthy();
    const again = await s.gql(HouseholdClose, { input: { id } }, { token: tok.staff });
    expect(again.data!.householdClose).toEqual({ household: null, userErrors: [{ code: 'INVALID_STATE', field: ['input', 'id'] }] });

    const open = await s.gql(Households, { search: 'T-1-' }, { token: tok.staff });
    expect(open.data!.households.totalCount).toBe(0);
    const all = await s.gql(Households, { search: 'T-1-', includeClosed: true }, { token: tok.staff });
    expect(all.data!.households.nodes.map((h) => h.id)).toEqual([id]);
  });
});

describe('residents and personal data', () => {
  const idNumber = demoIdNumber('520222', '1990-05-17', 42);
  const badChecksum = idNumber.slice(0, 17) + (idNumber[17] === '1' ? '2' : '1');
  const accessRows = () => count('select count(*) n from personal_data_access');
  const residentCount = () => count('select count(*) n from resident');

  let created: { age?: number | null } | null | undefined;
  beforeAll(async () => {
    const r = await s.gql(
      ResidentCreate,
      { input: { name: '测试居民甲', idNumber, phone: '13812345678', healthNote: '需随访', hardship: true } },
      { token: tok.staff },
    );
    expect(r.data!.residentCreate.userErrors).toEqual([]);
    created = r.data!.residentCreate.resident;
  });

  test('a valid 身份证号 is stored and returned masked, with the age it encodes', async () => {
    const now = new Date();
    const hadBirthday = now.getUTCMonth() > 4 || (now.getUTCMonth() === 4 && now.getUTCDate() >= 17);
    expect(created!.age).toBe(now.getUTCFullYear() - 1990 - (hadBirthday ? 0 : 1));
    const r = await s.gql(ResidentPersonal, { search: '测试居民甲', unmasked: false }, { token: tok.staff });
    const [node] = r.data!.residents.nodes;
    expect(node!.idNumber).toBe(`520***********${idNumber.slice(-4)}`);
    expect(node!.idNumber).toMatch(/^520\*{11}\d{3}[\dX]$/);
    expect(node!.phone).toBe('138****5678');
    // Stored sealed (key id, then ciphertext), with its blind index; never the clear number.
    expect(await count(`select count(*) n from resident where id_number_enc like 'test:%' and id_number_bidx is not null and birth_date = '1990-05-17'`)).toBe(
      1,
    );
  });

  test('bad checksum and bad phone are user errors that write nothing and do not echo the number', async () => {
    const before = await residentCount();
    const bad = await s.gql(ResidentCreate, { input: { name: '测试居民乙', idNumber: badChecksum } }, { token: tok.staff });
    expect(bad.data!.residentCreate.resident).toBeNull();
    expect(bad.data!.residentCreate.userErrors).toMatchObject([{ code: 'ID_NUMBER_INVALID', field: ['input', 'idNumber'] }]);
    expect(JSON.stringify(bad)).not.toContain(badChecksum);
    const phone = await s.gql(ResidentCreate, { input: { name: '测试居民乙', phone: '1381234567' } }, { token: tok.staff });
    expect(phone.data!.residentCreate.userErrors).toMatchObject([{ code: 'PHONE_INVALID', field: ['input', 'phone'] }]);
    expect(JSON.stringify(phone)).not.toContain('1381234567');
    expect(await residentCount()).toBe(before);
  });

  test('unmasked reads by staff return the value and log one row each; the log is append-only', async () => {
    const before = await accessRows();
    const r = await s.gql(ResidentPersonal, { search: '测试居民甲', unmasked: true }, { token: tok.staff });
    expect(r.errors).toBeUndefined();
    expect(r.data!.residents.nodes[0]!.idNumber).toBe(idNumber);
    expect(await accessRows()).toBe(before + 1);
    const p = await s.gql(ResidentPhone, { search: '测试居民甲' }, { token: tok.grid });
    expect(p.data!.residents.nodes[0]!.phone).toBe('13812345678');
    const { rows } = await db.query(
      `select l.fields, a.login from personal_data_access l join account a on a.id = l.account_id order by l.created_at desc limit 2`,
    );
    expect(rows).toEqual([
      { fields: ['phone'], login: 'grid' },
      { fields: ['idNumber'], login: 'staff' },
    ]);
    await expect(db.query('update personal_data_access set fields = array[]::text[]')).rejects.toThrow(/append-only/);
    await expect(db.query('delete from personal_data_access')).rejects.toThrow(/append-only/);
    expect(await accessRows()).toBe(before + 2);
    // A page of five unmasked numbers: five rows (one insert), one per resident, one request id.
    const page = await s.gql(ResidentPersonal, { search: '', unmasked: true }, { token: tok.staff });
    expect(page.data!.residents.nodes).toHaveLength(5);
    expect(await accessRows()).toBe(before + 7);
    const last = await db.query(`select count(*)::int n, count(distinct subject_id)::int subjects from personal_data_access
      where request_id = (select request_id from personal_data_access order by created_at desc limit 1)`);
    expect(last.rows[0]).toEqual({ n: 5, subjects: 5 });
  });

  test('roles without readPersonal get FORBIDDEN for unmasked values and leave no log row', async () => {
    const before = await accessRows();
    const vol = await s.gql(ResidentPersonal, { search: '测试居民甲', unmasked: true }, { token: tok.volunteer });
    expect(codes(vol)).toEqual(['FORBIDDEN']);
    // The social worker may read residents, just not their unmasked numbers.
    const sw = await s.gql(ResidentPersonal, { search: '测试居民甲', unmasked: true }, { token: tok.socialworker });
    expect(codes(sw)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(sw)).not.toContain(idNumber);
    const masked = await s.gql(ResidentPersonal, { search: '测试居民甲', unmasked: false }, { token: tok.socialworker });
    expect(masked.data!.residents.nodes[0]!.idNumber).toMatch(/^520\*{11}/);
    expect(await accessRows()).toBe(before);
  });

  test('sensitive flags: present for the social worker, null for grid staff and for residents allowed to read', async () => {
    const sw = await s.gql(ResidentSensitive, { search: '测试居民甲' }, { token: tok.socialworker });
    expect(sw.data!.residents.nodes[0]!.sensitive).toEqual({ disability: false, hardship: true, healthNote: '需随访' });
    const grid = await s.gql(ResidentSensitive, { search: '测试居民甲' }, { token: tok.grid });
    expect(grid.data!.residents.nodes[0]).toEqual({ name: '测试居民甲', sensitive: null });
    const grant = { RESIDENT: { grant: ['resident.read'] }, VOLUNTEER: { grant: ['resident.read'] } };
    expect(
      (await s.gql(Configure, { input: { moduleKey: 'core', rolePermissions: grant } }, { token: tok.admin })).data!.communityModuleConfigure.userErrors,
    ).toEqual([]);
    try {
      for (const who of ['resident', 'volunteer']) {
        const r = await s.gql(ResidentSensitive, { search: '测试居民甲' }, { token: tok[who] });
        expect(r.errors).toBeUndefined();
        expect(r.data!.residents.nodes[0]!.sensitive).toBeNull();
      }
    } finally {
      await s.gql(Configure, { input: { moduleKey: 'core', rolePermissions: {} } }, { token: tok.admin });
    }
  });

  test('first/after walks every resident once; totalCount matches the database', async () => {
    const expected = await count(
      `select count(*) n from resident r join community c on c.id = r.community_id where c.name = '金秋社区' and r.moved_out_at is null`,
    );
    const page = (after: string | null) => s.gql(ResidentPage, { first: 7, after }, { token: tok.staff });
    const seen: string[] = [];
    let after: string | null = null;
    for (let n = 0; n < 50; n++) {
      const r = await page(after);
      expect(r.errors).toBeUndefined();
      const conn = r.data!.residents;
      expect(conn.totalCount).toBe(expected);
      seen.push(...conn.edges.map((e) => e.node.id));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor ?? null;
    }
    expect(seen.length).toBe(expected);
    expect(new Set(seen).size).toBe(expected);
    // Backwards: the last page, then the one before it, in the same order as walking forwards.
    const tail = await s.gql(ResidentPage, { last: 7 }, { token: tok.staff });
    expect(tail.data!.residents.edges.map((e) => e.node.id)).toEqual(seen.slice(-7));
    expect(tail.data!.residents.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
    const prev = await s.gql(ResidentPage, { last: 7, before: tail.data!.residents.pageInfo.startCursor }, { token: tok.staff });
    expect(prev.data!.residents.edges.map((e) => e.node.id)).toEqual(seen.slice(-14, -7));
    for (const first of [0, 101, -1]) {
      const r = await s.gql(ResidentPage, { first }, { token: tok.staff });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    }
    // Garbage, a non-uuid value, the wrong number of keys, an operator object: all the caller's error.
    const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
    for (const cursor of ['not-a-cursor', b64(['zzz']), b64([]), b64(['a', 'b']), b64({ id: 1 }), b64([{ $ne: null }])]) {
      const r = await s.gql(ResidentPage, { first: 5, after: cursor }, { token: tok.staff });
      expect([cursor, codes(r)]).toEqual([cursor, ['BAD_USER_INPUT']]);
    }
  });

  test('search matches names and treats LIKE wildcards literally', async () => {
    const hit = await s.gql(ResidentPersonal, { search: '居民甲', unmasked: false }, { token: tok.staff });
    expect(hit.data!.residents.nodes).toHaveLength(1);
    for (const search of ['%', '_', '测试%甲']) {
      const r = await s.gql(ResidentPersonal, { search, unmasked: false }, { token: tok.staff });
      expect(r.data!.residents.nodes).toEqual([]);
    }
  });
});
