// Every operation the board sends. `npm run board:codegen` checks them against schema.graphql and
// types them (src/gql): the results and variables below are typed from these very texts.
import { graphql } from './gql';

export const Login = graphql(`
  mutation BoardLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      refreshToken
      userErrors {
        code
        message
      }
    }
  }
`);

export const Refresh = graphql(`
  mutation BoardRefresh($input: AuthRefreshInput!) {
    authRefresh(input: $input) {
      accessToken
      refreshToken
      userErrors {
        code
        message
      }
    }
  }
`);

export const Logout = graphql(`
  mutation BoardLogout($input: AuthLogoutInput!) {
    authLogout(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

/** A request as a board card shows it: requester, household, grid and taker through the graph's edges. */
export const BoardRequestFields = graphql(`
  fragment BoardRequest on ServiceRequest {
    id
    title
    status
    kind
    category
    channel
    createdAt
    dueAt
    overdue
    requester {
      id
      name
    }
    household {
      id
      number
    }
    grid {
      id
      name
    }
    taker {
      id
      displayName
    }
    attachments {
      key
      url
      thumbnailUrl
    }
  }
`);

export const BoardStart = graphql(`
  query BoardStart($grid: ID, $first: Int) {
    me {
      displayName
      activeCommunity {
        name
      }
    }
    dispatchCatalog {
      kinds {
        key
        name
      }
      categories {
        key
        name
      }
    }
    dispatchBoard(grid: $grid, first: $first) {
      totalCount
      nodes {
        ...BoardRequest
      }
    }
  }
`);

export const BoardGrids = graphql(`
  query BoardGrids {
    gridUnits(first: 100) {
      nodes {
        id
        name
      }
    }
  }
`);

export const BoardLive = graphql(`
  subscription BoardLive($grid: ID, $after: String) {
    dispatchBoard(grid: $grid, after: $after) {
      cursor
      type
      occurredAt
      requestId
      request {
        ...BoardRequest
      }
    }
  }
`);
