// Auth end to end: login, refresh rotation with reuse detection, logout, disabled accounts,
// API keys, and bad tokens.
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
  expect((await s.gql(CommunityName, {}, { token: before })).data!.community.name).toBe('金秋社区');
});
