// Issue 17 item 3: one community's admin could attach another community's login by name, read
// the person's real name, enumerate logins (an unknown one answered PASSWORD_WEAK), and leave the
// victim's plain login in no community. Now an existing login joins only by accepting an
// invitation (邀请) — or by a street/platform admin over the community —, answers do not tell
// whether a login exists, and a login with several memberships lands in a defined community.
import { createCommunity } from '../harness/community';
import { startTestServer, type TestServer } from '../harness/server';

let s: TestServer;
let bCommunity: string;
let bAdmin: string;
let platformInB: string;

async function raw(query: string, variables: Record<string, unknown>, token: string): Promise<any> {
  return (await s.post({ query, variables }, { authorization: `Bearer ${token}` })).json();
}
const ADD = 'mutation($i: MembershipAddInput!) { membershipAdd(input: $i) { membership { id displayName login } userErrors { code field message } } }';
const INVITE =
  'mutation($i: MembershipInviteInput!) { membershipInvite(input: $i) { invitation { login roles title community { name } } userErrors { code field message } } }';
const ME =
  '{ me { login activeCommunity { name } defaultCommunity { name } memberships { community { id name } roles } invitations { id roles community { id name } } } }';
const signIn = async (login: string, password = 'wushe-demo') =>
  (
    await s.post({
      query: 'mutation($i: AuthLoginInput!) { authLogin(input: $i) { accessToken me { activeCommunity { name } } } }',
      variables: { i: { login, password } },
    })
  ).json() as Promise<any>;

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  const b = await createCommunity(s, { name: '乙社区' });
  bCommunity = b.communityId;
  platformInB = b.admin.token!;
  const made = await raw(ADD, { i: { login: 'b.admin', displayName: '乙管理员', password: 'b-admin-pass', roles: ['COMMUNITY_ADMIN'] } }, platformInB);
  expect(made.data.membershipAdd.userErrors).toEqual([]);
  bAdmin = (await signIn('b.admin', 'b-admin-pass')).data.authLogin.accessToken;
});
afterAll(() => s.stop());

test("another community's admin cannot attach an existing login, nor learn its name, nor lock it out of its community", async () => {
  for (const password of [null, 'some-long-password']) {
    const r = await raw(ADD, { i: { login: 'resident', displayName: 'x', password, roles: ['RESIDENT'] } }, bAdmin);
    expect(r.data.membershipAdd.membership).toBeNull();
    expect(JSON.stringify(r)).not.toContain('孙丽'); // no trace of the person's real name (居民 孙丽)
  }
  const members = await raw('{ memberships(first: 100) { nodes { login } } }', {}, bAdmin);
  expect(members.data.memberships.nodes.map((n: any) => n.login)).not.toContain('resident');
  // The victim's plain login still lands in its own community, and queries work.
  const victim = await signIn('resident');
  expect(victim.data.authLogin.me.activeCommunity.name).toBe('金秋社区');
});

test('without a password, an existing and an unknown login answer alike (no enumeration)', async () => {
  const known = await raw(ADD, { i: { login: 'staff', displayName: 'x', roles: ['RESIDENT'] } }, bAdmin);
  const unknown = await raw(ADD, { i: { login: 'nobody.here', displayName: 'x', roles: ['RESIDENT'] } }, bAdmin);
  expect(known).toEqual(unknown);
  expect(known.data.membershipAdd.userErrors[0].code).toBe('PASSWORD_WEAK');
});

test('an invitation answers alike for existing and unknown logins, and shows nothing of the account', async () => {
  const known = await raw(INVITE, { i: { login: 'grid', roles: ['GRID_STAFF'], title: '网格员' } }, bAdmin);
  const unknown = await raw(INVITE, { i: { login: 'no.such.person', roles: ['GRID_STAFF'], title: '网格员' } }, bAdmin);
  const strip = (r: any) => ({ ...r.data.membershipInvite, invitation: { ...r.data.membershipInvite.invitation, login: '' } });
  expect(strip(known)).toEqual(strip(unknown));
  expect(known.data.membershipInvite.userErrors).toEqual([]);
  // Inviting is not joining: grid is no member of 乙 yet and still lands in 金秋.
  expect((await signIn('grid')).data.authLogin.me.activeCommunity.name).toBe('金秋社区');
});

