// Shared setup of the dispatch tests: typed operations and small helpers (not a test file).
import { Client } from 'pg';
import { graphql } from '../gql';
import type { TestServer, GqlOptions } from '../harness/server';

export const DispatchConfigure = graphql(`
  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
export const DispatchMembers = graphql(`
  query DispatchMembers {
    memberships(first: 100) {
      nodes {
        id
        login
        roles
      }
    }
  }
`);
export const DispatchResidents = graphql(`
  query DispatchResidents {
    residents(first: 5) {
      nodes {
        id
        name
        household {
          id
        }
      }
    }
  }
`);
export const DispatchCreate = graphql(`
  mutation DispatchCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
        status
        kind
        channel
        onBehalf
        dueAt
        gridUnit
        requester {
          id
        }
        household {
          id
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
export const DispatchDispatch = graphql(`
  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {
    serviceRequestDispatch(input: $input) {
      serviceRequest {
        id
        status
        route
        takerName
        assistantIds
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const DispatchClaim = graphql(`
  mutation DispatchClaim($input: ServiceRequestIdInput!) {
    serviceRequestClaim(input: $input) {
      serviceRequest {
        id
        status
        takerName
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const DispatchNote = graphql(`
  mutation DispatchNote($input: ServiceRequestNoteInput!) {
    serviceRequestNote(input: $input) {
      serviceRequest {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const DispatchHandOver = graphql(`
  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) {
    serviceRequestHandOver(input: $input) {
      serviceRequest {
        id
        status
        takerName
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const DispatchEscalate = graphql(`
  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) {
    serviceRequestEscalate(input: $input) {
      serviceRequest {
        id
        status
        escalationTarget
        escalatedTo
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const DispatchAnswer = graphql(`
  mutation DispatchAnswer($input: ServiceRequestNoteInput!) {
    serviceRequestEscalationAnswer(input: $input) {
      serviceRequest {
        id
        status
        escalationAnswer
        result
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const DispatchResolve = graphql(`
  mutation DispatchResolve($input: ServiceRequestResolveInput!) {
    serviceRequestResolve(input: $input) {
      serviceRequest {
        id
        status
        result
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const DispatchRate = graphql(`
  mutation DispatchRate($input: ServiceRequestRateInput!) {
    serviceRequestRate(input: $input) {
      serviceRequest {
        id
        status
        rating
        ratingComment
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const DispatchReopen = graphql(`
  mutation DispatchReopen($input: ServiceRequestNoteInput!) {
    serviceRequestReopen(input: $input) {
      serviceRequest {
        id
        status
        reopenCount
        takerName
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const DispatchCancel = graphql(`
  mutation DispatchCancel($input: ServiceRequestNoteInput!) {
    serviceRequestCancel(input: $input) {
      serviceRequest {
        id
        status
        closeReason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const DispatchReject = graphql(`
  mutation DispatchReject($input: ServiceRequestNoteInput!) {
    serviceRequestReject(input: $input) {
      serviceRequest {
        id
        status
        closeReason
      }
      userErrors {
        code
        message
      }
    }
  }
`);
export const DispatchMerge = graphql(`
  mutation DispatchMerge($input: ServiceRequestMergeInput!) {
    serviceRequestMerge(input: $input) {
      serviceRequest {
        id
        status
        mergedInto {
          id
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
export const DispatchGet = graphql(`
  query DispatchGet($id: ID!) {
    serviceRequest(id: $id) {
      id
      status
      kind
      route
      takerName
      rating
      overdue
      reopenCount
      requester {
        id
      }
      log {
        action
        fromStatus
        toStatus
        actorRole
        body
        at
      }
    }
  }
`);
export const DispatchList = graphql(`
  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) {
    serviceRequests(first: 100, mine: $mine, status: $status) {
      totalCount
      nodes {
        id
        status
      }
    }
  }
`);

let n = 0;
/** A fresh intake input; override what the test cares about. */
export function intake(over: Record<string, unknown> = {}) {
  n++;
  return {
    kind: 'routine',
    category: 'repair',
    title: `路灯不亮 ${n}`,
    description: '3 栋门口路灯坏了',
    channel: 'MINI_PROGRAM',
    address: '金秋小区 3 栋',
    ...over,
  } as any;
}

export async function pg(url: string): Promise<Client> {
  const c = new Client({ connectionString: url });
  await c.connect();
  return c;
}

export async function membershipIds(s: TestServer, admin: GqlOptions): Promise<Record<string, string>> {
  const r = await s.gql(DispatchMembers, {}, admin);
  return Object.fromEntries(r.data!.memberships.nodes.map((m) => [m.login, m.id]));
}

export const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
