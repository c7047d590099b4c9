// Shared setup of the acceptance scenarios (not a test file): a community created from a preset
// through GraphQL by the platform admin, people added as a community admin would add them, and
// small assertion helpers. Every scenario drives the API as a front end does.
import { expect } from '@jest/globals';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { createCommunity } from '../harness/community';
import { ok } from '../harness/payload';
import { collect, type GqlOptions, type TestServer } from '../harness/server';

export { codes, ok } from '../harness/payload';

const MemberAdd = graphql(`
  mutation AcceptanceMemberAdd($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
        login
        roles
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const HouseholdCreate = graphql(`
  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) {
    householdCreate(input: $input) {
      household {
        id
        number
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const ResidentCreate = graphql(`
  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const ResidentLink = graphql(`
  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) {
    membershipResidentLink(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Seat = graphql(`
  mutation AcceptanceSeat($input: CouncilMemberAddInput!) {
    councilMemberAdd(input: $input) {
      member {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Me = graphql(`
  query AcceptanceMe {
    me {
      id
    }
  }
`);
export const CommunityModules = graphql(`
  query AcceptanceModules {
    community {
      id
      name
      preset
      modules {
        key
        enabled
        settings
      }
    }
  }
`);
export const Changes = graphql(`
  query AcceptanceChanges($types: [String!]) {
    changes(types: $types, first: 500) {
      events {
        type
        data
      }
    }
  }
`);

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
  /** Seats `p` on council body `bodyId` as a resident representative (居民代表). */
  seat(bodyId: string, p: Person, opts?: { householdId?: string; role?: 'CHAIR' | 'REPRESENTATIVE' }): Promise<string>;
}

/** A community created from `preset` (not the demo); the platform admin becomes its admin. */
export async function scenario(s: TestServer, preset: string, name: string, tag: string): Promise<Scenario> {
  const { communityId, admin } = await createCommunity(s, { name, preset });
  return {
    s,
    communityId,
    admin,
    async person(key, personName, roles) {
      const login = `${tag}.${key}`;
      const m = ok((await s.gql(MemberAdd, { input: { login, displayName: personName, password: PASSWORD, roles: roles as any } }, admin)).data?.membershipAdd);
      const auth = { token: await s.login(login, PASSWORD, communityId) };
      const me = await s.gql(Me, {}, auth);
      return { login, name: personName, membershipId: m.membership!.id, accountId: me.data!.me!.id, auth };
    },
    async household(number, address) {
      return ok((await s.gql(HouseholdCreate, { input: { number, address } }, admin)).data?.householdCreate).household!.id;
    },
    async livesIn(p, householdId, relationToHead = '户主') {
      const r = ok(
        (await s.gql(ResidentCreate, { input: { name: p.name.split(' ').pop()!, household: householdId, relationToHead } }, admin)).data?.residentCreate,
      ).resident!;
      ok((await s.gql(ResidentLink, { input: { id: p.membershipId, resident: r.id } }, admin)).data?.membershipResidentLink);
      return r.id;
    },
    async settings(moduleKey) {
      const mods = (await s.gql(CommunityModules, {}, admin)).data!.community.modules!;
      const m = mods.find((x) => x.key === moduleKey)!;
      expect(m.enabled).toBe(true);
      return m.settings as Record<string, any>;
    },
    async seat(bodyId, p, { householdId, role = 'REPRESENTATIVE' } = {}) {
      const input = { bodyId, membershipId: p.membershipId, householdId, role, constituency: 'RESIDENT_REP' as const };
      return ok((await s.gql(Seat, { input }, admin)).data?.councilMemberAdd).member!.id;
    },
  };
}

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

// ── The article's whole set of mechanisms ───────────────────────────────────────────────────

/** One read per module a preset may enable, as a resident's front end makes it. */
const MODULE_READS: Record<string, TypedDocumentNode<any, any>> = {
  council: graphql(`
    query AcceptanceCouncilOn {
      councilLevels {
        key
        name
      }
    }
  `),
  dispatch: graphql(`
    query AcceptanceDispatchOn {
      dispatchCatalog {
        kinds {
          name
        }
        channels {
          channel
        }
      }
    }
  `),
  fund: graphql(`
    query AcceptanceFundOn {
      funds(first: 5) {
        totalCount
      }
    }
  `),
  party: graphql(`
    query AcceptancePartyOn {
      partyUnits(first: 5) {
        totalCount
      }
    }
  `),
  points: graphql(`
    query AcceptancePointsOn {
      pointsCatalog {
        accountScope
      }
    }
  `),
  resources: graphql(`
    query AcceptanceResourcesOn {
      resourcesNeeds(first: 5) {
        totalCount
      }
    }
  `),
  stations: graphql(`
    query AcceptanceStationsOn {
      stationCatalog {
        kinds {
          key
          name
        }
      }
    }
  `),
  volunteer: graphql(`
    query AcceptanceVolunteerOn {
      volunteerTeams {
        key
        name
      }
    }
  `),
};

/**
 * Every module the article's mechanisms need is on for a resident of the community (no
 * MODULE_DISABLED), and the admin screen shows the article's settings: `expectSettings` maps a
 * module to the partial settings it must match. Returns each module's answer for further checks.
 */
export async function articleMechanisms(c: Scenario, resident: GqlOptions, expectSettings: Record<string, Record<string, unknown>>) {
  const answers: Record<string, any> = {};
  for (const [moduleKey, partial] of Object.entries(expectSettings)) {
    expect(await c.settings(moduleKey)).toMatchObject(partial);
    const doc = MODULE_READS[moduleKey];
    if (!doc) continue;
    const r = await c.s.gql(doc, {}, resident);
    expect({ moduleKey, errors: r.errors }).toEqual({ moduleKey, errors: undefined });
    answers[moduleKey] = r.data;
  }
  return answers;
}
