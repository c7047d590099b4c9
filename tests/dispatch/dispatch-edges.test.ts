// Graph edges from a request into other modules (src/schema/edges.ts): its grid unit, taker,
// assistants and party escalation target as objects. Each answers what the viewer may see of the
// target under the target module's own check (forbidden → null), null while the target's module is
// disabled in the community, and never an object of another community, even when a foreign id
// sits in the row. The deprecated bare-id fields keep answering as before.
import type { Client } from 'pg';
import { startTestServer, type TestServer } from '../harness/server';
import { rawData } from '../harness/raw';
import { toGlobalId } from '../../src/schema/global-id';
import * as D from './dispatch-helpers';

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
let tokB: string;
const ids: Record<string, string> = {};

const send = (query: string, variables: Record<string, unknown>, token: string) => rawData(s, query, variables, token);
const as = (who: string) => tok[who]!;
const rawId = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;
const ok = (p: { userErrors: unknown[] } & Record<string, any>) => {
  expect(p.userErrors).toEqual([]);
  return p;
};
const configure = async (moduleKey: string, enabled: boolean, token = as('admin')) =>
  ok(
    (
      await send(
        'mutation C($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }',
        { input: { moduleKey, enabled } },
        token,
      )
    ).communityModuleConfigure,
  );

const EDGES = `
  fragment Edges on ServiceRequest {
    id gridUnit assistantIds escalatedToTarget takerName
    grid { id name level }
    taker { id displayName roles }
    assistants { __typename ... on SocialWorker { id name } ... on SocialOrganization { id name } }
    escalatedToPartyTarget { id name kind }
  }`;
const one = async (id: string, token: string) =>
  (await send(`query Q($id: ID!) { serviceRequest(id: $id) { ...Edges } } ${EDGES}`, { id }, token)).serviceRequest;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'resident', 'grid']) tok[l] = await s.login(l);
  for (const m of ['dispatch', 'grid', 'party']) await configure(m, true);
  const members = (await send('{ memberships(first: 100) { nodes { id login displayName } } }', {}, as('admin'))).memberships.nodes as {
    id: string;
    login: string;
    displayName: string;
  }[];
  ids.staffMembership = members.find((m) => m.login === 'staff')!.id;
  ids.staffName = members.find((m) => m.login === 'staff')!.displayName;
  const sw = (await send('{ socialWorkers(first: 1) { nodes { id name } } }', {}, as('admin'))).socialWorkers.nodes[0];
  const so = (await send('{ socialOrganizations(first: 1) { nodes { id name } } }', {}, as('admin'))).socialOrganizations.nodes[0];
  Object.assign(ids, { sw: sw.id, swName: sw.name, so: so.id, soName: so.name });
  // A request filed by staff for a resident's household (placed in a grid unit by the demo data),
  // and one the resident filed themself (the demo resident's login has no household: address only).
  const person = (
    (await send('{ residents(first: 20) { nodes { id household { id } } } }', {}, as('admin'))).residents.nodes as {
      id: string;
      household: { id: string } | null;
    }[]
  ).find((p) => p.household)!;
  const create = async (input: Record<string, unknown>, token: string) =>
    ok(
      (
        await send(
          'mutation M($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id gridUnit } userErrors { code field message } } }',
          { input: D.intake(input) },
          token,
        )
      ).serviceRequestCreate,
    ).serviceRequest;
  const req = await create({ requester: person.id, household: person.household!.id, address: null }, as('staff'));
  expect(req.gridUnit).toBeTruthy();
  ids.req = req.id;
  ids.own = (await create({}, as('resident'))).id;
  await db.query('update dispatch_request set grid_unit_id = $2 where id = $1', [rawId(ids.own), rawId(req.gridUnit)]);
  const targets = (await send('query T { dispatchEscalationTargets(category: "repair") { name source target } }', {}, as('staff')))
    .dispatchEscalationTargets as { name: string; source: string; target: string }[];
  const party = targets.find((t) => t.source === 'PARTY')!;
  ids.target = party.target;
  ids.targetName = party.name;
  for (const id of [ids.req, ids.own]) {
    ok(
      (
        await send(
          'mutation M($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { userErrors { code } } }',
          { input: { id, mode: 'ASSIGN', taker: ids.staffMembership, assistants: [ids.sw, ids.so] } },
          as('staff'),
        )
      ).serviceRequestDispatch,
    );
    ok(
      (
        await send(
          'mutation M($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { userErrors { code } } }',
          { input: { id, target: 'DEPARTMENT', department: party.name, body: '需部门协调' } },
          as('staff'),
        )
      ).serviceRequestEscalate,
    );
  }
}, 120_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test('staff see the grid unit, the taker, the assistants and the party target as objects; the deprecated ids agree', async () => {
  const r = await one(ids.req!, as('staff'));
  expect(r.grid).toMatchObject({ id: r.gridUnit, name: expect.any(String) });
  const [unit] = (await db.query('select name, level from grid_unit where id = $1', [rawId(r.gridUnit)])).rows;
  expect(r.grid).toEqual({ id: r.gridUnit, name: unit.name, level: unit.level });
  expect(r.taker).toMatchObject({ id: ids.staffMembership, displayName: ids.staffName, roles: ['COMMUNITY_STAFF'] });
  expect(r.takerName).toBe(ids.staffName);
  expect(r.assistants).toEqual([
    { __typename: 'SocialWorker', id: ids.sw, name: ids.swName },
    { __typename: 'SocialOrganization', id: ids.so, name: ids.soName },
  ]);
  expect(r.assistantIds).toEqual([ids.sw, ids.so]);
  expect(r.escalatedToPartyTarget).toMatchObject({ id: ids.target, name: ids.targetName });
  expect(r.escalatedToTarget).toBe(ids.target);
});

