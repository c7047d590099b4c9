// Tenant isolation of every ID-taking field of dispatch (tests/isolation/dispatch.coverage.ts):
// community B's admin calls each with ids of community A's objects; the answer must equal the
// answer for a random id of the same type, leak nothing of A, and write nothing.
import { randomUUID } from 'node:crypto';
import { print } from 'graphql';
import type { Client } from 'pg';
import { graphql } from '../gql';
import { collect, startTestServer, type TestServer } from '../harness/server';
import { toGlobalId } from '../../src/schema/global-id';
import { COVERED } from '../isolation/dispatch.coverage';
import * as D from './dispatch-helpers';

const Login = graphql(`
  mutation DispatchIsoLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const CreateCommunity = graphql(`
  mutation DispatchIsoCommunity($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
    }
  }
`);
const AddMember = graphql(`
  mutation DispatchIsoMember($input: MembershipAddInput!) {
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
const Board = graphql(`
  query DispatchIsoBoard($grid: ID) {
    dispatchBoard(grid: $grid) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);
const List = graphql(`
  query DispatchIsoList($grid: ID) {
    serviceRequests(grid: $grid) {
      totalCount
      nodes {
        id
        title
      }
    }
  }
`);
const UnitCreate = graphql(`
  mutation DispatchIsoUnit($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      gridUnit {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const BoardLive = `subscription DispatchIsoLive($grid: ID) { dispatchBoard(grid: $grid) { cursor requestId } }`;

let s: TestServer;
let db: Client;
let adminB: string;
let bRequest: string;
const A: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await D.pg(s.databaseUrl);
  const adminA = { token: await s.login('admin') };
  await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, adminA);
  const members = await D.membershipIds(s, adminA);
  A.membership = members.staff!;
  A.resident = (await s.gql(D.DispatchResidents, {}, adminA)).data!.residents.nodes[0]!.id;
  A.household = (await s.gql(D.DispatchResidents, {}, adminA)).data!.residents.nodes[0]!.household!.id;
  A.request = (await s.gql(D.DispatchCreate, { input: D.intake({ title: 'ISO-A-秘密民需' }) }, adminA)).data!.serviceRequestCreate.serviceRequest!.id;
  A.request2 = (await s.gql(D.DispatchCreate, { input: D.intake({ title: 'ISO-A-秘密民需2' }) }, adminA)).data!.serviceRequestCreate.serviceRequest!.id;
  A.grid = (await s.gql(UnitCreate, { input: { code: 'ISO-A-G', name: 'ISO-A-网格', level: 'grid' } }, adminA)).data!.gridUnitCreate.gridUnit!.id;
  const [sw] = (await db.query('select id from social_worker limit 1')).rows;
  A.socialWorker = toGlobalId('SocialWorker', sw.id);
  const platform = await s.login('platform');
  const cid = (await s.gql(CreateCommunity, { input: { name: 'ISO-B 派单社区', regionCode: '529999000001' } }, { token: platform })).data!.communityCreate
    .community!.id;
  const pInB = (await s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: cid } })).data!.authLogin.accessToken!;
  await s.gql(
    AddMember,
    { input: { login: 'iso-b-dispatch', displayName: 'ISO-B 管理员', password: 'iso-b-pass-2026', roles: ['COMMUNITY_ADMIN', 'PARTY_MEMBER'] } },
    { token: pInB },
  );
  adminB = (await s.gql(Login, { input: { login: 'iso-b-dispatch', password: 'iso-b-pass-2026', community: cid } })).data!.authLogin.accessToken!;
  await s.gql(D.DispatchConfigure, { input: { moduleKey: 'dispatch', enabled: true } }, { token: adminB });
  await s.gql(D.DispatchConfigure, { input: { moduleKey: 'grid', enabled: true } }, { token: adminB });
  // B's own request, so fields after `id` are reached with A's ids.
  bRequest = (await s.gql(D.DispatchCreate, { input: D.intake({ title: 'B 自己的民需' }) }, { token: adminB })).data!.serviceRequestCreate.serviceRequest!.id;
}, 60_000);
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

const rnd = (type: string) => toGlobalId(type, randomUUID());
const typeOf = (gid: string) => Buffer.from(gid, 'base64url').toString().split(':')[1]!;
const mut = (field: string, inputType: string) =>
  `mutation DispatchIso_${field}($input: ${inputType}!) { ${field}(input: $input) { serviceRequest { id title } userErrors { code field } } }`;

type Case = { covers: string[]; send: (ids: Record<string, string>) => Promise<unknown> };
const post = async (query: string, variables: Record<string, unknown>) => (await s.post({ query, variables }, { authorization: `Bearer ${adminB}` })).json();
const withBody = (f: string, t: string) => (ids: Record<string, string>) => post(mut(f, t), { input: { id: ids.request, body: '测试' } });

