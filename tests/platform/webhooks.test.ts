// Webhooks (M35) end to end: endpoints managed through GraphQL, deliveries signed per Standard
// Webhooks and verified by a receiver on loopback with the `standardwebhooks` library, retried in
// order per subject while the receiver is down, tenant isolation, type filters, secret rotation,
// redelivery, disabling after the retry window, and private targets refused without the flag.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { createCommunity } from '../harness/community';
import { ok } from '../harness/payload';
import { sql, waitUntil } from '../harness/proc-events';
import { toGlobalId } from '../../src/schema/global-id';

const EndpointCreate = graphql(`
  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {
    webhookEndpointCreate(input: $input) {
      webhookEndpoint {
        id
        url
        eventTypes
        permissions
        enabled
      }
      secret
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const EndpointUpdate = graphql(`
  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {
    webhookEndpointUpdate(input: $input) {
      webhookEndpoint {
        id
        enabled
        disabledReason
      }
      userErrors {
        code
      }
    }
  }
`);
const EndpointDelete = graphql(`
  mutation WebhookEndpointDelete($input: WebhookEndpointIdInput!) {
    webhookEndpointDelete(input: $input) {
      deletedId
      userErrors {
        code
      }
    }
  }
`);
const RotateSecret = graphql(`
  mutation WebhookRotateSecret($input: WebhookEndpointIdInput!) {
    webhookEndpointRotateSecret(input: $input) {
      secret
      webhookEndpoint {
        previousSecretExpiresAt
      }
      userErrors {
        code
      }
    }
  }
`);
const Endpoints = graphql(`
  query WebhookEndpoints {
    webhookEndpoints(first: 50) {
      nodes {
        id
        url
        enabled
        disabledReason
      }
    }
  }
`);
const Deliveries = graphql(`
  query WebhookDeliveries($endpoint: ID!) {
    webhookDeliveries(endpoint: $endpoint, first: 100) {
      nodes {
        id
        messageId
        eventType
        eventSeq
        status
        attempts
        lastStatus
        lastLatencyMs
        lastError
        nextAttemptAt
        deliveredAt
      }
    }
  }
`);
const Redeliver = graphql(`
  mutation WebhookRedeliver($input: WebhookRedeliverInput!) {
    webhookRedeliver(input: $input) {
      webhookDelivery {
        id
        messageId
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const HouseholdCreate = graphql(`
  mutation WebhookHouseholdCreate($input: HouseholdCreateInput!) {
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
const HouseholdUpdate = graphql(`
  mutation WebhookHouseholdUpdate($input: HouseholdUpdateInput!) {
    householdUpdate(input: $input) {
      household {
        id
      }
      userErrors {
        code
      }
    }
  }
`);

interface Received {
  id: string;
  timestamp: string;
  signature: string;
  raw: string;
  body: { type: string; timestamp: string; data: { cursor: string; community: string; subject: { type: string; id: string } | null; data: unknown } };
}

/** A receiver on loopback: verifies each delivery with the standardwebhooks library, or answers `mode`. */
class Receiver {
  server = http.createServer((req, res) => this.handle(req, res));
  port = 0;
  mode: 'ok' | 'fail' = 'ok';
  secrets: string[] = [];
  got: Received[] = [];
  rejected: string[] = [];

  async listen(port = 0): Promise<void> {
    await new Promise<void>((r) => this.server.listen(port, '127.0.0.1', r));
    this.port = (this.server.address() as AddressInfo).port;
  }
  /** Stops accepting connections: attempts are refused (ECONNREFUSED). */
  async down(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((r) => this.server.close(() => r()));
    this.server = http.createServer((req, res) => this.handle(req, res));
  }
  get url(): string {
    return `http://127.0.0.1:${this.port}/hook`;
  }
  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      if (this.mode === 'fail') {
        res.writeHead(500).end();
        return;
      }
      const headers = req.headers as Record<string, string>;
      try {
        // Any one configured secret that verifies is enough (rotation: old and new sign together).
        const ok = this.secrets.some((s) => {
          try {
            new Webhook(s).verify(raw, headers);
            return true;
          } catch {
            return false;
          }
        });
        if (!ok) throw new Error('bad signature');
        this.got.push({
          id: headers['webhook-id']!,
          timestamp: headers['webhook-timestamp']!,
          signature: headers['webhook-signature']!,
          raw,
          body: JSON.parse(raw),
        });
        res.writeHead(204).end();
      } catch {
        this.rejected.push(raw);
        res.writeHead(401).end();
      }
    });
  }
}

