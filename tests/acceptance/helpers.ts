// Shared setup of the acceptance scenarios (not a test file): a community created from a preset
// through GraphQL by the platform admin, people added as a community admin would add them, and
// small assertion helpers. Every scenario drives the API as a front end does.
import { expect } from '@jest/globals';
import { graphql } from '../gql';
import { collect, type GqlOptions, type TestServer } from '../harness/server';

const CommunityCreate = graphql(`
  mutation AcceptanceCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id preset } userErrors { code message } } }
`);
const Login = graphql(`mutation AcceptanceLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }`);
const MemberAdd = graphql(`
  mutation AcceptanceMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id login roles } userErrors { code message } } }
`);
const HouseholdCreate = graphql(`
  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id number } userErrors { code message } } }
`);
const ResidentCreate = graphql(`
  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code message } } }
`);
const ResidentLink = graphql(`
  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code message } } }
`);
const Me = graphql(`query AcceptanceMe { me { id } }`);
export const CommunityModules = graphql(`query AcceptanceModules { community { id name preset modules { key enabled settings } } }`);
export const Changes = graphql(`query AcceptanceChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }`);

const PASSWORD = 'acceptance-pass-1';

export interface Person {
  login: string;
  name: string;
  membershipId: string;
  accountId: string;
  auth: GqlOptions;
}

export interface Scenario {
  s: TestServer;
  communityId: string;
  admin: GqlOptions;
  /** Adds a member with roles and signs them in (logins are prefixed by the scenario's tag). */
  person(key: string, name: string, roles: string[]): Promise<Person>;
  household(number: string, address: string): Promise<string>;
  /** Files `p` as a resident of `householdId` (一户一档) and links their login to that record. */
  livesIn(p: Person, householdId: string, relationToHead?: string): Promise<string>;
  /** The preset's effective settings of a module, as the admin screen reads them. */
  settings(moduleKey: string): Promise<Record<string, any>>;
}

/** A community created from `preset` (not the demo); the platform admin becomes its admin. */
export async function scenario(s: TestServer, preset: string, name: string, tag: string): Promise<Scenario> {
  const platform = await s.login('platform');
  const region = `61${String(Math.floor(Math.random() * 1e10)).padStart(10, '0')}`;
  const created = ok((await s.gql(CommunityCreate, { input: { name, regionCode: region, preset } }, { token: platform })).data?.communityCreate);
  expect(created.community!.preset).toBe(preset);
  const communityId = created.community!.id;
  const t = await s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: communityId } });
  const admin: GqlOptions = { token: t.data!.authLogin.accessToken! };
  return {
    s,
    communityId,
    admin,
    async person(key, personName, roles) {
      const login = `${tag}.${key}`;
      const m = ok((await s.gql(MemberAdd, { input: { login, displayName: personName, password: PASSWORD, roles: roles as any } }, admin)).data?.membershipAdd);
      const r = await s.gql(Login, { input: { login, password: PASSWORD, community: communityId } });
      const auth = { token: r.data!.authLogin.accessToken! };
      const me = await s.gql(Me, {}, auth);
      return { login, name: personName, membershipId: m.membership!.id, accountId: me.data!.me!.id, auth };
    },
    async household(number, address) {
      return ok((await s.gql(HouseholdCreate, { input: { number, address } }, admin)).data?.householdCreate).household!.id;
    },
    async livesIn(p, householdId, relationToHead = '户主') {
      const r = ok((await s.gql(ResidentCreate, { input: { name: p.name.split(' ').pop()!, household: householdId, relationToHead } }, admin)).data?.residentCreate).resident!;
      ok((await s.gql(ResidentLink, { input: { id: p.membershipId, resident: r.id } }, admin)).data?.membershipResidentLink);
      return r.id;
    },
    async settings(moduleKey) {
      const mods = (await s.gql(CommunityModules, {}, admin)).data!.community.modules;
      const m = mods.find((x) => x.key === moduleKey)!;
      expect(m.enabled).toBe(true);
      return m.settings as Record<string, any>;
    },
  };
}

/** A mutation payload without user errors. */
export function ok<T extends { userErrors: readonly unknown[] }>(p: T | undefined | null): T {
  if (!p) throw new Error('no payload');
  expect(p.userErrors).toEqual([]);
  return p;
}

export const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);

/**
 * A live board over graphql-ws: waits until an event matching `pred` arrived. Subscriptions register
 * asynchronously, so scenarios subscribe with `after: "0"` (replay, then live) like a board that
 * catches up on connect: an event published before the registration is not lost.
 */
export function board<T = any>(s: TestServer, auth: GqlOptions, query: string, variables: Record<string, unknown>) {
  const sub = collect<T>(s.ws(auth.token), query, variables);
  return {
    events: sub.events,
    async waitFor(pred: (data: T) => boolean, ms = 5000): Promise<T> {
      const deadline = Date.now() + ms;
      for (;;) {
        const hit = sub.events.find((e) => e.data && pred(e.data));
        if (hit) return hit.data!;
        const errors = sub.events.flatMap((e) => e.errors ?? []);
        if (errors.length) throw new Error(`board error: ${JSON.stringify(errors)}`);
        if (Date.now() > deadline) throw new Error(`board: no matching event in ${ms} ms; got ${JSON.stringify(sub.events.map((e) => e.data))}`);
        await sub.waitFor(sub.events.length + 1, 100);
      }
    },
    stop: sub.stop,
  };
}
