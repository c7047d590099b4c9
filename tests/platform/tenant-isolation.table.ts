// The tenant isolation matrix: every field of the schema that takes an ID (root fields, nested
// fields, and ID fields inside inputs at any depth), with how to call it with an id of community A.
// tenant-isolation.test.ts calls each as community B's admin and fails when the schema grows an
// ID-taking field that is not listed here — add a case for it.
import { getNamedType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLInputType, type GraphQLSchema } from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

/** Object types of community A that the test creates and whose ids it collects. */
export const A_TYPES = [
  'Community',
  'Street',
  'Household',
  'Resident',
  'Membership',
  'MembershipInvitation',
  'ApiKey',
  'SocialOrganization',
  'SocialWorker',
  'Volunteer',
  'CobuildingUnit',
  'CharityResource',
  // A's admin's own sign-in (a refresh-token family; not a Node).
  'Session',
] as const;
export type AType = (typeof A_TYPES)[number];

export interface CaseEnv {
  /** Objects of community B itself, for inputs that mix a B id with an A id. */
  b: { residentId: string; membershipId: string; login: string; password: string; communityId: string };
  /** A fresh refresh token of B's admin. */
  refreshTokenB(): Promise<string>;
}

export interface IsoCase {
  /** Schema coordinates this case exercises: `Type.field(arg)` or `Type.field(input.path)`. */
  covers: string[];
  /** Type of the A object whose id is passed (a random id of the same type is the control). */
  idType: AType;
  doc: TypedDocumentNode<any, any>;
  vars(id: string, env: CaseEnv): Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Sent without a token (login); otherwise as B's admin. Subscriptions go over graphql-ws. */
  anonymous?: boolean;
}

/** Every ID-taking coordinate of a schema, walked from the schema itself. */
export function idTakingFields(schema: GraphQLSchema): string[] {
  const out = new Set<string>();
  const walk = (coord: (path: string) => string, path: string, type: GraphQLInputType, seen: string[]) => {
    const named = getNamedType(type);
    if (named.name === 'ID') out.add(coord(path));
    else if (isInputObjectType(named) && !seen.includes(named.name)) {
      for (const f of Object.values(named.getFields())) walk(coord, `${path}.${f.name}`, f.type, [...seen, named.name]);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) walk((p) => `${type.name}.${field.name}(${p})`, arg.name, arg.type, []);
    }
  }
  return [...out].sort();
}

// Everything a leak could show: the fields of every A type, nested objects included.
export const IsoNodeFields = graphql(`
  fragment IsoNodeFields on Node {
    __typename
    id
    ... on Community {
      name
      description
      regionCode
      street {
        name
      }
      modules {
        key
        enabled
      }
    }
    ... on Street {
      name
      regionCode
    }
    ... on Household {
      number
      address
      building
      tags
      closedAt
      members {
        name
        phone
      }
    }
    ... on Resident {
      name
      phone
      idNumber
      movedOutAt
      household {
        number
        address
      }
    }
    ... on Membership {
      login
      displayName
      roles
      title
      active
      resident {
        id
      }
    }
    ... on MembershipInvitation {
      login
      roles
      title
      community {
        name
      }
    }
    ... on ApiKey {
      name
      prefix
      permissions
      revokedAt
    }
    ... on SocialOrganization {
      name
      contactName
      contactPhone
      description
      active
    }
    ... on SocialWorker {
      name
      contactName
      contactPhone
      description
      active
    }
    ... on Volunteer {
      name
      contactName
      contactPhone
      description
      active
    }
    ... on CobuildingUnit {
      name
      contactName
      contactPhone
      description
      active
    }
    ... on CharityResource {
      name
      contactName
      contactPhone
      description
      active
    }
  }
`);

