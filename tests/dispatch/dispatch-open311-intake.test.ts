// 12345 / Open311 intake over real HTTP (issue 15 item 3): POST requests.json (GeoReport v2 form)
// files a request through a community API key holding dispatch.georeport.submit; GET returns its
// coordinates; a client's Idempotency-Key files once however often (and however concurrently) it
// is sent; bad input answers a GeoReport error array and writes nothing; only keys with the
// permission may file; a status change made by staff reaches the 12345 side as a signed webhook
// on a loopback receiver, verified with the standardwebhooks library.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Client } from 'pg';
import { Webhook } from 'standardwebhooks';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { waitUntil } from '../harness/proc-events';
import * as D from './dispatch-helpers';

const KeyCreate = graphql(`
  mutation DispatchIntakeKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      userErrors {
        code
      }
    }
  }
`);
const EndpointCreate = graphql(`
  mutation DispatchIntakeEndpoint($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      secret
      userErrors {
        code
        message
      }
    }
  }
`);
const Request = graphql(`
  query DispatchIntakeRequest($id: ID!) {
    node(id: $id) {
      ... on ServiceRequest {
        id
        channel
        status
        kind
        category
        description
        address
        latitude
        longitude
        legacyAttachments
      }
    }
  }
`);

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};
let submitKey: string, readKey: string;
let base: string;

