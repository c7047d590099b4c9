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
    "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) { disabled userErrors { code } }\n  }\n": typeof types.SetDisabledDocument,
    "query AuthCommunityName { community { name } }": typeof types.AuthCommunityNameDocument,
    "\n  mutation CoreForcesCreate($org: SocialOrganizationCreateInput!, $worker: SocialWorkerCreateInput!, $vol: VolunteerCreateInput!, $unit: CobuildingUnitCreateInput!, $charity: CharityResourceCreateInput!) {\n    org: socialOrganizationCreate(input: $org) { record: socialOrganization { id name contactPhone status services } userErrors { code field } }\n    worker: socialWorkerCreate(input: $worker) { record: socialWorker { id name contactPhone kind certificate } userErrors { code field } }\n    vol: volunteerCreate(input: $vol) { record: volunteer { id name contactPhone team skills } userErrors { code field } }\n    unit: cobuildingUnitCreate(input: $unit) { record: cobuildingUnit { id name contactPhone unitType partyOrganization } userErrors { code field } }\n    charity: charityResourceCreate(input: $charity) { record: charityResource { id name contactPhone kind offers anonymous } userErrors { code field } }\n  }\n": typeof types.CoreForcesCreateDocument,
    "\n  mutation CoreForcesUpdate($org: SocialOrganizationUpdateInput!, $worker: SocialWorkerUpdateInput!, $vol: VolunteerUpdateInput!, $unit: CobuildingUnitUpdateInput!, $charity: CharityResourceUpdateInput!) {\n    org: socialOrganizationUpdate(input: $org) { record: socialOrganization { name status contactPhone } userErrors { code } }\n    worker: socialWorkerUpdate(input: $worker) { record: socialWorker { name certificate contactPhone } userErrors { code } }\n    vol: volunteerUpdate(input: $vol) { record: volunteer { name skills active contactPhone } userErrors { code } }\n    unit: cobuildingUnitUpdate(input: $unit) { record: cobuildingUnit { name partyOrganization contactPhone } userErrors { code } }\n    charity: charityResourceUpdate(input: $charity) { record: charityResource { name anonymous contactPhone } userErrors { code } }\n  }\n": typeof types.CoreForcesUpdateDocument,
    "\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    worker: socialWorkers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    vol: volunteers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    charity: charityResources(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n  }\n": typeof types.CoreForcesListDocument,
    "\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) { volunteerCreate(input: $input) { volunteer { id } userErrors { code field } } }\n": typeof types.CoreVolunteerCreateDocument,
    "\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) { membership { id login roles active } userErrors { code field } }\n  }\n": typeof types.CoreMemberAddDocument,
    "\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { active } userErrors { code field } } }\n": typeof types.CoreMemberUpdateDocument,
    "\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { secret apiKey { id prefix permissions revokedAt } userErrors { code field } }\n  }\n": typeof types.CoreKeyCreateDocument,
    "\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { revokedAt } userErrors { code } } }\n": typeof types.CoreKeyRevokeDocument,
    "query CoreProbe { households(first: 1) { totalCount } }": typeof types.CoreProbeDocument,
    "query CoreProbeResidents { residents(first: 1) { nodes { phone(unmasked: true) } } }": typeof types.CoreProbeResidentsDocument,
    "\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": typeof types.CoreProbeWriteDocument,
    "query CoreCommunityModules { community { id name preset modules { key enabled settings } } }": typeof types.CoreCommunityModulesDocument,
    "\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) { community { id name preset } userErrors { code field } }\n  }\n": typeof types.CoreCommunityCreateDocument,
    "\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) { communityUpdate(input: $input) { community { name } userErrors { code field } } }\n": typeof types.CoreCommunityUpdateDocument,
    "\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number address tags closedAt } userErrors { code field } }\n  }\n": typeof types.CoreHouseholdCreateDocument,
    "\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) { household { id number address building tags } userErrors { code field } }\n  }\n": typeof types.CoreHouseholdUpdateDocument,
    "\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) { household { id closedAt } userErrors { code field } }\n  }\n": typeof types.CoreHouseholdCloseDocument,
    "\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) { totalCount nodes { id number } }\n  }\n": typeof types.CoreHouseholdsDocument,
    "\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) { resident { id name age idNumber phone household { number } } userErrors { code field message } }\n  }\n": typeof types.CoreResidentCreateDocument,
    "\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) { nodes { id idNumber(unmasked: $unmasked) phone } }\n  }\n": typeof types.CoreResidentPersonalDocument,
    "\n  query CoreResidentPhone($search: String!) { residents(first: 5, search: $search) { nodes { id phone(unmasked: true) } } }\n": typeof types.CoreResidentPhoneDocument,
    "\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) { nodes { name sensitive { disability hardship healthNote } } }\n  }\n": typeof types.CoreResidentSensitiveDocument,
    "\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }\n    }\n  }\n": typeof types.CoreResidentPageDocument,
    "\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }\n": typeof types.CoreConfigureDocument,
    "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number } userErrors { code field } }\n  }\n": typeof types.EvHouseholdCreateDocument,
    "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events { cursor type subjectType subject { ... on Household { number } } }\n      endCursor\n      hasMore\n    }\n  }\n": typeof types.EvChangesDocument,
    "\n  subscription EvLive($after: String) {\n    changes(after: $after) { cursor type subject { ... on Household { number } } }\n  }\n": typeof types.EvLiveDocument,
    "query HttpMe { me { login } }": typeof types.HttpMeDocument,
    "\n  mutation LifeLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n": typeof types.LifeLoginDocument,
    "query LifeCommunity { community { name } }": typeof types.LifeCommunityDocument,
    "query LifeCommunities { communities { name } }": typeof types.LifeCommunitiesDocument,
    "\n  mutation LifeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }\n": typeof types.LifeResidentCreateDocument,
    "\n  query LifeResidents($search: String) { residents(first: 10, search: $search) { edges { node { name } } } }\n": typeof types.LifeResidentsDocument,
    "\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident { id name idNumber phone }\n      userErrors { code field message }\n    }\n  }\n": typeof types.LogResidentCreateDocument,
    "\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) { resident { id phone } userErrors { code message } }\n  }\n": typeof types.LogResidentUpdateDocument,
    "\n  query LogResidents { residents(first: 10) { edges { node { name idNumber(unmasked: true) phone(unmasked: true) } } } }\n": typeof types.LogResidentsDocument,
    "\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) { userErrors { code } }\n  }\n": typeof types.NestRevokeDocument,
    "query NestHouseholds { households(first: 3) { nodes { number members { name } } } }": typeof types.NestHouseholdsDocument,
    "query NestResidents { residents(first: 3) { nodes { name household { number } } } }": typeof types.NestResidentsDocument,
    "query PermCommunityRead { community { name } }": typeof types.PermCommunityReadDocument,
    "mutation PermCommunityUpdate($d: String) { communityUpdate(input: { description: $d }) { community { description } userErrors { code } } }": typeof types.PermCommunityUpdateDocument,
    "mutation PermModuleConfigure { communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) { community { id } userErrors { code } } }": typeof types.PermModuleConfigureDocument,
    "query PermMembershipRead { memberships(first: 1) { totalCount } }": typeof types.PermMembershipReadDocument,
    "mutation PermMembershipManage($login: String!) { membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) { membership { id } userErrors { code } } }": typeof types.PermMembershipManageDocument,
    "query PermHouseholdRead { households(first: 1) { totalCount nodes { number } } }": typeof types.PermHouseholdReadDocument,
    "mutation PermHouseholdWrite($n: String!) { householdCreate(input: { number: $n, address: \"矩阵小区\" }) { household { id } userErrors { code } } }": typeof types.PermHouseholdWriteDocument,
    "query PermResidentRead { residents(first: 1) { totalCount nodes { name } } }": typeof types.PermResidentReadDocument,
    "mutation PermResidentWrite($name: String!) { residentCreate(input: { name: $name, phone: \"13800001111\" }) { resident { id } userErrors { code } } }": typeof types.PermResidentWriteDocument,
    "query PermResidentPersonal { residents(first: 1) { nodes { phone(unmasked: true) } } }": typeof types.PermResidentPersonalDocument,
    "query PermResidentSensitive { residents(first: 1) { nodes { sensitive { disability hardship } } } }": typeof types.PermResidentSensitiveDocument,
    "query PermForcesRead { socialOrganizations(first: 1) { totalCount nodes { name } } }": typeof types.PermForcesReadDocument,
    "mutation PermForcesManage($name: String!) { volunteerCreate(input: { name: $name }) { volunteer { id } userErrors { code } } }": typeof types.PermForcesManageDocument,
    "mutation PermApiKeyManage { apiKeyCreate(input: { name: \"矩阵\", permissions: [\"core.community.read\"] }) { secret userErrors { code } } }": typeof types.PermApiKeyManageDocument,
    "query PermCommunityId { community { id } }": typeof types.PermCommunityIdDocument,
    "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field } } }\n": typeof types.PermConfigureDocument,
    "query PermHouseholdMembers { households(first: 5) { nodes { number members { name } } } }": typeof types.PermHouseholdMembersDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PlugConfigureDocument,
    "query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }": typeof types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n": typeof types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": typeof types.PlugHouseholdDocument,
    "query PlugModules { community { modules { key name enabled settings } } }": typeof types.PlugModulesDocument,
    "query RelHouseholds { households(first: 5) { totalCount } }": typeof types.RelHouseholdsDocument,
    "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number } } }\n  }\n": typeof types.ResyncChangesDocument,
    "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { userErrors { code } } }\n": typeof types.ResyncHouseholdDocument,
    "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": typeof types.SubHouseholdCreateDocument,
    "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject { ... on Household { number address } }\n    }\n  }\n": typeof types.SubChangesDocument,
    "\n  query SubMembers { memberships(first: 100) { nodes { id login active } } }\n": typeof types.SubMembersDocument,
    "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) { membership { active } userErrors { code } }\n  }\n": typeof types.SubMembershipUpdateDocument,
    "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } }\n  }\n": typeof types.SubApiKeyCreateDocument,
    "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) { userErrors { code } }\n  }\n": typeof types.SubApiKeyRevokeDocument,
    "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n": typeof types.IsoNodeFieldsFragmentDoc,
    "query IsoNode($id: ID!) { node(id: $id) { ...IsoNodeFields } }": typeof types.IsoNodeDocument,
    "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) { totalCount nodes { name household { number } } }\n  }\n": typeof types.IsoResidentsOfHouseholdDocument,
    "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken me { activeCommunity { name } memberships { community { name } } } userErrors { code field message } }\n  }\n": typeof types.IsoLoginDocument,
    "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken me { activeCommunity { name } } userErrors { code field message } }\n  }\n": typeof types.IsoRefreshDocument,
    "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoApiKeyRevokeDocument,
    "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoCommunityCreateDocument,
    "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoHouseholdUpdateDocument,
    "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) { householdClose(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoHouseholdCloseDocument,
    "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoMembershipUpdateDocument,
    "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoResidentCreateDocument,
    "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoResidentUpdateDocument,
    "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoResidentMoveOutDocument,
    "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) { socialOrganization { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoSocialOrganizationUpdateDocument,
    "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) { socialWorker { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoSocialWorkerUpdateDocument,
    "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) { volunteerUpdate(input: $input) { volunteer { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoVolunteerUpdateDocument,
    "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) { cobuildingUnit { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoCobuildingUnitUpdateDocument,
    "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) { charityResource { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoCharityResourceUpdateDocument,
    "query IsoNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }": typeof types.IsoNodesDocument,
    "\n  mutation IsoSetupLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken refreshToken userErrors { code } } }\n": typeof types.IsoSetupLoginDocument,
    "query IsoCommunity { community { id name street { id name } } }": typeof types.IsoCommunityDocument,
    "\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n": typeof types.IsoSetupCommunityDocument,
    "\n  mutation IsoSetupMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n": typeof types.IsoSetupMemberDocument,
    "mutation IsoSetupHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": typeof types.IsoSetupHouseholdDocument,
    "mutation IsoSetupResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }": typeof types.IsoSetupResidentDocument,
    "mutation IsoSetupApiKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id prefix } userErrors { code } } }": typeof types.IsoSetupApiKeyDocument,
    "\n  mutation IsoSetupForces($o: SocialOrganizationCreateInput!, $w: SocialWorkerCreateInput!, $v: VolunteerCreateInput!, $u: CobuildingUnitCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    socialWorkerCreate(input: $w) { socialWorker { id } }\n    volunteerCreate(input: $v) { volunteer { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n  }\n": typeof types.IsoSetupForcesDocument,
    "\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) { ...IsoNodeFields }\n    households(includeClosed: true) { totalCount }\n    residents { totalCount }\n    memberships { totalCount }\n    apiKeys { totalCount }\n  }\n": typeof types.IsoSnapshotDocument,
    "query IsoAllNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }": typeof types.IsoAllNodesDocument,
    "query IsoMe { me { activeCommunity { name } memberships { community { name } } } }": typeof types.IsoMeDocument,
    "query IsoHouseholds { households { totalCount nodes { number } } }": typeof types.IsoHouseholdsDocument,
    "query IsoCommunities { communities { name } }": typeof types.IsoCommunitiesDocument,
    "query IsoResidentsNamed($search: String) { residents(search: $search) { totalCount } }": typeof types.IsoResidentsNamedDocument,
    "\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken userErrors { code } }\n  }\n": typeof types.TwoLoginDocument,
    "\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": typeof types.TwoHouseholdCreateDocument,
    "\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) { cursor subject { ... on Household { number } } }\n  }\n": typeof types.TwoChangesDocument,
};
const documents: Documents = {
    "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me { displayName activeCommunity { name } memberships { roles } }\n      userErrors { code field message }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken refreshToken userErrors { code } }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) { revoked userErrors { code } }\n  }\n": types.LogoutDocument,
    "query Me { me { login activeCommunity { name } } }": types.MeDocument,
    "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) { disabled userErrors { code } }\n  }\n": types.SetDisabledDocument,
    "query AuthCommunityName { community { name } }": types.AuthCommunityNameDocument,
    "\n  mutation CoreForcesCreate($org: SocialOrganizationCreateInput!, $worker: SocialWorkerCreateInput!, $vol: VolunteerCreateInput!, $unit: CobuildingUnitCreateInput!, $charity: CharityResourceCreateInput!) {\n    org: socialOrganizationCreate(input: $org) { record: socialOrganization { id name contactPhone status services } userErrors { code field } }\n    worker: socialWorkerCreate(input: $worker) { record: socialWorker { id name contactPhone kind certificate } userErrors { code field } }\n    vol: volunteerCreate(input: $vol) { record: volunteer { id name contactPhone team skills } userErrors { code field } }\n    unit: cobuildingUnitCreate(input: $unit) { record: cobuildingUnit { id name contactPhone unitType partyOrganization } userErrors { code field } }\n    charity: charityResourceCreate(input: $charity) { record: charityResource { id name contactPhone kind offers anonymous } userErrors { code field } }\n  }\n": types.CoreForcesCreateDocument,
    "\n  mutation CoreForcesUpdate($org: SocialOrganizationUpdateInput!, $worker: SocialWorkerUpdateInput!, $vol: VolunteerUpdateInput!, $unit: CobuildingUnitUpdateInput!, $charity: CharityResourceUpdateInput!) {\n    org: socialOrganizationUpdate(input: $org) { record: socialOrganization { name status contactPhone } userErrors { code } }\n    worker: socialWorkerUpdate(input: $worker) { record: socialWorker { name certificate contactPhone } userErrors { code } }\n    vol: volunteerUpdate(input: $vol) { record: volunteer { name skills active contactPhone } userErrors { code } }\n    unit: cobuildingUnitUpdate(input: $unit) { record: cobuildingUnit { name partyOrganization contactPhone } userErrors { code } }\n    charity: charityResourceUpdate(input: $charity) { record: charityResource { name anonymous contactPhone } userErrors { code } }\n  }\n": types.CoreForcesUpdateDocument,
    "\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    worker: socialWorkers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    vol: volunteers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    charity: charityResources(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n  }\n": types.CoreForcesListDocument,
    "\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) { volunteerCreate(input: $input) { volunteer { id } userErrors { code field } } }\n": types.CoreVolunteerCreateDocument,
    "\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) { membership { id login roles active } userErrors { code field } }\n  }\n": types.CoreMemberAddDocument,
    "\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { active } userErrors { code field } } }\n": types.CoreMemberUpdateDocument,
    "\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { secret apiKey { id prefix permissions revokedAt } userErrors { code field } }\n  }\n": types.CoreKeyCreateDocument,
    "\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { revokedAt } userErrors { code } } }\n": types.CoreKeyRevokeDocument,
    "query CoreProbe { households(first: 1) { totalCount } }": types.CoreProbeDocument,
    "query CoreProbeResidents { residents(first: 1) { nodes { phone(unmasked: true) } } }": types.CoreProbeResidentsDocument,
    "\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": types.CoreProbeWriteDocument,
    "query CoreCommunityModules { community { id name preset modules { key enabled settings } } }": types.CoreCommunityModulesDocument,
    "\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) { community { id name preset } userErrors { code field } }\n  }\n": types.CoreCommunityCreateDocument,
    "\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) { communityUpdate(input: $input) { community { name } userErrors { code field } } }\n": types.CoreCommunityUpdateDocument,
    "\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number address tags closedAt } userErrors { code field } }\n  }\n": types.CoreHouseholdCreateDocument,
    "\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) { household { id number address building tags } userErrors { code field } }\n  }\n": types.CoreHouseholdUpdateDocument,
    "\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) { household { id closedAt } userErrors { code field } }\n  }\n": types.CoreHouseholdCloseDocument,
    "\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) { totalCount nodes { id number } }\n  }\n": types.CoreHouseholdsDocument,
    "\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) { resident { id name age idNumber phone household { number } } userErrors { code field message } }\n  }\n": types.CoreResidentCreateDocument,
    "\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) { nodes { id idNumber(unmasked: $unmasked) phone } }\n  }\n": types.CoreResidentPersonalDocument,
    "\n  query CoreResidentPhone($search: String!) { residents(first: 5, search: $search) { nodes { id phone(unmasked: true) } } }\n": types.CoreResidentPhoneDocument,
    "\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) { nodes { name sensitive { disability hardship healthNote } } }\n  }\n": types.CoreResidentSensitiveDocument,
    "\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }\n    }\n  }\n": types.CoreResidentPageDocument,
    "\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }\n": types.CoreConfigureDocument,
    "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number } userErrors { code field } }\n  }\n": types.EvHouseholdCreateDocument,
    "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events { cursor type subjectType subject { ... on Household { number } } }\n      endCursor\n      hasMore\n    }\n  }\n": types.EvChangesDocument,
    "\n  subscription EvLive($after: String) {\n    changes(after: $after) { cursor type subject { ... on Household { number } } }\n  }\n": types.EvLiveDocument,
    "query HttpMe { me { login } }": types.HttpMeDocument,
    "\n  mutation LifeLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n": types.LifeLoginDocument,
    "query LifeCommunity { community { name } }": types.LifeCommunityDocument,
    "query LifeCommunities { communities { name } }": types.LifeCommunitiesDocument,
    "\n  mutation LifeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }\n": types.LifeResidentCreateDocument,
    "\n  query LifeResidents($search: String) { residents(first: 10, search: $search) { edges { node { name } } } }\n": types.LifeResidentsDocument,
    "\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident { id name idNumber phone }\n      userErrors { code field message }\n    }\n  }\n": types.LogResidentCreateDocument,
    "\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) { resident { id phone } userErrors { code message } }\n  }\n": types.LogResidentUpdateDocument,
    "\n  query LogResidents { residents(first: 10) { edges { node { name idNumber(unmasked: true) phone(unmasked: true) } } } }\n": types.LogResidentsDocument,
    "\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) { userErrors { code } }\n  }\n": types.NestRevokeDocument,
    "query NestHouseholds { households(first: 3) { nodes { number members { name } } } }": types.NestHouseholdsDocument,
    "query NestResidents { residents(first: 3) { nodes { name household { number } } } }": types.NestResidentsDocument,
    "query PermCommunityRead { community { name } }": types.PermCommunityReadDocument,
    "mutation PermCommunityUpdate($d: String) { communityUpdate(input: { description: $d }) { community { description } userErrors { code } } }": types.PermCommunityUpdateDocument,
    "mutation PermModuleConfigure { communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) { community { id } userErrors { code } } }": types.PermModuleConfigureDocument,
    "query PermMembershipRead { memberships(first: 1) { totalCount } }": types.PermMembershipReadDocument,
    "mutation PermMembershipManage($login: String!) { membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) { membership { id } userErrors { code } } }": types.PermMembershipManageDocument,
    "query PermHouseholdRead { households(first: 1) { totalCount nodes { number } } }": types.PermHouseholdReadDocument,
    "mutation PermHouseholdWrite($n: String!) { householdCreate(input: { number: $n, address: \"矩阵小区\" }) { household { id } userErrors { code } } }": types.PermHouseholdWriteDocument,
    "query PermResidentRead { residents(first: 1) { totalCount nodes { name } } }": types.PermResidentReadDocument,
    "mutation PermResidentWrite($name: String!) { residentCreate(input: { name: $name, phone: \"13800001111\" }) { resident { id } userErrors { code } } }": types.PermResidentWriteDocument,
    "query PermResidentPersonal { residents(first: 1) { nodes { phone(unmasked: true) } } }": types.PermResidentPersonalDocument,
    "query PermResidentSensitive { residents(first: 1) { nodes { sensitive { disability hardship } } } }": types.PermResidentSensitiveDocument,
    "query PermForcesRead { socialOrganizations(first: 1) { totalCount nodes { name } } }": types.PermForcesReadDocument,
    "mutation PermForcesManage($name: String!) { volunteerCreate(input: { name: $name }) { volunteer { id } userErrors { code } } }": types.PermForcesManageDocument,
    "mutation PermApiKeyManage { apiKeyCreate(input: { name: \"矩阵\", permissions: [\"core.community.read\"] }) { secret userErrors { code } } }": types.PermApiKeyManageDocument,
    "query PermCommunityId { community { id } }": types.PermCommunityIdDocument,
    "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field } } }\n": types.PermConfigureDocument,
    "query PermHouseholdMembers { households(first: 5) { nodes { number members { name } } } }": types.PermHouseholdMembersDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n": types.PlugConfigureDocument,
    "query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }": types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n": types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": types.PlugHouseholdDocument,
    "query PlugModules { community { modules { key name enabled settings } } }": types.PlugModulesDocument,
    "query RelHouseholds { households(first: 5) { totalCount } }": types.RelHouseholdsDocument,
    "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number } } }\n  }\n": types.ResyncChangesDocument,
    "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { userErrors { code } } }\n": types.ResyncHouseholdDocument,
    "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": types.SubHouseholdCreateDocument,
    "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject { ... on Household { number address } }\n    }\n  }\n": types.SubChangesDocument,
    "\n  query SubMembers { memberships(first: 100) { nodes { id login active } } }\n": types.SubMembersDocument,
    "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) { membership { active } userErrors { code } }\n  }\n": types.SubMembershipUpdateDocument,
    "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } }\n  }\n": types.SubApiKeyCreateDocument,
    "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) { userErrors { code } }\n  }\n": types.SubApiKeyRevokeDocument,
    "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n": types.IsoNodeFieldsFragmentDoc,
    "query IsoNode($id: ID!) { node(id: $id) { ...IsoNodeFields } }": types.IsoNodeDocument,
    "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) { totalCount nodes { name household { number } } }\n  }\n": types.IsoResidentsOfHouseholdDocument,
    "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken me { activeCommunity { name } memberships { community { name } } } userErrors { code field message } }\n  }\n": types.IsoLoginDocument,
    "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken me { activeCommunity { name } } userErrors { code field message } }\n  }\n": types.IsoRefreshDocument,
    "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoApiKeyRevokeDocument,
    "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoCommunityCreateDocument,
    "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoHouseholdUpdateDocument,
    "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) { householdClose(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoHouseholdCloseDocument,
    "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoMembershipUpdateDocument,
    "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoResidentCreateDocument,
    "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoResidentUpdateDocument,
    "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoResidentMoveOutDocument,
    "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) { socialOrganization { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoSocialOrganizationUpdateDocument,
    "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) { socialWorker { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoSocialWorkerUpdateDocument,
    "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) { volunteerUpdate(input: $input) { volunteer { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoVolunteerUpdateDocument,
    "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) { cobuildingUnit { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoCobuildingUnitUpdateDocument,
    "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) { charityResource { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoCharityResourceUpdateDocument,
    "query IsoNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }": types.IsoNodesDocument,
    "\n  mutation IsoSetupLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken refreshToken userErrors { code } } }\n": types.IsoSetupLoginDocument,
    "query IsoCommunity { community { id name street { id name } } }": types.IsoCommunityDocument,
    "\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n": types.IsoSetupCommunityDocument,
    "\n  mutation IsoSetupMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n": types.IsoSetupMemberDocument,
    "mutation IsoSetupHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": types.IsoSetupHouseholdDocument,
    "mutation IsoSetupResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }": types.IsoSetupResidentDocument,
    "mutation IsoSetupApiKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id prefix } userErrors { code } } }": types.IsoSetupApiKeyDocument,
    "\n  mutation IsoSetupForces($o: SocialOrganizationCreateInput!, $w: SocialWorkerCreateInput!, $v: VolunteerCreateInput!, $u: CobuildingUnitCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    socialWorkerCreate(input: $w) { socialWorker { id } }\n    volunteerCreate(input: $v) { volunteer { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n  }\n": types.IsoSetupForcesDocument,
    "\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) { ...IsoNodeFields }\n    households(includeClosed: true) { totalCount }\n    residents { totalCount }\n    memberships { totalCount }\n    apiKeys { totalCount }\n  }\n": types.IsoSnapshotDocument,
    "query IsoAllNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }": types.IsoAllNodesDocument,
    "query IsoMe { me { activeCommunity { name } memberships { community { name } } } }": types.IsoMeDocument,
    "query IsoHouseholds { households { totalCount nodes { number } } }": types.IsoHouseholdsDocument,
    "query IsoCommunities { communities { name } }": types.IsoCommunitiesDocument,
    "query IsoResidentsNamed($search: String) { residents(search: $search) { totalCount } }": types.IsoResidentsNamedDocument,
    "\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken userErrors { code } }\n  }\n": types.TwoLoginDocument,
    "\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": types.TwoHouseholdCreateDocument,
    "\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) { cursor subject { ... on Household { number } } }\n  }\n": types.TwoChangesDocument,
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
export function graphql(source: "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) { disabled userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) { disabled userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AuthCommunityName { community { name } }"): (typeof documents)["query AuthCommunityName { community { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreForcesCreate($org: SocialOrganizationCreateInput!, $worker: SocialWorkerCreateInput!, $vol: VolunteerCreateInput!, $unit: CobuildingUnitCreateInput!, $charity: CharityResourceCreateInput!) {\n    org: socialOrganizationCreate(input: $org) { record: socialOrganization { id name contactPhone status services } userErrors { code field } }\n    worker: socialWorkerCreate(input: $worker) { record: socialWorker { id name contactPhone kind certificate } userErrors { code field } }\n    vol: volunteerCreate(input: $vol) { record: volunteer { id name contactPhone team skills } userErrors { code field } }\n    unit: cobuildingUnitCreate(input: $unit) { record: cobuildingUnit { id name contactPhone unitType partyOrganization } userErrors { code field } }\n    charity: charityResourceCreate(input: $charity) { record: charityResource { id name contactPhone kind offers anonymous } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreForcesCreate($org: SocialOrganizationCreateInput!, $worker: SocialWorkerCreateInput!, $vol: VolunteerCreateInput!, $unit: CobuildingUnitCreateInput!, $charity: CharityResourceCreateInput!) {\n    org: socialOrganizationCreate(input: $org) { record: socialOrganization { id name contactPhone status services } userErrors { code field } }\n    worker: socialWorkerCreate(input: $worker) { record: socialWorker { id name contactPhone kind certificate } userErrors { code field } }\n    vol: volunteerCreate(input: $vol) { record: volunteer { id name contactPhone team skills } userErrors { code field } }\n    unit: cobuildingUnitCreate(input: $unit) { record: cobuildingUnit { id name contactPhone unitType partyOrganization } userErrors { code field } }\n    charity: charityResourceCreate(input: $charity) { record: charityResource { id name contactPhone kind offers anonymous } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreForcesUpdate($org: SocialOrganizationUpdateInput!, $worker: SocialWorkerUpdateInput!, $vol: VolunteerUpdateInput!, $unit: CobuildingUnitUpdateInput!, $charity: CharityResourceUpdateInput!) {\n    org: socialOrganizationUpdate(input: $org) { record: socialOrganization { name status contactPhone } userErrors { code } }\n    worker: socialWorkerUpdate(input: $worker) { record: socialWorker { name certificate contactPhone } userErrors { code } }\n    vol: volunteerUpdate(input: $vol) { record: volunteer { name skills active contactPhone } userErrors { code } }\n    unit: cobuildingUnitUpdate(input: $unit) { record: cobuildingUnit { name partyOrganization contactPhone } userErrors { code } }\n    charity: charityResourceUpdate(input: $charity) { record: charityResource { name anonymous contactPhone } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation CoreForcesUpdate($org: SocialOrganizationUpdateInput!, $worker: SocialWorkerUpdateInput!, $vol: VolunteerUpdateInput!, $unit: CobuildingUnitUpdateInput!, $charity: CharityResourceUpdateInput!) {\n    org: socialOrganizationUpdate(input: $org) { record: socialOrganization { name status contactPhone } userErrors { code } }\n    worker: socialWorkerUpdate(input: $worker) { record: socialWorker { name certificate contactPhone } userErrors { code } }\n    vol: volunteerUpdate(input: $vol) { record: volunteer { name skills active contactPhone } userErrors { code } }\n    unit: cobuildingUnitUpdate(input: $unit) { record: cobuildingUnit { name partyOrganization contactPhone } userErrors { code } }\n    charity: charityResourceUpdate(input: $charity) { record: charityResource { name anonymous contactPhone } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    worker: socialWorkers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    vol: volunteers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    charity: charityResources(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n  }\n"): (typeof documents)["\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    worker: socialWorkers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    vol: volunteers(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n    charity: charityResources(search: $search, includeArchived: $archived) { totalCount nodes { name contactPhone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) { volunteerCreate(input: $input) { volunteer { id } userErrors { code field } } }\n"): (typeof documents)["\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) { volunteerCreate(input: $input) { volunteer { id } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) { membership { id login roles active } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) { membership { id login roles active } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { active } userErrors { code field } } }\n"): (typeof documents)["\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { active } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { secret apiKey { id prefix permissions revokedAt } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { secret apiKey { id prefix permissions revokedAt } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { revokedAt } userErrors { code } } }\n"): (typeof documents)["\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { revokedAt } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreProbe { households(first: 1) { totalCount } }"): (typeof documents)["query CoreProbe { households(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreProbeResidents { residents(first: 1) { nodes { phone(unmasked: true) } } }"): (typeof documents)["query CoreProbeResidents { residents(first: 1) { nodes { phone(unmasked: true) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreCommunityModules { community { id name preset modules { key enabled settings } } }"): (typeof documents)["query CoreCommunityModules { community { id name preset modules { key enabled settings } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) { community { id name preset } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) { community { id name preset } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) { communityUpdate(input: $input) { community { name } userErrors { code field } } }\n"): (typeof documents)["\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) { communityUpdate(input: $input) { community { name } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number address tags closedAt } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number address tags closedAt } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) { household { id number address building tags } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) { household { id number address building tags } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) { household { id closedAt } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) { household { id closedAt } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) { totalCount nodes { id number } }\n  }\n"): (typeof documents)["\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) { totalCount nodes { id number } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) { resident { id name age idNumber phone household { number } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) { resident { id name age idNumber phone household { number } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) { nodes { id idNumber(unmasked: $unmasked) phone } }\n  }\n"): (typeof documents)["\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) { nodes { id idNumber(unmasked: $unmasked) phone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentPhone($search: String!) { residents(first: 5, search: $search) { nodes { id phone(unmasked: true) } } }\n"): (typeof documents)["\n  query CoreResidentPhone($search: String!) { residents(first: 5, search: $search) { nodes { id phone(unmasked: true) } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) { nodes { name sensitive { disability hardship healthNote } } }\n  }\n"): (typeof documents)["\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) { nodes { name sensitive { disability hardship healthNote } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }\n    }\n  }\n"): (typeof documents)["\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events { cursor type subjectType subject { ... on Household { number } } }\n      endCursor\n      hasMore\n    }\n  }\n"): (typeof documents)["\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events { cursor type subjectType subject { ... on Household { number } } }\n      endCursor\n      hasMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvLive($after: String) {\n    changes(after: $after) { cursor type subject { ... on Household { number } } }\n  }\n"): (typeof documents)["\n  subscription EvLive($after: String) {\n    changes(after: $after) { cursor type subject { ... on Household { number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query HttpMe { me { login } }"): (typeof documents)["query HttpMe { me { login } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifeLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n"): (typeof documents)["\n  mutation LifeLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifeCommunity { community { name } }"): (typeof documents)["query LifeCommunity { community { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LifeCommunities { communities { name } }"): (typeof documents)["query LifeCommunities { communities { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation LifeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifeResidents($search: String) { residents(first: 10, search: $search) { edges { node { name } } } }\n"): (typeof documents)["\n  query LifeResidents($search: String) { residents(first: 10, search: $search) { edges { node { name } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident { id name idNumber phone }\n      userErrors { code field message }\n    }\n  }\n"): (typeof documents)["\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident { id name idNumber phone }\n      userErrors { code field message }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) { resident { id phone } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) { resident { id phone } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogResidents { residents(first: 10) { edges { node { name idNumber(unmasked: true) phone(unmasked: true) } } } }\n"): (typeof documents)["\n  query LogResidents { residents(first: 10) { edges { node { name idNumber(unmasked: true) phone(unmasked: true) } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestHouseholds { households(first: 3) { nodes { number members { name } } } }"): (typeof documents)["query NestHouseholds { households(first: 3) { nodes { number members { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NestResidents { residents(first: 3) { nodes { name household { number } } } }"): (typeof documents)["query NestResidents { residents(first: 3) { nodes { name household { number } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermCommunityRead { community { name } }"): (typeof documents)["query PermCommunityRead { community { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermCommunityUpdate($d: String) { communityUpdate(input: { description: $d }) { community { description } userErrors { code } } }"): (typeof documents)["mutation PermCommunityUpdate($d: String) { communityUpdate(input: { description: $d }) { community { description } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermModuleConfigure { communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) { community { id } userErrors { code } } }"): (typeof documents)["mutation PermModuleConfigure { communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) { community { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermMembershipRead { memberships(first: 1) { totalCount } }"): (typeof documents)["query PermMembershipRead { memberships(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermMembershipManage($login: String!) { membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) { membership { id } userErrors { code } } }"): (typeof documents)["mutation PermMembershipManage($login: String!) { membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) { membership { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermHouseholdRead { households(first: 1) { totalCount nodes { number } } }"): (typeof documents)["query PermHouseholdRead { households(first: 1) { totalCount nodes { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermHouseholdWrite($n: String!) { householdCreate(input: { number: $n, address: \"矩阵小区\" }) { household { id } userErrors { code } } }"): (typeof documents)["mutation PermHouseholdWrite($n: String!) { householdCreate(input: { number: $n, address: \"矩阵小区\" }) { household { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermResidentRead { residents(first: 1) { totalCount nodes { name } } }"): (typeof documents)["query PermResidentRead { residents(first: 1) { totalCount nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermResidentWrite($name: String!) { residentCreate(input: { name: $name, phone: \"13800001111\" }) { resident { id } userErrors { code } } }"): (typeof documents)["mutation PermResidentWrite($name: String!) { residentCreate(input: { name: $name, phone: \"13800001111\" }) { resident { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermResidentPersonal { residents(first: 1) { nodes { phone(unmasked: true) } } }"): (typeof documents)["query PermResidentPersonal { residents(first: 1) { nodes { phone(unmasked: true) } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermResidentSensitive { residents(first: 1) { nodes { sensitive { disability hardship } } } }"): (typeof documents)["query PermResidentSensitive { residents(first: 1) { nodes { sensitive { disability hardship } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermForcesRead { socialOrganizations(first: 1) { totalCount nodes { name } } }"): (typeof documents)["query PermForcesRead { socialOrganizations(first: 1) { totalCount nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermForcesManage($name: String!) { volunteerCreate(input: { name: $name }) { volunteer { id } userErrors { code } } }"): (typeof documents)["mutation PermForcesManage($name: String!) { volunteerCreate(input: { name: $name }) { volunteer { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PermApiKeyManage { apiKeyCreate(input: { name: \"矩阵\", permissions: [\"core.community.read\"] }) { secret userErrors { code } } }"): (typeof documents)["mutation PermApiKeyManage { apiKeyCreate(input: { name: \"矩阵\", permissions: [\"core.community.read\"] }) { secret userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermCommunityId { community { id } }"): (typeof documents)["query PermCommunityId { community { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field } } }\n"): (typeof documents)["\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PermHouseholdMembers { households(first: 5) { nodes { number members { name } } } }"): (typeof documents)["query PermHouseholdMembers { households(first: 5) { nodes { number members { name } } } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RelHouseholds { households(first: 5) { totalCount } }"): (typeof documents)["query RelHouseholds { households(first: 5) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number } } }\n  }\n"): (typeof documents)["\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation ResyncHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject { ... on Household { number address } }\n    }\n  }\n"): (typeof documents)["\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject { ... on Household { number address } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubMembers { memberships(first: 100) { nodes { id login active } } }\n"): (typeof documents)["\n  query SubMembers { memberships(first: 100) { nodes { id login active } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) { membership { active } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) { membership { active } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) { userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) { userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n"): (typeof documents)["\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoNode($id: ID!) { node(id: $id) { ...IsoNodeFields } }"): (typeof documents)["query IsoNode($id: ID!) { node(id: $id) { ...IsoNodeFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) { totalCount nodes { name household { number } } }\n  }\n"): (typeof documents)["\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) { totalCount nodes { name household { number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken me { activeCommunity { name } memberships { community { name } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken me { activeCommunity { name } memberships { community { name } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken me { activeCommunity { name } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken me { activeCommunity { name } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) { householdClose(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) { householdClose(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) { socialOrganization { ...IsoNodeFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) { socialOrganization { ...IsoNodeFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) { socialWorker { ...IsoNodeFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) { socialWorker { ...IsoNodeFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) { volunteerUpdate(input: $input) { volunteer { ...IsoNodeFields } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) { volunteerUpdate(input: $input) { volunteer { ...IsoNodeFields } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) { cobuildingUnit { ...IsoNodeFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) { cobuildingUnit { ...IsoNodeFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) { charityResource { ...IsoNodeFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) { charityResource { ...IsoNodeFields } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }"): (typeof documents)["query IsoNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken refreshToken userErrors { code } } }\n"): (typeof documents)["\n  mutation IsoSetupLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken refreshToken userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoCommunity { community { id name street { id name } } }"): (typeof documents)["query IsoCommunity { community { id name street { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation IsoSetupMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsoSetupHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"): (typeof documents)["mutation IsoSetupHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsoSetupResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }"): (typeof documents)["mutation IsoSetupResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation IsoSetupApiKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id prefix } userErrors { code } } }"): (typeof documents)["mutation IsoSetupApiKey($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id prefix } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupForces($o: SocialOrganizationCreateInput!, $w: SocialWorkerCreateInput!, $v: VolunteerCreateInput!, $u: CobuildingUnitCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    socialWorkerCreate(input: $w) { socialWorker { id } }\n    volunteerCreate(input: $v) { volunteer { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n  }\n"): (typeof documents)["\n  mutation IsoSetupForces($o: SocialOrganizationCreateInput!, $w: SocialWorkerCreateInput!, $v: VolunteerCreateInput!, $u: CobuildingUnitCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    socialWorkerCreate(input: $w) { socialWorker { id } }\n    volunteerCreate(input: $v) { volunteer { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) { ...IsoNodeFields }\n    households(includeClosed: true) { totalCount }\n    residents { totalCount }\n    memberships { totalCount }\n    apiKeys { totalCount }\n  }\n"): (typeof documents)["\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) { ...IsoNodeFields }\n    households(includeClosed: true) { totalCount }\n    residents { totalCount }\n    memberships { totalCount }\n    apiKeys { totalCount }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoAllNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }"): (typeof documents)["query IsoAllNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoMe { me { activeCommunity { name } memberships { community { name } } } }"): (typeof documents)["query IsoMe { me { activeCommunity { name } memberships { community { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoHouseholds { households { totalCount nodes { number } } }"): (typeof documents)["query IsoHouseholds { households { totalCount nodes { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoCommunities { communities { name } }"): (typeof documents)["query IsoCommunities { communities { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IsoResidentsNamed($search: String) { residents(search: $search) { totalCount } }"): (typeof documents)["query IsoResidentsNamed($search: String) { residents(search: $search) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) { cursor subject { ... on Household { number } } }\n  }\n"): (typeof documents)["\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) { cursor subject { ... on Household { number } } }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;