const Node = graphql(`
  query IsoNode($id: ID!) {
    node(id: $id) {
      ...IsoNodeFields
    }
  }
`);
const Residents = graphql(`
  query IsoResidentsOfHousehold($household: ID!) {
    residents(household: $household, first: 100) {
      totalCount
      nodes {
        name
        household {
          number
        }
      }
    }
  }
`);
const Login = graphql(`
  mutation IsoLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      me {
        activeCommunity {
          name
        }
        memberships {
          community {
            name
          }
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
  mutation IsoRefresh($input: AuthRefreshInput!) {
    authRefresh(input: $input) {
      accessToken
      me {
        activeCommunity {
          name
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
const ApiKeyRevoke = graphql(`
  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) {
    apiKeyRevoke(input: $input) {
      apiKey {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const CommunityCreate = graphql(`
  mutation IsoCommunityCreate($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const HouseholdUpdate = graphql(`
  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) {
    householdUpdate(input: $input) {
      household {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const HouseholdClose = graphql(`
  mutation IsoHouseholdClose($input: HouseholdCloseInput!) {
    householdClose(input: $input) {
      household {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const MembershipUpdate = graphql(`
  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) {
    membershipUpdate(input: $input) {
      membership {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const SessionRevoke = graphql(`
  mutation IsoSessionRevoke($input: SessionRevokeInput!) {
    sessionRevoke(input: $input) {
      revoked
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const MembershipPasswordReset = graphql(`
  mutation IsoMembershipPasswordReset($input: MembershipPasswordResetInput!) {
    membershipPasswordReset(input: $input) {
      membership {
        ...IsoNodeFields
      }
      temporaryPassword
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const InvitationAccept = graphql(`
  mutation IsoInvitationAccept($input: MembershipInvitationInput!) {
    membershipInvitationAccept(input: $input) {
      membership {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const InvitationDecline = graphql(`
  mutation IsoInvitationDecline($input: MembershipInvitationInput!) {
    membershipInvitationDecline(input: $input) {
      invitation {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const InvitationRevoke = graphql(`
  mutation IsoInvitationRevoke($input: MembershipInvitationInput!) {
    membershipInvitationRevoke(input: $input) {
      invitation {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const SetDefaultCommunity = graphql(`
  mutation IsoSetDefaultCommunity($input: AccountSetDefaultCommunityInput!) {
    accountSetDefaultCommunity(input: $input) {
      me {
        defaultCommunity {
          ...IsoNodeFields
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
const MembershipResidentLink = graphql(`
  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {
    membershipResidentLink(input: $input) {
      membership {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const ResidentCreate = graphql(`
  mutation IsoResidentCreate($input: ResidentCreateInput!) {
    residentCreate(input: $input) {
      resident {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const ResidentUpdate = graphql(`
  mutation IsoResidentUpdate($input: ResidentUpdateInput!) {
    residentUpdate(input: $input) {
      resident {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const ResidentMoveOut = graphql(`
  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) {
    residentMoveOut(input: $input) {
      resident {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const SocialOrganizationUpdate = graphql(`
  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {
    socialOrganizationUpdate(input: $input) {
      socialOrganization {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const SocialWorkerUpdate = graphql(`
  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {
    socialWorkerUpdate(input: $input) {
      socialWorker {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const VolunteerUpdate = graphql(`
  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) {
    volunteerUpdate(input: $input) {
      volunteer {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const CobuildingUnitUpdate = graphql(`
  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {
    cobuildingUnitUpdate(input: $input) {
      cobuildingUnit {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const CharityResourceUpdate = graphql(`
  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {
    charityResourceUpdate(input: $input) {
      charityResource {
        ...IsoNodeFields
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** What B writes when it tries to change an A object: it must never land in A. */
export const B_WROTE = 'ISO-B-WROTE-THIS';

export const CASES: IsoCase[] = [
  // node(id): one case per A type, so each type's loader is checked.
  ...A_TYPES.map((t): IsoCase => ({ covers: ['Query.node(id)'], idType: t, doc: Node, vars: (id) => ({ id }) })),
  // nodes(ids) is checked with all A ids at once by the test itself; listed here for coverage.
  {
    covers: ['Query.nodes(ids)'],
    idType: 'Household',
    doc: graphql(`
      query IsoNodes($ids: [ID!]!) {
        nodes(ids: $ids) {
          ...IsoNodeFields
        }
      }
    `),
    vars: (id) => ({ ids: [id] }),
  },
  { covers: ['Query.residents(household)'], idType: 'Household', doc: Residents, vars: (id) => ({ household: id }) },
  {
    covers: ['Query.personalDataAccessLog(resident)'],
    idType: 'Resident',
    doc: graphql(`
      query IsoAccessLog($r: ID) {
        personalDataAccessLog(resident: $r, first: 100) {
          totalCount
          nodes {
            subject
            fields
            reason
          }
        }
      }
    `),
    vars: (id) => ({ r: id }),
  },
  {
    covers: ['Mutation.authLogin(input.community)'],
    idType: 'Community',
    doc: Login,
    anonymous: true,
    vars: (id, env) => ({ input: { login: env.b.login, password: env.b.password, community: id } }),
  },
  {
    covers: ['Mutation.authRefresh(input.community)'],
    idType: 'Community',
    doc: Refresh,
    anonymous: true,
    vars: async (id, env) => ({ input: { refreshToken: await env.refreshTokenB(), community: id } }),
  },
  { covers: ['Mutation.apiKeyRevoke(input.id)'], idType: 'ApiKey', doc: ApiKeyRevoke, vars: (id) => ({ input: { id } }) },
  {
    covers: ['Mutation.communityCreate(input.street)'],
    idType: 'Street',
    doc: CommunityCreate,
    vars: (id) => ({ input: { name: B_WROTE, regionCode: '529999000001', street: id } }),
  },
  {
    covers: ['Mutation.householdUpdate(input.id)'],
    idType: 'Household',
    doc: HouseholdUpdate,
    vars: (id) => ({ input: { id, address: B_WROTE, tags: [B_WROTE] } }),
  },
  { covers: ['Mutation.householdClose(input.id)'], idType: 'Household', doc: HouseholdClose, vars: (id) => ({ input: { id } }) },
  // An invitation of A: neither B's admin's to answer nor B's to withdraw.
  { covers: ['Mutation.membershipInvitationAccept(input.id)'], idType: 'MembershipInvitation', doc: InvitationAccept, vars: (id) => ({ input: { id } }) },
  { covers: ['Mutation.membershipInvitationDecline(input.id)'], idType: 'MembershipInvitation', doc: InvitationDecline, vars: (id) => ({ input: { id } }) },
  { covers: ['Mutation.membershipInvitationRevoke(input.id)'], idType: 'MembershipInvitation', doc: InvitationRevoke, vars: (id) => ({ input: { id } }) },
  // A as the default community of B's admin, who is no member there.
  {
    covers: ['Mutation.accountSetDefaultCommunity(input.community)'],
    idType: 'Community',
    doc: SetDefaultCommunity,
    vars: (id) => ({ input: { community: id } }),
  },
  {
    covers: ['Mutation.membershipUpdate(input.id)'],
    idType: 'Membership',
    doc: MembershipUpdate,
    vars: (id) => ({ input: { id, title: B_WROTE, active: false, roles: ['COMMUNITY_ADMIN'] } }),
  },
  // Another account's session is not found (and A's admin's token keeps working: the later cases use it).
  {
    covers: ['Mutation.sessionRevoke(input.id)'],
    idType: 'Session',
    doc: SessionRevoke,
    vars: (id) => ({ input: { id } }),
  },
  {
    covers: ['Mutation.membershipPasswordReset(input.id)'],
    idType: 'Membership',
    doc: MembershipPasswordReset,
    vars: (id) => ({ input: { id } }),
  },
  // A's login linked to B's resident, and B's login linked to A's resident.
  {
    covers: ['Mutation.membershipResidentLink(input.id)'],
    idType: 'Membership',
    doc: MembershipResidentLink,
    vars: (id, env) => ({ input: { id, resident: env.b.residentId } }),
  },
  {
    covers: ['Mutation.membershipResidentLink(input.resident)'],
    idType: 'Resident',
    doc: MembershipResidentLink,
    vars: (id, env) => ({ input: { id: env.b.membershipId, resident: id } }),
  },
  {
    covers: ['Mutation.residentCreate(input.household)'],
    idType: 'Household',
    doc: ResidentCreate,
    vars: (id) => ({ input: { name: B_WROTE, household: id } }),
  },
  { covers: ['Mutation.residentUpdate(input.id)'], idType: 'Resident', doc: ResidentUpdate, vars: (id) => ({ input: { id, name: B_WROTE } }) },
  // B's own resident moved into A's household.
  {
    covers: ['Mutation.residentUpdate(input.household)'],
    idType: 'Household',
    doc: ResidentUpdate,
    vars: (id, env) => ({ input: { id: env.b.residentId, household: id } }),
  },
  { covers: ['Mutation.residentMoveOut(input.id)'], idType: 'Resident', doc: ResidentMoveOut, vars: (id) => ({ input: { id } }) },
  {
    covers: ['Mutation.socialOrganizationUpdate(input.id)'],
    idType: 'SocialOrganization',
    doc: SocialOrganizationUpdate,
    vars: (id) => ({ input: { id, name: B_WROTE, active: false } }),
  },
  {
    covers: ['Mutation.socialWorkerUpdate(input.id)'],
    idType: 'SocialWorker',
    doc: SocialWorkerUpdate,
    vars: (id) => ({ input: { id, name: B_WROTE, active: false } }),
  },
  {
    covers: ['Mutation.volunteerUpdate(input.id)'],
    idType: 'Volunteer',
    doc: VolunteerUpdate,
    vars: (id) => ({ input: { id, name: B_WROTE, active: false } }),
  },
  {
    covers: ['Mutation.cobuildingUnitUpdate(input.id)'],
    idType: 'CobuildingUnit',
    doc: CobuildingUnitUpdate,
    vars: (id) => ({ input: { id, name: B_WROTE, active: false } }),
  },
  {
    covers: ['Mutation.charityResourceUpdate(input.id)'],
    idType: 'CharityResource',
    doc: CharityResourceUpdate,
    vars: (id) => ({ input: { id, name: B_WROTE, active: false } }),
  },
];
