// The role × action table of tenancy and module core, checked in. For every action of
// src/schema/tenancy/tenancy.permissions.ts and core.permissions.ts one
// representative operation, and for every demo login whether it may run it (default role
// permissions, no community overrides). permissions.test.ts runs the table both ways. The table
// is written by hand on purpose: change it only together with the role defaults, deliberately.
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';
import { toGlobalId } from '../../src/schema/global-id';

/** Demo logins, in table column order. `street` and `platform` act in 金秋社区 via X-Community-Id. */
export const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident', 'street', 'platform'] as const;
export type Login = (typeof LOGINS)[number];
export const VIA_HEADER: readonly Login[] = ['street', 'platform'];

const Y = 'allowed';
const N = 'denied';
export type Expect = typeof Y | typeof N;

// prettier-ignore
export const MATRIX: Record<string, readonly Expect[]> = {
  //                           admin staff grid sw  vol party org cobuild resident street platform
  'community.read':          [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'community.update':        [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'module.configure':        [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'preset.apply':            [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       Y,     Y ],
  'membership.read':         [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'membership.manage':       [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'membership.linkResident': [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'household.read':          [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'household.readOwn':       [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'household.write':         [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'resident.read':           [ Y,    Y,    Y,   Y,  N,  N,    N,  N,      N,       Y,     Y ],
  'resident.write':          [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'resident.readPersonal':   [ Y,    Y,    Y,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'resident.readSensitive':  [ Y,    Y,    N,   Y,  N,  N,    N,  N,      N,       N,     Y ],
  'accessLog.read':          [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'forces.read':             [ Y,    Y,    Y,   Y,  Y,  Y,    Y,  Y,      Y,       Y,     Y ],
  'forces.manage':           [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'apiKey.manage':           [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
  'outcomes.read':           [ Y,    Y,    N,   N,  N,  N,    N,  N,      N,       Y,     Y ],
  'audit.read':              [ Y,    N,    N,   N,  N,  N,    N,  N,      N,       N,     Y ],
};

export interface MatrixOp {
  doc: TypedDocumentNode<any, any>;
  /** Fresh variables per call (`n` is unique), so allowed writes never collide; `sql` reads demo ids. */
  vars?: (n: number, sql: (q: string) => Promise<any[]>) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** What proves the action happened: non-null when allowed. */
  evidence: (data: any) => unknown;
  /** Mutation payload field: when allowed its userErrors must be empty. */
  payload?: string;
  /** Denial shows as null evidence instead of FORBIDDEN (the field is hidden, not refused). */
  quietDenial?: boolean;
}

export const OPS: Record<string, MatrixOp> = {
  'community.read': {
    doc: graphql(`
      query PermCommunityRead {
        community {
          name
        }
      }
    `),
    evidence: (d) => d?.community?.name,
  },
  'community.update': {
    doc: graphql(`
      mutation PermCommunityUpdate($d: String) {
        communityUpdate(input: { description: $d }) {
          community {
            description
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({ d: `权限矩阵 ${n}` }),
    payload: 'communityUpdate',
    evidence: (d) => d?.communityUpdate?.community,
  },
  'module.configure': {
    doc: graphql(`
      mutation PermModuleConfigure {
        communityModuleConfigure(input: { moduleKey: "core", settings: { householdNumberPrefix: "JQ" } }) {
          community {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    payload: 'communityModuleConfigure',
    evidence: (d) => d?.communityModuleConfigure?.community,
  },
  'preset.apply': {
    // Re-applies the demo community's own preset, keeping everything: allowed runs change nothing.
    doc: graphql(`
      mutation PermPresetApply {
        communityPresetApply(input: { preset: "panzhou-jinqiu", keepOverrides: true, keepOtherModules: true }) {
          community {
            preset
          }
          userErrors {
            code
          }
        }
      }
    `),
    payload: 'communityPresetApply',
    evidence: (d) => d?.communityPresetApply?.community,
  },
  'membership.read': {
    doc: graphql(`
      query PermMembershipRead {
        memberships(first: 1) {
          totalCount
        }
      }
    `),
    evidence: (d) => d?.memberships?.totalCount,
  },
  'membership.manage': {
    doc: graphql(`
      mutation PermMembershipManage($login: String!) {
        membershipAdd(input: { login: $login, displayName: "矩阵", password: "matrix-pass", roles: [RESIDENT] }) {
          membership {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({ login: `perm.m${n}` }),
    payload: 'membershipAdd',
    evidence: (d) => d?.membershipAdd?.membership,
  },
  'membership.linkResident': {
    doc: graphql(`
      mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) {
        membershipResidentLink(input: $input) {
          membership {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    // The demo `resident` login linked to one resident record (again: relinking the same pair is fine).
    vars: async (_n, sql) => {
      const [row] =
        await sql(`select m.id m, (select r.id from resident r where r.community_id = m.community_id and r.moved_out_at is null order by r.id limit 1) r
        from membership m join account a on a.id = m.account_id where a.login = 'resident' limit 1`);
      return { input: { id: toGlobalId('Membership', row.m), resident: toGlobalId('Resident', row.r) } };
    },
    payload: 'membershipResidentLink',
    evidence: (d) => d?.membershipResidentLink?.membership,
  },
  'household.read': {
    doc: graphql(`
      query PermHouseholdRead {
        households(first: 1) {
          totalCount
          nodes {
            number
          }
        }
      }
    `),
    evidence: (d) => d?.households?.nodes?.[0]?.number,
  },
  'household.readOwn': {
    doc: graphql(`
      query PermHouseholdReadOwn {
        viewerHousehold {
          number
        }
      }
    `),
    // Allowed: the field answers (null for a login not linked to a resident record); denied: FORBIDDEN.
    evidence: (d) => (d && 'viewerHousehold' in d ? true : null),
  },
  'household.write': {
    doc: graphql(`
      mutation PermHouseholdWrite($n: String!) {
        householdCreate(input: { number: $n, address: "矩阵小区" }) {
          household {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({ n: `PERM-${n}` }),
    payload: 'householdCreate',
    evidence: (d) => d?.householdCreate?.household,
  },
  'resident.read': {
    doc: graphql(`
      query PermResidentRead {
        residents(first: 1) {
          totalCount
          nodes {
            name
          }
        }
      }
    `),
    evidence: (d) => d?.residents?.nodes?.[0]?.name,
  },
  'resident.write': {
    doc: graphql(`
      mutation PermResidentWrite($name: String!) {
        residentCreate(input: { name: $name, phone: "13800001111" }) {
          resident {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({ name: `矩阵居民${n}` }),
    payload: 'residentCreate',
    evidence: (d) => d?.residentCreate?.resident,
  },
  'resident.readPersonal': {
    doc: graphql(`
      query PermResidentPersonal {
        residents(first: 1) {
          nodes {
            phone(unmasked: true)
          }
        }
      }
    `),
    evidence: (d) => d?.residents?.nodes?.[0]?.phone,
  },
  'resident.readSensitive': {
    doc: graphql(`
      query PermResidentSensitive {
        residents(first: 1) {
          nodes {
            sensitive {
              disability
              hardship
            }
          }
        }
      }
    `),
    evidence: (d) => d?.residents?.nodes?.[0]?.sensitive,
    quietDenial: true,
  },
  'accessLog.read': {
    doc: graphql(`
      query PermAccessLog {
        personalDataAccessLog(first: 1) {
          pageInfo {
            hasNextPage
          }
        }
      }
    `),
    evidence: (d) => d?.personalDataAccessLog?.pageInfo,
  },
  'forces.read': {
    doc: graphql(`
      query PermForcesRead {
        socialOrganizations(first: 1) {
          totalCount
          nodes {
            name
          }
        }
      }
    `),
    evidence: (d) => d?.socialOrganizations?.nodes?.[0]?.name,
  },
  'forces.manage': {
    doc: graphql(`
      mutation PermForcesManage($name: String!) {
        volunteerCreate(input: { name: $name }) {
          volunteer {
            id
          }
          userErrors {
            code
          }
        }
      }
    `),
    vars: (n) => ({ name: `矩阵志愿者${n}` }),
    payload: 'volunteerCreate',
    evidence: (d) => d?.volunteerCreate?.volunteer,
  },
  'apiKey.manage': {
    doc: graphql(`
      mutation PermApiKeyManage {
        apiKeyCreate(input: { name: "矩阵", permissions: ["tenancy.community.read"] }) {
          secret
          userErrors {
            code
          }
        }
      }
    `),
    payload: 'apiKeyCreate',
    evidence: (d) => d?.apiKeyCreate?.secret,
  },
  'audit.read': {
    doc: graphql(`
      query PermAuditRead {
        auditLog(first: 1) {
          hasMore
        }
      }
    `),
    evidence: (d) => d?.auditLog,
  },
  'outcomes.read': {
    doc: graphql(`
      query PermOutcomesRead {
        outcomes(from: "2026-01-01T00:00:00Z", to: "2026-02-01T00:00:00Z") {
          items {
            key
          }
        }
      }
    `),
    evidence: (d) => d?.outcomes?.items,
  },
};
