// Changing a community's preset later keeps its data: a Panzhou community with a household,
// a service request and household points switches to Baoji (points and volunteers disabled,
// Baoji's grid and council on, dispatch with Baoji's channels) and back, and everything made
// under Panzhou is still there and readable. Policy: the new preset's settings replace the
// community's overrides (unless kept); modules it does not name are disabled, never emptied.
import { graphql } from '../gql';
import { createCommunity } from '../harness/community';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';

const Apply = graphql(`
  mutation PresetsApply($input: CommunityPresetApplyInput!) {
    communityPresetApply(input: $input) {
      community {
        id
        preset
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Modules = graphql(`
  query PresetsModules {
    community {
      preset
      modules {
        key
        enabled
        settings
        overrides
      }
    }
  }
`);
const Configure = graphql(`
  mutation PresetsConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const HouseholdCreate = graphql(`
  mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) {
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
const RequestCreate = graphql(`
  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const RequestGet = graphql(`
  query PresetsRequestGet($id: ID!) {
    serviceRequest(id: $id) {
      id
      title
      status
    }
  }
`);
const Award = graphql(`
  mutation PresetsPointsAward($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      adjustment {
        id
        status
        accountId
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Account = graphql(`
  query PresetsPointsAccount($id: ID!) {
    pointsAccount(id: $id) {
      id
      balance
      householdId
    }
  }
`);
const MemberAdd = graphql(`
  mutation PresetsMemberAdd($input: MembershipAddInput!) {
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

let s: TestServer;
let admin: GqlOptions;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  ({ admin } = await createCommunity(s, { name: '换模式社区', regionCode: '520222009001', preset: 'panzhou-jinqiu' }));
});
afterAll(() => s?.stop());

const modules = async () => Object.fromEntries((await s.gql(Modules, {}, admin)).data!.community.modules!.map((m) => [m.key, m]));
const apply = (input: Record<string, unknown>, auth = admin) => s.gql(Apply, { input: input as any }, auth);

test('data made under Panzhou survives a switch to Baoji and back', async () => {
  const h = (await s.gql(HouseholdCreate, { input: { number: 'HZ-1', address: '换模式小区 1 栋 101' } }, admin)).data!.householdCreate.household!.id;
  const req = await s.gql(
    RequestCreate,
    { input: { kind: 'wish', category: 'care', title: '想要一台轮椅', description: '母亲行动不便', channel: 'WISH_WALL', household: h } },
    admin,
  );
  expect(req.data!.serviceRequestCreate.userErrors).toEqual([]);
  const requestId = req.data!.serviceRequestCreate.serviceRequest!.id;
  const award = await s.gql(Award, { input: { householdId: h, amount: 30, reason: '参加环境整治', idempotencyKey: 'switch-award-1' } }, admin);
  expect(award.data!.pointsAdjust.adjustment).toMatchObject({ status: 'POSTED' });
  const accountId = award.data!.pointsAdjust.adjustment!.accountId;
  // A community override of dispatch, to see what the switch does with it.
  expect(
    (await s.gql(Configure, { input: { moduleKey: 'dispatch', settings: { reopenWindowHours: 24 } } }, admin)).data!.communityModuleConfigure.userErrors,
  ).toEqual([]);

  const toBaoji = await apply({ preset: 'baoji' });
  expect(toBaoji.data!.communityPresetApply).toMatchObject({ community: { preset: 'baoji' }, userErrors: [] });
  let m = await modules();
  // Baoji keeps no points ledger: the points module goes off (its volunteers, 志愿云, stay on).
  expect([m.grid.enabled, m.council.enabled, m.dispatch.enabled, m.points.enabled, m.volunteer.enabled]).toEqual([true, true, true, false, true]);
  expect((m.grid.settings.dutyRoles as any[]).map((r) => r.name)).toEqual(['网格指导员', '网格长', '网格员', '居民小组长', '楼栋长']);
  expect(m.dispatch.settings.channels).toContain('CLOUD_LOCKER');
  expect(m.dispatch.settings.reopenWindowHours).toBe(72); // Baoji's settings replaced the override
  expect(m.dispatch.overrides).toEqual({});
  // The request is still readable; the points module answers MODULE_DISABLED, it does not forget.
  expect((await s.gql(RequestGet, { id: requestId }, admin)).data!.serviceRequest).toMatchObject({ title: '想要一台轮椅', status: 'SUBMITTED' });
  const off = await s.gql(Account, { id: accountId }, admin);
  expect(off.errors?.[0]?.extensions?.code).toBe('MODULE_DISABLED');

  const back = await apply({ preset: 'panzhou-jinqiu' });
  expect(back.data!.communityPresetApply.userErrors).toEqual([]);
  m = await modules();
  // Panzhou's article runs every module Baoji does, and its points again.
  expect([m.points.enabled, m.volunteer.enabled, m.council.enabled]).toEqual([true, true, true]);
  expect(m.points.settings.accountScope).toBe('household');
  expect((m.council.settings.levels as any[]).map((l) => l.name)).toEqual(['居民议事会']); // Panzhou's council, not Baoji's 微协商
  expect((await s.gql(Account, { id: accountId }, admin)).data!.pointsAccount).toMatchObject({ balance: 30, householdId: h });
  expect((await s.gql(RequestGet, { id: requestId }, admin)).data!.serviceRequest!.title).toBe('想要一台轮椅');
});

test('keepOverrides keeps the community’s own settings; keepOtherModules leaves other modules on', async () => {
  await s.gql(Configure, { input: { moduleKey: 'dispatch', settings: { reopenWindowHours: 12 } } }, admin);
  const r = await apply({ preset: 'baoji', keepOverrides: true, keepOtherModules: true });
  expect(r.data!.communityPresetApply.userErrors).toEqual([]);
  const m = await modules();
  expect(m.dispatch.settings).toMatchObject({ reopenWindowHours: 12, channels: expect.arrayContaining(['CLOUD_LOCKER']) });
  expect([m.points.enabled, m.volunteer.enabled, m.council.enabled]).toEqual([true, true, true]);
  await apply({ preset: 'panzhou-jinqiu' });
});

test('an unknown preset is a user error and changes nothing', async () => {
  const before = await modules();
  const r = await apply({ preset: 'no-such-model' });
  expect(r.data!.communityPresetApply).toEqual({
    community: null,
    userErrors: [expect.objectContaining({ code: 'PRESET_UNKNOWN', field: ['input', 'preset'] })],
  });
  expect(await modules()).toEqual(before);
  expect((await s.gql(Modules, {}, admin)).data!.community.preset).toBe('panzhou-jinqiu');
});

test('community staff and residents may not switch the model', async () => {
  for (const [login, roles] of [
    ['hz.staff', ['COMMUNITY_STAFF']],
    ['hz.resident', ['RESIDENT']],
  ] as const) {
    await s.gql(MemberAdd, { input: { login, displayName: login, password: 'switch-pass-1', roles: [...roles] } }, admin);
    const r = await apply({ preset: 'baoji' }, { token: await s.login(login, 'switch-pass-1') });
    expect(r.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  }
  expect((await s.gql(Modules, {}, admin)).data!.community.preset).toBe('panzhou-jinqiu');
});
