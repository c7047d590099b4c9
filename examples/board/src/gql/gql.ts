/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation BoardLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BoardLoginDocument,
    "\n  mutation BoardRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BoardRefreshDocument,
    "\n  mutation BoardLogout($input: AuthLogoutInput!) {\n    authLogout(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.BoardLogoutDocument,
    "\n  fragment BoardRequest on ServiceRequest {\n    id\n    title\n    status\n    kind\n    category\n    channel\n    createdAt\n    dueAt\n    overdue\n    requester {\n      id\n      name\n    }\n    household {\n      id\n      number\n    }\n    grid {\n      id\n      name\n    }\n    taker {\n      id\n      displayName\n    }\n    attachments {\n      key\n      url\n      thumbnailUrl\n    }\n  }\n": typeof types.BoardRequestFragmentDoc,
    "\n  query BoardStart($grid: ID, $first: Int) {\n    me {\n      displayName\n      activeCommunity {\n        name\n      }\n    }\n    dispatchCatalog {\n      kinds {\n        key\n        name\n      }\n      categories {\n        key\n        name\n      }\n    }\n    dispatchBoard(grid: $grid, first: $first) {\n      totalCount\n      nodes {\n        ...BoardRequest\n      }\n    }\n  }\n": typeof types.BoardStartDocument,
    "\n  query BoardGrids {\n    gridUnits(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BoardGridsDocument,
    "\n  subscription BoardLive($grid: ID, $after: String) {\n    dispatchBoard(grid: $grid, after: $after) {\n      cursor\n      type\n      occurredAt\n      requestId\n      request {\n        ...BoardRequest\n      }\n    }\n  }\n": typeof types.BoardLiveDocument,
};
const documents: Documents = {
    "\n  mutation BoardLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BoardLoginDocument,
    "\n  mutation BoardRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BoardRefreshDocument,
    "\n  mutation BoardLogout($input: AuthLogoutInput!) {\n    authLogout(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.BoardLogoutDocument,
    "\n  fragment BoardRequest on ServiceRequest {\n    id\n    title\n    status\n    kind\n    category\n    channel\n    createdAt\n    dueAt\n    overdue\n    requester {\n      id\n      name\n    }\n    household {\n      id\n      number\n    }\n    grid {\n      id\n      name\n    }\n    taker {\n      id\n      displayName\n    }\n    attachments {\n      key\n      url\n      thumbnailUrl\n    }\n  }\n": types.BoardRequestFragmentDoc,
    "\n  query BoardStart($grid: ID, $first: Int) {\n    me {\n      displayName\n      activeCommunity {\n        name\n      }\n    }\n    dispatchCatalog {\n      kinds {\n        key\n        name\n      }\n      categories {\n        key\n        name\n      }\n    }\n    dispatchBoard(grid: $grid, first: $first) {\n      totalCount\n      nodes {\n        ...BoardRequest\n      }\n    }\n  }\n": types.BoardStartDocument,
    "\n  query BoardGrids {\n    gridUnits(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.BoardGridsDocument,
    "\n  subscription BoardLive($grid: ID, $after: String) {\n    dispatchBoard(grid: $grid, after: $after) {\n      cursor\n      type\n      occurredAt\n      requestId\n      request {\n        ...BoardRequest\n      }\n    }\n  }\n": types.BoardLiveDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BoardLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').BoardRefreshDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardLogout($input: AuthLogoutInput!) {\n    authLogout(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').BoardLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BoardRequest on ServiceRequest {\n    id\n    title\n    status\n    kind\n    category\n    channel\n    createdAt\n    dueAt\n    overdue\n    requester {\n      id\n      name\n    }\n    household {\n      id\n      number\n    }\n    grid {\n      id\n      name\n    }\n    taker {\n      id\n      displayName\n    }\n    attachments {\n      key\n      url\n      thumbnailUrl\n    }\n  }\n"): typeof import('./graphql').BoardRequestFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardStart($grid: ID, $first: Int) {\n    me {\n      displayName\n      activeCommunity {\n        name\n      }\n    }\n    dispatchCatalog {\n      kinds {\n        key\n        name\n      }\n      categories {\n        key\n        name\n      }\n    }\n    dispatchBoard(grid: $grid, first: $first) {\n      totalCount\n      nodes {\n        ...BoardRequest\n      }\n    }\n  }\n"): typeof import('./graphql').BoardStartDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardGrids {\n    gridUnits(first: 100) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').BoardGridsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BoardLive($grid: ID, $after: String) {\n    dispatchBoard(grid: $grid, after: $after) {\n      cursor\n      type\n      occurredAt\n      requestId\n      request {\n        ...BoardRequest\n      }\n    }\n  }\n"): typeof import('./graphql').BoardLiveDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
