// The role × action table of module party per demo login (default role permissions), run both
// ways through GraphQL: allowed → no FORBIDDEN; denied → FORBIDDEN and nothing written. Then tenant
// isolation: another community's admin gets, for every ID-taking field, the answer a random id gets.
import { randomUUID } from 'node:crypto';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import type { GqlOptions } from '../harness/server';
import { LOGINS, VIA_HEADER, type Login } from '../platform/permissions.matrix';
import { partyPermissions } from '../../src/modules/party';
import { COVERED } from '../isolation/party.coverage';
import {
  PartyAttendance,
  PartyClaimComplete,
  PartyConfigure,
  PartyItemClaim,
  PartyItemPublish,
  PartyMeetingCancel,
  PartyMeetingClose,
  PartyMeetingSchedule,
  PartyMemberRegister,
  PartyMemberReport,
  PartyRotationGenerate,
  PartySlotReplace,
  PartyTargetCreate,
  PartyUnitCreate,
  PartyUnitUpdate,
  partyWorld,
  gid,
  raw,
  stopWorld,
  type PartyWorld,
} from './party.fixture';

let w: PartyWorld;
let demoUnits: string[] = [];
beforeAll(async () => {
  w = await partyWorld();
  demoUnits = (await w.db.query(`select id from party_unit where community_id = $1 order by sort_order limit 6`, [raw(w.communityId)])).rows.map((r) =>
    gid('PartyUnit', r.id),
  );
  // The demo cobuild login is the liaison of a member unit: that unit chairs January–February 2100.
  const liaisonUnit = gid(
    'PartyUnit',
    (
      await w.db.query(`select u.id from party_unit u join account a on a.id = u.liaison_account_id where u.community_id = $1 and a.login = 'cobuild'`, [
        raw(w.communityId),
      ])
    ).rows[0].id,
  );
  const order = [liaisonUnit, ...demoUnits.filter((u) => u !== liaisonUnit)].slice(0, demoUnits.length);
  const generated = await w.s.gql(PartyRotationGenerate, { input: { year: 2100, rule: 'ORDER', unitIds: order } }, { token: w.tok.admin });
  expect(generated.errors).toBeUndefined();
}, 90_000);
afterAll(() => stopWorld(w));

