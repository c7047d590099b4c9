// Object-level checks hold on nested paths: reading households does not leak residents, nor
// residents their households, when a community revokes the other permission.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

const Revoke = graphql(`
  mutation NestRevoke($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const HouseholdsWithMembers = graphql(`
  query NestHouseholds {
    households(first: 3) {
      nodes {
        number
        members {
          name
        }
      }
    }
  }
`);
const ResidentsWithHousehold = graphql(`
  query NestResidents {
    residents(first: 3) {
      nodes {
        name
        household {
          number
        }
      }
    }
  }
`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
});
afterAll(() => s.stop());

test('household.members is empty and resident.household null once the other permission is revoked', async () => {
  const grid = await s.login('grid');
  const before = (await s.gql(HouseholdsWithMembers, {}, { token: grid })).data!.households.nodes;
  expect(before.some((h) => h.members.length > 0)).toBe(true);
  expect((await s.gql(ResidentsWithHousehold, {}, { token: grid })).data!.residents.nodes[0]!.household).not.toBeNull();

  const admin = await s.login('admin');
  const r = await s.gql(Revoke, { input: { moduleKey: 'core', rolePermissions: { GRID_STAFF: { revoke: ['resident.read'] } } } }, { token: admin });
  expect(r.data!.communityModuleConfigure.userErrors).toEqual([]);
  const after = (await s.gql(HouseholdsWithMembers, {}, { token: grid })).data!.households.nodes;
  expect(after.every((h) => h.members.length === 0)).toBe(true);
  expect((await s.gql(ResidentsWithHousehold, {}, { token: grid })).errors![0]!.extensions!.code).toBe('FORBIDDEN');

  await s.gql(Revoke, { input: { moduleKey: 'core', rolePermissions: { GRID_STAFF: { revoke: ['household.read'] } } } }, { token: admin });
  const residents = (await s.gql(ResidentsWithHousehold, {}, { token: grid })).data!.residents.nodes;
  expect(residents.length).toBeGreaterThan(0);
  expect(residents.every((x) => x.household === null)).toBe(true);
});
