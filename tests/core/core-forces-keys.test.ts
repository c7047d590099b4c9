// Core model end to end, part two: the five-forces registry (each of the five kinds), memberships
// (new logins, roles that cannot be granted, deactivation) and integrator API keys (secret shown
// once, scoped permissions, both header styles, revocation). Real server, real PostgreSQL.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

const ForcesCreate = graphql(`
  mutation CoreForcesCreate(
    $org: SocialOrganizationCreateInput!
    $worker: SocialWorkerCreateInput!
    $vol: VolunteerCreateInput!
    $unit: CobuildingUnitCreateInput!
    $charity: CharityResourceCreateInput!
  ) {
    org: socialOrganizationCreate(input: $org) {
      record: socialOrganization {
        id
        name
        contactPhone
        status
        services
      }
      userErrors {
        code
        field
      }
    }
    worker: socialWorkerCreate(input: $worker) {
      record: socialWorker {
        id
        name
        contactPhone
        kind
        certificate
      }
      userErrors {
        code
        field
      }
    }
    vol: volunteerCreate(input: $vol) {
      record: volunteer {
        id
        name
        contactPhone
        team
        skills
      }
      userErrors {
        code
        field
      }
    }
    unit: cobuildingUnitCreate(input: $unit) {
      record: cobuildingUnit {
        id
        name
        contactPhone
        unitType
        partyOrganization
      }
      userErrors {
        code
        field
      }
    }
    charity: charityResourceCreate(input: $charity) {
      record: charityResource {
        id
        name
        contactPhone
        kind
        offers
        anonymous
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const ForcesUpdate = graphql(`
  mutation CoreForcesUpdate(
    $org: SocialOrganizationUpdateInput!
    $worker: SocialWorkerUpdateInput!
    $vol: VolunteerUpdateInput!
    $unit: CobuildingUnitUpdateInput!
    $charity: CharityResourceUpdateInput!
  ) {
    org: socialOrganizationUpdate(input: $org) {
      record: socialOrganization {
        name
        status
        contactPhone
      }
      userErrors {
        code
      }
    }
    worker: socialWorkerUpdate(input: $worker) {
      record: socialWorker {
        name
        certificate
        contactPhone
      }
      userErrors {
        code
      }
    }
    vol: volunteerUpdate(input: $vol) {
      record: volunteer {
        name
        skills
        active
        contactPhone
      }
      userErrors {
        code
      }
    }
    unit: cobuildingUnitUpdate(input: $unit) {
      record: cobuildingUnit {
        name
        partyOrganization
        contactPhone
      }
      userErrors {
        code
      }
    }
    charity: charityResourceUpdate(input: $charity) {
      record: charityResource {
        name
        anonymous
        contactPhone
      }
      userErrors {
        code
      }
    }
  }
`);
const ForcesList = graphql(`
  query CoreForcesList($search: String!, $archived: Boolean) {
    org: socialOrganizations(search: $search, includeArchived: $archived) {
      totalCount
      nodes {
        name
        contactPhone
      }
    }
    worker: socialWorkers(search: $search, includeArchived: $archived) {
      totalCount
      nodes {
        name
        contactPhone
      }
    }
    vol: volunteers(search: $search, includeArchived: $archived) {
      totalCount
      nodes {
        name
        contactPhone
      }
    }
    unit: cobuildingUnits(search: $search, includeArchived: $archived) {
      totalCount
      nodes {
        name
        contactPhone
      }
    }
    charity: charityResources(search: $search, includeArchived: $archived) {
      totalCount
      nodes {
        name
        contactPhone
      }
    }
  }
`);
const VolunteerCreate = graphql(`
  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) {
    volunteerCreate(input: $input) {
      volunteer {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const MemberAdd = graphql(`
  mutation CoreMemberAdd($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
        login
        roles
        active
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const MemberUpdate = graphql(`
  mutation CoreMemberUpdate($input: MembershipUpdateInput!) {
    membershipUpdate(input: $input) {
      membership {
        active
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const KeyCreate = graphql(`
  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      apiKey {
        id
        prefix
        permissions
        revokedAt
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const KeyRevoke = graphql(`
  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      apiKey {
        revokedAt
      }
      userErrors {
        code
      }
    }
  }
`);
const Probe = graphql(`
  query CoreProbe {
    households(first: 1) {
      totalCount
    }
  }
`);
const ProbeResidents = graphql(`
  query CoreProbeResidents {
    residents(first: 1) {
      nodes {
        phone(unmasked: true)
      }
    }
  }
`);
const ProbeWrite = graphql(`
  mutation CoreProbeWrite($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
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
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query(sql, params)).rows[0].n);

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  for (const l of ['admin', 'staff', 'resident']) tok[l] = await s.login(l);
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

describe('five-forces registry', () => {
  const phone = '13912345678';
  const ids: Record<string, string> = {};
  const kinds = ['org', 'worker', 'vol', 'unit', 'charity'] as const;

  test('staff register each of the five kinds, with their own fields', async () => {
    const r = await s.gql(
      ForcesCreate,
      {
        org: { name: '五社测试-组织', contactPhone: phone, status: 'REGISTERED', services: ['助老'] },
        worker: { name: '五社测试-社工', contactPhone: phone, kind: 'STATIONED', certificate: '助理社工师' },
        vol: { name: '五社测试-志愿者', contactPhone: phone, team: '青年志愿队', skills: ['维修'] },
        unit: { name: '五社测试-共建', contactPhone: phone, unitType: '学校' },
        charity: { name: '五社测试-慈善', contactPhone: phone, kind: 'FOUNDATION', offers: ['MONEY', 'GOODS'] },
      },
      { token: tok.staff },
    );
    expect(r.errors).toBeUndefined();
    const d = r.data!;
    for (const k of kinds) {
      expect(d[k].userErrors).toEqual([]);
      expect(d[k].record!.contactPhone).toBe(phone);
      ids[k] = d[k].record!.id;
    }
    expect(d.org.record).toMatchObject({ status: 'REGISTERED', services: ['助老'] });
    expect(d.worker.record).toMatchObject({ kind: 'STATIONED', certificate: '助理社工师' });
    expect(d.vol.record).toMatchObject({ team: '青年志愿队', skills: ['维修'] });
    expect(d.unit.record).toMatchObject({ unitType: '学校', partyOrganization: null });
    expect(d.charity.record).toMatchObject({ kind: 'FOUNDATION', offers: ['MONEY', 'GOODS'], anonymous: false });
  });

  test('updates touch only the given fields; active=false archives', async () => {
    const r = await s.gql(
      ForcesUpdate,
      {
        org: { id: ids.org!, status: 'FILED' },
        worker: { id: ids.worker!, certificate: '社工师' },
        vol: { id: ids.vol!, skills: ['维修', '助老'], active: false },
        unit: { id: ids.unit!, partyOrganization: '学校党支部' },
        charity: { id: ids.charity!, anonymous: true },
      },
      { token: tok.staff },
    );
    expect(r.errors).toBeUndefined();
    for (const k of kinds) expect(r.data![k]).toMatchObject({ userErrors: [], record: { contactPhone: phone } });
    expect(r.data!.org.record).toMatchObject({ name: '五社测试-组织', status: 'FILED' });
    expect(r.data!.worker.record!.certificate).toBe('社工师');
    expect(r.data!.vol.record).toMatchObject({ skills: ['维修', '助老'], active: false });
    expect(r.data!.unit.record!.partyOrganization).toBe('学校党支部');
    expect(r.data!.charity.record!.anonymous).toBe(true);
  });

  test('lists: the contact phone is masked for a resident, plain for staff; archived records are hidden', async () => {
    const asResident = await s.gql(ForcesList, { search: '五社测试', archived: true }, { token: tok.resident });
    expect(asResident.errors).toBeUndefined();
    for (const k of kinds) expect(asResident.data![k].nodes.map((n) => n.contactPhone)).toEqual(['139****5678']);
    expect(JSON.stringify(asResident)).not.toContain(phone);
    const asStaff = await s.gql(ForcesList, { search: '五社测试', archived: true }, { token: tok.staff });
    for (const k of kinds) expect(asStaff.data![k].nodes.map((n) => n.contactPhone)).toEqual([phone]);
    const current = await s.gql(ForcesList, { search: '五社测试' }, { token: tok.staff });
    expect(kinds.map((k) => current.data![k].totalCount)).toEqual([1, 1, 0, 1, 1]);
  });

  test('a bad phone or a missing name is a user error and writes nothing', async () => {
    const before = await count('select count(*) n from volunteer');
    const bad = await s.gql(VolunteerCreate, { input: { name: '坏号码', contactPhone: '0851-1234567' } }, { token: tok.staff });
    expect(bad.data!.volunteerCreate).toEqual({ volunteer: null, userErrors: [{ code: 'PHONE_INVALID', field: ['input', 'contactPhone'] }] });
    const noName = await s.gql(VolunteerCreate, { input: { name: '  ' } }, { token: tok.staff });
    expect(noName.data!.volunteerCreate.userErrors[0]!.code).toBe('BAD_USER_INPUT');
    expect(await count('select count(*) n from volunteer')).toBe(before);
  });
});

describe('memberships', () => {
  test('membershipAdd creates a login that can sign in with its roles; deactivating ends them', async () => {
    const r = await s.gql(
      MemberAdd,
      { input: { login: 'New.Grid01', displayName: '新网格员', password: 'grid-pass-01', roles: ['GRID_STAFF'] } },
      { token: tok.admin },
    );
    expect(r.data!.membershipAdd).toMatchObject({ userErrors: [], membership: { login: 'new.grid01', roles: ['GRID_STAFF'], active: true } });
    const token = await s.login('new.grid01', 'grid-pass-01');
    // The role's permission answers (a page, not FORBIDDEN); with grid on, a 网格员 without a duty
    // yet has no households in reach (grid narrows core rows to the caller's units).
    const probe = await s.gql(Probe, {}, { token });
    expect(probe.errors).toBeUndefined();
    expect(probe.data!.households.totalCount).toBe(0);

    const again = await s.gql(MemberAdd, { input: { login: 'new.grid01', displayName: '重复', roles: ['VOLUNTEER'] } }, { token: tok.admin });
    expect(again.data!.membershipAdd.userErrors).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'login'] }]);

    const id = r.data!.membershipAdd.membership!.id;
    const promote = await s.gql(MemberUpdate, { input: { id, roles: ['GRID_STAFF', 'PLATFORM_ADMIN'] } }, { token: tok.admin });
    expect(promote.data!.membershipUpdate).toEqual({ membership: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'roles'] }] });
    const off = await s.gql(MemberUpdate, { input: { id, active: false } }, { token: tok.admin });
    expect(off.data!.membershipUpdate).toEqual({ membership: { active: false }, userErrors: [] });
    expect(codes(await s.gql(Probe, {}, { token }))).toEqual(['FORBIDDEN']);
  });

  test('street and platform roles cannot be granted; weak passwords are refused; nothing is written', async () => {
    for (const role of ['STREET_ADMIN', 'PLATFORM_ADMIN'] as const) {
      const r = await s.gql(
        MemberAdd,
        { input: { login: 'would.be.boss', displayName: '越权', password: 'boss-pass-01', roles: ['RESIDENT', role] } },
        { token: tok.admin },
      );
      expect(r.data!.membershipAdd).toMatchObject({ membership: null, userErrors: [{ code: 'BAD_USER_INPUT', field: ['input', 'roles'] }] });
    }
    const weak = await s.gql(
      MemberAdd,
      { input: { login: 'would.be.boss', displayName: '弱密码', password: 'short', roles: ['RESIDENT'] } },
      { token: tok.admin },
    );
    expect(weak.data!.membershipAdd.userErrors[0]!.code).toBe('PASSWORD_WEAK');
    expect(await count(`select count(*) n from account where login = 'would.be.boss'`)).toBe(0);
  });
});

