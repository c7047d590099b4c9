// What the viewer may do (issue 14): `community { viewerPermissions }` is the set the @Requires
// guard checks — role defaults of enabled modules ± the community's overrides, or an API key's own
// list — and `permissionCatalog` lists every permission of every installed manifest with its
// names and default roles. Checked against the role × action table that permissions.test.ts runs
// for real, then against an override, a disabled module and an API key, each tried on the guard.
import { graphql } from '../gql';
import { codes } from '../harness/payload';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { tenancyPermissions } from '../../src/schema/tenancy/tenancy.permissions';
import { ROLES } from '../../src/schema/roles';
import { LOGINS, MATRIX, VIA_HEADER, type Login } from './permissions.matrix';

const Mine = graphql(`
  query ViewerPermsMine {
    community {
      id
      viewerPermissions
      viewerRoles
      viewerModules
    }
  }
`);
const Catalog = graphql(`
  query ViewerPermsCatalog {
    permissionCatalog {
      key
      module
      moduleName
      action
      nameZh
      nameEn
      description
      defaultRoles
    }
  }
`);
const Configure = graphql(`
  mutation ViewerPermsConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Households = graphql(`
  query ViewerPermsHouseholds {
    households(first: 1) {
      totalCount
    }
  }
`);
const Requests = graphql(`
  query ViewerPermsRequests {
    serviceRequests(first: 1) {
      totalCount
    }
  }
`);
const KeyCreate = graphql(`
  mutation ViewerPermsKey($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      userErrors {
        code
      }
    }
  }
`);

let s: TestServer;
const auth = {} as Record<Login, GqlOptions>;
const mine = async (who: GqlOptions) => (await s.gql(Mine, {}, who)).data!.community!;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const login of LOGINS) auth[login] = { token: await s.login(login) };
  const community = (await mine(auth.admin)).id;
  for (const login of VIA_HEADER) auth[login].headers = { 'x-community-id': community };
}, 60_000);
afterAll(async () => {
  await s?.stop();
});

test('viewerPermissions agree with the role × action table the guard is tested against, for every demo login', async () => {
  const qualified = (action: string) => (action in tenancyPermissions ? `tenancy.${action}` : `core.${action}`);
  for (const [i, login] of LOGINS.entries()) {
    const perms = new Set((await mine(auth[login])).viewerPermissions);
    for (const [action, row] of Object.entries(MATRIX)) {
      expect(`${login} ${action}: ${perms.has(qualified(action)) ? 'allowed' : 'denied'}`).toBe(`${login} ${action}: ${row[i]}`);
    }
  }
});

test('roles and enabled modules are the access the guard uses', async () => {
  const admin = await mine(auth.admin);
  expect(admin.viewerRoles).toEqual(['PARTY_MEMBER', 'COMMUNITY_ADMIN']);
  expect(admin.viewerModules).toEqual(expect.arrayContaining(['core', 'tenancy']));
  expect((await mine(auth.street)).viewerRoles).toEqual(['STREET_ADMIN']);
  expect((await mine(auth.platform)).viewerRoles).toEqual(['PLATFORM_ADMIN']);
});

test('an override and a module switch change viewerPermissions and the guard together', async () => {
  // Revoke household.read from GRID_STAFF: gone from the list, and the guard refuses.
  expect((await mine(auth.grid)).viewerPermissions).toContain('core.household.read');
  expect(codes(await s.gql(Households, {}, auth.grid))).toEqual([]);
  const revoke = { moduleKey: 'core', rolePermissions: { GRID_STAFF: { revoke: ['household.read'] } } };
  expect((await s.gql(Configure, { input: revoke }, auth.admin)).data!.communityModuleConfigure.userErrors).toEqual([]);
  expect((await mine(auth.grid)).viewerPermissions).not.toContain('core.household.read');
  expect(codes(await s.gql(Households, {}, auth.grid))).toEqual(['FORBIDDEN']);
  await s.gql(Configure, { input: { moduleKey: 'core', rolePermissions: {} } }, auth.admin);
  expect((await mine(auth.grid)).viewerPermissions).toContain('core.household.read');

  // A module's permissions count only while it is enabled.
  await s.gql(Configure, { input: { moduleKey: 'dispatch', enabled: false } }, auth.admin);
  expect((await mine(auth.resident)).viewerPermissions.filter((p) => p.startsWith('dispatch.'))).toEqual([]);
  expect((await mine(auth.resident)).viewerModules).not.toContain('dispatch');
  expect(codes(await s.gql(Requests, {}, auth.resident))).toEqual(['MODULE_DISABLED']);
  await s.gql(Configure, { input: { moduleKey: 'dispatch', enabled: true } }, auth.admin);
  const resident = await mine(auth.resident);
  expect(resident.viewerPermissions).toEqual(expect.arrayContaining(['dispatch.request.read', 'dispatch.request.create', 'dispatch.request.take']));
  expect(resident.viewerPermissions).not.toContain('dispatch.request.readAll');
  expect(codes(await s.gql(Requests, {}, auth.resident))).toEqual([]);
});

test("an API key's viewerPermissions are its own list", async () => {
  const created = (await s.gql(KeyCreate, { input: { name: '权限测试', permissions: ['tenancy.community.read', 'core.household.read'] } }, auth.admin)).data!
    .apiKeyCreate;
  expect(created.userErrors).toEqual([]);
  const key = { headers: { 'x-api-key': created.secret! } };
  expect((await mine(key)).viewerPermissions).toEqual(['core.household.read', 'tenancy.community.read']);
  expect((await mine(key)).viewerRoles).toEqual([]);
});

test('permissionCatalog lists every permission of every installed manifest, with names and default roles', async () => {
  const registry = s.wushe.app.registry;
  const catalog = (await s.gql(Catalog, {}, auth.resident)).data!.permissionCatalog;
  expect(catalog.map((p) => p.key).sort()).toEqual(registry.permissionNames().sort());
  for (const p of catalog) {
    const m = registry.get(p.module)!;
    expect(p.key).toBe(`${p.module}.${p.action}`);
    expect([p.nameZh, p.nameEn, p.description, p.moduleName]).toEqual([
      m.permissions[p.action]!['zh-CN'],
      m.permissions[p.action]!.en,
      p.nameZh,
      m.name['zh-CN'],
    ]);
    expect(p.defaultRoles).toEqual(ROLES.filter((r) => m.roleDefaults[r]?.includes(p.action)));
  }
  const take = catalog.find((p) => p.key === 'dispatch.request.take')!;
  expect(take).toMatchObject({ module: 'dispatch', nameZh: '接单办理', description: '接单办理' });
  expect(take.defaultRoles).toContain('RESIDENT');
  // English on request.
  const en = (await s.gql(Catalog, {}, { ...auth.resident, headers: { 'accept-language': 'en' } })).data!.permissionCatalog;
  expect(en.find((p) => p.key === 'dispatch.request.take')).toMatchObject({
    description: 'Take and work on requests',
    moduleName: registry.get('dispatch')!.name.en,
  });
  // Signed-in only.
  expect(codes(await s.gql(Catalog, {}, {}))).toEqual(['UNAUTHENTICATED']);
});
