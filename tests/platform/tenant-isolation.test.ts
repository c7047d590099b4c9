// Tenant isolation: community B's admin calls every ID-taking field with ids of community A's
// objects. Each answer must be indistinguishable from a random id of the same type, carry no byte
// of A's data, and leave A unchanged. Also: a header alone never opens another community, and a
// street admin reads only the communities under their street.
import { randomUUID } from 'node:crypto';
import { buildClientSchema, getIntrospectionQuery, Kind, print, type IntrospectionQuery } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { collect, startTestServer, type TestServer } from '../harness/server';
import { toGlobalId, parseGlobalId } from '../../src/schema/global-id';
import fs from 'node:fs';
import path from 'node:path';
import { A_TYPES, B_WROTE, CASES, IsoNodeFields, idTakingFields, type AType, type CaseEnv } from './tenant-isolation.table';

const Login = graphql(`
  mutation IsoSetupLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      refreshToken
      userErrors {
        code
      }
    }
  }
`);
const Whoami = graphql(`
  query IsoCommunity {
    community {
      id
      name
      street {
        id
        name
      }
    }
  }
`);
const CreateCommunity = graphql(`
  mutation IsoSetupCommunity($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const AddMember = graphql(`
  mutation IsoSetupMember($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Household = graphql(`
  mutation IsoSetupHousehold($input: HouseholdCreateInput!) {
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
const Resident = graphql(`
  mutation IsoSetupResident($input: ResidentCreateInput!) {
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
const ApiKey = graphql(`
  mutation IsoSetupApiKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      apiKey {
        id
        prefix
      }
      userErrors {
        code
      }
    }
  }
`);
const Forces = graphql(`
  mutation IsoSetupForces(
    $o: SocialOrganizationCreateInput!
    $w: SocialWorkerCreateInput!
    $v: VolunteerCreateInput!
    $u: CobuildingUnitCreateInput!
    $c: CharityResourceCreateInput!
  ) {
    socialOrganizationCreate(input: $o) {
      socialOrganization {
        id
      }
    }
    socialWorkerCreate(input: $w) {
      socialWorker {
        id
      }
    }
    volunteerCreate(input: $v) {
      volunteer {
        id
      }
    }
    cobuildingUnitCreate(input: $u) {
      cobuildingUnit {
        id
      }
    }
    charityResourceCreate(input: $c) {
      charityResource {
        id
      }
    }
  }
`);
const Snapshot = graphql(`
  query IsoSnapshot($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...IsoNodeFields
    }
    households(includeClosed: true) {
      totalCount
    }
    residents {
      totalCount
    }
    memberships {
      totalCount
    }
    apiKeys {
      totalCount
    }
  }
`);
const Nodes = graphql(`
  query IsoAllNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      ...IsoNodeFields
    }
  }
`);
const Me = graphql(`
  query IsoMe {
    me {
      activeCommunity {
        name
      }
      memberships {
        community {
          name
        }
      }
    }
  }
`);
const Households = graphql(`
  query IsoHouseholds {
    households {
      totalCount
      nodes {
        number
      }
    }
  }
`);
const Communities = graphql(`
  query IsoCommunities {
    communities {
      name
    }
  }
`);
const ResidentsNamed = graphql(`
  query IsoResidentsNamed($search: String) {
    residents(search: $search) {
      totalCount
    }
  }
`);

const PASSWORD_B = 'iso-b-pass-2026';
const phone = (n: number) => `1391234${String(5000 + n)}`;

let s: TestServer;
let adminA: string;
let adminB: string;
let platform: string;
const ids = {} as Record<AType, string>;
let bCommunityId: string;
let bResidentId: string;
let bMembershipId: string;
/** Strings only community A holds: none may appear in any answer to B. */
const aSecrets: string[] = [];

async function login(login: string, password: string, community?: string) {
  const r = await s.gql(Login, { input: { login, password, community } });
  const t = r.data?.authLogin;
  if (!t?.accessToken) throw new Error(`login ${login} failed: ${JSON.stringify(r)}`);
  return t as { accessToken: string; refreshToken: string };
}

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  adminA = await s.login('admin');
  platform = await s.login('platform');

  // Community A (the demo 金秋社区): one object of each kind, with distinctive data.
  const a = (await s.gql(Whoami, {}, { token: adminA })).data!.community;
  ids.Community = a.id;
  ids.Street = a.street!.id;
  const h = (await s.gql(Household, { input: { number: 'ISO-A-H-0001', address: 'ISO-A 幸福路 1 号', building: 'ISO-A 楼' } }, { token: adminA })).data!;
  ids.Household = h.householdCreate.household!.id;
  const r = await s.gql(Resident, { input: { name: 'ISO-A-居民甲', household: ids.Household, phone: phone(1), healthNote: 'ISO-A-健康' } }, { token: adminA });
  ids.Resident = r.data!.residentCreate.resident!.id;
  const m = await s.gql(
    AddMember,
    { input: { login: 'iso-a-member', displayName: 'ISO-A-成员乙', password: 'iso-a-pass-2026', phone: phone(2), roles: ['RESIDENT'], title: 'ISO-A-楼栋长' } },
    { token: adminA },
  );
  ids.Membership = m.data!.membershipAdd.membership!.id;
  const inv = await s.post(
    {
      query: 'mutation($i: MembershipInviteInput!) { membershipInvite(input: $i) { invitation { id } } }',
      variables: { i: { login: 'iso-a-invitee', roles: ['RESIDENT'], title: 'ISO-A-受邀' } },
    },
    { authorization: `Bearer ${adminA}` },
  );
  ids.MembershipInvitation = ((await inv.json()) as any).data.membershipInvite.invitation.id;
  const k = (await s.gql(ApiKey, { input: { name: 'ISO-A-密钥', permissions: ['core.household.read'] } }, { token: adminA })).data!.apiKeyCreate;
  ids.ApiKey = k.apiKey!.id;
  const force = (kind: string, n: number) => ({
    name: `ISO-A-${kind}`,
    contactName: `ISO-A-联系人${n}`,
    contactPhone: phone(10 + n),
    description: `ISO-A-简介${n}`,
  });
  const f = (
    await s.gql(
      Forces,
      { o: force('社会组织', 1), w: force('社工', 2), v: force('志愿者', 3), u: force('共建单位', 4), c: force('慈善资源', 5) },
      { token: adminA },
    )
  ).data!;
  ids.SocialOrganization = f.socialOrganizationCreate.socialOrganization!.id;
  ids.SocialWorker = f.socialWorkerCreate.socialWorker!.id;
  ids.Volunteer = f.volunteerCreate.volunteer!.id;
  ids.CobuildingUnit = f.cobuildingUnitCreate.cobuildingUnit!.id;
  ids.CharityResource = f.charityResourceCreate.charityResource!.id;
  const sessions = await s.post({ query: '{ viewerSessions { id current } }' }, { authorization: `Bearer ${adminA}` });
  ids.Session = ((await sessions.json()) as any).data.viewerSessions.find((x: { current: boolean }) => x.current).id;
  for (const t of A_TYPES) expect(ids[t]).toBeTruthy();
  aSecrets.push('ISO-A', '金秋', a.name, a.street!.name, '520222001', k.apiKey!.prefix, '李书记', 'iso-a-member', 'iso-a-invitee');
  for (const p of [1, 2, 11, 12, 13, 14, 15].map(phone)) aSecrets.push(p, `${p.slice(0, 3)}****${p.slice(-4)}`);
  for (const t of A_TYPES) aSecrets.push(parseGlobalId(ids[t])!.id);

  // Community B: created by the platform admin, with its own admin.
  const c = await s.gql(CreateCommunity, { input: { name: 'ISO-B 社区', regionCode: '529999000000' } }, { token: platform });
  bCommunityId = c.data!.communityCreate.community!.id;
  const platformInB = (await login('platform', 'wushe-demo', bCommunityId)).accessToken;
  const added = await s.gql(
    AddMember,
    { input: { login: 'iso-b-admin', displayName: 'ISO-B 管理员', password: PASSWORD_B, roles: ['COMMUNITY_ADMIN'] } },
    { token: platformInB },
  );
  expect(added.data!.membershipAdd.userErrors).toEqual([]);
  bMembershipId = added.data!.membershipAdd.membership!.id;
  adminB = (await login('iso-b-admin', PASSWORD_B, bCommunityId)).accessToken;
  bResidentId = (await s.gql(Resident, { input: { name: 'ISO-B-居民' } }, { token: adminB })).data!.residentCreate.resident!.id;
});
afterAll(() => s?.stop());

const env = (): CaseEnv => ({
  b: { residentId: bResidentId, membershipId: bMembershipId, login: 'iso-b-admin', password: PASSWORD_B, communityId: bCommunityId },
  refreshTokenB: async () => (await login('iso-b-admin', PASSWORD_B, bCommunityId)).refreshToken,
});

/** The answer with the id under test replaced, so answers for two ids can be compared. */
function normalize(body: unknown, id: string): string {
  return JSON.stringify(body, (k, v) => (k === 'requestId' || k === 'accessToken' || k === 'refreshToken' ? '<volatile>' : v))
    .split(id)
    .join('<ID>');
}

function leaks(body: unknown): string[] {
  const text = JSON.stringify(body);
  return aSecrets.filter((secret) => text.includes(secret));
}

const randomIdOf = (type: string) => toGlobalId(type, randomUUID());

/** Queries and mutations over HTTP; a subscription over graphql-ws: its first message, if any, within 1 s. */
async function send(doc: TypedDocumentNode<any, any>, variables: Record<string, unknown>, token: string | null): Promise<unknown> {
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (op?.operation !== 'subscription') return s.gql(doc, variables, { token });
  const sub = collect(s.ws(token), print(doc), variables);
  const [first] = await sub.waitFor(1, 1000);
  sub.stop();
  return first ?? { data: null };
}

test('the table lists every ID-taking field of the schema', async () => {
  const intro = await s.post({ query: getIntrospectionQuery() });
  const schema = buildClientSchema(((await intro.json()) as { data: IntrospectionQuery }).data);
  const inSchema = idTakingFields(schema);
  // Governance modules test their own ID-taking fields (tests/<module>*.test.ts) and declare the
  // coordinates they cover in tests/isolation/<module>.coverage.ts.
  const moduleCoverage = fs
    .readdirSync(path.join(__dirname, '../isolation'))
    .filter((f) => f.endsWith('.coverage.ts'))
    .flatMap((f) => (require(path.join(__dirname, '../isolation', f)) as { COVERED: string[] }).COVERED);
  const listed = new Set([...CASES.flatMap((c) => c.covers), ...moduleCoverage]);
  expect(inSchema.filter((coord) => !listed.has(coord))).toEqual([]); // add a case to tenant-isolation.table.ts
  expect([...listed].filter((coord) => !inSchema.includes(coord))).toEqual([]); // stale entries
});

describe("B's admin with A's ids", () => {
  let before: unknown;
  beforeAll(async () => {
    before = (await s.gql(Snapshot, { ids: A_TYPES.map((t) => ids[t]) }, { token: adminA })).data;
  });

  test.each(CASES.map((c) => [`${c.covers.join(', ')} with a ${c.idType} id`, c] as const))('%s: like not found, nothing of A', async (_name, c) => {
    const call = async (id: string) => send(c.doc, await c.vars(id, env()), c.anonymous ? null : adminB);
    const foreign = await call(ids[c.idType]);
    const random = randomIdOf(c.idType);
    const missing = await call(random);
    expect(leaks(foreign)).toEqual([]);
    expect(JSON.stringify(foreign)).not.toContain('INTERNAL_SERVER_ERROR');
    expect(normalize(foreign, ids[c.idType])).toBe(normalize(missing, random));
  });

  test('nodes(ids) with every A id answers only nulls, like random ids', async () => {
    const foreign = await s.gql(Nodes, { ids: A_TYPES.map((t) => ids[t]) }, { token: adminB });
    const random = await s.gql(Nodes, { ids: A_TYPES.map(randomIdOf) }, { token: adminB });
    expect(leaks(foreign)).toEqual([]);
    expect(foreign).toEqual(random);
    expect(foreign.data!.nodes).toEqual(A_TYPES.map(() => null));
  });

  test('afterwards A is unchanged and B holds nothing B tried to write', async () => {
    const after = (await s.gql(Snapshot, { ids: A_TYPES.map((t) => ids[t]) }, { token: adminA })).data;
    expect(after).toEqual(before);
    expect(JSON.stringify(after)).not.toContain(B_WROTE);
    expect((await s.gql(ResidentsNamed, { search: B_WROTE }, { token: adminB })).data!.residents.totalCount).toBe(0);
    expect((await s.gql(Communities, {}, { token: platform })).data!.communities.map((x) => x.name)).not.toContain(B_WROTE);
  });
});

describe('the community comes from membership, never from a header alone', () => {
  const asB = (token: string) => ({ token, headers: { 'x-community-id': bCommunityId } });

  test("A's admin with X-Community-Id of B is FORBIDDEN and learns nothing of B", async () => {
    for (const doc of [Whoami, Households]) {
      const r = await s.gql(doc as typeof Whoami, {}, asB(adminA));
      expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(r.data ?? null).toBeNull();
    }
    const me = await s.gql(Me, {}, asB(adminA));
    expect(me.data!.me.activeCommunity).toBeNull();
    expect(JSON.stringify(me)).not.toContain('ISO-B');
    const node = await s.gql(Nodes, { ids: [bResidentId, bCommunityId] }, asB(adminA));
    expect(node.data!.nodes).toEqual([null, null]);
  });

  test("B's admin with X-Community-Id of A is FORBIDDEN", async () => {
    const r = await s.gql(Whoami, {}, { token: adminB, headers: { 'x-community-id': ids.Community } });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(leaks(r)).toEqual([]);
  });

  test('the street admin reads the communities under their street, and no other', async () => {
    const street = await s.login('street');
    const demo = await s.gql(Whoami, {}, { token: street, headers: { 'x-community-id': ids.Community } });
    expect(demo.data?.community.name).toBe('金秋社区');
    const b = await s.gql(Whoami, {}, asB(street));
    expect(b.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(b)).not.toContain('ISO-B');
    const viaLogin = await s.gql(Login, { input: { login: 'street', password: 'wushe-demo', community: bCommunityId } });
    expect(viaLogin.data!.authLogin.userErrors[0]!.code).toBe('NOT_FOUND');
    // A community created under the same street is within reach.
    const c = await s.gql(CreateCommunity, { input: { name: 'ISO-C 同街道社区', regionCode: '520222001099', street: ids.Street } }, { token: platform });
    const sibling = c.data!.communityCreate.community!.id;
    const read = await s.gql(Whoami, {}, { token: street, headers: { 'x-community-id': sibling } });
    expect(read.data?.community.name).toBe('ISO-C 同街道社区');
  });
});
