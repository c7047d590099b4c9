// Graph edges of the council, resources, stations, points and volunteer modules into grid and core
// (src/schema/edges.ts): each object answers its grid unit, household or registry record as an
// object equal to what the deprecated bare id names; null while the target's module is disabled
// or the viewer may not read the target; null for an id of another community sitting in the row.
// The foreign ids are written with SQL: what is under test is the read edge, not each module's
// write path (which checks its ids itself).
import type { Client } from 'pg';
import { startTestServer, type TestServer } from '../harness/server';
import { rawData } from '../harness/raw';
import * as D from '../dispatch/dispatch-helpers';

let s: TestServer;
let db: Client;
const tok: Record<string, string> = {};
let community: string;
const target: Record<'unit' | 'household' | 'volunteer', string> = { unit: '', household: '', volunteer: '' };
const foreign: Record<'unit' | 'household' | 'volunteer', string> = { unit: '', household: '', volunteer: '' };

const send = (query: string, variables: Record<string, unknown>, token: string) => rawData(s, query, variables, token);
const rawId = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[2]!;
const ok = (p: { userErrors: unknown[] } & Record<string, any>) => {
  expect(p.userErrors).toEqual([]);
  return p;
};
const configure = async (moduleKey: string, enabled: boolean, token = tok.admin!) =>
  ok(
    (
      await send(
        'mutation C($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }',
        { input: { moduleKey, enabled } },
        token,
      )
    ).communityModuleConfigure,
  );

type Pair = { old: string | null; edge: { id: string } | null };
interface Case {
  name: string;
  target: keyof typeof target;
  /** Table and column holding the foreign id (all rows of community A are pointed at the target). */
  table: string;
  column: string;
  query: string;
  pairs(data: any): Pair[];
}

const CASES: Case[] = [
  {
    name: 'CouncilBody.gridUnit',
    target: 'unit',
    table: 'council_body',
    column: 'grid_unit_id',
    query: '{ councilBodies(first: 20) { nodes { old: gridUnitId edge: gridUnit { id name } } } }',
    pairs: (d) => d.councilBodies.nodes,
  },
  {
    name: 'CouncilMember.household',
    target: 'household',
    table: 'council_member',
    column: 'household_id',
    query: '{ councilBodies(first: 5) { nodes { members(first: 20) { nodes { old: householdId edge: household { id number } } } } } }',
    pairs: (d) => d.councilBodies.nodes.flatMap((b: any) => b.members.nodes),
  },
  {
    name: 'ResourcesNeed.gridUnit',
    target: 'unit',
    table: 'resources_need',
    column: 'grid_unit_id',
    query: '{ resourcesNeeds(first: 50) { nodes { old: gridUnitId edge: gridUnit { id name } } } }',
    pairs: (d) => d.resourcesNeeds.nodes,
  },
  {
    name: 'ResourcesResource.gridUnit',
    target: 'unit',
    table: 'resources_resource',
    column: 'grid_unit_id',
    query: '{ resourcesResources(first: 50) { nodes { old: gridUnitId edge: gridUnit { id name } } } }',
    pairs: (d) => d.resourcesResources.nodes,
  },
  {
    name: 'ResourcesSurvey.gridUnit',
    target: 'unit',
    table: 'resources_survey',
    column: 'grid_unit_id',
    query: '{ resourcesSurveys(first: 50) { nodes { old: gridUnitId edge: gridUnit { id name } } } }',
    pairs: (d) => d.resourcesSurveys.nodes,
  },
  {
    name: 'Station.gridUnit',
    target: 'unit',
    table: 'stations_station',
    column: 'grid_unit_id',
    query: '{ stations(first: 50) { nodes { old: gridUnitId edge: gridUnit { id name } } } }',
    pairs: (d) => d.stations.nodes,
  },
  {
    name: 'PointsAccount.household',
    target: 'household',
    table: 'points_account',
    column: 'household_id',
    query: '{ pointsAccounts(first: 50, kind: HOUSEHOLD) { nodes { old: householdId edge: household { id number } } } }',
    pairs: (d) => d.pointsAccounts.nodes,
  },
  {
    name: 'VolunteerMember.volunteerRecord',
    target: 'volunteer',
    table: 'volunteer_member',
    column: 'volunteer_record_id',
    query: '{ volunteerMembers(first: 50) { nodes { old: volunteerRecordId edge: volunteerRecord { id name } } } }',
    pairs: (d) => d.volunteerMembers.nodes,
  },
];
/** Whose module the target is: disabling it nulls the edge (core cannot be disabled). */
const TARGET_MODULE = { unit: 'grid', household: null, volunteer: null } as const;