describe('API keys', () => {
  let secret: string;
  let keyId: string;
  const bearer = () => ({ headers: { authorization: `Bearer ${secret}` } });
  const xApiKey = () => ({ headers: { 'x-api-key': secret } });

  test("created with permissions within the creator's; the secret is shown once and only its hash is kept", async () => {
    const r = await s.gql(KeyCreate, { input: { name: '网格系统对接', permissions: ['core.household.read', 'tenancy.apiKey.manage'] } }, { token: tok.admin });
    expect(r.data!.apiKeyCreate.userErrors).toEqual([]);
    secret = r.data!.apiKeyCreate.secret!;
    keyId = r.data!.apiKeyCreate.apiKey!.id;
    expect(secret).toMatch(/^wsk_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(`wsk_${r.data!.apiKeyCreate.apiKey!.prefix}_`)).toBe(true);
    expect(await count(`select count(*) n from api_key k where k::text like '%' || $1 || '%'`, [secret.slice(-43)])).toBe(0);
  });

  test('the key works as Bearer and as X-Api-Key, and only for what it was given', async () => {
    for (const opts of [bearer(), xApiKey()]) {
      const ok = await s.gql(Probe, {}, opts);
      expect(ok.errors).toBeUndefined();
      expect(ok.data!.households.totalCount).toBeGreaterThan(0);
      expect(codes(await s.gql(ProbeResidents, {}, opts))).toEqual(['FORBIDDEN']);
    }
    const before = await count('select count(*) n from household');
    expect(codes(await s.gql(ProbeWrite, { input: { number: 'KEY-1', address: '不该写入' } }, bearer()))).toEqual(['FORBIDDEN']);
    expect(await count('select count(*) n from household')).toBe(before);
  });

  test('a key cannot mint a wider key; unknown permissions are refused', async () => {
    const before = await count('select count(*) n from api_key');
    const wider = await s.gql(KeyCreate, { input: { name: '扩权', permissions: ['core.household.read', 'core.resident.read'] } }, bearer());
    expect(wider.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    const unknown = await s.gql(KeyCreate, { input: { name: '未知', permissions: ['core.nope'] } }, { token: tok.admin });
    expect(unknown.data!.apiKeyCreate.userErrors[0]!.code).toBe('PERMISSION_UNKNOWN');
    expect(await count('select count(*) n from api_key')).toBe(before);
    const narrower = await s.gql(KeyCreate, { input: { name: '只读', permissions: ['core.household.read'] } }, bearer());
    expect(narrower.data!.apiKeyCreate.userErrors).toEqual([]);
  });

  test('unmasked reads through a key are logged against the key', async () => {
    const r = await s.gql(KeyCreate, { input: { name: '民政对接', permissions: ['core.resident.read', 'core.resident.readPersonal'] } }, { token: tok.admin });
    const read = await s.gql(ProbeResidents, {}, { headers: { 'x-api-key': r.data!.apiKeyCreate.secret! } });
    expect(read.data!.residents.nodes[0]!.phone).toMatch(/^1\d{10}$/);
    const { rows } = await db.query(`select l.account_id, k.name from personal_data_access l join api_key k on k.id = l.api_key_id`);
    expect(rows).toEqual([{ account_id: null, name: '民政对接' }]);
  });

  test('a revoked key is UNAUTHENTICATED with status 401, in both header styles', async () => {
    const r = await s.gql(KeyRevoke, { input: { id: keyId } }, { token: tok.admin });
    expect(r.data!.apiKeyRevoke.apiKey!.revokedAt).toBeTruthy();
    for (const headers of [bearer().headers, xApiKey().headers, { 'x-api-key': 'wsk_0123' }]) {
      const res = await s.post({ query: '{ households(first: 1) { totalCount } }' }, headers);
      expect(res.status).toBe(401);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    }
  });
});
