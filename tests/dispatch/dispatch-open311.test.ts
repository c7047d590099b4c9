// Open311 view over real HTTP: GeoReport v2 shapes of services and requests, the filters
// (service_code, status, dates, paging), authentication by the community's API key (401 without
// or with a bad or revoked key, 403 without the permission or with the module off), no personal
// data, tenant isolation (community B's key never sees A's requests) and 404 for unknown ids.
import type { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import * as D from './dispatch-helpers';

const KeyCreate = graphql(`
  mutation DispatchOpen311Key($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        id
      }
      secret
      userErrors {
        code
      }
    }
  }
`);
const KeyRevoke = graphql(`
  mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Login = graphql(`
  mutation DispatchOpen311Login($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const CreateCommunity = graphql(`
  mutation DispatchOpen311Community($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
    }
  }
`);
const AddMember = graphql(`
  mutation DispatchOpen311Member($input: MembershipAddInput!) {
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

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};
let keyA: string, keyB: string, keyNoPerm: string;
const A: Record<string, string> = {};
let bRequest: string;

const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${s.url.replace(/\/graphql$/, '')}${path}`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), body: (await res.json()) as any };
};
const withKey = (key: string) => ({ 'x-api-key': key });
const ok = <T extends { userErrors: { code: string }[] }>(p: T | null | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const rawId = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'resident']) as[l] = { token: await s.login(l) };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data!.communityModuleConfigure);
  const residents = (await s.gql(D.DispatchResidents, {}, as.admin)).data!.residents.nodes;
  const file = async (over: Record<string, unknown>, who = as.staff) =>
    ok((await s.gql(D.DispatchCreate, { input: D.intake(over) }, who)).data!.serviceRequestCreate).serviceRequest!.id;
  A.repair = await file({ title: 'O311 维修', description: '楼道灯坏了', requester: residents[0]!.id, household: residents[0]!.household!.id, address: null });
  A.env = await file({ category: 'environment', title: 'O311 环境', description: '垃圾清运', address: '金秋小区 5 栋旁' });
  A.wish = await file({ kind: 'wish', category: 'care', title: 'O311 心愿', description: '想要一台收音机', address: '金秋小区 7 栋' });
  A.closed = await file({ title: 'O311 撤销', description: '已自行解决', address: '金秋小区 1 栋' });
  ok((await s.gql(D.DispatchCancel, { input: { id: A.closed, body: '居民已自行解决' } }, as.staff)).data!.serviceRequestCancel);
  ok(
    (await s.gql(D.DispatchEscalate, { input: { id: A.env, target: 'DEPARTMENT', department: '城管执法中队', body: '需部门处理' } }, as.staff)).data!
      .serviceRequestEscalate,
  );
  // One older request, for the date filters.
  await db.query(`update dispatch_request set created_at = '2026-01-15T08:00:00Z' where id = $1`, [rawId(A.wish)]);
  keyA = ok((await s.gql(KeyCreate, { input: { name: '12345 对接', permissions: ['dispatch.georeport.read'] } }, as.admin)).data!.apiKeyCreate).secret!;
  keyNoPerm = ok((await s.gql(KeyCreate, { input: { name: '无权限', permissions: ['tenancy.community.read'] } }, as.admin)).data!.apiKeyCreate).secret!;

  const platform = await s.login('platform');
  const cid = (await s.gql(CreateCommunity, { input: { name: 'O311-B 社区', regionCode: '529999000311' } }, { token: platform })).data!.communityCreate
    .community!.id;
  const pInB = (await s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: cid } })).data!.authLogin.accessToken!;
  ok(
    (
      await s.gql(
        AddMember,
        { input: { login: 'o311-b-admin', displayName: 'O311-B 管理员', password: 'o311-b-pass-2026', roles: ['COMMUNITY_ADMIN'] } },
        { token: pInB },
      )
    ).data!.membershipAdd,
  );
  const adminB = {
    token: (await s.gql(Login, { input: { login: 'o311-b-admin', password: 'o311-b-pass-2026', community: cid } })).data!.authLogin.accessToken!,
  };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, adminB)).data!.communityModuleConfigure);
  bRequest = ok((await s.gql(D.DispatchCreate, { input: D.intake({ title: 'O311-B 民需', description: 'B 社区自己的' }) }, adminB)).data!.serviceRequestCreate)
    .serviceRequest!.id;
  keyB = ok((await s.gql(KeyCreate, { input: { name: 'B 对接', permissions: ['dispatch.georeport.read'] } }, adminB)).data!.apiKeyCreate).secret!;
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('services.json: one GeoReport service per kind × category of the settings', async () => {
  const r = await get('/open311/v2/services.json', withKey(keyA));
  expect(r.status).toBe(200);
  expect(r.type).toMatch(/application\/json/);
  expect(r.body).toHaveLength(3 * 6);
  expect(r.body).toContainEqual({
    service_code: 'routine.repair',
    service_name: '常规单·维修',
    description: '常规单（维修）',
    metadata: false,
    type: 'realtime',
    keywords: 'routine,repair',
    group: '常规单',
  });
});