let s: TestServer;
let admin: GqlOptions;
const receivers: Receiver[] = [];
let n = 0;

async function receiver(): Promise<Receiver> {
  const r = new Receiver();
  await r.listen();
  receivers.push(r);
  return r;
}

async function endpoint(r: Receiver, as: GqlOptions, extra: { eventTypes?: string[] } = {}) {
  const res = ok((await s.gql(EndpointCreate, { input: { url: r.url, description: 'test', ...extra } }, as)).data?.webhookEndpointCreate);
  expect(res.secret).toMatch(/^whsec_/);
  r.secrets.push(res.secret!);
  return res.webhookEndpoint!;
}

async function household(as: GqlOptions = admin): Promise<string> {
  const number = `WH-${++n}-${Date.now()}`;
  return ok((await s.gql(HouseholdCreate, { input: { number, address: `金秋小区 ${number}` } }, as)).data?.householdCreate).household!.id;
}

const update = async (id: string, building: string, as: GqlOptions = admin) =>
  ok((await s.gql(HouseholdUpdate, { input: { id, building } }, as)).data?.householdUpdate);

const deliveries = async (endpointId: string, as: GqlOptions = admin) => (await s.gql(Deliveries, { endpoint: endpointId }, as)).data!.webhookDeliveries.nodes;

beforeAll(async () => {
  s = await startTestServer({
    demo: true,
    config: {
      backgroundJobs: true,
      jobsPollMs: 100,
      webhooks: { allowPrivate: true, backoffMs: 200, backoffMaxMs: 800, retryWindowMs: 120_000, timeoutMs: 2000, rotationGraceMs: 3600_000 },
    },
  });
  admin = { token: await s.login('admin') };
});
afterAll(async () => {
  await s?.stop();
  for (const r of receivers) await new Promise((done) => r.server.close(done));
});

test('deliveries are signed per Standard Webhooks and verified by the receiver; the payload carries ids, types and data', async () => {
  const r = await receiver();
  const ep = await endpoint(r, admin);
  expect(ep.permissions).toContain('core.household.read');
  const id = await household();
  const [got] = await waitUntil('delivery', async () => r.got.length >= 1 && r.got, 10_000);
  expect(got!.body.type).toBe('core.HouseholdCreated');
  expect(got!.body.data.subject).toEqual({ type: 'Household', id });
  expect(got!.id).toMatch(/^msg_\d+$/);
  expect(r.rejected).toEqual([]);
  // Nothing personal in the body: ids, types, cursor and the event's own data only.
  expect(Object.keys(got!.body.data).sort()).toEqual(['community', 'cursor', 'data', 'subject']);
  const log = await deliveries(ep.id);
  expect(log[0]).toMatchObject({ status: 'DELIVERED', attempts: 1, lastStatus: 204, eventType: 'core.HouseholdCreated' });
  // The secret is sealed at rest.
  const [row] = await sql(s.databaseUrl, 'select secret from webhook_endpoint');
  expect(row.secret).not.toContain(r.secrets[0]!.slice(6));
  expect(log[0]!.lastLatencyMs).toBeGreaterThanOrEqual(0);
});

test('a forged or replayed signature is rejected by the receiver', async () => {
  const r = receivers[0]!;
  const real = r.got[0]!;
  const verify = (raw: string, headers: Record<string, string>) => new Webhook(r.secrets[0]!).verify(raw, headers);
  const headers = { 'webhook-id': real.id, 'webhook-timestamp': real.timestamp, 'webhook-signature': real.signature };
  expect(() => verify(real.raw, headers)).not.toThrow();
  // Forged: signed with another secret, or the body altered under a real signature.
  const forger = new Webhook(`whsec_${Buffer.from('x'.repeat(24)).toString('base64')}`);
  const now = new Date();
  expect(() =>
    verify(real.raw, { ...headers, 'webhook-timestamp': String(Math.floor(now.getTime() / 1000)), 'webhook-signature': forger.sign(real.id, now, real.raw) }),
  ).toThrow();
  expect(() => verify(real.raw.replace('HouseholdCreated', 'HouseholdUpdated'), headers)).toThrow();
  // Replayed: a genuine signature over an old timestamp (beyond the library's 5-minute tolerance).
  const old = new Date(Date.now() - 10 * 60_000);
  const replay = {
    'webhook-id': real.id,
    'webhook-timestamp': String(Math.floor(old.getTime() / 1000)),
    'webhook-signature': new Webhook(r.secrets[0]!).sign(real.id, old, real.raw),
  };
  expect(() => verify(real.raw, replay)).toThrow(/too old/i);
  // And over HTTP: the receiver answers 401 to a forged delivery and records nothing.
  const before = r.got.length;
  const res = await fetch(r.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, 'webhook-signature': 'v1,Zm9yZ2Vk' },
    body: real.raw,
  });
  expect(res.status).toBe(401);
  expect(r.got.length).toBe(before);
});