const point = (c: Case, id: string) =>
  db.query(`update ${c.table} set ${c.column} = $1 where community_id = $2${c.table === 'points_account' ? ` and kind = 'HOUSEHOLD'` : ''}`, [id, community]);

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  for (const l of ['admin', 'resident']) tok[l] = await s.login(l);
  for (const m of ['grid', 'council', 'resources', 'stations', 'points', 'volunteer']) await configure(m, true);
  ok(
    (
      await send(
        'mutation V($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { userErrors { code } } }',
        { input: { name: '边志愿者' } },
        tok.admin!,
      )
    ).volunteerMemberRegister,
  );
  target.unit = (await send('{ gridUnits(first: 1) { nodes { id } } }', {}, tok.admin!)).gridUnits.nodes[0].id;
  target.household = (await send('{ households(first: 1) { nodes { id } } }', {}, tok.admin!)).households.nodes[0].id;
  target.volunteer = (await send('{ volunteers(first: 1) { nodes { id } } }', {}, tok.admin!)).volunteers.nodes[0].id;
  community = (await db.query('select community_id from grid_unit where id = $1', [rawId(target.unit)])).rows[0].community_id;
  // A council body with a member (the demo community has none), and one household points account
  // (opened by the first earning otherwise; one per household, so the case points only this one).
  const level = (await send('{ councilLevels { key } }', {}, tok.admin!)).councilLevels[0].key;
  const body = ok(
    (
      await send(
        'mutation M($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }',
        { input: { name: '边议事会', levelKey: level } },
        tok.admin!,
      )
    ).councilBodyCreate,
  ).body.id;
  const membership = (
    (await send('{ memberships(first: 100) { nodes { id login } } }', {}, tok.admin!)).memberships.nodes as { id: string; login: string }[]
  ).find((m) => m.login === 'staff')!.id;
  ok(
    (
      await send(
        'mutation M($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { userErrors { code } } }',
        { input: { bodyId: body, membershipId: membership, role: 'REPRESENTATIVE', constituency: 'RESIDENT_REP', householdId: target.household } },
        tok.admin!,
      )
    ).councilMemberAdd,
  );
  await db.query(`insert into points_account (id, community_id, kind, household_id) values (gen_random_uuid(), $1, 'HOUSEHOLD', $2)`, [
    community,
    rawId(target.household),
  ]);
  // Community B's objects of each kind, for the isolation case.
  const platform = await s.login('platform');
  const cid = (
    await send(
      'mutation M($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }',
      { input: { name: 'EDGE-B2 社区', regionCode: '529999000003' } },
      platform,
    )
  ).communityCreate.community.id;
  const pInB = await s.login('platform', undefined, cid);
  ok(
    (
      await send(
        'mutation M($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }',
        { input: { login: 'edge-b2-admin', displayName: 'EDGE-B2 管理员', password: 'edge-b2-pass-2026', roles: ['COMMUNITY_ADMIN'] } },
        pInB,
      )
    ).membershipAdd,
  );
  const b = await s.login('edge-b2-admin', 'edge-b2-pass-2026', cid);
  await configure('grid', true, b);
  foreign.unit = ok(
    (
      await send(
        'mutation M($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }',
        { input: { code: 'EDGE-B2-G', name: 'EDGE-B2-网格', level: 'grid' } },
        b,
      )
    ).gridUnitCreate,
  ).gridUnit.id;
  foreign.household = ok(
    (
      await send(
        'mutation M($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }',
        { input: { number: 'EDGE-B2-1', address: 'EDGE-B2 小区' } },
        b,
      )
    ).householdCreate,
  ).household.id;
  foreign.volunteer = ok(
    (
      await send(
        'mutation M($input: VolunteerCreateInput!) { volunteerCreate(input: $input) { volunteer { id } userErrors { code } } }',
        { input: { name: 'EDGE-B2-志愿者' } },
        b,
      )
    ).volunteerCreate,
  ).volunteer.id;
}, 120_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

describe.each(CASES)('$name', (c) => {
  test('answers the object the deprecated id names', async () => {
    await point(c, rawId(target[c.target]));
    const pairs = c.pairs(await send(c.query, {}, tok.admin!));
    expect(pairs.length).toBeGreaterThan(0);
    for (const p of pairs) {
      expect(p.old).toBe(target[c.target]);
      expect(p.edge).toMatchObject({ id: target[c.target] });
    }
  });

  const module = TARGET_MODULE[c.target];
  if (module) {
    test(`is null while ${module} is disabled in the community`, async () => {
      await point(c, rawId(target[c.target]));
      await configure(module, false);
      try {
        const pairs = c.pairs(await send(c.query, {}, tok.admin!));
        expect(pairs.length).toBeGreaterThan(0);
        for (const p of pairs) expect(p.edge).toBeNull();
      } finally {
        await configure(module, true);
      }
    });
  }

  test('is null for an id of another community in the row', async () => {
    await point(c, rawId(foreign[c.target]));
    try {
      const data = await send(c.query, {}, tok.admin!);
      const pairs = c.pairs(data);
      expect(pairs.length).toBeGreaterThan(0);
      for (const p of pairs) expect(p.edge).toBeNull();
      expect(JSON.stringify(data)).not.toMatch(/EDGE-B2/);
    } finally {
      await point(c, rawId(target[c.target]));
    }
  });
});