const ok = <T extends { userErrors: { code: string }[] }>(p: T | null | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
async function post(fields: Record<string, string>, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const form = (over: Record<string, string> = {}) => ({
  service_code: 'routine.repair',
  description: '幸福路口井盖松动，车辆经过有响声',
  lat: '26.5521',
  long: '104.6453',
  address_string: '幸福路与人民路交叉口',
  ...over,
});
const count = async () => Number((await db.query(`select count(*) from dispatch_request where channel = 'HOTLINE_12345'`)).rows[0].count);

beforeAll(async () => {
  s = await startTestServer({
    demo: true,
    config: {
      backgroundJobs: true,
      jobsPollMs: 100,
      webhooks: { allowPrivate: true, backoffMs: 200, backoffMaxMs: 800, retryWindowMs: 120_000, timeoutMs: 2000, rotationGraceMs: 3600_000 },
    },
  });
  base = s.url.replace(/\/graphql$/, '');
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff']) as[l] = { token: await s.login(l) };
  ok((await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, as.admin)).data!.communityModuleConfigure);
  submitKey = ok(
    (await s.gql(KeyCreate, { input: { name: '12345 受理', permissions: ['dispatch.georeport.submit', 'dispatch.georeport.read'] } }, as.admin)).data!
      .apiKeyCreate,
  ).secret!;
  readKey = ok((await s.gql(KeyCreate, { input: { name: '12345 只读', permissions: ['dispatch.georeport.read'] } }, as.admin)).data!.apiKeyCreate).secret!;
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('a GeoReport form files a 12345 request with its coordinates; GET and GraphQL return them', async () => {
  const r = await post(form({ media_url: 'https://12345.example.org/photo/1.jpg', first_name: '不存', phone: '13800000000' }), { 'x-api-key': submitKey });
  expect(r.status).toBe(201);
  expect(r.body).toEqual([{ service_request_id: expect.any(String), service_notice: null, account_id: null }]);
  const id = r.body[0].service_request_id;

  const got = await fetch(`${base}/open311/v2/requests/${id}.json`, { headers: { 'x-api-key': submitKey } });
  expect(got.status).toBe(200);
  const [one] = (await got.json()) as any[];
  expect(one).toMatchObject({
    service_request_id: id,
    status: 'open',
    service_code: 'routine.repair',
    description: '幸福路口井盖松动，车辆经过有响声',
    address: '幸福路与人民路交叉口',
    lat: 26.5521,
    long: 104.6453,
  });
  const node = (await s.gql(Request, { id }, as.staff)).data!.node as any;
  expect(node).toMatchObject({ channel: 'HOTLINE_12345', status: 'SUBMITTED', kind: 'routine', category: 'repair', latitude: 26.5521, longitude: 104.6453 });
  expect(node.legacyAttachments).toEqual(['https://12345.example.org/photo/1.jpg']);
  // The caller's contact fields are not kept anywhere.
  const row = (await db.query(`select * from dispatch_request where id = $1`, [Buffer.from(id, 'base64url').toString().split(':')[2]])).rows[0];
  expect(JSON.stringify(row)).not.toMatch(/13800000000|不存/);

  // The api_key may be a form field, as GeoReport has it; without coordinates, an address is enough.
  const byField = await post({ ...form({ lat: '', long: '' }), api_key: submitKey });
  expect(byField.status).toBe(201);
  const [other] = (await (
    await fetch(`${base}/open311/v2/requests/${byField.body[0].service_request_id}.json`, { headers: { 'x-api-key': submitKey } })
  ).json()) as any[];
  expect([other.lat, other.long]).toEqual([null, null]);
});

test('Idempotency-Key: 8 concurrent sends and a later one file once and answer the same id; another form under that key is 422', async () => {
  const before = await count();
  const headers = { 'x-api-key': submitKey, 'idempotency-key': '12345-ticket-20261207-001' };
  const answers = await Promise.all(Array.from({ length: 8 }, () => post(form({ description: '重复提交的工单' }), headers)));
  const ids = new Set(answers.map((a) => a.body[0].service_request_id));
  expect(ids.size).toBe(1);
  expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
  const later = await post(form({ description: '重复提交的工单' }), headers);
  expect([later.status, later.body[0].service_request_id]).toEqual([200, [...ids][0]]);
  expect(await count()).toBe(before + 1);
  const changed = await post(form({ description: '换了内容' }), headers);
  expect(changed.status).toBe(422);
  expect(changed.body).toEqual([{ code: 422, description: expect.stringMatching(/IDEMPOTENCY_KEY_REUSED/) }]);
  expect(await count()).toBe(before + 1);
});

test('bad input answers a GeoReport error array naming the field, and writes nothing', async () => {
  const before = await count();
  const cases: [Record<string, string>, RegExp][] = [
    [form({ service_code: '' }), /service_code/],
    [form({ service_code: 'routine.nosuch' }), /unknown service_code/],
    [form({ service_code: 'a.b.c' }), /unknown service_code/],
    [form({ description: '  ' }), /description/],
    [form({ description: '超长'.repeat(2001) }), /at most 4000/],
    [form({ long: '' }), /lat and long go together/],
    [form({ lat: '91', long: '10' }), /within ±90/],
    [form({ lat: '1e2', long: '10' }), /decimal degree/],
    [form({ lat: '', long: '', address_string: '' }), /location is required/],
    [form({ address_id: 'A-1' }), /address_id is not supported/],
    [form({ media_url: 'javascript:alert(1)' }), /media_url/],
    [form({ description: '井盖\u0000松动' }), /U\+0000|不允许的字符/],
    [form({ address_string: 'abc\u202Edef' }), /U\+202E|不允许的字符/],
  ];
  // GeoReport clients are mostly English-speaking systems: they ask for en; zh-CN is the default.
  for (const [fields, re] of cases) {
    const r = await post(fields, { 'x-api-key': submitKey, 'accept-language': 'en' });
    expect([fields, r.status]).toEqual([fields, 400]);
    expect(r.body).toEqual([{ code: 400, description: expect.stringMatching(re) }]);
  }
  const zh = await post(form({ long: '' }), { 'x-api-key': submitKey });
  expect(zh.body).toEqual([{ code: 400, description: '输入有误：lat 与 long 须同时给出' }]);
  const idem = await post(form(), { 'x-api-key': submitKey, 'idempotency-key': 'has space' });
  expect(idem.status).toBe(400);
  const huge = await post(form({ description: 'x'.repeat(2_000_000) }), { 'x-api-key': submitKey });
  expect(huge.status).toBe(413);
  const malformed = await fetch(`${base}/open311/v2/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': submitKey },
    body: '{"service_code":',
  });
  expect(malformed.status).toBe(400);
  expect(await malformed.json()).toEqual([{ code: 400, description: expect.any(String) }]);
  expect(await count()).toBe(before);
});

test('who may file: a key with dispatch.georeport.submit only; not a read-only key, no key, a bad key or a person', async () => {
  const before = await count();
  expect((await post(form(), { 'x-api-key': readKey })).status).toBe(403);
  expect((await post(form())).status).toBe(401);
  expect((await post(form(), { 'x-api-key': `${submitKey.slice(0, -2)}xx` })).status).toBe(401);
  // Staff hold the permission, but people file through GraphQL: this door is for integrators.
  expect((await post(form(), { authorization: `Bearer ${as.staff.token}` })).status).toBe(403);
  expect(await count()).toBe(before);
});

test('a status update made by staff flows back to the 12345 side as a signed webhook', async () => {
  const secrets: string[] = [];
  const got: any[] = [];
  const receiver = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      try {
        new Webhook(secrets[0]!).verify(raw, req.headers as Record<string, string>);
        got.push(JSON.parse(raw));
        res.writeHead(204).end();
      } catch {
        res.writeHead(401).end();
      }
    });
  });
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/12345`;
    const ep = ok(
      (
        await s.gql(
          EndpointCreate,
          { input: { url, description: '12345 回传', eventTypes: ['dispatch.RequestCreated', 'dispatch.RequestCancelled', 'dispatch.RequestRejected'] } },
          as.admin,
        )
      ).data!.webhookEndpointCreate,
    );
    secrets.push(ep.secret!);
    const filed = await post(form({ description: '回传测试：路灯不亮' }), { 'x-api-key': submitKey });
    const id = filed.body[0].service_request_id;
    ok((await s.gql(D.DispatchReject, { input: { id, body: '不属于社区受理范围' } }, as.staff)).data!.serviceRequestReject);
    const events = await waitUntil('webhooks', async () => (got.filter((g) => g.data.subject?.id === id).length >= 2 ? got : false), 15_000);
    const mine = events.filter((g: any) => g.data.subject?.id === id);
    expect(mine.map((g: any) => [g.type, g.data.data.status])).toEqual([
      ['dispatch.RequestCreated', 'SUBMITTED'],
      ['dispatch.RequestRejected', 'REJECTED'],
    ]);
    expect(mine[0].data.data.channel).toBe('HOTLINE_12345');
    // The same id the Open311 view answers, now closed there.
    const [view] = (await (await fetch(`${base}/open311/v2/requests/${id}.json`, { headers: { 'x-api-key': submitKey } })).json()) as any[];
    expect([view.service_request_id, view.status, view.status_notes]).toEqual([id, 'closed', '不予受理']);
  } finally {
    await new Promise((r) => receiver.close(r));
  }
}, 60_000);