const CASES: Case[] = [
  { covers: ['Query.serviceRequest(id)'], send: (ids) => s.gql(D.DispatchGet, { id: ids.request! }, { token: adminB }) },
  { covers: ['Query.dispatchBoard(grid)'], send: (ids) => s.gql(Board, { grid: ids.grid }, { token: adminB }) },
  { covers: ['Query.serviceRequests(grid)'], send: (ids) => s.gql(List, { grid: ids.grid }, { token: adminB }) },
  {
    covers: ['Subscription.dispatchBoard(grid)'],
    send: async (ids) => {
      const sub = collect(s.ws(adminB), BoardLive, { grid: ids.grid });
      const [first] = await sub.waitFor(1, 5000); // generous: the error frame is late on a loaded machine
      sub.stop();
      return first ?? { data: null };
    },
  },
  {
    covers: ['Mutation.serviceRequestCreate(input.household)'],
    send: (ids) =>
      post(mut('serviceRequestCreate', 'ServiceRequestCreateInput'), { input: { ...D.intake({ title: 'B', address: null }), household: ids.household } }),
  },
  {
    covers: ['Mutation.serviceRequestCreate(input.requester)'],
    send: (ids) => post(mut('serviceRequestCreate', 'ServiceRequestCreateInput'), { input: { ...D.intake({ title: 'B' }), requester: ids.resident } }),
  },
  {
    covers: ['Mutation.serviceRequestDispatch(input.id)'],
    send: (ids) => post(mut('serviceRequestDispatch', 'ServiceRequestDispatchInput'), { input: { id: ids.request, mode: 'POOL' } }),
  },
  {
    covers: ['Mutation.serviceRequestDispatch(input.taker)'],
    send: (ids) => post(mut('serviceRequestDispatch', 'ServiceRequestDispatchInput'), { input: { id: bRequest, mode: 'ASSIGN', taker: ids.membership } }),
  },
  {
    covers: ['Mutation.serviceRequestDispatch(input.assistants)'],
    send: (ids) =>
      post(mut('serviceRequestDispatch', 'ServiceRequestDispatchInput'), { input: { id: bRequest, mode: 'POOL', assistants: [ids.socialWorker] } }),
  },
  {
    covers: ['Mutation.serviceRequestClaim(input.id)'],
    send: (ids) => post(mut('serviceRequestClaim', 'ServiceRequestIdInput'), { input: { id: ids.request } }),
  },
  { covers: ['Mutation.serviceRequestNote(input.id)'], send: withBody('serviceRequestNote', 'ServiceRequestNoteInput') },
  {
    covers: ['Mutation.serviceRequestHandOver(input.id)'],
    send: (ids) => post(mut('serviceRequestHandOver', 'ServiceRequestHandOverInput'), { input: { id: ids.request, taker: ids.membership, body: '交接' } }),
  },
  {
    covers: ['Mutation.serviceRequestHandOver(input.taker)'],
    send: (ids) => post(mut('serviceRequestHandOver', 'ServiceRequestHandOverInput'), { input: { id: bRequest, taker: ids.membership, body: '交接' } }),
  },
  {
    covers: ['Mutation.serviceRequestEscalate(input.id)'],
    send: (ids) =>
      post(mut('serviceRequestEscalate', 'ServiceRequestEscalateInput'), {
        input: { id: ids.request, target: 'DEPARTMENT', department: '住建局', body: '上报' },
      }),
  },
  { covers: ['Mutation.serviceRequestEscalationAnswer(input.id)'], send: withBody('serviceRequestEscalationAnswer', 'ServiceRequestNoteInput') },
  {
    covers: ['Mutation.serviceRequestResolve(input.id)'],
    send: (ids) => post(mut('serviceRequestResolve', 'ServiceRequestResolveInput'), { input: { id: ids.request, result: '好' } }),
  },
  {
    covers: ['Mutation.serviceRequestRate(input.id)'],
    send: (ids) => post(mut('serviceRequestRate', 'ServiceRequestRateInput'), { input: { id: ids.request, rating: 5 } }),
  },
  { covers: ['Mutation.serviceRequestReopen(input.id)'], send: withBody('serviceRequestReopen', 'ServiceRequestNoteInput') },
  { covers: ['Mutation.serviceRequestCancel(input.id)'], send: withBody('serviceRequestCancel', 'ServiceRequestNoteInput') },
  { covers: ['Mutation.serviceRequestReject(input.id)'], send: withBody('serviceRequestReject', 'ServiceRequestNoteInput') },
  {
    covers: ['Mutation.serviceRequestMerge(input.id)'],
    send: (ids) => post(mut('serviceRequestMerge', 'ServiceRequestMergeInput'), { input: { id: ids.request, into: bRequest } }),
  },
  {
    covers: ['Mutation.serviceRequestMerge(input.into)'],
    send: (ids) => post(mut('serviceRequestMerge', 'ServiceRequestMergeInput'), { input: { id: bRequest, into: ids.request2 } }),
  },
];

const FINGERPRINT = `select (select count(*) from dispatch_request) requests, (select count(*) from dispatch_log) logs,
  (select count(*) from outbox_event where type like 'dispatch.%') events,
  (select md5(string_agg(r::text, '|' order by r.id)) from dispatch_request r) state`;

test('the cases cover exactly the declared coordinates', () => {
  expect(CASES.flatMap((c) => c.covers).sort()).toEqual([...COVERED].sort());
});

test.each(CASES.map((c) => [c.covers.join(', '), c] as const))("%s: A's ids answer like random ids, leak nothing, write nothing", async (_name, c) => {
  const before = (await db.query(FINGERPRINT)).rows[0];
  const random = Object.fromEntries(Object.entries(A).map(([k, v]) => [k, rnd(typeOf(v))]));
  const norm = (body: unknown, ids: Record<string, string>) => {
    let text = JSON.stringify(body, (k, v) => (k === 'requestId' ? '<volatile>' : v));
    for (const [k, v] of Object.entries(ids)) text = text.split(v).join(`<${k}>`);
    return text;
  };
  const withA = await c.send(A);
  const withRandom = await c.send(random);
  expect(norm(withA, A)).toEqual(norm(withRandom, random));
  expect(JSON.stringify(withA)).not.toContain('ISO-A');
  expect((await db.query(FINGERPRINT)).rows[0]).toEqual(before);
});

void print;