test('the invitee sees the invitation, accepts it, and lands in its default community (its oldest, or the one it chose)', async () => {
  await raw(INVITE, { i: { login: 'volunteer', roles: ['VOLUNTEER'] } }, bAdmin);
  const token = (await signIn('volunteer')).data.authLogin.accessToken;
  const me = (await raw(ME, {}, token)).data.me;
  expect(me.invitations).toHaveLength(1);
  expect(me.invitations[0]).toMatchObject({ roles: ['VOLUNTEER'], community: { id: bCommunity, name: '乙社区' } });
  // Someone else cannot accept it.
  const other = (await signIn('party')).data.authLogin.accessToken;
  const stolen = await raw(
    'mutation($i: MembershipInvitationInput!) { membershipInvitationAccept(input: $i) { membership { id } userErrors { code } } }',
    { i: { id: me.invitations[0].id } },
    other,
  );
  expect(stolen.data.membershipInvitationAccept.userErrors[0].code).toBe('NOT_FOUND');

  const accepted = await raw(
    'mutation($i: MembershipInvitationInput!) { membershipInvitationAccept(input: $i) { membership { roles } userErrors { code } } }',
    { i: { id: me.invitations[0].id } },
    token,
  );
  expect(accepted.data.membershipInvitationAccept).toEqual({ membership: { roles: ['VOLUNTEER'] }, userErrors: [] });
  const after = (await raw(ME, {}, token)).data.me;
  expect(after.invitations).toEqual([]);
  expect(after.memberships.map((m: any) => m.community.name).sort()).toEqual(['乙社区', '金秋社区'].sort());
  // Two memberships, none chosen: the oldest.
  expect((await signIn('volunteer')).data.authLogin.me.activeCommunity.name).toBe('金秋社区');
  const chose = await raw(
    'mutation($i: AccountSetDefaultCommunityInput!) { accountSetDefaultCommunity(input: $i) { me { defaultCommunity { name } } userErrors { code } } }',
    { i: { community: bCommunity } },
    token,
  );
  expect(chose.data.accountSetDefaultCommunity).toEqual({ me: { defaultCommunity: { name: '乙社区' } }, userErrors: [] });
  const again = await signIn('volunteer');
  expect(again.data.authLogin.me.activeCommunity.name).toBe('乙社区');
  expect((await raw('{ community { name } }', {}, again.data.authLogin.accessToken)).data.community.name).toBe('乙社区');
});

test('a declined invitation leaves no membership; a platform admin over the community may add an existing login directly', async () => {
  await raw(INVITE, { i: { login: 'org', roles: ['RESIDENT'] } }, bAdmin);
  const token = (await signIn('org')).data.authLogin.accessToken;
  const inv = (await raw(ME, {}, token)).data.me.invitations[0];
  const declined = await raw(
    'mutation($i: MembershipInvitationInput!) { membershipInvitationDecline(input: $i) { invitation { id } userErrors { code } } }',
    { i: { id: inv.id } },
    token,
  );
  expect(declined.data.membershipInvitationDecline.userErrors).toEqual([]);
  const me = (await raw(ME, {}, token)).data.me;
  expect(me.invitations).toEqual([]);
  expect(me.memberships.map((m: any) => m.community.name)).toEqual(['金秋社区']);
  const pending = await raw('{ membershipInvitations(first: 50) { nodes { login } } }', {}, bAdmin);
  expect(pending.data.membershipInvitations.nodes.map((n: any) => n.login)).not.toContain('org');

  const direct = await raw(ADD, { i: { login: 'org', displayName: 'x', roles: ['RESIDENT'] } }, platformInB);
  expect(direct.data.membershipAdd.userErrors).toEqual([]);
  expect(direct.data.membershipAdd.membership.login).toBe('org');
});