test('requests.json: GeoReport v2 fields, newest filed first, and no personal data', async () => {
  const r = await get('/open311/v2/requests.json', withKey(keyA));
  expect(r.status).toBe(200);
  const mine = r.body.filter((x: any) => Object.values(A).includes(x.service_request_id));
  expect(mine.map((x: any) => x.service_request_id)).toEqual([A.closed, A.wish, A.env, A.repair]); // newest filed first
  const repair = r.body.find((x: any) => x.service_request_id === A.repair);
  expect(Object.keys(repair).sort()).toEqual(
    [
      'address',
      'address_id',
      'agency_responsible',
      'description',
      'expected_datetime',
      'lat',
      'long',
      'media_url',
      'requested_datetime',
      'service_code',
      'service_name',
      'service_notice',
      'service_request_id',
      'status',
      'status_notes',
      'updated_datetime',
      'zipcode',
    ].sort(),
  );
  expect(repair).toMatchObject({
    status: 'open',
    status_notes: '待派单',
    service_code: 'routine.repair',
    service_name: '常规单·维修',
    description: '楼道灯坏了',
  });
  expect(new Date(repair.requested_datetime).toISOString()).toBe(repair.requested_datetime);
  expect(repair.address).toEqual(expect.any(String)); // the household's address as the location
  const env = r.body.find((x: any) => x.service_request_id === A.env);
  expect(env).toMatchObject({ status: 'open', status_notes: '已上报', agency_responsible: '城管执法中队', address: '金秋小区 5 栋旁' });
  expect(r.body.find((x: any) => x.service_request_id === A.closed)).toMatchObject({ status: 'closed', status_notes: '已撤销' });
  // Nothing of the resident: no name, phone, household number or reasons written by staff.
  const [res] = (
    await db.query(
      `select r.name, h.number from resident r join household h on h.id = r.household_id where r.id = (select requester_resident_id from dispatch_request where id = $1)`,
      [rawId(A.repair)],
    )
  ).rows;
  const text = JSON.stringify(r.body);
  for (const secret of [res.name, res.number, '居民已自行解决'].filter(Boolean)) expect(text).not.toContain(secret);
  // Phones are sealed at rest; none may appear in any shape.
  expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
});

test('filters: service_code, status, start/end date, paging; bad values are 400 in GeoReport form', async () => {
  const ids = async (q: string) => (await get(`/open311/v2/requests.json?${q}`, withKey(keyA))).body.map((x: any) => x.service_request_id);
  expect(await ids('service_code=routine.environment')).toEqual([A.env]);
  expect((await ids('service_code=wish.care,routine.environment')).sort()).toEqual([A.env, A.wish].sort());
  expect(await ids('service_code=nonsense')).toEqual([]);
  const closed = await ids('status=closed');
  expect(closed).toContain(A.closed);
  expect(closed).not.toContain(A.repair);
  expect(await ids('status=open')).not.toContain(A.closed);
  expect(await ids('start_date=2026-01-01T00:00:00Z&end_date=2026-01-31T23:59:59Z')).toEqual([A.wish]);
  expect(await ids('end_date=2026-02-01T00:00:00Z')).toEqual([A.wish]);
  expect(await ids('start_date=2026-02-01T00:00:00Z')).not.toContain(A.wish);
  const all = await ids('page_size=1000');
  const p1 = await ids('page_size=2&page=1');
  const p2 = await ids('page_size=2&page=2');
  expect([...p1, ...p2]).toEqual(all.slice(0, 4));
  expect(await ids(`service_request_id=${A.repair},${A.env}`)).toEqual([A.env, A.repair]);
  for (const q of ['status=pending', 'start_date=yesterday', 'page_size=0', 'page_size=5000', 'page=-1']) {
    const r = await get(`/open311/v2/requests.json?${q}`, withKey(keyA));
    expect([q, r.status, r.body[0]?.code]).toEqual([q, 400, 400]);
    expect(r.body[0].description).toEqual(expect.any(String));
  }
});