test('the requester sees what residents may see: assistants and the party target, not the grid unit nor the member record', async () => {
  const r = await one(ids.own!, as('resident'));
  expect(r.grid).toBeNull();
  expect(r.taker).toBeNull();
  expect(r.assistants.map((a: { id: string }) => a.id)).toEqual([ids.sw, ids.so]);
  expect(r.escalatedToPartyTarget).toMatchObject({ id: ids.target });
  // The deprecated ids are unchanged: the edges add a check, they do not change the old answers.
  expect(r.gridUnit).toBeTruthy();
});

test('a grid worker sees the unit only when it is within their duty units', async () => {
  // The request is escalated (staff's); the worker sees it while its unit is theirs (dispatch's rule).
  const unit = rawId((await one(ids.req!, as('staff'))).gridUnit);
  const [duty] = (
    await db.query(
      `select d.unit_id from grid_duty d join membership m on m.id = d.membership_id join account a on a.id = m.account_id where a.login = 'grid' limit 1`,
    )
  ).rows;
  const original = unit;
  try {
    await db.query('update dispatch_request set grid_unit_id = $2, taker_account_id = (select id from account where login = $3) where id = $1', [
      rawId(ids.req!),
      duty.unit_id,
      'grid',
    ]);
    const mine = await one(ids.req!, as('grid'));
    expect(mine.grid).toMatchObject({ id: toGlobalId('GridUnit', duty.unit_id) });
    // A top unit where the worker holds no duty (their reach is their duty units and what lies below).
    const [other] = (
      await db.query(
        `select u.id from grid_unit u where u.community_id = (select community_id from dispatch_request where id = $1) and u.parent_id is null
        and not exists (select 1 from grid_duty d join membership m on m.id = d.membership_id join account a on a.id = m.account_id where a.login = 'grid' and d.unit_id = u.id)
      limit 1`,
        [rawId(ids.req!)],
      )
    ).rows;
    await db.query('update dispatch_request set grid_unit_id = $2 where id = $1', [rawId(ids.req!), other.id]);
    // Still theirs to see (they hold it), but the unit is outside their reach: null, not an error.
    const theirs = await one(ids.req!, as('grid'));
    expect(theirs.gridUnit).toBe(toGlobalId('GridUnit', other.id));
    expect(theirs.grid).toBeNull();
  } finally {
    await db.query(`update dispatch_request set grid_unit_id = $2, taker_account_id = (select id from account where login = 'staff') where id = $1`, [
      rawId(ids.req!),
      original,
    ]);
  }
});

test('an edge whose target module is disabled in the community is null, not an error', async () => {
  await configure('grid', false);
  await configure('party', false);
  try {
    const r = await one(ids.req!, as('staff'));
    expect(r.grid).toBeNull();
    expect(r.escalatedToPartyTarget).toBeNull();
    // Core cannot be disabled: its edges still answer.
    expect(r.taker).toMatchObject({ id: ids.staffMembership });
    expect(r.assistants).toHaveLength(2);
  } finally {
    await configure('grid', true);
    await configure('party', true);
  }
  expect((await one(ids.req!, as('staff'))).grid).not.toBeNull();
});

