// Personal data in clear (issue 17 item 4), through the real server:
// a. an account's phone is sealed at rest (no clear column), the phone login finds it by its blind
//    index, and it is shown masked unless it is the reader's own or an unmasked read is permitted
//    (then logged);
// b. 身份证号 and mobile numbers typed into free text are kept as written but masked for readers
//    without core.resident.readPersonal (GraphQL fields, Open311, exports); the writer sees their own;
// c. the five-forces registry's contact phones are sealed at rest and masked without forces.manage;
// d. a search by phone or 身份证号 writes an access-log row.
import type { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { beforeMigration } from '../harness/migration';
import { parsePersonalDataKeys, personalDataKeysOf } from '../../src/schema/personal-crypto';
import { TEST_PII_KEYS } from '../../src/server/secrets';
import { getNamedType, isObjectType, isScalarType } from 'graphql';
import { maskPersonalText, PERSONAL_TEXT_EXTENSION } from '../../src/schema/free-text';
import { buildWusheSchema } from '../../src/schema/build-schema';
import { createRegistry } from '../../src/plugins/loader';
import { FIRST_PARTY } from '../../src/modules';
import { ACCOUNT_PHONE_BINDING, contactPhoneBinding, openPersonalField } from '../../src/modules/core/personal-data.service';
import { demoIdNumber } from '../../src/modules/core/core.demo';
import * as D from '../dispatch/dispatch-helpers';
import { body as councilBody, CouncilConfigure, TopicRaise } from '../council/council-helpers';

const Login = graphql(`
  mutation CorePiiLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      userErrors {
        code
      }
    }
  }
`);
const Me = graphql(`
  query CorePiiMe {
    me {
      login
      phone
    }
  }
`);
const Members = graphql(`
  query CorePiiMembers {
    memberships(first: 100) {
      nodes {
        login
        phone
      }
    }
  }
`);
const MembersUnmasked = graphql(`
  query CorePiiMembersUnmasked {
    memberships(first: 100) {
      nodes {
        login
        phone(unmasked: true, reason: "核对联系方式")
      }
    }
  }
`);
const AddMember = graphql(`
  mutation CorePiiAddMember($input: MembershipAddInput!) {
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
const AccessLog = graphql(`
  query CorePiiAccessLog($r: ID) {
    personalDataAccessLog(resident: $r, first: 50) {
      nodes {
        subject
        fields
        reason
      }
    }
  }
`);
const Request = graphql(`
  query CorePiiRequest($id: ID!) {
    serviceRequest(id: $id) {
      title
      description
      address
    }
  }
`);
const Requests = graphql(`
  query CorePiiRequests {
    serviceRequests(first: 100) {
      nodes {
        id
        description
      }
    }
  }
`);
const Topic = graphql(`
  query CorePiiTopic($id: ID!) {
    councilTopic(id: $id) {
      title
      description
    }
  }
`);
const OrgCreate = graphql(`
  mutation CorePiiOrgCreate($input: SocialOrganizationCreateInput!) {
    socialOrganizationCreate(input: $input) {
      socialOrganization {
        id
        contactPhone
        description
      }
      userErrors {
        code
      }
    }
  }
`);
const Orgs = graphql(`
  query CorePiiOrgs {
    socialOrganizations(first: 50) {
      nodes {
        id
        name
        contactPhone
        description
      }
    }
  }
`);
const Search = graphql(`
  query CorePiiSearch($phone: String, $idNumber: String) {
    residents(first: 5, phone: $phone, idNumber: $idNumber) {
      nodes {
        id
      }
    }
  }
`);
const ResidentCreate = graphql(`
  mutation CorePiiResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const HouseholdCreate = graphql(`
  mutation CorePiiHouseholdCreate($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
        tags
      }
      userErrors {
        code
      }
    }
  }
`);
const ExportCreate = graphql(`
  mutation CorePiiExport($input: GridExportCreateInput!) {
    gridExportCreate(input: $input) {
      export {
        csv
      }
      userErrors {
        code
      }
    }
  }
`);
const KeyCreate = graphql(`
  mutation CorePiiKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      userErrors {
        code
      }
    }
  }
`);

// Test numbers: valid in shape (a mobile, an 18-digit 身份证号 with its check digit, a 15-digit one).
const MOBILE = '13912345678';
const ID18 = demoIdNumber('520222', '1958-03-07', 4242);
const ID15 = '520222580307123';
const FREE_TEXT = `王阿姨 电话 139 1234 5678，身份证 ${ID18}，旧证 ${ID15}，3 栋 2 单元`;
const MASKED = `王阿姨 电话 139****5678，身份证 ${ID18.slice(0, 3)}***********${ID18.slice(-4)}，旧证 ${ID15.slice(0, 3)}********${ID15.slice(-4)}，3 栋 2 单元`;

const testKeys = () => parsePersonalDataKeys(TEST_PII_KEYS.keys, TEST_PII_KEYS.index);

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'resident', 'socialworker']) as[l] = { token: await s.login(l) };
  for (const moduleKey of ['dispatch', 'council', 'grid'])
    expect((await s.gql(D.DispatchConfigure, { input: { moduleKey, enabled: true } }, as.admin)).data!.communityModuleConfigure.userErrors).toEqual([]);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('the free-text masker: valid 身份证号 (18 with check digit, 15) and mobiles in their spellings; other numbers untouched', () => {
  expect(maskPersonalText(FREE_TEXT)).toBe(MASKED);
  expect(maskPersonalText('138-1234-5678 / +86 13812345678 / １３８１２３４５６７８')).toBe('138****5678 / +86 138****5678 / 138****5678');
  // Not personal: a wrong check digit, a 12-prefix, order numbers, dates, quantities.
  const plain = `订单 ${ID18.slice(0, 17)}${ID18[17] === '1' ? '2' : '1'} 12812345678 2026-12-07 10:30 共 3 户 123456`;
  expect(maskPersonalText(plain)).toBe(plain);
});

