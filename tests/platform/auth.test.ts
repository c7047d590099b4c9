// Auth end to end: login, refresh rotation with reuse detection, logout, disabled accounts,
// API keys, and bad tokens.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';

const Login = graphql(`
  mutation Login($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      refreshToken
      me {
        displayName
        activeCommunity {
          name
        }
        memberships {
          roles
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
const Refresh = graphql(`
  mutation Refresh($input: AuthRefreshInput!) {
    authRefresh(input: $input) {
      accessToken
      refreshToken
      userErrors {
        code
      }
    }
  }
`);
const Logout = graphql(`
  mutation Logout($input: AuthLogoutInput!) {
    authLogout(input: $input) {
      revoked
      userErrors {
        code
      }
    }
  }
`);
const Me = graphql(`
  query Me {
    me {
      login
      activeCommunity {
        name
      }
    }
  }
`);

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
});
afterAll(() => s.stop());

test('login returns tokens and the active community', async () => {
  const r = await s.gql(Login, { input: { login: 'admin', password: 'wushe-demo' } });
  expect(r.errors).toBeUndefined();
  expect(r.data!.authLogin.userErrors).toEqual([]);
  expect(r.data!.authLogin.me!.activeCommunity!.name).toBe('金秋社区');
  expect(r.data!.authLogin.me!.memberships[0]!.roles).toContain('COMMUNITY_ADMIN');
  const me = await s.gql(Me, {}, { token: r.data!.authLogin.accessToken });
  expect(me.data!.me.login).toBe('admin');
});

test('wrong password and unknown login answer alike, in zh-CN or en', async () => {
  const a = await s.gql(Login, { input: { login: 'admin', password: 'nope-nope' } });
  const b = await s.gql(Login, { input: { login: 'nobody', password: 'nope-nope' } });
  expect(a.data!.authLogin.userErrors).toEqual(b.data!.authLogin.userErrors);
  expect(a.data!.authLogin.userErrors[0]).toMatchObject({ code: 'INVALID_CREDENTIALS', message: '账号或密码错误' });
  const en = await s.gql(Login, { input: { login: 'admin', password: 'x' } }, { headers: { 'accept-language': 'en-US,en;q=0.9' } });
  expect(en.data!.authLogin.userErrors[0]!.message).toBe('Wrong login or password');
});

test('refresh tokens rotate; reusing a spent one revokes the family', async () => {
  const first = (await s.gql(Login, { input: { login: 'staff', password: 'wushe-demo' } })).data!.authLogin;
  const second = (await s.gql(Refresh, { input: { refreshToken: first.refreshToken! } })).data!.authRefresh;
  expect(second.userErrors).toEqual([]);
  expect(second.refreshToken).not.toBe(first.refreshToken);
  const replay = (await s.gql(Refresh, { input: { refreshToken: first.refreshToken! } })).data!.authRefresh;
  expect(replay.userErrors[0]!.code).toBe('TOKEN_INVALID');
  // The legitimate successor died with the family.
  const after = (await s.gql(Refresh, { input: { refreshToken: second.refreshToken! } })).data!.authRefresh;
  expect(after.userErrors[0]!.code).toBe('TOKEN_INVALID');
});

test('logout revokes the refresh token', async () => {
  const t = (await s.gql(Login, { input: { login: 'grid', password: 'wushe-demo' } })).data!.authLogin;
  expect((await s.gql(Logout, { input: { refreshToken: t.refreshToken! } })).data!.authLogout.revoked).toBe(true);
  const r = (await s.gql(Refresh, { input: { refreshToken: t.refreshToken! } })).data!.authRefresh;
  expect(r.userErrors[0]!.code).toBe('TOKEN_INVALID');
});

test('a bad or forged token is UNAUTHENTICATED with status 401; no token cannot read', async () => {
  const res = await s.post({ query: '{ me { login } }' }, { authorization: 'Bearer not-a-jwt' });
  expect(res.status).toBe(401);
  expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const anon = await s.gql(Me);
  expect(anon.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
});

const SetDisabled = graphql(`
  mutation SetDisabled($input: AccountSetDisabledInput!) {
    accountSetDisabled(input: $input) {
      disabled
      userErrors {
        code
      }
    }
  }
`);
const CommunityName = graphql(`
  query AuthCommunityName {
    community {
      name
    }
  }
`);

test('a disabled account cannot log in, and its live access token loses its rights', async () => {
  const before = await s.login('volunteer');
  expect((await s.gql(CommunityName, {}, { token: before })).data!.community.name).toBe('金秋社区');
  const platform = await s.login('platform');
  // Only the platform admin may do this.
  expect((await s.gql(SetDisabled, { input: { login: 'volunteer', disabled: true } }, { token: before })).errors![0]!.extensions!.code).toBe('FORBIDDEN');
  const r = await s.gql(SetDisabled, { input: { login: 'volunteer', disabled: true } }, { token: platform });
  expect(r.data!.accountSetDisabled).toEqual({ disabled: true, userErrors: [] });
  const login = await s.gql(Login, { input: { login: 'volunteer', password: 'wushe-demo' } });
  expect(login.data!.authLogin.userErrors[0]!.code).toBe('ACCOUNT_DISABLED');
  expect((await s.gql(CommunityName, {}, { token: before })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  await s.gql(SetDisabled, { input: { login: 'volunteer', disabled: false } }, { token: platform });
  // Enabled again: the sessions that disabling ended stay ended (their access tokens too); a new sign-in works.
  expect((await s.gql(CommunityName, {}, { token: before })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  expect((await s.gql(CommunityName, {}, { token: await s.login('volunteer') })).data!.community.name).toBe('金秋社区');
});

const AuthKeyCreate = graphql(`
  mutation AuthKeyCreate($input: ApiKeyCreateInput!) {
    apiKeyCreate(input: $input) {
      secret
      userErrors {
        code
      }
    }
  }
`);

/** A copy of the demo account `from` (same password, same memberships) under another login; its id. */
async function cloneAccount(from: string, login: string): Promise<string> {
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  try {
    await db.query('begin');
    // Whatever columns the tables have: unique personal columns (nullable) are cleared.
    const nullable = async (table: string) =>
      (await db.query(`select column_name from information_schema.columns where table_name = $1 and is_nullable = 'YES'`, [table])).rows.map(
        (r) => `, "${r.column_name}" = null`,
      );
    await db.query(`create temp table clone_a on commit drop as select * from account where login = $1`, [from]);
    await db.query(`update clone_a set id = gen_random_uuid(), login = $1 ${(await nullable('account')).join('')}`, [login]);
    const [{ id }] = (await db.query('insert into account select * from clone_a returning id')).rows;
    await db.query(`create temp table clone_m on commit drop as select m.* from membership m join account a on a.id = m.account_id where a.login = $1`, [from]);
    await db.query(`update clone_m set id = gen_random_uuid(), account_id = $1, resident_id = null`, [id]);
    await db.query('insert into membership select * from clone_m');
    await db.query('commit');
    return id;
  } finally {
    await db.end();
  }
}

async function deleteAccount(id: string): Promise<void> {
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  try {
    await db.query('delete from membership where account_id = $1', [id]);
    await db.query('delete from account where id = $1', [id]);
  } finally {
    await db.end();
  }
}

test('a deleted account: its tokens are UNAUTHENTICATED / TOKEN_INVALID, never an internal error; its API keys stop, as those of a disabled creator', async () => {
  const id = await cloneAccount('admin', 'gone.admin');
  const signed = (await s.gql(Login, { input: { login: 'gone.admin', password: 'wushe-demo' } })).data!.authLogin;
  const token = signed.accessToken!;
  expect((await s.gql(Me, {}, { token })).data!.me.login).toBe('gone.admin');
  const key = (await s.gql(AuthKeyCreate, { input: { name: 'board', permissions: ['tenancy.community.read'] } }, { token })).data!.apiKeyCreate;
  expect(key.userErrors).toEqual([]);
  expect((await s.gql(CommunityName, {}, { token: key.secret })).data!.community.name).toBe('金秋社区');

  // The creator disabled: the key authenticates nobody; enabled again: it works again.
  const platform = await s.login('platform');
  expect((await s.gql(SetDisabled, { input: { login: 'gone.admin', disabled: true } }, { token: platform })).data!.accountSetDisabled.userErrors).toEqual([]);
  expect((await s.gql(CommunityName, {}, { token: key.secret })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  await s.gql(SetDisabled, { input: { login: 'gone.admin', disabled: false } }, { token: platform });
  expect((await s.gql(CommunityName, {}, { token: key.secret })).data!.community.name).toBe('金秋社区');

  await deleteAccount(id);
  for (const doc of [Me, CommunityName] as const) {
    const r = await s.gql(doc as typeof Me, {}, { token });
    expect(r.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  }
  expect((await s.gql(CommunityName, {}, { token: key.secret })).errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
  const refreshed = await s.gql(Refresh, { input: { refreshToken: signed.refreshToken! } });
  expect(refreshed.errors).toBeUndefined();
  expect(refreshed.data!.authRefresh).toMatchObject({ accessToken: null, userErrors: [{ code: 'TOKEN_INVALID' }] });
});