test('while the receiver is down (500, then refusing connections) deliveries are retried and arrive in order once it is back', async () => {
  const r = await receiver();
  const ep = await endpoint(r, admin);
  r.mode = 'fail';
  const id = await household();
  await update(id, '1栋');
  await update(id, '2栋');
  await waitUntil('failed attempts with HTTP 500', async () => (await deliveries(ep.id)).some((d) => d.attempts >= 2 && d.lastStatus === 500), 10_000);
  const port = r.port;
  await r.down();
  await waitUntil(
    'a refused attempt',
    async () => (await deliveries(ep.id)).some((d) => d.lastStatus === null && d.attempts >= 3 && /ECONNREFUSED/.test(d.lastError ?? '')),
    10_000,
  );
  const pending = await deliveries(ep.id);
  expect(pending.every((d) => d.status === 'PENDING')).toBe(true);
  // Only the head of the subject's queue was attempted: later events wait behind it.
  expect(pending.filter((d) => d.attempts > 0)).toHaveLength(1);
  r.mode = 'ok';
  await r.listen(port);
  const got = await waitUntil('all three delivered', async () => r.got.length >= 3 && r.got, 15_000);
  expect(got.map((g) => g.body.type)).toEqual(['core.HouseholdCreated', 'core.HouseholdUpdated', 'core.HouseholdUpdated']);
  const cursors = got.map((g) => BigInt(g.body.data.cursor));
  expect([...cursors].sort((a, b) => (a < b ? -1 : 1))).toEqual(cursors);
  const log = await deliveries(ep.id);
  expect(log.every((d) => d.status === 'DELIVERED')).toBe(true);
  expect(Math.max(...log.map((d) => d.attempts))).toBeGreaterThanOrEqual(3);
  expect(log.map((d) => d.eventSeq)).toEqual([...cursors].reverse().map(String)); // the log: newest first
});

test("an endpoint of community A never gets community B's events; B's endpoint gets them", async () => {
  const rA = await receiver();
  await endpoint(rA, admin);
  const b = await createCommunity(s, { name: '乙社区' });
  const rB = await receiver();
  await endpoint(rB, b.admin);
  const inB = await household(b.admin);
  const inA = await household();
  await waitUntil('A and B each got their own', async () => rA.got.length >= 1 && rB.got.length >= 1, 10_000);
  await new Promise((r) => setTimeout(r, 500));
  expect(rA.got.map((g) => g.body.data.subject?.id)).toEqual([inA]);
  expect(rB.got.map((g) => g.body.data.subject?.id)).toEqual([inB]);
  // And A's admin cannot see or touch B's endpoints.
  expect((await s.gql(Endpoints, {}, admin)).data!.webhookEndpoints.nodes.map((e) => e.url)).not.toContain(rB.url);
});