test('requests/{id}.json: one request as a one-element array; unknown, malformed and foreign ids are 404', async () => {
  const r = await get(`/open311/v2/requests/${A.env}.json`, withKey(keyA));
  expect(r.status).toBe(200);
  expect(r.body).toHaveLength(1);
  expect(r.body[0].service_request_id).toBe(A.env);
  const missing = Buffer.from(`v1:ServiceRequest:00000000-0000-7000-8000-000000000000`).toString('base64url');
  for (const id of [missing, 'not-an-id', bRequest]) {
    const x = await get(`/open311/v2/requests/${id}.json`, withKey(keyA));
    expect([id, x.status, x.body]).toEqual([id, 404, [{ code: 404, description: expect.any(String) }]]);
  }
});

test('authentication: 401 without or with a bad key, 403 without the permission or with the module off, ?api_key= works, revocation is immediate', async () => {
  const path = '/open311/v2/requests.json';
  expect(await get(path)).toMatchObject({ status: 401, body: [{ code: 401 }] });
  expect(await get(path, withKey('wsk_nonsense'))).toMatchObject({ status: 401, body: [{ code: 401 }] });
  expect(await get(path, { authorization: 'Bearer garbage' })).toMatchObject({ status: 401 });
  expect(await get(path, withKey(keyNoPerm))).toMatchObject({ status: 403, body: [{ code: 403 }] });
  expect(await get(path, { authorization: `Bearer ${as.resident!.token}` })).toMatchObject({ status: 403 }); // a member without the permission
  expect((await get(`${path}?api_key=${encodeURIComponent(keyA)}`)).status).toBe(200);
  expect((await get(path, { authorization: `Bearer ${as.staff!.token}` })).status).toBe(200); // staff hold it by default
  // An English error when asked for.
  expect((await get(path, { 'accept-language': 'en' })).body[0].description).toBe('Authentication required');

  const key = ok((await s.gql(KeyCreate, { input: { name: '临时', permissions: ['dispatch.georeport.read'] } }, as.admin)).data!.apiKeyCreate);
  expect((await get(path, withKey(key.secret!))).status).toBe(200);
  ok((await s.gql(KeyRevoke, { input: { id: key.apiKey!.id } }, as.admin)).data!.apiKeyRevoke);
  expect((await get(path, withKey(key.secret!))).status).toBe(401);

  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: false } }, as.admin)).data!.communityModuleConfigure);
  try {
    expect(await get(path, withKey(keyA))).toMatchObject({ status: 403, body: [{ code: 403 }] });
  } finally {
    ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data!.communityModuleConfigure);
  }
});

test("tenant isolation: community B's key sees only B's requests, never A's", async () => {
  const list = await get('/open311/v2/requests.json?page_size=1000', withKey(keyB));
  expect(list.status).toBe(200);
  expect(list.body.map((x: any) => x.service_request_id)).toEqual([bRequest]);
  const filtered = await get(`/open311/v2/requests.json?service_request_id=${A.repair},${A.env}`, withKey(keyB));
  expect(filtered.body).toEqual([]);
  for (const id of Object.values(A)) expect((await get(`/open311/v2/requests/${id}.json`, withKey(keyB))).status).toBe(404);
  // A's key does not see B's.
  const fromA = await get('/open311/v2/requests.json?page_size=1000', withKey(keyA));
  expect(fromA.body.map((x: any) => x.service_request_id)).not.toContain(bRequest);
});