test('ids of another community in the row resolve to nothing (tenant isolation)', async () => {
  // Community B with a grid unit, a party target, a social worker and an admin who is not in A.
  const platform = await s.login('platform');
  const cid = (
    await send(
      'mutation M($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }',
      { input: { name: 'EDGE-B 社区', regionCode: '529999000002' } },
      platform,
    )
  ).communityCreate.community.id;
  const pInB = await s.login('platform', undefined, cid);
  ok(
    (
      await send(
        'mutation M($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }',
        { input: { login: 'edge-b-admin', displayName: 'EDGE-B 管理员', password: 'edge-b-pass-2026', roles: ['COMMUNITY_ADMIN'] } },
        pInB,
      )
    ).membershipAdd,
  );
  tokB = await s.login('edge-b-admin', 'edge-b-pass-2026', cid);
  for (const m of ['grid', 'party']) await configure(m, true, tokB);
  const unitB = ok(
    (
      await send(
        'mutation M($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }',
        { input: { code: 'EDGE-B-G', name: 'EDGE-B-秘密网格', level: 'grid' } },
        tokB,
      )
    ).gridUnitCreate,
  ).gridUnit.id;
  const targetB = ok(
    (
      await send(
        'mutation M($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id } userErrors { code } } }',
        { input: { name: 'EDGE-B-秘密局', kind: 'DEPARTMENT', categories: [] } },
        tokB,
      )
    ).partyEscalationTargetCreate,
  ).target.id;
  const swB = ok(
    (
      await send(
        'mutation M($input: SocialWorkerCreateInput!) { socialWorkerCreate(input: $input) { socialWorker { id } userErrors { code } } }',
        { input: { name: 'EDGE-B-秘密社工' } },
        tokB,
      )
    ).socialWorkerCreate,
  ).socialWorker.id;
  const [accountB] = (await db.query(`select id from account where login = 'edge-b-admin'`)).rows;
  const before = (
    await db.query('select grid_unit_id, taker_account_id, assistants, escalation_target_id from dispatch_request where id = $1', [rawId(ids.req!)])
  ).rows[0];
  try {
    await db.query('update dispatch_request set grid_unit_id = $2, taker_account_id = $3, assistants = $4, escalation_target_id = $5 where id = $1', [
      rawId(ids.req!),
      rawId(unitB),
      accountB.id,
      JSON.stringify([
        { type: 'SocialWorker', id: rawId(swB) },
        { type: 'SocialWorker', id: rawId(ids.sw!) },
      ]),
      rawId(targetB),
    ]);
    for (const who of ['admin', 'staff']) {
      const r = await one(ids.req!, as(who));
      expect(r.grid).toBeNull();
      expect(r.taker).toBeNull();
      expect(r.escalatedToPartyTarget).toBeNull();
      expect(r.assistants).toEqual([{ __typename: 'SocialWorker', id: ids.sw, name: ids.swName }]);
      expect(JSON.stringify(r)).not.toMatch(/EDGE-B/);
    }
  } finally {
    await db.query('update dispatch_request set grid_unit_id = $2, taker_account_id = $3, assistants = $4, escalation_target_id = $5 where id = $1', [
      rawId(ids.req!),
      before.grid_unit_id,
      before.taker_account_id,
      JSON.stringify(before.assistants),
      before.escalation_target_id,
    ]);
  }
});

test('the per-grid ranking names its grid units', async () => {
  const q = `query R($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { gridRanking { gridUnit grid { id name } received } } }`;
  const vars = { from: new Date(Date.now() - 86_400_000).toISOString(), to: new Date(Date.now() + 86_400_000).toISOString() };
  const ranking = (await send(q, vars, as('admin'))).dispatchMetrics.gridRanking as { gridUnit: string; grid: { id: string; name: string } | null }[];
  expect(ranking.length).toBeGreaterThan(0);
  for (const r of ranking) expect(r.grid).toEqual({ id: r.gridUnit, name: expect.any(String) });
  await configure('grid', false);
  try {
    expect((await send(q, vars, as('admin'))).dispatchMetrics.gridRanking.every((r: { grid: unknown }) => r.grid === null)).toBe(true);
  } finally {
    await configure('grid', true);
  }
});

test('each escalation option names its party target as an object', async () => {
  const options = (await send('{ dispatchEscalationTargets(category: "repair") { name source target partyTarget { id name } } }', {}, as('staff')))
    .dispatchEscalationTargets as { name: string; source: string; target: string | null; partyTarget: { id: string; name: string } | null }[];
  expect(options.some((o) => o.source === 'PARTY')).toBe(true);
  for (const o of options) expect(o.partyTarget).toEqual(o.target ? { id: o.target, name: o.name } : null);
});