const Y = 'allowed';
const N = 'denied';
// prettier-ignore
const MATRIX: Record<string, readonly string[]> = {
  //                       admin staff grid sw  vol party org cobuild resident street platform
  'read':                [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'member.read':         [ Y,    Y,    Y,   Y,  N,  Y,    N,  N,      N,       Y,     Y ],
  'unit.manage':         [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'rotation.manage':     [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'meeting.manage':      [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  // Every member may hold it, but only the chairing unit's liaison (cobuild) convenes with it alone (issue 14).
  'meeting.convene':     [ Y,    Y,    N,   N,  N,  N,    N,  Y,      N,       N,     Y ],
  'item.manage':         [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'item.claim':          [ Y,    Y,    N,   N,  N,  Y,    N,  Y,      N,       N,     Y ],
  'member.report':       [ Y,    N,    N,   N,  N,  Y,    N,  N,      N,       N,     Y ],
  'member.manage':       [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
};

let n = 0;
let item = '';
const OPS: Record<string, { doc: TypedDocumentNode<any, any>; vars?: () => Record<string, unknown> }> = {
  read: {
    doc: graphql(`
      query PartyMatRead {
        partyUnits(first: 1) {
          totalCount
        }
        partyChair {
          id
        }
      }
    `),
  },
  'member.read': {
    doc: graphql(`
      query PartyMatMembers {
        partyMembers(first: 1) {
          totalCount
          nodes {
            name
            phone
          }
        }
      }
    `),
  },
  'unit.manage': { doc: PartyUnitCreate, vars: () => ({ input: { name: `矩阵单位 ${++n}`, kind: 'OTHER' } }) },
  'rotation.manage': { doc: PartyRotationGenerate, vars: () => ({ input: { year: 2060 + ++n, rule: 'ORDER', unitIds: demoUnits } }) },
  // March 2100: chaired by a unit without a liaison, so only the permission decides (not the demo year's months).
  'meeting.manage': { doc: PartyMeetingSchedule, vars: () => ({ input: { title: `矩阵会议 ${++n}`, scheduledAt: '2100-03-15T02:00:00.000Z' } }) },
  'meeting.convene': {
    doc: PartyMeetingSchedule,
    vars: () => ({ input: { title: `矩阵召集 ${++n}`, scheduledAt: '2100-01-15T02:00:00.000Z' } }),
  },
  'item.manage': { doc: PartyItemPublish, vars: () => ({ input: { title: `矩阵项目 ${++n}`, capacity: 50 } }) },
  'item.claim': { doc: PartyItemClaim, vars: () => ({ input: { itemId: item } }) },
  'member.report': { doc: PartyMemberReport, vars: () => ({ input: {} }) },
  'member.manage': { doc: PartyMemberRegister, vars: () => ({ input: { name: `矩阵党员${++n}` } }) },
};

const FINGERPRINT = `select (select count(*) from outbox_event) e, (select count(*) from party_unit) u, (select count(*) from party_rotation_slot) r,
  (select count(*) from party_meeting) m, (select count(*) from party_service_item) i, (select count(*) from party_service_claim) c, (select count(*) from party_member) p`;

test('the checked-in table covers every action of the module', () => {
  const actions = Object.keys(partyPermissions).sort();
  expect(Object.keys(MATRIX).sort()).toEqual(actions);
  expect(Object.keys(OPS).sort()).toEqual(actions);
});

test.each(Object.keys(MATRIX))('role × action: %s, both ways', async (action) => {
  item = (await w.s.gql(PartyItemPublish, { input: { title: `矩阵认领 ${++n}`, capacity: 50 } }, { token: w.tok.staff })).data!.partyServiceItemPublish.item!
    .id;
  for (const [i, login] of LOGINS.entries()) {
    const opts: GqlOptions = { token: w.tok[login], headers: VIA_HEADER.includes(login as Login) ? { 'x-community-id': w.communityId } : {} };
    const before = (await w.db.query(FINGERPRINT)).rows[0];
    const r = await w.s.gql(OPS[action]!.doc, OPS[action]!.vars?.() ?? {}, opts);
    const forbidden = (r.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
    const got = forbidden ? N : r.errors ? `error ${JSON.stringify(r.errors.map((e) => e.extensions?.code))}` : Y;
    expect(`${action} ${login}: ${got}`).toBe(`${action} ${login}: ${MATRIX[action]![i]}`);
    if (forbidden) expect((await w.db.query(FINGERPRINT)).rows[0]).toEqual(before);
    // Allowed writes succeed, except the object-level answers of claim/report (not reported, reported already).
    const payload = r.data && Object.values(r.data as Record<string, any>)[0];
    if (!forbidden && payload?.userErrors) {
      const ok = ['item.claim', 'member.report'].includes(action) ? ['PARTY_NOT_REPORTED', 'PARTY_ALREADY_REPORTED', 'PARTY_ALREADY_CLAIMED'] : [];
      expect([action, login, payload.userErrors.filter((e: { code: string }) => !ok.includes(e.code))]).toEqual([action, login, []]);
    }
  }
});

// ── Tenant isolation ─────────────────────────────────────────────────────────────────────────

test("another community's admin gets the same answer for our ids as for random ids, and writes nothing", async () => {
  const Create = graphql(`
    mutation PartyIsoCommunity($input: CommunityCreateInput!) {
      communityCreate(input: $input) {
        community {
          id
        }
      }
    }
  `);
  const Login = graphql(`
    mutation PartyIsoLogin($input: AuthLoginInput!) {
      authLogin(input: $input) {
        accessToken
      }
    }
  `);
  const Member = graphql(`
    mutation PartyIsoMember($input: MembershipAddInput!) {
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
  const Residents = graphql(`
    query PartyIsoResidents {
      residents(first: 1) {
        nodes {
          id
        }
      }
    }
  `);
  const ok = <T extends { userErrors: { code: string }[] }>(p: T | null | undefined): T => {
    expect(p?.userErrors).toEqual([]);
    return p!;
  };
  const A = { token: w.tok.staff };
  const admin = { token: w.tok.admin };
  // Objects of A.
  const aUnit = demoUnits[0]!;
  const aSlot = gid(
    'PartyRotationSlot',
    (await w.db.query(`select id from party_rotation_slot where community_id = $1 limit 1`, [raw(w.communityId)])).rows[0].id,
  );
  const aMeeting = ok(
    (await w.s.gql(PartyMeetingSchedule, { input: { title: 'A 会议', scheduledAt: new Date().toISOString() } }, A)).data!.partyMeetingSchedule,
  ).meeting!.id;
  const aItem = ok((await w.s.gql(PartyItemPublish, { input: { title: 'A 项目', capacity: 5 } }, A)).data!.partyServiceItemPublish).item!.id;
  const aClaim = ok((await w.s.gql(PartyItemClaim, { input: { itemId: aItem, unitId: aUnit } }, A)).data!.partyServiceItemClaim).claim!.id;
  const aMember = gid('PartyMember', (await w.db.query(`select id from party_member where community_id = $1 limit 1`, [raw(w.communityId)])).rows[0].id);
  const aTarget = gid(
    'PartyEscalationTarget',
    (await w.db.query(`select id from party_escalation_target where community_id = $1 limit 1`, [raw(w.communityId)])).rows[0].id,
  );
  const aResident = (await w.s.gql(Residents, {}, admin)).data!.residents.nodes[0]!.id;

  // Community B: its own admin, party on, its own unit, meeting, item and rotation.
  const c = (await w.s.gql(Create, { input: { name: 'PARTY-B 社区', regionCode: '529999000003' } }, { token: w.tok.platform })).data!.communityCreate.community!
    .id;
  const pB = (await w.s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: c } })).data!.authLogin.accessToken!;
  ok(
    (
      await w.s.gql(
        Member,
        { input: { login: 'party-b-admin', displayName: 'B 管理员', password: 'party-b-pass-1', roles: ['COMMUNITY_ADMIN', 'PARTY_MEMBER'] } },
        { token: pB },
      )
    ).data!.membershipAdd,
  );
  const B = { token: (await w.s.gql(Login, { input: { login: 'party-b-admin', password: 'party-b-pass-1', community: c } })).data!.authLogin.accessToken! };
  ok(
    (await w.s.gql(PartyConfigure, { input: { moduleKey: 'party', enabled: true, settings: { rotationUnitsPerYear: 1 } } }, B)).data!.communityModuleConfigure,
  );
  const bUnit = ok((await w.s.gql(PartyUnitCreate, { input: { name: 'B 单位', kind: 'OTHER' } }, B)).data!.partyUnitCreate).unit!.id;
  const bSlot = ok((await w.s.gql(PartyRotationGenerate, { input: { year: 2050, rule: 'ORDER', unitIds: [bUnit] } }, B)).data!.partyRotationGenerate).slots![0]!
    .id;
  const bMeeting = ok((await w.s.gql(PartyMeetingSchedule, { input: { title: 'B 会议', scheduledAt: '2050-03-01T02:00:00Z' } }, B)).data!.partyMeetingSchedule)
    .meeting!.id;
  const bItem = ok((await w.s.gql(PartyItemPublish, { input: { title: 'B 项目' } }, B)).data!.partyServiceItemPublish).item!.id;

  const A_ID = raw(w.communityId);
  const fingerprint = async () =>
    (
      await w.db.query(
        `select (select md5(string_agg(x::text, '' order by id)) from party_unit x where community_id = $1) u,
            (select md5(string_agg(x::text, '' order by id)) from party_rotation_slot x where community_id = $1) r,
            (select md5(string_agg(x::text, '' order by id)) from party_meeting x where community_id = $1) m,
            (select count(*) from party_meeting_attendance where community_id = $1) ma, (select count(*) from party_meeting_decision where community_id = $1) md,
            (select md5(string_agg(x::text, '' order by id)) from party_service_item x where community_id = $1) i,
            (select md5(string_agg(x::text, '' order by id)) from party_service_claim x where community_id = $1) c,
            (select md5(string_agg(x::text, '' order by id)) from party_member x where community_id = $1) p,
            (select md5(string_agg(x::text, '' order by id)) from party_escalation_target x where community_id = $1) t,
            (select count(*) from outbox_event where community_id = $1) ev`,
        [A_ID],
      )
    ).rows[0];
  const before = await fingerprint();

  const Unit = graphql(`
    query PartyIsoUnit($id: ID!) {
      partyUnit(id: $id) {
        id
        name
        contactPhone
      }
    }
  `);
  const Meeting = graphql(`
    query PartyIsoMeeting($id: ID!) {
      partyMeeting(id: $id) {
        id
        title
      }
    }
  `);
  const Item = graphql(`
    query PartyIsoItem($id: ID!) {
      partyServiceItem(id: $id) {
        id
        title
      }
    }
  `);
  const MemberQ = graphql(`
    query PartyIsoMemberQ($id: ID!) {
      partyMember(id: $id) {
        id
        name
      }
    }
  `);
  const Members = graphql(`
    query PartyIsoMembers($unitId: ID) {
      partyMembers(unitId: $unitId) {
        totalCount
        nodes {
          name
        }
      }
    }
  `);
  const TargetUpdate = graphql(`
    mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) {
      partyEscalationTargetUpdate(input: $input) {
        target {
          id
          name
        }
        userErrors {
          code
          field
        }
      }
    }
  `);
  const ItemClose = graphql(`
    mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) {
      partyServiceItemClose(input: $input) {
        item {
          id
        }
        userErrors {
          code
          field
        }
      }
    }
  `);
  const MemberUpdate = graphql(`
    mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) {
      partyMemberUpdate(input: $input) {
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
  const NodeQ = graphql(`
    query PartyIsoNode($id: ID!) {
      node(id: $id) {
        id
        ... on PartyUnit {
          name
        }
        ... on PartyMeeting {
          title
        }
      }
    }
  `);

  type Case = [string, (id: string) => Promise<unknown>, string, string];
  const cases: Case[] = [
    ['Query.partyUnit(id)', (id) => w.s.gql(Unit, { id }, B), aUnit, 'PartyUnit'],
    ['Query.partyMeeting(id)', (id) => w.s.gql(Meeting, { id }, B), aMeeting, 'PartyMeeting'],
    ['Query.partyServiceItem(id)', (id) => w.s.gql(Item, { id }, B), aItem, 'PartyServiceItem'],
    ['Query.partyMember(id)', (id) => w.s.gql(MemberQ, { id }, B), aMember, 'PartyMember'],
    ['Query.partyMembers(unitId)', (id) => w.s.gql(Members, { unitId: id }, B), aUnit, 'PartyUnit'],
    [
      'Mutation.partyUnitCreate(input.liaisonMembershipId)',
      (id) => w.s.gql(PartyUnitCreate, { input: { name: 'B 新单位', kind: 'OTHER', liaisonMembershipId: id } }, B),
      w.members.cobuild!,
      'Membership',
    ],
    ['Mutation.partyUnitUpdate(input.id)', (id) => w.s.gql(PartyUnitUpdate, { input: { id, name: 'hacked' } }, B), aUnit, 'PartyUnit'],
    [
      'Mutation.partyUnitUpdate(input.liaisonMembershipId)',
      (id) => w.s.gql(PartyUnitUpdate, { input: { id: bUnit, liaisonMembershipId: id } }, B),
      w.members.cobuild!,
      'Membership',
    ],
    [
      'Mutation.partyEscalationTargetCreate(input.unitId)',
      (id) => w.s.gql(PartyTargetCreate, { input: { name: 'B 部门', kind: 'DEPARTMENT', unitId: id } }, B),
      aUnit,
      'PartyUnit',
    ],
    ['Mutation.partyEscalationTargetUpdate(input.id)', (id) => w.s.gql(TargetUpdate, { input: { id, name: 'hacked' } }, B), aTarget, 'PartyEscalationTarget'],
    [
      'Mutation.partyRotationGenerate(input.unitIds)',
      (id) => w.s.gql(PartyRotationGenerate, { input: { year: 2051, rule: 'ORDER', unitIds: [id] } }, B),
      aUnit,
      'PartyUnit',
    ],
    ['Mutation.partyRotationSlotReplace(input.id)', (id) => w.s.gql(PartySlotReplace, { input: { id, unitId: bUnit } }, B), aSlot, 'PartyRotationSlot'],
    ['Mutation.partyRotationSlotReplace(input.unitId)', (id) => w.s.gql(PartySlotReplace, { input: { id: bSlot, unitId: id } }, B), aUnit, 'PartyUnit'],
    [
      'Mutation.partyRotationSlotReplace(input.expectedUnitId)',
      (id) => w.s.gql(PartySlotReplace, { input: { id: bSlot, unitId: bUnit, expectedUnitId: id } }, B),
      aUnit,
      'PartyUnit',
    ],
    [
      'Mutation.partyMeetingSchedule(input.conveningUnitId)',
      (id) => w.s.gql(PartyMeetingSchedule, { input: { title: 'x', scheduledAt: '2050-04-01T02:00:00Z', conveningUnitId: id } }, B),
      aUnit,
      'PartyUnit',
    ],
    [
      'Mutation.partyMeetingAttendanceRecord(input.meetingId)',
      (id) => w.s.gql(PartyAttendance, { input: { meetingId: id, entries: [{ unitId: bUnit, present: true }] } }, B),
      aMeeting,
      'PartyMeeting',
    ],
    [
      'Mutation.partyMeetingAttendanceRecord(input.entries.unitId)',
      (id) => w.s.gql(PartyAttendance, { input: { meetingId: bMeeting, entries: [{ unitId: id, present: true }] } }, B),
      aUnit,
      'PartyUnit',
    ],
    ['Mutation.partyMeetingClose(input.id)', (id) => w.s.gql(PartyMeetingClose, { input: { id, minutes: 'x', decisions: [] } }, B), aMeeting, 'PartyMeeting'],
    [
      'Mutation.partyMeetingClose(input.decisions.ownerUnitId)',
      (id) => w.s.gql(PartyMeetingClose, { input: { id: bMeeting, minutes: 'x', decisions: [{ text: 'x', ownerUnitId: id }] } }, B),
      aUnit,
      'PartyUnit',
    ],
    ['Mutation.partyMeetingCancel(input.id)', (id) => w.s.gql(PartyMeetingCancel, { input: { id } }, B), aMeeting, 'PartyMeeting'],
    [
      'Mutation.partyServiceItemPublish(input.meetingId)',
      (id) => w.s.gql(PartyItemPublish, { input: { title: 'x', meetingId: id } }, B),
      aMeeting,
      'PartyMeeting',
    ],
    ['Mutation.partyServiceItemClose(input.id)', (id) => w.s.gql(ItemClose, { input: { id } }, B), aItem, 'PartyServiceItem'],
    ['Mutation.partyServiceItemClaim(input.itemId)', (id) => w.s.gql(PartyItemClaim, { input: { itemId: id, unitId: bUnit } }, B), aItem, 'PartyServiceItem'],
    ['Mutation.partyServiceItemClaim(input.unitId)', (id) => w.s.gql(PartyItemClaim, { input: { itemId: bItem, unitId: id } }, B), aUnit, 'PartyUnit'],
    ['Mutation.partyServiceClaimComplete(input.id)', (id) => w.s.gql(PartyClaimComplete, { input: { id, record: 'x' } }, B), aClaim, 'PartyServiceClaim'],
    ['Mutation.partyMemberReport(input.unitId)', (id) => w.s.gql(PartyMemberReport, { input: { unitId: id } }, B), aUnit, 'PartyUnit'],
    [
      'Mutation.partyMemberRegister(input.membershipId)',
      (id) => w.s.gql(PartyMemberRegister, { input: { name: 'x', membershipId: id } }, B),
      w.members.party!,
      'Membership',
    ],
    [
      'Mutation.partyMemberRegister(input.residentId)',
      (id) => w.s.gql(PartyMemberRegister, { input: { name: 'x', residentId: id } }, B),
      aResident,
      'Resident',
    ],
    ['Mutation.partyMemberRegister(input.unitId)', (id) => w.s.gql(PartyMemberRegister, { input: { name: 'x', unitId: id } }, B), aUnit, 'PartyUnit'],
    ['Mutation.partyMemberUpdate(input.id)', (id) => w.s.gql(MemberUpdate, { input: { id, active: false } }, B), aMember, 'PartyMember'],
    ['Mutation.partyMemberUpdate(input.unitId)', (id) => w.s.gql(MemberUpdate, { input: { id: aMember, unitId: id } }, B), aUnit, 'PartyUnit'],
    ['Query.node(id) on party types', (id) => w.s.gql(NodeQ, { id }, B), aUnit, 'PartyUnit'],
  ];
  expect(COVERED.filter((c) => !cases.some(([what]) => what === c))).toEqual([]);
  const normalize = (body: unknown, id: string) =>
    JSON.stringify(body, (key, v) => (key === 'requestId' ? '<volatile>' : v))
      .split(id)
      .join('<ID>');
  for (const [what, call, aId, type] of cases) {
    const control = gid(type, randomUUID());
    const real = normalize(await call(aId), aId);
    const random = normalize(await call(control), control);
    expect([what, real]).toEqual([what, random]);
    expect(real).not.toMatch(/自治区体育局|赵磊|金秋/);
  }
  expect(await fingerprint()).toEqual(before);
});