test("another community's admin with A's endpoint and delivery ids: answered as for unknown ids, nothing of A changed", async () => {
  const r = await receiver();
  const ep = await endpoint(r, admin);
  await household();
  const [delivery] = await waitUntil('a delivery', async () => (await deliveries(ep.id)).length >= 1 && (await deliveries(ep.id)), 10_000);
  const b = await createCommunity(s, { name: '丙社区' });
  const unknown = (type: string) => toGlobalId(type, '01900000-0000-7000-8000-00000000dead');
  // Each case: the call with A's id, and the same call with an unknown id of that type.
  const calls: [string, (id: string) => Promise<unknown>, string, string][] = [
    ['update', (id) => s.gql(EndpointUpdate, { input: { id, enabled: false } }, b.admin), ep.id, unknown('WebhookEndpoint')],
    ['rotate', (id) => s.gql(RotateSecret, { input: { id } }, b.admin), ep.id, unknown('WebhookEndpoint')],
    ['deliveries', (id) => s.gql(Deliveries, { endpoint: id }, b.admin), ep.id, unknown('WebhookEndpoint')],
    ['redeliver', (id) => s.gql(Redeliver, { input: { id } }, b.admin), delivery!.id, unknown('WebhookDelivery')],
    ['delete', (id) => s.gql(EndpointDelete, { input: { id } }, b.admin), ep.id, unknown('WebhookEndpoint')],
  ];
  for (const [name, call, foreign, missing] of calls) {
    const a = JSON.stringify(await call(foreign)).replaceAll(foreign, 'ID');
    const m = JSON.stringify(await call(missing)).replaceAll(missing, 'ID');
    expect([name, a]).toEqual([name, m]);
    expect(a).not.toContain(r.url);
  }
  const mine = (await s.gql(Endpoints, {}, admin)).data!.webhookEndpoints.nodes.find((e) => e.id === ep.id);
  expect(mine).toMatchObject({ enabled: true, disabledReason: null });
});

test('an endpoint filtered to one event type gets only that type', async () => {
  const r = await receiver();
  await endpoint(r, admin, { eventTypes: ['core.HouseholdUpdated'] });
  const id = await household();
  await update(id, '3栋');
  await waitUntil('the update', async () => r.got.length >= 1, 10_000);
  await new Promise((done) => setTimeout(done, 500));
  expect(r.got.map((g) => g.body.type)).toEqual(['core.HouseholdUpdated']);
  const bad = (await s.gql(EndpointCreate, { input: { url: r.url, eventTypes: ['core.NoSuchThing'] } }, admin)).data!.webhookEndpointCreate;
  expect(bad.userErrors[0]).toMatchObject({ code: 'EVENT_TYPE_UNKNOWN', field: ['input', 'eventTypes'] });
});

