// `wushe seed --demo --preset <key>` through the compiled CLI, as a front-end developer runs it
// against a database, then read back over GraphQL with the demo logins it prints: the community
// runs the preset, its grid follows the preset's levels, households hold residents with Chinese
// names, and requests exist in every state. A second run changes nothing; a bad key is refused.
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { cleanupCli, cliEnv, runToEnd } from '../harness/cli-process';

const Community = graphql(`
  query SeedPresetCommunity {
    community {
      name
      preset
      modules {
        key
        enabled
      }
    }
  }
`);
const Tops = graphql(`
  query SeedPresetGridTops {
    gridUnits(first: 10) {
      totalCount
      nodes {
        id
        level
        levelName
        name
        householdCount
        children(first: 3) {
          totalCount
          nodes {
            level
            levelName
            householdCount
            children(first: 3) {
              totalCount
              nodes {
                level
                name
                householdCount
              }
            }
          }
        }
      }
    }
  }
`);
const Households = graphql(`
  query SeedPresetHouseholds {
    households(first: 3) {
      totalCount
      nodes {
        number
        address
      }
    }
    residents(first: 20) {
      totalCount
      nodes {
        name
      }
    }
  }
`);
const Council = graphql(`
  query SeedPresetCouncil {
    councilBodies(first: 20) {
      nodes {
        levelKey
      }
    }
    councilTopics(first: 20) {
      totalCount
      nodes {
        status
      }
    }
  }
`);
const Requests = graphql(`
  query SeedPresetRequests {
    serviceRequests(first: 30) {
      totalCount
      nodes {
        status
        kind
        escalationTarget
        log {
          action
        }
      }
    }
  }
`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => {
  await cleanupCli();
  await s?.stop();
});

const seed = (preset: string) => runToEnd(['seed', '--demo', '--preset', preset], cliEnv({ DATABASE_URL: s.databaseUrl, LOG_LEVEL: 'error' }), 120_000);
const STATES = ['SUBMITTED', 'OPEN', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED', 'CLOSED', 'CANCELLED', 'REJECTED', 'MERGED'];

async function readBack(login: string): Promise<{ auth: GqlOptions; community: any; tops: any; homes: any; requests: any }> {
  const auth = { token: await s.login(login) };
  const [community, tops, homes, requests] = await Promise.all([
    s.gql(Community, {}, auth),
    s.gql(Tops, {}, auth),
    s.gql(Households, {}, auth),
    s.gql(Requests, {}, auth),
  ]);
  for (const r of [community, tops, homes, requests]) expect(r.errors).toBeUndefined();
  return { auth, community: community.data!.community, tops: tops.data!.gridUnits, homes: homes.data!, requests: requests.data!.serviceRequests };
}

test('fengqing-114: 片区—网格, households and residents, requests in every state, a hard case at the 书记工作室', async () => {
  const out = await seed('fengqing-114');
  expect(out.code).toBe(0);
  expect(out.stdout).toMatch(/演示社区已创建.*东城社区.*fengqing-114/);
  expect(out.stdout).toMatch(/fq\.admin/);
  const { community, tops, homes, requests } = await readBack('fq.admin');
  expect(community.preset).toBe('fengqing-114');
  expect(
    community.modules
      .filter((m: any) => m.enabled)
      .map((m: any) => m.key)
      .sort(),
  ).toEqual(expect.arrayContaining(['council', 'dispatch', 'fund', 'grid']));
  expect(tops.totalCount).toBe(4);
  expect(tops.nodes[0]).toMatchObject({ level: 'area', levelName: '片区', name: '第一片区' });
  expect(tops.nodes[0].children.nodes[0]).toMatchObject({ level: 'grid', levelName: '网格' });
  expect(tops.nodes.reduce((a: number, t: any) => a + t.householdCount, 0)).toBe(homes.households.totalCount);
  expect(homes.households.totalCount).toBe(128);
  expect(homes.residents.totalCount).toBeGreaterThan(200);
  for (const r of homes.residents.nodes) expect(r.name).toMatch(/^\p{Script=Han}{2,3}$/u);
  expect(new Set(requests.nodes.map((r: any) => r.status))).toEqual(new Set(STATES));
  expect(requests.nodes.find((r: any) => r.status === 'ESCALATED').escalationTarget).toBe('SECRETARY_STUDIO');
  expect(requests.nodes.find((r: any) => r.status === 'CLOSED').log.map((l: any) => l.action)).toEqual(['create', 'open', 'claim', 'resolve', 'rate']);
});

test('baoji: 网格—居民小组—楼栋 with buildings as leaves; a second run changes nothing', async () => {
  const out = await seed('baoji');
  expect(out.code).toBe(0);
  const first = await readBack('bj.admin');
  expect(first.community.preset).toBe('baoji');
  const group = first.tops.nodes[0].children.nodes[0];
  expect(group).toMatchObject({ level: 'residentGroup', levelName: '居民小组' });
  expect(group.children.nodes[0]).toMatchObject({ level: 'building', name: expect.stringMatching(/^\d+ 栋$/) });
  expect(group.children.nodes[0].householdCount).toBe(8);
  expect(new Set(first.requests.nodes.map((r: any) => r.status))).toEqual(new Set(STATES));
  // 微协商 at each of Baoji's levels, topics at several steps of the 五民 lifecycle.
  const council = (await s.gql(Council, {}, first.auth)).data!;
  expect(new Set(council.councilBodies.nodes.map((b) => b.levelKey))).toEqual(new Set(['community', 'estate', 'building']));
  expect(new Set(council.councilTopics.nodes.map((t) => t.status))).toEqual(new Set(['CLOSED', 'CARRYING_OUT', 'DISCUSSING', 'RAISED', 'REJECTED']));
  // The grid worker on duty sees the requests of their own grid only.
  const grid = await readBack('bj.grid');
  expect(grid.requests.totalCount).toBeGreaterThan(0);
  expect(grid.requests.totalCount).toBeLessThan(first.requests.totalCount);

  const again = await seed('baoji');
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/演示社区已存在/);
  const second = await readBack('bj.admin');
  expect(second.homes.households.totalCount).toBe(96);
  expect(second.requests.totalCount).toBe(first.requests.totalCount);
});

const Points = graphql(`
  query SeedPresetPoints {
    pointsAccounts(first: 50, kind: HOUSEHOLD) {
      totalCount
      nodes {
        balance
      }
    }
    pointsItems(first: 10) {
      nodes {
        name
        stock
      }
    }
  }
`);

test('panzhou-jinqiu: 12 grids of buildings, and a per-household points ledger with a stocked supermarket', async () => {
  expect((await seed('panzhou-jinqiu')).code).toBe(0);
  const { auth, tops } = await readBack('pz.admin');
  expect(tops.totalCount).toBe(12);
  expect(tops.nodes[0].children.nodes[0]).toMatchObject({ level: 'building' });
  const p = (await s.gql(Points, {}, auth)).data!;
  expect(p.pointsAccounts.totalCount).toBe(40);
  expect(p.pointsAccounts.nodes.every((a) => a.balance > 0)).toBe(true);
  expect(p.pointsItems.nodes.map((i) => i.name)).toContain('洗衣液');
});

test('an unknown preset is refused with the list of presets', async () => {
  const out = await seed('shanghai');
  expect(out.code).toBe(1);
  expect(out.stderr).toMatch(/未知的社区模式 \/ unknown preset "shanghai".*panzhou-jinqiu/);
});
