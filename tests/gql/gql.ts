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
    "query AccBaojiLevels { councilLevels { key name rules { votingUnit quorumPercent steps } } }": typeof types.AccBaojiLevelsDocument,
    "\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey level { name } } userErrors { code message } } }\n": typeof types.AccBaojiBodyCreateDocument,
    "mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { levelKey } } userErrors { code message } } }": typeof types.AccBaojiRaiseDocument,
    "mutation AccBaojiScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status step } userErrors { code message } } }": typeof types.AccBaojiScreenDocument,
    "\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code message } } }\n": typeof types.AccBaojiEscalateDocument,
    "mutation AccBaojiComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code message } } }": typeof types.AccBaojiCommentDocument,
    "mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id eligible votingUnit } userErrors { code message } } }": typeof types.AccBaojiVoteOpenDocument,
    "mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code message } } }": typeof types.AccBaojiVoteCastDocument,
    "\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed quorumMet ballotCount tally { option count } topic { status } } userErrors { code message } } }\n": typeof types.AccBaojiVoteCloseDocument,
    "mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id } userErrors { code message } } }": typeof types.AccBaojiTaskAddDocument,
    "mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { doneAt } userErrors { code message } } }": typeof types.AccBaojiTaskDoneDocument,
    "mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { status step } userErrors { code message } } }": typeof types.AccBaojiCompleteDocument,
    "mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }": typeof types.AccBaojiEvaluateDocument,
    "mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { status } userErrors { code message } } }": typeof types.AccBaojiCloseEvalDocument,
    "\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) { status title decidedAt body { levelKey } history { action fromStatus toStatus note } evaluation { count average satisfiedPercent } }\n  }\n": typeof types.AccBaojiTopicDocument,
    "query AccChangzhouLevels { councilLevels { key name rules { threshold steps onlineDiscussionOpen } } }": typeof types.AccChangzhouLevelsDocument,
    "mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey } userErrors { code message } } }": typeof types.AccChangzhouBodyCreateDocument,
    "mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status } userErrors { code message } } }": typeof types.AccChangzhouRaiseDocument,
    "mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status } userErrors { code message } } }": typeof types.AccChangzhouScreenDocument,
    "mutation AccChangzhouComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { authorName } userErrors { code message } } }": typeof types.AccChangzhouCommentDocument,
    "mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { body { levelKey } } userErrors { code message } } }": typeof types.AccChangzhouEscalateDocument,
    "mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id threshold eligible } userErrors { code message } } }": typeof types.AccChangzhouVoteOpenDocument,
    "mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }": typeof types.AccChangzhouVoteCastDocument,
    "mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed tally { count } topic { status } } userErrors { code message } } }": typeof types.AccChangzhouVoteCloseDocument,
    "query AccChangzhouTopic($id: ID!) { councilTopic(id: $id) { status body { levelKey } history { action } comments { totalCount } } }": typeof types.AccChangzhouTopicDocument,
    "mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code message } } }": typeof types.AccChangzhouJoinDocument,
    "\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code message } } }\n": typeof types.AccChangzhouActivityDocument,
    "mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code message } } }": typeof types.AccChangzhouSignUpDocument,
    "mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code message } } }": typeof types.AccChangzhouCheckInDocument,
    "mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code message } } }": typeof types.AccChangzhouCheckOutDocument,
    "query AccChangzhouPending { volunteerHours(status: PENDING) { nodes { id minutes } } }": typeof types.AccChangzhouPendingDocument,
    "mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code message } } }": typeof types.AccChangzhouConfirmDocument,
    "query AccChangzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }": typeof types.AccChangzhouMyPointsDocument,
    "mutation AccChangzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id stock } userErrors { code message } } }": typeof types.AccChangzhouItemDocument,
    "mutation AccChangzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code message } } }": typeof types.AccChangzhouRedeemDocument,
    "query AccChangzhouItems { pointsItems(first: 10) { nodes { name stock } } }": typeof types.AccChangzhouItemsDocument,
    "\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } userErrors { code message } }\n    charityResourceCreate(input: $c) { charityResource { id } userErrors { code message } }\n  }\n": typeof types.AccFengqingForcesDocument,
    "mutation AccFengqingFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id name } userErrors { code message } } }": typeof types.AccFengqingFundDocument,
    "\n  mutation AccFengqingDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id status receiptNumber donorName amountFen } userErrors { code message } } }\n": typeof types.AccFengqingDonateDocument,
    "\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n": typeof types.AccFengqingRequestDocument,
    "mutation AccFengqingApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status approvalsCount } userErrors { code message } } }": typeof types.AccFengqingApproveDocument,
    "mutation AccFengqingPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status paymentReference } userErrors { code message } } }": typeof types.AccFengqingPayDocument,
    "query AccFengqingDisbursement($id: ID!) { node(id: $id) { ... on FundDisbursement { status councilDecision approvalsCount purposeName } } }": typeof types.AccFengqingDisbursementDocument,
    "\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) { incomeFen spendingFen closingBalanceFen income { donor moneyFen } spending { purposeName amountFen } }\n  }\n": typeof types.AccFengqingStatementDocument,
    "query AccFengqingLevels { councilLevels { key name rules { cadence } } }": typeof types.AccFengqingLevelsDocument,
    "mutation AccFengqingBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id rules { cadence } } userErrors { code message } } }": typeof types.AccFengqingBodyDocument,
    "query AccFengqingBodyDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }": typeof types.AccFengqingBodyDueDocument,
    "mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id } userErrors { code message } } }": typeof types.AccFengqingRaiseDocument,
    "mutation AccFengqingScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { status } userErrors { code message } } }": typeof types.AccFengqingScreenDocument,
    "\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id scheduledAt agenda { id } } userErrors { code message } } }\n": typeof types.AccFengqingScheduleDocument,
    "mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }": typeof types.AccFengqingAttendDocument,
    "mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id } userErrors { code message } } }": typeof types.AccFengqingVoteOpenDocument,
    "mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }": typeof types.AccFengqingVoteCastDocument,
    "mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed topic { status } } userErrors { code message } } }": typeof types.AccFengqingVoteCloseDocument,
    "\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { status attendance { name } decisions { passed } } userErrors { code message } } }\n": typeof types.AccFengqingMeetingCloseDocument,
    "mutation AccFengqingCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }": typeof types.AccFengqingCreateDocument,
    "mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status takerName } userErrors { code message } } }": typeof types.AccFengqingDispatchDocument,
    "\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { status escalationTarget escalatedTo } userErrors { code message } } }\n": typeof types.AccFengqingEscalateDocument,
    "mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { status escalationAnswer } userErrors { code message } } }": typeof types.AccFengqingAnswerDocument,
    "mutation AccFengqingRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }": typeof types.AccFengqingRateDocument,
    "query AccFengqingGet($id: ID!) { serviceRequest(id: $id) { status escalatedTo escalationAnswer log { action toStatus actorRole } } }": typeof types.AccFengqingGetDocument,
    "\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id login roles } userErrors { code message } } }\n": typeof types.AcceptanceMemberAddDocument,
    "\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id number } userErrors { code message } } }\n": typeof types.AcceptanceHouseholdCreateDocument,
    "\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code message } } }\n": typeof types.AcceptanceResidentCreateDocument,
    "\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code message } } }\n": typeof types.AcceptanceResidentLinkDocument,
    "mutation AcceptanceSeat($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id } userErrors { code message } } }": typeof types.AcceptanceSeatDocument,
    "query AcceptanceMe { me { id } }": typeof types.AcceptanceMeDocument,
    "query AcceptanceModules { community { id name preset modules { key enabled settings } } }": typeof types.AcceptanceModulesDocument,
    "query AcceptanceChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }": typeof types.AcceptanceChangesDocument,
    "mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) { socialWorkerCreate(input: $input) { socialWorker { id } userErrors { code message } } }": typeof types.AccPanzhouSocialWorkerDocument,
    "\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status kind channel household { id } } userErrors { code message } } }\n": typeof types.AccPanzhouCreateDocument,
    "\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route assistantIds } userErrors { code message } } }\n": typeof types.AccPanzhouDispatchDocument,
    "mutation AccPanzhouClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }": typeof types.AccPanzhouClaimDocument,
    "mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status result } userErrors { code message } } }": typeof types.AccPanzhouResolveDocument,
    "mutation AccPanzhouRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }": typeof types.AccPanzhouRateDocument,
    "query AccPanzhouMine($id: ID!) { serviceRequest(id: $id) { status takerName result rating log { action toStatus actorRole } } }": typeof types.AccPanzhouMineDocument,
    "query AccPanzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }": typeof types.AccPanzhouMyPointsDocument,
    "mutation AccPanzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code message } } }": typeof types.AccPanzhouItemDocument,
    "mutation AccPanzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points code } userErrors { code message } } }": typeof types.AccPanzhouRedeemDocument,
    "query AccPanzhouItems { pointsItems(first: 10) { nodes { name stock } } }": typeof types.AccPanzhouItemsDocument,
    "query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) { outcomes(from: $from, to: $to) { items { key module value } } }": typeof types.AccPanzhouOutcomesDocument,
    "mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { unit { id name } userErrors { code message } } }": typeof types.AccSanshundianGridUnitDocument,
    "mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }": typeof types.AccSanshundianPlaceDocument,
    "mutation AccSanshundianDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }": typeof types.AccSanshundianDutyDocument,
    "mutation AccSanshundianReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name } userErrors { code message } } }": typeof types.AccSanshundianReportDocument,
    "query AccSanshundianMyMember { partyMyMember { name serviceMinutes serviceRecords(first: 10) { source title minutes rating } } }": typeof types.AccSanshundianMyMemberDocument,
    "\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status gridUnit } userErrors { code message } } }\n": typeof types.AccSanshundianCreateDocument,
    "\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route } userErrors { code message } } }\n": typeof types.AccSanshundianDispatchDocument,
    "mutation AccSanshundianClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }": typeof types.AccSanshundianClaimDocument,
    "mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }": typeof types.AccSanshundianResolveDocument,
    "mutation AccSanshundianRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }": typeof types.AccSanshundianRateDocument,
    "mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name } userErrors { code message } } }": typeof types.AccSanshundianPartyUnitDocument,
    "\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) { partyRotationGenerate(input: $input) { slots { position startMonth endMonth current unit { name } } userErrors { code message } } }\n": typeof types.AccSanshundianRotateDocument,
    "query AccSanshundianChair { partyChair { year startMonth endMonth current unit { id name } } }": typeof types.AccSanshundianChairDocument,
    "mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) { cobuildingUnitCreate(input: $input) { cobuildingUnit { id } userErrors { code message } } }": typeof types.AccSanshundianCobuildDocument,
    "\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) { resourcesResourceCreate(input: $input) { resource { id title } userErrors { code field message } } }\n": typeof types.AccSanshundianResourceDocument,
    "mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) { resourcesNeedCreate(input: $input) { need { id status } userErrors { code message } } }": typeof types.AccSanshundianNeedDocument,
    "query AccSanshundianMatches($needId: ID!) { resourcesNeedMatches(needId: $needId) { score reasons resource { id title provider { name } } } }": typeof types.AccSanshundianMatchesDocument,
    "\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status ownerName need { status } resources { resource { title } } } userErrors { code field message } }\n  }\n": typeof types.AccSanshundianProjectDocument,
    "mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { status } userErrors { code message } } }": typeof types.AccSanshundianProjectStartDocument,
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
    "query CoreLinkMemberships { memberships(first: 100) { nodes { id login resident { id } } } }": typeof types.CoreLinkMembershipsDocument,
    "query CoreLinkResidents { residents(first: 3) { nodes { id } } }": typeof types.CoreLinkResidentsDocument,
    "\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n": typeof types.CoreLinkResidentDocument,
    "mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { userErrors { code } } }": typeof types.CoreLinkMoveOutDocument,
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
    "query CouncilGridBodies { councilBodies(first: 50) { nodes { id } } }": typeof types.CouncilGridBodiesDocument,
    "query CouncilGridTopics { councilTopics(first: 50) { nodes { id } } }": typeof types.CouncilGridTopicsDocument,
    "\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) { id } councilTopic(id: $topic) { id } councilVote(id: $vote) { id } councilMeeting(id: $meeting) { id } node(id: $body) { id }\n  }\n": typeof types.CouncilGridLookDocument,
    "query CouncilGridBoard($bodyId: ID!) { councilBoardChanges(bodyId: $bodyId) { endCursor } }": typeof types.CouncilGridBoardDocument,
    "mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field } } }": typeof types.CouncilGridMeetingDocument,
    "mutation CouncilGridComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code field } } }": typeof types.CouncilGridCommentDocument,
    "\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.CouncilConfigureDocument,
    "\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n": typeof types.CouncilCommunityCreateDocument,
    "\n  mutation CouncilLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n": typeof types.CouncilLoginDocument,
    "\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n": typeof types.CouncilMembershipAddDocument,
    "\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": typeof types.CouncilHouseholdCreateDocument,
    "query CouncilMemberships { memberships(first: 100) { nodes { id login } } }": typeof types.CouncilMembershipsDocument,
    "query CouncilHouseholds { households(first: 40) { nodes { id } } }": typeof types.CouncilHouseholdsDocument,
    "query CouncilLevels { councilLevels { key name index rules { quorumPercent threshold votingUnit cadence onlineDiscussionOpen steps allowVoteChange } } }": typeof types.CouncilLevelsDocument,
    "\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) { body { id name levelKey level { key name index } rules { steps votingUnit threshold quorumPercent cadence onlineDiscussionOpen } parent { id } } userErrors { code field message } }\n  }\n": typeof types.CouncilBodyCreateDocument,
    "\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id role votes householdId displayName } userErrors { code field message } } }\n": typeof types.CouncilMemberAddDocument,
    "mutation CouncilMemberEnd($input: CouncilMemberEndInput!) { councilMemberEnd(input: $input) { member { id endedAt votes } userErrors { code message } } }": typeof types.CouncilMemberEndDocument,
    "\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { id } } userErrors { code field message } } }\n": typeof types.CouncilTopicRaiseDocument,
    "\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status rejectReason } userErrors { code field message } } }\n": typeof types.CouncilTopicScreenDocument,
    "\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code field message } } }\n": typeof types.CouncilTopicEscalateDocument,
    "mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) { councilTopicResolve(input: $input) { topic { id status } userErrors { code message } } }": typeof types.CouncilTopicResolveDocument,
    "mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { id status doneAt } userErrors { code message } } }": typeof types.CouncilTopicCompleteDocument,
    "\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { id status } userErrors { code message } } }\n": typeof types.CouncilTopicCloseEvaluationDocument,
    "mutation CouncilCommentPost($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id authorName text } userErrors { code message } } }": typeof types.CouncilCommentPostDocument,
    "mutation CouncilTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id ownerName dueOn overdue } userErrors { code field message } } }": typeof types.CouncilTaskAddDocument,
    "mutation CouncilTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { id doneAt } userErrors { code message } } }": typeof types.CouncilTaskDoneDocument,
    "\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }\n": typeof types.CouncilTopicEvaluateDocument,
    "\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id status eligible quorumPercent threshold votingUnit allowChange options } userErrors { code field message } } }\n": typeof types.CouncilVoteOpenDocument,
    "mutation CouncilVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code field message } } }": typeof types.CouncilVoteCastDocument,
    "mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) { councilVoteEnter(input: $input) { vote { id } userErrors { code field message } } }": typeof types.CouncilVoteEnterDocument,
    "\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) { vote { id status quorumMet passed winner ballotCount tally { option count } topic { id status } } userErrors { code field message } }\n  }\n": typeof types.CouncilVoteCloseDocument,
    "\n  query CouncilVoteGet($id: ID!) { councilVote(id: $id) { id status passed quorumMet ballotCount tally { option count } ballots { choice channel enteredBy memberId member { id displayName } } } }\n": typeof types.CouncilVoteGetDocument,
    "\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id status step title fundRequestFen decidedAt doneAt body { id levelKey }\n      history { action fromStatus toStatus note }\n      comments { totalCount nodes { authorName text } }\n      tasks { title doneAt }\n      votes { id passed }\n      evaluation { count average satisfiedPercent }\n    }\n  }\n": typeof types.CouncilTopicGetDocument,
    "query CouncilIsoGridUnits { gridUnits(first: 1) { nodes { id } } }": typeof types.CouncilIsoGridUnitsDocument,
    "mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }": typeof types.CouncilIsoGridUnitCreateDocument,
    "mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code } } }": typeof types.CouncilIsoMeetingDocument,
    "mutation CouncilIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }": typeof types.CouncilIsoHouseholdDocument,
    "mutation CouncilIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } } }": typeof types.CouncilIsoMemberDocument,
    "query CouncilPermBodies { councilBodies { totalCount } }": typeof types.CouncilPermBodiesDocument,
    "mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code message } } }": typeof types.CouncilPermMeetingDocument,
    "mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }": typeof types.CouncilPermAttendDocument,
    "mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id } userErrors { code message } } }": typeof types.CouncilPermDocumentDocument,
    "query CouncilPermCommunity { community { id } }": typeof types.CouncilPermCommunityDocument,
    "mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { userErrors { code } } }": typeof types.CouncilPermCompleteDocument,
    "query CouncilPermNode($id: ID!) { node(id: $id) { id } }": typeof types.CouncilPermNodeDocument,
    "mutation CouncilPermBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }": typeof types.CouncilPermBodyDocument,
    "\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field message } } }\n": typeof types.CouncilReminderMeetingDocument,
    "mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { id status } userErrors { code message } } }": typeof types.CouncilReminderMeetingCloseDocument,
    "query CouncilReminderNextDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }": typeof types.CouncilReminderNextDueDocument,
    "query CouncilReminderChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }": typeof types.CouncilReminderChangesDocument,
    "\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id kind scheduledAt agenda { id } } userErrors { code field message } } }\n": typeof types.CouncilMeetingScheduleDocument,
    "mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) { councilAttendanceRecord(input: $input) { meeting { id attendanceCount } userErrors { code message } } }": typeof types.CouncilAttendanceRecordDocument,
    "mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }": typeof types.CouncilMeetingAttendDocument,
    "\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) { meeting { id status minutes attendance { name channel isMember } decisions { id passed topic { id } } } userErrors { code message } }\n  }\n": typeof types.CouncilMeetingCloseDocument,
    "\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id version kind title } userErrors { code message } } }\n": typeof types.CouncilDocumentPublishDocument,
    "\n  query CouncilBodyDocs($id: ID!, $all: Boolean) { councilBody(id: $id) { id nextMeetingDue votingSeats documents(allVersions: $all) { version kind title text } } }\n": typeof types.CouncilBodyDocsDocument,
    "\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) { meetingsHeld topicsRaised topicsDecided topicsDone averageDaysToDone participationPercent levels { levelKey meetingsHeld topicsRaised topicsDecided topicsDone } }\n  }\n": typeof types.CouncilStatsDocument,
    "query CouncilChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }": typeof types.CouncilChangesDocument,
    "mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": typeof types.CouncilBaojiConfigureDocument,
    "query CouncilDispatchTopics($bodyId: ID) { councilTopics(bodyId: $bodyId) { nodes { title status source } } }": typeof types.CouncilDispatchTopicsDocument,
    "mutation DispatchGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }": typeof types.DispatchGridUnitDocument,
    "mutation DispatchGridDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }": typeof types.DispatchGridDutyDocument,
    "mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }": typeof types.DispatchGridPlaceDocument,
    "mutation DispatchGridHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": typeof types.DispatchGridHouseholdDocument,
    "\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) { totalCount nodes { id status gridUnit takerName dueAt overdue requester { id name } household { id number } } }\n  }\n": typeof types.DispatchBoardPageDocument,
    "query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n    dispatchBoard(first: $first, after: $after, last: $last, before: $before) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": typeof types.DispatchBoardPagedDocument,
    "\n  query DispatchEscalationTargets($category: String) { dispatchEscalationTargets(category: $category) { name source target kind categories } }\n": typeof types.DispatchEscalationTargetsDocument,
    "\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo escalatedToTarget } userErrors { code field message } }\n  }\n": typeof types.DispatchEscalationEscalateDocument,
    "\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name } userErrors { code field message } } }\n": typeof types.DispatchEscalationPartyTargetCreateDocument,
    "\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id active } userErrors { code field message } } }\n": typeof types.DispatchEscalationPartyTargetUpdateDocument,
    "query DispatchEscalationPartyTargets { partyEscalationTargets { id name } }": typeof types.DispatchEscalationPartyTargetsDocument,
    "\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.DispatchConfigureDocument,
    "query DispatchMembers { memberships(first: 100) { nodes { id login roles } } }": typeof types.DispatchMembersDocument,
    "query DispatchResidents { residents(first: 5) { nodes { id name household { id } } } }": typeof types.DispatchResidentsDocument,
    "\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) { serviceRequest { id status kind channel onBehalf dueAt gridUnit requester { id } household { id } } userErrors { code field message } }\n  }\n": typeof types.DispatchCreateDocument,
    "\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) { serviceRequest { id status route takerName assistantIds } userErrors { code field message } }\n  }\n": typeof types.DispatchDispatchDocument,
    "\n  mutation DispatchClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { id status takerName } userErrors { code message } } }\n": typeof types.DispatchClaimDocument,
    "\n  mutation DispatchNote($input: ServiceRequestNoteInput!) { serviceRequestNote(input: $input) { serviceRequest { id status } userErrors { code message } } }\n": typeof types.DispatchNoteDocument,
    "\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) { serviceRequestHandOver(input: $input) { serviceRequest { id status takerName } userErrors { code field message } } }\n": typeof types.DispatchHandOverDocument,
    "\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo } userErrors { code field message } } }\n": typeof types.DispatchEscalateDocument,
    "\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { id status escalationAnswer result } userErrors { code message } } }\n": typeof types.DispatchAnswerDocument,
    "\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { id status result } userErrors { code field message } } }\n": typeof types.DispatchResolveDocument,
    "\n  mutation DispatchRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { id status rating ratingComment } userErrors { code field message } } }\n": typeof types.DispatchRateDocument,
    "\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) { serviceRequestReopen(input: $input) { serviceRequest { id status reopenCount takerName } userErrors { code message } } }\n": typeof types.DispatchReopenDocument,
    "\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) { serviceRequestCancel(input: $input) { serviceRequest { id status closeReason } userErrors { code field message } } }\n": typeof types.DispatchCancelDocument,
    "\n  mutation DispatchReject($input: ServiceRequestNoteInput!) { serviceRequestReject(input: $input) { serviceRequest { id status closeReason } userErrors { code message } } }\n": typeof types.DispatchRejectDocument,
    "\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) { serviceRequestMerge(input: $input) { serviceRequest { id status mergedInto { id } } userErrors { code field message } } }\n": typeof types.DispatchMergeDocument,
    "\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) { id status kind route takerName rating overdue reopenCount requester { id } log { action fromStatus toStatus actorRole body at } }\n  }\n": typeof types.DispatchGetDocument,
    "\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) { serviceRequests(first: 100, mine: $mine, status: $status) { totalCount nodes { id status } } }\n": typeof types.DispatchListDocument,
    "mutation DispatchIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.DispatchIsoLoginDocument,
    "mutation DispatchIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": typeof types.DispatchIsoCommunityDocument,
    "mutation DispatchIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": typeof types.DispatchIsoMemberDocument,
    "query DispatchIsoBoard($grid: ID) { dispatchBoard(grid: $grid) { totalCount nodes { id title } } }": typeof types.DispatchIsoBoardDocument,
    "mutation DispatchIsoUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }": typeof types.DispatchIsoUnitDocument,
    "mutation DispatchOpen311Key($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } } }": typeof types.DispatchOpen311KeyDocument,
    "mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { userErrors { code } } }": typeof types.DispatchOpen311RevokeDocument,
    "mutation DispatchOpen311Login($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.DispatchOpen311LoginDocument,
    "mutation DispatchOpen311Community($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": typeof types.DispatchOpen311CommunityDocument,
    "mutation DispatchOpen311Member($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": typeof types.DispatchOpen311MemberDocument,
    "query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } } }": typeof types.DispatchPermMetricsDocument,
    "query DispatchPermBoard { dispatchBoard(first: 1) { totalCount } }": typeof types.DispatchPermBoardDocument,
    "query DispatchPermCommunity { community { id } }": typeof types.DispatchPermCommunityDocument,
    "\n  mutation DispatchRaceMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n": typeof types.DispatchRaceMemberDocument,
    "\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } gridRanking { gridUnit received } } }\n": typeof types.DispatchMetricsPeriodDocument,
    "mutation FundFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": typeof types.FundFxEnableDocument,
    "query FundFxMembers { memberships(first: 100) { nodes { id login } } community { id } }": typeof types.FundFxMembersDocument,
    "mutation FundFxAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }": typeof types.FundFxAddMemberDocument,
    "\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    named: charityResourceCreate(input: $c) { charityResource { id } }\n    anon: charityResourceCreate(input: $a) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n": typeof types.FundFxForcesDocument,
    "\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) { fund { id name kind purpose balanceFen custodian { name type } roster { displayName role } } userErrors { code field message } }\n  }\n": typeof types.FundCreateDocument,
    "\n  mutation FundUpdate($input: FundUpdateInput!) { fundUpdate(input: $input) { fund { id name active roster { displayName role } } userErrors { code field message } } }\n": typeof types.FundUpdateDocument,
    "\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id name balanceFen goodsValuationFen incomeFen spentFen receiptsIssued\n      permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors }\n    }\n  }\n": typeof types.FundGetDocument,
    "\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) { donation { id status kind amountFen receiptNumber donorName anonymous } userErrors { code field message } }\n  }\n": typeof types.FundRecordDocument,
    "\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) { donation { id status receiptNumber donorName mine permissions { fulfil cancel refund } } userErrors { code field message } }\n  }\n": typeof types.FundPledgeDocument,
    "\n  mutation FundFulfil($input: FundPledgeFulfilInput!) { fundPledgeFulfil(input: $input) { donation { id status receiptNumber } userErrors { code field message } } }\n": typeof types.FundFulfilDocument,
    "\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) { fundPledgeCancel(input: $input) { donation { id status reason } userErrors { code field message } } }\n": typeof types.FundPledgeCancelDocument,
    "\n  mutation FundRefund($input: FundDonationRefundInput!) { fundDonationRefund(input: $input) { donation { id status refundedAt } userErrors { code field message } } }\n": typeof types.FundRefundDocument,
    "\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n": typeof types.FundRequestDocument,
    "\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) { disbursement { id status approvalsCount } userErrors { code field message } }\n  }\n": typeof types.FundApproveDocument,
    "\n  mutation FundReject($input: FundDisbursementCloseInput!) { fundDisbursementReject(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n": typeof types.FundRejectDocument,
    "\n  mutation FundCancel($input: FundDisbursementCloseInput!) { fundDisbursementCancel(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n": typeof types.FundCancelDocument,
    "\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) { disbursement { id status paymentReference } userErrors { code field message } }\n  }\n": typeof types.FundPayDocument,
    "\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName openingBalanceFen incomeFen goodsFen spendingFen closingBalanceFen\n      income { donor anonymous moneyFen goodsFen count }\n      spending { purpose purposeName amountFen count }\n      csv\n    }\n  }\n": typeof types.FundStatementQDocument,
    "\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) { permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors } }\n    node(id: $d) { ... on FundDisbursement { permissions { approve reject cancel pay } } }\n  }\n": typeof types.FundMatrixPermsDocument,
    "query FundMatrixAnon($fundId: ID!) { fundDonations(fundId: $fundId, first: 100) { nodes { id donorName } } }": typeof types.FundMatrixAnonDocument,
    "mutation FundMatrixCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": typeof types.FundMatrixCommunityDocument,
    "mutation FundMatrixLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.FundMatrixLoginDocument,
    "mutation FundMatrixAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }": typeof types.FundMatrixAddDocument,
    "\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes { id status approvalsCount requesterName purposeName approvalEntries { approverName } permissions { approve reject cancel pay } }\n    }\n  }\n": typeof types.FundRequestsDocument,
    "\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) { totalCount nodes { id donorName donorType donorId anonymous receiptNumber status mine } }\n  }\n": typeof types.FundDonationsDocument,
    "query FundNode($id: ID!) { node(id: $id) { id ... on FundDisbursement { status amountFen } ... on FundDonation { amountFen } ... on Fund { name } } }": typeof types.FundNodeDocument,
    "query FundList { funds { totalCount nodes { id name } } }": typeof types.FundListDocument,
    "mutation FundDisable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.FundDisableDocument,
    "mutation FundReEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.FundReEnableDocument,
    "mutation FundIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.FundIsoLoginDocument,
    "mutation FundIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": typeof types.FundIsoCommunityDocument,
    "mutation FundIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }": typeof types.FundIsoMemberDocument,
    "mutation FundIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.FundIsoEnableDocument,
    "mutation FundIsoForces($o: SocialOrganizationCreateInput!) { socialOrganizationCreate(input: $o) { socialOrganization { id } } }": typeof types.FundIsoForcesDocument,
    "query FundIsoMembers { memberships { nodes { id login } } }": typeof types.FundIsoMembersDocument,
    "mutation FundIsoRequest($input: FundDisbursementRequestInput!) { fundDisbursementRequest(input: $input) { disbursement { status councilTopicId approvalsRequired } userErrors { code field } } }": typeof types.FundIsoRequestDocument,
    "\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.GridCareConfigureDocument,
    "query GridCareResidents { residents(first: 100) { nodes { id name household { number } } } }": typeof types.GridCareResidentsDocument,
    "query GridCareMemberships { memberships(first: 50) { nodes { id login } } }": typeof types.GridCareMembershipsDocument,
    "\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) { gridCareMember { id category categoryName visitEveryDays dueOn overdue responsibleName } userErrors { code field } }\n  }\n": typeof types.GridCareEnrollDocument,
    "\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { id responsibleName } userErrors { code } } }\n": typeof types.GridCareUpdateDocument,
    "mutation GridCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { id endsOn } userErrors { code } } }": typeof types.GridCareEndDocument,
    "\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id kind kindName dueOn onTime notes } userErrors { code field } } }\n": typeof types.GridCareVisitDocument,
    "\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) { totalCount nodes { id category overdue evidence resident { name } visits { kind } } }\n  }\n": typeof types.GridCareListDocument,
    "query GridCareOne($id: ID!) { gridCareMember(id: $id) { id evidence resident { name } } }": typeof types.GridCareOneDocument,
    "query GridCareNode($id: ID!) { node(id: $id) { id ... on GridCareMember { evidence } } }": typeof types.GridCareNodeDocument,
    "query GridCareCoverageQ { gridCareCoverage { members withResponsible onTime covered rate } }": typeof types.GridCareCoverageQDocument,
    "mutation GridCareNotify { gridCareOverdueNotify { notified userErrors { code } } }": typeof types.GridCareNotifyDocument,
    "query GridCareFile($h: ID!) { gridHouseholdFile(household: $h) { careMembers { category } } }": typeof types.GridCareFileDocument,
    "query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }": typeof types.GridCareMetricsDocument,
    "\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.GridImportConfigureDocument,
    "\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) { report { applied units households residents placements problems { sheet row field reason } } userErrors { code message } }\n  }\n": typeof types.GridImportDocument,
    "query GridImportTree { gridUnits(first: 100) { totalCount nodes { code householdCount } } }": typeof types.GridImportTreeDocument,
    "mutation GridIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.GridIsoLoginDocument,
    "mutation GridIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": typeof types.GridIsoCommunityDocument,
    "mutation GridIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": typeof types.GridIsoMemberDocument,
    "mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.GridIsoConfigureDocument,
    "mutation GridIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }": typeof types.GridIsoHouseholdDocument,
    "mutation GridIsoResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } } }": typeof types.GridIsoResidentDocument,
    "query GridIsoUnit($id: ID!) { gridUnit(id: $id) { code name households { totalCount } } }": typeof types.GridIsoUnitDocument,
    "query GridIsoUnits($id: ID) { gridUnits(parent: $id) { totalCount nodes { code } } }": typeof types.GridIsoUnitsDocument,
    "query GridIsoPath($id: ID!) { gridHouseholdPath(household: $id) { code } }": typeof types.GridIsoPathDocument,
    "query GridIsoResponsible($id: ID!) { gridResponsible(household: $id) { holderName } }": typeof types.GridIsoResponsibleDocument,
    "query GridIsoFile($id: ID!) { gridHouseholdFile(household: $id) { household { number } members { name } } }": typeof types.GridIsoFileDocument,
    "query GridIsoCoverage($id: ID) { gridCoverage(unit: $id) { roleGapCount householdsWithoutResponsible { number } } }": typeof types.GridIsoCoverageDocument,
    "query GridIsoCareMember($id: ID!) { gridCareMember(id: $id) { evidence } }": typeof types.GridIsoCareMemberDocument,
    "query GridIsoCareMembers($id: ID) { gridCareMembers(unit: $id) { totalCount nodes { evidence } } }": typeof types.GridIsoCareMembersDocument,
    "mutation GridIsoUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { code } userErrors { code field } } }": typeof types.GridIsoUnitCreateDocument,
    "mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { code } userErrors { code field } } }": typeof types.GridIsoUnitUpdateDocument,
    "mutation GridIsoUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { code } userErrors { code field } } }": typeof types.GridIsoUnitMoveDocument,
    "mutation GridIsoPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code field } } }": typeof types.GridIsoPlaceDocument,
    "mutation GridIsoDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { role } userErrors { code field } } }": typeof types.GridIsoDutyAssignDocument,
    "mutation GridIsoDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { role } userErrors { code field } } }": typeof types.GridIsoDutyEndDocument,
    "mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { evidence } userErrors { code field } } }": typeof types.GridIsoEnrollDocument,
    "mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { evidence } userErrors { code field } } }": typeof types.GridIsoCareUpdateDocument,
    "mutation GridIsoCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { evidence } userErrors { code field } } }": typeof types.GridIsoCareEndDocument,
    "mutation GridIsoVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { notes } userErrors { code field } } }": typeof types.GridIsoVisitDocument,
    "mutation GridIsoExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code field } } }": typeof types.GridIsoExportDocument,
    "mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } } }": typeof types.GridIsoEnrollBDocument,
    "query GridMatrixCommunity { community { id } }": typeof types.GridMatrixCommunityDocument,
    "mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.GridMatrixConfigureDocument,
    "query GridMatrixUnits { gridUnits { totalCount } }": typeof types.GridMatrixUnitsDocument,
    "mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }": typeof types.GridMatrixUnitCreateDocument,
    "mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code } } }": typeof types.GridMatrixPlaceDocument,
    "query GridMatrixNodeUnit($id: ID!) { node(id: $id) { id } }": typeof types.GridMatrixNodeUnitDocument,
    "query GridMatrixResponsible($h: ID!) { gridResponsible(household: $h) { role } }": typeof types.GridMatrixResponsibleDocument,
    "mutation GridMatrixDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code } } }": typeof types.GridMatrixDutyDocument,
    "query GridMatrixCoverage { gridCoverage { roleGapCount } }": typeof types.GridMatrixCoverageDocument,
    "query GridMatrixFile($h: ID!) { gridHouseholdFile(household: $h) { tags } }": typeof types.GridMatrixFileDocument,
    "query GridMatrixCare { gridCareMembers { totalCount } }": typeof types.GridMatrixCareDocument,
    "query GridMatrixCareNode($id: ID!) { node(id: $id) { id } }": typeof types.GridMatrixCareNodeDocument,
    "mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code } } }": typeof types.GridMatrixEnrollDocument,
    "mutation GridMatrixVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code } } }": typeof types.GridMatrixVisitDocument,
    "mutation GridMatrixImport($input: GridImportInput!) { gridImport(input: $input) { report { applied } userErrors { code } } }": typeof types.GridMatrixImportDocument,
    "mutation GridMatrixExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code } } }": typeof types.GridMatrixExportDocument,
    "\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.GridPiiConfigureDocument,
    "\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id idNumber phone } userErrors { code field } } }\n": typeof types.GridPiiResidentCreateDocument,
    "\n  query GridPiiLookup($idNumber: String, $phone: String) { residents(first: 5, idNumber: $idNumber, phone: $phone) { totalCount nodes { id name } } }\n": typeof types.GridPiiLookupDocument,
    "\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on Resident { name idNumber(unmasked: $unmasked) phone(unmasked: $unmasked) } } }\n": typeof types.GridPiiReadDocument,
    "\n  query GridPiiAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 20) { totalCount nodes { at subject account fields reason requestId } } }\n": typeof types.GridPiiAccessLogDocument,
    "query GridPiiReadWhy($id: ID!) { node(id: $id) { ... on Resident { idNumber(unmasked: true, reason: \"核对低保申请\") } } }": typeof types.GridPiiReadWhyDocument,
    "query GridPiiHouseholds { households(first: 100) { nodes { id number members { id } } } }": typeof types.GridPiiHouseholdsDocument,
    "\n  mutation GridPiiImport($input: GridImportInput!) { gridImport(input: $input) { report { applied residents problems { sheet row field reason } } userErrors { code } } }\n": typeof types.GridPiiImportDocument,
    "\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.GridLiveConfigureDocument,
    "query GridLiveUnits { gridUnits(first: 10) { nodes { id code } } }": typeof types.GridLiveUnitsDocument,
    "query GridLiveMembers { memberships(first: 50) { nodes { id login } } }": typeof types.GridLiveMembersDocument,
    "query GridLiveHouseholds { households(first: 100) { nodes { id number } } }": typeof types.GridLiveHouseholdsDocument,
    "query GridLiveNode($id: ID!) { node(id: $id) { id } }": typeof types.GridLiveNodeDocument,
    "\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code field } } }\n": typeof types.GridLiveDutyAssignDocument,
    "\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { endsOn } userErrors { code field } } }\n": typeof types.GridLiveDutyEndDocument,
    "\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { userErrors { code field } } }\n": typeof types.GridLiveHouseholdUpdateDocument,
    "\n  subscription GridLiveChanges($types: [String!]) { changes(types: $types) { cursor subjectType subject { ... on Household { number } } } }\n": typeof types.GridLiveChangesDocument,
    "\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.GridScopeConfigureDocument,
    "query GridScopeHouseholds { households(first: 100) { totalCount nodes { id number members { id name } } } }": typeof types.GridScopeHouseholdsDocument,
    "query GridScopeResidents($after: String) { residents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id household { number } } } }": typeof types.GridScopeResidentsDocument,
    "query GridScopeNode($id: ID!) { node(id: $id) { id ... on Household { number } ... on Resident { name } } }": typeof types.GridScopeNodeDocument,
    "\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { id tags } userErrors { code field } } }\n": typeof types.GridScopeHouseholdUpdateDocument,
    "\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { id relationToHead } userErrors { code field } } }\n": typeof types.GridScopeResidentUpdateDocument,
    "\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code field } } }\n": typeof types.GridScopeResidentCreateDocument,
    "\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code field } } }\n": typeof types.GridScopeCareEnrollDocument,
    "\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code field } } }\n": typeof types.GridScopeCareVisitDocument,
    "\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code field message } } }\n": typeof types.GridScopeRequestCreateDocument,
    "\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId status } userErrors { code field message } } }\n": typeof types.GridScopePointsAdjustDocument,
    "\n  query GridScopeActivity($h: ID!) { gridHouseholdFile(household: $h) { household { number } activity(first: 50) { type subject data } } }\n": typeof types.GridScopeActivityDocument,
    "\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.GridConfigureDocument,
    "\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes { id code name level levelName sortOrder hasChildren householdCount parent { code } children { totalCount nodes { code } } }\n    }\n  }\n": typeof types.GridTreeDocument,
    "\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) { totalCount pageInfo { hasNextPage endCursor } nodes { id number members { name } } }\n      residents(first: 5) { totalCount nodes { name phone } }\n      duties { role roleName holderName holder { id } }\n    }\n  }\n": typeof types.GridUnitPeopleDocument,
    "query GridPath($h: ID!) { gridHouseholdPath(household: $h) { code levelName } }": typeof types.GridPathDocument,
    "query GridCoreHouseholds($search: String) { households(search: $search, first: 100) { nodes { id number building } } }": typeof types.GridCoreHouseholdsDocument,
    "query GridMemberships { memberships(first: 50) { nodes { id login } } }": typeof types.GridMembershipsDocument,
    "\n  mutation GridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id code level outline parent { code } } userErrors { code field } } }\n": typeof types.GridUnitCreateDocument,
    "\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { id name sortOrder } userErrors { code field } } }\n": typeof types.GridUnitUpdateDocument,
    "\n  mutation GridUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { id parent { code } } userErrors { code field } } }\n": typeof types.GridUnitMoveDocument,
    "\n  mutation GridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { unit { code } endedAt } userErrors { code field } } }\n": typeof types.GridPlaceDocument,
    "\n  mutation GridDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id role startsOn endsOn unit { code } } userErrors { code field } } }\n": typeof types.GridDutyAssignDocument,
    "\n  mutation GridDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { id endsOn } userErrors { code field message } } }\n": typeof types.GridDutyEndDocument,
    "query GridResponsible($h: ID!) { gridResponsible(household: $h) { role roleName holderName unit { code } } }": typeof types.GridResponsibleDocument,
    "\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount roleGaps { role roleName unit { code } }\n      householdsWithoutResponsibleCount householdsWithoutResponsible { number }\n      unplacedHouseholdCount\n    }\n  }\n": typeof types.GridCoverageDocument,
    "\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household { number } tags unit { code } path { code } responsible { roleName holderName }\n      members { name idNumber } placements { unit { code } endedAt } careMembers { category } activity { type }\n    }\n  }\n": typeof types.GridFileDocument,
    "query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }": typeof types.GridMetricsDocument,
    "\n  mutation GridExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv log { kind rowCount exportedAt } } userErrors { code } } }\n": typeof types.GridExportDocument,
    "query GridExportLogs { gridExportLogs { totalCount nodes { kind rowCount } } }": typeof types.GridExportLogsDocument,
    "\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id preset } userErrors { code message } } }\n": typeof types.HarnessCommunityCreateDocument,
    "query PartyMatRead { partyUnits(first: 1) { totalCount } partyChair { id } }": typeof types.PartyMatReadDocument,
    "query PartyMatMembers { partyMembers(first: 1) { totalCount nodes { name phone } } }": typeof types.PartyMatMembersDocument,
    "mutation PartyIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": typeof types.PartyIsoCommunityDocument,
    "mutation PartyIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.PartyIsoLoginDocument,
    "mutation PartyIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": typeof types.PartyIsoMemberDocument,
    "query PartyIsoResidents { residents(first: 1) { nodes { id } } }": typeof types.PartyIsoResidentsDocument,
    "query PartyIsoUnit($id: ID!) { partyUnit(id: $id) { id name contactPhone } }": typeof types.PartyIsoUnitDocument,
    "query PartyIsoMeeting($id: ID!) { partyMeeting(id: $id) { id title } }": typeof types.PartyIsoMeetingDocument,
    "query PartyIsoItem($id: ID!) { partyServiceItem(id: $id) { id title } }": typeof types.PartyIsoItemDocument,
    "query PartyIsoMemberQ($id: ID!) { partyMember(id: $id) { id name } }": typeof types.PartyIsoMemberQDocument,
    "query PartyIsoMembers($unitId: ID) { partyMembers(unitId: $unitId) { totalCount nodes { name } } }": typeof types.PartyIsoMembersDocument,
    "mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id name } userErrors { code field } } }": typeof types.PartyIsoTargetUpdateDocument,
    "mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) { partyServiceItemClose(input: $input) { item { id } userErrors { code field } } }": typeof types.PartyIsoItemCloseDocument,
    "mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) { partyMemberUpdate(input: $input) { member { id } userErrors { code field } } }": typeof types.PartyIsoMemberUpdateDocument,
    "query PartyIsoNode($id: ID!) { node(id: $id) { id ... on PartyUnit { name } ... on PartyMeeting { title } } }": typeof types.PartyIsoNodeDocument,
    "mutation PartyConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": typeof types.PartyConfigureDocument,
    "query PartyFxMembers { memberships(first: 100) { nodes { id login } } community { id } }": typeof types.PartyFxMembersDocument,
    "\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name kind contactPhone sortOrder active isMine } userErrors { code field message } } }\n": typeof types.PartyUnitCreateDocument,
    "\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) { partyUnitUpdate(input: $input) { unit { id name active contactPhone } userErrors { code field message } } }\n": typeof types.PartyUnitUpdateDocument,
    "\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) { totalCount nodes { id name sortOrder contactPhone active } pageInfo { hasNextPage endCursor } }\n  }\n": typeof types.PartyUnitsDocument,
    "\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) { slots { id year position startMonth endMonth unit { id name } } userErrors { code field message } }\n  }\n": typeof types.PartyRotationGenerateDocument,
    "query PartyRotation($year: Int!) { partyRotation(year: $year) { id position startMonth endMonth current unit { id name } } }": typeof types.PartyRotationDocument,
    "query PartyChair($year: Int, $month: Int) { partyChair(year: $year, month: $month) { id year position startMonth endMonth current unit { id name } } }": typeof types.PartyChairDocument,
    "\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) { partyRotationSlotReplace(input: $input) { slot { id position unit { id } } userErrors { code field message } } }\n": typeof types.PartySlotReplaceDocument,
    "\n  mutation PartySwap($input: PartyRotationSwapInput!) { partyRotationSwap(input: $input) { slots { position unit { id } } userErrors { code field message } } }\n": typeof types.PartySwapDocument,
    "\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) { meeting { id title status conveningUnit { id name } } userErrors { code field message } }\n  }\n": typeof types.PartyMeetingScheduleDocument,
    "\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) { meeting { id attendance { present attendees unit { id } } } userErrors { code field message } }\n  }\n": typeof types.PartyAttendanceDocument,
    "\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) { meeting { id status minutes heldAt decisions { position text dueOn ownerUnit { id } } } userErrors { code field message } }\n  }\n": typeof types.PartyMeetingCloseDocument,
    "mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) { partyMeetingCancel(input: $input) { meeting { id status } userErrors { code field message } } }": typeof types.PartyMeetingCancelDocument,
    "\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) { item { id title capacity claimedCount remaining audience status } userErrors { code field message } }\n  }\n": typeof types.PartyItemPublishDocument,
    "\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) { claim { id status claimantName mine unit { id } item { id remaining } } userErrors { code field message } }\n  }\n": typeof types.PartyItemClaimDocument,
    "\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) { claim { id status record minutes completedAt } userErrors { code field message } }\n  }\n": typeof types.PartyClaimCompleteDocument,
    "\n  mutation PartyMemberReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name isMe hasLogin unit { id } } userErrors { code field message } } }\n": typeof types.PartyMemberReportDocument,
    "\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) { partyMemberRegister(input: $input) { member { id name phone hasLogin residentLinked } userErrors { code field message } } }\n": typeof types.PartyMemberRegisterDocument,
    "\n  query PartyMyMember { partyMyMember { id name serviceMinutes serviceRecords(first: 50) { source title minutes rating servedAt } } }\n": typeof types.PartyMyMemberDocument,
    "\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name kind categories contactPhone unit { id } } userErrors { code field message } } }\n": typeof types.PartyTargetCreateDocument,
    "query PartyMemberPhone($id: ID!) { partyMember(id: $id) { name phone } }": typeof types.PartyMemberPhoneDocument,
    "query PartyTargets($category: String) { partyEscalationTargets(category: $category) { name contactPhone } }": typeof types.PartyTargetsDocument,
    "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me { displayName activeCommunity { name } memberships { roles } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken refreshToken userErrors { code } }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) { revoked userErrors { code } }\n  }\n": typeof types.LogoutDocument,
    "query Me { me { login activeCommunity { name } } }": typeof types.MeDocument,
    "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) { disabled userErrors { code } }\n  }\n": typeof types.SetDisabledDocument,
    "query AuthCommunityName { community { name } }": typeof types.AuthCommunityNameDocument,
    "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number } userErrors { code field } }\n  }\n": typeof types.EvHouseholdCreateDocument,
    "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events { cursor type subjectType subject { ... on Household { number } } }\n      endCursor\n      hasMore\n    }\n  }\n": typeof types.EvChangesDocument,
    "\n  subscription EvLive($after: String) {\n    changes(after: $after) { cursor type subject { ... on Household { number } } }\n  }\n": typeof types.EvLiveDocument,
    "\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": typeof types.FanoutHouseholdCreateDocument,
    "\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number address } } }\n  }\n": typeof types.FanoutChangesDocument,
    "query FanoutMembers { memberships(first: 100) { nodes { id login } } }": typeof types.FanoutMembersDocument,
    "\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { userErrors { code } } }\n": typeof types.FanoutMembershipUpdateDocument,
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
    "mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": typeof types.OutcomesConfigureDocument,
    "query OutcomesWhere { community { id street { id } } memberships(first: 100) { nodes { id login } } }": typeof types.OutcomesWhereDocument,
    "mutation OutcomesCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }": typeof types.OutcomesCommunityDocument,
    "mutation OutcomesLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.OutcomesLoginDocument,
    "mutation OutcomesMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }": typeof types.OutcomesMemberDocument,
    "mutation OutcomesRequest($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code message } } }": typeof types.OutcomesRequestDocument,
    "mutation OutcomesAssign($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status } userErrors { code message } } }": typeof types.OutcomesAssignDocument,
    "mutation OutcomesResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }": typeof types.OutcomesResolveDocument,
    "mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }": typeof types.OutcomesVolunteerDocument,
    "mutation OutcomesActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { shifts { id } } userErrors { code message } } }": typeof types.OutcomesActivityDocument,
    "mutation OutcomesSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }": typeof types.OutcomesSignUpDocument,
    "mutation OutcomesCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }": typeof types.OutcomesCheckInDocument,
    "mutation OutcomesCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }": typeof types.OutcomesCheckOutDocument,
    "query OutcomesPending { volunteerHours(first: 100, status: PENDING) { nodes { id } } }": typeof types.OutcomesPendingDocument,
    "mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }": typeof types.OutcomesConfirmDocument,
    "mutation OutcomesStation($input: StationCreateInput!) { stationCreate(input: $input) { station { id } userErrors { code message } } }": typeof types.OutcomesStationDocument,
    "mutation OutcomesService($input: StationServiceCreateInput!) { stationServiceCreate(input: $input) { service { id } userErrors { code message } } }": typeof types.OutcomesServiceDocument,
    "mutation OutcomesBook($input: StationBookingCreateInput!) { stationBookingCreate(input: $input) { booking { id } userErrors { code message } } }": typeof types.OutcomesBookDocument,
    "mutation OutcomesAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id } userErrors { code } } }": typeof types.OutcomesAttendDocument,
    "\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) { from to previousFrom items { module moduleName key name aggregation value previousValue change changePercent communities } }\n  }\n": typeof types.OutcomesDashboardDocument,
    "\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId streetName\n      totals { module key aggregation value previousValue change communities }\n      communities { communityId communityName items { key value } }\n    }\n  }\n": typeof types.OutcomesStreetDocument,
    "query PermCommunityRead { community { name } }": typeof types.PermCommunityReadDocument,
    "mutation PermCommunityUpdate($d: String) { communityUpdate(input: { description: $d }) { community { description } userErrors { code } } }": typeof types.PermCommunityUpdateDocument,
    "mutation PermModuleConfigure { communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) { community { id } userErrors { code } } }": typeof types.PermModuleConfigureDocument,
    "mutation PermPresetApply { communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) { community { preset } userErrors { code } } }": typeof types.PermPresetApplyDocument,
    "query PermMembershipRead { memberships(first: 1) { totalCount } }": typeof types.PermMembershipReadDocument,
    "mutation PermMembershipManage($login: String!) { membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) { membership { id } userErrors { code } } }": typeof types.PermMembershipManageDocument,
    "mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code } } }": typeof types.PermMembershipLinkResidentDocument,
    "query PermHouseholdRead { households(first: 1) { totalCount nodes { number } } }": typeof types.PermHouseholdReadDocument,
    "mutation PermHouseholdWrite($n: String!) { householdCreate(input: { number: $n, address: \"矩阵小区\" }) { household { id } userErrors { code } } }": typeof types.PermHouseholdWriteDocument,
    "query PermResidentRead { residents(first: 1) { totalCount nodes { name } } }": typeof types.PermResidentReadDocument,
    "mutation PermResidentWrite($name: String!) { residentCreate(input: { name: $name, phone: \"13800001111\" }) { resident { id } userErrors { code } } }": typeof types.PermResidentWriteDocument,
    "query PermResidentPersonal { residents(first: 1) { nodes { phone(unmasked: true) } } }": typeof types.PermResidentPersonalDocument,
    "query PermResidentSensitive { residents(first: 1) { nodes { sensitive { disability hardship } } } }": typeof types.PermResidentSensitiveDocument,
    "query PermAccessLog { personalDataAccessLog(first: 1) { pageInfo { hasNextPage } } }": typeof types.PermAccessLogDocument,
    "query PermForcesRead { socialOrganizations(first: 1) { totalCount nodes { name } } }": typeof types.PermForcesReadDocument,
    "mutation PermForcesManage($name: String!) { volunteerCreate(input: { name: $name }) { volunteer { id } userErrors { code } } }": typeof types.PermForcesManageDocument,
    "mutation PermApiKeyManage { apiKeyCreate(input: { name: \"矩阵\", permissions: [\"core.community.read\"] }) { secret userErrors { code } } }": typeof types.PermApiKeyManageDocument,
    "query PermOutcomesRead { outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") { items { key } } }": typeof types.PermOutcomesReadDocument,
    "query PermCommunityId { community { id } }": typeof types.PermCommunityIdDocument,
    "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field } } }\n": typeof types.PermConfigureDocument,
    "query PermHouseholdMembers { households(first: 5) { nodes { number members { name } } } }": typeof types.PermHouseholdMembersDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n": typeof types.PlugConfigureDocument,
    "query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }": typeof types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n": typeof types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": typeof types.PlugHouseholdDocument,
    "query PlugModules { community { modules { key name enabled settings } } }": typeof types.PlugModulesDocument,
    "\n  mutation PresetsApply($input: CommunityPresetApplyInput!) { communityPresetApply(input: $input) { community { id preset } userErrors { code field message } } }\n": typeof types.PresetsApplyDocument,
    "query PresetsModules { community { preset modules { key enabled settings overrides } } }": typeof types.PresetsModulesDocument,
    "mutation PresetsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.PresetsConfigureDocument,
    "mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": typeof types.PresetsHouseholdCreateDocument,
    "\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }\n": typeof types.PresetsRequestCreateDocument,
    "query PresetsRequestGet($id: ID!) { serviceRequest(id: $id) { id title status } }": typeof types.PresetsRequestGetDocument,
    "\n  mutation PresetsPointsAward($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code message } } }\n": typeof types.PresetsPointsAwardDocument,
    "query PresetsPointsAccount($id: ID!) { pointsAccount(id: $id) { id balance householdId } }": typeof types.PresetsPointsAccountDocument,
    "mutation PresetsMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": typeof types.PresetsMemberAddDocument,
    "query RelHouseholds { households(first: 5) { totalCount } }": typeof types.RelHouseholdsDocument,
    "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number } } }\n  }\n": typeof types.ResyncChangesDocument,
    "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { userErrors { code } } }\n": typeof types.ResyncHouseholdDocument,
    "query SeedPresetCommunity { community { name preset modules { key enabled } } }": typeof types.SeedPresetCommunityDocument,
    "query SeedPresetGridTops { gridUnits(first: 10) { totalCount nodes { id level levelName name householdCount children(first: 3) { totalCount nodes { level levelName householdCount children(first: 3) { totalCount nodes { level name householdCount } } } } } } }": typeof types.SeedPresetGridTopsDocument,
    "query SeedPresetHouseholds { households(first: 3) { totalCount nodes { number address } } residents(first: 20) { totalCount nodes { name } } }": typeof types.SeedPresetHouseholdsDocument,
    "query SeedPresetCouncil { councilBodies(first: 20) { nodes { levelKey } } councilTopics(first: 20) { totalCount nodes { status } } }": typeof types.SeedPresetCouncilDocument,
    "query SeedPresetRequests { serviceRequests(first: 30) { totalCount nodes { status kind escalationTarget log { action } } } }": typeof types.SeedPresetRequestsDocument,
    "query SeedPresetPoints { pointsAccounts(first: 50, kind: HOUSEHOLD) { totalCount nodes { balance } } pointsItems(first: 10) { nodes { name stock } } }": typeof types.SeedPresetPointsDocument,
    "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": typeof types.SubHouseholdCreateDocument,
    "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject { ... on Household { number address } }\n    }\n  }\n": typeof types.SubChangesDocument,
    "\n  query SubMembers { memberships(first: 100) { nodes { id login active } } }\n": typeof types.SubMembersDocument,
    "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) { membership { active } userErrors { code } }\n  }\n": typeof types.SubMembershipUpdateDocument,
    "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } }\n  }\n": typeof types.SubApiKeyCreateDocument,
    "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) { userErrors { code } }\n  }\n": typeof types.SubApiKeyRevokeDocument,
    "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active resident { id } }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n": typeof types.IsoNodeFieldsFragmentDoc,
    "query IsoNode($id: ID!) { node(id: $id) { ...IsoNodeFields } }": typeof types.IsoNodeDocument,
    "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) { totalCount nodes { name household { number } } }\n  }\n": typeof types.IsoResidentsOfHouseholdDocument,
    "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken me { activeCommunity { name } memberships { community { name } } } userErrors { code field message } }\n  }\n": typeof types.IsoLoginDocument,
    "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken me { activeCommunity { name } } userErrors { code field message } }\n  }\n": typeof types.IsoRefreshDocument,
    "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoApiKeyRevokeDocument,
    "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoCommunityCreateDocument,
    "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoHouseholdUpdateDocument,
    "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) { householdClose(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoHouseholdCloseDocument,
    "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoMembershipUpdateDocument,
    "\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoMembershipResidentLinkDocument,
    "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoResidentCreateDocument,
    "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoResidentUpdateDocument,
    "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoResidentMoveOutDocument,
    "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) { socialOrganization { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoSocialOrganizationUpdateDocument,
    "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) { socialWorker { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoSocialWorkerUpdateDocument,
    "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) { volunteerUpdate(input: $input) { volunteer { ...IsoNodeFields } userErrors { code field message } } }\n": typeof types.IsoVolunteerUpdateDocument,
    "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) { cobuildingUnit { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoCobuildingUnitUpdateDocument,
    "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) { charityResource { ...IsoNodeFields } userErrors { code field message } }\n  }\n": typeof types.IsoCharityResourceUpdateDocument,
    "query IsoNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }": typeof types.IsoNodesDocument,
    "query IsoAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 100) { totalCount nodes { subject fields reason } } }": typeof types.IsoAccessLogDocument,
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
    "\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.PointsRaceConfigureDocument,
    "mutation PointsRaceHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": typeof types.PointsRaceHouseholdDocument,
    "\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code } } }\n": typeof types.PointsRaceAdjustDocument,
    "mutation PointsRaceItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }": typeof types.PointsRaceItemDocument,
    "\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code } } }\n": typeof types.PointsRaceRedeemDocument,
    "\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code } } }\n": typeof types.PointsRaceCancelDocument,
    "mutation PointsRaceExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { balance } userErrors { code } } }": typeof types.PointsRaceExpireDocument,
    "query PointsLinkMemberships { memberships(first: 100) { nodes { id login } } }": typeof types.PointsLinkMembershipsDocument,
    "query PointsLinkHouseholds($search: String) { households(first: 5, search: $search) { nodes { id number } } }": typeof types.PointsLinkHouseholdsDocument,
    "query PointsLinkResidents($household: ID) { residents(first: 20, household: $household) { nodes { id } } }": typeof types.PointsLinkResidentsDocument,
    "\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n": typeof types.PointsLinkResidentDocument,
    "\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field message } } }\n": typeof types.PointsConfigureDocument,
    "query PointsHouseholds { households(first: 100) { nodes { id number } } }": typeof types.PointsHouseholdsDocument,
    "\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) { adjustment { id amount status needsApproval accountId account { id balance } } userErrors { code field message } }\n  }\n": typeof types.PointsAdjustDocument,
    "\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id status } userErrors { code } } }\n": typeof types.PointsApproveDocument,
    "\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id status } userErrors { code } } }\n": typeof types.PointsRejectDocument,
    "\n  mutation PointsItemCreate($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id name stock pricePoints } userErrors { code field } } }\n": typeof types.PointsItemCreateDocument,
    "\n  mutation PointsItemRestock($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code } } }\n": typeof types.PointsItemRestockDocument,
    "query PointsItems { pointsItems(first: 50) { totalCount nodes { id name stock } } }": typeof types.PointsItemsDocument,
    "\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) { redemption { id status points quantity code redeemedByName item { name stock } account { id balance } } userErrors { code field message } }\n  }\n": typeof types.PointsRedeemDocument,
    "\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code message } } }\n": typeof types.PointsCancelDocument,
    "\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) { pointsRedemptionPickUp(input: $input) { redemption { id status pickedUpAt } userErrors { code message } } }\n": typeof types.PointsPickUpDocument,
    "\n  query PointsMy($first: Int) {\n    pointsMyAccount { id kind balance householdId entries(first: $first) { totalCount nodes { amount balanceAfter transaction { kind ruleKey reason amount } } } }\n  }\n": typeof types.PointsMyDocument,
    "query PointsAccount($id: ID!) { pointsAccount(id: $id) { id balance } }": typeof types.PointsAccountDocument,
    "query PointsRedemptions($accountId: ID) { pointsRedemptions(accountId: $accountId) { totalCount nodes { id status code } } }": typeof types.PointsRedemptionsDocument,
    "\n  mutation PointsExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code } } }\n": typeof types.PointsExpireDocument,
    "\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) { issued deducted redeemed refunded expired outstanding byRule { ruleKey points } byGrid { gridUnitId gridUnit { id name } issued } metrics { key value } }\n  }\n": typeof types.PointsReportDocument,
    "query PointsNode($id: ID!) { node(id: $id) { id ... on PointsAccount { balance } } }": typeof types.PointsNodeDocument,
    "\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.VolPtsConfigureDocument,
    "mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }": typeof types.VolPtsRegisterDocument,
    "mutation VolPtsJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code } } }": typeof types.VolPtsJoinDocument,
    "\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code } } }\n": typeof types.VolPtsActivityDocument,
    "mutation VolPtsSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }": typeof types.VolPtsSignUpDocument,
    "mutation VolPtsCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }": typeof types.VolPtsCheckInDocument,
    "mutation VolPtsCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }": typeof types.VolPtsCheckOutDocument,
    "query VolPtsPending { volunteerHours(status: PENDING) { nodes { id } } }": typeof types.VolPtsPendingDocument,
    "mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }": typeof types.VolPtsConfirmDocument,
    "mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id } userErrors { code } } }": typeof types.VolPtsCorrectDocument,
    "mutation VolPtsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { status } userErrors { code } } }": typeof types.VolPtsAdjustDocument,
    "query VolPtsMyId { pointsMyAccount { id balance } }": typeof types.VolPtsMyIdDocument,
    "query VolPtsMy { pointsMyAccount { kind balance entries(first: 5) { nodes { amount transaction { kind ruleKey } } } } }": typeof types.VolPtsMyDocument,
    "query VolPtsMatPointsRead { pointsItems(first: 1) { totalCount } }": typeof types.VolPtsMatPointsReadDocument,
    "mutation VolPtsMatRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { userErrors { code } } }": typeof types.VolPtsMatRedeemDocument,
    "mutation VolPtsMatItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }": typeof types.VolPtsMatItemDocument,
    "mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { userErrors { code } } }": typeof types.VolPtsMatApproveDocument,
    "query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) { pointsReport(from: $from, to: $to) { issued } }": typeof types.VolPtsMatReportDocument,
    "query VolPtsMatTeams { volunteerTeams { key } }": typeof types.VolPtsMatTeamsDocument,
    "mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { userErrors { code } } }": typeof types.VolPtsMatJoinDocument,
    "mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { userErrors { code } } }": typeof types.VolPtsMatActivityDocument,
    "mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { userErrors { code } } }": typeof types.VolPtsMatRegisterDocument,
    "query VolPtsMatLookup($idNumber: String) { volunteerMembers(first: 1, idNumber: $idNumber) { totalCount } }": typeof types.VolPtsMatLookupDocument,
    "query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name } }": typeof types.VolPtsMatExportDocument,
    "mutation VolPtsIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code } } }": typeof types.VolPtsIsoCommunityDocument,
    "mutation VolPtsIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.VolPtsIsoLoginDocument,
    "mutation VolPtsIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": typeof types.VolPtsIsoMemberDocument,
    "mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": typeof types.VolPtsIsoHouseholdDocument,
    "mutation VolPtsIsoAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId } userErrors { code } } }": typeof types.VolPtsIsoAdjustDocument,
    "mutation VolPtsIsoItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }": typeof types.VolPtsIsoItemDocument,
    "mutation VolPtsIsoRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id } userErrors { code } } }": typeof types.VolPtsIsoRedeemDocument,
    "query VolPtsIso1($id: ID!) { pointsAccount(id: $id) { id balance } }": typeof types.VolPtsIso1Document,
    "query VolPtsIso2($id: ID) { pointsRedemptions(accountId: $id) { totalCount nodes { code } } }": typeof types.VolPtsIso2Document,
    "mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id amount } userErrors { code field } } }": typeof types.VolPtsIso3Document,
    "mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id amount } userErrors { code field } } }": typeof types.VolPtsIso4Document,
    "mutation VolPtsIso5($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code field } } }": typeof types.VolPtsIso5Document,
    "mutation VolPtsIso6($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code field } } }": typeof types.VolPtsIso6Document,
    "mutation VolPtsIso7($input: PointsItemUpdateInput!) { pointsItemUpdate(input: $input) { item { id name } userErrors { code field } } }": typeof types.VolPtsIso7Document,
    "mutation VolPtsIso8($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id code } userErrors { code field } } }": typeof types.VolPtsIso8Document,
    "mutation VolPtsIso9($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id } userErrors { code field } } }": typeof types.VolPtsIso9Document,
    "mutation VolPtsIso10($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id } userErrors { code field } } }": typeof types.VolPtsIso10Document,
    "mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id minutes } userErrors { code field } } }": typeof types.VolPtsIso11Document,
    "mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id minutes } userErrors { code field } } }": typeof types.VolPtsIso12Document,
    "mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id name } userErrors { code field } } }": typeof types.VolPtsIso13Document,
    "mutation VolPtsIso14($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code field } } }": typeof types.VolPtsIso14Document,
    "query VolPtsIso15($id: ID!) { volunteerActivity(id: $id) { id title shifts { id } } }": typeof types.VolPtsIso15Document,
    "query VolPtsIso16($id: ID) { volunteerHours(memberId: $id) { totalCount nodes { minutes } } }": typeof types.VolPtsIso16Document,
    "query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(memberId: $id, from: $from, to: $to) { name } }": typeof types.VolPtsIso17Document,
    "query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) { name minutes } }": typeof types.VolPtsIso18Document,
    "mutation ResourcesConcAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code message } } }": typeof types.ResourcesConcAddDocument,
    "mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": typeof types.ResourcesFxEnableDocument,
    "query ResourcesFxMembers { memberships(first: 100) { nodes { id login } } community { id } gridUnits(first: 10) { nodes { id code } } }": typeof types.ResourcesFxMembersDocument,
    "\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n": typeof types.ResourcesFxForcesDocument,
    "mutation ResourcesFxFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code message } } }": typeof types.ResourcesFxFundDocument,
    "mutation ResourcesFxDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id } userErrors { code message } } }": typeof types.ResourcesFxDonateDocument,
    "\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) { need { id title category status source gridUnitId demandCount } userErrors { code field message } }\n  }\n": typeof types.ResourcesNeedCreateDocument,
    "\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) { resourcesNeedClose(input: $input) { need { id status reason } userErrors { code field message } } }\n": typeof types.ResourcesNeedCloseDocument,
    "\n  query ResourcesNeedGet($id: ID!) { resourcesNeed(id: $id) { id title category categoryName status source demandCount gridUnitId sourceId reason metAt project { id status } } }\n": typeof types.ResourcesNeedGetDocument,
    "\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) { totalCount nodes { id title category status source demandCount gridUnitId sourceId } }\n  }\n": typeof types.ResourcesNeedsDocument,
    "\n  query ResourcesMatches($needId: ID!, $first: Int) { resourcesNeedMatches(needId: $needId, first: $first) { score reasons resource { id title } } }\n": typeof types.ResourcesMatchesDocument,
    "\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) { resource { id title kind category gridUnitId valueFen quantity unit active editable provider { id type name } } userErrors { code field message } }\n  }\n": typeof types.ResourcesResourceCreateDocument,
    "\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) { resourcesResourceUpdate(input: $input) { resource { id title active quantity } userErrors { code field message } } }\n": typeof types.ResourcesResourceUpdateDocument,
    "query ResourcesResourceGet($id: ID!) { resourcesResource(id: $id) { id title provider { name } } }": typeof types.ResourcesResourceGetDocument,
    "\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) { survey { id title status responsesCount questions { key kind options { key label } } } userErrors { code field message } }\n  }\n": typeof types.ResourcesSurveyCreateDocument,
    "\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) { resourcesSurveyAnswer(input: $input) { survey { id responsesCount answered } userErrors { code field message } } }\n": typeof types.ResourcesSurveyAnswerDocument,
    "\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) { resourcesSurveyClose(input: $input) { survey { id status } userErrors { code field message } } }\n": typeof types.ResourcesSurveyCloseDocument,
    "\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) { needs { id title category demandCount source sourceId status } userErrors { code field message } }\n  }\n": typeof types.ResourcesSurveyToNeedsDocument,
    "\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) { id status responsesCount answered results { key answered texts options { key label count } } }\n  }\n": typeof types.ResourcesSurveyGetDocument,
    "\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status budgetFen resourceValueFen need { id status } milestones { id title done } } userErrors { code field message } }\n  }\n": typeof types.ResourcesProjectCreateDocument,
    "mutation ResourcesProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { id status } userErrors { code field message } } }": typeof types.ResourcesProjectStartDocument,
    "mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) { resourcesProjectComplete(input: $input) { project { id status need { status } } userErrors { code field message } } }": typeof types.ResourcesProjectCompleteDocument,
    "mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) { resourcesProjectCancel(input: $input) { project { id status reason need { status } } userErrors { code field message } } }": typeof types.ResourcesProjectCancelDocument,
    "mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) { resourcesMilestoneAdd(input: $input) { project { id milestones { id title done } } userErrors { code field message } } }": typeof types.ResourcesMilestoneAddDocument,
    "mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) { resourcesMilestoneSet(input: $input) { project { id milestones { id done } } userErrors { code field message } } }": typeof types.ResourcesMilestoneSetDocument,
    "\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) { project { id fundingStatus fundingAmountFen fundingDisbursementId } userErrors { code field message } }\n  }\n": typeof types.ResourcesFundingRequestDocument,
    "\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id title status budgetFen fundingStatus fundingAmountFen fundingError fundingDisbursementId ownerName resourceValueFen\n      need { id status } resources { quantity valueFen resource { id title } } milestones { id title done position }\n      permissions { start complete cancel editMilestones requestFunding }\n    }\n  }\n": typeof types.ResourcesProjectGetDocument,
    "mutation ResourcesIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": typeof types.ResourcesIsoLoginDocument,
    "mutation ResourcesIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": typeof types.ResourcesIsoCommunityDocument,
    "mutation ResourcesIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }": typeof types.ResourcesIsoMemberDocument,
    "mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.ResourcesIsoEnableDocument,
    "\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n  }\n": typeof types.ResourcesIsoForcesDocument,
    "query ResourcesIsoMembers { memberships { nodes { id login } } }": typeof types.ResourcesIsoMembersDocument,
    "mutation ResourcesIsoFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code } } }": typeof types.ResourcesIsoFundDocument,
    "query ResourcesFundRequests($fundId: ID!) { fundDisbursements(fundId: $fundId, first: 50) { nodes { id status amountFen purpose projectRef } } }": typeof types.ResourcesFundRequestsDocument,
    "mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status } userErrors { code } } }": typeof types.ResourcesFundApproveDocument,
    "mutation ResourcesFundPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status } userErrors { code } } }": typeof types.ResourcesFundPayDocument,
    "mutation ResourcesToggle($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": typeof types.ResourcesToggleDocument,
    "mutation StationsEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": typeof types.StationsEnableDocument,
    "mutation StationsAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }": typeof types.StationsAddMemberDocument,
    "query StationsWhere { community { id street { id } } }": typeof types.StationsWhereDocument,
    "mutation StationsCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }": typeof types.StationsCommunityCreateDocument,
    "mutation StationsLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }": typeof types.StationsLoginDocument,
    "\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) { station { id name kind kindName address gridUnitId features openingHours { weekday opens closes } active } userErrors { code field message } }\n  }\n": typeof types.StationCreateDocument,
    "\n  mutation StationUpdate($input: StationUpdateInput!) { stationUpdate(input: $input) { station { id name active openingHours { weekday opens closes } } userErrors { code field message } } }\n": typeof types.StationUpdateDocument,
    "\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) { service { id name category grouping slotMinutes capacity bookable station { id } } userErrors { code field message } }\n  }\n": typeof types.StationServiceCreateDocument,
    "\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) { stationServiceUpdate(input: $input) { service { id capacity grouping active } userErrors { code field message } } }\n": typeof types.StationServiceUpdateDocument,
    "\n  mutation StationClosureAdd($input: StationClosureAddInput!) { stationClosureAdd(input: $input) { closure { id startsOn endsOn reason } userErrors { code field message } } }\n": typeof types.StationClosureAddDocument,
    "\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) { stationClosureRemove(input: $input) { closure { id } userErrors { code field message } } }\n": typeof types.StationClosureRemoveDocument,
    "\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) { booking { id status startsAt endsAt mine bookedBy service { id } station { id } } userErrors { code field message } }\n  }\n": typeof types.StationBookDocument,
    "\n  mutation StationCancel($input: StationBookingActInput!) { stationBookingCancel(input: $input) { booking { id status cancelledAt } userErrors { code field message } } }\n": typeof types.StationCancelDocument,
    "\n  mutation StationAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id status attendedAt } userErrors { code field message } } }\n": typeof types.StationAttendDocument,
    "\n  query StationGet($id: ID!) {\n    station(id: $id) { id name kind kindName address gridUnitId features phone active openingHours { weekday opens closes } closures { id startsOn endsOn reason } services { id name category grouping capacity slotMinutes } }\n  }\n": typeof types.StationGetDocument,
    "\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) { totalCount nodes { id name kind } }\n  }\n": typeof types.StationListDocument,
    "\n  query StationCatalogQ { stationCatalog { lifeCircleMinutes kinds { key name stationCount } groupings { key name services { id name } } categories { key name } } }\n": typeof types.StationCatalogQDocument,
    "\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) { startsAt endsAt capacity booked remaining }\n  }\n": typeof types.StationSlotsDocument,
    "\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) { totalCount nodes { id status bookedBy mine } }\n  }\n": typeof types.StationBookingsDocument,
    "query StationMine($all: Boolean) { myStationBookings(first: 100, includeCancelled: $all) { totalCount nodes { id status mine } } }": typeof types.StationMineDocument,
    "query StationsMatrixNode($id: ID!) { node(id: $id) { id ... on StationBooking { status } } }": typeof types.StationsMatrixNodeDocument,
    "query StationsIsoStation($id: ID!) { station(id: $id) { id name } }": typeof types.StationsIsoStationDocument,
    "query StationsIsoSlots($id: ID!) { stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") { startsAt } }": typeof types.StationsIsoSlotsDocument,
    "query StationsIsoBookings($id: ID!) { stationBookings(stationId: $id) { totalCount nodes { id } } }": typeof types.StationsIsoBookingsDocument,
    "query StationsIsoNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": typeof types.StationsIsoNodesDocument,
    "\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.VolunteerPiiConfigureDocument,
    "\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id idNumberMasked idNumber } userErrors { code field } }\n  }\n": typeof types.VolunteerPiiRegisterDocument,
    "mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code field } } }": typeof types.VolunteerPiiJoinDocument,
    "mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id idNumber } userErrors { code field } } }": typeof types.VolunteerPiiUpdateDocument,
    "query VolunteerPiiLookup($idNumber: String) { volunteerMembers(first: 5, idNumber: $idNumber) { totalCount nodes { id name } } }": typeof types.VolunteerPiiLookupDocument,
    "\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on VolunteerMember { name idNumberMasked idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\") } } }\n": typeof types.VolunteerPiiReadDocument,
    "query VolunteerPiiMe { volunteerMe { id idNumber idNumberMasked } }": typeof types.VolunteerPiiMeDocument,
    "query VolunteerPiiMeUnmasked { volunteerMe { id idNumber(unmasked: true) } }": typeof types.VolunteerPiiMeUnmaskedDocument,
    "query VolunteerPiiAccessLog { personalDataAccessLog(first: 50) { nodes { subject fields reason account } } }": typeof types.VolunteerPiiAccessLogDocument,
    "\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": typeof types.VolunteerConfigureDocument,
    "query VolunteerTeams { volunteerTeams { key name } }": typeof types.VolunteerTeamsDocument,
    "query VolunteerRecords { volunteers(first: 10) { nodes { id name } } }": typeof types.VolunteerRecordsDocument,
    "\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id name teams volunteerRecordId idNumberMasked } userErrors { code field } }\n  }\n": typeof types.VolunteerRegisterDocument,
    "mutation VolunteerJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id name teams } userErrors { code field } } }": typeof types.VolunteerJoinDocument,
    "query VolunteerMe { volunteerMe { id name teams idNumberMasked } }": typeof types.VolunteerMeDocument,
    "\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) { activity { id title shifts { id capacity signedUp checkInCode } } userErrors { code field message } }\n  }\n": typeof types.VolunteerActivityCreateDocument,
    "\n  query VolunteerActivity($id: ID!) { volunteerActivity(id: $id) { id title shifts { id capacity signedUp waitlisted checkInCode mySignup { id status } signups { id status member { name } } } } }\n": typeof types.VolunteerActivityDocument,
    "mutation VolunteerSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id status } userErrors { code field } } }": typeof types.VolunteerSignUpDocument,
    "mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code } } }": typeof types.VolunteerSignupCancelDocument,
    "mutation VolunteerCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id status checkedInAt } userErrors { code } } }": typeof types.VolunteerCheckInDocument,
    "mutation VolunteerCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id status checkedOutAt } userErrors { code } } }": typeof types.VolunteerCheckOutDocument,
    "mutation VolunteerCodeIn($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id status } userErrors { code } } }": typeof types.VolunteerCodeInDocument,
    "mutation VolunteerCodeOut($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id status } userErrors { code } } }": typeof types.VolunteerCodeOutDocument,
    "\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) { totalCount nodes { id minutes kind status activityTitle serviceDate correctsId reason member { name } } }\n  }\n": typeof types.VolunteerHoursDocument,
    "mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id status minutes } userErrors { code } } }": typeof types.VolunteerHoursConfirmDocument,
    "mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id kind minutes correctsId corrects { id minutes kind } } userErrors { code } } }": typeof types.VolunteerHoursCorrectDocument,
    "\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) { volunteerHoursTotals(from: $from, to: $to, period: $period) { name period minutes memberId member { id name } } }\n": typeof types.VolunteerTotalsDocument,
    "\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name idNumberMasked organization activity date hours } }\n": typeof types.VolunteerExportDocument,
    "query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) { volunteerMetrics(from: $from, to: $to) { key value } }": typeof types.VolunteerMetricsDocument,
    "query VolunteerPointsMy { pointsMyAccount { balance } }": typeof types.VolunteerPointsMyDocument,
};
const documents: Documents = {
    "query AccBaojiLevels { councilLevels { key name rules { votingUnit quorumPercent steps } } }": types.AccBaojiLevelsDocument,
    "\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey level { name } } userErrors { code message } } }\n": types.AccBaojiBodyCreateDocument,
    "mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { levelKey } } userErrors { code message } } }": types.AccBaojiRaiseDocument,
    "mutation AccBaojiScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status step } userErrors { code message } } }": types.AccBaojiScreenDocument,
    "\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code message } } }\n": types.AccBaojiEscalateDocument,
    "mutation AccBaojiComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code message } } }": types.AccBaojiCommentDocument,
    "mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id eligible votingUnit } userErrors { code message } } }": types.AccBaojiVoteOpenDocument,
    "mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code message } } }": types.AccBaojiVoteCastDocument,
    "\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed quorumMet ballotCount tally { option count } topic { status } } userErrors { code message } } }\n": types.AccBaojiVoteCloseDocument,
    "mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id } userErrors { code message } } }": types.AccBaojiTaskAddDocument,
    "mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { doneAt } userErrors { code message } } }": types.AccBaojiTaskDoneDocument,
    "mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { status step } userErrors { code message } } }": types.AccBaojiCompleteDocument,
    "mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }": types.AccBaojiEvaluateDocument,
    "mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { status } userErrors { code message } } }": types.AccBaojiCloseEvalDocument,
    "\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) { status title decidedAt body { levelKey } history { action fromStatus toStatus note } evaluation { count average satisfiedPercent } }\n  }\n": types.AccBaojiTopicDocument,
    "query AccChangzhouLevels { councilLevels { key name rules { threshold steps onlineDiscussionOpen } } }": types.AccChangzhouLevelsDocument,
    "mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey } userErrors { code message } } }": types.AccChangzhouBodyCreateDocument,
    "mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status } userErrors { code message } } }": types.AccChangzhouRaiseDocument,
    "mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status } userErrors { code message } } }": types.AccChangzhouScreenDocument,
    "mutation AccChangzhouComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { authorName } userErrors { code message } } }": types.AccChangzhouCommentDocument,
    "mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { body { levelKey } } userErrors { code message } } }": types.AccChangzhouEscalateDocument,
    "mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id threshold eligible } userErrors { code message } } }": types.AccChangzhouVoteOpenDocument,
    "mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }": types.AccChangzhouVoteCastDocument,
    "mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed tally { count } topic { status } } userErrors { code message } } }": types.AccChangzhouVoteCloseDocument,
    "query AccChangzhouTopic($id: ID!) { councilTopic(id: $id) { status body { levelKey } history { action } comments { totalCount } } }": types.AccChangzhouTopicDocument,
    "mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code message } } }": types.AccChangzhouJoinDocument,
    "\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code message } } }\n": types.AccChangzhouActivityDocument,
    "mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code message } } }": types.AccChangzhouSignUpDocument,
    "mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code message } } }": types.AccChangzhouCheckInDocument,
    "mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code message } } }": types.AccChangzhouCheckOutDocument,
    "query AccChangzhouPending { volunteerHours(status: PENDING) { nodes { id minutes } } }": types.AccChangzhouPendingDocument,
    "mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code message } } }": types.AccChangzhouConfirmDocument,
    "query AccChangzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }": types.AccChangzhouMyPointsDocument,
    "mutation AccChangzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id stock } userErrors { code message } } }": types.AccChangzhouItemDocument,
    "mutation AccChangzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code message } } }": types.AccChangzhouRedeemDocument,
    "query AccChangzhouItems { pointsItems(first: 10) { nodes { name stock } } }": types.AccChangzhouItemsDocument,
    "\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } userErrors { code message } }\n    charityResourceCreate(input: $c) { charityResource { id } userErrors { code message } }\n  }\n": types.AccFengqingForcesDocument,
    "mutation AccFengqingFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id name } userErrors { code message } } }": types.AccFengqingFundDocument,
    "\n  mutation AccFengqingDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id status receiptNumber donorName amountFen } userErrors { code message } } }\n": types.AccFengqingDonateDocument,
    "\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n": types.AccFengqingRequestDocument,
    "mutation AccFengqingApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status approvalsCount } userErrors { code message } } }": types.AccFengqingApproveDocument,
    "mutation AccFengqingPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status paymentReference } userErrors { code message } } }": types.AccFengqingPayDocument,
    "query AccFengqingDisbursement($id: ID!) { node(id: $id) { ... on FundDisbursement { status councilDecision approvalsCount purposeName } } }": types.AccFengqingDisbursementDocument,
    "\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) { incomeFen spendingFen closingBalanceFen income { donor moneyFen } spending { purposeName amountFen } }\n  }\n": types.AccFengqingStatementDocument,
    "query AccFengqingLevels { councilLevels { key name rules { cadence } } }": types.AccFengqingLevelsDocument,
    "mutation AccFengqingBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id rules { cadence } } userErrors { code message } } }": types.AccFengqingBodyDocument,
    "query AccFengqingBodyDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }": types.AccFengqingBodyDueDocument,
    "mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id } userErrors { code message } } }": types.AccFengqingRaiseDocument,
    "mutation AccFengqingScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { status } userErrors { code message } } }": types.AccFengqingScreenDocument,
    "\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id scheduledAt agenda { id } } userErrors { code message } } }\n": types.AccFengqingScheduleDocument,
    "mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }": types.AccFengqingAttendDocument,
    "mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id } userErrors { code message } } }": types.AccFengqingVoteOpenDocument,
    "mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }": types.AccFengqingVoteCastDocument,
    "mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed topic { status } } userErrors { code message } } }": types.AccFengqingVoteCloseDocument,
    "\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { status attendance { name } decisions { passed } } userErrors { code message } } }\n": types.AccFengqingMeetingCloseDocument,
    "mutation AccFengqingCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }": types.AccFengqingCreateDocument,
    "mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status takerName } userErrors { code message } } }": types.AccFengqingDispatchDocument,
    "\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { status escalationTarget escalatedTo } userErrors { code message } } }\n": types.AccFengqingEscalateDocument,
    "mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { status escalationAnswer } userErrors { code message } } }": types.AccFengqingAnswerDocument,
    "mutation AccFengqingRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }": types.AccFengqingRateDocument,
    "query AccFengqingGet($id: ID!) { serviceRequest(id: $id) { status escalatedTo escalationAnswer log { action toStatus actorRole } } }": types.AccFengqingGetDocument,
    "\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id login roles } userErrors { code message } } }\n": types.AcceptanceMemberAddDocument,
    "\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id number } userErrors { code message } } }\n": types.AcceptanceHouseholdCreateDocument,
    "\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code message } } }\n": types.AcceptanceResidentCreateDocument,
    "\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code message } } }\n": types.AcceptanceResidentLinkDocument,
    "mutation AcceptanceSeat($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id } userErrors { code message } } }": types.AcceptanceSeatDocument,
    "query AcceptanceMe { me { id } }": types.AcceptanceMeDocument,
    "query AcceptanceModules { community { id name preset modules { key enabled settings } } }": types.AcceptanceModulesDocument,
    "query AcceptanceChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }": types.AcceptanceChangesDocument,
    "mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) { socialWorkerCreate(input: $input) { socialWorker { id } userErrors { code message } } }": types.AccPanzhouSocialWorkerDocument,
    "\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status kind channel household { id } } userErrors { code message } } }\n": types.AccPanzhouCreateDocument,
    "\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route assistantIds } userErrors { code message } } }\n": types.AccPanzhouDispatchDocument,
    "mutation AccPanzhouClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }": types.AccPanzhouClaimDocument,
    "mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status result } userErrors { code message } } }": types.AccPanzhouResolveDocument,
    "mutation AccPanzhouRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }": types.AccPanzhouRateDocument,
    "query AccPanzhouMine($id: ID!) { serviceRequest(id: $id) { status takerName result rating log { action toStatus actorRole } } }": types.AccPanzhouMineDocument,
    "query AccPanzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }": types.AccPanzhouMyPointsDocument,
    "mutation AccPanzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code message } } }": types.AccPanzhouItemDocument,
    "mutation AccPanzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points code } userErrors { code message } } }": types.AccPanzhouRedeemDocument,
    "query AccPanzhouItems { pointsItems(first: 10) { nodes { name stock } } }": types.AccPanzhouItemsDocument,
    "query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) { outcomes(from: $from, to: $to) { items { key module value } } }": types.AccPanzhouOutcomesDocument,
    "mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { unit { id name } userErrors { code message } } }": types.AccSanshundianGridUnitDocument,
    "mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }": types.AccSanshundianPlaceDocument,
    "mutation AccSanshundianDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }": types.AccSanshundianDutyDocument,
    "mutation AccSanshundianReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name } userErrors { code message } } }": types.AccSanshundianReportDocument,
    "query AccSanshundianMyMember { partyMyMember { name serviceMinutes serviceRecords(first: 10) { source title minutes rating } } }": types.AccSanshundianMyMemberDocument,
    "\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status gridUnit } userErrors { code message } } }\n": types.AccSanshundianCreateDocument,
    "\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route } userErrors { code message } } }\n": types.AccSanshundianDispatchDocument,
    "mutation AccSanshundianClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }": types.AccSanshundianClaimDocument,
    "mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }": types.AccSanshundianResolveDocument,
    "mutation AccSanshundianRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }": types.AccSanshundianRateDocument,
    "mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name } userErrors { code message } } }": types.AccSanshundianPartyUnitDocument,
    "\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) { partyRotationGenerate(input: $input) { slots { position startMonth endMonth current unit { name } } userErrors { code message } } }\n": types.AccSanshundianRotateDocument,
    "query AccSanshundianChair { partyChair { year startMonth endMonth current unit { id name } } }": types.AccSanshundianChairDocument,
    "mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) { cobuildingUnitCreate(input: $input) { cobuildingUnit { id } userErrors { code message } } }": types.AccSanshundianCobuildDocument,
    "\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) { resourcesResourceCreate(input: $input) { resource { id title } userErrors { code field message } } }\n": types.AccSanshundianResourceDocument,
    "mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) { resourcesNeedCreate(input: $input) { need { id status } userErrors { code message } } }": types.AccSanshundianNeedDocument,
    "query AccSanshundianMatches($needId: ID!) { resourcesNeedMatches(needId: $needId) { score reasons resource { id title provider { name } } } }": types.AccSanshundianMatchesDocument,
    "\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status ownerName need { status } resources { resource { title } } } userErrors { code field message } }\n  }\n": types.AccSanshundianProjectDocument,
    "mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { status } userErrors { code message } } }": types.AccSanshundianProjectStartDocument,
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
    "query CoreLinkMemberships { memberships(first: 100) { nodes { id login resident { id } } } }": types.CoreLinkMembershipsDocument,
    "query CoreLinkResidents { residents(first: 3) { nodes { id } } }": types.CoreLinkResidentsDocument,
    "\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n": types.CoreLinkResidentDocument,
    "mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { userErrors { code } } }": types.CoreLinkMoveOutDocument,
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
    "query CouncilGridBodies { councilBodies(first: 50) { nodes { id } } }": types.CouncilGridBodiesDocument,
    "query CouncilGridTopics { councilTopics(first: 50) { nodes { id } } }": types.CouncilGridTopicsDocument,
    "\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) { id } councilTopic(id: $topic) { id } councilVote(id: $vote) { id } councilMeeting(id: $meeting) { id } node(id: $body) { id }\n  }\n": types.CouncilGridLookDocument,
    "query CouncilGridBoard($bodyId: ID!) { councilBoardChanges(bodyId: $bodyId) { endCursor } }": types.CouncilGridBoardDocument,
    "mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field } } }": types.CouncilGridMeetingDocument,
    "mutation CouncilGridComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code field } } }": types.CouncilGridCommentDocument,
    "\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.CouncilConfigureDocument,
    "\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n": types.CouncilCommunityCreateDocument,
    "\n  mutation CouncilLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n": types.CouncilLoginDocument,
    "\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n": types.CouncilMembershipAddDocument,
    "\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": types.CouncilHouseholdCreateDocument,
    "query CouncilMemberships { memberships(first: 100) { nodes { id login } } }": types.CouncilMembershipsDocument,
    "query CouncilHouseholds { households(first: 40) { nodes { id } } }": types.CouncilHouseholdsDocument,
    "query CouncilLevels { councilLevels { key name index rules { quorumPercent threshold votingUnit cadence onlineDiscussionOpen steps allowVoteChange } } }": types.CouncilLevelsDocument,
    "\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) { body { id name levelKey level { key name index } rules { steps votingUnit threshold quorumPercent cadence onlineDiscussionOpen } parent { id } } userErrors { code field message } }\n  }\n": types.CouncilBodyCreateDocument,
    "\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id role votes householdId displayName } userErrors { code field message } } }\n": types.CouncilMemberAddDocument,
    "mutation CouncilMemberEnd($input: CouncilMemberEndInput!) { councilMemberEnd(input: $input) { member { id endedAt votes } userErrors { code message } } }": types.CouncilMemberEndDocument,
    "\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { id } } userErrors { code field message } } }\n": types.CouncilTopicRaiseDocument,
    "\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status rejectReason } userErrors { code field message } } }\n": types.CouncilTopicScreenDocument,
    "\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code field message } } }\n": types.CouncilTopicEscalateDocument,
    "mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) { councilTopicResolve(input: $input) { topic { id status } userErrors { code message } } }": types.CouncilTopicResolveDocument,
    "mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { id status doneAt } userErrors { code message } } }": types.CouncilTopicCompleteDocument,
    "\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { id status } userErrors { code message } } }\n": types.CouncilTopicCloseEvaluationDocument,
    "mutation CouncilCommentPost($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id authorName text } userErrors { code message } } }": types.CouncilCommentPostDocument,
    "mutation CouncilTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id ownerName dueOn overdue } userErrors { code field message } } }": types.CouncilTaskAddDocument,
    "mutation CouncilTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { id doneAt } userErrors { code message } } }": types.CouncilTaskDoneDocument,
    "\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }\n": types.CouncilTopicEvaluateDocument,
    "\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id status eligible quorumPercent threshold votingUnit allowChange options } userErrors { code field message } } }\n": types.CouncilVoteOpenDocument,
    "mutation CouncilVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code field message } } }": types.CouncilVoteCastDocument,
    "mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) { councilVoteEnter(input: $input) { vote { id } userErrors { code field message } } }": types.CouncilVoteEnterDocument,
    "\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) { vote { id status quorumMet passed winner ballotCount tally { option count } topic { id status } } userErrors { code field message } }\n  }\n": types.CouncilVoteCloseDocument,
    "\n  query CouncilVoteGet($id: ID!) { councilVote(id: $id) { id status passed quorumMet ballotCount tally { option count } ballots { choice channel enteredBy memberId member { id displayName } } } }\n": types.CouncilVoteGetDocument,
    "\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id status step title fundRequestFen decidedAt doneAt body { id levelKey }\n      history { action fromStatus toStatus note }\n      comments { totalCount nodes { authorName text } }\n      tasks { title doneAt }\n      votes { id passed }\n      evaluation { count average satisfiedPercent }\n    }\n  }\n": types.CouncilTopicGetDocument,
    "query CouncilIsoGridUnits { gridUnits(first: 1) { nodes { id } } }": types.CouncilIsoGridUnitsDocument,
    "mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }": types.CouncilIsoGridUnitCreateDocument,
    "mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code } } }": types.CouncilIsoMeetingDocument,
    "mutation CouncilIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }": types.CouncilIsoHouseholdDocument,
    "mutation CouncilIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } } }": types.CouncilIsoMemberDocument,
    "query CouncilPermBodies { councilBodies { totalCount } }": types.CouncilPermBodiesDocument,
    "mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code message } } }": types.CouncilPermMeetingDocument,
    "mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }": types.CouncilPermAttendDocument,
    "mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id } userErrors { code message } } }": types.CouncilPermDocumentDocument,
    "query CouncilPermCommunity { community { id } }": types.CouncilPermCommunityDocument,
    "mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { userErrors { code } } }": types.CouncilPermCompleteDocument,
    "query CouncilPermNode($id: ID!) { node(id: $id) { id } }": types.CouncilPermNodeDocument,
    "mutation CouncilPermBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }": types.CouncilPermBodyDocument,
    "\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field message } } }\n": types.CouncilReminderMeetingDocument,
    "mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { id status } userErrors { code message } } }": types.CouncilReminderMeetingCloseDocument,
    "query CouncilReminderNextDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }": types.CouncilReminderNextDueDocument,
    "query CouncilReminderChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }": types.CouncilReminderChangesDocument,
    "\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id kind scheduledAt agenda { id } } userErrors { code field message } } }\n": types.CouncilMeetingScheduleDocument,
    "mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) { councilAttendanceRecord(input: $input) { meeting { id attendanceCount } userErrors { code message } } }": types.CouncilAttendanceRecordDocument,
    "mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }": types.CouncilMeetingAttendDocument,
    "\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) { meeting { id status minutes attendance { name channel isMember } decisions { id passed topic { id } } } userErrors { code message } }\n  }\n": types.CouncilMeetingCloseDocument,
    "\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id version kind title } userErrors { code message } } }\n": types.CouncilDocumentPublishDocument,
    "\n  query CouncilBodyDocs($id: ID!, $all: Boolean) { councilBody(id: $id) { id nextMeetingDue votingSeats documents(allVersions: $all) { version kind title text } } }\n": types.CouncilBodyDocsDocument,
    "\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) { meetingsHeld topicsRaised topicsDecided topicsDone averageDaysToDone participationPercent levels { levelKey meetingsHeld topicsRaised topicsDecided topicsDone } }\n  }\n": types.CouncilStatsDocument,
    "query CouncilChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }": types.CouncilChangesDocument,
    "mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": types.CouncilBaojiConfigureDocument,
    "query CouncilDispatchTopics($bodyId: ID) { councilTopics(bodyId: $bodyId) { nodes { title status source } } }": types.CouncilDispatchTopicsDocument,
    "mutation DispatchGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }": types.DispatchGridUnitDocument,
    "mutation DispatchGridDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }": types.DispatchGridDutyDocument,
    "mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }": types.DispatchGridPlaceDocument,
    "mutation DispatchGridHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": types.DispatchGridHouseholdDocument,
    "\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) { totalCount nodes { id status gridUnit takerName dueAt overdue requester { id name } household { id number } } }\n  }\n": types.DispatchBoardPageDocument,
    "query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n    dispatchBoard(first: $first, after: $after, last: $last, before: $before) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }": types.DispatchBoardPagedDocument,
    "\n  query DispatchEscalationTargets($category: String) { dispatchEscalationTargets(category: $category) { name source target kind categories } }\n": types.DispatchEscalationTargetsDocument,
    "\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo escalatedToTarget } userErrors { code field message } }\n  }\n": types.DispatchEscalationEscalateDocument,
    "\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name } userErrors { code field message } } }\n": types.DispatchEscalationPartyTargetCreateDocument,
    "\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id active } userErrors { code field message } } }\n": types.DispatchEscalationPartyTargetUpdateDocument,
    "query DispatchEscalationPartyTargets { partyEscalationTargets { id name } }": types.DispatchEscalationPartyTargetsDocument,
    "\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.DispatchConfigureDocument,
    "query DispatchMembers { memberships(first: 100) { nodes { id login roles } } }": types.DispatchMembersDocument,
    "query DispatchResidents { residents(first: 5) { nodes { id name household { id } } } }": types.DispatchResidentsDocument,
    "\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) { serviceRequest { id status kind channel onBehalf dueAt gridUnit requester { id } household { id } } userErrors { code field message } }\n  }\n": types.DispatchCreateDocument,
    "\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) { serviceRequest { id status route takerName assistantIds } userErrors { code field message } }\n  }\n": types.DispatchDispatchDocument,
    "\n  mutation DispatchClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { id status takerName } userErrors { code message } } }\n": types.DispatchClaimDocument,
    "\n  mutation DispatchNote($input: ServiceRequestNoteInput!) { serviceRequestNote(input: $input) { serviceRequest { id status } userErrors { code message } } }\n": types.DispatchNoteDocument,
    "\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) { serviceRequestHandOver(input: $input) { serviceRequest { id status takerName } userErrors { code field message } } }\n": types.DispatchHandOverDocument,
    "\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo } userErrors { code field message } } }\n": types.DispatchEscalateDocument,
    "\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { id status escalationAnswer result } userErrors { code message } } }\n": types.DispatchAnswerDocument,
    "\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { id status result } userErrors { code field message } } }\n": types.DispatchResolveDocument,
    "\n  mutation DispatchRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { id status rating ratingComment } userErrors { code field message } } }\n": types.DispatchRateDocument,
    "\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) { serviceRequestReopen(input: $input) { serviceRequest { id status reopenCount takerName } userErrors { code message } } }\n": types.DispatchReopenDocument,
    "\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) { serviceRequestCancel(input: $input) { serviceRequest { id status closeReason } userErrors { code field message } } }\n": types.DispatchCancelDocument,
    "\n  mutation DispatchReject($input: ServiceRequestNoteInput!) { serviceRequestReject(input: $input) { serviceRequest { id status closeReason } userErrors { code message } } }\n": types.DispatchRejectDocument,
    "\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) { serviceRequestMerge(input: $input) { serviceRequest { id status mergedInto { id } } userErrors { code field message } } }\n": types.DispatchMergeDocument,
    "\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) { id status kind route takerName rating overdue reopenCount requester { id } log { action fromStatus toStatus actorRole body at } }\n  }\n": types.DispatchGetDocument,
    "\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) { serviceRequests(first: 100, mine: $mine, status: $status) { totalCount nodes { id status } } }\n": types.DispatchListDocument,
    "mutation DispatchIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.DispatchIsoLoginDocument,
    "mutation DispatchIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": types.DispatchIsoCommunityDocument,
    "mutation DispatchIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": types.DispatchIsoMemberDocument,
    "query DispatchIsoBoard($grid: ID) { dispatchBoard(grid: $grid) { totalCount nodes { id title } } }": types.DispatchIsoBoardDocument,
    "mutation DispatchIsoUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }": types.DispatchIsoUnitDocument,
    "mutation DispatchOpen311Key($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } } }": types.DispatchOpen311KeyDocument,
    "mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { userErrors { code } } }": types.DispatchOpen311RevokeDocument,
    "mutation DispatchOpen311Login($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.DispatchOpen311LoginDocument,
    "mutation DispatchOpen311Community($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": types.DispatchOpen311CommunityDocument,
    "mutation DispatchOpen311Member($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": types.DispatchOpen311MemberDocument,
    "query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } } }": types.DispatchPermMetricsDocument,
    "query DispatchPermBoard { dispatchBoard(first: 1) { totalCount } }": types.DispatchPermBoardDocument,
    "query DispatchPermCommunity { community { id } }": types.DispatchPermCommunityDocument,
    "\n  mutation DispatchRaceMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n": types.DispatchRaceMemberDocument,
    "\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } gridRanking { gridUnit received } } }\n": types.DispatchMetricsPeriodDocument,
    "mutation FundFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": types.FundFxEnableDocument,
    "query FundFxMembers { memberships(first: 100) { nodes { id login } } community { id } }": types.FundFxMembersDocument,
    "mutation FundFxAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }": types.FundFxAddMemberDocument,
    "\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    named: charityResourceCreate(input: $c) { charityResource { id } }\n    anon: charityResourceCreate(input: $a) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n": types.FundFxForcesDocument,
    "\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) { fund { id name kind purpose balanceFen custodian { name type } roster { displayName role } } userErrors { code field message } }\n  }\n": types.FundCreateDocument,
    "\n  mutation FundUpdate($input: FundUpdateInput!) { fundUpdate(input: $input) { fund { id name active roster { displayName role } } userErrors { code field message } } }\n": types.FundUpdateDocument,
    "\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id name balanceFen goodsValuationFen incomeFen spentFen receiptsIssued\n      permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors }\n    }\n  }\n": types.FundGetDocument,
    "\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) { donation { id status kind amountFen receiptNumber donorName anonymous } userErrors { code field message } }\n  }\n": types.FundRecordDocument,
    "\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) { donation { id status receiptNumber donorName mine permissions { fulfil cancel refund } } userErrors { code field message } }\n  }\n": types.FundPledgeDocument,
    "\n  mutation FundFulfil($input: FundPledgeFulfilInput!) { fundPledgeFulfil(input: $input) { donation { id status receiptNumber } userErrors { code field message } } }\n": types.FundFulfilDocument,
    "\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) { fundPledgeCancel(input: $input) { donation { id status reason } userErrors { code field message } } }\n": types.FundPledgeCancelDocument,
    "\n  mutation FundRefund($input: FundDonationRefundInput!) { fundDonationRefund(input: $input) { donation { id status refundedAt } userErrors { code field message } } }\n": types.FundRefundDocument,
    "\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n": types.FundRequestDocument,
    "\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) { disbursement { id status approvalsCount } userErrors { code field message } }\n  }\n": types.FundApproveDocument,
    "\n  mutation FundReject($input: FundDisbursementCloseInput!) { fundDisbursementReject(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n": types.FundRejectDocument,
    "\n  mutation FundCancel($input: FundDisbursementCloseInput!) { fundDisbursementCancel(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n": types.FundCancelDocument,
    "\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) { disbursement { id status paymentReference } userErrors { code field message } }\n  }\n": types.FundPayDocument,
    "\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName openingBalanceFen incomeFen goodsFen spendingFen closingBalanceFen\n      income { donor anonymous moneyFen goodsFen count }\n      spending { purpose purposeName amountFen count }\n      csv\n    }\n  }\n": types.FundStatementQDocument,
    "\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) { permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors } }\n    node(id: $d) { ... on FundDisbursement { permissions { approve reject cancel pay } } }\n  }\n": types.FundMatrixPermsDocument,
    "query FundMatrixAnon($fundId: ID!) { fundDonations(fundId: $fundId, first: 100) { nodes { id donorName } } }": types.FundMatrixAnonDocument,
    "mutation FundMatrixCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": types.FundMatrixCommunityDocument,
    "mutation FundMatrixLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.FundMatrixLoginDocument,
    "mutation FundMatrixAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }": types.FundMatrixAddDocument,
    "\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes { id status approvalsCount requesterName purposeName approvalEntries { approverName } permissions { approve reject cancel pay } }\n    }\n  }\n": types.FundRequestsDocument,
    "\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) { totalCount nodes { id donorName donorType donorId anonymous receiptNumber status mine } }\n  }\n": types.FundDonationsDocument,
    "query FundNode($id: ID!) { node(id: $id) { id ... on FundDisbursement { status amountFen } ... on FundDonation { amountFen } ... on Fund { name } } }": types.FundNodeDocument,
    "query FundList { funds { totalCount nodes { id name } } }": types.FundListDocument,
    "mutation FundDisable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.FundDisableDocument,
    "mutation FundReEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.FundReEnableDocument,
    "mutation FundIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.FundIsoLoginDocument,
    "mutation FundIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": types.FundIsoCommunityDocument,
    "mutation FundIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }": types.FundIsoMemberDocument,
    "mutation FundIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.FundIsoEnableDocument,
    "mutation FundIsoForces($o: SocialOrganizationCreateInput!) { socialOrganizationCreate(input: $o) { socialOrganization { id } } }": types.FundIsoForcesDocument,
    "query FundIsoMembers { memberships { nodes { id login } } }": types.FundIsoMembersDocument,
    "mutation FundIsoRequest($input: FundDisbursementRequestInput!) { fundDisbursementRequest(input: $input) { disbursement { status councilTopicId approvalsRequired } userErrors { code field } } }": types.FundIsoRequestDocument,
    "\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.GridCareConfigureDocument,
    "query GridCareResidents { residents(first: 100) { nodes { id name household { number } } } }": types.GridCareResidentsDocument,
    "query GridCareMemberships { memberships(first: 50) { nodes { id login } } }": types.GridCareMembershipsDocument,
    "\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) { gridCareMember { id category categoryName visitEveryDays dueOn overdue responsibleName } userErrors { code field } }\n  }\n": types.GridCareEnrollDocument,
    "\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { id responsibleName } userErrors { code } } }\n": types.GridCareUpdateDocument,
    "mutation GridCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { id endsOn } userErrors { code } } }": types.GridCareEndDocument,
    "\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id kind kindName dueOn onTime notes } userErrors { code field } } }\n": types.GridCareVisitDocument,
    "\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) { totalCount nodes { id category overdue evidence resident { name } visits { kind } } }\n  }\n": types.GridCareListDocument,
    "query GridCareOne($id: ID!) { gridCareMember(id: $id) { id evidence resident { name } } }": types.GridCareOneDocument,
    "query GridCareNode($id: ID!) { node(id: $id) { id ... on GridCareMember { evidence } } }": types.GridCareNodeDocument,
    "query GridCareCoverageQ { gridCareCoverage { members withResponsible onTime covered rate } }": types.GridCareCoverageQDocument,
    "mutation GridCareNotify { gridCareOverdueNotify { notified userErrors { code } } }": types.GridCareNotifyDocument,
    "query GridCareFile($h: ID!) { gridHouseholdFile(household: $h) { careMembers { category } } }": types.GridCareFileDocument,
    "query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }": types.GridCareMetricsDocument,
    "\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.GridImportConfigureDocument,
    "\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) { report { applied units households residents placements problems { sheet row field reason } } userErrors { code message } }\n  }\n": types.GridImportDocument,
    "query GridImportTree { gridUnits(first: 100) { totalCount nodes { code householdCount } } }": types.GridImportTreeDocument,
    "mutation GridIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.GridIsoLoginDocument,
    "mutation GridIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": types.GridIsoCommunityDocument,
    "mutation GridIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": types.GridIsoMemberDocument,
    "mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.GridIsoConfigureDocument,
    "mutation GridIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }": types.GridIsoHouseholdDocument,
    "mutation GridIsoResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } } }": types.GridIsoResidentDocument,
    "query GridIsoUnit($id: ID!) { gridUnit(id: $id) { code name households { totalCount } } }": types.GridIsoUnitDocument,
    "query GridIsoUnits($id: ID) { gridUnits(parent: $id) { totalCount nodes { code } } }": types.GridIsoUnitsDocument,
    "query GridIsoPath($id: ID!) { gridHouseholdPath(household: $id) { code } }": types.GridIsoPathDocument,
    "query GridIsoResponsible($id: ID!) { gridResponsible(household: $id) { holderName } }": types.GridIsoResponsibleDocument,
    "query GridIsoFile($id: ID!) { gridHouseholdFile(household: $id) { household { number } members { name } } }": types.GridIsoFileDocument,
    "query GridIsoCoverage($id: ID) { gridCoverage(unit: $id) { roleGapCount householdsWithoutResponsible { number } } }": types.GridIsoCoverageDocument,
    "query GridIsoCareMember($id: ID!) { gridCareMember(id: $id) { evidence } }": types.GridIsoCareMemberDocument,
    "query GridIsoCareMembers($id: ID) { gridCareMembers(unit: $id) { totalCount nodes { evidence } } }": types.GridIsoCareMembersDocument,
    "mutation GridIsoUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { code } userErrors { code field } } }": types.GridIsoUnitCreateDocument,
    "mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { code } userErrors { code field } } }": types.GridIsoUnitUpdateDocument,
    "mutation GridIsoUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { code } userErrors { code field } } }": types.GridIsoUnitMoveDocument,
    "mutation GridIsoPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code field } } }": types.GridIsoPlaceDocument,
    "mutation GridIsoDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { role } userErrors { code field } } }": types.GridIsoDutyAssignDocument,
    "mutation GridIsoDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { role } userErrors { code field } } }": types.GridIsoDutyEndDocument,
    "mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { evidence } userErrors { code field } } }": types.GridIsoEnrollDocument,
    "mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { evidence } userErrors { code field } } }": types.GridIsoCareUpdateDocument,
    "mutation GridIsoCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { evidence } userErrors { code field } } }": types.GridIsoCareEndDocument,
    "mutation GridIsoVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { notes } userErrors { code field } } }": types.GridIsoVisitDocument,
    "mutation GridIsoExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code field } } }": types.GridIsoExportDocument,
    "mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } } }": types.GridIsoEnrollBDocument,
    "query GridMatrixCommunity { community { id } }": types.GridMatrixCommunityDocument,
    "mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.GridMatrixConfigureDocument,
    "query GridMatrixUnits { gridUnits { totalCount } }": types.GridMatrixUnitsDocument,
    "mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }": types.GridMatrixUnitCreateDocument,
    "mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code } } }": types.GridMatrixPlaceDocument,
    "query GridMatrixNodeUnit($id: ID!) { node(id: $id) { id } }": types.GridMatrixNodeUnitDocument,
    "query GridMatrixResponsible($h: ID!) { gridResponsible(household: $h) { role } }": types.GridMatrixResponsibleDocument,
    "mutation GridMatrixDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code } } }": types.GridMatrixDutyDocument,
    "query GridMatrixCoverage { gridCoverage { roleGapCount } }": types.GridMatrixCoverageDocument,
    "query GridMatrixFile($h: ID!) { gridHouseholdFile(household: $h) { tags } }": types.GridMatrixFileDocument,
    "query GridMatrixCare { gridCareMembers { totalCount } }": types.GridMatrixCareDocument,
    "query GridMatrixCareNode($id: ID!) { node(id: $id) { id } }": types.GridMatrixCareNodeDocument,
    "mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code } } }": types.GridMatrixEnrollDocument,
    "mutation GridMatrixVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code } } }": types.GridMatrixVisitDocument,
    "mutation GridMatrixImport($input: GridImportInput!) { gridImport(input: $input) { report { applied } userErrors { code } } }": types.GridMatrixImportDocument,
    "mutation GridMatrixExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code } } }": types.GridMatrixExportDocument,
    "\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.GridPiiConfigureDocument,
    "\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id idNumber phone } userErrors { code field } } }\n": types.GridPiiResidentCreateDocument,
    "\n  query GridPiiLookup($idNumber: String, $phone: String) { residents(first: 5, idNumber: $idNumber, phone: $phone) { totalCount nodes { id name } } }\n": types.GridPiiLookupDocument,
    "\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on Resident { name idNumber(unmasked: $unmasked) phone(unmasked: $unmasked) } } }\n": types.GridPiiReadDocument,
    "\n  query GridPiiAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 20) { totalCount nodes { at subject account fields reason requestId } } }\n": types.GridPiiAccessLogDocument,
    "query GridPiiReadWhy($id: ID!) { node(id: $id) { ... on Resident { idNumber(unmasked: true, reason: \"核对低保申请\") } } }": types.GridPiiReadWhyDocument,
    "query GridPiiHouseholds { households(first: 100) { nodes { id number members { id } } } }": types.GridPiiHouseholdsDocument,
    "\n  mutation GridPiiImport($input: GridImportInput!) { gridImport(input: $input) { report { applied residents problems { sheet row field reason } } userErrors { code } } }\n": types.GridPiiImportDocument,
    "\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.GridLiveConfigureDocument,
    "query GridLiveUnits { gridUnits(first: 10) { nodes { id code } } }": types.GridLiveUnitsDocument,
    "query GridLiveMembers { memberships(first: 50) { nodes { id login } } }": types.GridLiveMembersDocument,
    "query GridLiveHouseholds { households(first: 100) { nodes { id number } } }": types.GridLiveHouseholdsDocument,
    "query GridLiveNode($id: ID!) { node(id: $id) { id } }": types.GridLiveNodeDocument,
    "\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code field } } }\n": types.GridLiveDutyAssignDocument,
    "\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { endsOn } userErrors { code field } } }\n": types.GridLiveDutyEndDocument,
    "\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { userErrors { code field } } }\n": types.GridLiveHouseholdUpdateDocument,
    "\n  subscription GridLiveChanges($types: [String!]) { changes(types: $types) { cursor subjectType subject { ... on Household { number } } } }\n": types.GridLiveChangesDocument,
    "\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.GridScopeConfigureDocument,
    "query GridScopeHouseholds { households(first: 100) { totalCount nodes { id number members { id name } } } }": types.GridScopeHouseholdsDocument,
    "query GridScopeResidents($after: String) { residents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id household { number } } } }": types.GridScopeResidentsDocument,
    "query GridScopeNode($id: ID!) { node(id: $id) { id ... on Household { number } ... on Resident { name } } }": types.GridScopeNodeDocument,
    "\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { id tags } userErrors { code field } } }\n": types.GridScopeHouseholdUpdateDocument,
    "\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { id relationToHead } userErrors { code field } } }\n": types.GridScopeResidentUpdateDocument,
    "\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code field } } }\n": types.GridScopeResidentCreateDocument,
    "\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code field } } }\n": types.GridScopeCareEnrollDocument,
    "\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code field } } }\n": types.GridScopeCareVisitDocument,
    "\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code field message } } }\n": types.GridScopeRequestCreateDocument,
    "\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId status } userErrors { code field message } } }\n": types.GridScopePointsAdjustDocument,
    "\n  query GridScopeActivity($h: ID!) { gridHouseholdFile(household: $h) { household { number } activity(first: 50) { type subject data } } }\n": types.GridScopeActivityDocument,
    "\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.GridConfigureDocument,
    "\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes { id code name level levelName sortOrder hasChildren householdCount parent { code } children { totalCount nodes { code } } }\n    }\n  }\n": types.GridTreeDocument,
    "\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) { totalCount pageInfo { hasNextPage endCursor } nodes { id number members { name } } }\n      residents(first: 5) { totalCount nodes { name phone } }\n      duties { role roleName holderName holder { id } }\n    }\n  }\n": types.GridUnitPeopleDocument,
    "query GridPath($h: ID!) { gridHouseholdPath(household: $h) { code levelName } }": types.GridPathDocument,
    "query GridCoreHouseholds($search: String) { households(search: $search, first: 100) { nodes { id number building } } }": types.GridCoreHouseholdsDocument,
    "query GridMemberships { memberships(first: 50) { nodes { id login } } }": types.GridMembershipsDocument,
    "\n  mutation GridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id code level outline parent { code } } userErrors { code field } } }\n": types.GridUnitCreateDocument,
    "\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { id name sortOrder } userErrors { code field } } }\n": types.GridUnitUpdateDocument,
    "\n  mutation GridUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { id parent { code } } userErrors { code field } } }\n": types.GridUnitMoveDocument,
    "\n  mutation GridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { unit { code } endedAt } userErrors { code field } } }\n": types.GridPlaceDocument,
    "\n  mutation GridDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id role startsOn endsOn unit { code } } userErrors { code field } } }\n": types.GridDutyAssignDocument,
    "\n  mutation GridDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { id endsOn } userErrors { code field message } } }\n": types.GridDutyEndDocument,
    "query GridResponsible($h: ID!) { gridResponsible(household: $h) { role roleName holderName unit { code } } }": types.GridResponsibleDocument,
    "\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount roleGaps { role roleName unit { code } }\n      householdsWithoutResponsibleCount householdsWithoutResponsible { number }\n      unplacedHouseholdCount\n    }\n  }\n": types.GridCoverageDocument,
    "\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household { number } tags unit { code } path { code } responsible { roleName holderName }\n      members { name idNumber } placements { unit { code } endedAt } careMembers { category } activity { type }\n    }\n  }\n": types.GridFileDocument,
    "query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }": types.GridMetricsDocument,
    "\n  mutation GridExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv log { kind rowCount exportedAt } } userErrors { code } } }\n": types.GridExportDocument,
    "query GridExportLogs { gridExportLogs { totalCount nodes { kind rowCount } } }": types.GridExportLogsDocument,
    "\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id preset } userErrors { code message } } }\n": types.HarnessCommunityCreateDocument,
    "query PartyMatRead { partyUnits(first: 1) { totalCount } partyChair { id } }": types.PartyMatReadDocument,
    "query PartyMatMembers { partyMembers(first: 1) { totalCount nodes { name phone } } }": types.PartyMatMembersDocument,
    "mutation PartyIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": types.PartyIsoCommunityDocument,
    "mutation PartyIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.PartyIsoLoginDocument,
    "mutation PartyIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": types.PartyIsoMemberDocument,
    "query PartyIsoResidents { residents(first: 1) { nodes { id } } }": types.PartyIsoResidentsDocument,
    "query PartyIsoUnit($id: ID!) { partyUnit(id: $id) { id name contactPhone } }": types.PartyIsoUnitDocument,
    "query PartyIsoMeeting($id: ID!) { partyMeeting(id: $id) { id title } }": types.PartyIsoMeetingDocument,
    "query PartyIsoItem($id: ID!) { partyServiceItem(id: $id) { id title } }": types.PartyIsoItemDocument,
    "query PartyIsoMemberQ($id: ID!) { partyMember(id: $id) { id name } }": types.PartyIsoMemberQDocument,
    "query PartyIsoMembers($unitId: ID) { partyMembers(unitId: $unitId) { totalCount nodes { name } } }": types.PartyIsoMembersDocument,
    "mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id name } userErrors { code field } } }": types.PartyIsoTargetUpdateDocument,
    "mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) { partyServiceItemClose(input: $input) { item { id } userErrors { code field } } }": types.PartyIsoItemCloseDocument,
    "mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) { partyMemberUpdate(input: $input) { member { id } userErrors { code field } } }": types.PartyIsoMemberUpdateDocument,
    "query PartyIsoNode($id: ID!) { node(id: $id) { id ... on PartyUnit { name } ... on PartyMeeting { title } } }": types.PartyIsoNodeDocument,
    "mutation PartyConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": types.PartyConfigureDocument,
    "query PartyFxMembers { memberships(first: 100) { nodes { id login } } community { id } }": types.PartyFxMembersDocument,
    "\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name kind contactPhone sortOrder active isMine } userErrors { code field message } } }\n": types.PartyUnitCreateDocument,
    "\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) { partyUnitUpdate(input: $input) { unit { id name active contactPhone } userErrors { code field message } } }\n": types.PartyUnitUpdateDocument,
    "\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) { totalCount nodes { id name sortOrder contactPhone active } pageInfo { hasNextPage endCursor } }\n  }\n": types.PartyUnitsDocument,
    "\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) { slots { id year position startMonth endMonth unit { id name } } userErrors { code field message } }\n  }\n": types.PartyRotationGenerateDocument,
    "query PartyRotation($year: Int!) { partyRotation(year: $year) { id position startMonth endMonth current unit { id name } } }": types.PartyRotationDocument,
    "query PartyChair($year: Int, $month: Int) { partyChair(year: $year, month: $month) { id year position startMonth endMonth current unit { id name } } }": types.PartyChairDocument,
    "\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) { partyRotationSlotReplace(input: $input) { slot { id position unit { id } } userErrors { code field message } } }\n": types.PartySlotReplaceDocument,
    "\n  mutation PartySwap($input: PartyRotationSwapInput!) { partyRotationSwap(input: $input) { slots { position unit { id } } userErrors { code field message } } }\n": types.PartySwapDocument,
    "\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) { meeting { id title status conveningUnit { id name } } userErrors { code field message } }\n  }\n": types.PartyMeetingScheduleDocument,
    "\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) { meeting { id attendance { present attendees unit { id } } } userErrors { code field message } }\n  }\n": types.PartyAttendanceDocument,
    "\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) { meeting { id status minutes heldAt decisions { position text dueOn ownerUnit { id } } } userErrors { code field message } }\n  }\n": types.PartyMeetingCloseDocument,
    "mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) { partyMeetingCancel(input: $input) { meeting { id status } userErrors { code field message } } }": types.PartyMeetingCancelDocument,
    "\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) { item { id title capacity claimedCount remaining audience status } userErrors { code field message } }\n  }\n": types.PartyItemPublishDocument,
    "\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) { claim { id status claimantName mine unit { id } item { id remaining } } userErrors { code field message } }\n  }\n": types.PartyItemClaimDocument,
    "\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) { claim { id status record minutes completedAt } userErrors { code field message } }\n  }\n": types.PartyClaimCompleteDocument,
    "\n  mutation PartyMemberReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name isMe hasLogin unit { id } } userErrors { code field message } } }\n": types.PartyMemberReportDocument,
    "\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) { partyMemberRegister(input: $input) { member { id name phone hasLogin residentLinked } userErrors { code field message } } }\n": types.PartyMemberRegisterDocument,
    "\n  query PartyMyMember { partyMyMember { id name serviceMinutes serviceRecords(first: 50) { source title minutes rating servedAt } } }\n": types.PartyMyMemberDocument,
    "\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name kind categories contactPhone unit { id } } userErrors { code field message } } }\n": types.PartyTargetCreateDocument,
    "query PartyMemberPhone($id: ID!) { partyMember(id: $id) { name phone } }": types.PartyMemberPhoneDocument,
    "query PartyTargets($category: String) { partyEscalationTargets(category: $category) { name contactPhone } }": types.PartyTargetsDocument,
    "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me { displayName activeCommunity { name } memberships { roles } }\n      userErrors { code field message }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken refreshToken userErrors { code } }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) { revoked userErrors { code } }\n  }\n": types.LogoutDocument,
    "query Me { me { login activeCommunity { name } } }": types.MeDocument,
    "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) { disabled userErrors { code } }\n  }\n": types.SetDisabledDocument,
    "query AuthCommunityName { community { name } }": types.AuthCommunityNameDocument,
    "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { id number } userErrors { code field } }\n  }\n": types.EvHouseholdCreateDocument,
    "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events { cursor type subjectType subject { ... on Household { number } } }\n      endCursor\n      hasMore\n    }\n  }\n": types.EvChangesDocument,
    "\n  subscription EvLive($after: String) {\n    changes(after: $after) { cursor type subject { ... on Household { number } } }\n  }\n": types.EvLiveDocument,
    "\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": types.FanoutHouseholdCreateDocument,
    "\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number address } } }\n  }\n": types.FanoutChangesDocument,
    "query FanoutMembers { memberships(first: 100) { nodes { id login } } }": types.FanoutMembersDocument,
    "\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { userErrors { code } } }\n": types.FanoutMembershipUpdateDocument,
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
    "mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": types.OutcomesConfigureDocument,
    "query OutcomesWhere { community { id street { id } } memberships(first: 100) { nodes { id login } } }": types.OutcomesWhereDocument,
    "mutation OutcomesCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }": types.OutcomesCommunityDocument,
    "mutation OutcomesLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.OutcomesLoginDocument,
    "mutation OutcomesMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }": types.OutcomesMemberDocument,
    "mutation OutcomesRequest($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code message } } }": types.OutcomesRequestDocument,
    "mutation OutcomesAssign($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status } userErrors { code message } } }": types.OutcomesAssignDocument,
    "mutation OutcomesResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }": types.OutcomesResolveDocument,
    "mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }": types.OutcomesVolunteerDocument,
    "mutation OutcomesActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { shifts { id } } userErrors { code message } } }": types.OutcomesActivityDocument,
    "mutation OutcomesSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }": types.OutcomesSignUpDocument,
    "mutation OutcomesCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }": types.OutcomesCheckInDocument,
    "mutation OutcomesCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }": types.OutcomesCheckOutDocument,
    "query OutcomesPending { volunteerHours(first: 100, status: PENDING) { nodes { id } } }": types.OutcomesPendingDocument,
    "mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }": types.OutcomesConfirmDocument,
    "mutation OutcomesStation($input: StationCreateInput!) { stationCreate(input: $input) { station { id } userErrors { code message } } }": types.OutcomesStationDocument,
    "mutation OutcomesService($input: StationServiceCreateInput!) { stationServiceCreate(input: $input) { service { id } userErrors { code message } } }": types.OutcomesServiceDocument,
    "mutation OutcomesBook($input: StationBookingCreateInput!) { stationBookingCreate(input: $input) { booking { id } userErrors { code message } } }": types.OutcomesBookDocument,
    "mutation OutcomesAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id } userErrors { code } } }": types.OutcomesAttendDocument,
    "\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) { from to previousFrom items { module moduleName key name aggregation value previousValue change changePercent communities } }\n  }\n": types.OutcomesDashboardDocument,
    "\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId streetName\n      totals { module key aggregation value previousValue change communities }\n      communities { communityId communityName items { key value } }\n    }\n  }\n": types.OutcomesStreetDocument,
    "query PermCommunityRead { community { name } }": types.PermCommunityReadDocument,
    "mutation PermCommunityUpdate($d: String) { communityUpdate(input: { description: $d }) { community { description } userErrors { code } } }": types.PermCommunityUpdateDocument,
    "mutation PermModuleConfigure { communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) { community { id } userErrors { code } } }": types.PermModuleConfigureDocument,
    "mutation PermPresetApply { communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) { community { preset } userErrors { code } } }": types.PermPresetApplyDocument,
    "query PermMembershipRead { memberships(first: 1) { totalCount } }": types.PermMembershipReadDocument,
    "mutation PermMembershipManage($login: String!) { membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) { membership { id } userErrors { code } } }": types.PermMembershipManageDocument,
    "mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code } } }": types.PermMembershipLinkResidentDocument,
    "query PermHouseholdRead { households(first: 1) { totalCount nodes { number } } }": types.PermHouseholdReadDocument,
    "mutation PermHouseholdWrite($n: String!) { householdCreate(input: { number: $n, address: \"矩阵小区\" }) { household { id } userErrors { code } } }": types.PermHouseholdWriteDocument,
    "query PermResidentRead { residents(first: 1) { totalCount nodes { name } } }": types.PermResidentReadDocument,
    "mutation PermResidentWrite($name: String!) { residentCreate(input: { name: $name, phone: \"13800001111\" }) { resident { id } userErrors { code } } }": types.PermResidentWriteDocument,
    "query PermResidentPersonal { residents(first: 1) { nodes { phone(unmasked: true) } } }": types.PermResidentPersonalDocument,
    "query PermResidentSensitive { residents(first: 1) { nodes { sensitive { disability hardship } } } }": types.PermResidentSensitiveDocument,
    "query PermAccessLog { personalDataAccessLog(first: 1) { pageInfo { hasNextPage } } }": types.PermAccessLogDocument,
    "query PermForcesRead { socialOrganizations(first: 1) { totalCount nodes { name } } }": types.PermForcesReadDocument,
    "mutation PermForcesManage($name: String!) { volunteerCreate(input: { name: $name }) { volunteer { id } userErrors { code } } }": types.PermForcesManageDocument,
    "mutation PermApiKeyManage { apiKeyCreate(input: { name: \"矩阵\", permissions: [\"core.community.read\"] }) { secret userErrors { code } } }": types.PermApiKeyManageDocument,
    "query PermOutcomesRead { outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") { items { key } } }": types.PermOutcomesReadDocument,
    "query PermCommunityId { community { id } }": types.PermCommunityIdDocument,
    "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field } } }\n": types.PermConfigureDocument,
    "query PermHouseholdMembers { households(first: 5) { nodes { number members { name } } } }": types.PermHouseholdMembersDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community { modules { key enabled settings overrides } }\n      userErrors { code field message }\n    }\n  }\n": types.PlugConfigureDocument,
    "query PlugNotices { notices(first: 10) { totalCount nodes { title automatic } } }": types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) { notice { id title } userErrors { code field } }\n  }\n": types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n": types.PlugHouseholdDocument,
    "query PlugModules { community { modules { key name enabled settings } } }": types.PlugModulesDocument,
    "\n  mutation PresetsApply($input: CommunityPresetApplyInput!) { communityPresetApply(input: $input) { community { id preset } userErrors { code field message } } }\n": types.PresetsApplyDocument,
    "query PresetsModules { community { preset modules { key enabled settings overrides } } }": types.PresetsModulesDocument,
    "mutation PresetsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.PresetsConfigureDocument,
    "mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": types.PresetsHouseholdCreateDocument,
    "\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }\n": types.PresetsRequestCreateDocument,
    "query PresetsRequestGet($id: ID!) { serviceRequest(id: $id) { id title status } }": types.PresetsRequestGetDocument,
    "\n  mutation PresetsPointsAward($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code message } } }\n": types.PresetsPointsAwardDocument,
    "query PresetsPointsAccount($id: ID!) { pointsAccount(id: $id) { id balance householdId } }": types.PresetsPointsAccountDocument,
    "mutation PresetsMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": types.PresetsMemberAddDocument,
    "query RelHouseholds { households(first: 5) { totalCount } }": types.RelHouseholdsDocument,
    "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number } } }\n  }\n": types.ResyncChangesDocument,
    "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { userErrors { code } } }\n": types.ResyncHouseholdDocument,
    "query SeedPresetCommunity { community { name preset modules { key enabled } } }": types.SeedPresetCommunityDocument,
    "query SeedPresetGridTops { gridUnits(first: 10) { totalCount nodes { id level levelName name householdCount children(first: 3) { totalCount nodes { level levelName householdCount children(first: 3) { totalCount nodes { level name householdCount } } } } } } }": types.SeedPresetGridTopsDocument,
    "query SeedPresetHouseholds { households(first: 3) { totalCount nodes { number address } } residents(first: 20) { totalCount nodes { name } } }": types.SeedPresetHouseholdsDocument,
    "query SeedPresetCouncil { councilBodies(first: 20) { nodes { levelKey } } councilTopics(first: 20) { totalCount nodes { status } } }": types.SeedPresetCouncilDocument,
    "query SeedPresetRequests { serviceRequests(first: 30) { totalCount nodes { status kind escalationTarget log { action } } } }": types.SeedPresetRequestsDocument,
    "query SeedPresetPoints { pointsAccounts(first: 50, kind: HOUSEHOLD) { totalCount nodes { balance } } pointsItems(first: 10) { nodes { name stock } } }": types.SeedPresetPointsDocument,
    "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n": types.SubHouseholdCreateDocument,
    "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject { ... on Household { number address } }\n    }\n  }\n": types.SubChangesDocument,
    "\n  query SubMembers { memberships(first: 100) { nodes { id login active } } }\n": types.SubMembersDocument,
    "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) { membership { active } userErrors { code } }\n  }\n": types.SubMembershipUpdateDocument,
    "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } }\n  }\n": types.SubApiKeyCreateDocument,
    "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) { userErrors { code } }\n  }\n": types.SubApiKeyRevokeDocument,
    "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active resident { id } }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n": types.IsoNodeFieldsFragmentDoc,
    "query IsoNode($id: ID!) { node(id: $id) { ...IsoNodeFields } }": types.IsoNodeDocument,
    "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) { totalCount nodes { name household { number } } }\n  }\n": types.IsoResidentsOfHouseholdDocument,
    "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) { accessToken me { activeCommunity { name } memberships { community { name } } } userErrors { code field message } }\n  }\n": types.IsoLoginDocument,
    "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) { accessToken me { activeCommunity { name } } userErrors { code field message } }\n  }\n": types.IsoRefreshDocument,
    "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { apiKey { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoApiKeyRevokeDocument,
    "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoCommunityCreateDocument,
    "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoHouseholdUpdateDocument,
    "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) { householdClose(input: $input) { household { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoHouseholdCloseDocument,
    "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoMembershipUpdateDocument,
    "\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoMembershipResidentLinkDocument,
    "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoResidentCreateDocument,
    "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoResidentUpdateDocument,
    "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { resident { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoResidentMoveOutDocument,
    "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) { socialOrganization { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoSocialOrganizationUpdateDocument,
    "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) { socialWorker { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoSocialWorkerUpdateDocument,
    "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) { volunteerUpdate(input: $input) { volunteer { ...IsoNodeFields } userErrors { code field message } } }\n": types.IsoVolunteerUpdateDocument,
    "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) { cobuildingUnit { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoCobuildingUnitUpdateDocument,
    "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) { charityResource { ...IsoNodeFields } userErrors { code field message } }\n  }\n": types.IsoCharityResourceUpdateDocument,
    "query IsoNodes($ids: [ID!]!) { nodes(ids: $ids) { ...IsoNodeFields } }": types.IsoNodesDocument,
    "query IsoAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 100) { totalCount nodes { subject fields reason } } }": types.IsoAccessLogDocument,
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
    "\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.PointsRaceConfigureDocument,
    "mutation PointsRaceHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": types.PointsRaceHouseholdDocument,
    "\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code } } }\n": types.PointsRaceAdjustDocument,
    "mutation PointsRaceItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }": types.PointsRaceItemDocument,
    "\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code } } }\n": types.PointsRaceRedeemDocument,
    "\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code } } }\n": types.PointsRaceCancelDocument,
    "mutation PointsRaceExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { balance } userErrors { code } } }": types.PointsRaceExpireDocument,
    "query PointsLinkMemberships { memberships(first: 100) { nodes { id login } } }": types.PointsLinkMembershipsDocument,
    "query PointsLinkHouseholds($search: String) { households(first: 5, search: $search) { nodes { id number } } }": types.PointsLinkHouseholdsDocument,
    "query PointsLinkResidents($household: ID) { residents(first: 20, household: $household) { nodes { id } } }": types.PointsLinkResidentsDocument,
    "\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n": types.PointsLinkResidentDocument,
    "\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field message } } }\n": types.PointsConfigureDocument,
    "query PointsHouseholds { households(first: 100) { nodes { id number } } }": types.PointsHouseholdsDocument,
    "\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) { adjustment { id amount status needsApproval accountId account { id balance } } userErrors { code field message } }\n  }\n": types.PointsAdjustDocument,
    "\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id status } userErrors { code } } }\n": types.PointsApproveDocument,
    "\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id status } userErrors { code } } }\n": types.PointsRejectDocument,
    "\n  mutation PointsItemCreate($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id name stock pricePoints } userErrors { code field } } }\n": types.PointsItemCreateDocument,
    "\n  mutation PointsItemRestock($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code } } }\n": types.PointsItemRestockDocument,
    "query PointsItems { pointsItems(first: 50) { totalCount nodes { id name stock } } }": types.PointsItemsDocument,
    "\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) { redemption { id status points quantity code redeemedByName item { name stock } account { id balance } } userErrors { code field message } }\n  }\n": types.PointsRedeemDocument,
    "\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code message } } }\n": types.PointsCancelDocument,
    "\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) { pointsRedemptionPickUp(input: $input) { redemption { id status pickedUpAt } userErrors { code message } } }\n": types.PointsPickUpDocument,
    "\n  query PointsMy($first: Int) {\n    pointsMyAccount { id kind balance householdId entries(first: $first) { totalCount nodes { amount balanceAfter transaction { kind ruleKey reason amount } } } }\n  }\n": types.PointsMyDocument,
    "query PointsAccount($id: ID!) { pointsAccount(id: $id) { id balance } }": types.PointsAccountDocument,
    "query PointsRedemptions($accountId: ID) { pointsRedemptions(accountId: $accountId) { totalCount nodes { id status code } } }": types.PointsRedemptionsDocument,
    "\n  mutation PointsExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code } } }\n": types.PointsExpireDocument,
    "\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) { issued deducted redeemed refunded expired outstanding byRule { ruleKey points } byGrid { gridUnitId gridUnit { id name } issued } metrics { key value } }\n  }\n": types.PointsReportDocument,
    "query PointsNode($id: ID!) { node(id: $id) { id ... on PointsAccount { balance } } }": types.PointsNodeDocument,
    "\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.VolPtsConfigureDocument,
    "mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }": types.VolPtsRegisterDocument,
    "mutation VolPtsJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code } } }": types.VolPtsJoinDocument,
    "\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code } } }\n": types.VolPtsActivityDocument,
    "mutation VolPtsSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }": types.VolPtsSignUpDocument,
    "mutation VolPtsCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }": types.VolPtsCheckInDocument,
    "mutation VolPtsCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }": types.VolPtsCheckOutDocument,
    "query VolPtsPending { volunteerHours(status: PENDING) { nodes { id } } }": types.VolPtsPendingDocument,
    "mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }": types.VolPtsConfirmDocument,
    "mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id } userErrors { code } } }": types.VolPtsCorrectDocument,
    "mutation VolPtsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { status } userErrors { code } } }": types.VolPtsAdjustDocument,
    "query VolPtsMyId { pointsMyAccount { id balance } }": types.VolPtsMyIdDocument,
    "query VolPtsMy { pointsMyAccount { kind balance entries(first: 5) { nodes { amount transaction { kind ruleKey } } } } }": types.VolPtsMyDocument,
    "query VolPtsMatPointsRead { pointsItems(first: 1) { totalCount } }": types.VolPtsMatPointsReadDocument,
    "mutation VolPtsMatRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { userErrors { code } } }": types.VolPtsMatRedeemDocument,
    "mutation VolPtsMatItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }": types.VolPtsMatItemDocument,
    "mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { userErrors { code } } }": types.VolPtsMatApproveDocument,
    "query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) { pointsReport(from: $from, to: $to) { issued } }": types.VolPtsMatReportDocument,
    "query VolPtsMatTeams { volunteerTeams { key } }": types.VolPtsMatTeamsDocument,
    "mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { userErrors { code } } }": types.VolPtsMatJoinDocument,
    "mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { userErrors { code } } }": types.VolPtsMatActivityDocument,
    "mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { userErrors { code } } }": types.VolPtsMatRegisterDocument,
    "query VolPtsMatLookup($idNumber: String) { volunteerMembers(first: 1, idNumber: $idNumber) { totalCount } }": types.VolPtsMatLookupDocument,
    "query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name } }": types.VolPtsMatExportDocument,
    "mutation VolPtsIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code } } }": types.VolPtsIsoCommunityDocument,
    "mutation VolPtsIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.VolPtsIsoLoginDocument,
    "mutation VolPtsIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }": types.VolPtsIsoMemberDocument,
    "mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }": types.VolPtsIsoHouseholdDocument,
    "mutation VolPtsIsoAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId } userErrors { code } } }": types.VolPtsIsoAdjustDocument,
    "mutation VolPtsIsoItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }": types.VolPtsIsoItemDocument,
    "mutation VolPtsIsoRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id } userErrors { code } } }": types.VolPtsIsoRedeemDocument,
    "query VolPtsIso1($id: ID!) { pointsAccount(id: $id) { id balance } }": types.VolPtsIso1Document,
    "query VolPtsIso2($id: ID) { pointsRedemptions(accountId: $id) { totalCount nodes { code } } }": types.VolPtsIso2Document,
    "mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id amount } userErrors { code field } } }": types.VolPtsIso3Document,
    "mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id amount } userErrors { code field } } }": types.VolPtsIso4Document,
    "mutation VolPtsIso5($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code field } } }": types.VolPtsIso5Document,
    "mutation VolPtsIso6($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code field } } }": types.VolPtsIso6Document,
    "mutation VolPtsIso7($input: PointsItemUpdateInput!) { pointsItemUpdate(input: $input) { item { id name } userErrors { code field } } }": types.VolPtsIso7Document,
    "mutation VolPtsIso8($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id code } userErrors { code field } } }": types.VolPtsIso8Document,
    "mutation VolPtsIso9($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id } userErrors { code field } } }": types.VolPtsIso9Document,
    "mutation VolPtsIso10($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id } userErrors { code field } } }": types.VolPtsIso10Document,
    "mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id minutes } userErrors { code field } } }": types.VolPtsIso11Document,
    "mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id minutes } userErrors { code field } } }": types.VolPtsIso12Document,
    "mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id name } userErrors { code field } } }": types.VolPtsIso13Document,
    "mutation VolPtsIso14($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code field } } }": types.VolPtsIso14Document,
    "query VolPtsIso15($id: ID!) { volunteerActivity(id: $id) { id title shifts { id } } }": types.VolPtsIso15Document,
    "query VolPtsIso16($id: ID) { volunteerHours(memberId: $id) { totalCount nodes { minutes } } }": types.VolPtsIso16Document,
    "query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(memberId: $id, from: $from, to: $to) { name } }": types.VolPtsIso17Document,
    "query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) { name minutes } }": types.VolPtsIso18Document,
    "mutation ResourcesConcAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code message } } }": types.ResourcesConcAddDocument,
    "mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": types.ResourcesFxEnableDocument,
    "query ResourcesFxMembers { memberships(first: 100) { nodes { id login } } community { id } gridUnits(first: 10) { nodes { id code } } }": types.ResourcesFxMembersDocument,
    "\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n": types.ResourcesFxForcesDocument,
    "mutation ResourcesFxFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code message } } }": types.ResourcesFxFundDocument,
    "mutation ResourcesFxDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id } userErrors { code message } } }": types.ResourcesFxDonateDocument,
    "\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) { need { id title category status source gridUnitId demandCount } userErrors { code field message } }\n  }\n": types.ResourcesNeedCreateDocument,
    "\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) { resourcesNeedClose(input: $input) { need { id status reason } userErrors { code field message } } }\n": types.ResourcesNeedCloseDocument,
    "\n  query ResourcesNeedGet($id: ID!) { resourcesNeed(id: $id) { id title category categoryName status source demandCount gridUnitId sourceId reason metAt project { id status } } }\n": types.ResourcesNeedGetDocument,
    "\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) { totalCount nodes { id title category status source demandCount gridUnitId sourceId } }\n  }\n": types.ResourcesNeedsDocument,
    "\n  query ResourcesMatches($needId: ID!, $first: Int) { resourcesNeedMatches(needId: $needId, first: $first) { score reasons resource { id title } } }\n": types.ResourcesMatchesDocument,
    "\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) { resource { id title kind category gridUnitId valueFen quantity unit active editable provider { id type name } } userErrors { code field message } }\n  }\n": types.ResourcesResourceCreateDocument,
    "\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) { resourcesResourceUpdate(input: $input) { resource { id title active quantity } userErrors { code field message } } }\n": types.ResourcesResourceUpdateDocument,
    "query ResourcesResourceGet($id: ID!) { resourcesResource(id: $id) { id title provider { name } } }": types.ResourcesResourceGetDocument,
    "\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) { survey { id title status responsesCount questions { key kind options { key label } } } userErrors { code field message } }\n  }\n": types.ResourcesSurveyCreateDocument,
    "\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) { resourcesSurveyAnswer(input: $input) { survey { id responsesCount answered } userErrors { code field message } } }\n": types.ResourcesSurveyAnswerDocument,
    "\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) { resourcesSurveyClose(input: $input) { survey { id status } userErrors { code field message } } }\n": types.ResourcesSurveyCloseDocument,
    "\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) { needs { id title category demandCount source sourceId status } userErrors { code field message } }\n  }\n": types.ResourcesSurveyToNeedsDocument,
    "\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) { id status responsesCount answered results { key answered texts options { key label count } } }\n  }\n": types.ResourcesSurveyGetDocument,
    "\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status budgetFen resourceValueFen need { id status } milestones { id title done } } userErrors { code field message } }\n  }\n": types.ResourcesProjectCreateDocument,
    "mutation ResourcesProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { id status } userErrors { code field message } } }": types.ResourcesProjectStartDocument,
    "mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) { resourcesProjectComplete(input: $input) { project { id status need { status } } userErrors { code field message } } }": types.ResourcesProjectCompleteDocument,
    "mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) { resourcesProjectCancel(input: $input) { project { id status reason need { status } } userErrors { code field message } } }": types.ResourcesProjectCancelDocument,
    "mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) { resourcesMilestoneAdd(input: $input) { project { id milestones { id title done } } userErrors { code field message } } }": types.ResourcesMilestoneAddDocument,
    "mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) { resourcesMilestoneSet(input: $input) { project { id milestones { id done } } userErrors { code field message } } }": types.ResourcesMilestoneSetDocument,
    "\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) { project { id fundingStatus fundingAmountFen fundingDisbursementId } userErrors { code field message } }\n  }\n": types.ResourcesFundingRequestDocument,
    "\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id title status budgetFen fundingStatus fundingAmountFen fundingError fundingDisbursementId ownerName resourceValueFen\n      need { id status } resources { quantity valueFen resource { id title } } milestones { id title done position }\n      permissions { start complete cancel editMilestones requestFunding }\n    }\n  }\n": types.ResourcesProjectGetDocument,
    "mutation ResourcesIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }": types.ResourcesIsoLoginDocument,
    "mutation ResourcesIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }": types.ResourcesIsoCommunityDocument,
    "mutation ResourcesIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }": types.ResourcesIsoMemberDocument,
    "mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.ResourcesIsoEnableDocument,
    "\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n  }\n": types.ResourcesIsoForcesDocument,
    "query ResourcesIsoMembers { memberships { nodes { id login } } }": types.ResourcesIsoMembersDocument,
    "mutation ResourcesIsoFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code } } }": types.ResourcesIsoFundDocument,
    "query ResourcesFundRequests($fundId: ID!) { fundDisbursements(fundId: $fundId, first: 50) { nodes { id status amountFen purpose projectRef } } }": types.ResourcesFundRequestsDocument,
    "mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status } userErrors { code } } }": types.ResourcesFundApproveDocument,
    "mutation ResourcesFundPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status } userErrors { code } } }": types.ResourcesFundPayDocument,
    "mutation ResourcesToggle($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }": types.ResourcesToggleDocument,
    "mutation StationsEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }": types.StationsEnableDocument,
    "mutation StationsAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }": types.StationsAddMemberDocument,
    "query StationsWhere { community { id street { id } } }": types.StationsWhereDocument,
    "mutation StationsCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }": types.StationsCommunityCreateDocument,
    "mutation StationsLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }": types.StationsLoginDocument,
    "\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) { station { id name kind kindName address gridUnitId features openingHours { weekday opens closes } active } userErrors { code field message } }\n  }\n": types.StationCreateDocument,
    "\n  mutation StationUpdate($input: StationUpdateInput!) { stationUpdate(input: $input) { station { id name active openingHours { weekday opens closes } } userErrors { code field message } } }\n": types.StationUpdateDocument,
    "\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) { service { id name category grouping slotMinutes capacity bookable station { id } } userErrors { code field message } }\n  }\n": types.StationServiceCreateDocument,
    "\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) { stationServiceUpdate(input: $input) { service { id capacity grouping active } userErrors { code field message } } }\n": types.StationServiceUpdateDocument,
    "\n  mutation StationClosureAdd($input: StationClosureAddInput!) { stationClosureAdd(input: $input) { closure { id startsOn endsOn reason } userErrors { code field message } } }\n": types.StationClosureAddDocument,
    "\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) { stationClosureRemove(input: $input) { closure { id } userErrors { code field message } } }\n": types.StationClosureRemoveDocument,
    "\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) { booking { id status startsAt endsAt mine bookedBy service { id } station { id } } userErrors { code field message } }\n  }\n": types.StationBookDocument,
    "\n  mutation StationCancel($input: StationBookingActInput!) { stationBookingCancel(input: $input) { booking { id status cancelledAt } userErrors { code field message } } }\n": types.StationCancelDocument,
    "\n  mutation StationAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id status attendedAt } userErrors { code field message } } }\n": types.StationAttendDocument,
    "\n  query StationGet($id: ID!) {\n    station(id: $id) { id name kind kindName address gridUnitId features phone active openingHours { weekday opens closes } closures { id startsOn endsOn reason } services { id name category grouping capacity slotMinutes } }\n  }\n": types.StationGetDocument,
    "\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) { totalCount nodes { id name kind } }\n  }\n": types.StationListDocument,
    "\n  query StationCatalogQ { stationCatalog { lifeCircleMinutes kinds { key name stationCount } groupings { key name services { id name } } categories { key name } } }\n": types.StationCatalogQDocument,
    "\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) { startsAt endsAt capacity booked remaining }\n  }\n": types.StationSlotsDocument,
    "\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) { totalCount nodes { id status bookedBy mine } }\n  }\n": types.StationBookingsDocument,
    "query StationMine($all: Boolean) { myStationBookings(first: 100, includeCancelled: $all) { totalCount nodes { id status mine } } }": types.StationMineDocument,
    "query StationsMatrixNode($id: ID!) { node(id: $id) { id ... on StationBooking { status } } }": types.StationsMatrixNodeDocument,
    "query StationsIsoStation($id: ID!) { station(id: $id) { id name } }": types.StationsIsoStationDocument,
    "query StationsIsoSlots($id: ID!) { stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") { startsAt } }": types.StationsIsoSlotsDocument,
    "query StationsIsoBookings($id: ID!) { stationBookings(stationId: $id) { totalCount nodes { id } } }": types.StationsIsoBookingsDocument,
    "query StationsIsoNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }": types.StationsIsoNodesDocument,
    "\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.VolunteerPiiConfigureDocument,
    "\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id idNumberMasked idNumber } userErrors { code field } }\n  }\n": types.VolunteerPiiRegisterDocument,
    "mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code field } } }": types.VolunteerPiiJoinDocument,
    "mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id idNumber } userErrors { code field } } }": types.VolunteerPiiUpdateDocument,
    "query VolunteerPiiLookup($idNumber: String) { volunteerMembers(first: 5, idNumber: $idNumber) { totalCount nodes { id name } } }": types.VolunteerPiiLookupDocument,
    "\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on VolunteerMember { name idNumberMasked idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\") } } }\n": types.VolunteerPiiReadDocument,
    "query VolunteerPiiMe { volunteerMe { id idNumber idNumberMasked } }": types.VolunteerPiiMeDocument,
    "query VolunteerPiiMeUnmasked { volunteerMe { id idNumber(unmasked: true) } }": types.VolunteerPiiMeUnmaskedDocument,
    "query VolunteerPiiAccessLog { personalDataAccessLog(first: 50) { nodes { subject fields reason account } } }": types.VolunteerPiiAccessLogDocument,
    "\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n": types.VolunteerConfigureDocument,
    "query VolunteerTeams { volunteerTeams { key name } }": types.VolunteerTeamsDocument,
    "query VolunteerRecords { volunteers(first: 10) { nodes { id name } } }": types.VolunteerRecordsDocument,
    "\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id name teams volunteerRecordId idNumberMasked } userErrors { code field } }\n  }\n": types.VolunteerRegisterDocument,
    "mutation VolunteerJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id name teams } userErrors { code field } } }": types.VolunteerJoinDocument,
    "query VolunteerMe { volunteerMe { id name teams idNumberMasked } }": types.VolunteerMeDocument,
    "\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) { activity { id title shifts { id capacity signedUp checkInCode } } userErrors { code field message } }\n  }\n": types.VolunteerActivityCreateDocument,
    "\n  query VolunteerActivity($id: ID!) { volunteerActivity(id: $id) { id title shifts { id capacity signedUp waitlisted checkInCode mySignup { id status } signups { id status member { name } } } } }\n": types.VolunteerActivityDocument,
    "mutation VolunteerSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id status } userErrors { code field } } }": types.VolunteerSignUpDocument,
    "mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code } } }": types.VolunteerSignupCancelDocument,
    "mutation VolunteerCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id status checkedInAt } userErrors { code } } }": types.VolunteerCheckInDocument,
    "mutation VolunteerCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id status checkedOutAt } userErrors { code } } }": types.VolunteerCheckOutDocument,
    "mutation VolunteerCodeIn($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id status } userErrors { code } } }": types.VolunteerCodeInDocument,
    "mutation VolunteerCodeOut($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id status } userErrors { code } } }": types.VolunteerCodeOutDocument,
    "\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) { totalCount nodes { id minutes kind status activityTitle serviceDate correctsId reason member { name } } }\n  }\n": types.VolunteerHoursDocument,
    "mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id status minutes } userErrors { code } } }": types.VolunteerHoursConfirmDocument,
    "mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id kind minutes correctsId corrects { id minutes kind } } userErrors { code } } }": types.VolunteerHoursCorrectDocument,
    "\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) { volunteerHoursTotals(from: $from, to: $to, period: $period) { name period minutes memberId member { id name } } }\n": types.VolunteerTotalsDocument,
    "\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name idNumberMasked organization activity date hours } }\n": types.VolunteerExportDocument,
    "query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) { volunteerMetrics(from: $from, to: $to) { key value } }": types.VolunteerMetricsDocument,
    "query VolunteerPointsMy { pointsMyAccount { balance } }": types.VolunteerPointsMyDocument,
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
export function graphql(source: "query AccBaojiLevels { councilLevels { key name rules { votingUnit quorumPercent steps } } }"): (typeof documents)["query AccBaojiLevels { councilLevels { key name rules { votingUnit quorumPercent steps } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey level { name } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey level { name } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { levelKey } } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { levelKey } } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status step } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status step } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id eligible votingUnit } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id eligible votingUnit } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed quorumMet ballotCount tally { option count } topic { status } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed quorumMet ballotCount tally { option count } topic { status } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { doneAt } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { doneAt } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { status step } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { status step } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { status } userErrors { code message } } }"): (typeof documents)["mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) { status title decidedAt body { levelKey } history { action fromStatus toStatus note } evaluation { count average satisfiedPercent } }\n  }\n"): (typeof documents)["\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) { status title decidedAt body { levelKey } history { action fromStatus toStatus note } evaluation { count average satisfiedPercent } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccChangzhouLevels { councilLevels { key name rules { threshold steps onlineDiscussionOpen } } }"): (typeof documents)["query AccChangzhouLevels { councilLevels { key name rules { threshold steps onlineDiscussionOpen } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id levelKey } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { authorName } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { authorName } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { body { levelKey } } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { body { levelKey } } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id threshold eligible } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id threshold eligible } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed tally { count } topic { status } } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed tally { count } topic { status } } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccChangzhouTopic($id: ID!) { councilTopic(id: $id) { status body { levelKey } history { action } comments { totalCount } } }"): (typeof documents)["query AccChangzhouTopic($id: ID!) { councilTopic(id: $id) { status body { levelKey } history { action } comments { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccChangzhouPending { volunteerHours(status: PENDING) { nodes { id minutes } } }"): (typeof documents)["query AccChangzhouPending { volunteerHours(status: PENDING) { nodes { id minutes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccChangzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }"): (typeof documents)["query AccChangzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id stock } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id stock } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccChangzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code message } } }"): (typeof documents)["mutation AccChangzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccChangzhouItems { pointsItems(first: 10) { nodes { name stock } } }"): (typeof documents)["query AccChangzhouItems { pointsItems(first: 10) { nodes { name stock } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } userErrors { code message } }\n    charityResourceCreate(input: $c) { charityResource { id } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } userErrors { code message } }\n    charityResourceCreate(input: $c) { charityResource { id } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id name } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id name } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id status receiptNumber donorName amountFen } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccFengqingDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id status receiptNumber donorName amountFen } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status approvalsCount } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status approvalsCount } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status paymentReference } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status paymentReference } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccFengqingDisbursement($id: ID!) { node(id: $id) { ... on FundDisbursement { status councilDecision approvalsCount purposeName } } }"): (typeof documents)["query AccFengqingDisbursement($id: ID!) { node(id: $id) { ... on FundDisbursement { status councilDecision approvalsCount purposeName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) { incomeFen spendingFen closingBalanceFen income { donor moneyFen } spending { purposeName amountFen } }\n  }\n"): (typeof documents)["\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) { incomeFen spendingFen closingBalanceFen income { donor moneyFen } spending { purposeName amountFen } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccFengqingLevels { councilLevels { key name rules { cadence } } }"): (typeof documents)["query AccFengqingLevels { councilLevels { key name rules { cadence } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id rules { cadence } } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id rules { cadence } } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccFengqingBodyDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }"): (typeof documents)["query AccFengqingBodyDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { status } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id scheduledAt agenda { id } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id scheduledAt agenda { id } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed topic { status } } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) { councilVoteClose(input: $input) { vote { passed topic { status } } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { status attendance { name } decisions { passed } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { status attendance { name } decisions { passed } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status takerName } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status takerName } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { status escalationTarget escalatedTo } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { status escalationTarget escalatedTo } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { status escalationAnswer } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { status escalationAnswer } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccFengqingRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }"): (typeof documents)["mutation AccFengqingRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccFengqingGet($id: ID!) { serviceRequest(id: $id) { status escalatedTo escalationAnswer log { action toStatus actorRole } } }"): (typeof documents)["query AccFengqingGet($id: ID!) { serviceRequest(id: $id) { status escalatedTo escalationAnswer log { action toStatus actorRole } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id login roles } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id login roles } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id number } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id number } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AcceptanceSeat($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id } userErrors { code message } } }"): (typeof documents)["mutation AcceptanceSeat($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcceptanceMe { me { id } }"): (typeof documents)["query AcceptanceMe { me { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcceptanceModules { community { id name preset modules { key enabled settings } } }"): (typeof documents)["query AcceptanceModules { community { id name preset modules { key enabled settings } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AcceptanceChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }"): (typeof documents)["query AcceptanceChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) { socialWorkerCreate(input: $input) { socialWorker { id } userErrors { code message } } }"): (typeof documents)["mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) { socialWorkerCreate(input: $input) { socialWorker { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status kind channel household { id } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status kind channel household { id } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route assistantIds } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route assistantIds } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccPanzhouClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }"): (typeof documents)["mutation AccPanzhouClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status result } userErrors { code message } } }"): (typeof documents)["mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status result } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccPanzhouRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }"): (typeof documents)["mutation AccPanzhouRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccPanzhouMine($id: ID!) { serviceRequest(id: $id) { status takerName result rating log { action toStatus actorRole } } }"): (typeof documents)["query AccPanzhouMine($id: ID!) { serviceRequest(id: $id) { status takerName result rating log { action toStatus actorRole } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccPanzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }"): (typeof documents)["query AccPanzhouMyPoints { pointsMyAccount { kind balance householdId entries(first: 10) { nodes { amount transaction { kind ruleKey } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccPanzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code message } } }"): (typeof documents)["mutation AccPanzhouItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccPanzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points code } userErrors { code message } } }"): (typeof documents)["mutation AccPanzhouRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points code } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccPanzhouItems { pointsItems(first: 10) { nodes { name stock } } }"): (typeof documents)["query AccPanzhouItems { pointsItems(first: 10) { nodes { name stock } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) { outcomes(from: $from, to: $to) { items { key module value } } }"): (typeof documents)["query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) { outcomes(from: $from, to: $to) { items { key module value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { unit { id name } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { unit { id name } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccSanshundianMyMember { partyMyMember { name serviceMinutes serviceRecords(first: 10) { source title minutes rating } } }"): (typeof documents)["query AccSanshundianMyMember { partyMyMember { name serviceMinutes serviceRecords(first: 10) { source title minutes rating } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status gridUnit } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status gridUnit } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status route } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { status takerName } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { status rating } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) { partyRotationGenerate(input: $input) { slots { position startMonth endMonth current unit { name } } userErrors { code message } } }\n"): (typeof documents)["\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) { partyRotationGenerate(input: $input) { slots { position startMonth endMonth current unit { name } } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccSanshundianChair { partyChair { year startMonth endMonth current unit { id name } } }"): (typeof documents)["query AccSanshundianChair { partyChair { year startMonth endMonth current unit { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) { cobuildingUnitCreate(input: $input) { cobuildingUnit { id } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) { cobuildingUnitCreate(input: $input) { cobuildingUnit { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) { resourcesResourceCreate(input: $input) { resource { id title } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) { resourcesResourceCreate(input: $input) { resource { id title } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) { resourcesNeedCreate(input: $input) { need { id status } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) { resourcesNeedCreate(input: $input) { need { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AccSanshundianMatches($needId: ID!) { resourcesNeedMatches(needId: $needId) { score reasons resource { id title provider { name } } } }"): (typeof documents)["query AccSanshundianMatches($needId: ID!) { resourcesNeedMatches(needId: $needId) { score reasons resource { id title provider { name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status ownerName need { status } resources { resource { title } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status ownerName need { status } resources { resource { title } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { status } userErrors { code message } } }"): (typeof documents)["mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { status } userErrors { code message } } }"];
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
export function graphql(source: "query CoreLinkMemberships { memberships(first: 100) { nodes { id login resident { id } } } }"): (typeof documents)["query CoreLinkMemberships { memberships(first: 100) { nodes { id login resident { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoreLinkResidents { residents(first: 3) { nodes { id } } }"): (typeof documents)["query CoreLinkResidents { residents(first: 3) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { userErrors { code } } }"): (typeof documents)["mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) { residentMoveOut(input: $input) { userErrors { code } } }"];
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
export function graphql(source: "query CouncilGridBodies { councilBodies(first: 50) { nodes { id } } }"): (typeof documents)["query CouncilGridBodies { councilBodies(first: 50) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilGridTopics { councilTopics(first: 50) { nodes { id } } }"): (typeof documents)["query CouncilGridTopics { councilTopics(first: 50) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) { id } councilTopic(id: $topic) { id } councilVote(id: $vote) { id } councilMeeting(id: $meeting) { id } node(id: $body) { id }\n  }\n"): (typeof documents)["\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) { id } councilTopic(id: $topic) { id } councilVote(id: $vote) { id } councilMeeting(id: $meeting) { id } node(id: $body) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilGridBoard($bodyId: ID!) { councilBoardChanges(bodyId: $bodyId) { endCursor } }"): (typeof documents)["query CouncilGridBoard($bodyId: ID!) { councilBoardChanges(bodyId: $bodyId) { endCursor } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field } } }"): (typeof documents)["mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilGridComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code field } } }"): (typeof documents)["mutation CouncilGridComment($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n"): (typeof documents)["\n  mutation CouncilLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n"): (typeof documents)["\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilMemberships { memberships(first: 100) { nodes { id login } } }"): (typeof documents)["query CouncilMemberships { memberships(first: 100) { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilHouseholds { households(first: 40) { nodes { id } } }"): (typeof documents)["query CouncilHouseholds { households(first: 40) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilLevels { councilLevels { key name index rules { quorumPercent threshold votingUnit cadence onlineDiscussionOpen steps allowVoteChange } } }"): (typeof documents)["query CouncilLevels { councilLevels { key name index rules { quorumPercent threshold votingUnit cadence onlineDiscussionOpen steps allowVoteChange } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) { body { id name levelKey level { key name index } rules { steps votingUnit threshold quorumPercent cadence onlineDiscussionOpen } parent { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) { body { id name levelKey level { key name index } rules { steps votingUnit threshold quorumPercent cadence onlineDiscussionOpen } parent { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id role votes householdId displayName } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) { councilMemberAdd(input: $input) { member { id role votes householdId displayName } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilMemberEnd($input: CouncilMemberEndInput!) { councilMemberEnd(input: $input) { member { id endedAt votes } userErrors { code message } } }"): (typeof documents)["mutation CouncilMemberEnd($input: CouncilMemberEndInput!) { councilMemberEnd(input: $input) { member { id endedAt votes } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { id } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) { councilTopicRaise(input: $input) { topic { id status step body { id } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status rejectReason } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) { councilTopicScreen(input: $input) { topic { id status rejectReason } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) { councilTopicEscalate(input: $input) { topic { id status body { id levelKey } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) { councilTopicResolve(input: $input) { topic { id status } userErrors { code message } } }"): (typeof documents)["mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) { councilTopicResolve(input: $input) { topic { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { id status doneAt } userErrors { code message } } }"): (typeof documents)["mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { topic { id status doneAt } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { id status } userErrors { code message } } }\n"): (typeof documents)["\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) { councilTopicCloseEvaluation(input: $input) { topic { id status } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilCommentPost($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id authorName text } userErrors { code message } } }"): (typeof documents)["mutation CouncilCommentPost($input: CouncilCommentPostInput!) { councilCommentPost(input: $input) { comment { id authorName text } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id ownerName dueOn overdue } userErrors { code field message } } }"): (typeof documents)["mutation CouncilTaskAdd($input: CouncilTaskAddInput!) { councilTaskAdd(input: $input) { task { id ownerName dueOn overdue } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { id doneAt } userErrors { code message } } }"): (typeof documents)["mutation CouncilTaskDone($input: CouncilTaskDoneInput!) { councilTaskDone(input: $input) { task { id doneAt } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }\n"): (typeof documents)["\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) { councilTopicEvaluate(input: $input) { evaluation { rating } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id status eligible quorumPercent threshold votingUnit allowChange options } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) { councilVoteOpen(input: $input) { vote { id status eligible quorumPercent threshold votingUnit allowChange options } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code field message } } }"): (typeof documents)["mutation CouncilVoteCast($input: CouncilVoteCastInput!) { councilVoteCast(input: $input) { vote { id myChoice } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) { councilVoteEnter(input: $input) { vote { id } userErrors { code field message } } }"): (typeof documents)["mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) { councilVoteEnter(input: $input) { vote { id } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) { vote { id status quorumMet passed winner ballotCount tally { option count } topic { id status } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) { vote { id status quorumMet passed winner ballotCount tally { option count } topic { id status } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilVoteGet($id: ID!) { councilVote(id: $id) { id status passed quorumMet ballotCount tally { option count } ballots { choice channel enteredBy memberId member { id displayName } } } }\n"): (typeof documents)["\n  query CouncilVoteGet($id: ID!) { councilVote(id: $id) { id status passed quorumMet ballotCount tally { option count } ballots { choice channel enteredBy memberId member { id displayName } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id status step title fundRequestFen decidedAt doneAt body { id levelKey }\n      history { action fromStatus toStatus note }\n      comments { totalCount nodes { authorName text } }\n      tasks { title doneAt }\n      votes { id passed }\n      evaluation { count average satisfiedPercent }\n    }\n  }\n"): (typeof documents)["\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id status step title fundRequestFen decidedAt doneAt body { id levelKey }\n      history { action fromStatus toStatus note }\n      comments { totalCount nodes { authorName text } }\n      tasks { title doneAt }\n      votes { id passed }\n      evaluation { count average satisfiedPercent }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilIsoGridUnits { gridUnits(first: 1) { nodes { id } } }"): (typeof documents)["query CouncilIsoGridUnits { gridUnits(first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }"): (typeof documents)["mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code } } }"): (typeof documents)["mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }"): (typeof documents)["mutation CouncilIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } } }"): (typeof documents)["mutation CouncilIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilPermBodies { councilBodies { totalCount } }"): (typeof documents)["query CouncilPermBodies { councilBodies { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code message } } }"): (typeof documents)["mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }"): (typeof documents)["mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id } userErrors { code message } } }"): (typeof documents)["mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilPermCommunity { community { id } }"): (typeof documents)["query CouncilPermCommunity { community { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { userErrors { code } } }"): (typeof documents)["mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) { councilTopicComplete(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilPermNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query CouncilPermNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilPermBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }"): (typeof documents)["mutation CouncilPermBody($input: CouncilBodyCreateInput!) { councilBodyCreate(input: $input) { body { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { id status } userErrors { code message } } }"): (typeof documents)["mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) { councilMeetingClose(input: $input) { meeting { id status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilReminderNextDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }"): (typeof documents)["query CouncilReminderNextDue($id: ID!) { councilBody(id: $id) { nextMeetingDue } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilReminderChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }"): (typeof documents)["query CouncilReminderChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id kind scheduledAt agenda { id } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) { councilMeetingSchedule(input: $input) { meeting { id kind scheduledAt agenda { id } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) { councilAttendanceRecord(input: $input) { meeting { id attendanceCount } userErrors { code message } } }"): (typeof documents)["mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) { councilAttendanceRecord(input: $input) { meeting { id attendanceCount } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }"): (typeof documents)["mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) { councilMeetingAttend(input: $input) { meeting { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) { meeting { id status minutes attendance { name channel isMember } decisions { id passed topic { id } } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) { meeting { id status minutes attendance { name channel isMember } decisions { id passed topic { id } } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id version kind title } userErrors { code message } } }\n"): (typeof documents)["\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) { councilDocumentPublish(input: $input) { document { id version kind title } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilBodyDocs($id: ID!, $all: Boolean) { councilBody(id: $id) { id nextMeetingDue votingSeats documents(allVersions: $all) { version kind title text } } }\n"): (typeof documents)["\n  query CouncilBodyDocs($id: ID!, $all: Boolean) { councilBody(id: $id) { id nextMeetingDue votingSeats documents(allVersions: $all) { version kind title text } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) { meetingsHeld topicsRaised topicsDecided topicsDone averageDaysToDone participationPercent levels { levelKey meetingsHeld topicsRaised topicsDecided topicsDone } }\n  }\n"): (typeof documents)["\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) { meetingsHeld topicsRaised topicsDecided topicsDone averageDaysToDone participationPercent levels { levelKey meetingsHeld topicsRaised topicsDecided topicsDone } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }"): (typeof documents)["query CouncilChanges($types: [String!]) { changes(types: $types, first: 500) { events { type data } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CouncilDispatchTopics($bodyId: ID) { councilTopics(bodyId: $bodyId) { nodes { title status source } } }"): (typeof documents)["query CouncilDispatchTopics($bodyId: ID) { councilTopics(bodyId: $bodyId) { nodes { title status source } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }"): (typeof documents)["mutation DispatchGridUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchGridDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation DispatchGridDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchGridHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"): (typeof documents)["mutation DispatchGridHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) { totalCount nodes { id status gridUnit takerName dueAt overdue requester { id name } household { id number } } }\n  }\n"): (typeof documents)["\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) { totalCount nodes { id status gridUnit takerName dueAt overdue requester { id name } household { id number } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n    dispatchBoard(first: $first, after: $after, last: $last, before: $before) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"): (typeof documents)["query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n    dispatchBoard(first: $first, after: $after, last: $last, before: $before) { nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchEscalationTargets($category: String) { dispatchEscalationTargets(category: $category) { name source target kind categories } }\n"): (typeof documents)["\n  query DispatchEscalationTargets($category: String) { dispatchEscalationTargets(category: $category) { name source target kind categories } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo escalatedToTarget } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo escalatedToTarget } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id active } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id active } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchEscalationPartyTargets { partyEscalationTargets { id name } }"): (typeof documents)["query DispatchEscalationPartyTargets { partyEscalationTargets { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchMembers { memberships(first: 100) { nodes { id login roles } } }"): (typeof documents)["query DispatchMembers { memberships(first: 100) { nodes { id login roles } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchResidents { residents(first: 5) { nodes { id name household { id } } } }"): (typeof documents)["query DispatchResidents { residents(first: 5) { nodes { id name household { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) { serviceRequest { id status kind channel onBehalf dueAt gridUnit requester { id } household { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) { serviceRequest { id status kind channel onBehalf dueAt gridUnit requester { id } household { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) { serviceRequest { id status route takerName assistantIds } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) { serviceRequest { id status route takerName assistantIds } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { id status takerName } userErrors { code message } } }\n"): (typeof documents)["\n  mutation DispatchClaim($input: ServiceRequestIdInput!) { serviceRequestClaim(input: $input) { serviceRequest { id status takerName } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchNote($input: ServiceRequestNoteInput!) { serviceRequestNote(input: $input) { serviceRequest { id status } userErrors { code message } } }\n"): (typeof documents)["\n  mutation DispatchNote($input: ServiceRequestNoteInput!) { serviceRequestNote(input: $input) { serviceRequest { id status } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) { serviceRequestHandOver(input: $input) { serviceRequest { id status takerName } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) { serviceRequestHandOver(input: $input) { serviceRequest { id status takerName } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) { serviceRequestEscalate(input: $input) { serviceRequest { id status escalationTarget escalatedTo } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { id status escalationAnswer result } userErrors { code message } } }\n"): (typeof documents)["\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) { serviceRequestEscalationAnswer(input: $input) { serviceRequest { id status escalationAnswer result } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { id status result } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { id status result } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { id status rating ratingComment } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchRate($input: ServiceRequestRateInput!) { serviceRequestRate(input: $input) { serviceRequest { id status rating ratingComment } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) { serviceRequestReopen(input: $input) { serviceRequest { id status reopenCount takerName } userErrors { code message } } }\n"): (typeof documents)["\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) { serviceRequestReopen(input: $input) { serviceRequest { id status reopenCount takerName } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) { serviceRequestCancel(input: $input) { serviceRequest { id status closeReason } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) { serviceRequestCancel(input: $input) { serviceRequest { id status closeReason } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchReject($input: ServiceRequestNoteInput!) { serviceRequestReject(input: $input) { serviceRequest { id status closeReason } userErrors { code message } } }\n"): (typeof documents)["\n  mutation DispatchReject($input: ServiceRequestNoteInput!) { serviceRequestReject(input: $input) { serviceRequest { id status closeReason } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) { serviceRequestMerge(input: $input) { serviceRequest { id status mergedInto { id } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) { serviceRequestMerge(input: $input) { serviceRequest { id status mergedInto { id } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) { id status kind route takerName rating overdue reopenCount requester { id } log { action fromStatus toStatus actorRole body at } }\n  }\n"): (typeof documents)["\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) { id status kind route takerName rating overdue reopenCount requester { id } log { action fromStatus toStatus actorRole body at } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) { serviceRequests(first: 100, mine: $mine, status: $status) { totalCount nodes { id status } } }\n"): (typeof documents)["\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) { serviceRequests(first: 100, mine: $mine, status: $status) { totalCount nodes { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation DispatchIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"): (typeof documents)["mutation DispatchIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"): (typeof documents)["mutation DispatchIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchIsoBoard($grid: ID) { dispatchBoard(grid: $grid) { totalCount nodes { id title } } }"): (typeof documents)["query DispatchIsoBoard($grid: ID) { dispatchBoard(grid: $grid) { totalCount nodes { id title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchIsoUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }"): (typeof documents)["mutation DispatchIsoUnit($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchOpen311Key($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } } }"): (typeof documents)["mutation DispatchOpen311Key($input: ApiKeyCreateInput!) { apiKeyCreate(input: $input) { apiKey { id } secret userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { userErrors { code } } }"): (typeof documents)["mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) { apiKeyRevoke(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchOpen311Login($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation DispatchOpen311Login($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchOpen311Community($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"): (typeof documents)["mutation DispatchOpen311Community($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation DispatchOpen311Member($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"): (typeof documents)["mutation DispatchOpen311Member($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } } }"): (typeof documents)["query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchPermBoard { dispatchBoard(first: 1) { totalCount } }"): (typeof documents)["query DispatchPermBoard { dispatchBoard(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query DispatchPermCommunity { community { id } }"): (typeof documents)["query DispatchPermCommunity { community { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchRaceMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n"): (typeof documents)["\n  mutation DispatchRaceMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } gridRanking { gridUnit received } } }\n"): (typeof documents)["\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) { dispatchMetrics(from: $from, to: $to) { metrics { key value } gridRanking { gridUnit received } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation FundFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundFxMembers { memberships(first: 100) { nodes { id login } } community { id } }"): (typeof documents)["query FundFxMembers { memberships(first: 100) { nodes { id login } } community { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundFxAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }"): (typeof documents)["mutation FundFxAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    named: charityResourceCreate(input: $c) { charityResource { id } }\n    anon: charityResourceCreate(input: $a) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n"): (typeof documents)["\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    named: charityResourceCreate(input: $c) { charityResource { id } }\n    anon: charityResourceCreate(input: $a) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) { fund { id name kind purpose balanceFen custodian { name type } roster { displayName role } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) { fund { id name kind purpose balanceFen custodian { name type } roster { displayName role } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundUpdate($input: FundUpdateInput!) { fundUpdate(input: $input) { fund { id name active roster { displayName role } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation FundUpdate($input: FundUpdateInput!) { fundUpdate(input: $input) { fund { id name active roster { displayName role } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id name balanceFen goodsValuationFen incomeFen spentFen receiptsIssued\n      permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors }\n    }\n  }\n"): (typeof documents)["\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id name balanceFen goodsValuationFen incomeFen spentFen receiptsIssued\n      permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) { donation { id status kind amountFen receiptNumber donorName anonymous } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) { donation { id status kind amountFen receiptNumber donorName anonymous } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) { donation { id status receiptNumber donorName mine permissions { fulfil cancel refund } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) { donation { id status receiptNumber donorName mine permissions { fulfil cancel refund } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundFulfil($input: FundPledgeFulfilInput!) { fundPledgeFulfil(input: $input) { donation { id status receiptNumber } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation FundFulfil($input: FundPledgeFulfilInput!) { fundPledgeFulfil(input: $input) { donation { id status receiptNumber } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) { fundPledgeCancel(input: $input) { donation { id status reason } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) { fundPledgeCancel(input: $input) { donation { id status reason } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundRefund($input: FundDonationRefundInput!) { fundDonationRefund(input: $input) { donation { id status refundedAt } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation FundRefund($input: FundDonationRefundInput!) { fundDonationRefund(input: $input) { donation { id status refundedAt } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) { disbursement { id status approvalsRequired councilRequired } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) { disbursement { id status approvalsCount } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) { disbursement { id status approvalsCount } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundReject($input: FundDisbursementCloseInput!) { fundDisbursementReject(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation FundReject($input: FundDisbursementCloseInput!) { fundDisbursementReject(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundCancel($input: FundDisbursementCloseInput!) { fundDisbursementCancel(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation FundCancel($input: FundDisbursementCloseInput!) { fundDisbursementCancel(input: $input) { disbursement { id status reason } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) { disbursement { id status paymentReference } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) { disbursement { id status paymentReference } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName openingBalanceFen incomeFen goodsFen spendingFen closingBalanceFen\n      income { donor anonymous moneyFen goodsFen count }\n      spending { purpose purposeName amountFen count }\n      csv\n    }\n  }\n"): (typeof documents)["\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName openingBalanceFen incomeFen goodsFen spendingFen closingBalanceFen\n      income { donor anonymous moneyFen goodsFen count }\n      spending { purpose purposeName amountFen count }\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) { permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors } }\n    node(id: $d) { ... on FundDisbursement { permissions { approve reject cancel pay } } }\n  }\n"): (typeof documents)["\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) { permissions { recordDonation pledge requestDisbursement approve pay manage seeDonors } }\n    node(id: $d) { ... on FundDisbursement { permissions { approve reject cancel pay } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundMatrixAnon($fundId: ID!) { fundDonations(fundId: $fundId, first: 100) { nodes { id donorName } } }"): (typeof documents)["query FundMatrixAnon($fundId: ID!) { fundDonations(fundId: $fundId, first: 100) { nodes { id donorName } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundMatrixCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"): (typeof documents)["mutation FundMatrixCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundMatrixLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation FundMatrixLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundMatrixAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }"): (typeof documents)["mutation FundMatrixAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes { id status approvalsCount requesterName purposeName approvalEntries { approverName } permissions { approve reject cancel pay } }\n    }\n  }\n"): (typeof documents)["\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes { id status approvalsCount requesterName purposeName approvalEntries { approverName } permissions { approve reject cancel pay } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) { totalCount nodes { id donorName donorType donorId anonymous receiptNumber status mine } }\n  }\n"): (typeof documents)["\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) { totalCount nodes { id donorName donorType donorId anonymous receiptNumber status mine } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundNode($id: ID!) { node(id: $id) { id ... on FundDisbursement { status amountFen } ... on FundDonation { amountFen } ... on Fund { name } } }"): (typeof documents)["query FundNode($id: ID!) { node(id: $id) { id ... on FundDisbursement { status amountFen } ... on FundDonation { amountFen } ... on Fund { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundList { funds { totalCount nodes { id name } } }"): (typeof documents)["query FundList { funds { totalCount nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundDisable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation FundDisable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundReEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation FundReEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation FundIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"): (typeof documents)["mutation FundIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }"): (typeof documents)["mutation FundIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation FundIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundIsoForces($o: SocialOrganizationCreateInput!) { socialOrganizationCreate(input: $o) { socialOrganization { id } } }"): (typeof documents)["mutation FundIsoForces($o: SocialOrganizationCreateInput!) { socialOrganizationCreate(input: $o) { socialOrganization { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FundIsoMembers { memberships { nodes { id login } } }"): (typeof documents)["query FundIsoMembers { memberships { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation FundIsoRequest($input: FundDisbursementRequestInput!) { fundDisbursementRequest(input: $input) { disbursement { status councilTopicId approvalsRequired } userErrors { code field } } }"): (typeof documents)["mutation FundIsoRequest($input: FundDisbursementRequestInput!) { fundDisbursementRequest(input: $input) { disbursement { status councilTopicId approvalsRequired } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCareResidents { residents(first: 100) { nodes { id name household { number } } } }"): (typeof documents)["query GridCareResidents { residents(first: 100) { nodes { id name household { number } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCareMemberships { memberships(first: 50) { nodes { id login } } }"): (typeof documents)["query GridCareMemberships { memberships(first: 50) { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) { gridCareMember { id category categoryName visitEveryDays dueOn overdue responsibleName } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) { gridCareMember { id category categoryName visitEveryDays dueOn overdue responsibleName } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { id responsibleName } userErrors { code } } }\n"): (typeof documents)["\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { id responsibleName } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { id endsOn } userErrors { code } } }"): (typeof documents)["mutation GridCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { id endsOn } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id kind kindName dueOn onTime notes } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id kind kindName dueOn onTime notes } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) { totalCount nodes { id category overdue evidence resident { name } visits { kind } } }\n  }\n"): (typeof documents)["\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) { totalCount nodes { id category overdue evidence resident { name } visits { kind } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCareOne($id: ID!) { gridCareMember(id: $id) { id evidence resident { name } } }"): (typeof documents)["query GridCareOne($id: ID!) { gridCareMember(id: $id) { id evidence resident { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCareNode($id: ID!) { node(id: $id) { id ... on GridCareMember { evidence } } }"): (typeof documents)["query GridCareNode($id: ID!) { node(id: $id) { id ... on GridCareMember { evidence } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCareCoverageQ { gridCareCoverage { members withResponsible onTime covered rate } }"): (typeof documents)["query GridCareCoverageQ { gridCareCoverage { members withResponsible onTime covered rate } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridCareNotify { gridCareOverdueNotify { notified userErrors { code } } }"): (typeof documents)["mutation GridCareNotify { gridCareOverdueNotify { notified userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCareFile($h: ID!) { gridHouseholdFile(household: $h) { careMembers { category } } }"): (typeof documents)["query GridCareFile($h: ID!) { gridHouseholdFile(household: $h) { careMembers { category } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }"): (typeof documents)["query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) { report { applied units households residents placements problems { sheet row field reason } } userErrors { code message } }\n  }\n"): (typeof documents)["\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) { report { applied units households residents placements problems { sheet row field reason } } userErrors { code message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridImportTree { gridUnits(first: 100) { totalCount nodes { code householdCount } } }"): (typeof documents)["query GridImportTree { gridUnits(first: 100) { totalCount nodes { code householdCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation GridIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"): (typeof documents)["mutation GridIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"): (typeof documents)["mutation GridIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }"): (typeof documents)["mutation GridIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } } }"): (typeof documents)["mutation GridIsoResident($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoUnit($id: ID!) { gridUnit(id: $id) { code name households { totalCount } } }"): (typeof documents)["query GridIsoUnit($id: ID!) { gridUnit(id: $id) { code name households { totalCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoUnits($id: ID) { gridUnits(parent: $id) { totalCount nodes { code } } }"): (typeof documents)["query GridIsoUnits($id: ID) { gridUnits(parent: $id) { totalCount nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoPath($id: ID!) { gridHouseholdPath(household: $id) { code } }"): (typeof documents)["query GridIsoPath($id: ID!) { gridHouseholdPath(household: $id) { code } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoResponsible($id: ID!) { gridResponsible(household: $id) { holderName } }"): (typeof documents)["query GridIsoResponsible($id: ID!) { gridResponsible(household: $id) { holderName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoFile($id: ID!) { gridHouseholdFile(household: $id) { household { number } members { name } } }"): (typeof documents)["query GridIsoFile($id: ID!) { gridHouseholdFile(household: $id) { household { number } members { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoCoverage($id: ID) { gridCoverage(unit: $id) { roleGapCount householdsWithoutResponsible { number } } }"): (typeof documents)["query GridIsoCoverage($id: ID) { gridCoverage(unit: $id) { roleGapCount householdsWithoutResponsible { number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoCareMember($id: ID!) { gridCareMember(id: $id) { evidence } }"): (typeof documents)["query GridIsoCareMember($id: ID!) { gridCareMember(id: $id) { evidence } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridIsoCareMembers($id: ID) { gridCareMembers(unit: $id) { totalCount nodes { evidence } } }"): (typeof documents)["query GridIsoCareMembers($id: ID) { gridCareMembers(unit: $id) { totalCount nodes { evidence } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { code } userErrors { code field } } }"): (typeof documents)["mutation GridIsoUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { code } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { code } userErrors { code field } } }"): (typeof documents)["mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { code } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { code } userErrors { code field } } }"): (typeof documents)["mutation GridIsoUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { code } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code field } } }"): (typeof documents)["mutation GridIsoPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { role } userErrors { code field } } }"): (typeof documents)["mutation GridIsoDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { role } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { role } userErrors { code field } } }"): (typeof documents)["mutation GridIsoDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { role } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { evidence } userErrors { code field } } }"): (typeof documents)["mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { evidence } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { evidence } userErrors { code field } } }"): (typeof documents)["mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) { gridCareMemberUpdate(input: $input) { gridCareMember { evidence } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { evidence } userErrors { code field } } }"): (typeof documents)["mutation GridIsoCareEnd($input: GridCareMemberEndInput!) { gridCareMemberEnd(input: $input) { gridCareMember { evidence } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { notes } userErrors { code field } } }"): (typeof documents)["mutation GridIsoVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { notes } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code field } } }"): (typeof documents)["mutation GridIsoExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } } }"): (typeof documents)["mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixCommunity { community { id } }"): (typeof documents)["query GridMatrixCommunity { community { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixUnits { gridUnits { totalCount } }"): (typeof documents)["query GridMatrixUnits { gridUnits { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }"): (typeof documents)["mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code } } }"): (typeof documents)["mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { placedAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixNodeUnit($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query GridMatrixNodeUnit($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixResponsible($h: ID!) { gridResponsible(household: $h) { role } }"): (typeof documents)["query GridMatrixResponsible($h: ID!) { gridResponsible(household: $h) { role } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code } } }"): (typeof documents)["mutation GridMatrixDuty($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixCoverage { gridCoverage { roleGapCount } }"): (typeof documents)["query GridMatrixCoverage { gridCoverage { roleGapCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixFile($h: ID!) { gridHouseholdFile(household: $h) { tags } }"): (typeof documents)["query GridMatrixFile($h: ID!) { gridHouseholdFile(household: $h) { tags } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixCare { gridCareMembers { totalCount } }"): (typeof documents)["query GridMatrixCare { gridCareMembers { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMatrixCareNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query GridMatrixCareNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code } } }"): (typeof documents)["mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code } } }"): (typeof documents)["mutation GridMatrixVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixImport($input: GridImportInput!) { gridImport(input: $input) { report { applied } userErrors { code } } }"): (typeof documents)["mutation GridMatrixImport($input: GridImportInput!) { gridImport(input: $input) { report { applied } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation GridMatrixExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code } } }"): (typeof documents)["mutation GridMatrixExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id idNumber phone } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id idNumber phone } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiLookup($idNumber: String, $phone: String) { residents(first: 5, idNumber: $idNumber, phone: $phone) { totalCount nodes { id name } } }\n"): (typeof documents)["\n  query GridPiiLookup($idNumber: String, $phone: String) { residents(first: 5, idNumber: $idNumber, phone: $phone) { totalCount nodes { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on Resident { name idNumber(unmasked: $unmasked) phone(unmasked: $unmasked) } } }\n"): (typeof documents)["\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on Resident { name idNumber(unmasked: $unmasked) phone(unmasked: $unmasked) } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 20) { totalCount nodes { at subject account fields reason requestId } } }\n"): (typeof documents)["\n  query GridPiiAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 20) { totalCount nodes { at subject account fields reason requestId } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridPiiReadWhy($id: ID!) { node(id: $id) { ... on Resident { idNumber(unmasked: true, reason: \"核对低保申请\") } } }"): (typeof documents)["query GridPiiReadWhy($id: ID!) { node(id: $id) { ... on Resident { idNumber(unmasked: true, reason: \"核对低保申请\") } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridPiiHouseholds { households(first: 100) { nodes { id number members { id } } } }"): (typeof documents)["query GridPiiHouseholds { households(first: 100) { nodes { id number members { id } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPiiImport($input: GridImportInput!) { gridImport(input: $input) { report { applied residents problems { sheet row field reason } } userErrors { code } } }\n"): (typeof documents)["\n  mutation GridPiiImport($input: GridImportInput!) { gridImport(input: $input) { report { applied residents problems { sheet row field reason } } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridLiveUnits { gridUnits(first: 10) { nodes { id code } } }"): (typeof documents)["query GridLiveUnits { gridUnits(first: 10) { nodes { id code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridLiveMembers { memberships(first: 50) { nodes { id login } } }"): (typeof documents)["query GridLiveMembers { memberships(first: 50) { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridLiveHouseholds { households(first: 100) { nodes { id number } } }"): (typeof documents)["query GridLiveHouseholds { households(first: 100) { nodes { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridLiveNode($id: ID!) { node(id: $id) { id } }"): (typeof documents)["query GridLiveNode($id: ID!) { node(id: $id) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { endsOn } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { endsOn } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GridLiveChanges($types: [String!]) { changes(types: $types) { cursor subjectType subject { ... on Household { number } } } }\n"): (typeof documents)["\n  subscription GridLiveChanges($types: [String!]) { changes(types: $types) { cursor subjectType subject { ... on Household { number } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridScopeHouseholds { households(first: 100) { totalCount nodes { id number members { id name } } } }"): (typeof documents)["query GridScopeHouseholds { households(first: 100) { totalCount nodes { id number members { id name } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridScopeResidents($after: String) { residents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id household { number } } } }"): (typeof documents)["query GridScopeResidents($after: String) { residents(first: 100, after: $after) { pageInfo { hasNextPage endCursor } nodes { id household { number } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridScopeNode($id: ID!) { node(id: $id) { id ... on Household { number } ... on Resident { name } } }"): (typeof documents)["query GridScopeNode($id: ID!) { node(id: $id) { id ... on Household { number } ... on Resident { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { id tags } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) { householdUpdate(input: $input) { household { id tags } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { id relationToHead } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) { residentUpdate(input: $input) { resident { id relationToHead } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) { residentCreate(input: $input) { resident { id } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) { gridCareMemberEnroll(input: $input) { gridCareMember { id } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) { gridCareVisitRecord(input: $input) { gridCareVisit { id } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridScopeActivity($h: ID!) { gridHouseholdFile(household: $h) { household { number } activity(first: 50) { type subject data } } }\n"): (typeof documents)["\n  query GridScopeActivity($h: ID!) { gridHouseholdFile(household: $h) { household { number } activity(first: 50) { type subject data } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes { id code name level levelName sortOrder hasChildren householdCount parent { code } children { totalCount nodes { code } } }\n    }\n  }\n"): (typeof documents)["\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes { id code name level levelName sortOrder hasChildren householdCount parent { code } children { totalCount nodes { code } } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) { totalCount pageInfo { hasNextPage endCursor } nodes { id number members { name } } }\n      residents(first: 5) { totalCount nodes { name phone } }\n      duties { role roleName holderName holder { id } }\n    }\n  }\n"): (typeof documents)["\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) { totalCount pageInfo { hasNextPage endCursor } nodes { id number members { name } } }\n      residents(first: 5) { totalCount nodes { name phone } }\n      duties { role roleName holderName holder { id } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridPath($h: ID!) { gridHouseholdPath(household: $h) { code levelName } }"): (typeof documents)["query GridPath($h: ID!) { gridHouseholdPath(household: $h) { code levelName } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridCoreHouseholds($search: String) { households(search: $search, first: 100) { nodes { id number building } } }"): (typeof documents)["query GridCoreHouseholds($search: String) { households(search: $search, first: 100) { nodes { id number building } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMemberships { memberships(first: 50) { nodes { id login } } }"): (typeof documents)["query GridMemberships { memberships(first: 50) { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id code level outline parent { code } } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridUnitCreate($input: GridUnitCreateInput!) { gridUnitCreate(input: $input) { gridUnit { id code level outline parent { code } } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { id name sortOrder } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) { gridUnitUpdate(input: $input) { gridUnit { id name sortOrder } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { id parent { code } } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridUnitMove($input: GridUnitMoveInput!) { gridUnitMove(input: $input) { gridUnit { id parent { code } } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { unit { code } endedAt } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridPlace($input: GridHouseholdPlaceInput!) { gridHouseholdPlace(input: $input) { gridPlacement { unit { code } endedAt } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id role startsOn endsOn unit { code } } userErrors { code field } } }\n"): (typeof documents)["\n  mutation GridDutyAssign($input: GridDutyAssignInput!) { gridDutyAssign(input: $input) { gridDuty { id role startsOn endsOn unit { code } } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { id endsOn } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation GridDutyEnd($input: GridDutyEndInput!) { gridDutyEnd(input: $input) { gridDuty { id endsOn } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridResponsible($h: ID!) { gridResponsible(household: $h) { role roleName holderName unit { code } } }"): (typeof documents)["query GridResponsible($h: ID!) { gridResponsible(household: $h) { role roleName holderName unit { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount roleGaps { role roleName unit { code } }\n      householdsWithoutResponsibleCount householdsWithoutResponsible { number }\n      unplacedHouseholdCount\n    }\n  }\n"): (typeof documents)["\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount roleGaps { role roleName unit { code } }\n      householdsWithoutResponsibleCount householdsWithoutResponsible { number }\n      unplacedHouseholdCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household { number } tags unit { code } path { code } responsible { roleName holderName }\n      members { name idNumber } placements { unit { code } endedAt } careMembers { category } activity { type }\n    }\n  }\n"): (typeof documents)["\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household { number } tags unit { code } path { code } responsible { roleName holderName }\n      members { name idNumber } placements { unit { code } endedAt } careMembers { category } activity { type }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }"): (typeof documents)["query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) { gridMetrics(from: $from, to: $to) { key value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv log { kind rowCount exportedAt } } userErrors { code } } }\n"): (typeof documents)["\n  mutation GridExport($input: GridExportCreateInput!) { gridExportCreate(input: $input) { export { csv log { kind rowCount exportedAt } } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GridExportLogs { gridExportLogs { totalCount nodes { kind rowCount } } }"): (typeof documents)["query GridExportLogs { gridExportLogs { totalCount nodes { kind rowCount } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id preset } userErrors { code message } } }\n"): (typeof documents)["\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id preset } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyMatRead { partyUnits(first: 1) { totalCount } partyChair { id } }"): (typeof documents)["query PartyMatRead { partyUnits(first: 1) { totalCount } partyChair { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyMatMembers { partyMembers(first: 1) { totalCount nodes { name phone } } }"): (typeof documents)["query PartyMatMembers { partyMembers(first: 1) { totalCount nodes { name phone } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"): (typeof documents)["mutation PartyIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation PartyIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"): (typeof documents)["mutation PartyIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyIsoResidents { residents(first: 1) { nodes { id } } }"): (typeof documents)["query PartyIsoResidents { residents(first: 1) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyIsoUnit($id: ID!) { partyUnit(id: $id) { id name contactPhone } }"): (typeof documents)["query PartyIsoUnit($id: ID!) { partyUnit(id: $id) { id name contactPhone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyIsoMeeting($id: ID!) { partyMeeting(id: $id) { id title } }"): (typeof documents)["query PartyIsoMeeting($id: ID!) { partyMeeting(id: $id) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyIsoItem($id: ID!) { partyServiceItem(id: $id) { id title } }"): (typeof documents)["query PartyIsoItem($id: ID!) { partyServiceItem(id: $id) { id title } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyIsoMemberQ($id: ID!) { partyMember(id: $id) { id name } }"): (typeof documents)["query PartyIsoMemberQ($id: ID!) { partyMember(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyIsoMembers($unitId: ID) { partyMembers(unitId: $unitId) { totalCount nodes { name } } }"): (typeof documents)["query PartyIsoMembers($unitId: ID) { partyMembers(unitId: $unitId) { totalCount nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id name } userErrors { code field } } }"): (typeof documents)["mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) { partyEscalationTargetUpdate(input: $input) { target { id name } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) { partyServiceItemClose(input: $input) { item { id } userErrors { code field } } }"): (typeof documents)["mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) { partyServiceItemClose(input: $input) { item { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) { partyMemberUpdate(input: $input) { member { id } userErrors { code field } } }"): (typeof documents)["mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) { partyMemberUpdate(input: $input) { member { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyIsoNode($id: ID!) { node(id: $id) { id ... on PartyUnit { name } ... on PartyMeeting { title } } }"): (typeof documents)["query PartyIsoNode($id: ID!) { node(id: $id) { id ... on PartyUnit { name } ... on PartyMeeting { title } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation PartyConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyFxMembers { memberships(first: 100) { nodes { id login } } community { id } }"): (typeof documents)["query PartyFxMembers { memberships(first: 100) { nodes { id login } } community { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name kind contactPhone sortOrder active isMine } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) { partyUnitCreate(input: $input) { unit { id name kind contactPhone sortOrder active isMine } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) { partyUnitUpdate(input: $input) { unit { id name active contactPhone } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) { partyUnitUpdate(input: $input) { unit { id name active contactPhone } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) { totalCount nodes { id name sortOrder contactPhone active } pageInfo { hasNextPage endCursor } }\n  }\n"): (typeof documents)["\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) { totalCount nodes { id name sortOrder contactPhone active } pageInfo { hasNextPage endCursor } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) { slots { id year position startMonth endMonth unit { id name } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) { slots { id year position startMonth endMonth unit { id name } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyRotation($year: Int!) { partyRotation(year: $year) { id position startMonth endMonth current unit { id name } } }"): (typeof documents)["query PartyRotation($year: Int!) { partyRotation(year: $year) { id position startMonth endMonth current unit { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyChair($year: Int, $month: Int) { partyChair(year: $year, month: $month) { id year position startMonth endMonth current unit { id name } } }"): (typeof documents)["query PartyChair($year: Int, $month: Int) { partyChair(year: $year, month: $month) { id year position startMonth endMonth current unit { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) { partyRotationSlotReplace(input: $input) { slot { id position unit { id } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) { partyRotationSlotReplace(input: $input) { slot { id position unit { id } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartySwap($input: PartyRotationSwapInput!) { partyRotationSwap(input: $input) { slots { position unit { id } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PartySwap($input: PartyRotationSwapInput!) { partyRotationSwap(input: $input) { slots { position unit { id } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) { meeting { id title status conveningUnit { id name } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) { meeting { id title status conveningUnit { id name } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) { meeting { id attendance { present attendees unit { id } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) { meeting { id attendance { present attendees unit { id } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) { meeting { id status minutes heldAt decisions { position text dueOn ownerUnit { id } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) { meeting { id status minutes heldAt decisions { position text dueOn ownerUnit { id } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) { partyMeetingCancel(input: $input) { meeting { id status } userErrors { code field message } } }"): (typeof documents)["mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) { partyMeetingCancel(input: $input) { meeting { id status } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) { item { id title capacity claimedCount remaining audience status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) { item { id title capacity claimedCount remaining audience status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) { claim { id status claimantName mine unit { id } item { id remaining } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) { claim { id status claimantName mine unit { id } item { id remaining } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) { claim { id status record minutes completedAt } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) { claim { id status record minutes completedAt } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMemberReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name isMe hasLogin unit { id } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PartyMemberReport($input: PartyMemberReportInput!) { partyMemberReport(input: $input) { member { id name isMe hasLogin unit { id } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) { partyMemberRegister(input: $input) { member { id name phone hasLogin residentLinked } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) { partyMemberRegister(input: $input) { member { id name phone hasLogin residentLinked } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyMyMember { partyMyMember { id name serviceMinutes serviceRecords(first: 50) { source title minutes rating servedAt } } }\n"): (typeof documents)["\n  query PartyMyMember { partyMyMember { id name serviceMinutes serviceRecords(first: 50) { source title minutes rating servedAt } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name kind categories contactPhone unit { id } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) { partyEscalationTargetCreate(input: $input) { target { id name kind categories contactPhone unit { id } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyMemberPhone($id: ID!) { partyMember(id: $id) { name phone } }"): (typeof documents)["query PartyMemberPhone($id: ID!) { partyMember(id: $id) { name phone } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PartyTargets($category: String) { partyEscalationTargets(category: $category) { name contactPhone } }"): (typeof documents)["query PartyTargets($category: String) { partyEscalationTargets(category: $category) { name contactPhone } }"];
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
export function graphql(source: "\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n"): (typeof documents)["\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) { household { number } userErrors { code } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number address } } }\n  }\n"): (typeof documents)["\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) { cursor type subject { ... on Household { number address } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query FanoutMembers { memberships(first: 100) { nodes { id login } } }"): (typeof documents)["query FanoutMembers { memberships(first: 100) { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { userErrors { code } } }\n"): (typeof documents)["\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) { membershipUpdate(input: $input) { userErrors { code } } }\n"];
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
export function graphql(source: "mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutcomesWhere { community { id street { id } } memberships(first: 100) { nodes { id login } } }"): (typeof documents)["query OutcomesWhere { community { id street { id } } memberships(first: 100) { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }"): (typeof documents)["mutation OutcomesCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation OutcomesLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }"): (typeof documents)["mutation OutcomesMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesRequest($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code message } } }"): (typeof documents)["mutation OutcomesRequest($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesAssign($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status } userErrors { code message } } }"): (typeof documents)["mutation OutcomesAssign($input: ServiceRequestDispatchInput!) { serviceRequestDispatch(input: $input) { serviceRequest { status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }"): (typeof documents)["mutation OutcomesResolve($input: ServiceRequestResolveInput!) { serviceRequestResolve(input: $input) { serviceRequest { status } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }"): (typeof documents)["mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { shifts { id } } userErrors { code message } } }"): (typeof documents)["mutation OutcomesActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { shifts { id } } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }"): (typeof documents)["mutation OutcomesSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }"): (typeof documents)["mutation OutcomesCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }"): (typeof documents)["mutation OutcomesCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OutcomesPending { volunteerHours(first: 100, status: PENDING) { nodes { id } } }"): (typeof documents)["query OutcomesPending { volunteerHours(first: 100, status: PENDING) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }"): (typeof documents)["mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesStation($input: StationCreateInput!) { stationCreate(input: $input) { station { id } userErrors { code message } } }"): (typeof documents)["mutation OutcomesStation($input: StationCreateInput!) { stationCreate(input: $input) { station { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesService($input: StationServiceCreateInput!) { stationServiceCreate(input: $input) { service { id } userErrors { code message } } }"): (typeof documents)["mutation OutcomesService($input: StationServiceCreateInput!) { stationServiceCreate(input: $input) { service { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesBook($input: StationBookingCreateInput!) { stationBookingCreate(input: $input) { booking { id } userErrors { code message } } }"): (typeof documents)["mutation OutcomesBook($input: StationBookingCreateInput!) { stationBookingCreate(input: $input) { booking { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OutcomesAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id } userErrors { code } } }"): (typeof documents)["mutation OutcomesAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) { from to previousFrom items { module moduleName key name aggregation value previousValue change changePercent communities } }\n  }\n"): (typeof documents)["\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) { from to previousFrom items { module moduleName key name aggregation value previousValue change changePercent communities } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId streetName\n      totals { module key aggregation value previousValue change communities }\n      communities { communityId communityName items { key value } }\n    }\n  }\n"): (typeof documents)["\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId streetName\n      totals { module key aggregation value previousValue change communities }\n      communities { communityId communityName items { key value } }\n    }\n  }\n"];
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
export function graphql(source: "mutation PermPresetApply { communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) { community { preset } userErrors { code } } }"): (typeof documents)["mutation PermPresetApply { communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) { community { preset } userErrors { code } } }"];
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
export function graphql(source: "mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code } } }"): (typeof documents)["mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) { membershipResidentLink(input: $input) { membership { id } userErrors { code } } }"];
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
export function graphql(source: "query PermAccessLog { personalDataAccessLog(first: 1) { pageInfo { hasNextPage } } }"): (typeof documents)["query PermAccessLog { personalDataAccessLog(first: 1) { pageInfo { hasNextPage } } }"];
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
export function graphql(source: "query PermOutcomesRead { outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") { items { key } } }"): (typeof documents)["query PermOutcomesRead { outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") { items { key } } }"];
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
export function graphql(source: "\n  mutation PresetsApply($input: CommunityPresetApplyInput!) { communityPresetApply(input: $input) { community { id preset } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PresetsApply($input: CommunityPresetApplyInput!) { communityPresetApply(input: $input) { community { id preset } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PresetsModules { community { preset modules { key enabled settings overrides } } }"): (typeof documents)["query PresetsModules { community { preset modules { key enabled settings overrides } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PresetsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation PresetsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"): (typeof documents)["mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }\n"): (typeof documents)["\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) { serviceRequestCreate(input: $input) { serviceRequest { id status } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PresetsRequestGet($id: ID!) { serviceRequest(id: $id) { id title status } }"): (typeof documents)["query PresetsRequestGet($id: ID!) { serviceRequest(id: $id) { id title status } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsPointsAward($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code message } } }\n"): (typeof documents)["\n  mutation PresetsPointsAward($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PresetsPointsAccount($id: ID!) { pointsAccount(id: $id) { id balance householdId } }"): (typeof documents)["query PresetsPointsAccount($id: ID!) { pointsAccount(id: $id) { id balance householdId } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PresetsMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"): (typeof documents)["mutation PresetsMemberAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"];
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
export function graphql(source: "query SeedPresetCommunity { community { name preset modules { key enabled } } }"): (typeof documents)["query SeedPresetCommunity { community { name preset modules { key enabled } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedPresetGridTops { gridUnits(first: 10) { totalCount nodes { id level levelName name householdCount children(first: 3) { totalCount nodes { level levelName householdCount children(first: 3) { totalCount nodes { level name householdCount } } } } } } }"): (typeof documents)["query SeedPresetGridTops { gridUnits(first: 10) { totalCount nodes { id level levelName name householdCount children(first: 3) { totalCount nodes { level levelName householdCount children(first: 3) { totalCount nodes { level name householdCount } } } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedPresetHouseholds { households(first: 3) { totalCount nodes { number address } } residents(first: 20) { totalCount nodes { name } } }"): (typeof documents)["query SeedPresetHouseholds { households(first: 3) { totalCount nodes { number address } } residents(first: 20) { totalCount nodes { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedPresetCouncil { councilBodies(first: 20) { nodes { levelKey } } councilTopics(first: 20) { totalCount nodes { status } } }"): (typeof documents)["query SeedPresetCouncil { councilBodies(first: 20) { nodes { levelKey } } councilTopics(first: 20) { totalCount nodes { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedPresetRequests { serviceRequests(first: 30) { totalCount nodes { status kind escalationTarget log { action } } } }"): (typeof documents)["query SeedPresetRequests { serviceRequests(first: 30) { totalCount nodes { status kind escalationTarget log { action } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SeedPresetPoints { pointsAccounts(first: 50, kind: HOUSEHOLD) { totalCount nodes { balance } } pointsItems(first: 10) { nodes { name stock } } }"): (typeof documents)["query SeedPresetPoints { pointsAccounts(first: 50, kind: HOUSEHOLD) { totalCount nodes { balance } } pointsItems(first: 10) { nodes { name stock } } }"];
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
export function graphql(source: "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active resident { id } }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n"): (typeof documents)["\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community { name description regionCode street { name } modules { key enabled } }\n    ... on Street { name regionCode }\n    ... on Household { number address building tags closedAt members { name phone } }\n    ... on Resident { name phone idNumber movedOutAt household { number address } }\n    ... on Membership { login displayName roles title active resident { id } }\n    ... on ApiKey { name prefix permissions revokedAt }\n    ... on SocialOrganization { name contactName contactPhone description active }\n    ... on SocialWorker { name contactName contactPhone description active }\n    ... on Volunteer { name contactName contactPhone description active }\n    ... on CobuildingUnit { name contactName contactPhone description active }\n    ... on CharityResource { name contactName contactPhone description active }\n  }\n"];
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
export function graphql(source: "\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { ...IsoNodeFields } userErrors { code field message } }\n  }\n"];
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
export function graphql(source: "query IsoAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 100) { totalCount nodes { subject fields reason } } }"): (typeof documents)["query IsoAccessLog($r: ID) { personalDataAccessLog(resident: $r, first: 100) { totalCount nodes { subject fields reason } } }"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PointsRaceHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"): (typeof documents)["mutation PointsRaceHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code } } }\n"): (typeof documents)["\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id status accountId } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PointsRaceItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }"): (typeof documents)["mutation PointsRaceItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code } } }\n"): (typeof documents)["\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id points } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code } } }\n"): (typeof documents)["\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation PointsRaceExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { balance } userErrors { code } } }"): (typeof documents)["mutation PointsRaceExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { balance } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsLinkMemberships { memberships(first: 100) { nodes { id login } } }"): (typeof documents)["query PointsLinkMemberships { memberships(first: 100) { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsLinkHouseholds($search: String) { households(first: 5, search: $search) { nodes { id number } } }"): (typeof documents)["query PointsLinkHouseholds($search: String) { households(first: 5, search: $search) { nodes { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsLinkResidents($household: ID) { residents(first: 20, household: $household) { nodes { id } } }"): (typeof documents)["query PointsLinkResidents($household: ID) { residents(first: 20, household: $household) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) { membership { id resident { id } } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field message } } }\n"): (typeof documents)["\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsHouseholds { households(first: 100) { nodes { id number } } }"): (typeof documents)["query PointsHouseholds { households(first: 100) { nodes { id number } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) { adjustment { id amount status needsApproval accountId account { id balance } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) { adjustment { id amount status needsApproval accountId account { id balance } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id status } userErrors { code } } }\n"): (typeof documents)["\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id status } userErrors { code } } }\n"): (typeof documents)["\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id status } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsItemCreate($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id name stock pricePoints } userErrors { code field } } }\n"): (typeof documents)["\n  mutation PointsItemCreate($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id name stock pricePoints } userErrors { code field } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsItemRestock($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code } } }\n"): (typeof documents)["\n  mutation PointsItemRestock($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsItems { pointsItems(first: 50) { totalCount nodes { id name stock } } }"): (typeof documents)["query PointsItems { pointsItems(first: 50) { totalCount nodes { id name stock } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) { redemption { id status points quantity code redeemedByName item { name stock } account { id balance } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) { redemption { id status points quantity code redeemedByName item { name stock } account { id balance } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code message } } }\n"): (typeof documents)["\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id status } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) { pointsRedemptionPickUp(input: $input) { redemption { id status pickedUpAt } userErrors { code message } } }\n"): (typeof documents)["\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) { pointsRedemptionPickUp(input: $input) { redemption { id status pickedUpAt } userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsMy($first: Int) {\n    pointsMyAccount { id kind balance householdId entries(first: $first) { totalCount nodes { amount balanceAfter transaction { kind ruleKey reason amount } } } }\n  }\n"): (typeof documents)["\n  query PointsMy($first: Int) {\n    pointsMyAccount { id kind balance householdId entries(first: $first) { totalCount nodes { amount balanceAfter transaction { kind ruleKey reason amount } } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsAccount($id: ID!) { pointsAccount(id: $id) { id balance } }"): (typeof documents)["query PointsAccount($id: ID!) { pointsAccount(id: $id) { id balance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsRedemptions($accountId: ID) { pointsRedemptions(accountId: $accountId) { totalCount nodes { id status code } } }"): (typeof documents)["query PointsRedemptions($accountId: ID) { pointsRedemptions(accountId: $accountId) { totalCount nodes { id status code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code } } }\n"): (typeof documents)["\n  mutation PointsExpire($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) { issued deducted redeemed refunded expired outstanding byRule { ruleKey points } byGrid { gridUnitId gridUnit { id name } issued } metrics { key value } }\n  }\n"): (typeof documents)["\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) { issued deducted redeemed refunded expired outstanding byRule { ruleKey points } byGrid { gridUnitId gridUnit { id name } issued } metrics { key value } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query PointsNode($id: ID!) { node(id: $id) { id ... on PointsAccount { balance } } }"): (typeof documents)["query PointsNode($id: ID!) { node(id: $id) { id ... on PointsAccount { balance } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { member { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code } } }\n"): (typeof documents)["\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { activity { id shifts { id } } userErrors { code } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsPending { volunteerHours(status: PENDING) { nodes { id } } }"): (typeof documents)["query VolPtsPending { volunteerHours(status: PENDING) { nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { status } userErrors { code } } }"): (typeof documents)["mutation VolPtsAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsMyId { pointsMyAccount { id balance } }"): (typeof documents)["query VolPtsMyId { pointsMyAccount { id balance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsMy { pointsMyAccount { kind balance entries(first: 5) { nodes { amount transaction { kind ruleKey } } } } }"): (typeof documents)["query VolPtsMy { pointsMyAccount { kind balance entries(first: 5) { nodes { amount transaction { kind ruleKey } } } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsMatPointsRead { pointsItems(first: 1) { totalCount } }"): (typeof documents)["query VolPtsMatPointsRead { pointsItems(first: 1) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsMatRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { userErrors { code } } }"): (typeof documents)["mutation VolPtsMatRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsMatItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsMatItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { userErrors { code } } }"): (typeof documents)["mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) { pointsReport(from: $from, to: $to) { issued } }"): (typeof documents)["query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) { pointsReport(from: $from, to: $to) { issued } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsMatTeams { volunteerTeams { key } }"): (typeof documents)["query VolPtsMatTeams { volunteerTeams { key } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { userErrors { code } } }"): (typeof documents)["mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { userErrors { code } } }"): (typeof documents)["mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) { volunteerActivityCreate(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { userErrors { code } } }"): (typeof documents)["mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) { volunteerMemberRegister(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsMatLookup($idNumber: String) { volunteerMembers(first: 1, idNumber: $idNumber) { totalCount } }"): (typeof documents)["query VolPtsMatLookup($idNumber: String) { volunteerMembers(first: 1, idNumber: $idNumber) { totalCount } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name } }"): (typeof documents)["query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation VolPtsIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) { householdCreate(input: $input) { household { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIsoAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId } userErrors { code } } }"): (typeof documents)["mutation VolPtsIsoAdjust($input: PointsAdjustInput!) { pointsAdjust(input: $input) { adjustment { id accountId } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIsoItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsIsoItem($input: PointsItemCreateInput!) { pointsItemCreate(input: $input) { item { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIsoRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id } userErrors { code } } }"): (typeof documents)["mutation VolPtsIsoRedeem($input: PointsRedeemInput!) { pointsRedeem(input: $input) { redemption { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsIso1($id: ID!) { pointsAccount(id: $id) { id balance } }"): (typeof documents)["query VolPtsIso1($id: ID!) { pointsAccount(id: $id) { id balance } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsIso2($id: ID) { pointsRedemptions(accountId: $id) { totalCount nodes { code } } }"): (typeof documents)["query VolPtsIso2($id: ID) { pointsRedemptions(accountId: $id) { totalCount nodes { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id amount } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) { pointsAdjustmentApprove(input: $input) { adjustment { id amount } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id amount } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) { pointsAdjustmentReject(input: $input) { adjustment { id amount } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso5($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso5($input: PointsExpireInput!) { pointsExpire(input: $input) { account { id balance } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso6($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso6($input: PointsItemRestockInput!) { pointsItemRestock(input: $input) { item { id stock } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso7($input: PointsItemUpdateInput!) { pointsItemUpdate(input: $input) { item { id name } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso7($input: PointsItemUpdateInput!) { pointsItemUpdate(input: $input) { item { id name } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso8($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id code } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso8($input: PointsRedemptionCancelInput!) { pointsRedemptionCancel(input: $input) { redemption { id code } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso9($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso9($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso10($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso10($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id minutes } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id minutes } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id minutes } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id minutes } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id name } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id name } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolPtsIso14($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code field } } }"): (typeof documents)["mutation VolPtsIso14($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsIso15($id: ID!) { volunteerActivity(id: $id) { id title shifts { id } } }"): (typeof documents)["query VolPtsIso15($id: ID!) { volunteerActivity(id: $id) { id title shifts { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsIso16($id: ID) { volunteerHours(memberId: $id) { totalCount nodes { minutes } } }"): (typeof documents)["query VolPtsIso16($id: ID) { volunteerHours(memberId: $id) { totalCount nodes { minutes } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(memberId: $id, from: $from, to: $to) { name } }"): (typeof documents)["query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(memberId: $id, from: $from, to: $to) { name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) { name minutes } }"): (typeof documents)["query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) { name minutes } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesConcAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation ResourcesConcAdd($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesFxMembers { memberships(first: 100) { nodes { id login } } community { id } gridUnits(first: 10) { nodes { id code } } }"): (typeof documents)["query ResourcesFxMembers { memberships(first: 100) { nodes { id login } } community { id } gridUnits(first: 10) { nodes { id code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n"): (typeof documents)["\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n    charityResourceCreate(input: $c) { charityResource { id } }\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesFxFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code message } } }"): (typeof documents)["mutation ResourcesFxFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesFxDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id } userErrors { code message } } }"): (typeof documents)["mutation ResourcesFxDonate($input: FundDonationInput!) { fundDonationRecord(input: $input) { donation { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) { need { id title category status source gridUnitId demandCount } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) { need { id title category status source gridUnitId demandCount } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) { resourcesNeedClose(input: $input) { need { id status reason } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) { resourcesNeedClose(input: $input) { need { id status reason } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesNeedGet($id: ID!) { resourcesNeed(id: $id) { id title category categoryName status source demandCount gridUnitId sourceId reason metAt project { id status } } }\n"): (typeof documents)["\n  query ResourcesNeedGet($id: ID!) { resourcesNeed(id: $id) { id title category categoryName status source demandCount gridUnitId sourceId reason metAt project { id status } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) { totalCount nodes { id title category status source demandCount gridUnitId sourceId } }\n  }\n"): (typeof documents)["\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) { totalCount nodes { id title category status source demandCount gridUnitId sourceId } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesMatches($needId: ID!, $first: Int) { resourcesNeedMatches(needId: $needId, first: $first) { score reasons resource { id title } } }\n"): (typeof documents)["\n  query ResourcesMatches($needId: ID!, $first: Int) { resourcesNeedMatches(needId: $needId, first: $first) { score reasons resource { id title } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) { resource { id title kind category gridUnitId valueFen quantity unit active editable provider { id type name } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) { resource { id title kind category gridUnitId valueFen quantity unit active editable provider { id type name } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) { resourcesResourceUpdate(input: $input) { resource { id title active quantity } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) { resourcesResourceUpdate(input: $input) { resource { id title active quantity } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesResourceGet($id: ID!) { resourcesResource(id: $id) { id title provider { name } } }"): (typeof documents)["query ResourcesResourceGet($id: ID!) { resourcesResource(id: $id) { id title provider { name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) { survey { id title status responsesCount questions { key kind options { key label } } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) { survey { id title status responsesCount questions { key kind options { key label } } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) { resourcesSurveyAnswer(input: $input) { survey { id responsesCount answered } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) { resourcesSurveyAnswer(input: $input) { survey { id responsesCount answered } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) { resourcesSurveyClose(input: $input) { survey { id status } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) { resourcesSurveyClose(input: $input) { survey { id status } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) { needs { id title category demandCount source sourceId status } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) { needs { id title category demandCount source sourceId status } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) { id status responsesCount answered results { key answered texts options { key label count } } }\n  }\n"): (typeof documents)["\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) { id status responsesCount answered results { key answered texts options { key label count } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status budgetFen resourceValueFen need { id status } milestones { id title done } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) { project { id status budgetFen resourceValueFen need { id status } milestones { id title done } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { id status } userErrors { code field message } } }"): (typeof documents)["mutation ResourcesProjectStart($input: ResourcesProjectActInput!) { resourcesProjectStart(input: $input) { project { id status } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) { resourcesProjectComplete(input: $input) { project { id status need { status } } userErrors { code field message } } }"): (typeof documents)["mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) { resourcesProjectComplete(input: $input) { project { id status need { status } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) { resourcesProjectCancel(input: $input) { project { id status reason need { status } } userErrors { code field message } } }"): (typeof documents)["mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) { resourcesProjectCancel(input: $input) { project { id status reason need { status } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) { resourcesMilestoneAdd(input: $input) { project { id milestones { id title done } } userErrors { code field message } } }"): (typeof documents)["mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) { resourcesMilestoneAdd(input: $input) { project { id milestones { id title done } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) { resourcesMilestoneSet(input: $input) { project { id milestones { id done } } userErrors { code field message } } }"): (typeof documents)["mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) { resourcesMilestoneSet(input: $input) { project { id milestones { id done } } userErrors { code field message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) { project { id fundingStatus fundingAmountFen fundingDisbursementId } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) { project { id fundingStatus fundingAmountFen fundingDisbursementId } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id title status budgetFen fundingStatus fundingAmountFen fundingError fundingDisbursementId ownerName resourceValueFen\n      need { id status } resources { quantity valueFen resource { id title } } milestones { id title done position }\n      permissions { start complete cancel editMilestones requestFunding }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id title status budgetFen fundingStatus fundingAmountFen fundingError fundingDisbursementId ownerName resourceValueFen\n      need { id status } resources { quantity valueFen resource { id title } } milestones { id title done position }\n      permissions { start complete cancel editMilestones requestFunding }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"): (typeof documents)["mutation ResourcesIsoLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"): (typeof documents)["mutation ResourcesIsoCommunity($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }"): (typeof documents)["mutation ResourcesIsoMember($input: MembershipAddInput!) { membershipAdd(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n  }\n"): (typeof documents)["\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) { cobuildingUnit { id } }\n    socialOrganizationCreate(input: $o) { socialOrganization { id } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesIsoMembers { memberships { nodes { id login } } }"): (typeof documents)["query ResourcesIsoMembers { memberships { nodes { id login } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesIsoFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code } } }"): (typeof documents)["mutation ResourcesIsoFund($input: FundCreateInput!) { fundCreate(input: $input) { fund { id } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ResourcesFundRequests($fundId: ID!) { fundDisbursements(fundId: $fundId, first: 50) { nodes { id status amountFen purpose projectRef } } }"): (typeof documents)["query ResourcesFundRequests($fundId: ID!) { fundDisbursements(fundId: $fundId, first: 50) { nodes { id status amountFen purpose projectRef } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status } userErrors { code } } }"): (typeof documents)["mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) { fundDisbursementApprove(input: $input) { disbursement { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesFundPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status } userErrors { code } } }"): (typeof documents)["mutation ResourcesFundPay($input: FundDisbursementPayInput!) { fundDisbursementPay(input: $input) { disbursement { status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ResourcesToggle($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"): (typeof documents)["mutation ResourcesToggle($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StationsEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"): (typeof documents)["mutation StationsEnable($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StationsAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }"): (typeof documents)["mutation StationsAddMember($input: MembershipAddInput!) { membershipAdd(input: $input) { membership { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationsWhere { community { id street { id } } }"): (typeof documents)["query StationsWhere { community { id street { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StationsCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }"): (typeof documents)["mutation StationsCommunityCreate($input: CommunityCreateInput!) { communityCreate(input: $input) { community { id } userErrors { code message } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation StationsLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }"): (typeof documents)["mutation StationsLogin($input: AuthLoginInput!) { authLogin(input: $input) { accessToken userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) { station { id name kind kindName address gridUnitId features openingHours { weekday opens closes } active } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) { station { id name kind kindName address gridUnitId features openingHours { weekday opens closes } active } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationUpdate($input: StationUpdateInput!) { stationUpdate(input: $input) { station { id name active openingHours { weekday opens closes } } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation StationUpdate($input: StationUpdateInput!) { stationUpdate(input: $input) { station { id name active openingHours { weekday opens closes } } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) { service { id name category grouping slotMinutes capacity bookable station { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) { service { id name category grouping slotMinutes capacity bookable station { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) { stationServiceUpdate(input: $input) { service { id capacity grouping active } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) { stationServiceUpdate(input: $input) { service { id capacity grouping active } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationClosureAdd($input: StationClosureAddInput!) { stationClosureAdd(input: $input) { closure { id startsOn endsOn reason } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation StationClosureAdd($input: StationClosureAddInput!) { stationClosureAdd(input: $input) { closure { id startsOn endsOn reason } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) { stationClosureRemove(input: $input) { closure { id } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) { stationClosureRemove(input: $input) { closure { id } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) { booking { id status startsAt endsAt mine bookedBy service { id } station { id } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) { booking { id status startsAt endsAt mine bookedBy service { id } station { id } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationCancel($input: StationBookingActInput!) { stationBookingCancel(input: $input) { booking { id status cancelledAt } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation StationCancel($input: StationBookingActInput!) { stationBookingCancel(input: $input) { booking { id status cancelledAt } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id status attendedAt } userErrors { code field message } } }\n"): (typeof documents)["\n  mutation StationAttend($input: StationBookingAttendInput!) { stationBookingAttend(input: $input) { booking { id status attendedAt } userErrors { code field message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationGet($id: ID!) {\n    station(id: $id) { id name kind kindName address gridUnitId features phone active openingHours { weekday opens closes } closures { id startsOn endsOn reason } services { id name category grouping capacity slotMinutes } }\n  }\n"): (typeof documents)["\n  query StationGet($id: ID!) {\n    station(id: $id) { id name kind kindName address gridUnitId features phone active openingHours { weekday opens closes } closures { id startsOn endsOn reason } services { id name category grouping capacity slotMinutes } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) { totalCount nodes { id name kind } }\n  }\n"): (typeof documents)["\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) { totalCount nodes { id name kind } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationCatalogQ { stationCatalog { lifeCircleMinutes kinds { key name stationCount } groupings { key name services { id name } } categories { key name } } }\n"): (typeof documents)["\n  query StationCatalogQ { stationCatalog { lifeCircleMinutes kinds { key name stationCount } groupings { key name services { id name } } categories { key name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) { startsAt endsAt capacity booked remaining }\n  }\n"): (typeof documents)["\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) { startsAt endsAt capacity booked remaining }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) { totalCount nodes { id status bookedBy mine } }\n  }\n"): (typeof documents)["\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) { totalCount nodes { id status bookedBy mine } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationMine($all: Boolean) { myStationBookings(first: 100, includeCancelled: $all) { totalCount nodes { id status mine } } }"): (typeof documents)["query StationMine($all: Boolean) { myStationBookings(first: 100, includeCancelled: $all) { totalCount nodes { id status mine } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationsMatrixNode($id: ID!) { node(id: $id) { id ... on StationBooking { status } } }"): (typeof documents)["query StationsMatrixNode($id: ID!) { node(id: $id) { id ... on StationBooking { status } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationsIsoStation($id: ID!) { station(id: $id) { id name } }"): (typeof documents)["query StationsIsoStation($id: ID!) { station(id: $id) { id name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationsIsoSlots($id: ID!) { stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") { startsAt } }"): (typeof documents)["query StationsIsoSlots($id: ID!) { stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") { startsAt } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationsIsoBookings($id: ID!) { stationBookings(stationId: $id) { totalCount nodes { id } } }"): (typeof documents)["query StationsIsoBookings($id: ID!) { stationBookings(stationId: $id) { totalCount nodes { id } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query StationsIsoNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"): (typeof documents)["query StationsIsoNodes($ids: [ID!]!) { nodes(ids: $ids) { id } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id idNumberMasked idNumber } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id idNumberMasked idNumber } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code field } } }"): (typeof documents)["mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id idNumber } userErrors { code field } } }"): (typeof documents)["mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) { volunteerMemberUpdate(input: $input) { member { id idNumber } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerPiiLookup($idNumber: String) { volunteerMembers(first: 5, idNumber: $idNumber) { totalCount nodes { id name } } }"): (typeof documents)["query VolunteerPiiLookup($idNumber: String) { volunteerMembers(first: 5, idNumber: $idNumber) { totalCount nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on VolunteerMember { name idNumberMasked idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\") } } }\n"): (typeof documents)["\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) { node(id: $id) { ... on VolunteerMember { name idNumberMasked idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\") } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerPiiMe { volunteerMe { id idNumber idNumberMasked } }"): (typeof documents)["query VolunteerPiiMe { volunteerMe { id idNumber idNumberMasked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerPiiMeUnmasked { volunteerMe { id idNumber(unmasked: true) } }"): (typeof documents)["query VolunteerPiiMeUnmasked { volunteerMe { id idNumber(unmasked: true) } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerPiiAccessLog { personalDataAccessLog(first: 50) { nodes { subject fields reason account } } }"): (typeof documents)["query VolunteerPiiAccessLog { personalDataAccessLog(first: 50) { nodes { subject fields reason account } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"): (typeof documents)["\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) { communityModuleConfigure(input: $input) { userErrors { code message } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerTeams { volunteerTeams { key name } }"): (typeof documents)["query VolunteerTeams { volunteerTeams { key name } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerRecords { volunteers(first: 10) { nodes { id name } } }"): (typeof documents)["query VolunteerRecords { volunteers(first: 10) { nodes { id name } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id name teams volunteerRecordId idNumberMasked } userErrors { code field } }\n  }\n"): (typeof documents)["\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) { member { id name teams volunteerRecordId idNumberMasked } userErrors { code field } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id name teams } userErrors { code field } } }"): (typeof documents)["mutation VolunteerJoin($input: VolunteerMemberJoinInput!) { volunteerMemberJoin(input: $input) { member { id name teams } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerMe { volunteerMe { id name teams idNumberMasked } }"): (typeof documents)["query VolunteerMe { volunteerMe { id name teams idNumberMasked } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) { activity { id title shifts { id capacity signedUp checkInCode } } userErrors { code field message } }\n  }\n"): (typeof documents)["\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) { activity { id title shifts { id capacity signedUp checkInCode } } userErrors { code field message } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerActivity($id: ID!) { volunteerActivity(id: $id) { id title shifts { id capacity signedUp waitlisted checkInCode mySignup { id status } signups { id status member { name } } } } }\n"): (typeof documents)["\n  query VolunteerActivity($id: ID!) { volunteerActivity(id: $id) { id title shifts { id capacity signedUp waitlisted checkInCode mySignup { id status } signups { id status member { name } } } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id status } userErrors { code field } } }"): (typeof documents)["mutation VolunteerSignUp($input: VolunteerSignUpInput!) { volunteerSignUp(input: $input) { signup { id status } userErrors { code field } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code } } }"): (typeof documents)["mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) { volunteerSignupCancel(input: $input) { signup { id status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id status checkedInAt } userErrors { code } } }"): (typeof documents)["mutation VolunteerCheckIn($input: VolunteerSignupActInput!) { volunteerSignupCheckIn(input: $input) { signup { id status checkedInAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id status checkedOutAt } userErrors { code } } }"): (typeof documents)["mutation VolunteerCheckOut($input: VolunteerSignupActInput!) { volunteerSignupCheckOut(input: $input) { signup { id status checkedOutAt } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerCodeIn($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id status } userErrors { code } } }"): (typeof documents)["mutation VolunteerCodeIn($input: VolunteerCodeInput!) { volunteerCheckInByCode(input: $input) { signup { id status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerCodeOut($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id status } userErrors { code } } }"): (typeof documents)["mutation VolunteerCodeOut($input: VolunteerCodeInput!) { volunteerCheckOutByCode(input: $input) { signup { id status } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) { totalCount nodes { id minutes kind status activityTitle serviceDate correctsId reason member { name } } }\n  }\n"): (typeof documents)["\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) { totalCount nodes { id minutes kind status activityTitle serviceDate correctsId reason member { name } } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id status minutes } userErrors { code } } }"): (typeof documents)["mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) { volunteerHoursConfirm(input: $input) { record { id status minutes } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id kind minutes correctsId corrects { id minutes kind } } userErrors { code } } }"): (typeof documents)["mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) { volunteerHoursCorrect(input: $input) { record { id kind minutes correctsId corrects { id minutes kind } } userErrors { code } } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) { volunteerHoursTotals(from: $from, to: $to, period: $period) { name period minutes memberId member { id name } } }\n"): (typeof documents)["\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) { volunteerHoursTotals(from: $from, to: $to, period: $period) { name period minutes memberId member { id name } } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name idNumberMasked organization activity date hours } }\n"): (typeof documents)["\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) { volunteerHoursExport(from: $from, to: $to) { name idNumberMasked organization activity date hours } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) { volunteerMetrics(from: $from, to: $to) { key value } }"): (typeof documents)["query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) { volunteerMetrics(from: $from, to: $to) { key value } }"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query VolunteerPointsMy { pointsMyAccount { balance } }"): (typeof documents)["query VolunteerPointsMy { pointsMyAccount { balance } }"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;