test('an endpoint sees only the events its permissions show; only admins manage endpoints', async () => {
  const narrow = await receiver();
  const res = ok((await s.gql(EndpointCreate, { input: { url: narrow.url, permissions: ['tenancy.community.read'] } }, admin)).data?.webhookEndpointCreate);
  narrow.secrets.push(res.secret!);
  const wide = await receiver();
  await endpoint(wide, admin);
  await household();
  await waitUntil('the wide endpoint got the household', async () => wide.got.length >= 1, 10_000);
  await new Promise((done) => setTimeout(done, 500));
  expect(narrow.got).toHaveLength(0); // core.HouseholdCreated needs core.household.read
  const tooWide = (await s.gql(EndpointCreate, { input: { url: narrow.url, permissions: ['no.such.permission'] } }, admin)).data!.webhookEndpointCreate;
  expect(tooWide.userErrors.map((e) => e.code)).toEqual(['PERMISSION_UNKNOWN']);
  const staff = { token: await s.login('staff') };
  const denied = await s.gql(Endpoints, {}, staff);
  expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

test('secret rotation: the old secret keeps signing beside the new one; a delivery can be redelivered with the same webhook-id', async () => {
  const r = await receiver();
  const ep = await endpoint(r, admin);
  const oldSecret = r.secrets[0]!;
  const rotated = ok((await s.gql(RotateSecret, { input: { id: ep.id } }, admin)).data?.webhookEndpointRotateSecret);
  expect(rotated.secret).toMatch(/^whsec_/);
  expect(rotated.secret).not.toBe(oldSecret);
  expect(new Date(rotated.webhookEndpoint!.previousSecretExpiresAt!).getTime()).toBeGreaterThan(Date.now());
  await household();
  const [got] = await waitUntil('delivery', async () => r.got.length >= 1 && r.got, 10_000);
  const headers = { 'webhook-id': got!.id, 'webhook-timestamp': got!.timestamp, 'webhook-signature': got!.signature };
  expect(got!.signature.split(' ')).toHaveLength(2);
  expect(() => new Webhook(oldSecret).verify(got!.raw, headers)).not.toThrow();
  expect(() => new Webhook(rotated.secret!).verify(got!.raw, headers)).not.toThrow();

  const [first] = await deliveries(ep.id);
  const again = ok((await s.gql(Redeliver, { input: { id: first!.id } }, admin)).data?.webhookRedeliver);
  expect(again.webhookDelivery!.messageId).toBe(first!.messageId);
  await waitUntil('redelivered', async () => r.got.length >= 2, 10_000);
  expect(r.got[1]!.id).toBe(got!.id);
});

test('a delivery failing past the retry window disables its endpoint with a reason; enabled again it gets new events and the failed one can be redelivered', async () => {
  const r = await receiver();
  const ep = await endpoint(r, admin);
  r.mode = 'fail';
  const window = s.wushe.app.config.webhooks.retryWindowMs;
  s.wushe.app.config.webhooks.retryWindowMs = 1500;
  try {
    await household();
    const off = await waitUntil(
      'endpoint disabled',
      async () => (await s.gql(Endpoints, {}, admin)).data!.webhookEndpoints.nodes.find((e) => e.id === ep.id && !e.enabled),
      15_000,
    );
    expect(off.disabledReason).toMatch(/HTTP 500/);
    const [d] = await deliveries(ep.id);
    expect(d).toMatchObject({ status: 'FAILED', lastStatus: 500 });
    expect(d!.attempts).toBeGreaterThanOrEqual(2);
  } finally {
    s.wushe.app.config.webhooks.retryWindowMs = window;
  }
  // Disabled: events are not delivered to it; enabled again, new events are, and the failed one can be redelivered.
  r.mode = 'ok';
  await household();
  await new Promise((done) => setTimeout(done, 500));
  expect(r.got).toHaveLength(0);
  const on = ok((await s.gql(EndpointUpdate, { input: { id: ep.id, enabled: true } }, admin)).data?.webhookEndpointUpdate);
  expect(on.webhookEndpoint).toMatchObject({ enabled: true, disabledReason: null });
  const later = await household();
  await waitUntil('delivered after enabling', async () => r.got.length >= 1, 10_000);
  expect(r.got.map((g) => g.body.data.subject?.id)).toEqual([later]);
  const failed = (await deliveries(ep.id)).find((d) => d.status === 'FAILED')!;
  ok((await s.gql(Redeliver, { input: { id: failed.id } }, admin)).data?.webhookRedeliver);
  await waitUntil('the failed one redelivered', async () => r.got.length >= 2, 10_000);
  expect(r.got[1]!.id).toBe(failed.messageId);
  ok((await s.gql(EndpointDelete, { input: { id: ep.id } }, admin)).data?.webhookEndpointDelete);
  expect((await s.gql(Endpoints, {}, admin)).data!.webhookEndpoints.nodes.map((e) => e.id)).not.toContain(ep.id);
});

test('targets on private or loopback addresses are refused without WUSHE_WEBHOOK_ALLOW_PRIVATE, at creation and at delivery', async () => {
  const r = await receiver();
  const ep = await endpoint(r, admin); // created while private targets are allowed
  s.wushe.app.config.webhooks.allowPrivate = false;
  try {
    for (const url of [
      'http://127.0.0.1:9/x',
      'http://localhost:9/x',
      'http://10.1.2.3/x',
      'http://192.168.1.1/x',
      'http://[::1]:9/x',
      'http://169.254.169.254/latest',
    ]) {
      const res = (await s.gql(EndpointCreate, { input: { url } }, admin)).data!.webhookEndpointCreate;
      expect({ url, errors: res.userErrors.map((e) => [e.code, e.field]) }).toEqual({ url, errors: [['WEBHOOK_URL_PRIVATE', ['input', 'url']]] });
      expect(res.secret).toBeNull();
    }
    const bad = (await s.gql(EndpointCreate, { input: { url: 'ftp://example.com/x' } }, admin)).data!.webhookEndpointCreate;
    expect(bad.userErrors.map((e) => e.code)).toEqual(['WEBHOOK_URL_INVALID']);
    // At delivery the address is checked again (DNS rebinding): the loopback target is not contacted.
    await household();
    await waitUntil('refused at delivery', async () => (await deliveries(ep.id)).some((d) => /WEBHOOK_URL_PRIVATE/.test(d.lastError ?? '')), 10_000);
    expect(r.got).toHaveLength(0);
  } finally {
    s.wushe.app.config.webhooks.allowPrivate = true;
  }
});
