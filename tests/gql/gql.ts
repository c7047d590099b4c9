/* eslint-disable */
import * as types from './graphql';
import { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me { displayName activeCommunity { name } memberships { roles } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken refreshToken userErrors { code } }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) { revoked userErrors { code } }\n  }\n": typeof types.LogoutDocument,
    "query Me { me { login activeCommunity { name } } }": typeof types.MeDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PlugConfigureDocument,
    "query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }": typeof types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n": typeof types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": typeof types.PlugHouseholdDocument,
    "query PlugModules { community { modules { key name enabled settings } } }": typeof types.PlugModulesDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me { displayName activeCommunity { name } memberships { roles } }\n      userErrors { code field message }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken refreshToken userErrors { code } }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) { revoked userErrors { code } }\n  }\n": types.LogoutDocument,
    "query Me { me { login activeCommunity { name } } }": types.MeDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n": types.PlugConfigureDocument,
    "query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }": types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n": types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": types.PlugHouseholdDocument,
    "query PlugModules { community { modules { key name enabled settings } } }": types.PlugModulesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me { displayName activeCommunity { name } memberships { roles } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me { displayName activeCommunity { name } memberships { roles } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken refreshToken userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken refreshToken userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) { revoked userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) { revoked userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Me { me { login activeCommunity { name } } }"): (typeof documents)["query Me { me { login activeCommunity { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }"): (typeof documents)["query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PlugModules { community { modules { key name enabled settings } } }"): (typeof documents)["query PlugModules { community { modules { key name enabled settings } } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;