describe('a. account phones', () => {
  test('sealed at rest: no clear column, no clear value in the row', async () => {
    const cols = await db.query(`select column_name from information_schema.columns where table_name = 'account' and column_name like 'phone%' order by 1`);
    expect(cols.rows.map((r) => r.column_name)).toEqual(['phone_bidx', 'phone_enc']);
    const admin = await db.query(`select id, phone_enc, row_to_json(a)::text as row from account a where login = 'admin'`);
    expect(admin.rows[0].row).not.toContain('13900001001');
    expect(openPersonalField(testKeys(), ACCOUNT_PHONE_BINDING, admin.rows[0].id, admin.rows[0].phone_enc)).toBe('13900001001');
  });

  test('the phone login finds the account by its blind index, in any spelling; a wrong password still fails', async () => {
    for (const login of ['13900001001', '139 0000 1001', '139-0000-1001']) {
      const r = await s.gql(Login, { input: { login, password: 'wushe-demo' } });
      expect(r.data?.authLogin.userErrors).toEqual([]);
      expect(r.data?.authLogin.accessToken).toBeTruthy();
    }
    const bad = await s.gql(Login, { input: { login: '13900001001', password: 'wrong-password' } });
    expect(bad.data?.authLogin.userErrors.map((e) => e.code)).toEqual(['INVALID_CREDENTIALS']);
  });

  test("a new member's phone is sealed too and logs in", async () => {
    const r = await s.gql(
      AddMember,
      { input: { login: 'pii-new', displayName: '新成员', password: 'pii-new-pass-2026', phone: '13712340001', roles: ['RESIDENT'] } },
      as.admin,
    );
    expect(r.data?.membershipAdd.userErrors).toEqual([]);
    const row = await db.query(`select row_to_json(a)::text as row from account a where login = 'pii-new'`);
    expect(row.rows[0].row).not.toContain('13712340001');
    expect((await s.gql(Login, { input: { login: '13712340001', password: 'pii-new-pass-2026' } })).data?.authLogin.accessToken).toBeTruthy();
  });

  test('own phone in clear; others masked; unmasked only with readPersonal, and logged', async () => {
    expect((await s.gql(Me, {}, as.resident)).data?.me).toEqual({ login: 'resident', phone: expect.stringMatching(/^1390000\d{4}$/) });
    // A member reader without readPersonal (a social worker): everyone's masked but their own.
    const asWorker = (await s.gql(Members, {}, as.socialworker)).data!.memberships.nodes;
    expect(asWorker.find((m) => m.login === 'admin')!.phone).toBe('139****1001');
    expect(asWorker.find((m) => m.login === 'socialworker')!.phone).toMatch(/^1390000\d{4}$/);
    expect((await s.gql(MembersUnmasked, {}, as.socialworker)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const masked = (await s.gql(Members, {}, as.admin)).data!.memberships.nodes;
    expect(masked.find((m) => m.login === 'staff')!.phone).toMatch(/^139\*{4}\d{4}$/);
    const clear = (await s.gql(MembersUnmasked, {}, as.admin)).data!.memberships.nodes;
    expect(clear.find((m) => m.login === 'staff')!.phone).toMatch(/^1390000\d{4}$/);
    const log = await db.query(`select subject_type, fields, reason from personal_data_access where subject_type = 'Account'`);
    expect(log.rows.length).toBeGreaterThan(0);
    expect(log.rows[0]).toEqual({ subject_type: 'Account', fields: ['phone'], reason: '核对联系方式' });
  });
});

describe('b. numbers in free text', () => {
  let requestId: string;

  beforeAll(async () => {
    const r = await s.gql(D.DispatchCreate, { input: D.intake({ title: `求助 ${MOBILE}`, description: FREE_TEXT, address: `3 栋 ${MOBILE}` }) }, as.resident);
    expect(r.data?.serviceRequestCreate.userErrors).toEqual([]);
    requestId = r.data!.serviceRequestCreate.serviceRequest!.id;
  });

  test('stored as written', async () => {
    const row = await db.query(`select description from dispatch_request where title = $1`, [`求助 ${MOBILE}`]);
    expect(row.rows[0].description).toBe(FREE_TEXT);
  });

  test('a request: masked for a reader without readPersonal, as written for staff and for its requester', async () => {
    expect((await s.gql(Request, { id: requestId }, as.socialworker)).data?.serviceRequest).toEqual({
      title: '求助 139****5678',
      description: MASKED,
      address: '3 栋 139****5678',
    });
    const list = await s.gql(Requests, {}, as.socialworker);
    expect(list.errors).toBeUndefined();
    const listed = list.data!.serviceRequests.nodes.find((n) => n.id === requestId);
    expect(listed?.description).toBe(MASKED);
    expect((await s.gql(Request, { id: requestId }, as.staff)).data?.serviceRequest?.description).toBe(FREE_TEXT);
    expect((await s.gql(Request, { id: requestId }, as.resident)).data?.serviceRequest?.description).toBe(FREE_TEXT);
  });

  test('Open311 (GET requests/{id}.json and requests.json) never lets the numbers out', async () => {
    const key = (await s.gql(KeyCreate, { input: { name: 'pii 12345', permissions: ['dispatch.georeport.read'] } }, as.admin)).data!.apiKeyCreate.secret!;
    const base = s.url.replace(/\/graphql$/, '');
    const one = (await (await fetch(`${base}/open311/v2/requests/${requestId}.json`, { headers: { 'x-api-key': key } })).json()) as any[];
    expect(one[0].description).toBe(MASKED);
    expect(one[0].address).toBe('3 栋 139****5678');
    const all = await (await fetch(`${base}/open311/v2/requests.json`, { headers: { 'x-api-key': key } })).text();
    expect(all).not.toContain(ID18);
    expect(all).not.toMatch(/1[3-9]\d[\s-]?\d{4}[\s-]?\d{4}/);
  });

  test('a council topic: masked for a resident, as written for staff', async () => {
    const b = await councilBody(s, as.admin, '居民议事会 pii', 'community');
    const r = await s.gql(TopicRaise, { input: { bodyId: b.id, title: `议题 联系 ${MOBILE}`, description: FREE_TEXT } }, as.admin);
    expect(r.data?.councilTopicRaise.userErrors).toEqual([]);
    const id = r.data!.councilTopicRaise.topic!.id;
    expect((await s.gql(Topic, { id }, as.resident)).data?.councilTopic).toEqual({ title: '议题 联系 139****5678', description: MASKED });
    expect((await s.gql(Topic, { id }, as.staff)).data?.councilTopic?.description).toBe(FREE_TEXT);
  });

  test('a grid export masks numbers typed into free-text cells (household tags)', async () => {
    const h = await s.gql(HouseholdCreate, { input: { number: 'PII-1', address: '金秋小区 9 栋', tags: [`联系人 ${MOBILE}`] } }, as.admin);
    expect(h.data?.householdCreate.userErrors).toEqual([]);
    const csv = (await s.gql(ExportCreate, { input: { kind: 'HOUSEHOLDS' as any } }, as.admin)).data?.gridExportCreate.export?.csv ?? '';
    expect(csv).toContain('联系人 139****5678');
    expect(csv).not.toContain(MOBILE);
  });
});

describe('c. five-forces contact phones', () => {
  test('sealed at rest; in clear for the registry managers, masked for everyone else', async () => {
    const r = await s.gql(OrgCreate, { input: { name: 'pii 社工站', contactPhone: '13612345678', description: `热线 ${MOBILE}` } }, as.admin);
    expect(r.data?.socialOrganizationCreate.userErrors).toEqual([]);
    expect(r.data?.socialOrganizationCreate.socialOrganization?.contactPhone).toBe('13612345678');
    const cols = await db.query(`select column_name from information_schema.columns where column_name like 'contact_phone%' and table_name in
      ('social_organization', 'social_worker', 'volunteer', 'cobuilding_unit', 'charity_resource') order by 1`);
    expect(new Set(cols.rows.map((c) => c.column_name))).toEqual(new Set(['contact_phone_enc']));
    const rows = await db.query(`select id, contact_phone_enc, row_to_json(o)::text as row from social_organization o where name = 'pii 社工站'`);
    expect(rows.rows[0].row).not.toContain('13612345678');
    expect(openPersonalField(testKeys(), contactPhoneBinding('social_organization'), rows.rows[0].id, rows.rows[0].contact_phone_enc)).toBe('13612345678');
    const seen = (await s.gql(Orgs, {}, as.resident)).data!.socialOrganizations.nodes;
    expect(seen.find((o) => o.name === 'pii 社工站')).toMatchObject({ contactPhone: '136****5678', description: '热线 139****5678' });
    // The demo's record went through the migration's path (sealed) and reads back.
    expect(seen.find((o) => o.name === '金秋社工服务中心')?.contactPhone).toBe('139****2001');
    expect((await s.gql(Orgs, {}, as.admin)).data!.socialOrganizations.nodes.find((o) => o.name === '金秋社工服务中心')?.contactPhone).toBe('13900002001');
  });
});

describe('d. searches by number are logged', () => {
  test('residents(phone:) and residents(idNumber:) write access-log rows, found or not', async () => {
    const created = await s.gql(ResidentCreate, { input: { name: '检索对象', phone: '13512345678', idNumber: ID18 } }, as.admin);
    expect(created.data?.residentCreate.userErrors).toEqual([]);
    const rid = created.data!.residentCreate.resident!.id;
    const byPhone = await s.gql(Search, { phone: '13512345678' }, as.admin);
    expect(byPhone.data?.residents.nodes).toEqual([{ id: rid }]);
    const byId = await s.gql(Search, { idNumber: ID18 }, as.admin);
    expect(byId.data?.residents.nodes).toEqual([{ id: rid }]);
    const log = (await s.gql(AccessLog, { r: rid }, as.admin)).data!.personalDataAccessLog.nodes;
    expect(log.map((l) => l.fields[0]).sort()).toEqual(['idNumber', 'phone']);
    expect(log.every((l) => l.subject === rid && /^search: /.test(l.reason ?? ''))).toBe(true);
    const before = Number((await db.query(`select count(*) from personal_data_access where subject_type = 'ResidentSearch'`)).rows[0].count);
    expect((await s.gql(Search, { phone: '13500000000' }, as.admin)).data?.residents.nodes).toEqual([]);
    const after = Number((await db.query(`select count(*) from personal_data_access where subject_type = 'ResidentSearch'`)).rows[0].count);
    expect(after).toBe(before + 1);
  });
});

test('the migration seals existing account and contact phones, and down restores them', async () => {
  await beforeMigration('Migration20261207050000_core_phones_encrypt', async ({ orm, c, migrator, previous, communityId }) => {
    await c.query(`insert into account (id, created_at, updated_at, login, phone, password_hash, display_name) values
      ('01900000-0000-7000-8000-0000000000a1', now(), now(), 'mig-a', '13811112222', 'x', 'A'),
      ('01900000-0000-7000-8000-0000000000a2', now(), now(), 'mig-b', null, 'x', 'B')`);
    await c.query(
      `insert into volunteer (id, created_at, updated_at, community_id, name, contact_phone, skills) values ('01900000-0000-7000-8000-0000000000b1', now(), now(), $1, 'V', '13833334444', '{}')`,
      [communityId],
    );
    await migrator.up({ to: 'Migration20261207050000_core_phones_encrypt' });
    const keys = personalDataKeysOf(orm.config);
    const a = (await c.query(`select id, phone_enc, phone_bidx from account where login like 'mig-%' order by login`)).rows;
    expect(openPersonalField(keys, ACCOUNT_PHONE_BINDING, a[0].id, a[0].phone_enc)).toBe('13811112222');
    expect(a[0].phone_bidx).toBeTruthy();
    expect(a[1]).toMatchObject({ phone_enc: null, phone_bidx: null });
    const v = (await c.query(`select id, contact_phone_enc from volunteer`)).rows[0];
    expect(openPersonalField(keys, contactPhoneBinding('volunteer'), v.id, v.contact_phone_enc)).toBe('13833334444');
    await migrator.down({ to: previous });
    expect((await c.query(`select phone from account where login = 'mig-a'`)).rows[0].phone).toBe('13811112222');
    expect((await c.query(`select contact_phone from volunteer`)).rows[0].contact_phone).toBe('13833334444');
  });
}, 60_000);

test('every free-text output field declares @PersonalText (a new one is caught here)', async () => {
  const schema = await buildWusheSchema(createRegistry(FIRST_PARTY));
  // Field names that hold what a person typed.
  const FREE = /^(title|description|note|notes|comment|reason|minutes|report|text|body|result|answer|escalationAnswer|rejectReason|cancelReason|availability)$/;
  // Not typed by residents or about them: configuration, catalogues, public pages, the audit log's own words.
  const EXEMPT = new Set([
    'Membership.title',
    'MyMembership.title',
    'MembershipInvitation.title',
    'WebhookEndpoint.description',
    'PermissionInfo.description',
    'Community.description',
    'PersonalDataAccess.reason',
    'Station.description',
    'StationService.description',
    'StationClosure.reason',
    'StationKind.description',
    'StationGrouping.description',
    'ResourcesSurveyQuestion.text',
    'ResourcesQuestionResult.text',
    'GridImportProblem.reason',
    // Fixed texts of modules' notification rules, never what a person typed.
    'Notification.title',
    'Notification.body',
    'NotificationDigestGroup.title',
  ]);
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__') || /Payload$|Input$/.test(type.name)) continue;
    for (const f of Object.values(type.getFields())) {
      const named = getNamedType(f.type);
      if (!FREE.test(f.name) || !isScalarType(named) || named.name !== 'String') continue;
      const key = `${type.name}.${f.name}`;
      if (!f.extensions?.[PERSONAL_TEXT_EXTENSION] && !EXEMPT.has(key)) missing.push(key);
    }
  }
  expect(missing).toEqual([]);
});
