// Street and district tiers (街道, 区/县): platform admins create districts, put streets under them
// and appoint street and district admins through the API; outcomes roll up community → street →
// district; each tier sees only its own (sign-in, community lists, roll-ups, node(id)) — a foreign
// tier's id answers like a random one. Bad input is a typed error; only platform admins appoint.
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { toGlobalId } from '../../src/schema/global-id';

const DistrictCreate = graphql(`
  mutation TiersDistrictCreate($input: DistrictCreateInput!) {
    districtCreate(input: $input) {
      district {
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
const StreetCreate = graphql(`
  mutation TiersStreetCreate($input: StreetCreateInput!) {
    streetCreate(input: $input) {
      street {
        id
        district {
          name
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const StreetDistrict = graphql(`
  mutation TiersStreetDistrict($input: StreetDistrictSetInput!) {
    streetDistrictSet(input: $input) {
      street {
        id
        district {
          id
        }
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Appoint = graphql(`
  mutation TiersAppoint($input: TierAdminAppointInput!) {
    tierAdminAppoint(input: $input) {
      street {
        name
      }
      district {
        name
      }
      admins {
        login
        displayName
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const Remove = graphql(`
  mutation TiersRemove($input: TierAdminRemoveInput!) {
    tierAdminRemove(input: $input) {
      admins {
        login
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const CommunityCreate = graphql(`
  mutation TiersCommunity($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Mine = graphql(`
  query TiersMine {
    communities {
      name
    }
    streets {
      id
      name
      admins {
        login
      }
    }
    districts {
      name
      streets {
        name
      }
      admins {
        login
      }
    }
  }
`);
const StreetQ = graphql(`
  query TiersStreetOutcomes($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    streetOutcomes(streetId: $id, from: $from, to: $to) {
      streetName
      totals {
        key
        aggregation
        value
        communities
      }
    }
  }
`);
const DistrictQ = graphql(`
  query TiersDistrictOutcomes($id: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    districtOutcomes(districtId: $id, from: $from, to: $to) {
      districtName
      totals {
        key
        aggregation
        value
        communities
      }
      streets {
        streetName
        communityCount
        totals {
          key
          value
        }
      }
    }
  }
`);
const NodeQ = graphql(`
  query TiersNode($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);

const FROM = new Date(Date.now() - 30 * 86_400_000).toISOString();
const TO = new Date(Date.now() + 86_400_000).toISOString();
let s: TestServer;
let platform: string;
const id: Record<string, string> = {};
const tok: Record<string, string> = {};

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  platform = await s.login('platform');
  const district = async (name: string, regionCode: string) =>
    (await s.gql(DistrictCreate, { input: { name, regionCode } }, { token: platform })).data!.districtCreate.district!.id;
  id.d1 = await district('盘州市', '520281');
  id.d2 = await district('凤庆县', '530921');
  id.s1 = (await s.gql(Mine, {}, { token: platform })).data!.streets.find((x) => x.name === '金秋街道')!.id;
  await s.gql(StreetDistrict, { input: { street: id.s1, district: id.d1 } }, { token: platform });
  id.s2 = (
    await s.gql(StreetCreate, { input: { name: '红果街道', regionCode: '520281002', district: id.d1 } }, { token: platform })
  ).data!.streetCreate.street!.id;
  id.s3 = (
    await s.gql(StreetCreate, { input: { name: '凤山镇', regionCode: '530921100', district: id.d2 } }, { token: platform })
  ).data!.streetCreate.street!.id;
  for (const [key, street, name, code] of [
    ['c2', id.s2, '红果社区', '520281002001'],
    ['c3', id.s3, '东城社区', '530921100001'],
  ] as const)
    id[key] = (
      await s.gql(CommunityCreate, { input: { name, regionCode: code, street, preset: 'panzhou-jinqiu' } }, { token: platform })
    ).data!.communityCreate.community!.id;
  const appoint = (tier: string, login: string, displayName?: string) =>
    s.gql(Appoint, { input: { tier, login, displayName, password: displayName ? 'tier-pass-2026' : undefined } }, { token: platform });
  await appoint(id.s2!, 'sa2', '红果街道 管理员');
  await appoint(id.d1!, 'da1', '盘州市 管理员');
  await appoint(id.d2!, 'da2', '凤庆县 管理员');
  for (const l of ['sa2', 'da1', 'da2']) tok[l] = await s.login(l, 'tier-pass-2026');
  tok.street = await s.login('street');
  tok.admin = await s.login('admin');
}, 90_000);

afterAll(async () => {
  await s?.stop();
});

test('platform admins appoint street and district admins; each tier lists only its own', async () => {
  const mine = async (who: string) => (await s.gql(Mine, {}, { token: tok[who] })).data!;
  const da1 = await mine('da1');
  expect(da1.districts.map((d) => [d.name, d.streets.map((x) => x.name).sort(), d.admins.map((a) => a.login)])).toEqual([
    ['盘州市', ['红果街道', '金秋街道'].sort(), ['da1']],
  ]);
  expect(da1.streets.map((x) => x.name).sort()).toEqual(['红果街道', '金秋街道'].sort());
  expect(da1.communities.map((c) => c.name).sort()).toEqual(['红果社区', '金秋社区'].sort());
  const da2 = await mine('da2');
  expect([da2.districts.map((d) => d.name), da2.streets.map((x) => x.name), da2.communities.map((c) => c.name)]).toEqual([
    ['凤庆县'],
    ['凤山镇'],
    ['东城社区'],
  ]);
  const sa2 = await mine('sa2');
  expect([sa2.districts, sa2.streets.map((x) => [x.name, x.admins.map((a) => a.login)]), sa2.communities.map((c) => c.name)]).toEqual([
    [],
    [['红果街道', ['sa2']]],
    ['红果社区'],
  ]);
  // The demo's street admin keeps its street and no more.
  const street = await mine('street');
  expect([street.districts, street.streets.map((x) => x.name), street.communities.map((c) => c.name)]).toEqual([[], ['金秋街道'], ['金秋社区']]);
});

test('a district admin signs in to communities of its streets only, and reads them as a street admin', async () => {
  await expect(s.login('da1', 'tier-pass-2026', id.c2)).resolves.toBeTruthy();
  await expect(s.login('da1', 'tier-pass-2026', id.c3)).rejects.toThrow(/NOT_FOUND/);
  await expect(s.login('sa2', 'tier-pass-2026', id.c3)).rejects.toThrow(/NOT_FOUND/);
  await expect(s.login('da2', 'tier-pass-2026', id.c3)).resolves.toBeTruthy();
});

test('outcomes roll up community → street → district; the district sums its streets', async () => {
  const district = await s.gql(DistrictQ, { id: id.d1, from: FROM, to: TO }, { token: tok.da1 });
  expect(district.errors).toBeUndefined();
  const d = district.data!.districtOutcomes;
  expect(d.districtName).toBe('盘州市');
  expect(d.streets.map((x) => [x.streetName, x.communityCount]).sort()).toEqual(
    [
      ['红果街道', 1],
      ['金秋街道', 1],
    ].sort(),
  );
  const streetTotals = [];
  for (const st of [id.s1, id.s2]) {
    const r = await s.gql(StreetQ, { id: st, from: FROM, to: TO }, { token: tok.da1 });
    expect(r.errors).toBeUndefined();
    streetTotals.push(r.data!.streetOutcomes.totals);
  }
  const sums = d.totals.filter((t) => t.aggregation === 'SUM');
  expect(sums.length).toBeGreaterThan(0);
  for (const t of sums) {
    const parts = streetTotals.map((list) => list.find((x) => x.key === t.key)?.value ?? 0);
    expect({ key: t.key, value: t.value }).toEqual({ key: t.key, value: parts[0]! + parts[1]! });
  }
  // Figures of modules both communities enable cover both.
  expect(d.totals.some((t) => t.communities === 2)).toBe(true);
  // The platform admin reads every tier.
  expect((await s.gql(DistrictQ, { id: id.d2, from: FROM, to: TO }, { token: platform })).data!.districtOutcomes.districtName).toBe('凤庆县');
});

test("isolation: each tier's foreign ids answer like random ids (street, district, node)", async () => {
  const norm = (r: unknown, x: string) =>
    JSON.stringify(r, (k, v) => (k === 'requestId' ? '<r>' : v))
      .split(x)
      .join('<ID>');
  const same = async (doc: any, vars: (x: string) => Record<string, unknown>, type: string, foreign: string, token: string) => {
    const random = toGlobalId(type, randomUUID());
    const a = await s.gql(doc, vars(foreign), { token });
    const b = await s.gql(doc, vars(random), { token });
    expect(norm(a, foreign)).toBe(norm(b, random));
    return a;
  };
  const dq = (x: string) => ({ id: x, from: FROM, to: TO });
  // Another district's admin, a street admin, a community admin: the district is not there.
  for (const who of ['da2', 'sa2', 'street', 'admin'])
    expect((await same(DistrictQ, dq, 'District', id.d1!, tok[who]!)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // A street of another district, a sibling street, the street of a community admin: not there.
  expect((await same(StreetQ, dq, 'Street', id.s1!, tok.da2!)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((await same(StreetQ, dq, 'Street', id.s1!, tok.sa2!)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((await same(StreetQ, dq, 'Street', id.s2!, tok.street!)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  expect((await same(StreetQ, dq, 'Street', id.s3!, tok.admin!)).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  // node(id): a district is visible from a community of it, not from another district's.
  const adminC3 = await s.login('da2', 'tier-pass-2026', id.c3);
  expect((await s.gql(NodeQ, { id: id.d1 }, { token: adminC3 })).data!.node).toBeNull();
  expect((await s.gql(NodeQ, { id: id.d2 }, { token: adminC3 })).data!.node).toEqual({ id: id.d2 });
  await same(NodeQ, (x) => ({ id: x }), 'District', id.d1!, adminC3);
});

test('only platform admins create tiers and appoint; bad input is a typed error; removal takes the powers away', async () => {
  for (const who of ['admin', 'street', 'da1', 'sa2']) {
    const r = await s.gql(Appoint, { input: { tier: id.s2, login: who } }, { token: tok[who] });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const c = await s.gql(DistrictCreate, { input: { name: 'x', regionCode: '520299' } }, { token: tok[who] });
    expect(c.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  const errs = async (doc: any, input: Record<string, unknown>) => {
    const r = await s.gql(doc, { input }, { token: platform });
    expect(r.errors).toBeUndefined();
    return (Object.values(r.data!)[0] as any).userErrors;
  };
  expect(await errs(DistrictCreate, { name: '坏代码', regionCode: '52x' })).toEqual([{ code: 'BAD_USER_INPUT', field: ['input', 'regionCode'] }]);
  expect(await errs(DistrictCreate, { name: '重复', regionCode: '520281' })).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'regionCode'] }]);
  expect(await errs(StreetCreate, { name: '无区', regionCode: '520281009', district: toGlobalId('District', randomUUID()) })).toEqual([
    { code: 'NOT_FOUND', field: ['input', 'district'] },
  ]);
  expect(await errs(Appoint, { tier: id.s2, login: 'newbie', displayName: '新人' })).toEqual([{ code: 'PASSWORD_WEAK', field: ['input', 'password'] }]);
  expect(await errs(Appoint, { tier: id.s2, login: 'newbie2', password: 'tier-pass-2026' })).toEqual([
    { code: 'BAD_USER_INPUT', field: ['input', 'displayName'] },
  ]);
  expect(await errs(Appoint, { tier: id.s2, login: 'sa2' })).toEqual([{ code: 'ALREADY_EXISTS', field: ['input', 'login'] }]);
  expect(await errs(Appoint, { tier: toGlobalId('Street', randomUUID()), login: 'sa2' })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'tier'] }]);
  expect(await errs(Appoint, { tier: 'garbage', login: 'sa2' })).toEqual([{ code: 'INVALID_ID', field: ['input', 'tier'] }]);
  expect(await errs(Remove, { tier: id.d1, login: 'sa2' })).toEqual([{ code: 'NOT_FOUND', field: ['input', 'login'] }]);
  // An existing login (the demo's street admin) appointed to a district, then removed.
  const appointed = (await s.gql(Appoint, { input: { tier: id.d2, login: 'street' } }, { token: platform })).data!.tierAdminAppoint;
  expect(appointed.admins.map((a) => a.login)).toEqual(['da2', 'street']);
  expect((await s.gql(DistrictQ, { id: id.d2, from: FROM, to: TO }, { token: tok.street })).errors).toBeUndefined();
  const removed = (await s.gql(Remove, { input: { tier: id.d2, login: 'street' } }, { token: platform })).data!.tierAdminRemove;
  expect(removed.admins.map((a) => a.login)).toEqual(['da2']);
  expect((await s.gql(DistrictQ, { id: id.d2, from: FROM, to: TO }, { token: tok.street })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  await expect(s.login('street', 'wushe-demo', id.c3)).rejects.toThrow(/NOT_FOUND/);
});
