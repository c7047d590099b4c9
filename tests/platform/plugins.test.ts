// The module runtime through GraphQL, with the example third-party plugin loaded from its path
// the way WUSHE_PLUGINS loads it: installed ≠ enabled, settings validated on write, MODULE_DISABLED,
// its own migration, and its handler of a core event.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { Ctx } from '../../src/schema/context';

const Configure = graphql(`
  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      community {
        modules {
          key
          enabled
          settings
          overrides
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Notices = graphql(`
  query PlugNotices {
    notices(first: 10) {
      totalCount
      nodes {
        title
        automatic
      }
    }
  }
`);
const Publish = graphql(`
  mutation PlugPublish($input: NoticePublishInput!) {
    noticePublish(input: $input) {
      notice {
        id
        title
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const NewHousehold = graphql(`
  mutation PlugHousehold($input: HouseholdCreateInput!) {
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
const Modules = graphql(`
  query PlugModules {
    community {
      modules {
        key
        name
        enabled
        settings
      }
    }
  }
`);

let s: TestServer;
let admin: string;
beforeAll(async () => {
  s = await startTestServer({ demo: true, config: { plugins: ['./examples/noticeboard'] } });
  admin = await s.login('admin');
});
afterAll(() => s.stop());

test('the plugin is installed (its table exists) but not enabled: its fields answer MODULE_DISABLED', async () => {
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const { rows } = await db.query(`select to_regclass('noticeboard_notice') as t`);
  await db.end();
  expect(rows[0].t).toBe('noticeboard_notice');
  const modules = (await s.gql(Modules, {}, { token: admin })).data!.community.modules!;
  expect(modules.find((m) => m.key === 'noticeboard')).toMatchObject({ enabled: false, name: '社区公告栏', settings: { maxTitleLength: 60 } });
  const r = await s.gql(Notices, {}, { token: admin });
  expect(r.errors![0]!.extensions).toMatchObject({ code: 'MODULE_DISABLED', module: 'noticeboard' });
});

test('settings are validated on write and nothing is stored when they are bad', async () => {
  const bad = await s.gql(Configure, { input: { moduleKey: 'noticeboard', enabled: true, settings: { maxTitleLength: 5 } } }, { token: admin });
  expect(bad.data!.communityModuleConfigure.userErrors[0]).toMatchObject({ code: 'SETTINGS_INVALID', field: ['settings'] });
  const unknown = await s.gql(Configure, { input: { moduleKey: 'nope', enabled: true } }, { token: admin });
  expect(unknown.data!.communityModuleConfigure.userErrors[0]!.code).toBe('MODULE_UNKNOWN');
  const modules = (await s.gql(Modules, {}, { token: admin })).data!.community.modules!;
  expect(modules.find((m) => m.key === 'noticeboard')!.enabled).toBe(false);
});

test('only a community admin may configure modules', async () => {
  const r = await s.gql(Configure, { input: { moduleKey: 'noticeboard', enabled: true } }, { token: await s.login('resident') });
  expect(r.errors![0]!.extensions!.code).toBe('FORBIDDEN');
});

test('enabled with overrides: effective settings merge, the query and mutation work, permissions apply', async () => {
  const r = await s.gql(Configure, { input: { moduleKey: 'noticeboard', enabled: true, settings: { maxTitleLength: 12 } } }, { token: admin });
  const mod = r.data!.communityModuleConfigure.community!.modules!.find((m) => m.key === 'noticeboard')!;
  expect(mod).toMatchObject({ enabled: true, overrides: { maxTitleLength: 12 }, settings: { maxTitleLength: 12, welcomeNewHouseholds: true } });
  const ok = await s.gql(Publish, { input: { title: '停水通知', body: '周六 9:00–12:00 停水' } }, { token: admin });
  expect(ok.data!.noticePublish.userErrors).toEqual([]);
  const long = await s.gql(Publish, { input: { title: '一个非常非常非常长的公告标题', body: 'x' } }, { token: admin });
  expect(long.data!.noticePublish.userErrors[0]!.field).toEqual(['input', 'title']);
  const resident = await s.login('resident');
  expect((await s.gql(Publish, { input: { title: 'x', body: 'y' } }, { token: resident })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  expect((await s.gql(Notices, {}, { token: resident })).data!.notices.nodes.map((n) => n.title)).toContain('停水通知');
});

test('its handler of core.HouseholdCreated posts a welcome notice, once', async () => {
  await s.gql(NewHousehold, { input: { number: 'PLUG-1', address: '金秋小区 9 栋' } }, { token: admin });
  let welcome = 0;
  for (let i = 0; i < 50 && welcome === 0; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const notices = (await s.gql(Notices, {}, { token: admin })).data!.notices.nodes;
    welcome = notices.filter((n) => n.automatic).length;
  }
  expect(welcome).toBe(1);
  s.wushe.consumers.kick();
  await s.wushe.consumers.idle();
  const notices = (await s.gql(Notices, {}, { token: admin })).data!.notices.nodes;
  expect(notices.filter((n) => n.automatic)).toHaveLength(1);
});

test('disabling turns the fields off again; data is kept', async () => {
  await s.gql(Configure, { input: { moduleKey: 'noticeboard', enabled: false } }, { token: admin });
  expect((await s.gql(Notices, {}, { token: admin })).errors![0]!.extensions!.code).toBe('MODULE_DISABLED');
  await s.gql(Configure, { input: { moduleKey: 'noticeboard', enabled: true } }, { token: admin });
  expect((await s.gql(Notices, {}, { token: admin })).data!.notices.totalCount).toBeGreaterThanOrEqual(2);
});

test('a community_module row of a module not installed here enables nothing (ctx.moduleEnabled)', async () => {
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const { rows } = await db.query(`select id from community where region_code = '520222001001'`);
  const communityId = rows[0].id as string;
  // As left behind by a plugin removed from WUSHE_PLUGINS: enabled, with role grants.
  await db.query(
    `insert into community_module (community_id, module_key, enabled, settings, settings_version, role_permissions, updated_at)
     values ($1, 'ghostplugin', true, '{}', 1, '{"COMMUNITY_ADMIN":{"grant":["read"]}}', now())`,
    [communityId],
  );
  try {
    const {
      rows: [me],
    } = await db.query(`select id from account where login = 'admin'`);
    const ctx = new Ctx(s.wushe.app, { accountId: me.id, platformAdmin: false }, communityId, 'zh-CN');
    const access = await ctx.access();
    expect(access.communityId).toBe(communityId);
    expect(await ctx.moduleEnabled('core')).toBe(true);
    expect(await ctx.moduleEnabled('noticeboard')).toBe(true); // installed and enabled by the tests above
    expect(await ctx.moduleEnabled('ghostplugin')).toBe(false);
    expect([...access.permissions].some((p) => p.startsWith('ghostplugin.'))).toBe(false);
  } finally {
    await db.query(`delete from community_module where module_key = 'ghostplugin'`);
    await db.end();
  }
});