test('a viewer who may not read the target gets null: households of council members for a resident', async () => {
  await point(CASES[1]!, rawId(target.household));
  const pairs = CASES[1]!.pairs(await send(CASES[1]!.query, {}, tok.resident!));
  expect(pairs.length).toBeGreaterThan(0);
  for (const p of pairs) {
    expect(p.old).toBe(target.household);
    expect(p.edge).toBeNull();
  }
});

describe('PointsAccount.owner', () => {
  const Q = '{ pointsAccounts(first: 50, kind: PERSON) { nodes { ownerAccountId owner { id displayName } } } }';
  test('the member owning a personal account; null for an account that is not a member here', async () => {
    const [staff] = (
      await db.query(
        `select a.id, a.display_name, m.id as membership from account a join membership m on m.account_id = a.id and m.community_id = $1 where a.login = 'staff'`,
        [community],
      )
    ).rows;
    const [stranger] = (await db.query(`select id from account where login = 'edge-b2-admin'`)).rows;
    const [row] = (
      await db.query(`insert into points_account (id, community_id, kind, owner_account_id) values (gen_random_uuid(), $1, 'PERSON', $2) returning id`, [
        community,
        staff.id,
      ])
    ).rows;
    try {
      const mine = (await send(Q, {}, tok.admin!)).pointsAccounts.nodes;
      expect(mine).toHaveLength(1);
      expect(mine[0].owner).toEqual({ id: expect.any(String), displayName: staff.display_name });
      expect(rawId(mine[0].owner.id)).toBe(staff.membership);
      await db.query('update points_account set owner_account_id = $2 where id = $1', [row.id, stranger.id]);
      const foreignOwner = (await send(Q, {}, tok.admin!)).pointsAccounts.nodes;
      expect(foreignOwner[0].ownerAccountId).toBeTruthy();
      expect(foreignOwner[0].owner).toBeNull();
    } finally {
      await db.query('delete from points_account where id = $1', [row.id]);
    }
  });
});

describe('ResourcesNeed.sourceObject', () => {
  const Q = `{ resourcesNeeds(first: 50, source: DISPATCH_REQUEST) { nodes { id sourceId sourceObject { __typename ... on ServiceRequest { id title } } } } }`;
  // An expectation request also makes its own need (through dispatch's event, later), so the need under test is picked by id.
  const pick = async (needId: string) => {
    const found = (await send(Q, {}, tok.admin!)).resourcesNeeds.nodes.find((n: { id: string }) => rawId(n.id) === needId);
    expect(found).toBeDefined();
    return found;
  };
  test('the request a need came from; null while dispatch is disabled or for a request of another community', async () => {
    await configure('dispatch', true);
    const req = ok(
      (
        await send(
          'mutation M($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id title } userErrors { code } } }',
          { input: D.intake({ kind: 'expectation' }) },
          tok.admin!,
        )
      ).serviceRequestCreate,
    ).serviceRequest;
    const [need] = (await db.query('select id, source, source_ref from resources_need where community_id = $1 order by id limit 1', [community])).rows;
    await db.query(`update resources_need set source = 'DISPATCH_REQUEST', source_ref = $2 where id = $1`, [need.id, rawId(req.id)]);
    try {
      const n = await pick(need.id);
      expect(n).toEqual({ id: n.id, sourceId: req.id, sourceObject: { __typename: 'ServiceRequest', id: req.id, title: req.title } });
      await configure('dispatch', false);
      expect((await pick(need.id)).sourceObject).toBeNull();
      await configure('dispatch', true);
      const [copy] = (
        await db.query(
          `insert into dispatch_request select (jsonb_populate_record(null::dispatch_request, to_jsonb(r) || jsonb_build_object('id', gen_random_uuid(), 'community_id', (select id from community where name = 'EDGE-B2 社区')))).* from dispatch_request r where id = $1 returning id`,
          [rawId(req.id)],
        )
      ).rows;
      await db.query('update resources_need set source_ref = $2 where id = $1', [need.id, copy.id]);
      const foreignSource = await pick(need.id);
      expect(foreignSource.sourceId).toBeTruthy();
      expect(foreignSource.sourceObject).toBeNull();
    } finally {
      await db.query('update resources_need set source = $2, source_ref = $3 where id = $1', [need.id, need.source, need.source_ref]);
    }
  });
});
