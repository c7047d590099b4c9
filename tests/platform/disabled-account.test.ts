// Issue 17 item 2: a disabled account loses every power at once — on fields that need only a
// signed-in caller too, over HTTP and WebSocket (subscribe and each event), through the API keys
// it created — and disabling it revokes its refresh tokens and closes its sockets (4403).
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { startTestServer, collect, type TestServer } from '../harness/server';

let s: TestServer;
let platform: string;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  platform = await s.login('platform');
});
afterAll(() => s.stop());

async function raw(query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<any> {
  return (await s.post({ query, variables }, headers)).json();
}
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
/** A socket that expects to be closed by the server (no console noise when it is). */
const socket = (token: string) => {
  const client = createClient({
    url: s.wsUrl,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    onNonLazyError: () => undefined,
    connectionParams: { Authorization: `Bearer ${token}` },
  });
  sockets.push(client);
  return client;
};
const sockets: ReturnType<typeof createClient>[] = [];
afterAll(() => Promise.all(sockets.map((c) => c.dispose())));
const setDisabled = (login: string, disabled: boolean, token = platform) =>
  raw('mutation($i: AccountSetDisabledInput!) { accountSetDisabled(input: $i) { disabled userErrors { code } } }', { i: { login, disabled } }, bearer(token));

test('a disabled street admin can no longer create a community, list streets or read `me` with its old token', async () => {
  const street = await s.login('street');
  const streets = await raw('{ streets { id } }', {}, bearer(street));
  const streetId = streets.data.streets[0].id;
  expect((await setDisabled('street', true)).data.accountSetDisabled).toEqual({ disabled: true, userErrors: [] });
  try {
    const create = await raw(
      'mutation($i: CommunityCreateInput!) { communityCreate(input: $i) { community { id } userErrors { code } } }',
      { i: { name: '停用后新建', regionCode: '520222009001', street: streetId } },
      bearer(street),
    );
    expect(create.data?.communityCreate ?? null).toBeNull();
    expect(create.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    for (const q of ['{ me { login } }', '{ streets { id } }', '{ communities { id } }', `{ node(id: "${streetId}") { id } }`]) {
      const r = await raw(q, {}, bearer(street));
      expect([q, r.errors?.[0]?.extensions?.code]).toEqual([q, 'UNAUTHENTICATED']);
    }
  } finally {
    await setDisabled('street', false);
  }
  // Enabled again: the sessions disabling ended stay ended, access tokens included; a new sign-in works.
  expect((await raw('{ me { login } }', {}, bearer(street))).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  expect((await raw('{ me { login } }', {}, bearer(await s.login('street')))).data.me.login).toBe('street');
});

test('disabling an account revokes its refresh tokens', async () => {
  const r = await raw('mutation { authLogin(input: { login: "party", password: "wushe-demo" }) { refreshToken } }');
  await setDisabled('party', true);
  await setDisabled('party', false);
  const again = await raw('mutation($t: String!) { authRefresh(input: { refreshToken: $t }) { accessToken userErrors { code } } }', {
    t: r.data.authLogin.refreshToken,
  });
  expect(again.data.authRefresh.userErrors[0].code).toBe('TOKEN_INVALID');
});

test('an API key stops working when the account that created it is disabled', async () => {
  const admin = await s.login('admin');
  const added = await raw(
    'mutation($i: MembershipAddInput!) { membershipAdd(input: $i) { membership { id } userErrors { code } } }',
    { i: { login: 'key.owner', displayName: '密钥管理员', password: 'key-owner-pass', roles: ['COMMUNITY_ADMIN'] } },
    bearer(admin),
  );
  expect(added.data.membershipAdd.userErrors).toEqual([]);
  const owner = await s.login('key.owner', 'key-owner-pass');
  const created = await raw(
    'mutation { apiKeyCreate(input: { name: "对接", permissions: ["tenancy.community.read"] }) { secret userErrors { code } } }',
    {},
    bearer(owner),
  );
  const key = created.data.apiKeyCreate.secret as string;
  expect((await raw('{ community { name } }', {}, { 'x-api-key': key })).data.community.name).toBe('金秋社区');
  await setDisabled('key.owner', true);
  const refused = await raw('{ community { name } }', {}, { 'x-api-key': key });
  expect(refused.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  await setDisabled('key.owner', false);
  expect((await raw('{ community { name } }', {}, { 'x-api-key': key })).data.community.name).toBe('金秋社区');
});

test('disabling an account closes its WebSockets with 4403 and a new subscription is refused', async () => {
  const token = await s.login('socialworker');
  const client = socket(token);
  const closed = new Promise<number>((resolve) => client.on('closed', (e) => resolve((e as { code: number }).code)));
  const sub = collect(client, 'subscription { changes { type } }');
  // The subscription is live once an event of the community reaches it.
  const admin = await s.login('admin');
  const bump = () => raw('mutation { communityUpdate(input: { description: "停用测试" }) { community { id } } }', {}, bearer(admin));
  for (let i = 0; i < 20 && sub.events.length === 0; i++) {
    await bump();
    await sub.waitFor(1, 250);
  }
  expect(sub.events[0]?.data).toBeTruthy();
  await setDisabled('socialworker', true);
  try {
    const code = await Promise.race([closed, new Promise<number>((r) => setTimeout(() => r(-1), 5000))]);
    expect(code).toBe(4403);
    // A socket opened afterwards with the same token gets nothing.
    const again = socket(token);
    const late = collect(again, 'subscription { changes { type } }');
    await bump();
    await late.waitFor(1, 1500);
    expect(late.events.every((e) => !e.data)).toBe(true);
  } finally {
    await setDisabled('socialworker', false);
  }
});

// Last: the platform admin disables itself.
test('a disabled platform admin cannot re-enable itself with its old token', async () => {
  const self = await s.login('platform');
  expect((await setDisabled('platform', true, self)).data.accountSetDisabled.disabled).toBe(true);
  const back = await setDisabled('platform', false, self);
  expect(back.data?.accountSetDisabled ?? null).toBeNull();
  expect(back.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  const login = await raw('mutation { authLogin(input: { login: "platform", password: "wushe-demo" }) { userErrors { code } } }');
  expect(login.data.authLogin.userErrors[0].code).toBe('ACCOUNT_DISABLED');
});
