// 街道吹哨、部门报到 through the party module: while the community has party enabled and keeps
// escalation targets, dispatch escalates only to those (checked by name and category, the target's
// id recorded on the request and in the events, so its answer is tracked); with party off, or
// keeping no active target, the dispatch `departments` setting is the list, as before.
import type { Client } from 'pg';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import * as D from './dispatch-helpers';
import { graphql } from '../gql';

const Targets = graphql(`
  query DispatchEscalationTargets($category: String) {
    dispatchEscalationTargets(category: $category) {
      name
      source
      target
      kind
      categories
    }
  }
`);
const Escalate = graphql(`
  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {
    serviceRequestEscalate(input: $input) {
      serviceRequest {
        id
        status
        escalationTarget
        escalatedTo
        escalatedToTarget
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const TargetCreate = graphql(`
  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) {
    partyEscalationTargetCreate(input: $input) {
      target {
        id
        name
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const TargetUpdate = graphql(`
  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) {
    partyEscalationTargetUpdate(input: $input) {
      target {
        id
        active
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const PartyTargets = graphql(`
  query DispatchEscalationPartyTargets {
    partyEscalationTargets {
      id
      name
    }
  }
`);

let s: TestServer;
let db: Client;
const as: Record<string, GqlOptions> = {};

const ok = <T extends { userErrors: { code: string }[] }>(p: T | null | undefined): T => {
  expect(p?.userErrors).toEqual([]);
  return p!;
};
const rawId = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;
const events = async (id: string, type: string) =>
  (await db.query(`select data from outbox_event where type = $1 and subject_id = $2 order by id`, [type, rawId(id)])).rows.map((r) => r.data);
const configure = async (moduleKey: string, enabled: boolean) =>
  expect((await s.gql(D.DispatchConfigure, { input: { moduleKey, enabled } }, as.admin)).data!.communityModuleConfigure.userErrors).toEqual([]);
async function request(category = 'repair') {
  return ok((await s.gql(D.DispatchCreate, { input: D.intake({ category }) }, as.staff)).data!.serviceRequestCreate).serviceRequest!;
}
const escalate = async (id: string, department: string) =>
  (await s.gql(Escalate, { input: { id, target: 'DEPARTMENT', department, body: '需部门协调' } }, as.staff)).data!.serviceRequestEscalate;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'resident']) as[l] = { token: await s.login(l) };
  await configure('dispatch', true);
  await configure('party', false);
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('party disabled: the departments setting is the list and is enforced', async () => {
  const list = (await s.gql(Targets, { category: 'repair' }, as.staff)).data!.dispatchEscalationTargets;
  expect(list.map((t) => t.name)).toEqual(['街道办', '住建局', '民政局', '供电局', '派出所']);
  expect(list.every((t) => t.source === 'SETTINGS' && t.target === null && t.kind === null)).toBe(true);
  const req = await request();
  const unknown = await escalate(req.id, '区水务局');
  expect(unknown.userErrors.map((e) => [e.code, e.field])).toEqual([['DISPATCH_DEPARTMENT_UNKNOWN', ['input', 'department']]]);
  const e = ok(await escalate(req.id, '派出所'));
  expect(e.serviceRequest).toMatchObject({ status: 'ESCALATED', escalatedTo: '派出所', escalatedToTarget: null });
  expect(await events(req.id, 'dispatch.RequestEscalated')).toEqual([
    expect.objectContaining({ source: 'SETTINGS', escalationTargetId: null, escalatedTo: '派出所' }),
  ]);
});

describe('party enabled with targets created through GraphQL', () => {
  let water: string;
  let school: string;
  beforeAll(async () => {
    await configure('party', true);
    water = ok(
      (await s.gql(TargetCreate, { input: { name: '区水务局', kind: 'DEPARTMENT', categories: ['repair'], sortOrder: 1 } }, as.admin)).data!
        .partyEscalationTargetCreate,
    ).target!.id;
    school = ok(
      (await s.gql(TargetCreate, { input: { name: '区教育局', kind: 'DEPARTMENT', categories: ['policy'], sortOrder: 2 } }, as.admin)).data!
        .partyEscalationTargetCreate,
    ).target!.id;
  });

  test('the dispatcher picks from the party targets answering for the category', async () => {
    const repair = (await s.gql(Targets, { category: 'repair' }, as.staff)).data!.dispatchEscalationTargets;
    expect(repair.every((t) => t.source === 'PARTY' && t.target)).toBe(true);
    expect(repair).toContainEqual({ name: '区水务局', source: 'PARTY', target: water, kind: 'DEPARTMENT', categories: ['repair'] });
    expect(repair.map((t) => t.name)).not.toContain('区教育局');
    const all = (await s.gql(Targets, {}, as.staff)).data!.dispatchEscalationTargets.map((t) => t.name);
    expect(all).toEqual(expect.arrayContaining(['区水务局', '区教育局']));
    // Not for residents; an unknown category is bad input.
    expect(D.codes(await s.gql(Targets, { category: 'repair' }, as.resident))).toEqual(['FORBIDDEN']);
    expect(D.codes(await s.gql(Targets, { category: 'noSuch' }, as.staff))).toEqual(['BAD_USER_INPUT']);
  });

  test('escalation to a party target records its id and name; its answer is tracked', async () => {
    const req = await request('repair');
    const e = ok(await escalate(req.id, '区水务局'));
    expect(e.serviceRequest).toMatchObject({ status: 'ESCALATED', escalationTarget: 'DEPARTMENT', escalatedTo: '区水务局', escalatedToTarget: water });
    const [row] = (await db.query(`select escalation_target_id, escalated_to from dispatch_request where id = $1`, [rawId(req.id)])).rows;
    expect(row).toEqual({ escalation_target_id: rawId(water), escalated_to: '区水务局' });
    expect(await events(req.id, 'dispatch.RequestEscalated')).toEqual([
      expect.objectContaining({ source: 'PARTY', escalationTargetId: rawId(water), escalatedTo: '区水务局' }),
    ]);
    const a = ok((await s.gql(D.DispatchAnswer, { input: { id: req.id, body: '区水务局：已抢修' } }, as.staff)).data!.serviceRequestEscalationAnswer);
    expect(a.serviceRequest).toMatchObject({ status: 'RESOLVED', escalationAnswer: '区水务局：已抢修' });
    expect(await events(req.id, 'dispatch.RequestResolved')).toEqual([
      expect.objectContaining({ answered: true, escalationTargetId: rawId(water), escalatedTo: '区水务局' }),
    ]);
  });

  test('an unknown target, a settings-only department or a target of another category is a typed userError; nothing is written', async () => {
    const req = await request('repair');
    for (const [name, code] of [
      ['不存在的局', 'DISPATCH_DEPARTMENT_UNKNOWN'],
      ['', 'DISPATCH_DEPARTMENT_UNKNOWN'],
      ['区教育局', 'DISPATCH_TARGET_CATEGORY'],
    ] as const) {
      const r = await escalate(req.id, name);
      expect(r.userErrors.map((x) => [x.code, x.field])).toEqual([[code, ['input', 'department']]]);
      expect(r.serviceRequest).toBeNull();
    }
    // A name only in the dispatch settings (and not a party target) is refused while party keeps targets.
    const names = (await s.gql(PartyTargets, {}, as.staff)).data!.partyEscalationTargets.map((t) => t.name);
    if (!names.includes('派出所')) expect((await escalate(req.id, '派出所')).userErrors.map((x) => x.code)).toEqual(['DISPATCH_DEPARTMENT_UNKNOWN']);
    const [row] = (await db.query(`select status, escalated_to, escalation_target_id from dispatch_request where id = $1`, [rawId(req.id)])).rows;
    expect(row).toEqual({ status: 'SUBMITTED', escalated_to: null, escalation_target_id: null });
    expect(await events(req.id, 'dispatch.RequestEscalated')).toEqual([]);
  });

  test('a deactivated target is no longer offered; with no active target the departments setting is used again', async () => {
    ok((await s.gql(TargetUpdate, { input: { id: school, active: false } }, as.admin)).data!.partyEscalationTargetUpdate);
    const policyReq = await request('policy');
    expect((await escalate(policyReq.id, '区教育局')).userErrors.map((x) => x.code)).toEqual(['DISPATCH_DEPARTMENT_UNKNOWN']);
    for (const t of (await s.gql(PartyTargets, {}, as.staff)).data!.partyEscalationTargets) {
      ok((await s.gql(TargetUpdate, { input: { id: t.id, active: false } }, as.admin)).data!.partyEscalationTargetUpdate);
    }
    const list = (await s.gql(Targets, {}, as.staff)).data!.dispatchEscalationTargets;
    expect(list.every((t) => t.source === 'SETTINGS')).toBe(true);
    const e = ok(await escalate(policyReq.id, '民政局'));
    expect(e.serviceRequest).toMatchObject({ escalatedTo: '民政局', escalatedToTarget: null });
  });
});
