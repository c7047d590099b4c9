// Issue 15 item 4 over GraphQL: a password change needs the current password and signs the other
// sessions out (their access tokens stop at once); an admin's reset hands out a temporary password
// that must be changed at the next sign-in (login answers PASSWORD_CHANGE_REQUIRED and nothing but
// the change works until then); a user lists and ends their sessions. Who may reset whom, and
// no password in the server's logs (debug level, captured).
import { Writable } from 'node:stream';
import { startTestServer, type TestServer } from '../harness/server';

let s: TestServer;
let logs = '';
let admin: string;
beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _enc, done) {
      logs += String(chunk);
      done();
    },
  });
  s = await startTestServer({ demo: true, logDestination: sink, config: { logLevel: 'debug', accessLog: true } });
  admin = await s.login('admin');
});
afterAll(() => s.stop());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
async function gql(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<any> {
  return (await s.post({ query, variables }, token ? bearer(token) : {})).json();
}
async function signIn(login: string, password: string): Promise<any> {
  return (
    await gql('mutation($i: AuthLoginInput!) { authLogin(input: $i) { state accessToken refreshToken me { login } userErrors { code field } } }', {
      i: { login, password },
    })
  ).data.authLogin;
}
const change = (token: string, currentPassword: string, newPassword: string) =>
  gql(
    'mutation($i: AccountPasswordChangeInput!) { accountPasswordChange(input: $i) { changed revokedSessions userErrors { code field } } }',
    { i: { currentPassword, newPassword } },
    token,
  ).then((r) => r.data.accountPasswordChange);
const reset = (token: string, id: string) =>
  gql(
    'mutation($i: MembershipPasswordResetInput!) { membershipPasswordReset(input: $i) { membership { id } temporaryPassword userErrors { code field } } }',
    { i: { id } },
    token,
  );
const meCode = async (token: string) => (await gql('{ me { login } }', {}, token)).errors?.[0]?.extensions?.code ?? 'OK';
const sessions = async (token: string) => (await gql('{ viewerSessions { id current signedInAt lastRefreshedAt expiresAt } }', {}, token)).data.viewerSessions;
const passwords: string[] = [];

async function addMember(login: string, password: string): Promise<string> {
  passwords.push(password);
  const r = await gql(
    'mutation($i: MembershipAddInput!) { membershipAdd(input: $i) { membership { id } userErrors { code } } }',
    { i: { login, displayName: '改密测试', password, roles: ['RESIDENT'] } },
    admin,
  );
  expect(r.data.membershipAdd.userErrors).toEqual([]);
  return r.data.membershipAdd.membership.id;
}

test('a password change needs the current password, ends the other sessions and keeps this one', async () => {
  await addMember('pw.change', 'first-pass-2026');
  const one = await signIn('pw.change', 'first-pass-2026');
  const two = await signIn('pw.change', 'first-pass-2026');
  expect(one.state).toBe('SIGNED_IN');
  const listed = await sessions(one.accessToken);
  expect(listed).toHaveLength(2);
  expect(listed.filter((x: any) => x.current)).toHaveLength(1);

  expect((await change(one.accessToken, 'wrong-pass-2026', 'second-pass-2026')).userErrors).toEqual([
    { code: 'INVALID_CREDENTIALS', field: ['input', 'currentPassword'] },
  ]);
  expect((await change(one.accessToken, 'first-pass-2026', 'short')).userErrors[0].code).toBe('PASSWORD_WEAK');
  expect((await change(one.accessToken, 'first-pass-2026', 'first-pass-2026')).userErrors[0].code).toBe('PASSWORD_REUSED');
  passwords.push('second-pass-2026', 'wrong-pass-2026');
  expect(await change(one.accessToken, 'first-pass-2026', 'second-pass-2026')).toEqual({ changed: true, revokedSessions: 1, userErrors: [] });

  // The other session: its access token stops at once, its refresh token is dead.
  expect(await meCode(two.accessToken)).toBe('UNAUTHENTICATED');
  const refreshed = await gql('mutation($t: String!) { authRefresh(input: { refreshToken: $t }) { userErrors { code } } }', { t: two.refreshToken });
  expect(refreshed.data.authRefresh.userErrors[0].code).toBe('TOKEN_INVALID');
  // This one goes on; the old password is refused, the new one accepted.
  expect(await meCode(one.accessToken)).toBe('OK');
  expect((await signIn('pw.change', 'first-pass-2026')).userErrors[0].code).toBe('INVALID_CREDENTIALS');
  expect((await signIn('pw.change', 'second-pass-2026')).state).toBe('SIGNED_IN');
});

test("an admin's reset: a temporary password, every session ended, and only the change works until it is made", async () => {
  const id = await addMember('pw.reset', 'member-pass-2026');
  const before = await signIn('pw.reset', 'member-pass-2026');
  const r = await reset(admin, id);
  expect(r.data.membershipPasswordReset.userErrors).toEqual([]);
  const temporary: string = r.data.membershipPasswordReset.temporaryPassword;
  passwords.push(temporary);
  expect(temporary).toMatch(/^[A-Za-z0-9]{16}$/);
  expect(await meCode(before.accessToken)).toBe('UNAUTHENTICATED');
  expect((await signIn('pw.reset', 'member-pass-2026')).userErrors[0].code).toBe('INVALID_CREDENTIALS');

  const limited = await signIn('pw.reset', temporary);
  expect(limited.state).toBe('PASSWORD_CHANGE_REQUIRED');
  expect(limited.userErrors).toEqual([]);
  for (const q of ['{ me { login } }', '{ viewerSessions { id } }', '{ community { name } }', '{ households { totalCount } }']) {
    const answer = await gql(q, {}, limited.accessToken);
    expect([q, answer.errors?.[0]?.extensions?.code]).toEqual([q, 'PASSWORD_CHANGE_REQUIRED']);
  }
  // A refresh keeps the state (it is the account's, not the token's).
  const again = await gql('mutation($t: String!) { authRefresh(input: { refreshToken: $t }) { state accessToken } }', { t: limited.refreshToken });
  expect(again.data.authRefresh.state).toBe('PASSWORD_CHANGE_REQUIRED');

  passwords.push('member-new-pass-2026');
  expect(await change(again.data.authRefresh.accessToken, temporary, 'member-new-pass-2026')).toMatchObject({ changed: true, userErrors: [] });
  expect(await meCode(again.data.authRefresh.accessToken)).toBe('OK');
  expect((await signIn('pw.reset', 'member-new-pass-2026')).state).toBe('SIGNED_IN');
  expect((await signIn('pw.reset', temporary)).userErrors[0].code).toBe('INVALID_CREDENTIALS');
});

test('who may reset: community admins for logins of their own community only; platform admins for any member; others not at all', async () => {
  const id = await addMember('pw.twice', 'twice-pass-2026');
  // The same login also belongs to another community (added there by the platform admin).
  const platform = await s.login('platform');
  const other = await gql(
    'mutation($i: CommunityCreateInput!) { communityCreate(input: $i) { community { id } } }',
    { i: { name: '改密第二社区', regionCode: '529999000001' } },
    platform,
  );
  const otherId = other.data.communityCreate.community.id;
  const inOther = await gql(
    'mutation($i: MembershipAddInput!) { membershipAdd(input: $i) { userErrors { code } } }',
    { i: { login: 'pw.twice', displayName: '改密测试', roles: ['RESIDENT'] } },
    (
      await gql('mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken } }', {
        i: { login: 'platform', password: 'wushe-demo', community: otherId },
      })
    ).data.authLogin.accessToken,
  );
  expect(inOther.data.membershipAdd.userErrors).toEqual([]);
  expect((await reset(admin, id)).data.membershipPasswordReset.userErrors).toEqual([{ code: 'PASSWORD_RESET_NOT_ALLOWED', field: ['input', 'id'] }]);
  expect((await signIn('pw.twice', 'twice-pass-2026')).state).toBe('SIGNED_IN'); // untouched

  // The platform admin, acting in 金秋社区 through X-Community-Id, may.
  const viaHeader = (await (
    await s.post(
      {
        query: 'mutation($i: MembershipPasswordResetInput!) { membershipPasswordReset(input: $i) { temporaryPassword userErrors { code } } }',
        variables: { i: { id } },
      },
      { ...bearer(platform), 'x-community-id': (await gql('{ community { id } }', {}, admin)).data.community.id },
    )
  ).json()) as any;
  expect(viaHeader.data.membershipPasswordReset.userErrors).toEqual([]);
  passwords.push(viaHeader.data.membershipPasswordReset.temporaryPassword);

  for (const login of ['staff', 'grid', 'resident']) {
    const answer = await reset(await s.login(login), id);
    expect([login, answer.errors?.[0]?.extensions?.code]).toEqual([login, 'FORBIDDEN']);
  }
});

test('sessions: listed newest first, one ended by its owner stops at once; an unknown or foreign one is NOT_FOUND', async () => {
  await addMember('pw.sessions', 'sessions-pass-2026');
  const a = await signIn('pw.sessions', 'sessions-pass-2026');
  const b = await signIn('pw.sessions', 'sessions-pass-2026');
  const listed = await sessions(a.accessToken);
  expect(listed).toHaveLength(2);
  const [newest, older] = listed;
  expect(older.current).toBe(true); // a signed in first
  expect(newest.current).toBe(false);
  expect(new Date(newest.expiresAt).getTime()).toBeGreaterThan(Date.now());

  // Another account's session id: not found, and that session lives on.
  const otherSession = (await sessions(admin)).find((x: any) => x.current).id;
  const foreign = await gql(
    'mutation($i: SessionRevokeInput!) { sessionRevoke(input: $i) { revoked userErrors { code } } }',
    { i: { id: otherSession } },
    a.accessToken,
  );
  expect(foreign.data.sessionRevoke).toEqual({ revoked: null, userErrors: [{ code: 'NOT_FOUND' }] });
  expect(await meCode(admin)).toBe('OK');

  const ended = await gql(
    'mutation($i: SessionRevokeInput!) { sessionRevoke(input: $i) { revoked userErrors { code } } }',
    { i: { id: newest.id } },
    a.accessToken,
  );
  expect(ended.data.sessionRevoke).toEqual({ revoked: true, userErrors: [] });
  expect(await meCode(b.accessToken)).toBe('UNAUTHENTICATED');
  expect(await meCode(a.accessToken)).toBe('OK');
  expect(await sessions(a.accessToken)).toHaveLength(1);
  // Logging out ends the session's access token too.
  await gql('mutation($t: String!) { authLogout(input: { refreshToken: $t }) { revoked } }', { t: a.refreshToken });
  expect(await meCode(a.accessToken)).toBe('UNAUTHENTICATED');
});

// The server's whole log at debug level, access log on: it recorded every operation above (so the
// scan reads what the server wrote about them), and none of the passwords they carried.
test('no password, temporary or not, appears in the server log', () => {
  const lines = logs.split('\n').filter((l) => l.includes('"msg":"graphql"'));
  expect(lines.length).toBeGreaterThanOrEqual(20);
  expect(lines.some((l) => l.includes('"type":"mutation"'))).toBe(true);
  expect(passwords.length).toBeGreaterThan(3);
  for (const p of passwords) expect(logs.includes(p) ? p : null).toBeNull();
});
