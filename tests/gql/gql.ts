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
    "\n  query AccBaojiLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        votingUnit\n        quorumPercent\n        steps\n      }\n    }\n  }\n": typeof types.AccBaojiLevelsDocument,
    "\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n        level {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiBodyCreateDocument,
    "\n  mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiRaiseDocument,
    "\n  mutation AccBaojiScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiScreenDocument,
    "\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiEscalateDocument,
    "\n  mutation AccBaojiComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiCommentDocument,
    "\n  mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        eligible\n        votingUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiVoteOpenDocument,
    "\n  mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiVoteCastDocument,
    "\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        quorumMet\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiVoteCloseDocument,
    "\n  mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiTaskAddDocument,
    "\n  mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiTaskDoneDocument,
    "\n  mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiCompleteDocument,
    "\n  mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiEvaluateDocument,
    "\n  mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccBaojiCloseEvalDocument,
    "\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      title\n      decidedAt\n      body {\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n": typeof types.AccBaojiTopicDocument,
    "\n  query AccChangzhouLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        threshold\n        steps\n        onlineDiscussionOpen\n      }\n    }\n  }\n": typeof types.AccChangzhouLevelsDocument,
    "\n  mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouBodyCreateDocument,
    "\n  mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouRaiseDocument,
    "\n  mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouScreenDocument,
    "\n  mutation AccChangzhouComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        authorName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouCommentDocument,
    "\n  mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouEscalateDocument,
    "\n  mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        threshold\n        eligible\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouVoteOpenDocument,
    "\n  mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouVoteCastDocument,
    "\n  mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        tally {\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouVoteCloseDocument,
    "\n  query AccChangzhouTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      body {\n        levelKey\n      }\n      history {\n        action\n      }\n      comments {\n        totalCount\n      }\n    }\n  }\n": typeof types.AccChangzhouTopicDocument,
    "\n  mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouJoinDocument,
    "\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouActivityDocument,
    "\n  mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouSignUpDocument,
    "\n  mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouCheckInDocument,
    "\n  mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouCheckOutDocument,
    "\n  query AccChangzhouPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n        minutes\n      }\n    }\n  }\n": typeof types.AccChangzhouPendingDocument,
    "\n  mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouConfirmDocument,
    "\n  query AccChangzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccChangzhouMyPointsDocument,
    "\n  mutation AccChangzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouItemDocument,
    "\n  mutation AccChangzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccChangzhouRedeemDocument,
    "\n  query AccChangzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n": typeof types.AccChangzhouItemsDocument,
    "\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingForcesDocument,
    "\n  mutation AccFengqingFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingFundDocument,
    "\n  mutation AccFengqingDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        amountFen\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingDonateDocument,
    "\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingRequestDocument,
    "\n  mutation AccFengqingApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingApproveDocument,
    "\n  mutation AccFengqingPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingPayDocument,
    "\n  query AccFengqingDisbursement($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        status\n        councilDecision\n        approvalsCount\n        purposeName\n      }\n    }\n  }\n": typeof types.AccFengqingDisbursementDocument,
    "\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      incomeFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        moneyFen\n      }\n      spending {\n        purposeName\n        amountFen\n      }\n    }\n  }\n": typeof types.AccFengqingStatementDocument,
    "\n  query AccFengqingLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        cadence\n      }\n    }\n  }\n": typeof types.AccFengqingLevelsDocument,
    "\n  mutation AccFengqingBody($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        rules {\n          cadence\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingBodyDocument,
    "\n  query AccFengqingBodyDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n": typeof types.AccFengqingBodyDueDocument,
    "\n  mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingRaiseDocument,
    "\n  mutation AccFengqingScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingScreenDocument,
    "\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingScheduleDocument,
    "\n  mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingAttendDocument,
    "\n  mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingVoteOpenDocument,
    "\n  mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingVoteCastDocument,
    "\n  mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingVoteCloseDocument,
    "\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        status\n        attendance {\n          name\n        }\n        decisions {\n          passed\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingMeetingCloseDocument,
    "\n  mutation AccFengqingCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingCreateDocument,
    "\n  mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingDispatchDocument,
    "\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingEscalateDocument,
    "\n  mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        status\n        escalationAnswer\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingAnswerDocument,
    "\n  mutation AccFengqingRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccFengqingRateDocument,
    "\n  query AccFengqingGet($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      escalatedTo\n      escalationAnswer\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n": typeof types.AccFengqingGetDocument,
    "\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptanceMemberAddDocument,
    "\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptanceHouseholdCreateDocument,
    "\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptanceResidentCreateDocument,
    "\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptanceResidentLinkDocument,
    "\n  mutation AcceptanceSeat($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AcceptanceSeatDocument,
    "\n  query AcceptanceMe {\n    me {\n      id\n    }\n  }\n": typeof types.AcceptanceMeDocument,
    "\n  query AcceptanceModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n": typeof types.AcceptanceModulesDocument,
    "\n  query AcceptanceChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n": typeof types.AcceptanceChangesDocument,
    "\n  mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) {\n    socialWorkerCreate(input: $input) {\n      socialWorker {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouSocialWorkerDocument,
    "\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouCreateDocument,
    "\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n        assistantIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouDispatchDocument,
    "\n  mutation AccPanzhouClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouClaimDocument,
    "\n  mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouResolveDocument,
    "\n  mutation AccPanzhouRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouRateDocument,
    "\n  query AccPanzhouMine($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      takerName\n      result\n      rating\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n": typeof types.AccPanzhouMineDocument,
    "\n  query AccPanzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n": typeof types.AccPanzhouMyPointsDocument,
    "\n  mutation AccPanzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouItemDocument,
    "\n  mutation AccPanzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n        code\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccPanzhouRedeemDocument,
    "\n  query AccPanzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n": typeof types.AccPanzhouItemsDocument,
    "\n  query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      items {\n        key\n        module\n        value\n      }\n    }\n  }\n": typeof types.AccPanzhouOutcomesDocument,
    "\n  mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianGridUnitDocument,
    "\n  mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianPlaceDocument,
    "\n  mutation AccSanshundianDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianDutyDocument,
    "\n  mutation AccSanshundianReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianReportDocument,
    "\n  query AccSanshundianMyMember {\n    partyMyMember {\n      name\n      serviceMinutes\n      serviceRecords(first: 10) {\n        source\n        title\n        minutes\n        rating\n      }\n    }\n  }\n": typeof types.AccSanshundianMyMemberDocument,
    "\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        gridUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianCreateDocument,
    "\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianDispatchDocument,
    "\n  mutation AccSanshundianClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianClaimDocument,
    "\n  mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianResolveDocument,
    "\n  mutation AccSanshundianRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianRateDocument,
    "\n  mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianPartyUnitDocument,
    "\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        position\n        startMonth\n        endMonth\n        current\n        unit {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianRotateDocument,
    "\n  query AccSanshundianChair {\n    partyChair {\n      year\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AccSanshundianChairDocument,
    "\n  mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) {\n    cobuildingUnitCreate(input: $input) {\n      cobuildingUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianCobuildDocument,
    "\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianResourceDocument,
    "\n  mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianNeedDocument,
    "\n  query AccSanshundianMatches($needId: ID!) {\n    resourcesNeedMatches(needId: $needId) {\n      score\n      reasons\n      resource {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n": typeof types.AccSanshundianMatchesDocument,
    "\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        ownerName\n        need {\n          status\n        }\n        resources {\n          resource {\n            title\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianProjectDocument,
    "\n  mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.AccSanshundianProjectStartDocument,
    "\n  mutation BoardTestLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.BoardTestLoginDocument,
    "\n  query BoardTestResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.BoardTestResidentsDocument,
    "\n  query BoardTestMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        displayName\n      }\n    }\n  }\n": typeof types.BoardTestMembersDocument,
    "\n  mutation BoardTestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        grid {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BoardTestCreateDocument,
    "\n  mutation BoardTestDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.BoardTestDispatchDocument,
    "\n  query BoardTestChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types, first: 500) {\n      events {\n        cursor\n      }\n      hasMore\n    }\n  }\n": typeof types.BoardTestChangesDocument,
    "\n  mutation CoreForcesCreate(\n    $org: SocialOrganizationCreateInput!\n    $worker: SocialWorkerCreateInput!\n    $vol: VolunteerCreateInput!\n    $unit: CobuildingUnitCreateInput!\n    $charity: CharityResourceCreateInput!\n  ) {\n    org: socialOrganizationCreate(input: $org) {\n      record: socialOrganization {\n        id\n        name\n        contactPhone\n        status\n        services\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    worker: socialWorkerCreate(input: $worker) {\n      record: socialWorker {\n        id\n        name\n        contactPhone\n        kind\n        certificate\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    vol: volunteerCreate(input: $vol) {\n      record: volunteer {\n        id\n        name\n        contactPhone\n        team\n        skills\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    unit: cobuildingUnitCreate(input: $unit) {\n      record: cobuildingUnit {\n        id\n        name\n        contactPhone\n        unitType\n        partyOrganization\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    charity: charityResourceCreate(input: $charity) {\n      record: charityResource {\n        id\n        name\n        contactPhone\n        kind\n        offers\n        anonymous\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreForcesCreateDocument,
    "\n  mutation CoreForcesUpdate(\n    $org: SocialOrganizationUpdateInput!\n    $worker: SocialWorkerUpdateInput!\n    $vol: VolunteerUpdateInput!\n    $unit: CobuildingUnitUpdateInput!\n    $charity: CharityResourceUpdateInput!\n  ) {\n    org: socialOrganizationUpdate(input: $org) {\n      record: socialOrganization {\n        name\n        status\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    worker: socialWorkerUpdate(input: $worker) {\n      record: socialWorker {\n        name\n        certificate\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    vol: volunteerUpdate(input: $vol) {\n      record: volunteer {\n        name\n        skills\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    unit: cobuildingUnitUpdate(input: $unit) {\n      record: cobuildingUnit {\n        name\n        partyOrganization\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    charity: charityResourceUpdate(input: $charity) {\n      record: charityResource {\n        name\n        anonymous\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CoreForcesUpdateDocument,
    "\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    worker: socialWorkers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    vol: volunteers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    charity: charityResources(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n  }\n": typeof types.CoreForcesListDocument,
    "\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) {\n    volunteerCreate(input: $input) {\n      volunteer {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreVolunteerCreateDocument,
    "\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreMemberAddDocument,
    "\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreMemberUpdateDocument,
    "\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        permissions\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreKeyCreateDocument,
    "\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CoreKeyRevokeDocument,
    "\n  query CoreProbe {\n    households(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.CoreProbeDocument,
    "\n  query CoreProbeResidents {\n    residents(first: 1) {\n      nodes {\n        phone(unmasked: true)\n      }\n    }\n  }\n": typeof types.CoreProbeResidentsDocument,
    "\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CoreProbeWriteDocument,
    "\n  query CoreLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        resident {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CoreLinkMembershipsDocument,
    "\n  query CoreLinkResidents {\n    residents(first: 3) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CoreLinkResidentsDocument,
    "\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreLinkResidentDocument,
    "\n  mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CoreLinkMoveOutDocument,
    "\n  query CoreCommunityModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n": typeof types.CoreCommunityModulesDocument,
    "\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        name\n        preset\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreCommunityCreateDocument,
    "\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) {\n    communityUpdate(input: $input) {\n      community {\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreCommunityUpdateDocument,
    "\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n        address\n        tags\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreHouseholdCreateDocument,
    "\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        number\n        address\n        building\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreHouseholdUpdateDocument,
    "\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        id\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CoreHouseholdCloseDocument,
    "\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) {\n      totalCount\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": typeof types.CoreHouseholdsDocument,
    "\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        age\n        idNumber\n        phone\n        household {\n          number\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CoreResidentCreateDocument,
    "\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        idNumber(unmasked: $unmasked)\n        phone\n      }\n    }\n  }\n": typeof types.CoreResidentPersonalDocument,
    "\n  query CoreResidentPhone($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        phone(unmasked: true)\n      }\n    }\n  }\n": typeof types.CoreResidentPhoneDocument,
    "\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        name\n        sensitive {\n          disability\n          hardship\n          healthNote\n        }\n      }\n    }\n  }\n": typeof types.CoreResidentSensitiveDocument,
    "\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CoreResidentPageDocument,
    "\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CoreConfigureDocument,
    "\n  mutation CorePiiLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CorePiiLoginDocument,
    "\n  query CorePiiMe {\n    me {\n      login\n      phone\n    }\n  }\n": typeof types.CorePiiMeDocument,
    "\n  query CorePiiMembers {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone\n      }\n    }\n  }\n": typeof types.CorePiiMembersDocument,
    "\n  query CorePiiMembersUnmasked {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone(unmasked: true, reason: \"核对联系方式\")\n      }\n    }\n  }\n": typeof types.CorePiiMembersUnmaskedDocument,
    "\n  mutation CorePiiAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CorePiiAddMemberDocument,
    "\n  query CorePiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n      }\n    }\n  }\n": typeof types.CorePiiAccessLogDocument,
    "\n  query CorePiiRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      title\n      description\n      address\n    }\n  }\n": typeof types.CorePiiRequestDocument,
    "\n  query CorePiiRequests {\n    serviceRequests(first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": typeof types.CorePiiRequestsDocument,
    "\n  query CorePiiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      title\n      description\n    }\n  }\n": typeof types.CorePiiTopicDocument,
    "\n  mutation CorePiiOrgCreate($input: SocialOrganizationCreateInput!) {\n    socialOrganizationCreate(input: $input) {\n      socialOrganization {\n        id\n        contactPhone\n        description\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CorePiiOrgCreateDocument,
    "\n  query CorePiiOrgs {\n    socialOrganizations(first: 50) {\n      nodes {\n        id\n        name\n        contactPhone\n        description\n      }\n    }\n  }\n": typeof types.CorePiiOrgsDocument,
    "\n  query CorePiiSearch($phone: String, $idNumber: String) {\n    residents(first: 5, phone: $phone, idNumber: $idNumber) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CorePiiSearchDocument,
    "\n  mutation CorePiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CorePiiResidentCreateDocument,
    "\n  mutation CorePiiHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CorePiiHouseholdCreateDocument,
    "\n  mutation CorePiiExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CorePiiExportDocument,
    "\n  mutation CorePiiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CorePiiKeyDocument,
    "\n  query CouncilGridBodies {\n    councilBodies(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CouncilGridBodiesDocument,
    "\n  query CouncilGridTopics {\n    councilTopics(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CouncilGridTopicsDocument,
    "\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) {\n      id\n    }\n    councilTopic(id: $topic) {\n      id\n    }\n    councilVote(id: $vote) {\n      id\n    }\n    councilMeeting(id: $meeting) {\n      id\n    }\n    node(id: $body) {\n      id\n    }\n  }\n": typeof types.CouncilGridLookDocument,
    "\n  query CouncilGridBoard($bodyId: ID!) {\n    councilBoardChanges(bodyId: $bodyId) {\n      endCursor\n    }\n  }\n": typeof types.CouncilGridBoardDocument,
    "\n  mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CouncilGridMeetingDocument,
    "\n  mutation CouncilGridComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.CouncilGridCommentDocument,
    "\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilConfigureDocument,
    "\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilCommunityCreateDocument,
    "\n  mutation CouncilLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CouncilLoginDocument,
    "\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilMembershipAddDocument,
    "\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CouncilHouseholdCreateDocument,
    "\n  query CouncilMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.CouncilMembershipsDocument,
    "\n  query CouncilHouseholds {\n    households(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CouncilHouseholdsDocument,
    "\n  query CouncilLevels {\n    councilLevels {\n      key\n      name\n      index\n      rules {\n        quorumPercent\n        threshold\n        votingUnit\n        cadence\n        onlineDiscussionOpen\n        steps\n        allowVoteChange\n      }\n    }\n  }\n": typeof types.CouncilLevelsDocument,
    "\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        name\n        levelKey\n        level {\n          key\n          name\n          index\n        }\n        rules {\n          steps\n          votingUnit\n          threshold\n          quorumPercent\n          cadence\n          onlineDiscussionOpen\n        }\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilBodyCreateDocument,
    "\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n        role\n        votes\n        householdId\n        displayName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilMemberAddDocument,
    "\n  mutation CouncilMemberEnd($input: CouncilMemberEndInput!) {\n    councilMemberEnd(input: $input) {\n      member {\n        id\n        endedAt\n        votes\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilMemberEndDocument,
    "\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilTopicRaiseDocument,
    "\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        rejectReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilTopicScreenDocument,
    "\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilTopicEscalateDocument,
    "\n  mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) {\n    councilTopicResolve(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilTopicResolveDocument,
    "\n  mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        id\n        status\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilTopicCompleteDocument,
    "\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilTopicCloseEvaluationDocument,
    "\n  mutation CouncilCommentPost($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n        authorName\n        text\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilCommentPostDocument,
    "\n  mutation CouncilTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n        ownerName\n        dueOn\n        overdue\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilTaskAddDocument,
    "\n  mutation CouncilTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        id\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilTaskDoneDocument,
    "\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilTopicEvaluateDocument,
    "\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        status\n        eligible\n        quorumPercent\n        threshold\n        votingUnit\n        allowChange\n        options\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilVoteOpenDocument,
    "\n  mutation CouncilVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilVoteCastDocument,
    "\n  mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) {\n    councilVoteEnter(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilVoteEnterDocument,
    "\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        id\n        status\n        quorumMet\n        passed\n        winner\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilVoteCloseDocument,
    "\n  query CouncilVoteGet($id: ID!) {\n    councilVote(id: $id) {\n      id\n      status\n      passed\n      quorumMet\n      ballotCount\n      tally {\n        option\n        count\n      }\n      ballots {\n        choice\n        channel\n        enteredBy\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": typeof types.CouncilVoteGetDocument,
    "\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      step\n      title\n      fundRequestFen\n      decidedAt\n      doneAt\n      body {\n        id\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      comments {\n        totalCount\n        nodes {\n          authorName\n          text\n        }\n      }\n      tasks {\n        title\n        doneAt\n      }\n      votes {\n        id\n        passed\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n": typeof types.CouncilTopicGetDocument,
    "\n  query CouncilIsoGridUnits {\n    gridUnits(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.CouncilIsoGridUnitsDocument,
    "\n  mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilIsoGridUnitCreateDocument,
    "\n  mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CouncilIsoMeetingDocument,
    "\n  mutation CouncilIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n": typeof types.CouncilIsoHouseholdDocument,
    "\n  mutation CouncilIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n": typeof types.CouncilIsoMemberDocument,
    "\n  query CouncilPermBodies {\n    councilBodies {\n      totalCount\n    }\n  }\n": typeof types.CouncilPermBodiesDocument,
    "\n  mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilPermMeetingDocument,
    "\n  mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilPermAttendDocument,
    "\n  mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilPermDocumentDocument,
    "\n  query CouncilPermCommunity {\n    community {\n      id\n    }\n  }\n": typeof types.CouncilPermCommunityDocument,
    "\n    mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) {\n      councilTopicComplete(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.CouncilPermCompleteDocument,
    "\n      query CouncilPermNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": typeof types.CouncilPermNodeDocument,
    "\n      mutation CouncilPermBody($input: CouncilBodyCreateInput!) {\n        councilBodyCreate(input: $input) {\n          body {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.CouncilPermBodyDocument,
    "\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilReminderMeetingDocument,
    "\n  mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilReminderMeetingCloseDocument,
    "\n  query CouncilReminderNextDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n": typeof types.CouncilReminderNextDueDocument,
    "\n  query CouncilReminderChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n": typeof types.CouncilReminderChangesDocument,
    "\n  query CouncilTopicViewerCan($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      viewerCan {\n        accept\n        reject\n        escalate\n        resolve\n        complete\n        closeEvaluation\n      }\n    }\n  }\n": typeof types.CouncilTopicViewerCanDocument,
    "\n  query CouncilMeetingViewerCan($id: ID!) {\n    councilMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        addAgenda\n        recordAttendance\n        close\n      }\n    }\n  }\n": typeof types.CouncilMeetingViewerCanDocument,
    "\n  mutation CouncilVcSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CouncilVcScheduleDocument,
    "\n  mutation CouncilVcAgenda($input: CouncilAgendaAddInput!) {\n    councilAgendaAdd(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CouncilVcAgendaDocument,
    "\n  mutation CouncilVcAttendance($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CouncilVcAttendanceDocument,
    "\n  mutation CouncilVcClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.CouncilVcCloseDocument,
    "\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        kind\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.CouncilMeetingScheduleDocument,
    "\n  mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendanceCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilAttendanceRecordDocument,
    "\n  mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilMeetingAttendDocument,
    "\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        attendance {\n          name\n          channel\n          isMember\n        }\n        decisions {\n          id\n          passed\n          topic {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilMeetingCloseDocument,
    "\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n        version\n        kind\n        title\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.CouncilDocumentPublishDocument,
    "\n  query CouncilBodyDocs($id: ID!, $all: Boolean) {\n    councilBody(id: $id) {\n      id\n      nextMeetingDue\n      votingSeats\n      documents(allVersions: $all) {\n        version\n        kind\n        title\n        text\n      }\n    }\n  }\n": typeof types.CouncilBodyDocsDocument,
    "\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) {\n      meetingsHeld\n      topicsRaised\n      topicsDecided\n      topicsDone\n      averageDaysToDone\n      participationPercent\n      levels {\n        levelKey\n        meetingsHeld\n        topicsRaised\n        topicsDecided\n        topicsDone\n      }\n    }\n  }\n": typeof types.CouncilStatsDocument,
    "\n  query CouncilChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n": typeof types.CouncilChangesDocument,
    "\n          mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n                message\n              }\n            }\n          }\n        ": typeof types.CouncilBaojiConfigureDocument,
    "\n    query CouncilDispatchTopics($bodyId: ID) {\n      councilTopics(bodyId: $bodyId) {\n        nodes {\n          title\n          status\n          source\n        }\n      }\n    }\n  ": typeof types.CouncilDispatchTopicsDocument,
    "\n  mutation DispatchGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchGridUnitDocument,
    "\n  mutation DispatchGridDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchGridDutyDocument,
    "\n  mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchGridPlaceDocument,
    "\n  mutation DispatchGridHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchGridHouseholdDocument,
    "\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        gridUnit\n        takerName\n        dueAt\n        overdue\n        requester {\n          id\n          name\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n": typeof types.DispatchBoardPageDocument,
    "\n    query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n      dispatchBoard(first: $first, after: $after, last: $last, before: $before) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  ": typeof types.DispatchBoardPagedDocument,
    "\n  query DispatchEscalationTargets($category: String) {\n    dispatchEscalationTargets(category: $category) {\n      name\n      source\n      target\n      kind\n      categories\n    }\n  }\n": typeof types.DispatchEscalationTargetsDocument,
    "\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n        escalatedToTarget\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchEscalationEscalateDocument,
    "\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchEscalationPartyTargetCreateDocument,
    "\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n    partyEscalationTargetUpdate(input: $input) {\n      target {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchEscalationPartyTargetUpdateDocument,
    "\n  query DispatchEscalationPartyTargets {\n    partyEscalationTargets {\n      id\n      name\n    }\n  }\n": typeof types.DispatchEscalationPartyTargetsDocument,
    "\n  mutation DispatchFilterUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchFilterUnitDocument,
    "\n  mutation DispatchFilterHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchFilterHouseholdDocument,
    "\n  mutation DispatchFilterPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchFilterPlaceDocument,
    "\n  query DispatchFilterList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $kind: [String!]\n    $category: [String!]\n    $channel: [DispatchChannel!]\n    $grid: ID\n    $status: [ServiceRequestStatus!]\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n    $orderBy: ServiceRequestOrder\n  ) {\n    serviceRequests(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      kind: $kind\n      category: $category\n      channel: $channel\n      grid: $grid\n      status: $status\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        createdAt\n        kind\n        category\n        channel\n        status\n        household {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DispatchFilterListDocument,
    "\n  query DispatchFilterCatalog {\n    dispatchCatalog {\n      kinds {\n        key\n        name\n        route\n        deadlineHours\n      }\n      categories {\n        key\n        name\n        deadlineHours\n      }\n      channels {\n        channel\n        name\n      }\n      routes {\n        route\n        name\n      }\n      assistants\n      secretaryStudio\n    }\n  }\n": typeof types.DispatchFilterCatalogDocument,
    "\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchConfigureDocument,
    "\n  query DispatchMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        roles\n      }\n    }\n  }\n": typeof types.DispatchMembersDocument,
    "\n  query DispatchResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DispatchResidentsDocument,
    "\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        onBehalf\n        dueAt\n        gridUnit\n        requester {\n          id\n        }\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchCreateDocument,
    "\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        id\n        status\n        route\n        takerName\n        assistantIds\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchDispatchDocument,
    "\n  mutation DispatchClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchClaimDocument,
    "\n  mutation DispatchNote($input: ServiceRequestNoteInput!) {\n    serviceRequestNote(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchNoteDocument,
    "\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) {\n    serviceRequestHandOver(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchHandOverDocument,
    "\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchEscalateDocument,
    "\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationAnswer\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchAnswerDocument,
    "\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        id\n        status\n        result\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchResolveDocument,
    "\n  mutation DispatchRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        id\n        status\n        rating\n        ratingComment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchRateDocument,
    "\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) {\n    serviceRequestReopen(input: $input) {\n      serviceRequest {\n        id\n        status\n        reopenCount\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchReopenDocument,
    "\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) {\n    serviceRequestCancel(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchCancelDocument,
    "\n  mutation DispatchReject($input: ServiceRequestNoteInput!) {\n    serviceRequestReject(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchRejectDocument,
    "\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) {\n    serviceRequestMerge(input: $input) {\n      serviceRequest {\n        id\n        status\n        mergedInto {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.DispatchMergeDocument,
    "\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      kind\n      route\n      takerName\n      rating\n      overdue\n      reopenCount\n      requester {\n        id\n      }\n      log {\n        action\n        fromStatus\n        toStatus\n        actorRole\n        body\n        at\n      }\n    }\n  }\n": typeof types.DispatchGetDocument,
    "\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) {\n    serviceRequests(first: 100, mine: $mine, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.DispatchListDocument,
    "\n  mutation DispatchIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.DispatchIsoLoginDocument,
    "\n  mutation DispatchIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": typeof types.DispatchIsoCommunityDocument,
    "\n  mutation DispatchIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchIsoMemberDocument,
    "\n  query DispatchIsoBoard($grid: ID) {\n    dispatchBoard(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.DispatchIsoBoardDocument,
    "\n  query DispatchIsoList($grid: ID) {\n    serviceRequests(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": typeof types.DispatchIsoListDocument,
    "\n  mutation DispatchIsoUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchIsoUnitDocument,
    "\n  mutation DispatchOpen311Key($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchOpen311KeyDocument,
    "\n  mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchOpen311RevokeDocument,
    "\n  mutation DispatchOpen311Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.DispatchOpen311LoginDocument,
    "\n  mutation DispatchOpen311Community($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": typeof types.DispatchOpen311CommunityDocument,
    "\n  mutation DispatchOpen311Member($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.DispatchOpen311MemberDocument,
    "\n  query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n    }\n  }\n": typeof types.DispatchPermMetricsDocument,
    "\n  query DispatchPermBoard {\n    dispatchBoard(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.DispatchPermBoardDocument,
    "\n  query DispatchPermCommunity {\n    community {\n      id\n    }\n  }\n": typeof types.DispatchPermCommunityDocument,
    "\n  mutation DispatchRaceMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.DispatchRaceMemberDocument,
    "\n  query DispatchViewerCan($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      viewerCan {\n        dispatch\n        claim\n        handOver\n        note\n        escalate\n        answerEscalation\n        resolve\n        rate\n        reopen\n        cancel\n        reject\n        merge\n      }\n    }\n  }\n": typeof types.DispatchViewerCanDocument,
    "\n  query DispatchViewerCanPage($n: Int!) {\n    serviceRequests(first: $n) {\n      nodes {\n        id\n        status\n        viewerCan {\n          dispatch\n          claim\n          handOver\n          note\n          escalate\n          answerEscalation\n          resolve\n          rate\n          reopen\n          cancel\n          reject\n          merge\n        }\n      }\n    }\n  }\n": typeof types.DispatchViewerCanPageDocument,
    "\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n      gridRanking {\n        gridUnit\n        received\n      }\n    }\n  }\n": typeof types.DispatchMetricsPeriodDocument,
    "\n  query FundDisbursementViewerCan($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        id\n        viewerCan {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n": typeof types.FundDisbursementViewerCanDocument,
    "\n  mutation FundFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FundFxEnableDocument,
    "\n  query FundFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n": typeof types.FundFxMembersDocument,
    "\n  mutation FundFxAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.FundFxAddMemberDocument,
    "\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    named: charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    anon: charityResourceCreate(input: $a) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n": typeof types.FundFxForcesDocument,
    "\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n        kind\n        purpose\n        balanceFen\n        custodian {\n          name\n          type\n        }\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundCreateDocument,
    "\n  mutation FundUpdate($input: FundUpdateInput!) {\n    fundUpdate(input: $input) {\n      fund {\n        id\n        name\n        active\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundUpdateDocument,
    "\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id\n      name\n      balanceFen\n      goodsValuationFen\n      incomeFen\n      spentFen\n      receiptsIssued\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n  }\n": typeof types.FundGetDocument,
    "\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        kind\n        amountFen\n        receiptNumber\n        donorName\n        anonymous\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundRecordDocument,
    "\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        mine\n        permissions {\n          fulfil\n          cancel\n          refund\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundPledgeDocument,
    "\n  mutation FundFulfil($input: FundPledgeFulfilInput!) {\n    fundPledgeFulfil(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundFulfilDocument,
    "\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) {\n    fundPledgeCancel(input: $input) {\n      donation {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundPledgeCancelDocument,
    "\n  mutation FundRefund($input: FundDonationRefundInput!) {\n    fundDonationRefund(input: $input) {\n      donation {\n        id\n        status\n        refundedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundRefundDocument,
    "\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundRequestDocument,
    "\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundApproveDocument,
    "\n  mutation FundReject($input: FundDisbursementCloseInput!) {\n    fundDisbursementReject(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundRejectDocument,
    "\n  mutation FundCancel($input: FundDisbursementCloseInput!) {\n    fundDisbursementCancel(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundCancelDocument,
    "\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        id\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.FundPayDocument,
    "\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName\n      openingBalanceFen\n      incomeFen\n      goodsFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        anonymous\n        moneyFen\n        goodsFen\n        count\n      }\n      spending {\n        purpose\n        purposeName\n        amountFen\n        count\n      }\n      csv\n    }\n  }\n": typeof types.FundStatementQDocument,
    "\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) {\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n    node(id: $d) {\n      ... on FundDisbursement {\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n": typeof types.FundMatrixPermsDocument,
    "\n  query FundMatrixAnon($fundId: ID!) {\n    fundDonations(fundId: $fundId, first: 100) {\n      nodes {\n        id\n        donorName\n      }\n    }\n  }\n": typeof types.FundMatrixAnonDocument,
    "\n  mutation FundMatrixCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": typeof types.FundMatrixCommunityDocument,
    "\n  mutation FundMatrixLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.FundMatrixLoginDocument,
    "\n  mutation FundMatrixAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.FundMatrixAddDocument,
    "\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        approvalsCount\n        requesterName\n        purposeName\n        approvalEntries {\n          approverName\n        }\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n": typeof types.FundRequestsDocument,
    "\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) {\n      totalCount\n      nodes {\n        id\n        donorName\n        donorType\n        donorId\n        anonymous\n        receiptNumber\n        status\n        mine\n      }\n    }\n  }\n": typeof types.FundDonationsDocument,
    "\n  query FundNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on FundDisbursement {\n        status\n        amountFen\n      }\n      ... on FundDonation {\n        amountFen\n      }\n      ... on Fund {\n        name\n      }\n    }\n  }\n": typeof types.FundNodeDocument,
    "\n  query FundList {\n    funds {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.FundListDocument,
    "\n        mutation FundDisable($input: CommunityModuleConfigureInput!) {\n          communityModuleConfigure(input: $input) {\n            userErrors {\n              code\n            }\n          }\n        }\n      ": typeof types.FundDisableDocument,
    "\n          mutation FundReEnable($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n              }\n            }\n          }\n        ": typeof types.FundReEnableDocument,
    "\n    mutation FundIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  ": typeof types.FundIsoLoginDocument,
    "\n    mutation FundIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  ": typeof types.FundIsoCommunityDocument,
    "\n    mutation FundIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.FundIsoMemberDocument,
    "\n    mutation FundIsoEnable($input: CommunityModuleConfigureInput!) {\n      communityModuleConfigure(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.FundIsoEnableDocument,
    "\n    mutation FundIsoForces($o: SocialOrganizationCreateInput!) {\n      socialOrganizationCreate(input: $o) {\n        socialOrganization {\n          id\n        }\n      }\n    }\n  ": typeof types.FundIsoForcesDocument,
    "\n    query FundIsoMembers {\n      memberships {\n        nodes {\n          id\n          login\n        }\n      }\n    }\n  ": typeof types.FundIsoMembersDocument,
    "\n      mutation FundIsoRequest($input: FundDisbursementRequestInput!) {\n        fundDisbursementRequest(input: $input) {\n          disbursement {\n            status\n            councilTopicId\n            approvalsRequired\n          }\n          userErrors {\n            code\n            field\n          }\n        }\n      }\n    ": typeof types.FundIsoRequestDocument,
    "\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GridCareConfigureDocument,
    "\n  query GridCareResidents {\n    residents(first: 100) {\n      nodes {\n        id\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.GridCareResidentsDocument,
    "\n  query GridCareMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.GridCareMembershipsDocument,
    "\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n        category\n        categoryName\n        visitEveryDays\n        dueOn\n        overdue\n        responsibleName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridCareEnrollDocument,
    "\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) {\n    gridCareMemberUpdate(input: $input) {\n      gridCareMember {\n        id\n        responsibleName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridCareUpdateDocument,
    "\n  mutation GridCareEnd($input: GridCareMemberEndInput!) {\n    gridCareMemberEnd(input: $input) {\n      gridCareMember {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridCareEndDocument,
    "\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n        kind\n        kindName\n        dueOn\n        onTime\n        notes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridCareVisitDocument,
    "\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        category\n        overdue\n        evidence\n        resident {\n          name\n        }\n        visits {\n          kind\n        }\n      }\n    }\n  }\n": typeof types.GridCareListDocument,
    "\n  query GridCareOne($id: ID!) {\n    gridCareMember(id: $id) {\n      id\n      evidence\n      resident {\n        name\n      }\n    }\n  }\n": typeof types.GridCareOneDocument,
    "\n  query GridCareNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on GridCareMember {\n        evidence\n      }\n    }\n  }\n": typeof types.GridCareNodeDocument,
    "\n  query GridCareCoverageQ {\n    gridCareCoverage {\n      members\n      withResponsible\n      onTime\n      covered\n      rate\n    }\n  }\n": typeof types.GridCareCoverageQDocument,
    "\n  mutation GridCareNotify {\n    gridCareOverdueNotify {\n      notified\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridCareNotifyDocument,
    "\n  query GridCareFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      careMembers {\n        category\n      }\n    }\n  }\n": typeof types.GridCareFileDocument,
    "\n  query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n": typeof types.GridCareMetricsDocument,
    "\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GridImportConfigureDocument,
    "\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        units\n        households\n        residents\n        placements\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GridImportDocument,
    "\n  query GridImportTree {\n    gridUnits(first: 100) {\n      totalCount\n      nodes {\n        code\n        householdCount\n      }\n    }\n  }\n": typeof types.GridImportTreeDocument,
    "\n  mutation GridIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.GridIsoLoginDocument,
    "\n  mutation GridIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": typeof types.GridIsoCommunityDocument,
    "\n  mutation GridIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridIsoMemberDocument,
    "\n  mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridIsoConfigureDocument,
    "\n  mutation GridIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n": typeof types.GridIsoHouseholdDocument,
    "\n  mutation GridIsoResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n    }\n  }\n": typeof types.GridIsoResidentDocument,
    "\n    query GridIsoUnit($id: ID!) {\n      gridUnit(id: $id) {\n        code\n        name\n        households {\n          totalCount\n        }\n      }\n    }\n  ": typeof types.GridIsoUnitDocument,
    "\n    query GridIsoUnits($id: ID) {\n      gridUnits(parent: $id) {\n        totalCount\n        nodes {\n          code\n        }\n      }\n    }\n  ": typeof types.GridIsoUnitsDocument,
    "\n    query GridIsoPath($id: ID!) {\n      gridHouseholdPath(household: $id) {\n        code\n      }\n    }\n  ": typeof types.GridIsoPathDocument,
    "\n    query GridIsoResponsible($id: ID!) {\n      gridResponsible(household: $id) {\n        holderName\n      }\n    }\n  ": typeof types.GridIsoResponsibleDocument,
    "\n    query GridIsoFile($id: ID!) {\n      gridHouseholdFile(household: $id) {\n        household {\n          number\n        }\n        members {\n          name\n        }\n      }\n    }\n  ": typeof types.GridIsoFileDocument,
    "\n    query GridIsoCoverage($id: ID) {\n      gridCoverage(unit: $id) {\n        roleGapCount\n        householdsWithoutResponsible {\n          number\n        }\n      }\n    }\n  ": typeof types.GridIsoCoverageDocument,
    "\n    query GridIsoCareMember($id: ID!) {\n      gridCareMember(id: $id) {\n        evidence\n      }\n    }\n  ": typeof types.GridIsoCareMemberDocument,
    "\n    query GridIsoCareMembers($id: ID) {\n      gridCareMembers(unit: $id) {\n        totalCount\n        nodes {\n          evidence\n        }\n      }\n    }\n  ": typeof types.GridIsoCareMembersDocument,
    "\n    mutation GridIsoUnitCreate($input: GridUnitCreateInput!) {\n      gridUnitCreate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoUnitCreateDocument,
    "\n    mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) {\n      gridUnitUpdate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoUnitUpdateDocument,
    "\n    mutation GridIsoUnitMove($input: GridUnitMoveInput!) {\n      gridUnitMove(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoUnitMoveDocument,
    "\n    mutation GridIsoPlace($input: GridHouseholdPlaceInput!) {\n      gridHouseholdPlace(input: $input) {\n        gridPlacement {\n          placedAt\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoPlaceDocument,
    "\n    mutation GridIsoDutyAssign($input: GridDutyAssignInput!) {\n      gridDutyAssign(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoDutyAssignDocument,
    "\n    mutation GridIsoDutyEnd($input: GridDutyEndInput!) {\n      gridDutyEnd(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoDutyEndDocument,
    "\n    mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) {\n      gridCareMemberEnroll(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoEnrollDocument,
    "\n    mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) {\n      gridCareMemberUpdate(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoCareUpdateDocument,
    "\n    mutation GridIsoCareEnd($input: GridCareMemberEndInput!) {\n      gridCareMemberEnd(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoCareEndDocument,
    "\n    mutation GridIsoVisit($input: GridCareVisitRecordInput!) {\n      gridCareVisitRecord(input: $input) {\n        gridCareVisit {\n          notes\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoVisitDocument,
    "\n    mutation GridIsoExport($input: GridExportCreateInput!) {\n      gridExportCreate(input: $input) {\n        export {\n          csv\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.GridIsoExportDocument,
    "\n      mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n        }\n      }\n    ": typeof types.GridIsoEnrollBDocument,
    "\n  query GridMatrixCommunity {\n    community {\n      id\n    }\n  }\n": typeof types.GridMatrixCommunityDocument,
    "\n  mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridMatrixConfigureDocument,
    "\n      query GridMatrixUnits {\n        gridUnits {\n          totalCount\n        }\n      }\n    ": typeof types.GridMatrixUnitsDocument,
    "\n      mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) {\n        gridUnitCreate(input: $input) {\n          gridUnit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.GridMatrixUnitCreateDocument,
    "\n      mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) {\n        gridHouseholdPlace(input: $input) {\n          gridPlacement {\n            placedAt\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.GridMatrixPlaceDocument,
    "\n      query GridMatrixNodeUnit($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": typeof types.GridMatrixNodeUnitDocument,
    "\n      query GridMatrixResponsible($h: ID!) {\n        gridResponsible(household: $h) {\n          role\n        }\n      }\n    ": typeof types.GridMatrixResponsibleDocument,
    "\n      mutation GridMatrixDuty($input: GridDutyAssignInput!) {\n        gridDutyAssign(input: $input) {\n          gridDuty {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.GridMatrixDutyDocument,
    "\n      query GridMatrixCoverage {\n        gridCoverage {\n          roleGapCount\n        }\n      }\n    ": typeof types.GridMatrixCoverageDocument,
    "\n      query GridMatrixFile($h: ID!) {\n        gridHouseholdFile(household: $h) {\n          tags\n        }\n      }\n    ": typeof types.GridMatrixFileDocument,
    "\n      query GridMatrixCare {\n        gridCareMembers {\n          totalCount\n        }\n      }\n    ": typeof types.GridMatrixCareDocument,
    "\n      query GridMatrixCareNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": typeof types.GridMatrixCareNodeDocument,
    "\n      mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.GridMatrixEnrollDocument,
    "\n      mutation GridMatrixVisit($input: GridCareVisitRecordInput!) {\n        gridCareVisitRecord(input: $input) {\n          gridCareVisit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.GridMatrixVisitDocument,
    "\n      mutation GridMatrixImport($input: GridImportInput!) {\n        gridImport(input: $input) {\n          report {\n            applied\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.GridMatrixImportDocument,
    "\n      mutation GridMatrixExport($input: GridExportCreateInput!) {\n        gridExportCreate(input: $input) {\n          export {\n            csv\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.GridMatrixExportDocument,
    "\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GridPiiConfigureDocument,
    "\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridPiiResidentCreateDocument,
    "\n  query GridPiiLookup($idNumber: String, $phone: String) {\n    residents(first: 5, idNumber: $idNumber, phone: $phone) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.GridPiiLookupDocument,
    "\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on Resident {\n        name\n        idNumber(unmasked: $unmasked)\n        phone(unmasked: $unmasked)\n      }\n    }\n  }\n": typeof types.GridPiiReadDocument,
    "\n  query GridPiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 20) {\n      totalCount\n      nodes {\n        at\n        subject\n        account\n        fields\n        reason\n        requestId\n      }\n    }\n  }\n": typeof types.GridPiiAccessLogDocument,
    "\n  query GridPiiReadWhy($id: ID!) {\n    node(id: $id) {\n      ... on Resident {\n        idNumber(unmasked: true, reason: \"核对低保申请\")\n      }\n    }\n  }\n": typeof types.GridPiiReadWhyDocument,
    "\n  query GridPiiHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n        members {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GridPiiHouseholdsDocument,
    "\n  mutation GridPiiImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        residents\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridPiiImportDocument,
    "\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GridLiveConfigureDocument,
    "\n  query GridLiveUnits {\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n": typeof types.GridLiveUnitsDocument,
    "\n  query GridLiveMembers {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.GridLiveMembersDocument,
    "\n  query GridLiveHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": typeof types.GridLiveHouseholdsDocument,
    "\n  query GridLiveNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": typeof types.GridLiveNodeDocument,
    "\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridLiveDutyAssignDocument,
    "\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        endsOn\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridLiveDutyEndDocument,
    "\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridLiveHouseholdUpdateDocument,
    "\n  subscription GridLiveChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subjectType\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.GridLiveChangesDocument,
    "\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GridScopeConfigureDocument,
    "\n  query GridScopeHouseholds {\n    households(first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.GridScopeHouseholdsDocument,
    "\n  query GridScopeResidents($after: String) {\n    residents(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.GridScopeResidentsDocument,
    "\n  query GridScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Household {\n        number\n      }\n      ... on Resident {\n        name\n      }\n    }\n  }\n": typeof types.GridScopeNodeDocument,
    "\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridScopeHouseholdUpdateDocument,
    "\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        relationToHead\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridScopeResidentUpdateDocument,
    "\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridScopeResidentCreateDocument,
    "\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridScopeCareEnrollDocument,
    "\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridScopeCareVisitDocument,
    "\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.GridScopeRequestCreateDocument,
    "\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        accountId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.GridScopePointsAdjustDocument,
    "\n  query GridScopeActivity($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      activity(first: 50) {\n        type\n        subject\n        data\n      }\n    }\n  }\n": typeof types.GridScopeActivityDocument,
    "\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.GridConfigureDocument,
    "\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        level\n        levelName\n        sortOrder\n        hasChildren\n        householdCount\n        parent {\n          code\n        }\n        children {\n          totalCount\n          nodes {\n            code\n          }\n        }\n      }\n    }\n  }\n": typeof types.GridTreeDocument,
    "\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          members {\n            name\n          }\n        }\n      }\n      residents(first: 5) {\n        totalCount\n        nodes {\n          name\n          phone\n        }\n      }\n      duties {\n        role\n        roleName\n        holderName\n        holder {\n          id\n        }\n      }\n    }\n  }\n": typeof types.GridUnitPeopleDocument,
    "\n  query GridPath($h: ID!) {\n    gridHouseholdPath(household: $h) {\n      code\n      levelName\n    }\n  }\n": typeof types.GridPathDocument,
    "\n  query GridCoreHouseholds($search: String) {\n    households(search: $search, first: 100) {\n      nodes {\n        id\n        number\n        building\n      }\n    }\n  }\n": typeof types.GridCoreHouseholdsDocument,
    "\n  query GridMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.GridMembershipsDocument,
    "\n  mutation GridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n        code\n        level\n        outline\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridUnitCreateDocument,
    "\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) {\n    gridUnitUpdate(input: $input) {\n      gridUnit {\n        id\n        name\n        sortOrder\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridUnitUpdateDocument,
    "\n  mutation GridUnitMove($input: GridUnitMoveInput!) {\n    gridUnitMove(input: $input) {\n      gridUnit {\n        id\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridUnitMoveDocument,
    "\n  mutation GridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      gridPlacement {\n        unit {\n          code\n        }\n        endedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridPlaceDocument,
    "\n  mutation GridDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n        role\n        startsOn\n        endsOn\n        unit {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.GridDutyAssignDocument,
    "\n  mutation GridDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.GridDutyEndDocument,
    "\n  query GridResponsible($h: ID!) {\n    gridResponsible(household: $h) {\n      role\n      roleName\n      holderName\n      unit {\n        code\n      }\n    }\n  }\n": typeof types.GridResponsibleDocument,
    "\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount\n      roleGaps {\n        role\n        roleName\n        unit {\n          code\n        }\n      }\n      householdsWithoutResponsibleCount\n      householdsWithoutResponsible {\n        number\n      }\n      unplacedHouseholdCount\n    }\n  }\n": typeof types.GridCoverageDocument,
    "\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      tags\n      unit {\n        code\n      }\n      path {\n        code\n      }\n      responsible {\n        roleName\n        holderName\n      }\n      members {\n        name\n        idNumber\n      }\n      placements {\n        unit {\n          code\n        }\n        endedAt\n      }\n      careMembers {\n        category\n      }\n      activity {\n        type\n      }\n    }\n  }\n": typeof types.GridFileDocument,
    "\n  query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n": typeof types.GridMetricsDocument,
    "\n  mutation GridExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n        log {\n          kind\n          rowCount\n          exportedAt\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.GridExportDocument,
    "\n  query GridExportLogs {\n    gridExportLogs {\n      totalCount\n      nodes {\n        kind\n        rowCount\n      }\n    }\n  }\n": typeof types.GridExportLogsDocument,
    "\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.HarnessCommunityCreateDocument,
    "\n      query PartyMatRead {\n        partyUnits(first: 1) {\n          totalCount\n        }\n        partyChair {\n          id\n        }\n      }\n    ": typeof types.PartyMatReadDocument,
    "\n      query PartyMatMembers {\n        partyMembers(first: 1) {\n          totalCount\n          nodes {\n            name\n            phone\n          }\n        }\n      }\n    ": typeof types.PartyMatMembersDocument,
    "\n    mutation PartyIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  ": typeof types.PartyIsoCommunityDocument,
    "\n    mutation PartyIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  ": typeof types.PartyIsoLoginDocument,
    "\n    mutation PartyIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.PartyIsoMemberDocument,
    "\n    query PartyIsoResidents {\n      residents(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": typeof types.PartyIsoResidentsDocument,
    "\n    query PartyIsoUnit($id: ID!) {\n      partyUnit(id: $id) {\n        id\n        name\n        contactPhone\n      }\n    }\n  ": typeof types.PartyIsoUnitDocument,
    "\n    query PartyIsoMeeting($id: ID!) {\n      partyMeeting(id: $id) {\n        id\n        title\n      }\n    }\n  ": typeof types.PartyIsoMeetingDocument,
    "\n    query PartyIsoItem($id: ID!) {\n      partyServiceItem(id: $id) {\n        id\n        title\n      }\n    }\n  ": typeof types.PartyIsoItemDocument,
    "\n    query PartyIsoMemberQ($id: ID!) {\n      partyMember(id: $id) {\n        id\n        name\n      }\n    }\n  ": typeof types.PartyIsoMemberQDocument,
    "\n    query PartyIsoMembers($unitId: ID) {\n      partyMembers(unitId: $unitId) {\n        totalCount\n        nodes {\n          name\n        }\n      }\n    }\n  ": typeof types.PartyIsoMembersDocument,
    "\n    mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n      partyEscalationTargetUpdate(input: $input) {\n        target {\n          id\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.PartyIsoTargetUpdateDocument,
    "\n    mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) {\n      partyServiceItemClose(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.PartyIsoItemCloseDocument,
    "\n    mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) {\n      partyMemberUpdate(input: $input) {\n        member {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": typeof types.PartyIsoMemberUpdateDocument,
    "\n    query PartyIsoNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PartyUnit {\n          name\n        }\n        ... on PartyMeeting {\n          title\n        }\n      }\n    }\n  ": typeof types.PartyIsoNodeDocument,
    "\n  query PartyMeetingViewerCan($id: ID!) {\n    partyMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        recordAttendance\n        close\n        cancel\n      }\n    }\n  }\n": typeof types.PartyMeetingViewerCanDocument,
    "\n  mutation PartyConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PartyConfigureDocument,
    "\n  query PartyFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n": typeof types.PartyFxMembersDocument,
    "\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n        kind\n        contactPhone\n        sortOrder\n        active\n        isMine\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyUnitCreateDocument,
    "\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) {\n    partyUnitUpdate(input: $input) {\n      unit {\n        id\n        name\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyUnitUpdateDocument,
    "\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        sortOrder\n        contactPhone\n        active\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PartyUnitsDocument,
    "\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        id\n        year\n        position\n        startMonth\n        endMonth\n        unit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyRotationGenerateDocument,
    "\n  query PartyRotation($year: Int!) {\n    partyRotation(year: $year) {\n      id\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PartyRotationDocument,
    "\n  query PartyChair($year: Int, $month: Int) {\n    partyChair(year: $year, month: $month) {\n      id\n      year\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PartyChairDocument,
    "\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) {\n    partyRotationSlotReplace(input: $input) {\n      slot {\n        id\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartySlotReplaceDocument,
    "\n  mutation PartySwap($input: PartyRotationSwapInput!) {\n    partyRotationSwap(input: $input) {\n      slots {\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartySwapDocument,
    "\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) {\n      meeting {\n        id\n        title\n        status\n        conveningUnit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyMeetingScheduleDocument,
    "\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendance {\n          present\n          attendees\n          unit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyAttendanceDocument,
    "\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        heldAt\n        decisions {\n          position\n          text\n          dueOn\n          ownerUnit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyMeetingCloseDocument,
    "\n  mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) {\n    partyMeetingCancel(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyMeetingCancelDocument,
    "\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) {\n      item {\n        id\n        title\n        capacity\n        claimedCount\n        remaining\n        audience\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyItemPublishDocument,
    "\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) {\n      claim {\n        id\n        status\n        claimantName\n        mine\n        unit {\n          id\n        }\n        item {\n          id\n          remaining\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyItemClaimDocument,
    "\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) {\n      claim {\n        id\n        status\n        record\n        minutes\n        completedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyClaimCompleteDocument,
    "\n  mutation PartyMemberReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n        isMe\n        hasLogin\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyMemberReportDocument,
    "\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) {\n    partyMemberRegister(input: $input) {\n      member {\n        id\n        name\n        phone\n        hasLogin\n        residentLinked\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyMemberRegisterDocument,
    "\n  query PartyMyMember {\n    partyMyMember {\n      id\n      name\n      serviceMinutes\n      serviceRecords(first: 50) {\n        source\n        title\n        minutes\n        rating\n        servedAt\n      }\n    }\n  }\n": typeof types.PartyMyMemberDocument,
    "\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n        kind\n        categories\n        contactPhone\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PartyTargetCreateDocument,
    "\n      query PartyMemberPhone($id: ID!) {\n        partyMember(id: $id) {\n          name\n          phone\n        }\n      }\n    ": typeof types.PartyMemberPhoneDocument,
    "\n      query PartyTargets($category: String) {\n        partyEscalationTargets(category: $category) {\n          name\n          contactPhone\n        }\n      }\n    ": typeof types.PartyTargetsDocument,
    "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me {\n        displayName\n        activeCommunity {\n          name\n        }\n        memberships {\n          roles\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.RefreshDocument,
    "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) {\n      revoked\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.LogoutDocument,
    "\n  query Me {\n    me {\n      login\n      activeCommunity {\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) {\n      disabled\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SetDisabledDocument,
    "\n  query AuthCommunityName {\n    community {\n      name\n    }\n  }\n": typeof types.AuthCommunityNameDocument,
    "\n  mutation AuthKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.AuthKeyCreateDocument,
    "\n  mutation ChinaTimeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.ChinaTimeConfigureDocument,
    "\n  query ChinaTimeResidents {\n    residents(first: 5) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.ChinaTimeResidentsDocument,
    "\n  mutation ChinaTimeEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChinaTimeEnrollDocument,
    "\n  mutation ChinaTimeVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        dueOn\n        onTime\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ChinaTimeVisitDocument,
    "\n  query ChinaTimeMember($id: ID!) {\n    gridCareMember(id: $id) {\n      dueOn\n    }\n  }\n": typeof types.ChinaTimeMemberDocument,
    "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.EvHouseholdCreateDocument,
    "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        subjectType\n        subject {\n          ... on Household {\n            number\n          }\n        }\n      }\n      endCursor\n      hasMore\n    }\n  }\n": typeof types.EvChangesDocument,
    "\n  subscription EvLive($after: String) {\n    changes(after: $after) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.EvLiveDocument,
    "\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.FanoutHouseholdCreateDocument,
    "\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n": typeof types.FanoutChangesDocument,
    "\n  query FanoutMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.FanoutMembersDocument,
    "\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.FanoutMembershipUpdateDocument,
    "\n  query HttpMe {\n    me {\n      login\n    }\n  }\n": typeof types.HttpMeDocument,
    "\n  mutation JobQueueModuleConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.JobQueueModuleConfigureDocument,
    "\n  mutation LifeLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.LifeLoginDocument,
    "\n  query LifeCommunity {\n    community {\n      name\n    }\n  }\n": typeof types.LifeCommunityDocument,
    "\n  query LifeCommunities {\n    communities {\n      name\n    }\n  }\n": typeof types.LifeCommunitiesDocument,
    "\n  mutation LifeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.LifeResidentCreateDocument,
    "\n  query LifeResidents($search: String) {\n    residents(first: 10, search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": typeof types.LifeResidentsDocument,
    "\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LogResidentCreateDocument,
    "\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        phone\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.LogResidentUpdateDocument,
    "\n  query LogResidents {\n    residents(first: 10) {\n      edges {\n        node {\n          name\n          idNumber(unmasked: true)\n          phone(unmasked: true)\n        }\n      }\n    }\n  }\n": typeof types.LogResidentsDocument,
    "\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.NestRevokeDocument,
    "\n  query NestHouseholds {\n    households(first: 3) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n": typeof types.NestHouseholdsDocument,
    "\n  query NestResidents {\n    residents(first: 3) {\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.NestResidentsDocument,
    "\n  mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesConfigureDocument,
    "\n  query OutcomesWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.OutcomesWhereDocument,
    "\n  mutation OutcomesCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesCommunityDocument,
    "\n  mutation OutcomesLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.OutcomesLoginDocument,
    "\n  mutation OutcomesMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesMemberDocument,
    "\n  mutation OutcomesRequest($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesRequestDocument,
    "\n  mutation OutcomesAssign($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesAssignDocument,
    "\n  mutation OutcomesResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesResolveDocument,
    "\n  mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OutcomesVolunteerDocument,
    "\n  mutation OutcomesActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesActivityDocument,
    "\n  mutation OutcomesSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OutcomesSignUpDocument,
    "\n  mutation OutcomesCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OutcomesCheckInDocument,
    "\n  mutation OutcomesCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OutcomesCheckOutDocument,
    "\n  query OutcomesPending {\n    volunteerHours(first: 100, status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.OutcomesPendingDocument,
    "\n  mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OutcomesConfirmDocument,
    "\n  mutation OutcomesStation($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesStationDocument,
    "\n  mutation OutcomesService($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesServiceDocument,
    "\n  mutation OutcomesBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.OutcomesBookDocument,
    "\n  mutation OutcomesAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.OutcomesAttendDocument,
    "\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      from\n      to\n      previousFrom\n      items {\n        module\n        moduleName\n        key\n        name\n        aggregation\n        value\n        previousValue\n        change\n        changePercent\n        communities\n      }\n    }\n  }\n": typeof types.OutcomesDashboardDocument,
    "\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId\n      streetName\n      totals {\n        module\n        key\n        aggregation\n        value\n        previousValue\n        change\n        communities\n      }\n      communities {\n        communityId\n        communityName\n        items {\n          key\n          value\n        }\n      }\n    }\n  }\n": typeof types.OutcomesStreetDocument,
    "\n      query PermCommunityRead {\n        community {\n          name\n        }\n      }\n    ": typeof types.PermCommunityReadDocument,
    "\n      mutation PermCommunityUpdate($d: String) {\n        communityUpdate(input: { description: $d }) {\n          community {\n            description\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermCommunityUpdateDocument,
    "\n      mutation PermModuleConfigure {\n        communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) {\n          community {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermModuleConfigureDocument,
    "\n      mutation PermPresetApply {\n        communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) {\n          community {\n            preset\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermPresetApplyDocument,
    "\n      query PermMembershipRead {\n        memberships(first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.PermMembershipReadDocument,
    "\n      mutation PermMembershipManage($login: String!) {\n        membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermMembershipManageDocument,
    "\n      mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) {\n        membershipResidentLink(input: $input) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermMembershipLinkResidentDocument,
    "\n      query PermHouseholdRead {\n        households(first: 1) {\n          totalCount\n          nodes {\n            number\n          }\n        }\n      }\n    ": typeof types.PermHouseholdReadDocument,
    "\n      mutation PermHouseholdWrite($n: String!) {\n        householdCreate(input: { number: $n, address: \"矩阵小区\" }) {\n          household {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermHouseholdWriteDocument,
    "\n      query PermResidentRead {\n        residents(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    ": typeof types.PermResidentReadDocument,
    "\n      mutation PermResidentWrite($name: String!) {\n        residentCreate(input: { name: $name, phone: \"13800001111\" }) {\n          resident {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermResidentWriteDocument,
    "\n      query PermResidentPersonal {\n        residents(first: 1) {\n          nodes {\n            phone(unmasked: true)\n          }\n        }\n      }\n    ": typeof types.PermResidentPersonalDocument,
    "\n      query PermResidentSensitive {\n        residents(first: 1) {\n          nodes {\n            sensitive {\n              disability\n              hardship\n            }\n          }\n        }\n      }\n    ": typeof types.PermResidentSensitiveDocument,
    "\n      query PermAccessLog {\n        personalDataAccessLog(first: 1) {\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    ": typeof types.PermAccessLogDocument,
    "\n      query PermForcesRead {\n        socialOrganizations(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    ": typeof types.PermForcesReadDocument,
    "\n      mutation PermForcesManage($name: String!) {\n        volunteerCreate(input: { name: $name }) {\n          volunteer {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermForcesManageDocument,
    "\n      mutation PermApiKeyManage {\n        apiKeyCreate(input: { name: \"矩阵\", permissions: [\"tenancy.community.read\"] }) {\n          secret\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.PermApiKeyManageDocument,
    "\n      query PermOutcomesRead {\n        outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") {\n          items {\n            key\n          }\n        }\n      }\n    ": typeof types.PermOutcomesReadDocument,
    "\n  query PermCommunityId {\n    community {\n      id\n    }\n  }\n": typeof types.PermCommunityIdDocument,
    "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.PermConfigureDocument,
    "\n  query PermHouseholdMembers {\n    households(first: 5) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n": typeof types.PermHouseholdMembersDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community {\n        modules {\n          key\n          enabled\n          settings\n          overrides\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PlugConfigureDocument,
    "\n  query PlugNotices {\n    notices(first: 10) {\n      totalCount\n      nodes {\n        title\n        automatic\n      }\n    }\n  }\n": typeof types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) {\n      notice {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PlugHouseholdDocument,
    "\n  query PlugModules {\n    community {\n      modules {\n        key\n        name\n        enabled\n        settings\n      }\n    }\n  }\n": typeof types.PlugModulesDocument,
    "\n  mutation PresetsApply($input: CommunityPresetApplyInput!) {\n    communityPresetApply(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PresetsApplyDocument,
    "\n  query PresetsModules {\n    community {\n      preset\n      modules {\n        key\n        enabled\n        settings\n        overrides\n      }\n    }\n  }\n": typeof types.PresetsModulesDocument,
    "\n  mutation PresetsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PresetsConfigureDocument,
    "\n  mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PresetsHouseholdCreateDocument,
    "\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PresetsRequestCreateDocument,
    "\n  query PresetsRequestGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": typeof types.PresetsRequestGetDocument,
    "\n  mutation PresetsPointsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PresetsPointsAwardDocument,
    "\n  query PresetsPointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n      householdId\n    }\n  }\n": typeof types.PresetsPointsAccountDocument,
    "\n  mutation PresetsMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PresetsMemberAddDocument,
    "\n  query RelHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.RelHouseholdsDocument,
    "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.ResyncChangesDocument,
    "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ResyncHouseholdDocument,
    "\n  query SeedPresetCommunity {\n    community {\n      name\n      preset\n      modules {\n        key\n        enabled\n      }\n    }\n  }\n": typeof types.SeedPresetCommunityDocument,
    "\n  query SeedPresetGridTops {\n    gridUnits(first: 10) {\n      totalCount\n      nodes {\n        id\n        level\n        levelName\n        name\n        householdCount\n        children(first: 3) {\n          totalCount\n          nodes {\n            level\n            levelName\n            householdCount\n            children(first: 3) {\n              totalCount\n              nodes {\n                level\n                name\n                householdCount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.SeedPresetGridTopsDocument,
    "\n  query SeedPresetHouseholds {\n    households(first: 3) {\n      totalCount\n      nodes {\n        number\n        address\n      }\n    }\n    residents(first: 20) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": typeof types.SeedPresetHouseholdsDocument,
    "\n  query SeedPresetCouncil {\n    councilBodies(first: 20) {\n      nodes {\n        levelKey\n      }\n    }\n    councilTopics(first: 20) {\n      totalCount\n      nodes {\n        status\n      }\n    }\n  }\n": typeof types.SeedPresetCouncilDocument,
    "\n  query SeedPresetRequests {\n    serviceRequests(first: 30) {\n      totalCount\n      nodes {\n        status\n        kind\n        escalationTarget\n        log {\n          action\n        }\n      }\n    }\n  }\n": typeof types.SeedPresetRequestsDocument,
    "\n  query SeedPresetPoints {\n    pointsAccounts(first: 50, kind: HOUSEHOLD) {\n      totalCount\n      nodes {\n        balance\n      }\n    }\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n": typeof types.SeedPresetPointsDocument,
    "\n  mutation ShutLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.ShutLoginDocument,
    "\n  query ShutHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n": typeof types.ShutHouseholdsDocument,
    "\n  subscription ShutChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n    }\n  }\n": typeof types.ShutChangesDocument,
    "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubHouseholdCreateDocument,
    "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n": typeof types.SubChangesDocument,
    "\n  query SubMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        active\n      }\n    }\n  }\n": typeof types.SubMembersDocument,
    "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubMembershipUpdateDocument,
    "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubApiKeyCreateDocument,
    "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.SubApiKeyRevokeDocument,
    "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community {\n      name\n      description\n      regionCode\n      street {\n        name\n      }\n      modules {\n        key\n        enabled\n      }\n    }\n    ... on Street {\n      name\n      regionCode\n    }\n    ... on Household {\n      number\n      address\n      building\n      tags\n      closedAt\n      members {\n        name\n        phone\n      }\n    }\n    ... on Resident {\n      name\n      phone\n      idNumber\n      movedOutAt\n      household {\n        number\n        address\n      }\n    }\n    ... on Membership {\n      login\n      displayName\n      roles\n      title\n      active\n      resident {\n        id\n      }\n    }\n    ... on MembershipInvitation {\n      login\n      roles\n      title\n      community {\n        name\n      }\n    }\n    ... on ApiKey {\n      name\n      prefix\n      permissions\n      revokedAt\n    }\n    ... on SocialOrganization {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on SocialWorker {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on Volunteer {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CobuildingUnit {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CharityResource {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n  }\n": typeof types.IsoNodeFieldsFragmentDoc,
    "\n  query IsoNode($id: ID!) {\n    node(id: $id) {\n      ...IsoNodeFields\n    }\n  }\n": typeof types.IsoNodeDocument,
    "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) {\n      totalCount\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.IsoResidentsOfHouseholdDocument,
    "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n        memberships {\n          community {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoLoginDocument,
    "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoRefreshDocument,
    "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoApiKeyRevokeDocument,
    "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoCommunityCreateDocument,
    "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoHouseholdUpdateDocument,
    "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoHouseholdCloseDocument,
    "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoMembershipUpdateDocument,
    "\n  mutation IsoInvitationAccept($input: MembershipInvitationInput!) {\n    membershipInvitationAccept(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoInvitationAcceptDocument,
    "\n  mutation IsoInvitationDecline($input: MembershipInvitationInput!) {\n    membershipInvitationDecline(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoInvitationDeclineDocument,
    "\n  mutation IsoInvitationRevoke($input: MembershipInvitationInput!) {\n    membershipInvitationRevoke(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoInvitationRevokeDocument,
    "\n  mutation IsoSetDefaultCommunity($input: AccountSetDefaultCommunityInput!) {\n    accountSetDefaultCommunity(input: $input) {\n      me {\n        defaultCommunity {\n          ...IsoNodeFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoSetDefaultCommunityDocument,
    "\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoMembershipResidentLinkDocument,
    "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoResidentCreateDocument,
    "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoResidentUpdateDocument,
    "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoResidentMoveOutDocument,
    "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) {\n      socialOrganization {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoSocialOrganizationUpdateDocument,
    "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) {\n      socialWorker {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoSocialWorkerUpdateDocument,
    "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) {\n    volunteerUpdate(input: $input) {\n      volunteer {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoVolunteerUpdateDocument,
    "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) {\n      cobuildingUnit {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoCobuildingUnitUpdateDocument,
    "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) {\n      charityResource {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.IsoCharityResourceUpdateDocument,
    "\n      query IsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          ...IsoNodeFields\n        }\n      }\n    ": typeof types.IsoNodesDocument,
    "\n      query IsoAccessLog($r: ID) {\n        personalDataAccessLog(resident: $r, first: 100) {\n          totalCount\n          nodes {\n            subject\n            fields\n            reason\n          }\n        }\n      }\n    ": typeof types.IsoAccessLogDocument,
    "\n  mutation IsoSetupLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.IsoSetupLoginDocument,
    "\n  query IsoCommunity {\n    community {\n      id\n      name\n      street {\n        id\n        name\n      }\n    }\n  }\n": typeof types.IsoCommunityDocument,
    "\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.IsoSetupCommunityDocument,
    "\n  mutation IsoSetupMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.IsoSetupMemberDocument,
    "\n  mutation IsoSetupHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.IsoSetupHouseholdDocument,
    "\n  mutation IsoSetupResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.IsoSetupResidentDocument,
    "\n  mutation IsoSetupApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.IsoSetupApiKeyDocument,
    "\n  mutation IsoSetupForces(\n    $o: SocialOrganizationCreateInput!\n    $w: SocialWorkerCreateInput!\n    $v: VolunteerCreateInput!\n    $u: CobuildingUnitCreateInput!\n    $c: CharityResourceCreateInput!\n  ) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    socialWorkerCreate(input: $w) {\n      socialWorker {\n        id\n      }\n    }\n    volunteerCreate(input: $v) {\n      volunteer {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n  }\n": typeof types.IsoSetupForcesDocument,
    "\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n    households(includeClosed: true) {\n      totalCount\n    }\n    residents {\n      totalCount\n    }\n    memberships {\n      totalCount\n    }\n    apiKeys {\n      totalCount\n    }\n  }\n": typeof types.IsoSnapshotDocument,
    "\n  query IsoAllNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n  }\n": typeof types.IsoAllNodesDocument,
    "\n  query IsoMe {\n    me {\n      activeCommunity {\n        name\n      }\n      memberships {\n        community {\n          name\n        }\n      }\n    }\n  }\n": typeof types.IsoMeDocument,
    "\n  query IsoHouseholds {\n    households {\n      totalCount\n      nodes {\n        number\n      }\n    }\n  }\n": typeof types.IsoHouseholdsDocument,
    "\n  query IsoCommunities {\n    communities {\n      name\n    }\n  }\n": typeof types.IsoCommunitiesDocument,
    "\n  query IsoResidentsNamed($search: String) {\n    residents(search: $search) {\n      totalCount\n    }\n  }\n": typeof types.IsoResidentsNamedDocument,
    "\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TwoLoginDocument,
    "\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TwoHouseholdCreateDocument,
    "\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.TwoChangesDocument,
    "\n  mutation TypedFormsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.TypedFormsConfigureDocument,
    "\n  query TypedFormsGridCatalog {\n    gridCatalog {\n      levels {\n        key\n        name\n      }\n      dutyRoles {\n        key\n        name\n        level\n        required\n      }\n      careCategories {\n        key\n        name\n        visitEveryDays\n      }\n      visitKinds {\n        key\n        name\n      }\n    }\n  }\n": typeof types.TypedFormsGridCatalogDocument,
    "\n  query TypedFormsPointsCatalog {\n    pointsCatalog {\n      accountScope\n      rules {\n        key\n        name\n        event\n        points\n        per\n        capPoints\n        capPeriod\n        enabled\n      }\n    }\n  }\n": typeof types.TypedFormsPointsCatalogDocument,
    "\n  mutation TypedFormsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TypedFormsActivityDocument,
    "\n  query TypedFormsTopics($source: [CouncilTopicSource!], $raisedFrom: DateTimeISO, $raisedTo: DateTimeISO, $bodyId: ID) {\n    councilTopics(first: 100, source: $source, raisedFrom: $raisedFrom, raisedTo: $raisedTo, bodyId: $bodyId) {\n      nodes {\n        id\n        source\n        raisedAt\n      }\n    }\n  }\n": typeof types.TypedFormsTopicsDocument,
    "\n  mutation TypedFormsItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TypedFormsItemDocument,
    "\n  query TypedFormsItems($search: String, $availableNow: Boolean, $maxPricePoints: Int) {\n    pointsItems(first: 100, search: $search, availableNow: $availableNow, maxPricePoints: $maxPricePoints) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.TypedFormsItemsDocument,
    "\n  mutation TypedFormsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TypedFormsRedeemDocument,
    "\n  query TypedFormsHousehold($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": typeof types.TypedFormsHouseholdDocument,
    "\n  mutation TypedFormsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.TypedFormsAwardDocument,
    "\n  query TypedFormsRedemptions($itemId: ID) {\n    pointsRedemptions(first: 100, itemId: $itemId) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.TypedFormsRedemptionsDocument,
    "\n  query TypedFormsActivities($status: [VolunteerActivityStatus!], $shiftsFrom: DateTimeISO, $shiftsTo: DateTimeISO, $team: String) {\n    volunteerActivities(first: 100, status: $status, shiftsFrom: $shiftsFrom, shiftsTo: $shiftsTo, team: $team) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": typeof types.TypedFormsActivitiesDocument,
    "\n  query ViewerPermsMine {\n    community {\n      id\n      viewerPermissions\n      viewerRoles\n      viewerModules\n    }\n  }\n": typeof types.ViewerPermsMineDocument,
    "\n  query ViewerPermsCatalog {\n    permissionCatalog {\n      key\n      module\n      moduleName\n      action\n      nameZh\n      nameEn\n      description\n      defaultRoles\n    }\n  }\n": typeof types.ViewerPermsCatalogDocument,
    "\n  mutation ViewerPermsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ViewerPermsConfigureDocument,
    "\n  query ViewerPermsHouseholds {\n    households(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ViewerPermsHouseholdsDocument,
    "\n  query ViewerPermsRequests {\n    serviceRequests(first: 1) {\n      totalCount\n    }\n  }\n": typeof types.ViewerPermsRequestsDocument,
    "\n  mutation ViewerPermsKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ViewerPermsKeyDocument,
    "\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        permissions\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.WebhookEndpointCreateDocument,
    "\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        enabled\n        disabledReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WebhookEndpointUpdateDocument,
    "\n  mutation WebhookEndpointDelete($input: WebhookEndpointIdInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WebhookEndpointDeleteDocument,
    "\n  mutation WebhookRotateSecret($input: WebhookEndpointIdInput!) {\n    webhookEndpointRotateSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WebhookRotateSecretDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) {\n      nodes {\n        id\n        url\n        enabled\n        disabledReason\n      }\n    }\n  }\n": typeof types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpoint: ID!) {\n    webhookDeliveries(endpoint: $endpoint, first: 100) {\n      nodes {\n        id\n        messageId\n        eventType\n        eventSeq\n        status\n        attempts\n        lastStatus\n        lastLatencyMs\n        lastError\n        nextAttemptAt\n        deliveredAt\n      }\n    }\n  }\n": typeof types.WebhookDeliveriesDocument,
    "\n  mutation WebhookRedeliver($input: WebhookRedeliverInput!) {\n    webhookRedeliver(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WebhookRedeliverDocument,
    "\n  mutation WebhookHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WebhookHouseholdCreateDocument,
    "\n  mutation WebhookHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WebhookHouseholdUpdateDocument,
    "\n  mutation WsExpHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.WsExpHouseholdCreateDocument,
    "\n  subscription WsExpChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": typeof types.WsExpChangesDocument,
    "\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PointsRaceConfigureDocument,
    "\n  mutation PointsRaceHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsRaceHouseholdDocument,
    "\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsRaceAdjustDocument,
    "\n  mutation PointsRaceItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsRaceItemDocument,
    "\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsRaceRedeemDocument,
    "\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsRaceCancelDocument,
    "\n  mutation PointsRaceExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsRaceExpireDocument,
    "\n  query PointsLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.PointsLinkMembershipsDocument,
    "\n  query PointsLinkHouseholds($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PointsLinkHouseholdsDocument,
    "\n  query PointsLinkResidents($household: ID) {\n    residents(first: 20, household: $household) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.PointsLinkResidentsDocument,
    "\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.PointsLinkResidentDocument,
    "\n  mutation PointsVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsVcConfigureDocument,
    "\n  mutation PointsVcAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsVcAdjustDocument,
    "\n  mutation PointsVcItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsVcItemDocument,
    "\n  mutation PointsVcRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsVcRedeemDocument,
    "\n  mutation PointsVcCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsVcCancelDocument,
    "\n  mutation PointsVcPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsVcPickUpDocument,
    "\n  query PointsVcMine {\n    pointsRedemptions(first: 100) {\n      nodes {\n        id\n        code\n        viewerCan {\n          cancel\n          pickUp\n        }\n      }\n    }\n  }\n": typeof types.PointsVcMineDocument,
    "\n  query PointsVcHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PointsVcHouseholdsDocument,
    "\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PointsConfigureDocument,
    "\n  query PointsHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": typeof types.PointsHouseholdsDocument,
    "\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        amount\n        status\n        needsApproval\n        decidedAt\n        accountId\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PointsAdjustDocument,
    "\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentApprove(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsApproveDocument,
    "\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentReject(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsRejectDocument,
    "\n  mutation PointsItemCreate($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        name\n        stock\n        pricePoints\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.PointsItemCreateDocument,
    "\n  mutation PointsItemRestock($input: PointsItemRestockInput!) {\n    pointsItemRestock(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsItemRestockDocument,
    "\n  query PointsItems {\n    pointsItems(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        stock\n      }\n    }\n  }\n": typeof types.PointsItemsDocument,
    "\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        status\n        points\n        quantity\n        code\n        redeemedByName\n        item {\n          name\n          stock\n        }\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.PointsRedeemDocument,
    "\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PointsCancelDocument,
    "\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n        status\n        pickedUpAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.PointsPickUpDocument,
    "\n  query PointsMy($first: Int) {\n    pointsMyAccount {\n      id\n      kind\n      balance\n      householdId\n      entries(first: $first) {\n        totalCount\n        nodes {\n          amount\n          balanceAfter\n          transaction {\n            kind\n            ruleKey\n            reason\n            amount\n          }\n        }\n      }\n    }\n  }\n": typeof types.PointsMyDocument,
    "\n  query PointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n    }\n  }\n": typeof types.PointsAccountDocument,
    "\n  query PointsRedemptions($accountId: ID) {\n    pointsRedemptions(accountId: $accountId) {\n      totalCount\n      nodes {\n        id\n        status\n        code\n      }\n    }\n  }\n": typeof types.PointsRedemptionsDocument,
    "\n  mutation PointsExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        id\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.PointsExpireDocument,
    "\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) {\n      issued\n      deducted\n      redeemed\n      refunded\n      expired\n      outstanding\n      byRule {\n        ruleKey\n        points\n      }\n      byGrid {\n        gridUnitId\n        gridUnit {\n          id\n          name\n        }\n        issued\n      }\n      metrics {\n        key\n        value\n      }\n    }\n  }\n": typeof types.PointsReportDocument,
    "\n    query PointsNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PointsAccount {\n          balance\n        }\n      }\n    }\n  ": typeof types.PointsNodeDocument,
    "\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VolPtsConfigureDocument,
    "\n  mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsRegisterDocument,
    "\n  mutation VolPtsJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsJoinDocument,
    "\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsActivityDocument,
    "\n  mutation VolPtsSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsSignUpDocument,
    "\n  mutation VolPtsCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsCheckInDocument,
    "\n  mutation VolPtsCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsCheckOutDocument,
    "\n  query VolPtsPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.VolPtsPendingDocument,
    "\n  mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsConfirmDocument,
    "\n  mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsCorrectDocument,
    "\n  mutation VolPtsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolPtsAdjustDocument,
    "\n  query VolPtsMyId {\n    pointsMyAccount {\n      id\n      balance\n    }\n  }\n": typeof types.VolPtsMyIdDocument,
    "\n  query VolPtsMy {\n    pointsMyAccount {\n      kind\n      balance\n      entries(first: 5) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolPtsMyDocument,
    "\n      query VolPtsMatPointsRead {\n        pointsItems(first: 1) {\n          totalCount\n        }\n      }\n    ": typeof types.VolPtsMatPointsReadDocument,
    "\n      mutation VolPtsMatRedeem($input: PointsRedeemInput!) {\n        pointsRedeem(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.VolPtsMatRedeemDocument,
    "\n      mutation VolPtsMatItem($input: PointsItemCreateInput!) {\n        pointsItemCreate(input: $input) {\n          item {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.VolPtsMatItemDocument,
    "\n      mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) {\n        pointsAdjustmentReject(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.VolPtsMatApproveDocument,
    "\n      query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) {\n        pointsReport(from: $from, to: $to) {\n          issued\n        }\n      }\n    ": typeof types.VolPtsMatReportDocument,
    "\n      query VolPtsMatTeams {\n        volunteerTeams {\n          key\n        }\n      }\n    ": typeof types.VolPtsMatTeamsDocument,
    "\n      mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) {\n        volunteerMemberJoin(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.VolPtsMatJoinDocument,
    "\n      mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) {\n        volunteerActivityCreate(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.VolPtsMatActivityDocument,
    "\n      mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) {\n        volunteerMemberRegister(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": typeof types.VolPtsMatRegisterDocument,
    "\n      query VolPtsMatLookup($idNumber: String) {\n        volunteerMembers(first: 1, idNumber: $idNumber) {\n          totalCount\n        }\n      }\n    ": typeof types.VolPtsMatLookupDocument,
    "\n      query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) {\n        volunteerHoursExport(from: $from, to: $to) {\n          name\n        }\n      }\n    ": typeof types.VolPtsMatExportDocument,
    "\n    mutation VolPtsIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.VolPtsIsoCommunityDocument,
    "\n    mutation VolPtsIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  ": typeof types.VolPtsIsoLoginDocument,
    "\n    mutation VolPtsIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.VolPtsIsoMemberDocument,
    "\n    mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) {\n      householdCreate(input: $input) {\n        household {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.VolPtsIsoHouseholdDocument,
    "\n    mutation VolPtsIsoAdjust($input: PointsAdjustInput!) {\n      pointsAdjust(input: $input) {\n        adjustment {\n          id\n          accountId\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.VolPtsIsoAdjustDocument,
    "\n    mutation VolPtsIsoItem($input: PointsItemCreateInput!) {\n      pointsItemCreate(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.VolPtsIsoItemDocument,
    "\n    mutation VolPtsIsoRedeem($input: PointsRedeemInput!) {\n      pointsRedeem(input: $input) {\n        redemption {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": typeof types.VolPtsIsoRedeemDocument,
    "\n        query VolPtsIso1($id: ID!) {\n          pointsAccount(id: $id) {\n            id\n            balance\n          }\n        }\n      ": typeof types.VolPtsIso1Document,
    "\n        query VolPtsIso2($id: ID) {\n          pointsRedemptions(accountId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      ": typeof types.VolPtsIso2Document,
    "\n        query VolPtsIsoItemRedemptions($id: ID) {\n          pointsRedemptions(itemId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      ": typeof types.VolPtsIsoItemRedemptionsDocument,
    "\n        mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentApprove(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso3Document,
    "\n        mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentReject(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso4Document,
    "\n        mutation VolPtsIso5($input: PointsExpireInput!) {\n          pointsExpire(input: $input) {\n            account {\n              id\n              balance\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso5Document,
    "\n        mutation VolPtsIso6($input: PointsItemRestockInput!) {\n          pointsItemRestock(input: $input) {\n            item {\n              id\n              stock\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso6Document,
    "\n        mutation VolPtsIso7($input: PointsItemUpdateInput!) {\n          pointsItemUpdate(input: $input) {\n            item {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso7Document,
    "\n        mutation VolPtsIso8($input: PointsRedemptionCancelInput!) {\n          pointsRedemptionCancel(input: $input) {\n            redemption {\n              id\n              code\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso8Document,
    "\n        mutation VolPtsIso9($input: VolunteerCodeInput!) {\n          volunteerCheckInByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso9Document,
    "\n        mutation VolPtsIso10($input: VolunteerCodeInput!) {\n          volunteerCheckOutByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso10Document,
    "\n        mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) {\n          volunteerHoursConfirm(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso11Document,
    "\n        mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) {\n          volunteerHoursCorrect(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso12Document,
    "\n        mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) {\n          volunteerMemberUpdate(input: $input) {\n            member {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso13Document,
    "\n        mutation VolPtsIso14($input: VolunteerSignupActInput!) {\n          volunteerSignupCancel(input: $input) {\n            signup {\n              id\n              status\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": typeof types.VolPtsIso14Document,
    "\n        query VolPtsIso15($id: ID!) {\n          volunteerActivity(id: $id) {\n            id\n            title\n            shifts {\n              id\n            }\n          }\n        }\n      ": typeof types.VolPtsIso15Document,
    "\n        query VolPtsIso16($id: ID) {\n          volunteerHours(memberId: $id) {\n            totalCount\n            nodes {\n              minutes\n            }\n          }\n        }\n      ": typeof types.VolPtsIso16Document,
    "\n        query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursExport(memberId: $id, from: $from, to: $to) {\n            name\n          }\n        }\n      ": typeof types.VolPtsIso17Document,
    "\n        query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) {\n            name\n            minutes\n          }\n        }\n      ": typeof types.VolPtsIso18Document,
    "\n  mutation ResourcesConcAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResourcesConcAddDocument,
    "\n  mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResourcesFxEnableDocument,
    "\n  query ResourcesFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n": typeof types.ResourcesFxMembersDocument,
    "\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n": typeof types.ResourcesFxForcesDocument,
    "\n  mutation ResourcesFxFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResourcesFxFundDocument,
    "\n  mutation ResourcesFxDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.ResourcesFxDonateDocument,
    "\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        title\n        category\n        status\n        source\n        gridUnitId\n        demandCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesNeedCreateDocument,
    "\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) {\n    resourcesNeedClose(input: $input) {\n      need {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesNeedCloseDocument,
    "\n  query ResourcesNeedGet($id: ID!) {\n    resourcesNeed(id: $id) {\n      id\n      title\n      category\n      categoryName\n      status\n      source\n      demandCount\n      gridUnitId\n      sourceId\n      reason\n      metAt\n      project {\n        id\n        status\n      }\n    }\n  }\n": typeof types.ResourcesNeedGetDocument,
    "\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        status\n        source\n        demandCount\n        gridUnitId\n        sourceId\n      }\n    }\n  }\n": typeof types.ResourcesNeedsDocument,
    "\n  query ResourcesMatches($needId: ID!, $first: Int) {\n    resourcesNeedMatches(needId: $needId, first: $first) {\n      score\n      reasons\n      resource {\n        id\n        title\n      }\n    }\n  }\n": typeof types.ResourcesMatchesDocument,
    "\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n        kind\n        category\n        gridUnitId\n        valueFen\n        quantity\n        unit\n        active\n        editable\n        provider {\n          id\n          type\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesResourceCreateDocument,
    "\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) {\n    resourcesResourceUpdate(input: $input) {\n      resource {\n        id\n        title\n        active\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesResourceUpdateDocument,
    "\n  query ResourcesResourceGet($id: ID!) {\n    resourcesResource(id: $id) {\n      id\n      title\n      provider {\n        name\n      }\n    }\n  }\n": typeof types.ResourcesResourceGetDocument,
    "\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) {\n      survey {\n        id\n        title\n        status\n        responsesCount\n        questions {\n          key\n          kind\n          options {\n            key\n            label\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesSurveyCreateDocument,
    "\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) {\n    resourcesSurveyAnswer(input: $input) {\n      survey {\n        id\n        responsesCount\n        answered\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesSurveyAnswerDocument,
    "\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) {\n    resourcesSurveyClose(input: $input) {\n      survey {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesSurveyCloseDocument,
    "\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) {\n      needs {\n        id\n        title\n        category\n        demandCount\n        source\n        sourceId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesSurveyToNeedsDocument,
    "\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) {\n      id\n      status\n      responsesCount\n      answered\n      results {\n        key\n        answered\n        texts\n        options {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.ResourcesSurveyGetDocument,
    "\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        budgetFen\n        resourceValueFen\n        need {\n          id\n          status\n        }\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesProjectCreateDocument,
    "\n  mutation ResourcesProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesProjectStartDocument,
    "\n  mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) {\n    resourcesProjectComplete(input: $input) {\n      project {\n        id\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesProjectCompleteDocument,
    "\n  mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) {\n    resourcesProjectCancel(input: $input) {\n      project {\n        id\n        status\n        reason\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesProjectCancelDocument,
    "\n  mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) {\n    resourcesMilestoneAdd(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesMilestoneAddDocument,
    "\n  mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) {\n    resourcesMilestoneSet(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesMilestoneSetDocument,
    "\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) {\n      project {\n        id\n        fundingStatus\n        fundingAmountFen\n        fundingDisbursementId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.ResourcesFundingRequestDocument,
    "\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id\n      title\n      status\n      budgetFen\n      fundingStatus\n      fundingAmountFen\n      fundingError\n      fundingDisbursementId\n      ownerName\n      resourceValueFen\n      need {\n        id\n        status\n      }\n      resources {\n        quantity\n        valueFen\n        resource {\n          id\n          title\n        }\n      }\n      milestones {\n        id\n        title\n        done\n        position\n      }\n      permissions {\n        start\n        complete\n        cancel\n        editMilestones\n        requestFunding\n      }\n    }\n  }\n": typeof types.ResourcesProjectGetDocument,
    "\n  mutation ResourcesIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": typeof types.ResourcesIsoLoginDocument,
    "\n  mutation ResourcesIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": typeof types.ResourcesIsoCommunityDocument,
    "\n  mutation ResourcesIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ResourcesIsoMemberDocument,
    "\n  mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ResourcesIsoEnableDocument,
    "\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n  }\n": typeof types.ResourcesIsoForcesDocument,
    "\n  query ResourcesIsoMembers {\n    memberships {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": typeof types.ResourcesIsoMembersDocument,
    "\n  mutation ResourcesIsoFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ResourcesIsoFundDocument,
    "\n  query ResourcesFundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      nodes {\n        id\n        status\n        amountFen\n        purpose\n        projectRef\n      }\n    }\n  }\n": typeof types.ResourcesFundRequestsDocument,
    "\n  mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ResourcesFundApproveDocument,
    "\n  mutation ResourcesFundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ResourcesFundPayDocument,
    "\n  mutation ResourcesToggle($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.ResourcesToggleDocument,
    "\n  query StationBookingViewerCanNode($id: ID!) {\n    node(id: $id) {\n      ... on StationBooking {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n": typeof types.StationBookingViewerCanNodeDocument,
    "\n  query StationBookingViewerCanMine {\n    myStationBookings(first: 100, includeCancelled: true) {\n      nodes {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n": typeof types.StationBookingViewerCanMineDocument,
    "\n  mutation StationsEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StationsEnableDocument,
    "\n  mutation StationsAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StationsAddMemberDocument,
    "\n  query StationsWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n  }\n": typeof types.StationsWhereDocument,
    "\n  mutation StationsCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.StationsCommunityCreateDocument,
    "\n  mutation StationsLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.StationsLoginDocument,
    "\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n        name\n        kind\n        kindName\n        address\n        gridUnitId\n        features\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationCreateDocument,
    "\n  mutation StationUpdate($input: StationUpdateInput!) {\n    stationUpdate(input: $input) {\n      station {\n        id\n        name\n        active\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationUpdateDocument,
    "\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n        name\n        category\n        grouping\n        slotMinutes\n        capacity\n        bookable\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationServiceCreateDocument,
    "\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) {\n    stationServiceUpdate(input: $input) {\n      service {\n        id\n        capacity\n        grouping\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationServiceUpdateDocument,
    "\n  mutation StationClosureAdd($input: StationClosureAddInput!) {\n    stationClosureAdd(input: $input) {\n      closure {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationClosureAddDocument,
    "\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) {\n    stationClosureRemove(input: $input) {\n      closure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationClosureRemoveDocument,
    "\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n        status\n        startsAt\n        endsAt\n        mine\n        bookedBy\n        service {\n          id\n        }\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationBookDocument,
    "\n  mutation StationCancel($input: StationBookingActInput!) {\n    stationBookingCancel(input: $input) {\n      booking {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationCancelDocument,
    "\n  mutation StationAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n        status\n        attendedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.StationAttendDocument,
    "\n  query StationGet($id: ID!) {\n    station(id: $id) {\n      id\n      name\n      kind\n      kindName\n      address\n      gridUnitId\n      features\n      phone\n      active\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      services {\n        id\n        name\n        category\n        grouping\n        capacity\n        slotMinutes\n      }\n    }\n  }\n": typeof types.StationGetDocument,
    "\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": typeof types.StationListDocument,
    "\n  query StationCatalogQ {\n    stationCatalog {\n      lifeCircleMinutes\n      kinds {\n        key\n        name\n        stationCount\n      }\n      groupings {\n        key\n        name\n        services {\n          id\n          name\n        }\n      }\n      categories {\n        key\n        name\n      }\n    }\n  }\n": typeof types.StationCatalogQDocument,
    "\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      capacity\n      booked\n      remaining\n    }\n  }\n": typeof types.StationSlotsDocument,
    "\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n        bookedBy\n        mine\n      }\n    }\n  }\n": typeof types.StationBookingsDocument,
    "\n  query StationMine($all: Boolean) {\n    myStationBookings(first: 100, includeCancelled: $all) {\n      totalCount\n      nodes {\n        id\n        status\n        mine\n      }\n    }\n  }\n": typeof types.StationMineDocument,
    "\n    query StationsMatrixNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on StationBooking {\n          status\n        }\n      }\n    }\n  ": typeof types.StationsMatrixNodeDocument,
    "\n  query StationsIsoStation($id: ID!) {\n    station(id: $id) {\n      id\n      name\n    }\n  }\n": typeof types.StationsIsoStationDocument,
    "\n  query StationsIsoSlots($id: ID!) {\n    stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") {\n      startsAt\n    }\n  }\n": typeof types.StationsIsoSlotsDocument,
    "\n  query StationsIsoBookings($id: ID!) {\n    stationBookings(stationId: $id) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": typeof types.StationsIsoBookingsDocument,
    "\n      query StationsIsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n        }\n      }\n    ": typeof types.StationsIsoNodesDocument,
    "\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VolunteerPiiConfigureDocument,
    "\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        idNumberMasked\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.VolunteerPiiRegisterDocument,
    "\n  mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.VolunteerPiiJoinDocument,
    "\n  mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) {\n    volunteerMemberUpdate(input: $input) {\n      member {\n        id\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.VolunteerPiiUpdateDocument,
    "\n  query VolunteerPiiLookup($idNumber: String) {\n    volunteerMembers(first: 5, idNumber: $idNumber) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerPiiLookupDocument,
    "\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on VolunteerMember {\n        name\n        idNumberMasked\n        idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\")\n      }\n    }\n  }\n": typeof types.VolunteerPiiReadDocument,
    "\n  query VolunteerPiiMe {\n    volunteerMe {\n      id\n      idNumber\n      idNumberMasked\n    }\n  }\n": typeof types.VolunteerPiiMeDocument,
    "\n  query VolunteerPiiMeUnmasked {\n    volunteerMe {\n      id\n      idNumber(unmasked: true)\n    }\n  }\n": typeof types.VolunteerPiiMeUnmaskedDocument,
    "\n  query VolunteerPiiAccessLog {\n    personalDataAccessLog(first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n        account\n      }\n    }\n  }\n": typeof types.VolunteerPiiAccessLogDocument,
    "\n  mutation VolunteerVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerVcConfigureDocument,
    "\n  mutation VolunteerVcJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerVcJoinDocument,
    "\n  mutation VolunteerVcActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerVcActivityDocument,
    "\n  mutation VolunteerVcSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerVcSignUpDocument,
    "\n  mutation VolunteerVcCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerVcCancelDocument,
    "\n  mutation VolunteerVcCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerVcCheckInDocument,
    "\n  mutation VolunteerVcCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerVcCheckOutDocument,
    "\n  query VolunteerVcNode($id: ID!) {\n    node(id: $id) {\n      ... on VolunteerSignup {\n        id\n        viewerCan {\n          cancel\n          checkIn\n          checkOut\n        }\n      }\n    }\n  }\n": typeof types.VolunteerVcNodeDocument,
    "\n  query VolunteerVcMine($shift: ID!) {\n    node(id: $shift) {\n      ... on VolunteerShift {\n        mySignup {\n          id\n          viewerCan {\n            cancel\n            checkIn\n            checkOut\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerVcMineDocument,
    "\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": typeof types.VolunteerConfigureDocument,
    "\n  query VolunteerTeams {\n    volunteerTeams {\n      key\n      name\n    }\n  }\n": typeof types.VolunteerTeamsDocument,
    "\n  query VolunteerRecords {\n    volunteers(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerRecordsDocument,
    "\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        name\n        teams\n        volunteerRecordId\n        idNumberMasked\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.VolunteerRegisterDocument,
    "\n  mutation VolunteerJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n        name\n        teams\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.VolunteerJoinDocument,
    "\n  query VolunteerMe {\n    volunteerMe {\n      id\n      name\n      teams\n      idNumberMasked\n    }\n  }\n": typeof types.VolunteerMeDocument,
    "\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        title\n        shifts {\n          id\n          capacity\n          signedUp\n          checkInCode\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.VolunteerActivityCreateDocument,
    "\n  query VolunteerActivity($id: ID!) {\n    volunteerActivity(id: $id) {\n      id\n      title\n      shifts {\n        id\n        capacity\n        signedUp\n        waitlisted\n        checkInCode\n        mySignup {\n          id\n          status\n        }\n        signups {\n          id\n          status\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.VolunteerActivityDocument,
    "\n  mutation VolunteerSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": typeof types.VolunteerSignUpDocument,
    "\n  mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerSignupCancelDocument,
    "\n  mutation VolunteerCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n        status\n        checkedInAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerCheckInDocument,
    "\n  mutation VolunteerCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n        status\n        checkedOutAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerCheckOutDocument,
    "\n  mutation VolunteerCodeIn($input: VolunteerCodeInput!) {\n    volunteerCheckInByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerCodeInDocument,
    "\n  mutation VolunteerCodeOut($input: VolunteerCodeInput!) {\n    volunteerCheckOutByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerCodeOutDocument,
    "\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) {\n      totalCount\n      nodes {\n        id\n        minutes\n        kind\n        status\n        activityTitle\n        serviceDate\n        correctsId\n        reason\n        member {\n          name\n        }\n      }\n    }\n  }\n": typeof types.VolunteerHoursDocument,
    "\n  mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n        status\n        minutes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerHoursConfirmDocument,
    "\n  mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n        kind\n        minutes\n        correctsId\n        corrects {\n          id\n          minutes\n          kind\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": typeof types.VolunteerHoursCorrectDocument,
    "\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) {\n    volunteerHoursTotals(from: $from, to: $to, period: $period) {\n      name\n      period\n      minutes\n      memberId\n      member {\n        id\n        name\n      }\n    }\n  }\n": typeof types.VolunteerTotalsDocument,
    "\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerHoursExport(from: $from, to: $to) {\n      name\n      idNumberMasked\n      organization\n      activity\n      date\n      hours\n    }\n  }\n": typeof types.VolunteerExportDocument,
    "\n  query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n": typeof types.VolunteerMetricsDocument,
    "\n  query VolunteerPointsMy {\n    pointsMyAccount {\n      balance\n    }\n  }\n": typeof types.VolunteerPointsMyDocument,
};
const documents: Documents = {
    "\n  query AccBaojiLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        votingUnit\n        quorumPercent\n        steps\n      }\n    }\n  }\n": types.AccBaojiLevelsDocument,
    "\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n        level {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiBodyCreateDocument,
    "\n  mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiRaiseDocument,
    "\n  mutation AccBaojiScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiScreenDocument,
    "\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiEscalateDocument,
    "\n  mutation AccBaojiComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiCommentDocument,
    "\n  mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        eligible\n        votingUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiVoteOpenDocument,
    "\n  mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiVoteCastDocument,
    "\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        quorumMet\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiVoteCloseDocument,
    "\n  mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiTaskAddDocument,
    "\n  mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiTaskDoneDocument,
    "\n  mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiCompleteDocument,
    "\n  mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiEvaluateDocument,
    "\n  mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccBaojiCloseEvalDocument,
    "\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      title\n      decidedAt\n      body {\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n": types.AccBaojiTopicDocument,
    "\n  query AccChangzhouLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        threshold\n        steps\n        onlineDiscussionOpen\n      }\n    }\n  }\n": types.AccChangzhouLevelsDocument,
    "\n  mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouBodyCreateDocument,
    "\n  mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouRaiseDocument,
    "\n  mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouScreenDocument,
    "\n  mutation AccChangzhouComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        authorName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouCommentDocument,
    "\n  mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouEscalateDocument,
    "\n  mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        threshold\n        eligible\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouVoteOpenDocument,
    "\n  mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouVoteCastDocument,
    "\n  mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        tally {\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouVoteCloseDocument,
    "\n  query AccChangzhouTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      body {\n        levelKey\n      }\n      history {\n        action\n      }\n      comments {\n        totalCount\n      }\n    }\n  }\n": types.AccChangzhouTopicDocument,
    "\n  mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouJoinDocument,
    "\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouActivityDocument,
    "\n  mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouSignUpDocument,
    "\n  mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouCheckInDocument,
    "\n  mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouCheckOutDocument,
    "\n  query AccChangzhouPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n        minutes\n      }\n    }\n  }\n": types.AccChangzhouPendingDocument,
    "\n  mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouConfirmDocument,
    "\n  query AccChangzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n": types.AccChangzhouMyPointsDocument,
    "\n  mutation AccChangzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouItemDocument,
    "\n  mutation AccChangzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccChangzhouRedeemDocument,
    "\n  query AccChangzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n": types.AccChangzhouItemsDocument,
    "\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingForcesDocument,
    "\n  mutation AccFengqingFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingFundDocument,
    "\n  mutation AccFengqingDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        amountFen\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingDonateDocument,
    "\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AccFengqingRequestDocument,
    "\n  mutation AccFengqingApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingApproveDocument,
    "\n  mutation AccFengqingPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingPayDocument,
    "\n  query AccFengqingDisbursement($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        status\n        councilDecision\n        approvalsCount\n        purposeName\n      }\n    }\n  }\n": types.AccFengqingDisbursementDocument,
    "\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      incomeFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        moneyFen\n      }\n      spending {\n        purposeName\n        amountFen\n      }\n    }\n  }\n": types.AccFengqingStatementDocument,
    "\n  query AccFengqingLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        cadence\n      }\n    }\n  }\n": types.AccFengqingLevelsDocument,
    "\n  mutation AccFengqingBody($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        rules {\n          cadence\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingBodyDocument,
    "\n  query AccFengqingBodyDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n": types.AccFengqingBodyDueDocument,
    "\n  mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingRaiseDocument,
    "\n  mutation AccFengqingScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingScreenDocument,
    "\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingScheduleDocument,
    "\n  mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingAttendDocument,
    "\n  mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingVoteOpenDocument,
    "\n  mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingVoteCastDocument,
    "\n  mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingVoteCloseDocument,
    "\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        status\n        attendance {\n          name\n        }\n        decisions {\n          passed\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingMeetingCloseDocument,
    "\n  mutation AccFengqingCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingCreateDocument,
    "\n  mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingDispatchDocument,
    "\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingEscalateDocument,
    "\n  mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        status\n        escalationAnswer\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingAnswerDocument,
    "\n  mutation AccFengqingRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccFengqingRateDocument,
    "\n  query AccFengqingGet($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      escalatedTo\n      escalationAnswer\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n": types.AccFengqingGetDocument,
    "\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AcceptanceMemberAddDocument,
    "\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AcceptanceHouseholdCreateDocument,
    "\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AcceptanceResidentCreateDocument,
    "\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AcceptanceResidentLinkDocument,
    "\n  mutation AcceptanceSeat($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AcceptanceSeatDocument,
    "\n  query AcceptanceMe {\n    me {\n      id\n    }\n  }\n": types.AcceptanceMeDocument,
    "\n  query AcceptanceModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n": types.AcceptanceModulesDocument,
    "\n  query AcceptanceChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n": types.AcceptanceChangesDocument,
    "\n  mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) {\n    socialWorkerCreate(input: $input) {\n      socialWorker {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouSocialWorkerDocument,
    "\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouCreateDocument,
    "\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n        assistantIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouDispatchDocument,
    "\n  mutation AccPanzhouClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouClaimDocument,
    "\n  mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouResolveDocument,
    "\n  mutation AccPanzhouRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouRateDocument,
    "\n  query AccPanzhouMine($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      takerName\n      result\n      rating\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n": types.AccPanzhouMineDocument,
    "\n  query AccPanzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n": types.AccPanzhouMyPointsDocument,
    "\n  mutation AccPanzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouItemDocument,
    "\n  mutation AccPanzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n        code\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccPanzhouRedeemDocument,
    "\n  query AccPanzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n": types.AccPanzhouItemsDocument,
    "\n  query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      items {\n        key\n        module\n        value\n      }\n    }\n  }\n": types.AccPanzhouOutcomesDocument,
    "\n  mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianGridUnitDocument,
    "\n  mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianPlaceDocument,
    "\n  mutation AccSanshundianDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianDutyDocument,
    "\n  mutation AccSanshundianReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianReportDocument,
    "\n  query AccSanshundianMyMember {\n    partyMyMember {\n      name\n      serviceMinutes\n      serviceRecords(first: 10) {\n        source\n        title\n        minutes\n        rating\n      }\n    }\n  }\n": types.AccSanshundianMyMemberDocument,
    "\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        gridUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianCreateDocument,
    "\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianDispatchDocument,
    "\n  mutation AccSanshundianClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianClaimDocument,
    "\n  mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianResolveDocument,
    "\n  mutation AccSanshundianRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianRateDocument,
    "\n  mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianPartyUnitDocument,
    "\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        position\n        startMonth\n        endMonth\n        current\n        unit {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianRotateDocument,
    "\n  query AccSanshundianChair {\n    partyChair {\n      year\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.AccSanshundianChairDocument,
    "\n  mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) {\n    cobuildingUnitCreate(input: $input) {\n      cobuildingUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianCobuildDocument,
    "\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AccSanshundianResourceDocument,
    "\n  mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianNeedDocument,
    "\n  query AccSanshundianMatches($needId: ID!) {\n    resourcesNeedMatches(needId: $needId) {\n      score\n      reasons\n      resource {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n": types.AccSanshundianMatchesDocument,
    "\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        ownerName\n        need {\n          status\n        }\n        resources {\n          resource {\n            title\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.AccSanshundianProjectDocument,
    "\n  mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.AccSanshundianProjectStartDocument,
    "\n  mutation BoardTestLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.BoardTestLoginDocument,
    "\n  query BoardTestResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.BoardTestResidentsDocument,
    "\n  query BoardTestMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        displayName\n      }\n    }\n  }\n": types.BoardTestMembersDocument,
    "\n  mutation BoardTestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        grid {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BoardTestCreateDocument,
    "\n  mutation BoardTestDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.BoardTestDispatchDocument,
    "\n  query BoardTestChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types, first: 500) {\n      events {\n        cursor\n      }\n      hasMore\n    }\n  }\n": types.BoardTestChangesDocument,
    "\n  mutation CoreForcesCreate(\n    $org: SocialOrganizationCreateInput!\n    $worker: SocialWorkerCreateInput!\n    $vol: VolunteerCreateInput!\n    $unit: CobuildingUnitCreateInput!\n    $charity: CharityResourceCreateInput!\n  ) {\n    org: socialOrganizationCreate(input: $org) {\n      record: socialOrganization {\n        id\n        name\n        contactPhone\n        status\n        services\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    worker: socialWorkerCreate(input: $worker) {\n      record: socialWorker {\n        id\n        name\n        contactPhone\n        kind\n        certificate\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    vol: volunteerCreate(input: $vol) {\n      record: volunteer {\n        id\n        name\n        contactPhone\n        team\n        skills\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    unit: cobuildingUnitCreate(input: $unit) {\n      record: cobuildingUnit {\n        id\n        name\n        contactPhone\n        unitType\n        partyOrganization\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    charity: charityResourceCreate(input: $charity) {\n      record: charityResource {\n        id\n        name\n        contactPhone\n        kind\n        offers\n        anonymous\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreForcesCreateDocument,
    "\n  mutation CoreForcesUpdate(\n    $org: SocialOrganizationUpdateInput!\n    $worker: SocialWorkerUpdateInput!\n    $vol: VolunteerUpdateInput!\n    $unit: CobuildingUnitUpdateInput!\n    $charity: CharityResourceUpdateInput!\n  ) {\n    org: socialOrganizationUpdate(input: $org) {\n      record: socialOrganization {\n        name\n        status\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    worker: socialWorkerUpdate(input: $worker) {\n      record: socialWorker {\n        name\n        certificate\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    vol: volunteerUpdate(input: $vol) {\n      record: volunteer {\n        name\n        skills\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    unit: cobuildingUnitUpdate(input: $unit) {\n      record: cobuildingUnit {\n        name\n        partyOrganization\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    charity: charityResourceUpdate(input: $charity) {\n      record: charityResource {\n        name\n        anonymous\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CoreForcesUpdateDocument,
    "\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    worker: socialWorkers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    vol: volunteers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    charity: charityResources(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n  }\n": types.CoreForcesListDocument,
    "\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) {\n    volunteerCreate(input: $input) {\n      volunteer {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreVolunteerCreateDocument,
    "\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreMemberAddDocument,
    "\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreMemberUpdateDocument,
    "\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        permissions\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreKeyCreateDocument,
    "\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CoreKeyRevokeDocument,
    "\n  query CoreProbe {\n    households(first: 1) {\n      totalCount\n    }\n  }\n": types.CoreProbeDocument,
    "\n  query CoreProbeResidents {\n    residents(first: 1) {\n      nodes {\n        phone(unmasked: true)\n      }\n    }\n  }\n": types.CoreProbeResidentsDocument,
    "\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CoreProbeWriteDocument,
    "\n  query CoreLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        resident {\n          id\n        }\n      }\n    }\n  }\n": types.CoreLinkMembershipsDocument,
    "\n  query CoreLinkResidents {\n    residents(first: 3) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CoreLinkResidentsDocument,
    "\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreLinkResidentDocument,
    "\n  mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CoreLinkMoveOutDocument,
    "\n  query CoreCommunityModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n": types.CoreCommunityModulesDocument,
    "\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        name\n        preset\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreCommunityCreateDocument,
    "\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) {\n    communityUpdate(input: $input) {\n      community {\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreCommunityUpdateDocument,
    "\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n        address\n        tags\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreHouseholdCreateDocument,
    "\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        number\n        address\n        building\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreHouseholdUpdateDocument,
    "\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        id\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CoreHouseholdCloseDocument,
    "\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) {\n      totalCount\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": types.CoreHouseholdsDocument,
    "\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        age\n        idNumber\n        phone\n        household {\n          number\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CoreResidentCreateDocument,
    "\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        idNumber(unmasked: $unmasked)\n        phone\n      }\n    }\n  }\n": types.CoreResidentPersonalDocument,
    "\n  query CoreResidentPhone($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        phone(unmasked: true)\n      }\n    }\n  }\n": types.CoreResidentPhoneDocument,
    "\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        name\n        sensitive {\n          disability\n          hardship\n          healthNote\n        }\n      }\n    }\n  }\n": types.CoreResidentSensitiveDocument,
    "\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n": types.CoreResidentPageDocument,
    "\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CoreConfigureDocument,
    "\n  mutation CorePiiLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CorePiiLoginDocument,
    "\n  query CorePiiMe {\n    me {\n      login\n      phone\n    }\n  }\n": types.CorePiiMeDocument,
    "\n  query CorePiiMembers {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone\n      }\n    }\n  }\n": types.CorePiiMembersDocument,
    "\n  query CorePiiMembersUnmasked {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone(unmasked: true, reason: \"核对联系方式\")\n      }\n    }\n  }\n": types.CorePiiMembersUnmaskedDocument,
    "\n  mutation CorePiiAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CorePiiAddMemberDocument,
    "\n  query CorePiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n      }\n    }\n  }\n": types.CorePiiAccessLogDocument,
    "\n  query CorePiiRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      title\n      description\n      address\n    }\n  }\n": types.CorePiiRequestDocument,
    "\n  query CorePiiRequests {\n    serviceRequests(first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n": types.CorePiiRequestsDocument,
    "\n  query CorePiiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      title\n      description\n    }\n  }\n": types.CorePiiTopicDocument,
    "\n  mutation CorePiiOrgCreate($input: SocialOrganizationCreateInput!) {\n    socialOrganizationCreate(input: $input) {\n      socialOrganization {\n        id\n        contactPhone\n        description\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CorePiiOrgCreateDocument,
    "\n  query CorePiiOrgs {\n    socialOrganizations(first: 50) {\n      nodes {\n        id\n        name\n        contactPhone\n        description\n      }\n    }\n  }\n": types.CorePiiOrgsDocument,
    "\n  query CorePiiSearch($phone: String, $idNumber: String) {\n    residents(first: 5, phone: $phone, idNumber: $idNumber) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CorePiiSearchDocument,
    "\n  mutation CorePiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CorePiiResidentCreateDocument,
    "\n  mutation CorePiiHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CorePiiHouseholdCreateDocument,
    "\n  mutation CorePiiExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CorePiiExportDocument,
    "\n  mutation CorePiiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CorePiiKeyDocument,
    "\n  query CouncilGridBodies {\n    councilBodies(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CouncilGridBodiesDocument,
    "\n  query CouncilGridTopics {\n    councilTopics(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CouncilGridTopicsDocument,
    "\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) {\n      id\n    }\n    councilTopic(id: $topic) {\n      id\n    }\n    councilVote(id: $vote) {\n      id\n    }\n    councilMeeting(id: $meeting) {\n      id\n    }\n    node(id: $body) {\n      id\n    }\n  }\n": types.CouncilGridLookDocument,
    "\n  query CouncilGridBoard($bodyId: ID!) {\n    councilBoardChanges(bodyId: $bodyId) {\n      endCursor\n    }\n  }\n": types.CouncilGridBoardDocument,
    "\n  mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CouncilGridMeetingDocument,
    "\n  mutation CouncilGridComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.CouncilGridCommentDocument,
    "\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilConfigureDocument,
    "\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilCommunityCreateDocument,
    "\n  mutation CouncilLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CouncilLoginDocument,
    "\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilMembershipAddDocument,
    "\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CouncilHouseholdCreateDocument,
    "\n  query CouncilMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.CouncilMembershipsDocument,
    "\n  query CouncilHouseholds {\n    households(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CouncilHouseholdsDocument,
    "\n  query CouncilLevels {\n    councilLevels {\n      key\n      name\n      index\n      rules {\n        quorumPercent\n        threshold\n        votingUnit\n        cadence\n        onlineDiscussionOpen\n        steps\n        allowVoteChange\n      }\n    }\n  }\n": types.CouncilLevelsDocument,
    "\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        name\n        levelKey\n        level {\n          key\n          name\n          index\n        }\n        rules {\n          steps\n          votingUnit\n          threshold\n          quorumPercent\n          cadence\n          onlineDiscussionOpen\n        }\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilBodyCreateDocument,
    "\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n        role\n        votes\n        householdId\n        displayName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilMemberAddDocument,
    "\n  mutation CouncilMemberEnd($input: CouncilMemberEndInput!) {\n    councilMemberEnd(input: $input) {\n      member {\n        id\n        endedAt\n        votes\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilMemberEndDocument,
    "\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilTopicRaiseDocument,
    "\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        rejectReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilTopicScreenDocument,
    "\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilTopicEscalateDocument,
    "\n  mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) {\n    councilTopicResolve(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilTopicResolveDocument,
    "\n  mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        id\n        status\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilTopicCompleteDocument,
    "\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilTopicCloseEvaluationDocument,
    "\n  mutation CouncilCommentPost($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n        authorName\n        text\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilCommentPostDocument,
    "\n  mutation CouncilTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n        ownerName\n        dueOn\n        overdue\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilTaskAddDocument,
    "\n  mutation CouncilTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        id\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilTaskDoneDocument,
    "\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilTopicEvaluateDocument,
    "\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        status\n        eligible\n        quorumPercent\n        threshold\n        votingUnit\n        allowChange\n        options\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilVoteOpenDocument,
    "\n  mutation CouncilVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilVoteCastDocument,
    "\n  mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) {\n    councilVoteEnter(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilVoteEnterDocument,
    "\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        id\n        status\n        quorumMet\n        passed\n        winner\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilVoteCloseDocument,
    "\n  query CouncilVoteGet($id: ID!) {\n    councilVote(id: $id) {\n      id\n      status\n      passed\n      quorumMet\n      ballotCount\n      tally {\n        option\n        count\n      }\n      ballots {\n        choice\n        channel\n        enteredBy\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n": types.CouncilVoteGetDocument,
    "\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      step\n      title\n      fundRequestFen\n      decidedAt\n      doneAt\n      body {\n        id\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      comments {\n        totalCount\n        nodes {\n          authorName\n          text\n        }\n      }\n      tasks {\n        title\n        doneAt\n      }\n      votes {\n        id\n        passed\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n": types.CouncilTopicGetDocument,
    "\n  query CouncilIsoGridUnits {\n    gridUnits(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.CouncilIsoGridUnitsDocument,
    "\n  mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilIsoGridUnitCreateDocument,
    "\n  mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CouncilIsoMeetingDocument,
    "\n  mutation CouncilIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n": types.CouncilIsoHouseholdDocument,
    "\n  mutation CouncilIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n": types.CouncilIsoMemberDocument,
    "\n  query CouncilPermBodies {\n    councilBodies {\n      totalCount\n    }\n  }\n": types.CouncilPermBodiesDocument,
    "\n  mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilPermMeetingDocument,
    "\n  mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilPermAttendDocument,
    "\n  mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilPermDocumentDocument,
    "\n  query CouncilPermCommunity {\n    community {\n      id\n    }\n  }\n": types.CouncilPermCommunityDocument,
    "\n    mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) {\n      councilTopicComplete(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.CouncilPermCompleteDocument,
    "\n      query CouncilPermNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": types.CouncilPermNodeDocument,
    "\n      mutation CouncilPermBody($input: CouncilBodyCreateInput!) {\n        councilBodyCreate(input: $input) {\n          body {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.CouncilPermBodyDocument,
    "\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilReminderMeetingDocument,
    "\n  mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilReminderMeetingCloseDocument,
    "\n  query CouncilReminderNextDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n": types.CouncilReminderNextDueDocument,
    "\n  query CouncilReminderChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n": types.CouncilReminderChangesDocument,
    "\n  query CouncilTopicViewerCan($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      viewerCan {\n        accept\n        reject\n        escalate\n        resolve\n        complete\n        closeEvaluation\n      }\n    }\n  }\n": types.CouncilTopicViewerCanDocument,
    "\n  query CouncilMeetingViewerCan($id: ID!) {\n    councilMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        addAgenda\n        recordAttendance\n        close\n      }\n    }\n  }\n": types.CouncilMeetingViewerCanDocument,
    "\n  mutation CouncilVcSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CouncilVcScheduleDocument,
    "\n  mutation CouncilVcAgenda($input: CouncilAgendaAddInput!) {\n    councilAgendaAdd(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CouncilVcAgendaDocument,
    "\n  mutation CouncilVcAttendance($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CouncilVcAttendanceDocument,
    "\n  mutation CouncilVcClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.CouncilVcCloseDocument,
    "\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        kind\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.CouncilMeetingScheduleDocument,
    "\n  mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendanceCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilAttendanceRecordDocument,
    "\n  mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilMeetingAttendDocument,
    "\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        attendance {\n          name\n          channel\n          isMember\n        }\n        decisions {\n          id\n          passed\n          topic {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilMeetingCloseDocument,
    "\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n        version\n        kind\n        title\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.CouncilDocumentPublishDocument,
    "\n  query CouncilBodyDocs($id: ID!, $all: Boolean) {\n    councilBody(id: $id) {\n      id\n      nextMeetingDue\n      votingSeats\n      documents(allVersions: $all) {\n        version\n        kind\n        title\n        text\n      }\n    }\n  }\n": types.CouncilBodyDocsDocument,
    "\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) {\n      meetingsHeld\n      topicsRaised\n      topicsDecided\n      topicsDone\n      averageDaysToDone\n      participationPercent\n      levels {\n        levelKey\n        meetingsHeld\n        topicsRaised\n        topicsDecided\n        topicsDone\n      }\n    }\n  }\n": types.CouncilStatsDocument,
    "\n  query CouncilChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n": types.CouncilChangesDocument,
    "\n          mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n                message\n              }\n            }\n          }\n        ": types.CouncilBaojiConfigureDocument,
    "\n    query CouncilDispatchTopics($bodyId: ID) {\n      councilTopics(bodyId: $bodyId) {\n        nodes {\n          title\n          status\n          source\n        }\n      }\n    }\n  ": types.CouncilDispatchTopicsDocument,
    "\n  mutation DispatchGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchGridUnitDocument,
    "\n  mutation DispatchGridDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchGridDutyDocument,
    "\n  mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchGridPlaceDocument,
    "\n  mutation DispatchGridHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchGridHouseholdDocument,
    "\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        gridUnit\n        takerName\n        dueAt\n        overdue\n        requester {\n          id\n          name\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n": types.DispatchBoardPageDocument,
    "\n    query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n      dispatchBoard(first: $first, after: $after, last: $last, before: $before) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  ": types.DispatchBoardPagedDocument,
    "\n  query DispatchEscalationTargets($category: String) {\n    dispatchEscalationTargets(category: $category) {\n      name\n      source\n      target\n      kind\n      categories\n    }\n  }\n": types.DispatchEscalationTargetsDocument,
    "\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n        escalatedToTarget\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchEscalationEscalateDocument,
    "\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchEscalationPartyTargetCreateDocument,
    "\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n    partyEscalationTargetUpdate(input: $input) {\n      target {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchEscalationPartyTargetUpdateDocument,
    "\n  query DispatchEscalationPartyTargets {\n    partyEscalationTargets {\n      id\n      name\n    }\n  }\n": types.DispatchEscalationPartyTargetsDocument,
    "\n  mutation DispatchFilterUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchFilterUnitDocument,
    "\n  mutation DispatchFilterHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchFilterHouseholdDocument,
    "\n  mutation DispatchFilterPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchFilterPlaceDocument,
    "\n  query DispatchFilterList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $kind: [String!]\n    $category: [String!]\n    $channel: [DispatchChannel!]\n    $grid: ID\n    $status: [ServiceRequestStatus!]\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n    $orderBy: ServiceRequestOrder\n  ) {\n    serviceRequests(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      kind: $kind\n      category: $category\n      channel: $channel\n      grid: $grid\n      status: $status\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        createdAt\n        kind\n        category\n        channel\n        status\n        household {\n          id\n        }\n      }\n    }\n  }\n": types.DispatchFilterListDocument,
    "\n  query DispatchFilterCatalog {\n    dispatchCatalog {\n      kinds {\n        key\n        name\n        route\n        deadlineHours\n      }\n      categories {\n        key\n        name\n        deadlineHours\n      }\n      channels {\n        channel\n        name\n      }\n      routes {\n        route\n        name\n      }\n      assistants\n      secretaryStudio\n    }\n  }\n": types.DispatchFilterCatalogDocument,
    "\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchConfigureDocument,
    "\n  query DispatchMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        roles\n      }\n    }\n  }\n": types.DispatchMembersDocument,
    "\n  query DispatchResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n        }\n      }\n    }\n  }\n": types.DispatchResidentsDocument,
    "\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        onBehalf\n        dueAt\n        gridUnit\n        requester {\n          id\n        }\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchCreateDocument,
    "\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        id\n        status\n        route\n        takerName\n        assistantIds\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchDispatchDocument,
    "\n  mutation DispatchClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchClaimDocument,
    "\n  mutation DispatchNote($input: ServiceRequestNoteInput!) {\n    serviceRequestNote(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchNoteDocument,
    "\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) {\n    serviceRequestHandOver(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchHandOverDocument,
    "\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchEscalateDocument,
    "\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationAnswer\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchAnswerDocument,
    "\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        id\n        status\n        result\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchResolveDocument,
    "\n  mutation DispatchRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        id\n        status\n        rating\n        ratingComment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchRateDocument,
    "\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) {\n    serviceRequestReopen(input: $input) {\n      serviceRequest {\n        id\n        status\n        reopenCount\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchReopenDocument,
    "\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) {\n    serviceRequestCancel(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchCancelDocument,
    "\n  mutation DispatchReject($input: ServiceRequestNoteInput!) {\n    serviceRequestReject(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchRejectDocument,
    "\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) {\n    serviceRequestMerge(input: $input) {\n      serviceRequest {\n        id\n        status\n        mergedInto {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.DispatchMergeDocument,
    "\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      kind\n      route\n      takerName\n      rating\n      overdue\n      reopenCount\n      requester {\n        id\n      }\n      log {\n        action\n        fromStatus\n        toStatus\n        actorRole\n        body\n        at\n      }\n    }\n  }\n": types.DispatchGetDocument,
    "\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) {\n    serviceRequests(first: 100, mine: $mine, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.DispatchListDocument,
    "\n  mutation DispatchIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.DispatchIsoLoginDocument,
    "\n  mutation DispatchIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": types.DispatchIsoCommunityDocument,
    "\n  mutation DispatchIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchIsoMemberDocument,
    "\n  query DispatchIsoBoard($grid: ID) {\n    dispatchBoard(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.DispatchIsoBoardDocument,
    "\n  query DispatchIsoList($grid: ID) {\n    serviceRequests(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n": types.DispatchIsoListDocument,
    "\n  mutation DispatchIsoUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchIsoUnitDocument,
    "\n  mutation DispatchOpen311Key($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchOpen311KeyDocument,
    "\n  mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchOpen311RevokeDocument,
    "\n  mutation DispatchOpen311Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.DispatchOpen311LoginDocument,
    "\n  mutation DispatchOpen311Community($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": types.DispatchOpen311CommunityDocument,
    "\n  mutation DispatchOpen311Member($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.DispatchOpen311MemberDocument,
    "\n  query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n    }\n  }\n": types.DispatchPermMetricsDocument,
    "\n  query DispatchPermBoard {\n    dispatchBoard(first: 1) {\n      totalCount\n    }\n  }\n": types.DispatchPermBoardDocument,
    "\n  query DispatchPermCommunity {\n    community {\n      id\n    }\n  }\n": types.DispatchPermCommunityDocument,
    "\n  mutation DispatchRaceMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.DispatchRaceMemberDocument,
    "\n  query DispatchViewerCan($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      viewerCan {\n        dispatch\n        claim\n        handOver\n        note\n        escalate\n        answerEscalation\n        resolve\n        rate\n        reopen\n        cancel\n        reject\n        merge\n      }\n    }\n  }\n": types.DispatchViewerCanDocument,
    "\n  query DispatchViewerCanPage($n: Int!) {\n    serviceRequests(first: $n) {\n      nodes {\n        id\n        status\n        viewerCan {\n          dispatch\n          claim\n          handOver\n          note\n          escalate\n          answerEscalation\n          resolve\n          rate\n          reopen\n          cancel\n          reject\n          merge\n        }\n      }\n    }\n  }\n": types.DispatchViewerCanPageDocument,
    "\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n      gridRanking {\n        gridUnit\n        received\n      }\n    }\n  }\n": types.DispatchMetricsPeriodDocument,
    "\n  query FundDisbursementViewerCan($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        id\n        viewerCan {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n": types.FundDisbursementViewerCanDocument,
    "\n  mutation FundFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.FundFxEnableDocument,
    "\n  query FundFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n": types.FundFxMembersDocument,
    "\n  mutation FundFxAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.FundFxAddMemberDocument,
    "\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    named: charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    anon: charityResourceCreate(input: $a) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n": types.FundFxForcesDocument,
    "\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n        kind\n        purpose\n        balanceFen\n        custodian {\n          name\n          type\n        }\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundCreateDocument,
    "\n  mutation FundUpdate($input: FundUpdateInput!) {\n    fundUpdate(input: $input) {\n      fund {\n        id\n        name\n        active\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundUpdateDocument,
    "\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id\n      name\n      balanceFen\n      goodsValuationFen\n      incomeFen\n      spentFen\n      receiptsIssued\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n  }\n": types.FundGetDocument,
    "\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        kind\n        amountFen\n        receiptNumber\n        donorName\n        anonymous\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundRecordDocument,
    "\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        mine\n        permissions {\n          fulfil\n          cancel\n          refund\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundPledgeDocument,
    "\n  mutation FundFulfil($input: FundPledgeFulfilInput!) {\n    fundPledgeFulfil(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundFulfilDocument,
    "\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) {\n    fundPledgeCancel(input: $input) {\n      donation {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundPledgeCancelDocument,
    "\n  mutation FundRefund($input: FundDonationRefundInput!) {\n    fundDonationRefund(input: $input) {\n      donation {\n        id\n        status\n        refundedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundRefundDocument,
    "\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundRequestDocument,
    "\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundApproveDocument,
    "\n  mutation FundReject($input: FundDisbursementCloseInput!) {\n    fundDisbursementReject(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundRejectDocument,
    "\n  mutation FundCancel($input: FundDisbursementCloseInput!) {\n    fundDisbursementCancel(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundCancelDocument,
    "\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        id\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.FundPayDocument,
    "\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName\n      openingBalanceFen\n      incomeFen\n      goodsFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        anonymous\n        moneyFen\n        goodsFen\n        count\n      }\n      spending {\n        purpose\n        purposeName\n        amountFen\n        count\n      }\n      csv\n    }\n  }\n": types.FundStatementQDocument,
    "\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) {\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n    node(id: $d) {\n      ... on FundDisbursement {\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n": types.FundMatrixPermsDocument,
    "\n  query FundMatrixAnon($fundId: ID!) {\n    fundDonations(fundId: $fundId, first: 100) {\n      nodes {\n        id\n        donorName\n      }\n    }\n  }\n": types.FundMatrixAnonDocument,
    "\n  mutation FundMatrixCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": types.FundMatrixCommunityDocument,
    "\n  mutation FundMatrixLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.FundMatrixLoginDocument,
    "\n  mutation FundMatrixAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.FundMatrixAddDocument,
    "\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        approvalsCount\n        requesterName\n        purposeName\n        approvalEntries {\n          approverName\n        }\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n": types.FundRequestsDocument,
    "\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) {\n      totalCount\n      nodes {\n        id\n        donorName\n        donorType\n        donorId\n        anonymous\n        receiptNumber\n        status\n        mine\n      }\n    }\n  }\n": types.FundDonationsDocument,
    "\n  query FundNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on FundDisbursement {\n        status\n        amountFen\n      }\n      ... on FundDonation {\n        amountFen\n      }\n      ... on Fund {\n        name\n      }\n    }\n  }\n": types.FundNodeDocument,
    "\n  query FundList {\n    funds {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.FundListDocument,
    "\n        mutation FundDisable($input: CommunityModuleConfigureInput!) {\n          communityModuleConfigure(input: $input) {\n            userErrors {\n              code\n            }\n          }\n        }\n      ": types.FundDisableDocument,
    "\n          mutation FundReEnable($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n              }\n            }\n          }\n        ": types.FundReEnableDocument,
    "\n    mutation FundIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  ": types.FundIsoLoginDocument,
    "\n    mutation FundIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  ": types.FundIsoCommunityDocument,
    "\n    mutation FundIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.FundIsoMemberDocument,
    "\n    mutation FundIsoEnable($input: CommunityModuleConfigureInput!) {\n      communityModuleConfigure(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.FundIsoEnableDocument,
    "\n    mutation FundIsoForces($o: SocialOrganizationCreateInput!) {\n      socialOrganizationCreate(input: $o) {\n        socialOrganization {\n          id\n        }\n      }\n    }\n  ": types.FundIsoForcesDocument,
    "\n    query FundIsoMembers {\n      memberships {\n        nodes {\n          id\n          login\n        }\n      }\n    }\n  ": types.FundIsoMembersDocument,
    "\n      mutation FundIsoRequest($input: FundDisbursementRequestInput!) {\n        fundDisbursementRequest(input: $input) {\n          disbursement {\n            status\n            councilTopicId\n            approvalsRequired\n          }\n          userErrors {\n            code\n            field\n          }\n        }\n      }\n    ": types.FundIsoRequestDocument,
    "\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GridCareConfigureDocument,
    "\n  query GridCareResidents {\n    residents(first: 100) {\n      nodes {\n        id\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n": types.GridCareResidentsDocument,
    "\n  query GridCareMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.GridCareMembershipsDocument,
    "\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n        category\n        categoryName\n        visitEveryDays\n        dueOn\n        overdue\n        responsibleName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridCareEnrollDocument,
    "\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) {\n    gridCareMemberUpdate(input: $input) {\n      gridCareMember {\n        id\n        responsibleName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridCareUpdateDocument,
    "\n  mutation GridCareEnd($input: GridCareMemberEndInput!) {\n    gridCareMemberEnd(input: $input) {\n      gridCareMember {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridCareEndDocument,
    "\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n        kind\n        kindName\n        dueOn\n        onTime\n        notes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridCareVisitDocument,
    "\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        category\n        overdue\n        evidence\n        resident {\n          name\n        }\n        visits {\n          kind\n        }\n      }\n    }\n  }\n": types.GridCareListDocument,
    "\n  query GridCareOne($id: ID!) {\n    gridCareMember(id: $id) {\n      id\n      evidence\n      resident {\n        name\n      }\n    }\n  }\n": types.GridCareOneDocument,
    "\n  query GridCareNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on GridCareMember {\n        evidence\n      }\n    }\n  }\n": types.GridCareNodeDocument,
    "\n  query GridCareCoverageQ {\n    gridCareCoverage {\n      members\n      withResponsible\n      onTime\n      covered\n      rate\n    }\n  }\n": types.GridCareCoverageQDocument,
    "\n  mutation GridCareNotify {\n    gridCareOverdueNotify {\n      notified\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridCareNotifyDocument,
    "\n  query GridCareFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      careMembers {\n        category\n      }\n    }\n  }\n": types.GridCareFileDocument,
    "\n  query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n": types.GridCareMetricsDocument,
    "\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GridImportConfigureDocument,
    "\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        units\n        households\n        residents\n        placements\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GridImportDocument,
    "\n  query GridImportTree {\n    gridUnits(first: 100) {\n      totalCount\n      nodes {\n        code\n        householdCount\n      }\n    }\n  }\n": types.GridImportTreeDocument,
    "\n  mutation GridIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.GridIsoLoginDocument,
    "\n  mutation GridIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": types.GridIsoCommunityDocument,
    "\n  mutation GridIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridIsoMemberDocument,
    "\n  mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridIsoConfigureDocument,
    "\n  mutation GridIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n": types.GridIsoHouseholdDocument,
    "\n  mutation GridIsoResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n    }\n  }\n": types.GridIsoResidentDocument,
    "\n    query GridIsoUnit($id: ID!) {\n      gridUnit(id: $id) {\n        code\n        name\n        households {\n          totalCount\n        }\n      }\n    }\n  ": types.GridIsoUnitDocument,
    "\n    query GridIsoUnits($id: ID) {\n      gridUnits(parent: $id) {\n        totalCount\n        nodes {\n          code\n        }\n      }\n    }\n  ": types.GridIsoUnitsDocument,
    "\n    query GridIsoPath($id: ID!) {\n      gridHouseholdPath(household: $id) {\n        code\n      }\n    }\n  ": types.GridIsoPathDocument,
    "\n    query GridIsoResponsible($id: ID!) {\n      gridResponsible(household: $id) {\n        holderName\n      }\n    }\n  ": types.GridIsoResponsibleDocument,
    "\n    query GridIsoFile($id: ID!) {\n      gridHouseholdFile(household: $id) {\n        household {\n          number\n        }\n        members {\n          name\n        }\n      }\n    }\n  ": types.GridIsoFileDocument,
    "\n    query GridIsoCoverage($id: ID) {\n      gridCoverage(unit: $id) {\n        roleGapCount\n        householdsWithoutResponsible {\n          number\n        }\n      }\n    }\n  ": types.GridIsoCoverageDocument,
    "\n    query GridIsoCareMember($id: ID!) {\n      gridCareMember(id: $id) {\n        evidence\n      }\n    }\n  ": types.GridIsoCareMemberDocument,
    "\n    query GridIsoCareMembers($id: ID) {\n      gridCareMembers(unit: $id) {\n        totalCount\n        nodes {\n          evidence\n        }\n      }\n    }\n  ": types.GridIsoCareMembersDocument,
    "\n    mutation GridIsoUnitCreate($input: GridUnitCreateInput!) {\n      gridUnitCreate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoUnitCreateDocument,
    "\n    mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) {\n      gridUnitUpdate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoUnitUpdateDocument,
    "\n    mutation GridIsoUnitMove($input: GridUnitMoveInput!) {\n      gridUnitMove(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoUnitMoveDocument,
    "\n    mutation GridIsoPlace($input: GridHouseholdPlaceInput!) {\n      gridHouseholdPlace(input: $input) {\n        gridPlacement {\n          placedAt\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoPlaceDocument,
    "\n    mutation GridIsoDutyAssign($input: GridDutyAssignInput!) {\n      gridDutyAssign(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoDutyAssignDocument,
    "\n    mutation GridIsoDutyEnd($input: GridDutyEndInput!) {\n      gridDutyEnd(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoDutyEndDocument,
    "\n    mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) {\n      gridCareMemberEnroll(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoEnrollDocument,
    "\n    mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) {\n      gridCareMemberUpdate(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoCareUpdateDocument,
    "\n    mutation GridIsoCareEnd($input: GridCareMemberEndInput!) {\n      gridCareMemberEnd(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoCareEndDocument,
    "\n    mutation GridIsoVisit($input: GridCareVisitRecordInput!) {\n      gridCareVisitRecord(input: $input) {\n        gridCareVisit {\n          notes\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoVisitDocument,
    "\n    mutation GridIsoExport($input: GridExportCreateInput!) {\n      gridExportCreate(input: $input) {\n        export {\n          csv\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.GridIsoExportDocument,
    "\n      mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n        }\n      }\n    ": types.GridIsoEnrollBDocument,
    "\n  query GridMatrixCommunity {\n    community {\n      id\n    }\n  }\n": types.GridMatrixCommunityDocument,
    "\n  mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridMatrixConfigureDocument,
    "\n      query GridMatrixUnits {\n        gridUnits {\n          totalCount\n        }\n      }\n    ": types.GridMatrixUnitsDocument,
    "\n      mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) {\n        gridUnitCreate(input: $input) {\n          gridUnit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.GridMatrixUnitCreateDocument,
    "\n      mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) {\n        gridHouseholdPlace(input: $input) {\n          gridPlacement {\n            placedAt\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.GridMatrixPlaceDocument,
    "\n      query GridMatrixNodeUnit($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": types.GridMatrixNodeUnitDocument,
    "\n      query GridMatrixResponsible($h: ID!) {\n        gridResponsible(household: $h) {\n          role\n        }\n      }\n    ": types.GridMatrixResponsibleDocument,
    "\n      mutation GridMatrixDuty($input: GridDutyAssignInput!) {\n        gridDutyAssign(input: $input) {\n          gridDuty {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.GridMatrixDutyDocument,
    "\n      query GridMatrixCoverage {\n        gridCoverage {\n          roleGapCount\n        }\n      }\n    ": types.GridMatrixCoverageDocument,
    "\n      query GridMatrixFile($h: ID!) {\n        gridHouseholdFile(household: $h) {\n          tags\n        }\n      }\n    ": types.GridMatrixFileDocument,
    "\n      query GridMatrixCare {\n        gridCareMembers {\n          totalCount\n        }\n      }\n    ": types.GridMatrixCareDocument,
    "\n      query GridMatrixCareNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    ": types.GridMatrixCareNodeDocument,
    "\n      mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.GridMatrixEnrollDocument,
    "\n      mutation GridMatrixVisit($input: GridCareVisitRecordInput!) {\n        gridCareVisitRecord(input: $input) {\n          gridCareVisit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.GridMatrixVisitDocument,
    "\n      mutation GridMatrixImport($input: GridImportInput!) {\n        gridImport(input: $input) {\n          report {\n            applied\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.GridMatrixImportDocument,
    "\n      mutation GridMatrixExport($input: GridExportCreateInput!) {\n        gridExportCreate(input: $input) {\n          export {\n            csv\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.GridMatrixExportDocument,
    "\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GridPiiConfigureDocument,
    "\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridPiiResidentCreateDocument,
    "\n  query GridPiiLookup($idNumber: String, $phone: String) {\n    residents(first: 5, idNumber: $idNumber, phone: $phone) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.GridPiiLookupDocument,
    "\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on Resident {\n        name\n        idNumber(unmasked: $unmasked)\n        phone(unmasked: $unmasked)\n      }\n    }\n  }\n": types.GridPiiReadDocument,
    "\n  query GridPiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 20) {\n      totalCount\n      nodes {\n        at\n        subject\n        account\n        fields\n        reason\n        requestId\n      }\n    }\n  }\n": types.GridPiiAccessLogDocument,
    "\n  query GridPiiReadWhy($id: ID!) {\n    node(id: $id) {\n      ... on Resident {\n        idNumber(unmasked: true, reason: \"核对低保申请\")\n      }\n    }\n  }\n": types.GridPiiReadWhyDocument,
    "\n  query GridPiiHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n        members {\n          id\n        }\n      }\n    }\n  }\n": types.GridPiiHouseholdsDocument,
    "\n  mutation GridPiiImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        residents\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridPiiImportDocument,
    "\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GridLiveConfigureDocument,
    "\n  query GridLiveUnits {\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n": types.GridLiveUnitsDocument,
    "\n  query GridLiveMembers {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.GridLiveMembersDocument,
    "\n  query GridLiveHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": types.GridLiveHouseholdsDocument,
    "\n  query GridLiveNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n": types.GridLiveNodeDocument,
    "\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridLiveDutyAssignDocument,
    "\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        endsOn\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridLiveDutyEndDocument,
    "\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridLiveHouseholdUpdateDocument,
    "\n  subscription GridLiveChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subjectType\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": types.GridLiveChangesDocument,
    "\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GridScopeConfigureDocument,
    "\n  query GridScopeHouseholds {\n    households(first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.GridScopeHouseholdsDocument,
    "\n  query GridScopeResidents($after: String) {\n    residents(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        household {\n          number\n        }\n      }\n    }\n  }\n": types.GridScopeResidentsDocument,
    "\n  query GridScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Household {\n        number\n      }\n      ... on Resident {\n        name\n      }\n    }\n  }\n": types.GridScopeNodeDocument,
    "\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridScopeHouseholdUpdateDocument,
    "\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        relationToHead\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridScopeResidentUpdateDocument,
    "\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridScopeResidentCreateDocument,
    "\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridScopeCareEnrollDocument,
    "\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridScopeCareVisitDocument,
    "\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.GridScopeRequestCreateDocument,
    "\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        accountId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.GridScopePointsAdjustDocument,
    "\n  query GridScopeActivity($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      activity(first: 50) {\n        type\n        subject\n        data\n      }\n    }\n  }\n": types.GridScopeActivityDocument,
    "\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.GridConfigureDocument,
    "\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        level\n        levelName\n        sortOrder\n        hasChildren\n        householdCount\n        parent {\n          code\n        }\n        children {\n          totalCount\n          nodes {\n            code\n          }\n        }\n      }\n    }\n  }\n": types.GridTreeDocument,
    "\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          members {\n            name\n          }\n        }\n      }\n      residents(first: 5) {\n        totalCount\n        nodes {\n          name\n          phone\n        }\n      }\n      duties {\n        role\n        roleName\n        holderName\n        holder {\n          id\n        }\n      }\n    }\n  }\n": types.GridUnitPeopleDocument,
    "\n  query GridPath($h: ID!) {\n    gridHouseholdPath(household: $h) {\n      code\n      levelName\n    }\n  }\n": types.GridPathDocument,
    "\n  query GridCoreHouseholds($search: String) {\n    households(search: $search, first: 100) {\n      nodes {\n        id\n        number\n        building\n      }\n    }\n  }\n": types.GridCoreHouseholdsDocument,
    "\n  query GridMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.GridMembershipsDocument,
    "\n  mutation GridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n        code\n        level\n        outline\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridUnitCreateDocument,
    "\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) {\n    gridUnitUpdate(input: $input) {\n      gridUnit {\n        id\n        name\n        sortOrder\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridUnitUpdateDocument,
    "\n  mutation GridUnitMove($input: GridUnitMoveInput!) {\n    gridUnitMove(input: $input) {\n      gridUnit {\n        id\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridUnitMoveDocument,
    "\n  mutation GridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      gridPlacement {\n        unit {\n          code\n        }\n        endedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridPlaceDocument,
    "\n  mutation GridDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n        role\n        startsOn\n        endsOn\n        unit {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.GridDutyAssignDocument,
    "\n  mutation GridDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.GridDutyEndDocument,
    "\n  query GridResponsible($h: ID!) {\n    gridResponsible(household: $h) {\n      role\n      roleName\n      holderName\n      unit {\n        code\n      }\n    }\n  }\n": types.GridResponsibleDocument,
    "\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount\n      roleGaps {\n        role\n        roleName\n        unit {\n          code\n        }\n      }\n      householdsWithoutResponsibleCount\n      householdsWithoutResponsible {\n        number\n      }\n      unplacedHouseholdCount\n    }\n  }\n": types.GridCoverageDocument,
    "\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      tags\n      unit {\n        code\n      }\n      path {\n        code\n      }\n      responsible {\n        roleName\n        holderName\n      }\n      members {\n        name\n        idNumber\n      }\n      placements {\n        unit {\n          code\n        }\n        endedAt\n      }\n      careMembers {\n        category\n      }\n      activity {\n        type\n      }\n    }\n  }\n": types.GridFileDocument,
    "\n  query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n": types.GridMetricsDocument,
    "\n  mutation GridExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n        log {\n          kind\n          rowCount\n          exportedAt\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.GridExportDocument,
    "\n  query GridExportLogs {\n    gridExportLogs {\n      totalCount\n      nodes {\n        kind\n        rowCount\n      }\n    }\n  }\n": types.GridExportLogsDocument,
    "\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.HarnessCommunityCreateDocument,
    "\n      query PartyMatRead {\n        partyUnits(first: 1) {\n          totalCount\n        }\n        partyChair {\n          id\n        }\n      }\n    ": types.PartyMatReadDocument,
    "\n      query PartyMatMembers {\n        partyMembers(first: 1) {\n          totalCount\n          nodes {\n            name\n            phone\n          }\n        }\n      }\n    ": types.PartyMatMembersDocument,
    "\n    mutation PartyIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  ": types.PartyIsoCommunityDocument,
    "\n    mutation PartyIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  ": types.PartyIsoLoginDocument,
    "\n    mutation PartyIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.PartyIsoMemberDocument,
    "\n    query PartyIsoResidents {\n      residents(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  ": types.PartyIsoResidentsDocument,
    "\n    query PartyIsoUnit($id: ID!) {\n      partyUnit(id: $id) {\n        id\n        name\n        contactPhone\n      }\n    }\n  ": types.PartyIsoUnitDocument,
    "\n    query PartyIsoMeeting($id: ID!) {\n      partyMeeting(id: $id) {\n        id\n        title\n      }\n    }\n  ": types.PartyIsoMeetingDocument,
    "\n    query PartyIsoItem($id: ID!) {\n      partyServiceItem(id: $id) {\n        id\n        title\n      }\n    }\n  ": types.PartyIsoItemDocument,
    "\n    query PartyIsoMemberQ($id: ID!) {\n      partyMember(id: $id) {\n        id\n        name\n      }\n    }\n  ": types.PartyIsoMemberQDocument,
    "\n    query PartyIsoMembers($unitId: ID) {\n      partyMembers(unitId: $unitId) {\n        totalCount\n        nodes {\n          name\n        }\n      }\n    }\n  ": types.PartyIsoMembersDocument,
    "\n    mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n      partyEscalationTargetUpdate(input: $input) {\n        target {\n          id\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.PartyIsoTargetUpdateDocument,
    "\n    mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) {\n      partyServiceItemClose(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.PartyIsoItemCloseDocument,
    "\n    mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) {\n      partyMemberUpdate(input: $input) {\n        member {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  ": types.PartyIsoMemberUpdateDocument,
    "\n    query PartyIsoNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PartyUnit {\n          name\n        }\n        ... on PartyMeeting {\n          title\n        }\n      }\n    }\n  ": types.PartyIsoNodeDocument,
    "\n  query PartyMeetingViewerCan($id: ID!) {\n    partyMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        recordAttendance\n        close\n        cancel\n      }\n    }\n  }\n": types.PartyMeetingViewerCanDocument,
    "\n  mutation PartyConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.PartyConfigureDocument,
    "\n  query PartyFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n": types.PartyFxMembersDocument,
    "\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n        kind\n        contactPhone\n        sortOrder\n        active\n        isMine\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyUnitCreateDocument,
    "\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) {\n    partyUnitUpdate(input: $input) {\n      unit {\n        id\n        name\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyUnitUpdateDocument,
    "\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        sortOrder\n        contactPhone\n        active\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PartyUnitsDocument,
    "\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        id\n        year\n        position\n        startMonth\n        endMonth\n        unit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyRotationGenerateDocument,
    "\n  query PartyRotation($year: Int!) {\n    partyRotation(year: $year) {\n      id\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.PartyRotationDocument,
    "\n  query PartyChair($year: Int, $month: Int) {\n    partyChair(year: $year, month: $month) {\n      id\n      year\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n": types.PartyChairDocument,
    "\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) {\n    partyRotationSlotReplace(input: $input) {\n      slot {\n        id\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartySlotReplaceDocument,
    "\n  mutation PartySwap($input: PartyRotationSwapInput!) {\n    partyRotationSwap(input: $input) {\n      slots {\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartySwapDocument,
    "\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) {\n      meeting {\n        id\n        title\n        status\n        conveningUnit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyMeetingScheduleDocument,
    "\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendance {\n          present\n          attendees\n          unit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyAttendanceDocument,
    "\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        heldAt\n        decisions {\n          position\n          text\n          dueOn\n          ownerUnit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyMeetingCloseDocument,
    "\n  mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) {\n    partyMeetingCancel(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyMeetingCancelDocument,
    "\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) {\n      item {\n        id\n        title\n        capacity\n        claimedCount\n        remaining\n        audience\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyItemPublishDocument,
    "\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) {\n      claim {\n        id\n        status\n        claimantName\n        mine\n        unit {\n          id\n        }\n        item {\n          id\n          remaining\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyItemClaimDocument,
    "\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) {\n      claim {\n        id\n        status\n        record\n        minutes\n        completedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyClaimCompleteDocument,
    "\n  mutation PartyMemberReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n        isMe\n        hasLogin\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyMemberReportDocument,
    "\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) {\n    partyMemberRegister(input: $input) {\n      member {\n        id\n        name\n        phone\n        hasLogin\n        residentLinked\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyMemberRegisterDocument,
    "\n  query PartyMyMember {\n    partyMyMember {\n      id\n      name\n      serviceMinutes\n      serviceRecords(first: 50) {\n        source\n        title\n        minutes\n        rating\n        servedAt\n      }\n    }\n  }\n": types.PartyMyMemberDocument,
    "\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n        kind\n        categories\n        contactPhone\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PartyTargetCreateDocument,
    "\n      query PartyMemberPhone($id: ID!) {\n        partyMember(id: $id) {\n          name\n          phone\n        }\n      }\n    ": types.PartyMemberPhoneDocument,
    "\n      query PartyTargets($category: String) {\n        partyEscalationTargets(category: $category) {\n          name\n          contactPhone\n        }\n      }\n    ": types.PartyTargetsDocument,
    "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me {\n        displayName\n        activeCommunity {\n          name\n        }\n        memberships {\n          roles\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.RefreshDocument,
    "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) {\n      revoked\n      userErrors {\n        code\n      }\n    }\n  }\n": types.LogoutDocument,
    "\n  query Me {\n    me {\n      login\n      activeCommunity {\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) {\n      disabled\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SetDisabledDocument,
    "\n  query AuthCommunityName {\n    community {\n      name\n    }\n  }\n": types.AuthCommunityNameDocument,
    "\n  mutation AuthKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": types.AuthKeyCreateDocument,
    "\n  mutation ChinaTimeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.ChinaTimeConfigureDocument,
    "\n  query ChinaTimeResidents {\n    residents(first: 5) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.ChinaTimeResidentsDocument,
    "\n  mutation ChinaTimeEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChinaTimeEnrollDocument,
    "\n  mutation ChinaTimeVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        dueOn\n        onTime\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ChinaTimeVisitDocument,
    "\n  query ChinaTimeMember($id: ID!) {\n    gridCareMember(id: $id) {\n      dueOn\n    }\n  }\n": types.ChinaTimeMemberDocument,
    "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.EvHouseholdCreateDocument,
    "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        subjectType\n        subject {\n          ... on Household {\n            number\n          }\n        }\n      }\n      endCursor\n      hasMore\n    }\n  }\n": types.EvChangesDocument,
    "\n  subscription EvLive($after: String) {\n    changes(after: $after) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": types.EvLiveDocument,
    "\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.FanoutHouseholdCreateDocument,
    "\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n": types.FanoutChangesDocument,
    "\n  query FanoutMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.FanoutMembersDocument,
    "\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.FanoutMembershipUpdateDocument,
    "\n  query HttpMe {\n    me {\n      login\n    }\n  }\n": types.HttpMeDocument,
    "\n  mutation JobQueueModuleConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.JobQueueModuleConfigureDocument,
    "\n  mutation LifeLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.LifeLoginDocument,
    "\n  query LifeCommunity {\n    community {\n      name\n    }\n  }\n": types.LifeCommunityDocument,
    "\n  query LifeCommunities {\n    communities {\n      name\n    }\n  }\n": types.LifeCommunitiesDocument,
    "\n  mutation LifeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.LifeResidentCreateDocument,
    "\n  query LifeResidents($search: String) {\n    residents(first: 10, search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n": types.LifeResidentsDocument,
    "\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LogResidentCreateDocument,
    "\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        phone\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.LogResidentUpdateDocument,
    "\n  query LogResidents {\n    residents(first: 10) {\n      edges {\n        node {\n          name\n          idNumber(unmasked: true)\n          phone(unmasked: true)\n        }\n      }\n    }\n  }\n": types.LogResidentsDocument,
    "\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.NestRevokeDocument,
    "\n  query NestHouseholds {\n    households(first: 3) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n": types.NestHouseholdsDocument,
    "\n  query NestResidents {\n    residents(first: 3) {\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n": types.NestResidentsDocument,
    "\n  mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesConfigureDocument,
    "\n  query OutcomesWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.OutcomesWhereDocument,
    "\n  mutation OutcomesCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesCommunityDocument,
    "\n  mutation OutcomesLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.OutcomesLoginDocument,
    "\n  mutation OutcomesMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesMemberDocument,
    "\n  mutation OutcomesRequest($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesRequestDocument,
    "\n  mutation OutcomesAssign($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesAssignDocument,
    "\n  mutation OutcomesResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesResolveDocument,
    "\n  mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OutcomesVolunteerDocument,
    "\n  mutation OutcomesActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesActivityDocument,
    "\n  mutation OutcomesSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OutcomesSignUpDocument,
    "\n  mutation OutcomesCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OutcomesCheckInDocument,
    "\n  mutation OutcomesCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OutcomesCheckOutDocument,
    "\n  query OutcomesPending {\n    volunteerHours(first: 100, status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.OutcomesPendingDocument,
    "\n  mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OutcomesConfirmDocument,
    "\n  mutation OutcomesStation($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesStationDocument,
    "\n  mutation OutcomesService($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesServiceDocument,
    "\n  mutation OutcomesBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.OutcomesBookDocument,
    "\n  mutation OutcomesAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.OutcomesAttendDocument,
    "\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      from\n      to\n      previousFrom\n      items {\n        module\n        moduleName\n        key\n        name\n        aggregation\n        value\n        previousValue\n        change\n        changePercent\n        communities\n      }\n    }\n  }\n": types.OutcomesDashboardDocument,
    "\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId\n      streetName\n      totals {\n        module\n        key\n        aggregation\n        value\n        previousValue\n        change\n        communities\n      }\n      communities {\n        communityId\n        communityName\n        items {\n          key\n          value\n        }\n      }\n    }\n  }\n": types.OutcomesStreetDocument,
    "\n      query PermCommunityRead {\n        community {\n          name\n        }\n      }\n    ": types.PermCommunityReadDocument,
    "\n      mutation PermCommunityUpdate($d: String) {\n        communityUpdate(input: { description: $d }) {\n          community {\n            description\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermCommunityUpdateDocument,
    "\n      mutation PermModuleConfigure {\n        communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) {\n          community {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermModuleConfigureDocument,
    "\n      mutation PermPresetApply {\n        communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) {\n          community {\n            preset\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermPresetApplyDocument,
    "\n      query PermMembershipRead {\n        memberships(first: 1) {\n          totalCount\n        }\n      }\n    ": types.PermMembershipReadDocument,
    "\n      mutation PermMembershipManage($login: String!) {\n        membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermMembershipManageDocument,
    "\n      mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) {\n        membershipResidentLink(input: $input) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermMembershipLinkResidentDocument,
    "\n      query PermHouseholdRead {\n        households(first: 1) {\n          totalCount\n          nodes {\n            number\n          }\n        }\n      }\n    ": types.PermHouseholdReadDocument,
    "\n      mutation PermHouseholdWrite($n: String!) {\n        householdCreate(input: { number: $n, address: \"矩阵小区\" }) {\n          household {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermHouseholdWriteDocument,
    "\n      query PermResidentRead {\n        residents(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    ": types.PermResidentReadDocument,
    "\n      mutation PermResidentWrite($name: String!) {\n        residentCreate(input: { name: $name, phone: \"13800001111\" }) {\n          resident {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermResidentWriteDocument,
    "\n      query PermResidentPersonal {\n        residents(first: 1) {\n          nodes {\n            phone(unmasked: true)\n          }\n        }\n      }\n    ": types.PermResidentPersonalDocument,
    "\n      query PermResidentSensitive {\n        residents(first: 1) {\n          nodes {\n            sensitive {\n              disability\n              hardship\n            }\n          }\n        }\n      }\n    ": types.PermResidentSensitiveDocument,
    "\n      query PermAccessLog {\n        personalDataAccessLog(first: 1) {\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    ": types.PermAccessLogDocument,
    "\n      query PermForcesRead {\n        socialOrganizations(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    ": types.PermForcesReadDocument,
    "\n      mutation PermForcesManage($name: String!) {\n        volunteerCreate(input: { name: $name }) {\n          volunteer {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermForcesManageDocument,
    "\n      mutation PermApiKeyManage {\n        apiKeyCreate(input: { name: \"矩阵\", permissions: [\"tenancy.community.read\"] }) {\n          secret\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.PermApiKeyManageDocument,
    "\n      query PermOutcomesRead {\n        outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") {\n          items {\n            key\n          }\n        }\n      }\n    ": types.PermOutcomesReadDocument,
    "\n  query PermCommunityId {\n    community {\n      id\n    }\n  }\n": types.PermCommunityIdDocument,
    "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.PermConfigureDocument,
    "\n  query PermHouseholdMembers {\n    households(first: 5) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n": types.PermHouseholdMembersDocument,
    "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community {\n        modules {\n          key\n          enabled\n          settings\n          overrides\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PlugConfigureDocument,
    "\n  query PlugNotices {\n    notices(first: 10) {\n      totalCount\n      nodes {\n        title\n        automatic\n      }\n    }\n  }\n": types.PlugNoticesDocument,
    "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) {\n      notice {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.PlugPublishDocument,
    "\n  mutation PlugHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PlugHouseholdDocument,
    "\n  query PlugModules {\n    community {\n      modules {\n        key\n        name\n        enabled\n        settings\n      }\n    }\n  }\n": types.PlugModulesDocument,
    "\n  mutation PresetsApply($input: CommunityPresetApplyInput!) {\n    communityPresetApply(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PresetsApplyDocument,
    "\n  query PresetsModules {\n    community {\n      preset\n      modules {\n        key\n        enabled\n        settings\n        overrides\n      }\n    }\n  }\n": types.PresetsModulesDocument,
    "\n  mutation PresetsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PresetsConfigureDocument,
    "\n  mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PresetsHouseholdCreateDocument,
    "\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.PresetsRequestCreateDocument,
    "\n  query PresetsRequestGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      title\n      status\n    }\n  }\n": types.PresetsRequestGetDocument,
    "\n  mutation PresetsPointsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.PresetsPointsAwardDocument,
    "\n  query PresetsPointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n      householdId\n    }\n  }\n": types.PresetsPointsAccountDocument,
    "\n  mutation PresetsMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PresetsMemberAddDocument,
    "\n  query RelHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n": types.RelHouseholdsDocument,
    "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": types.ResyncChangesDocument,
    "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ResyncHouseholdDocument,
    "\n  query SeedPresetCommunity {\n    community {\n      name\n      preset\n      modules {\n        key\n        enabled\n      }\n    }\n  }\n": types.SeedPresetCommunityDocument,
    "\n  query SeedPresetGridTops {\n    gridUnits(first: 10) {\n      totalCount\n      nodes {\n        id\n        level\n        levelName\n        name\n        householdCount\n        children(first: 3) {\n          totalCount\n          nodes {\n            level\n            levelName\n            householdCount\n            children(first: 3) {\n              totalCount\n              nodes {\n                level\n                name\n                householdCount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n": types.SeedPresetGridTopsDocument,
    "\n  query SeedPresetHouseholds {\n    households(first: 3) {\n      totalCount\n      nodes {\n        number\n        address\n      }\n    }\n    residents(first: 20) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n": types.SeedPresetHouseholdsDocument,
    "\n  query SeedPresetCouncil {\n    councilBodies(first: 20) {\n      nodes {\n        levelKey\n      }\n    }\n    councilTopics(first: 20) {\n      totalCount\n      nodes {\n        status\n      }\n    }\n  }\n": types.SeedPresetCouncilDocument,
    "\n  query SeedPresetRequests {\n    serviceRequests(first: 30) {\n      totalCount\n      nodes {\n        status\n        kind\n        escalationTarget\n        log {\n          action\n        }\n      }\n    }\n  }\n": types.SeedPresetRequestsDocument,
    "\n  query SeedPresetPoints {\n    pointsAccounts(first: 50, kind: HOUSEHOLD) {\n      totalCount\n      nodes {\n        balance\n      }\n    }\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n": types.SeedPresetPointsDocument,
    "\n  mutation ShutLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.ShutLoginDocument,
    "\n  query ShutHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n": types.ShutHouseholdsDocument,
    "\n  subscription ShutChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n    }\n  }\n": types.ShutChangesDocument,
    "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubHouseholdCreateDocument,
    "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n": types.SubChangesDocument,
    "\n  query SubMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        active\n      }\n    }\n  }\n": types.SubMembersDocument,
    "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubMembershipUpdateDocument,
    "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubApiKeyCreateDocument,
    "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.SubApiKeyRevokeDocument,
    "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community {\n      name\n      description\n      regionCode\n      street {\n        name\n      }\n      modules {\n        key\n        enabled\n      }\n    }\n    ... on Street {\n      name\n      regionCode\n    }\n    ... on Household {\n      number\n      address\n      building\n      tags\n      closedAt\n      members {\n        name\n        phone\n      }\n    }\n    ... on Resident {\n      name\n      phone\n      idNumber\n      movedOutAt\n      household {\n        number\n        address\n      }\n    }\n    ... on Membership {\n      login\n      displayName\n      roles\n      title\n      active\n      resident {\n        id\n      }\n    }\n    ... on MembershipInvitation {\n      login\n      roles\n      title\n      community {\n        name\n      }\n    }\n    ... on ApiKey {\n      name\n      prefix\n      permissions\n      revokedAt\n    }\n    ... on SocialOrganization {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on SocialWorker {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on Volunteer {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CobuildingUnit {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CharityResource {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n  }\n": types.IsoNodeFieldsFragmentDoc,
    "\n  query IsoNode($id: ID!) {\n    node(id: $id) {\n      ...IsoNodeFields\n    }\n  }\n": types.IsoNodeDocument,
    "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) {\n      totalCount\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n": types.IsoResidentsOfHouseholdDocument,
    "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n        memberships {\n          community {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoLoginDocument,
    "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoRefreshDocument,
    "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoApiKeyRevokeDocument,
    "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoCommunityCreateDocument,
    "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoHouseholdUpdateDocument,
    "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoHouseholdCloseDocument,
    "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoMembershipUpdateDocument,
    "\n  mutation IsoInvitationAccept($input: MembershipInvitationInput!) {\n    membershipInvitationAccept(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoInvitationAcceptDocument,
    "\n  mutation IsoInvitationDecline($input: MembershipInvitationInput!) {\n    membershipInvitationDecline(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoInvitationDeclineDocument,
    "\n  mutation IsoInvitationRevoke($input: MembershipInvitationInput!) {\n    membershipInvitationRevoke(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoInvitationRevokeDocument,
    "\n  mutation IsoSetDefaultCommunity($input: AccountSetDefaultCommunityInput!) {\n    accountSetDefaultCommunity(input: $input) {\n      me {\n        defaultCommunity {\n          ...IsoNodeFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoSetDefaultCommunityDocument,
    "\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoMembershipResidentLinkDocument,
    "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoResidentCreateDocument,
    "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoResidentUpdateDocument,
    "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoResidentMoveOutDocument,
    "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) {\n      socialOrganization {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoSocialOrganizationUpdateDocument,
    "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) {\n      socialWorker {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoSocialWorkerUpdateDocument,
    "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) {\n    volunteerUpdate(input: $input) {\n      volunteer {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoVolunteerUpdateDocument,
    "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) {\n      cobuildingUnit {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoCobuildingUnitUpdateDocument,
    "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) {\n      charityResource {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.IsoCharityResourceUpdateDocument,
    "\n      query IsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          ...IsoNodeFields\n        }\n      }\n    ": types.IsoNodesDocument,
    "\n      query IsoAccessLog($r: ID) {\n        personalDataAccessLog(resident: $r, first: 100) {\n          totalCount\n          nodes {\n            subject\n            fields\n            reason\n          }\n        }\n      }\n    ": types.IsoAccessLogDocument,
    "\n  mutation IsoSetupLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.IsoSetupLoginDocument,
    "\n  query IsoCommunity {\n    community {\n      id\n      name\n      street {\n        id\n        name\n      }\n    }\n  }\n": types.IsoCommunityDocument,
    "\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.IsoSetupCommunityDocument,
    "\n  mutation IsoSetupMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.IsoSetupMemberDocument,
    "\n  mutation IsoSetupHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.IsoSetupHouseholdDocument,
    "\n  mutation IsoSetupResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.IsoSetupResidentDocument,
    "\n  mutation IsoSetupApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.IsoSetupApiKeyDocument,
    "\n  mutation IsoSetupForces(\n    $o: SocialOrganizationCreateInput!\n    $w: SocialWorkerCreateInput!\n    $v: VolunteerCreateInput!\n    $u: CobuildingUnitCreateInput!\n    $c: CharityResourceCreateInput!\n  ) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    socialWorkerCreate(input: $w) {\n      socialWorker {\n        id\n      }\n    }\n    volunteerCreate(input: $v) {\n      volunteer {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n  }\n": types.IsoSetupForcesDocument,
    "\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n    households(includeClosed: true) {\n      totalCount\n    }\n    residents {\n      totalCount\n    }\n    memberships {\n      totalCount\n    }\n    apiKeys {\n      totalCount\n    }\n  }\n": types.IsoSnapshotDocument,
    "\n  query IsoAllNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n  }\n": types.IsoAllNodesDocument,
    "\n  query IsoMe {\n    me {\n      activeCommunity {\n        name\n      }\n      memberships {\n        community {\n          name\n        }\n      }\n    }\n  }\n": types.IsoMeDocument,
    "\n  query IsoHouseholds {\n    households {\n      totalCount\n      nodes {\n        number\n      }\n    }\n  }\n": types.IsoHouseholdsDocument,
    "\n  query IsoCommunities {\n    communities {\n      name\n    }\n  }\n": types.IsoCommunitiesDocument,
    "\n  query IsoResidentsNamed($search: String) {\n    residents(search: $search) {\n      totalCount\n    }\n  }\n": types.IsoResidentsNamedDocument,
    "\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TwoLoginDocument,
    "\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TwoHouseholdCreateDocument,
    "\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": types.TwoChangesDocument,
    "\n  mutation TypedFormsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.TypedFormsConfigureDocument,
    "\n  query TypedFormsGridCatalog {\n    gridCatalog {\n      levels {\n        key\n        name\n      }\n      dutyRoles {\n        key\n        name\n        level\n        required\n      }\n      careCategories {\n        key\n        name\n        visitEveryDays\n      }\n      visitKinds {\n        key\n        name\n      }\n    }\n  }\n": types.TypedFormsGridCatalogDocument,
    "\n  query TypedFormsPointsCatalog {\n    pointsCatalog {\n      accountScope\n      rules {\n        key\n        name\n        event\n        points\n        per\n        capPoints\n        capPeriod\n        enabled\n      }\n    }\n  }\n": types.TypedFormsPointsCatalogDocument,
    "\n  mutation TypedFormsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TypedFormsActivityDocument,
    "\n  query TypedFormsTopics($source: [CouncilTopicSource!], $raisedFrom: DateTimeISO, $raisedTo: DateTimeISO, $bodyId: ID) {\n    councilTopics(first: 100, source: $source, raisedFrom: $raisedFrom, raisedTo: $raisedTo, bodyId: $bodyId) {\n      nodes {\n        id\n        source\n        raisedAt\n      }\n    }\n  }\n": types.TypedFormsTopicsDocument,
    "\n  mutation TypedFormsItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TypedFormsItemDocument,
    "\n  query TypedFormsItems($search: String, $availableNow: Boolean, $maxPricePoints: Int) {\n    pointsItems(first: 100, search: $search, availableNow: $availableNow, maxPricePoints: $maxPricePoints) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.TypedFormsItemsDocument,
    "\n  mutation TypedFormsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TypedFormsRedeemDocument,
    "\n  query TypedFormsHousehold($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": types.TypedFormsHouseholdDocument,
    "\n  mutation TypedFormsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.TypedFormsAwardDocument,
    "\n  query TypedFormsRedemptions($itemId: ID) {\n    pointsRedemptions(first: 100, itemId: $itemId) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.TypedFormsRedemptionsDocument,
    "\n  query TypedFormsActivities($status: [VolunteerActivityStatus!], $shiftsFrom: DateTimeISO, $shiftsTo: DateTimeISO, $team: String) {\n    volunteerActivities(first: 100, status: $status, shiftsFrom: $shiftsFrom, shiftsTo: $shiftsTo, team: $team) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n": types.TypedFormsActivitiesDocument,
    "\n  query ViewerPermsMine {\n    community {\n      id\n      viewerPermissions\n      viewerRoles\n      viewerModules\n    }\n  }\n": types.ViewerPermsMineDocument,
    "\n  query ViewerPermsCatalog {\n    permissionCatalog {\n      key\n      module\n      moduleName\n      action\n      nameZh\n      nameEn\n      description\n      defaultRoles\n    }\n  }\n": types.ViewerPermsCatalogDocument,
    "\n  mutation ViewerPermsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ViewerPermsConfigureDocument,
    "\n  query ViewerPermsHouseholds {\n    households(first: 1) {\n      totalCount\n    }\n  }\n": types.ViewerPermsHouseholdsDocument,
    "\n  query ViewerPermsRequests {\n    serviceRequests(first: 1) {\n      totalCount\n    }\n  }\n": types.ViewerPermsRequestsDocument,
    "\n  mutation ViewerPermsKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ViewerPermsKeyDocument,
    "\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        permissions\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.WebhookEndpointCreateDocument,
    "\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        enabled\n        disabledReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WebhookEndpointUpdateDocument,
    "\n  mutation WebhookEndpointDelete($input: WebhookEndpointIdInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WebhookEndpointDeleteDocument,
    "\n  mutation WebhookRotateSecret($input: WebhookEndpointIdInput!) {\n    webhookEndpointRotateSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WebhookRotateSecretDocument,
    "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) {\n      nodes {\n        id\n        url\n        enabled\n        disabledReason\n      }\n    }\n  }\n": types.WebhookEndpointsDocument,
    "\n  query WebhookDeliveries($endpoint: ID!) {\n    webhookDeliveries(endpoint: $endpoint, first: 100) {\n      nodes {\n        id\n        messageId\n        eventType\n        eventSeq\n        status\n        attempts\n        lastStatus\n        lastLatencyMs\n        lastError\n        nextAttemptAt\n        deliveredAt\n      }\n    }\n  }\n": types.WebhookDeliveriesDocument,
    "\n  mutation WebhookRedeliver($input: WebhookRedeliverInput!) {\n    webhookRedeliver(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WebhookRedeliverDocument,
    "\n  mutation WebhookHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WebhookHouseholdCreateDocument,
    "\n  mutation WebhookHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WebhookHouseholdUpdateDocument,
    "\n  mutation WsExpHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.WsExpHouseholdCreateDocument,
    "\n  subscription WsExpChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n": types.WsExpChangesDocument,
    "\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.PointsRaceConfigureDocument,
    "\n  mutation PointsRaceHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsRaceHouseholdDocument,
    "\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsRaceAdjustDocument,
    "\n  mutation PointsRaceItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsRaceItemDocument,
    "\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsRaceRedeemDocument,
    "\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsRaceCancelDocument,
    "\n  mutation PointsRaceExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsRaceExpireDocument,
    "\n  query PointsLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.PointsLinkMembershipsDocument,
    "\n  query PointsLinkHouseholds($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": types.PointsLinkHouseholdsDocument,
    "\n  query PointsLinkResidents($household: ID) {\n    residents(first: 20, household: $household) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.PointsLinkResidentsDocument,
    "\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.PointsLinkResidentDocument,
    "\n  mutation PointsVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsVcConfigureDocument,
    "\n  mutation PointsVcAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsVcAdjustDocument,
    "\n  mutation PointsVcItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsVcItemDocument,
    "\n  mutation PointsVcRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsVcRedeemDocument,
    "\n  mutation PointsVcCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsVcCancelDocument,
    "\n  mutation PointsVcPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsVcPickUpDocument,
    "\n  query PointsVcMine {\n    pointsRedemptions(first: 100) {\n      nodes {\n        id\n        code\n        viewerCan {\n          cancel\n          pickUp\n        }\n      }\n    }\n  }\n": types.PointsVcMineDocument,
    "\n  query PointsVcHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": types.PointsVcHouseholdsDocument,
    "\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PointsConfigureDocument,
    "\n  query PointsHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n": types.PointsHouseholdsDocument,
    "\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        amount\n        status\n        needsApproval\n        decidedAt\n        accountId\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PointsAdjustDocument,
    "\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentApprove(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsApproveDocument,
    "\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentReject(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsRejectDocument,
    "\n  mutation PointsItemCreate($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        name\n        stock\n        pricePoints\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.PointsItemCreateDocument,
    "\n  mutation PointsItemRestock($input: PointsItemRestockInput!) {\n    pointsItemRestock(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsItemRestockDocument,
    "\n  query PointsItems {\n    pointsItems(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        stock\n      }\n    }\n  }\n": types.PointsItemsDocument,
    "\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        status\n        points\n        quantity\n        code\n        redeemedByName\n        item {\n          name\n          stock\n        }\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.PointsRedeemDocument,
    "\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.PointsCancelDocument,
    "\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n        status\n        pickedUpAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.PointsPickUpDocument,
    "\n  query PointsMy($first: Int) {\n    pointsMyAccount {\n      id\n      kind\n      balance\n      householdId\n      entries(first: $first) {\n        totalCount\n        nodes {\n          amount\n          balanceAfter\n          transaction {\n            kind\n            ruleKey\n            reason\n            amount\n          }\n        }\n      }\n    }\n  }\n": types.PointsMyDocument,
    "\n  query PointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n    }\n  }\n": types.PointsAccountDocument,
    "\n  query PointsRedemptions($accountId: ID) {\n    pointsRedemptions(accountId: $accountId) {\n      totalCount\n      nodes {\n        id\n        status\n        code\n      }\n    }\n  }\n": types.PointsRedemptionsDocument,
    "\n  mutation PointsExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        id\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.PointsExpireDocument,
    "\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) {\n      issued\n      deducted\n      redeemed\n      refunded\n      expired\n      outstanding\n      byRule {\n        ruleKey\n        points\n      }\n      byGrid {\n        gridUnitId\n        gridUnit {\n          id\n          name\n        }\n        issued\n      }\n      metrics {\n        key\n        value\n      }\n    }\n  }\n": types.PointsReportDocument,
    "\n    query PointsNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PointsAccount {\n          balance\n        }\n      }\n    }\n  ": types.PointsNodeDocument,
    "\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.VolPtsConfigureDocument,
    "\n  mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsRegisterDocument,
    "\n  mutation VolPtsJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsJoinDocument,
    "\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsActivityDocument,
    "\n  mutation VolPtsSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsSignUpDocument,
    "\n  mutation VolPtsCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsCheckInDocument,
    "\n  mutation VolPtsCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsCheckOutDocument,
    "\n  query VolPtsPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n": types.VolPtsPendingDocument,
    "\n  mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsConfirmDocument,
    "\n  mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsCorrectDocument,
    "\n  mutation VolPtsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolPtsAdjustDocument,
    "\n  query VolPtsMyId {\n    pointsMyAccount {\n      id\n      balance\n    }\n  }\n": types.VolPtsMyIdDocument,
    "\n  query VolPtsMy {\n    pointsMyAccount {\n      kind\n      balance\n      entries(first: 5) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n": types.VolPtsMyDocument,
    "\n      query VolPtsMatPointsRead {\n        pointsItems(first: 1) {\n          totalCount\n        }\n      }\n    ": types.VolPtsMatPointsReadDocument,
    "\n      mutation VolPtsMatRedeem($input: PointsRedeemInput!) {\n        pointsRedeem(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.VolPtsMatRedeemDocument,
    "\n      mutation VolPtsMatItem($input: PointsItemCreateInput!) {\n        pointsItemCreate(input: $input) {\n          item {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.VolPtsMatItemDocument,
    "\n      mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) {\n        pointsAdjustmentReject(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.VolPtsMatApproveDocument,
    "\n      query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) {\n        pointsReport(from: $from, to: $to) {\n          issued\n        }\n      }\n    ": types.VolPtsMatReportDocument,
    "\n      query VolPtsMatTeams {\n        volunteerTeams {\n          key\n        }\n      }\n    ": types.VolPtsMatTeamsDocument,
    "\n      mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) {\n        volunteerMemberJoin(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.VolPtsMatJoinDocument,
    "\n      mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) {\n        volunteerActivityCreate(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.VolPtsMatActivityDocument,
    "\n      mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) {\n        volunteerMemberRegister(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    ": types.VolPtsMatRegisterDocument,
    "\n      query VolPtsMatLookup($idNumber: String) {\n        volunteerMembers(first: 1, idNumber: $idNumber) {\n          totalCount\n        }\n      }\n    ": types.VolPtsMatLookupDocument,
    "\n      query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) {\n        volunteerHoursExport(from: $from, to: $to) {\n          name\n        }\n      }\n    ": types.VolPtsMatExportDocument,
    "\n    mutation VolPtsIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.VolPtsIsoCommunityDocument,
    "\n    mutation VolPtsIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  ": types.VolPtsIsoLoginDocument,
    "\n    mutation VolPtsIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.VolPtsIsoMemberDocument,
    "\n    mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) {\n      householdCreate(input: $input) {\n        household {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.VolPtsIsoHouseholdDocument,
    "\n    mutation VolPtsIsoAdjust($input: PointsAdjustInput!) {\n      pointsAdjust(input: $input) {\n        adjustment {\n          id\n          accountId\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.VolPtsIsoAdjustDocument,
    "\n    mutation VolPtsIsoItem($input: PointsItemCreateInput!) {\n      pointsItemCreate(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.VolPtsIsoItemDocument,
    "\n    mutation VolPtsIsoRedeem($input: PointsRedeemInput!) {\n      pointsRedeem(input: $input) {\n        redemption {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  ": types.VolPtsIsoRedeemDocument,
    "\n        query VolPtsIso1($id: ID!) {\n          pointsAccount(id: $id) {\n            id\n            balance\n          }\n        }\n      ": types.VolPtsIso1Document,
    "\n        query VolPtsIso2($id: ID) {\n          pointsRedemptions(accountId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      ": types.VolPtsIso2Document,
    "\n        query VolPtsIsoItemRedemptions($id: ID) {\n          pointsRedemptions(itemId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      ": types.VolPtsIsoItemRedemptionsDocument,
    "\n        mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentApprove(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso3Document,
    "\n        mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentReject(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso4Document,
    "\n        mutation VolPtsIso5($input: PointsExpireInput!) {\n          pointsExpire(input: $input) {\n            account {\n              id\n              balance\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso5Document,
    "\n        mutation VolPtsIso6($input: PointsItemRestockInput!) {\n          pointsItemRestock(input: $input) {\n            item {\n              id\n              stock\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso6Document,
    "\n        mutation VolPtsIso7($input: PointsItemUpdateInput!) {\n          pointsItemUpdate(input: $input) {\n            item {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso7Document,
    "\n        mutation VolPtsIso8($input: PointsRedemptionCancelInput!) {\n          pointsRedemptionCancel(input: $input) {\n            redemption {\n              id\n              code\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso8Document,
    "\n        mutation VolPtsIso9($input: VolunteerCodeInput!) {\n          volunteerCheckInByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso9Document,
    "\n        mutation VolPtsIso10($input: VolunteerCodeInput!) {\n          volunteerCheckOutByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso10Document,
    "\n        mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) {\n          volunteerHoursConfirm(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso11Document,
    "\n        mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) {\n          volunteerHoursCorrect(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso12Document,
    "\n        mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) {\n          volunteerMemberUpdate(input: $input) {\n            member {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso13Document,
    "\n        mutation VolPtsIso14($input: VolunteerSignupActInput!) {\n          volunteerSignupCancel(input: $input) {\n            signup {\n              id\n              status\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      ": types.VolPtsIso14Document,
    "\n        query VolPtsIso15($id: ID!) {\n          volunteerActivity(id: $id) {\n            id\n            title\n            shifts {\n              id\n            }\n          }\n        }\n      ": types.VolPtsIso15Document,
    "\n        query VolPtsIso16($id: ID) {\n          volunteerHours(memberId: $id) {\n            totalCount\n            nodes {\n              minutes\n            }\n          }\n        }\n      ": types.VolPtsIso16Document,
    "\n        query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursExport(memberId: $id, from: $from, to: $to) {\n            name\n          }\n        }\n      ": types.VolPtsIso17Document,
    "\n        query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) {\n            name\n            minutes\n          }\n        }\n      ": types.VolPtsIso18Document,
    "\n  mutation ResourcesConcAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ResourcesConcAddDocument,
    "\n  mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ResourcesFxEnableDocument,
    "\n  query ResourcesFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n": types.ResourcesFxMembersDocument,
    "\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n": types.ResourcesFxForcesDocument,
    "\n  mutation ResourcesFxFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ResourcesFxFundDocument,
    "\n  mutation ResourcesFxDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.ResourcesFxDonateDocument,
    "\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        title\n        category\n        status\n        source\n        gridUnitId\n        demandCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesNeedCreateDocument,
    "\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) {\n    resourcesNeedClose(input: $input) {\n      need {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesNeedCloseDocument,
    "\n  query ResourcesNeedGet($id: ID!) {\n    resourcesNeed(id: $id) {\n      id\n      title\n      category\n      categoryName\n      status\n      source\n      demandCount\n      gridUnitId\n      sourceId\n      reason\n      metAt\n      project {\n        id\n        status\n      }\n    }\n  }\n": types.ResourcesNeedGetDocument,
    "\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        status\n        source\n        demandCount\n        gridUnitId\n        sourceId\n      }\n    }\n  }\n": types.ResourcesNeedsDocument,
    "\n  query ResourcesMatches($needId: ID!, $first: Int) {\n    resourcesNeedMatches(needId: $needId, first: $first) {\n      score\n      reasons\n      resource {\n        id\n        title\n      }\n    }\n  }\n": types.ResourcesMatchesDocument,
    "\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n        kind\n        category\n        gridUnitId\n        valueFen\n        quantity\n        unit\n        active\n        editable\n        provider {\n          id\n          type\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesResourceCreateDocument,
    "\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) {\n    resourcesResourceUpdate(input: $input) {\n      resource {\n        id\n        title\n        active\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesResourceUpdateDocument,
    "\n  query ResourcesResourceGet($id: ID!) {\n    resourcesResource(id: $id) {\n      id\n      title\n      provider {\n        name\n      }\n    }\n  }\n": types.ResourcesResourceGetDocument,
    "\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) {\n      survey {\n        id\n        title\n        status\n        responsesCount\n        questions {\n          key\n          kind\n          options {\n            key\n            label\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesSurveyCreateDocument,
    "\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) {\n    resourcesSurveyAnswer(input: $input) {\n      survey {\n        id\n        responsesCount\n        answered\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesSurveyAnswerDocument,
    "\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) {\n    resourcesSurveyClose(input: $input) {\n      survey {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesSurveyCloseDocument,
    "\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) {\n      needs {\n        id\n        title\n        category\n        demandCount\n        source\n        sourceId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesSurveyToNeedsDocument,
    "\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) {\n      id\n      status\n      responsesCount\n      answered\n      results {\n        key\n        answered\n        texts\n        options {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n": types.ResourcesSurveyGetDocument,
    "\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        budgetFen\n        resourceValueFen\n        need {\n          id\n          status\n        }\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesProjectCreateDocument,
    "\n  mutation ResourcesProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesProjectStartDocument,
    "\n  mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) {\n    resourcesProjectComplete(input: $input) {\n      project {\n        id\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesProjectCompleteDocument,
    "\n  mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) {\n    resourcesProjectCancel(input: $input) {\n      project {\n        id\n        status\n        reason\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesProjectCancelDocument,
    "\n  mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) {\n    resourcesMilestoneAdd(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesMilestoneAddDocument,
    "\n  mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) {\n    resourcesMilestoneSet(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesMilestoneSetDocument,
    "\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) {\n      project {\n        id\n        fundingStatus\n        fundingAmountFen\n        fundingDisbursementId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.ResourcesFundingRequestDocument,
    "\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id\n      title\n      status\n      budgetFen\n      fundingStatus\n      fundingAmountFen\n      fundingError\n      fundingDisbursementId\n      ownerName\n      resourceValueFen\n      need {\n        id\n        status\n      }\n      resources {\n        quantity\n        valueFen\n        resource {\n          id\n          title\n        }\n      }\n      milestones {\n        id\n        title\n        done\n        position\n      }\n      permissions {\n        start\n        complete\n        cancel\n        editMilestones\n        requestFunding\n      }\n    }\n  }\n": types.ResourcesProjectGetDocument,
    "\n  mutation ResourcesIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n": types.ResourcesIsoLoginDocument,
    "\n  mutation ResourcesIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n": types.ResourcesIsoCommunityDocument,
    "\n  mutation ResourcesIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ResourcesIsoMemberDocument,
    "\n  mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ResourcesIsoEnableDocument,
    "\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n  }\n": types.ResourcesIsoForcesDocument,
    "\n  query ResourcesIsoMembers {\n    memberships {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n": types.ResourcesIsoMembersDocument,
    "\n  mutation ResourcesIsoFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ResourcesIsoFundDocument,
    "\n  query ResourcesFundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      nodes {\n        id\n        status\n        amountFen\n        purpose\n        projectRef\n      }\n    }\n  }\n": types.ResourcesFundRequestsDocument,
    "\n  mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ResourcesFundApproveDocument,
    "\n  mutation ResourcesFundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ResourcesFundPayDocument,
    "\n  mutation ResourcesToggle($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.ResourcesToggleDocument,
    "\n  query StationBookingViewerCanNode($id: ID!) {\n    node(id: $id) {\n      ... on StationBooking {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n": types.StationBookingViewerCanNodeDocument,
    "\n  query StationBookingViewerCanMine {\n    myStationBookings(first: 100, includeCancelled: true) {\n      nodes {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n": types.StationBookingViewerCanMineDocument,
    "\n  mutation StationsEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StationsEnableDocument,
    "\n  mutation StationsAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StationsAddMemberDocument,
    "\n  query StationsWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n  }\n": types.StationsWhereDocument,
    "\n  mutation StationsCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.StationsCommunityCreateDocument,
    "\n  mutation StationsLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n": types.StationsLoginDocument,
    "\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n        name\n        kind\n        kindName\n        address\n        gridUnitId\n        features\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationCreateDocument,
    "\n  mutation StationUpdate($input: StationUpdateInput!) {\n    stationUpdate(input: $input) {\n      station {\n        id\n        name\n        active\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationUpdateDocument,
    "\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n        name\n        category\n        grouping\n        slotMinutes\n        capacity\n        bookable\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationServiceCreateDocument,
    "\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) {\n    stationServiceUpdate(input: $input) {\n      service {\n        id\n        capacity\n        grouping\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationServiceUpdateDocument,
    "\n  mutation StationClosureAdd($input: StationClosureAddInput!) {\n    stationClosureAdd(input: $input) {\n      closure {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationClosureAddDocument,
    "\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) {\n    stationClosureRemove(input: $input) {\n      closure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationClosureRemoveDocument,
    "\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n        status\n        startsAt\n        endsAt\n        mine\n        bookedBy\n        service {\n          id\n        }\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationBookDocument,
    "\n  mutation StationCancel($input: StationBookingActInput!) {\n    stationBookingCancel(input: $input) {\n      booking {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationCancelDocument,
    "\n  mutation StationAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n        status\n        attendedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.StationAttendDocument,
    "\n  query StationGet($id: ID!) {\n    station(id: $id) {\n      id\n      name\n      kind\n      kindName\n      address\n      gridUnitId\n      features\n      phone\n      active\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      services {\n        id\n        name\n        category\n        grouping\n        capacity\n        slotMinutes\n      }\n    }\n  }\n": types.StationGetDocument,
    "\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n": types.StationListDocument,
    "\n  query StationCatalogQ {\n    stationCatalog {\n      lifeCircleMinutes\n      kinds {\n        key\n        name\n        stationCount\n      }\n      groupings {\n        key\n        name\n        services {\n          id\n          name\n        }\n      }\n      categories {\n        key\n        name\n      }\n    }\n  }\n": types.StationCatalogQDocument,
    "\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      capacity\n      booked\n      remaining\n    }\n  }\n": types.StationSlotsDocument,
    "\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n        bookedBy\n        mine\n      }\n    }\n  }\n": types.StationBookingsDocument,
    "\n  query StationMine($all: Boolean) {\n    myStationBookings(first: 100, includeCancelled: $all) {\n      totalCount\n      nodes {\n        id\n        status\n        mine\n      }\n    }\n  }\n": types.StationMineDocument,
    "\n    query StationsMatrixNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on StationBooking {\n          status\n        }\n      }\n    }\n  ": types.StationsMatrixNodeDocument,
    "\n  query StationsIsoStation($id: ID!) {\n    station(id: $id) {\n      id\n      name\n    }\n  }\n": types.StationsIsoStationDocument,
    "\n  query StationsIsoSlots($id: ID!) {\n    stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") {\n      startsAt\n    }\n  }\n": types.StationsIsoSlotsDocument,
    "\n  query StationsIsoBookings($id: ID!) {\n    stationBookings(stationId: $id) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n": types.StationsIsoBookingsDocument,
    "\n      query StationsIsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n        }\n      }\n    ": types.StationsIsoNodesDocument,
    "\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.VolunteerPiiConfigureDocument,
    "\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        idNumberMasked\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.VolunteerPiiRegisterDocument,
    "\n  mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.VolunteerPiiJoinDocument,
    "\n  mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) {\n    volunteerMemberUpdate(input: $input) {\n      member {\n        id\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.VolunteerPiiUpdateDocument,
    "\n  query VolunteerPiiLookup($idNumber: String) {\n    volunteerMembers(first: 5, idNumber: $idNumber) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerPiiLookupDocument,
    "\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on VolunteerMember {\n        name\n        idNumberMasked\n        idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\")\n      }\n    }\n  }\n": types.VolunteerPiiReadDocument,
    "\n  query VolunteerPiiMe {\n    volunteerMe {\n      id\n      idNumber\n      idNumberMasked\n    }\n  }\n": types.VolunteerPiiMeDocument,
    "\n  query VolunteerPiiMeUnmasked {\n    volunteerMe {\n      id\n      idNumber(unmasked: true)\n    }\n  }\n": types.VolunteerPiiMeUnmaskedDocument,
    "\n  query VolunteerPiiAccessLog {\n    personalDataAccessLog(first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n        account\n      }\n    }\n  }\n": types.VolunteerPiiAccessLogDocument,
    "\n  mutation VolunteerVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerVcConfigureDocument,
    "\n  mutation VolunteerVcJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerVcJoinDocument,
    "\n  mutation VolunteerVcActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerVcActivityDocument,
    "\n  mutation VolunteerVcSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerVcSignUpDocument,
    "\n  mutation VolunteerVcCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerVcCancelDocument,
    "\n  mutation VolunteerVcCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerVcCheckInDocument,
    "\n  mutation VolunteerVcCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerVcCheckOutDocument,
    "\n  query VolunteerVcNode($id: ID!) {\n    node(id: $id) {\n      ... on VolunteerSignup {\n        id\n        viewerCan {\n          cancel\n          checkIn\n          checkOut\n        }\n      }\n    }\n  }\n": types.VolunteerVcNodeDocument,
    "\n  query VolunteerVcMine($shift: ID!) {\n    node(id: $shift) {\n      ... on VolunteerShift {\n        mySignup {\n          id\n          viewerCan {\n            cancel\n            checkIn\n            checkOut\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerVcMineDocument,
    "\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n": types.VolunteerConfigureDocument,
    "\n  query VolunteerTeams {\n    volunteerTeams {\n      key\n      name\n    }\n  }\n": types.VolunteerTeamsDocument,
    "\n  query VolunteerRecords {\n    volunteers(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerRecordsDocument,
    "\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        name\n        teams\n        volunteerRecordId\n        idNumberMasked\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.VolunteerRegisterDocument,
    "\n  mutation VolunteerJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n        name\n        teams\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.VolunteerJoinDocument,
    "\n  query VolunteerMe {\n    volunteerMe {\n      id\n      name\n      teams\n      idNumberMasked\n    }\n  }\n": types.VolunteerMeDocument,
    "\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        title\n        shifts {\n          id\n          capacity\n          signedUp\n          checkInCode\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.VolunteerActivityCreateDocument,
    "\n  query VolunteerActivity($id: ID!) {\n    volunteerActivity(id: $id) {\n      id\n      title\n      shifts {\n        id\n        capacity\n        signedUp\n        waitlisted\n        checkInCode\n        mySignup {\n          id\n          status\n        }\n        signups {\n          id\n          status\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.VolunteerActivityDocument,
    "\n  mutation VolunteerSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n": types.VolunteerSignUpDocument,
    "\n  mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerSignupCancelDocument,
    "\n  mutation VolunteerCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n        status\n        checkedInAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerCheckInDocument,
    "\n  mutation VolunteerCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n        status\n        checkedOutAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerCheckOutDocument,
    "\n  mutation VolunteerCodeIn($input: VolunteerCodeInput!) {\n    volunteerCheckInByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerCodeInDocument,
    "\n  mutation VolunteerCodeOut($input: VolunteerCodeInput!) {\n    volunteerCheckOutByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerCodeOutDocument,
    "\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) {\n      totalCount\n      nodes {\n        id\n        minutes\n        kind\n        status\n        activityTitle\n        serviceDate\n        correctsId\n        reason\n        member {\n          name\n        }\n      }\n    }\n  }\n": types.VolunteerHoursDocument,
    "\n  mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n        status\n        minutes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerHoursConfirmDocument,
    "\n  mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n        kind\n        minutes\n        correctsId\n        corrects {\n          id\n          minutes\n          kind\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n": types.VolunteerHoursCorrectDocument,
    "\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) {\n    volunteerHoursTotals(from: $from, to: $to, period: $period) {\n      name\n      period\n      minutes\n      memberId\n      member {\n        id\n        name\n      }\n    }\n  }\n": types.VolunteerTotalsDocument,
    "\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerHoursExport(from: $from, to: $to) {\n      name\n      idNumberMasked\n      organization\n      activity\n      date\n      hours\n    }\n  }\n": types.VolunteerExportDocument,
    "\n  query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n": types.VolunteerMetricsDocument,
    "\n  query VolunteerPointsMy {\n    pointsMyAccount {\n      balance\n    }\n  }\n": types.VolunteerPointsMyDocument,
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
export function graphql(source: "\n  query AccBaojiLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        votingUnit\n        quorumPercent\n        steps\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccBaojiLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        votingUnit\n        quorumPercent\n        steps\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n        level {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n        level {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        eligible\n        votingUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        eligible\n        votingUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        quorumMet\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        quorumMet\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        status\n        step\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      title\n      decidedAt\n      body {\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccBaojiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      title\n      decidedAt\n      body {\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccChangzhouLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        threshold\n        steps\n        onlineDiscussionOpen\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccChangzhouLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        threshold\n        steps\n        onlineDiscussionOpen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        levelKey\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        authorName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        authorName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        body {\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        threshold\n        eligible\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        threshold\n        eligible\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        tally {\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        tally {\n          count\n        }\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccChangzhouTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      body {\n        levelKey\n      }\n      history {\n        action\n      }\n      comments {\n        totalCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccChangzhouTopic($id: ID!) {\n    councilTopic(id: $id) {\n      status\n      body {\n        levelKey\n      }\n      history {\n        action\n      }\n      comments {\n        totalCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccChangzhouPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n        minutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccChangzhouPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n        minutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccChangzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccChangzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccChangzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccChangzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccChangzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccChangzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        amountFen\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        amountFen\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccFengqingDisbursement($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        status\n        councilDecision\n        approvalsCount\n        purposeName\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccFengqingDisbursement($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        status\n        councilDecision\n        approvalsCount\n        purposeName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      incomeFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        moneyFen\n      }\n      spending {\n        purposeName\n        amountFen\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      incomeFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        moneyFen\n      }\n      spending {\n        purposeName\n        amountFen\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccFengqingLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        cadence\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccFengqingLevels {\n    councilLevels {\n      key\n      name\n      rules {\n        cadence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingBody($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        rules {\n          cadence\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingBody($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        rules {\n          cadence\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccFengqingBodyDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n"): (typeof documents)["\n  query AccFengqingBodyDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        passed\n        topic {\n          status\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        status\n        attendance {\n          name\n        }\n        decisions {\n          passed\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        status\n        attendance {\n          name\n        }\n        decisions {\n          passed\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        status\n        escalationAnswer\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        status\n        escalationAnswer\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccFengqingRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccFengqingRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccFengqingGet($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      escalatedTo\n      escalationAnswer\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccFengqingGet($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      escalatedTo\n      escalationAnswer\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptanceMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptanceHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptanceResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptanceResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptanceSeat($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptanceSeat($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptanceMe {\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query AcceptanceMe {\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptanceModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcceptanceModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AcceptanceChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query AcceptanceChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) {\n    socialWorkerCreate(input: $input) {\n      socialWorker {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) {\n    socialWorkerCreate(input: $input) {\n      socialWorker {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n        assistantIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n        assistantIds\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccPanzhouMine($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      takerName\n      result\n      rating\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccPanzhouMine($id: ID!) {\n    serviceRequest(id: $id) {\n      status\n      takerName\n      result\n      rating\n      log {\n        action\n        toStatus\n        actorRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccPanzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccPanzhouMyPoints {\n    pointsMyAccount {\n      kind\n      balance\n      householdId\n      entries(first: 10) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccPanzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n        code\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccPanzhouRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n        code\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccPanzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccPanzhouItems {\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      items {\n        key\n        module\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      items {\n        key\n        module\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccSanshundianMyMember {\n    partyMyMember {\n      name\n      serviceMinutes\n      serviceRecords(first: 10) {\n        source\n        title\n        minutes\n        rating\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccSanshundianMyMember {\n    partyMyMember {\n      name\n      serviceMinutes\n      serviceRecords(first: 10) {\n        source\n        title\n        minutes\n        rating\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        gridUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        gridUnit\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n        route\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        status\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        position\n        startMonth\n        endMonth\n        current\n        unit {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        position\n        startMonth\n        endMonth\n        current\n        unit {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccSanshundianChair {\n    partyChair {\n      year\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccSanshundianChair {\n    partyChair {\n      year\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) {\n    cobuildingUnitCreate(input: $input) {\n      cobuildingUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) {\n    cobuildingUnitCreate(input: $input) {\n      cobuildingUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccSanshundianMatches($needId: ID!) {\n    resourcesNeedMatches(needId: $needId) {\n      score\n      reasons\n      resource {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccSanshundianMatches($needId: ID!) {\n    resourcesNeedMatches(needId: $needId) {\n      score\n      reasons\n      resource {\n        id\n        title\n        provider {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        ownerName\n        need {\n          status\n        }\n        resources {\n          resource {\n            title\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        ownerName\n        need {\n          status\n        }\n        resources {\n          resource {\n            title\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardTestLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation BoardTestLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTestResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardTestResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTestMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        displayName\n      }\n    }\n  }\n"): (typeof documents)["\n  query BoardTestMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        displayName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardTestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        grid {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BoardTestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        grid {\n          name\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BoardTestDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BoardTestDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BoardTestChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types, first: 500) {\n      events {\n        cursor\n      }\n      hasMore\n    }\n  }\n"): (typeof documents)["\n  query BoardTestChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types, first: 500) {\n      events {\n        cursor\n      }\n      hasMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreForcesCreate(\n    $org: SocialOrganizationCreateInput!\n    $worker: SocialWorkerCreateInput!\n    $vol: VolunteerCreateInput!\n    $unit: CobuildingUnitCreateInput!\n    $charity: CharityResourceCreateInput!\n  ) {\n    org: socialOrganizationCreate(input: $org) {\n      record: socialOrganization {\n        id\n        name\n        contactPhone\n        status\n        services\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    worker: socialWorkerCreate(input: $worker) {\n      record: socialWorker {\n        id\n        name\n        contactPhone\n        kind\n        certificate\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    vol: volunteerCreate(input: $vol) {\n      record: volunteer {\n        id\n        name\n        contactPhone\n        team\n        skills\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    unit: cobuildingUnitCreate(input: $unit) {\n      record: cobuildingUnit {\n        id\n        name\n        contactPhone\n        unitType\n        partyOrganization\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    charity: charityResourceCreate(input: $charity) {\n      record: charityResource {\n        id\n        name\n        contactPhone\n        kind\n        offers\n        anonymous\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreForcesCreate(\n    $org: SocialOrganizationCreateInput!\n    $worker: SocialWorkerCreateInput!\n    $vol: VolunteerCreateInput!\n    $unit: CobuildingUnitCreateInput!\n    $charity: CharityResourceCreateInput!\n  ) {\n    org: socialOrganizationCreate(input: $org) {\n      record: socialOrganization {\n        id\n        name\n        contactPhone\n        status\n        services\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    worker: socialWorkerCreate(input: $worker) {\n      record: socialWorker {\n        id\n        name\n        contactPhone\n        kind\n        certificate\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    vol: volunteerCreate(input: $vol) {\n      record: volunteer {\n        id\n        name\n        contactPhone\n        team\n        skills\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    unit: cobuildingUnitCreate(input: $unit) {\n      record: cobuildingUnit {\n        id\n        name\n        contactPhone\n        unitType\n        partyOrganization\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n    charity: charityResourceCreate(input: $charity) {\n      record: charityResource {\n        id\n        name\n        contactPhone\n        kind\n        offers\n        anonymous\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreForcesUpdate(\n    $org: SocialOrganizationUpdateInput!\n    $worker: SocialWorkerUpdateInput!\n    $vol: VolunteerUpdateInput!\n    $unit: CobuildingUnitUpdateInput!\n    $charity: CharityResourceUpdateInput!\n  ) {\n    org: socialOrganizationUpdate(input: $org) {\n      record: socialOrganization {\n        name\n        status\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    worker: socialWorkerUpdate(input: $worker) {\n      record: socialWorker {\n        name\n        certificate\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    vol: volunteerUpdate(input: $vol) {\n      record: volunteer {\n        name\n        skills\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    unit: cobuildingUnitUpdate(input: $unit) {\n      record: cobuildingUnit {\n        name\n        partyOrganization\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    charity: charityResourceUpdate(input: $charity) {\n      record: charityResource {\n        name\n        anonymous\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreForcesUpdate(\n    $org: SocialOrganizationUpdateInput!\n    $worker: SocialWorkerUpdateInput!\n    $vol: VolunteerUpdateInput!\n    $unit: CobuildingUnitUpdateInput!\n    $charity: CharityResourceUpdateInput!\n  ) {\n    org: socialOrganizationUpdate(input: $org) {\n      record: socialOrganization {\n        name\n        status\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    worker: socialWorkerUpdate(input: $worker) {\n      record: socialWorker {\n        name\n        certificate\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    vol: volunteerUpdate(input: $vol) {\n      record: volunteer {\n        name\n        skills\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    unit: cobuildingUnitUpdate(input: $unit) {\n      record: cobuildingUnit {\n        name\n        partyOrganization\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n    charity: charityResourceUpdate(input: $charity) {\n      record: charityResource {\n        name\n        anonymous\n        contactPhone\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    worker: socialWorkers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    vol: volunteers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    charity: charityResources(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreForcesList($search: String!, $archived: Boolean) {\n    org: socialOrganizations(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    worker: socialWorkers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    vol: volunteers(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    unit: cobuildingUnits(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n    charity: charityResources(search: $search, includeArchived: $archived) {\n      totalCount\n      nodes {\n        name\n        contactPhone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) {\n    volunteerCreate(input: $input) {\n      volunteer {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreVolunteerCreate($input: VolunteerCreateInput!) {\n    volunteerCreate(input: $input) {\n      volunteer {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n        login\n        roles\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreMemberUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        permissions\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      apiKey {\n        id\n        prefix\n        permissions\n        revokedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        revokedAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreProbe {\n    households(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CoreProbe {\n    households(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreProbeResidents {\n    residents(first: 1) {\n      nodes {\n        phone(unmasked: true)\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreProbeResidents {\n    residents(first: 1) {\n      nodes {\n        phone(unmasked: true)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreProbeWrite($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        resident {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        resident {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreLinkResidents {\n    residents(first: 3) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreLinkResidents {\n    residents(first: 3) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreLinkMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreCommunityModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreCommunityModules {\n    community {\n      id\n      name\n      preset\n      modules {\n        key\n        enabled\n        settings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        name\n        preset\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        name\n        preset\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) {\n    communityUpdate(input: $input) {\n      community {\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreCommunityUpdate($input: CommunityUpdateInput!) {\n    communityUpdate(input: $input) {\n      community {\n        name\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n        address\n        tags\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n        address\n        tags\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        number\n        address\n        building\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        number\n        address\n        building\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        id\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        id\n        closedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) {\n      totalCount\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreHouseholds($search: String, $includeClosed: Boolean) {\n    households(first: 100, search: $search, includeClosed: $includeClosed) {\n      totalCount\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        age\n        idNumber\n        phone\n        household {\n          number\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        age\n        idNumber\n        phone\n        household {\n          number\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        idNumber(unmasked: $unmasked)\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreResidentPersonal($search: String!, $unmasked: Boolean!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        idNumber(unmasked: $unmasked)\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentPhone($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        phone(unmasked: true)\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreResidentPhone($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        id\n        phone(unmasked: true)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        name\n        sensitive {\n          disability\n          hardship\n          healthNote\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreResidentSensitive($search: String!) {\n    residents(first: 5, search: $search) {\n      nodes {\n        name\n        sensitive {\n          disability\n          hardship\n          healthNote\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CoreResidentPage($first: Int, $after: String, $last: Int, $before: String) {\n    residents(first: $first, after: $after, last: $last, before: $before) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CoreConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorePiiLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorePiiLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiMe {\n    me {\n      login\n      phone\n    }\n  }\n"): (typeof documents)["\n  query CorePiiMe {\n    me {\n      login\n      phone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiMembers {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorePiiMembers {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiMembersUnmasked {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone(unmasked: true, reason: \"核对联系方式\")\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorePiiMembersUnmasked {\n    memberships(first: 100) {\n      nodes {\n        login\n        phone(unmasked: true, reason: \"核对联系方式\")\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorePiiAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorePiiAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorePiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      title\n      description\n      address\n    }\n  }\n"): (typeof documents)["\n  query CorePiiRequest($id: ID!) {\n    serviceRequest(id: $id) {\n      title\n      description\n      address\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiRequests {\n    serviceRequests(first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorePiiRequests {\n    serviceRequests(first: 100) {\n      nodes {\n        id\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  query CorePiiTopic($id: ID!) {\n    councilTopic(id: $id) {\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorePiiOrgCreate($input: SocialOrganizationCreateInput!) {\n    socialOrganizationCreate(input: $input) {\n      socialOrganization {\n        id\n        contactPhone\n        description\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorePiiOrgCreate($input: SocialOrganizationCreateInput!) {\n    socialOrganizationCreate(input: $input) {\n      socialOrganization {\n        id\n        contactPhone\n        description\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiOrgs {\n    socialOrganizations(first: 50) {\n      nodes {\n        id\n        name\n        contactPhone\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorePiiOrgs {\n    socialOrganizations(first: 50) {\n      nodes {\n        id\n        name\n        contactPhone\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CorePiiSearch($phone: String, $idNumber: String) {\n    residents(first: 5, phone: $phone, idNumber: $idNumber) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CorePiiSearch($phone: String, $idNumber: String) {\n    residents(first: 5, phone: $phone, idNumber: $idNumber) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorePiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorePiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorePiiHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorePiiHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorePiiExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorePiiExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CorePiiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CorePiiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilGridBodies {\n    councilBodies(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilGridBodies {\n    councilBodies(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilGridTopics {\n    councilTopics(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilGridTopics {\n    councilTopics(first: 50) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) {\n      id\n    }\n    councilTopic(id: $topic) {\n      id\n    }\n    councilVote(id: $vote) {\n      id\n    }\n    councilMeeting(id: $meeting) {\n      id\n    }\n    node(id: $body) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {\n    councilBody(id: $body) {\n      id\n    }\n    councilTopic(id: $topic) {\n      id\n    }\n    councilVote(id: $vote) {\n      id\n    }\n    councilMeeting(id: $meeting) {\n      id\n    }\n    node(id: $body) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilGridBoard($bodyId: ID!) {\n    councilBoardChanges(bodyId: $bodyId) {\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  query CouncilGridBoard($bodyId: ID!) {\n    councilBoardChanges(bodyId: $bodyId) {\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilGridComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilGridComment($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilMembershipAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilHouseholds {\n    households(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilHouseholds {\n    households(first: 40) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilLevels {\n    councilLevels {\n      key\n      name\n      index\n      rules {\n        quorumPercent\n        threshold\n        votingUnit\n        cadence\n        onlineDiscussionOpen\n        steps\n        allowVoteChange\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilLevels {\n    councilLevels {\n      key\n      name\n      index\n      rules {\n        quorumPercent\n        threshold\n        votingUnit\n        cadence\n        onlineDiscussionOpen\n        steps\n        allowVoteChange\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        name\n        levelKey\n        level {\n          key\n          name\n          index\n        }\n        rules {\n          steps\n          votingUnit\n          threshold\n          quorumPercent\n          cadence\n          onlineDiscussionOpen\n        }\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilBodyCreate($input: CouncilBodyCreateInput!) {\n    councilBodyCreate(input: $input) {\n      body {\n        id\n        name\n        levelKey\n        level {\n          key\n          name\n          index\n        }\n        rules {\n          steps\n          votingUnit\n          threshold\n          quorumPercent\n          cadence\n          onlineDiscussionOpen\n        }\n        parent {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n        role\n        votes\n        householdId\n        displayName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilMemberAdd($input: CouncilMemberAddInput!) {\n    councilMemberAdd(input: $input) {\n      member {\n        id\n        role\n        votes\n        householdId\n        displayName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMemberEnd($input: CouncilMemberEndInput!) {\n    councilMemberEnd(input: $input) {\n      member {\n        id\n        endedAt\n        votes\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilMemberEnd($input: CouncilMemberEndInput!) {\n    councilMemberEnd(input: $input) {\n      member {\n        id\n        endedAt\n        votes\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTopicRaise($input: CouncilTopicRaiseInput!) {\n    councilTopicRaise(input: $input) {\n      topic {\n        id\n        status\n        step\n        body {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        rejectReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTopicScreen($input: CouncilTopicScreenInput!) {\n    councilTopicScreen(input: $input) {\n      topic {\n        id\n        status\n        rejectReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTopicEscalate($input: CouncilTopicEscalateInput!) {\n    councilTopicEscalate(input: $input) {\n      topic {\n        id\n        status\n        body {\n          id\n          levelKey\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) {\n    councilTopicResolve(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTopicResolve($input: CouncilTopicAdvanceInput!) {\n    councilTopicResolve(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        id\n        status\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTopicComplete($input: CouncilTopicAdvanceInput!) {\n    councilTopicComplete(input: $input) {\n      topic {\n        id\n        status\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTopicCloseEvaluation($input: CouncilTopicAdvanceInput!) {\n    councilTopicCloseEvaluation(input: $input) {\n      topic {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilCommentPost($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n        authorName\n        text\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilCommentPost($input: CouncilCommentPostInput!) {\n    councilCommentPost(input: $input) {\n      comment {\n        id\n        authorName\n        text\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n        ownerName\n        dueOn\n        overdue\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTaskAdd($input: CouncilTaskAddInput!) {\n    councilTaskAdd(input: $input) {\n      task {\n        id\n        ownerName\n        dueOn\n        overdue\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        id\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTaskDone($input: CouncilTaskDoneInput!) {\n    councilTaskDone(input: $input) {\n      task {\n        id\n        doneAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilTopicEvaluate($input: CouncilTopicEvaluateInput!) {\n    councilTopicEvaluate(input: $input) {\n      evaluation {\n        rating\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        status\n        eligible\n        quorumPercent\n        threshold\n        votingUnit\n        allowChange\n        options\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVoteOpen($input: CouncilVoteOpenInput!) {\n    councilVoteOpen(input: $input) {\n      vote {\n        id\n        status\n        eligible\n        quorumPercent\n        threshold\n        votingUnit\n        allowChange\n        options\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVoteCast($input: CouncilVoteCastInput!) {\n    councilVoteCast(input: $input) {\n      vote {\n        id\n        myChoice\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) {\n    councilVoteEnter(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVoteEnter($input: CouncilVoteEnterInput!) {\n    councilVoteEnter(input: $input) {\n      vote {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        id\n        status\n        quorumMet\n        passed\n        winner\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVoteClose($input: CouncilVoteCloseInput!) {\n    councilVoteClose(input: $input) {\n      vote {\n        id\n        status\n        quorumMet\n        passed\n        winner\n        ballotCount\n        tally {\n          option\n          count\n        }\n        topic {\n          id\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilVoteGet($id: ID!) {\n    councilVote(id: $id) {\n      id\n      status\n      passed\n      quorumMet\n      ballotCount\n      tally {\n        option\n        count\n      }\n      ballots {\n        choice\n        channel\n        enteredBy\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilVoteGet($id: ID!) {\n    councilVote(id: $id) {\n      id\n      status\n      passed\n      quorumMet\n      ballotCount\n      tally {\n        option\n        count\n      }\n      ballots {\n        choice\n        channel\n        enteredBy\n        memberId\n        member {\n          id\n          displayName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      step\n      title\n      fundRequestFen\n      decidedAt\n      doneAt\n      body {\n        id\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      comments {\n        totalCount\n        nodes {\n          authorName\n          text\n        }\n      }\n      tasks {\n        title\n        doneAt\n      }\n      votes {\n        id\n        passed\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilTopicGet($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      step\n      title\n      fundRequestFen\n      decidedAt\n      doneAt\n      body {\n        id\n        levelKey\n      }\n      history {\n        action\n        fromStatus\n        toStatus\n        note\n      }\n      comments {\n        totalCount\n        nodes {\n          authorName\n          text\n        }\n      }\n      tasks {\n        title\n        doneAt\n      }\n      votes {\n        id\n        passed\n      }\n      evaluation {\n        count\n        average\n        satisfiedPercent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilIsoGridUnits {\n    gridUnits(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilIsoGridUnits {\n    gridUnits(first: 1) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilIsoGridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilIsoMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilPermBodies {\n    councilBodies {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query CouncilPermBodies {\n    councilBodies {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilPermMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilPermAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilPermDocument($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilPermCommunity {\n    community {\n      id\n    }\n  }\n"): (typeof documents)["\n  query CouncilPermCommunity {\n    community {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) {\n      councilTopicComplete(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation CouncilPermComplete($input: CouncilTopicAdvanceInput!) {\n      councilTopicComplete(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query CouncilPermNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query CouncilPermNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation CouncilPermBody($input: CouncilBodyCreateInput!) {\n        councilBodyCreate(input: $input) {\n          body {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation CouncilPermBody($input: CouncilBodyCreateInput!) {\n        councilBodyCreate(input: $input) {\n          body {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilReminderMeeting($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilReminderMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilReminderNextDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n"): (typeof documents)["\n  query CouncilReminderNextDue($id: ID!) {\n    councilBody(id: $id) {\n      nextMeetingDue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilReminderChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilReminderChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilTopicViewerCan($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      viewerCan {\n        accept\n        reject\n        escalate\n        resolve\n        complete\n        closeEvaluation\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilTopicViewerCan($id: ID!) {\n    councilTopic(id: $id) {\n      id\n      status\n      viewerCan {\n        accept\n        reject\n        escalate\n        resolve\n        complete\n        closeEvaluation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilMeetingViewerCan($id: ID!) {\n    councilMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        addAgenda\n        recordAttendance\n        close\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilMeetingViewerCan($id: ID!) {\n    councilMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        addAgenda\n        recordAttendance\n        close\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVcSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVcSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVcAgenda($input: CouncilAgendaAddInput!) {\n    councilAgendaAdd(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVcAgenda($input: CouncilAgendaAddInput!) {\n    councilAgendaAdd(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVcAttendance($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVcAttendance($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilVcClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilVcClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        kind\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) {\n    councilMeetingSchedule(input: $input) {\n      meeting {\n        id\n        kind\n        scheduledAt\n        agenda {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendanceCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) {\n    councilAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendanceCount\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) {\n    councilMeetingAttend(input: $input) {\n      meeting {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        attendance {\n          name\n          channel\n          isMember\n        }\n        decisions {\n          id\n          passed\n          topic {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {\n    councilMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        attendance {\n          name\n          channel\n          isMember\n        }\n        decisions {\n          id\n          passed\n          topic {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n        version\n        kind\n        title\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) {\n    councilDocumentPublish(input: $input) {\n      document {\n        id\n        version\n        kind\n        title\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilBodyDocs($id: ID!, $all: Boolean) {\n    councilBody(id: $id) {\n      id\n      nextMeetingDue\n      votingSeats\n      documents(allVersions: $all) {\n        version\n        kind\n        title\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilBodyDocs($id: ID!, $all: Boolean) {\n    councilBody(id: $id) {\n      id\n      nextMeetingDue\n      votingSeats\n      documents(allVersions: $all) {\n        version\n        kind\n        title\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) {\n      meetingsHeld\n      topicsRaised\n      topicsDecided\n      topicsDone\n      averageDaysToDone\n      participationPercent\n      levels {\n        levelKey\n        meetingsHeld\n        topicsRaised\n        topicsDecided\n        topicsDone\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {\n    councilStatistics(from: $from, to: $to) {\n      meetingsHeld\n      topicsRaised\n      topicsDecided\n      topicsDone\n      averageDaysToDone\n      participationPercent\n      levels {\n        levelKey\n        meetingsHeld\n        topicsRaised\n        topicsDecided\n        topicsDone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CouncilChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query CouncilChanges($types: [String!]) {\n    changes(types: $types, first: 500) {\n      events {\n        type\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n                message\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n                message\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query CouncilDispatchTopics($bodyId: ID) {\n      councilTopics(bodyId: $bodyId) {\n        nodes {\n          title\n          status\n          source\n        }\n      }\n    }\n  "): (typeof documents)["\n    query CouncilDispatchTopics($bodyId: ID) {\n      councilTopics(bodyId: $bodyId) {\n        nodes {\n          title\n          status\n          source\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchGridUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchGridDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchGridDuty($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchGridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchGridHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchGridHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        gridUnit\n        takerName\n        dueAt\n        overdue\n        requester {\n          id\n          name\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchBoardPage($grid: ID, $first: Int) {\n    dispatchBoard(grid: $grid, first: $first) {\n      totalCount\n      nodes {\n        id\n        status\n        gridUnit\n        takerName\n        dueAt\n        overdue\n        requester {\n          id\n          name\n        }\n        household {\n          id\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n      dispatchBoard(first: $first, after: $after, last: $last, before: $before) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  "): (typeof documents)["\n    query DispatchBoardPaged($first: Int, $after: String, $last: Int, $before: String) {\n      dispatchBoard(first: $first, after: $after, last: $last, before: $before) {\n        nodes {\n          id\n        }\n        pageInfo {\n          hasNextPage\n          hasPreviousPage\n          startCursor\n          endCursor\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchEscalationTargets($category: String) {\n    dispatchEscalationTargets(category: $category) {\n      name\n      source\n      target\n      kind\n      categories\n    }\n  }\n"): (typeof documents)["\n  query DispatchEscalationTargets($category: String) {\n    dispatchEscalationTargets(category: $category) {\n      name\n      source\n      target\n      kind\n      categories\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n        escalatedToTarget\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchEscalationEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n        escalatedToTarget\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchEscalationPartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n    partyEscalationTargetUpdate(input: $input) {\n      target {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchEscalationPartyTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n    partyEscalationTargetUpdate(input: $input) {\n      target {\n        id\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchEscalationPartyTargets {\n    partyEscalationTargets {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query DispatchEscalationPartyTargets {\n    partyEscalationTargets {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchFilterUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchFilterUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchFilterHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchFilterHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchFilterPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchFilterPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchFilterList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $kind: [String!]\n    $category: [String!]\n    $channel: [DispatchChannel!]\n    $grid: ID\n    $status: [ServiceRequestStatus!]\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n    $orderBy: ServiceRequestOrder\n  ) {\n    serviceRequests(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      kind: $kind\n      category: $category\n      channel: $channel\n      grid: $grid\n      status: $status\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        createdAt\n        kind\n        category\n        channel\n        status\n        household {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchFilterList(\n    $first: Int\n    $after: String\n    $last: Int\n    $before: String\n    $kind: [String!]\n    $category: [String!]\n    $channel: [DispatchChannel!]\n    $grid: ID\n    $status: [ServiceRequestStatus!]\n    $createdFrom: DateTimeISO\n    $createdTo: DateTimeISO\n    $orderBy: ServiceRequestOrder\n  ) {\n    serviceRequests(\n      first: $first\n      after: $after\n      last: $last\n      before: $before\n      kind: $kind\n      category: $category\n      channel: $channel\n      grid: $grid\n      status: $status\n      createdFrom: $createdFrom\n      createdTo: $createdTo\n      orderBy: $orderBy\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      nodes {\n        id\n        createdAt\n        kind\n        category\n        channel\n        status\n        household {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchFilterCatalog {\n    dispatchCatalog {\n      kinds {\n        key\n        name\n        route\n        deadlineHours\n      }\n      categories {\n        key\n        name\n        deadlineHours\n      }\n      channels {\n        channel\n        name\n      }\n      routes {\n        route\n        name\n      }\n      assistants\n      secretaryStudio\n    }\n  }\n"): (typeof documents)["\n  query DispatchFilterCatalog {\n    dispatchCatalog {\n      kinds {\n        key\n        name\n        route\n        deadlineHours\n      }\n      categories {\n        key\n        name\n        deadlineHours\n      }\n      channels {\n        channel\n        name\n      }\n      routes {\n        route\n        name\n      }\n      assistants\n      secretaryStudio\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchResidents {\n    residents(first: 5) {\n      nodes {\n        id\n        name\n        household {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        onBehalf\n        dueAt\n        gridUnit\n        requester {\n          id\n        }\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n        kind\n        channel\n        onBehalf\n        dueAt\n        gridUnit\n        requester {\n          id\n        }\n        household {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        id\n        status\n        route\n        takerName\n        assistantIds\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchDispatch($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        id\n        status\n        route\n        takerName\n        assistantIds\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchClaim($input: ServiceRequestIdInput!) {\n    serviceRequestClaim(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchNote($input: ServiceRequestNoteInput!) {\n    serviceRequestNote(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchNote($input: ServiceRequestNoteInput!) {\n    serviceRequestNote(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) {\n    serviceRequestHandOver(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchHandOver($input: ServiceRequestHandOverInput!) {\n    serviceRequestHandOver(input: $input) {\n      serviceRequest {\n        id\n        status\n        takerName\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchEscalate($input: ServiceRequestEscalateInput!) {\n    serviceRequestEscalate(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationTarget\n        escalatedTo\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationAnswer\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchAnswer($input: ServiceRequestNoteInput!) {\n    serviceRequestEscalationAnswer(input: $input) {\n      serviceRequest {\n        id\n        status\n        escalationAnswer\n        result\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        id\n        status\n        result\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        id\n        status\n        result\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        id\n        status\n        rating\n        ratingComment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchRate($input: ServiceRequestRateInput!) {\n    serviceRequestRate(input: $input) {\n      serviceRequest {\n        id\n        status\n        rating\n        ratingComment\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) {\n    serviceRequestReopen(input: $input) {\n      serviceRequest {\n        id\n        status\n        reopenCount\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchReopen($input: ServiceRequestNoteInput!) {\n    serviceRequestReopen(input: $input) {\n      serviceRequest {\n        id\n        status\n        reopenCount\n        takerName\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) {\n    serviceRequestCancel(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchCancel($input: ServiceRequestNoteInput!) {\n    serviceRequestCancel(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchReject($input: ServiceRequestNoteInput!) {\n    serviceRequestReject(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchReject($input: ServiceRequestNoteInput!) {\n    serviceRequestReject(input: $input) {\n      serviceRequest {\n        id\n        status\n        closeReason\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) {\n    serviceRequestMerge(input: $input) {\n      serviceRequest {\n        id\n        status\n        mergedInto {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchMerge($input: ServiceRequestMergeInput!) {\n    serviceRequestMerge(input: $input) {\n      serviceRequest {\n        id\n        status\n        mergedInto {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      kind\n      route\n      takerName\n      rating\n      overdue\n      reopenCount\n      requester {\n        id\n      }\n      log {\n        action\n        fromStatus\n        toStatus\n        actorRole\n        body\n        at\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      kind\n      route\n      takerName\n      rating\n      overdue\n      reopenCount\n      requester {\n        id\n      }\n      log {\n        action\n        fromStatus\n        toStatus\n        actorRole\n        body\n        at\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) {\n    serviceRequests(first: 100, mine: $mine, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchList($mine: Boolean, $status: [ServiceRequestStatus!]) {\n    serviceRequests(first: 100, mine: $mine, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchIsoBoard($grid: ID) {\n    dispatchBoard(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchIsoBoard($grid: ID) {\n    dispatchBoard(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchIsoList($grid: ID) {\n    serviceRequests(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchIsoList($grid: ID) {\n    serviceRequests(grid: $grid) {\n      totalCount\n      nodes {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchIsoUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchIsoUnit($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchOpen311Key($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchOpen311Key($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchOpen311Revoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchOpen311Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchOpen311Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchOpen311Community($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchOpen311Community($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchOpen311Member($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchOpen311Member($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchPermMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchPermBoard {\n    dispatchBoard(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query DispatchPermBoard {\n    dispatchBoard(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchPermCommunity {\n    community {\n      id\n    }\n  }\n"): (typeof documents)["\n  query DispatchPermCommunity {\n    community {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DispatchRaceMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DispatchRaceMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchViewerCan($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      viewerCan {\n        dispatch\n        claim\n        handOver\n        note\n        escalate\n        answerEscalation\n        resolve\n        rate\n        reopen\n        cancel\n        reject\n        merge\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchViewerCan($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      status\n      viewerCan {\n        dispatch\n        claim\n        handOver\n        note\n        escalate\n        answerEscalation\n        resolve\n        rate\n        reopen\n        cancel\n        reject\n        merge\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchViewerCanPage($n: Int!) {\n    serviceRequests(first: $n) {\n      nodes {\n        id\n        status\n        viewerCan {\n          dispatch\n          claim\n          handOver\n          note\n          escalate\n          answerEscalation\n          resolve\n          rate\n          reopen\n          cancel\n          reject\n          merge\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchViewerCanPage($n: Int!) {\n    serviceRequests(first: $n) {\n      nodes {\n        id\n        status\n        viewerCan {\n          dispatch\n          claim\n          handOver\n          note\n          escalate\n          answerEscalation\n          resolve\n          rate\n          reopen\n          cancel\n          reject\n          merge\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n      gridRanking {\n        gridUnit\n        received\n      }\n    }\n  }\n"): (typeof documents)["\n  query DispatchMetricsPeriod($from: DateTimeISO!, $to: DateTimeISO!) {\n    dispatchMetrics(from: $from, to: $to) {\n      metrics {\n        key\n        value\n      }\n      gridRanking {\n        gridUnit\n        received\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundDisbursementViewerCan($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        id\n        viewerCan {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundDisbursementViewerCan($id: ID!) {\n    node(id: $id) {\n      ... on FundDisbursement {\n        id\n        viewerCan {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n"): (typeof documents)["\n  query FundFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundFxAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundFxAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    named: charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    anon: charityResourceCreate(input: $a) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $a: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    named: charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    anon: charityResourceCreate(input: $a) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n        kind\n        purpose\n        balanceFen\n        custodian {\n          name\n          type\n        }\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundCreate($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n        name\n        kind\n        purpose\n        balanceFen\n        custodian {\n          name\n          type\n        }\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundUpdate($input: FundUpdateInput!) {\n    fundUpdate(input: $input) {\n      fund {\n        id\n        name\n        active\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundUpdate($input: FundUpdateInput!) {\n    fundUpdate(input: $input) {\n      fund {\n        id\n        name\n        active\n        roster {\n          displayName\n          role\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id\n      name\n      balanceFen\n      goodsValuationFen\n      incomeFen\n      spentFen\n      receiptsIssued\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundGet($id: ID!) {\n    fund(id: $id) {\n      id\n      name\n      balanceFen\n      goodsValuationFen\n      incomeFen\n      spentFen\n      receiptsIssued\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        kind\n        amountFen\n        receiptNumber\n        donorName\n        anonymous\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundRecord($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n        status\n        kind\n        amountFen\n        receiptNumber\n        donorName\n        anonymous\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        mine\n        permissions {\n          fulfil\n          cancel\n          refund\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundPledge($input: FundDonationInput!) {\n    fundPledgeCreate(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n        donorName\n        mine\n        permissions {\n          fulfil\n          cancel\n          refund\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundFulfil($input: FundPledgeFulfilInput!) {\n    fundPledgeFulfil(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundFulfil($input: FundPledgeFulfilInput!) {\n    fundPledgeFulfil(input: $input) {\n      donation {\n        id\n        status\n        receiptNumber\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) {\n    fundPledgeCancel(input: $input) {\n      donation {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundPledgeCancel($input: FundPledgeCancelInput!) {\n    fundPledgeCancel(input: $input) {\n      donation {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundRefund($input: FundDonationRefundInput!) {\n    fundDonationRefund(input: $input) {\n      donation {\n        id\n        status\n        refundedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundRefund($input: FundDonationRefundInput!) {\n    fundDonationRefund(input: $input) {\n      donation {\n        id\n        status\n        refundedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundRequest($input: FundDisbursementRequestInput!) {\n    fundDisbursementRequest(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsRequired\n        councilRequired\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        id\n        status\n        approvalsCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundReject($input: FundDisbursementCloseInput!) {\n    fundDisbursementReject(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundReject($input: FundDisbursementCloseInput!) {\n    fundDisbursementReject(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundCancel($input: FundDisbursementCloseInput!) {\n    fundDisbursementCancel(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundCancel($input: FundDisbursementCloseInput!) {\n    fundDisbursementCancel(input: $input) {\n      disbursement {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        id\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        id\n        status\n        paymentReference\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName\n      openingBalanceFen\n      incomeFen\n      goodsFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        anonymous\n        moneyFen\n        goodsFen\n        count\n      }\n      spending {\n        purpose\n        purposeName\n        amountFen\n        count\n      }\n      csv\n    }\n  }\n"): (typeof documents)["\n  query FundStatementQ($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    fundStatement(fundId: $fundId, from: $from, to: $to) {\n      fundName\n      openingBalanceFen\n      incomeFen\n      goodsFen\n      spendingFen\n      closingBalanceFen\n      income {\n        donor\n        anonymous\n        moneyFen\n        goodsFen\n        count\n      }\n      spending {\n        purpose\n        purposeName\n        amountFen\n        count\n      }\n      csv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) {\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n    node(id: $d) {\n      ... on FundDisbursement {\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundMatrixPerms($id: ID!, $d: ID!) {\n    fund(id: $id) {\n      permissions {\n        recordDonation\n        pledge\n        requestDisbursement\n        approve\n        pay\n        manage\n        seeDonors\n      }\n    }\n    node(id: $d) {\n      ... on FundDisbursement {\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundMatrixAnon($fundId: ID!) {\n    fundDonations(fundId: $fundId, first: 100) {\n      nodes {\n        id\n        donorName\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundMatrixAnon($fundId: ID!) {\n    fundDonations(fundId: $fundId, first: 100) {\n      nodes {\n        id\n        donorName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundMatrixCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundMatrixCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundMatrixLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation FundMatrixLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FundMatrixAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FundMatrixAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        approvalsCount\n        requesterName\n        purposeName\n        approvalEntries {\n          approverName\n        }\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      totalCount\n      nodes {\n        id\n        status\n        approvalsCount\n        requesterName\n        purposeName\n        approvalEntries {\n          approverName\n        }\n        permissions {\n          approve\n          reject\n          cancel\n          pay\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) {\n      totalCount\n      nodes {\n        id\n        donorName\n        donorType\n        donorId\n        anonymous\n        receiptNumber\n        status\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundDonations($fundId: ID!, $mine: Boolean) {\n    fundDonations(fundId: $fundId, mine: $mine, first: 100) {\n      totalCount\n      nodes {\n        id\n        donorName\n        donorType\n        donorId\n        anonymous\n        receiptNumber\n        status\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on FundDisbursement {\n        status\n        amountFen\n      }\n      ... on FundDonation {\n        amountFen\n      }\n      ... on Fund {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on FundDisbursement {\n        status\n        amountFen\n      }\n      ... on FundDonation {\n        amountFen\n      }\n      ... on Fund {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundList {\n    funds {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundList {\n    funds {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation FundDisable($input: CommunityModuleConfigureInput!) {\n          communityModuleConfigure(input: $input) {\n            userErrors {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation FundDisable($input: CommunityModuleConfigureInput!) {\n          communityModuleConfigure(input: $input) {\n            userErrors {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n          mutation FundReEnable($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n              }\n            }\n          }\n        "): (typeof documents)["\n          mutation FundReEnable($input: CommunityModuleConfigureInput!) {\n            communityModuleConfigure(input: $input) {\n              userErrors {\n                code\n              }\n            }\n          }\n        "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FundIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  "): (typeof documents)["\n    mutation FundIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FundIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation FundIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FundIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation FundIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FundIsoEnable($input: CommunityModuleConfigureInput!) {\n      communityModuleConfigure(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation FundIsoEnable($input: CommunityModuleConfigureInput!) {\n      communityModuleConfigure(input: $input) {\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation FundIsoForces($o: SocialOrganizationCreateInput!) {\n      socialOrganizationCreate(input: $o) {\n        socialOrganization {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation FundIsoForces($o: SocialOrganizationCreateInput!) {\n      socialOrganizationCreate(input: $o) {\n        socialOrganization {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query FundIsoMembers {\n      memberships {\n        nodes {\n          id\n          login\n        }\n      }\n    }\n  "): (typeof documents)["\n    query FundIsoMembers {\n      memberships {\n        nodes {\n          id\n          login\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation FundIsoRequest($input: FundDisbursementRequestInput!) {\n        fundDisbursementRequest(input: $input) {\n          disbursement {\n            status\n            councilTopicId\n            approvalsRequired\n          }\n          userErrors {\n            code\n            field\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation FundIsoRequest($input: FundDisbursementRequestInput!) {\n        fundDisbursementRequest(input: $input) {\n          disbursement {\n            status\n            councilTopicId\n            approvalsRequired\n          }\n          userErrors {\n            code\n            field\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridCareConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareResidents {\n    residents(first: 100) {\n      nodes {\n        id\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCareResidents {\n    residents(first: 100) {\n      nodes {\n        id\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCareMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n        category\n        categoryName\n        visitEveryDays\n        dueOn\n        overdue\n        responsibleName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n        category\n        categoryName\n        visitEveryDays\n        dueOn\n        overdue\n        responsibleName\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) {\n    gridCareMemberUpdate(input: $input) {\n      gridCareMember {\n        id\n        responsibleName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridCareUpdate($input: GridCareMemberUpdateInput!) {\n    gridCareMemberUpdate(input: $input) {\n      gridCareMember {\n        id\n        responsibleName\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareEnd($input: GridCareMemberEndInput!) {\n    gridCareMemberEnd(input: $input) {\n      gridCareMember {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridCareEnd($input: GridCareMemberEndInput!) {\n    gridCareMemberEnd(input: $input) {\n      gridCareMember {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n        kind\n        kindName\n        dueOn\n        onTime\n        notes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n        kind\n        kindName\n        dueOn\n        onTime\n        notes\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        category\n        overdue\n        evidence\n        resident {\n          name\n        }\n        visits {\n          kind\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCareList($overdueOnly: Boolean, $mine: Boolean, $category: String) {\n    gridCareMembers(overdueOnly: $overdueOnly, mine: $mine, category: $category, first: 100) {\n      totalCount\n      nodes {\n        id\n        category\n        overdue\n        evidence\n        resident {\n          name\n        }\n        visits {\n          kind\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareOne($id: ID!) {\n    gridCareMember(id: $id) {\n      id\n      evidence\n      resident {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCareOne($id: ID!) {\n    gridCareMember(id: $id) {\n      id\n      evidence\n      resident {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on GridCareMember {\n        evidence\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCareNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on GridCareMember {\n        evidence\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareCoverageQ {\n    gridCareCoverage {\n      members\n      withResponsible\n      onTime\n      covered\n      rate\n    }\n  }\n"): (typeof documents)["\n  query GridCareCoverageQ {\n    gridCareCoverage {\n      members\n      withResponsible\n      onTime\n      covered\n      rate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridCareNotify {\n    gridCareOverdueNotify {\n      notified\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridCareNotify {\n    gridCareOverdueNotify {\n      notified\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      careMembers {\n        category\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCareFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      careMembers {\n        category\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  query GridCareMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridImportConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        units\n        households\n        residents\n        placements\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        units\n        households\n        residents\n        placements\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridImportTree {\n    gridUnits(first: 100) {\n      totalCount\n      nodes {\n        code\n        householdCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridImportTree {\n    gridUnits(first: 100) {\n      totalCount\n      nodes {\n        code\n        householdCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation GridIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridIsoConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridIsoHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridIsoResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridIsoResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoUnit($id: ID!) {\n      gridUnit(id: $id) {\n        code\n        name\n        households {\n          totalCount\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoUnit($id: ID!) {\n      gridUnit(id: $id) {\n        code\n        name\n        households {\n          totalCount\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoUnits($id: ID) {\n      gridUnits(parent: $id) {\n        totalCount\n        nodes {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoUnits($id: ID) {\n      gridUnits(parent: $id) {\n        totalCount\n        nodes {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoPath($id: ID!) {\n      gridHouseholdPath(household: $id) {\n        code\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoPath($id: ID!) {\n      gridHouseholdPath(household: $id) {\n        code\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoResponsible($id: ID!) {\n      gridResponsible(household: $id) {\n        holderName\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoResponsible($id: ID!) {\n      gridResponsible(household: $id) {\n        holderName\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoFile($id: ID!) {\n      gridHouseholdFile(household: $id) {\n        household {\n          number\n        }\n        members {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoFile($id: ID!) {\n      gridHouseholdFile(household: $id) {\n        household {\n          number\n        }\n        members {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoCoverage($id: ID) {\n      gridCoverage(unit: $id) {\n        roleGapCount\n        householdsWithoutResponsible {\n          number\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoCoverage($id: ID) {\n      gridCoverage(unit: $id) {\n        roleGapCount\n        householdsWithoutResponsible {\n          number\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoCareMember($id: ID!) {\n      gridCareMember(id: $id) {\n        evidence\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoCareMember($id: ID!) {\n      gridCareMember(id: $id) {\n        evidence\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query GridIsoCareMembers($id: ID) {\n      gridCareMembers(unit: $id) {\n        totalCount\n        nodes {\n          evidence\n        }\n      }\n    }\n  "): (typeof documents)["\n    query GridIsoCareMembers($id: ID) {\n      gridCareMembers(unit: $id) {\n        totalCount\n        nodes {\n          evidence\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoUnitCreate($input: GridUnitCreateInput!) {\n      gridUnitCreate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoUnitCreate($input: GridUnitCreateInput!) {\n      gridUnitCreate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) {\n      gridUnitUpdate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoUnitUpdate($input: GridUnitUpdateInput!) {\n      gridUnitUpdate(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoUnitMove($input: GridUnitMoveInput!) {\n      gridUnitMove(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoUnitMove($input: GridUnitMoveInput!) {\n      gridUnitMove(input: $input) {\n        gridUnit {\n          code\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoPlace($input: GridHouseholdPlaceInput!) {\n      gridHouseholdPlace(input: $input) {\n        gridPlacement {\n          placedAt\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoPlace($input: GridHouseholdPlaceInput!) {\n      gridHouseholdPlace(input: $input) {\n        gridPlacement {\n          placedAt\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoDutyAssign($input: GridDutyAssignInput!) {\n      gridDutyAssign(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoDutyAssign($input: GridDutyAssignInput!) {\n      gridDutyAssign(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoDutyEnd($input: GridDutyEndInput!) {\n      gridDutyEnd(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoDutyEnd($input: GridDutyEndInput!) {\n      gridDutyEnd(input: $input) {\n        gridDuty {\n          role\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) {\n      gridCareMemberEnroll(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoEnroll($input: GridCareMemberEnrollInput!) {\n      gridCareMemberEnroll(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) {\n      gridCareMemberUpdate(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoCareUpdate($input: GridCareMemberUpdateInput!) {\n      gridCareMemberUpdate(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoCareEnd($input: GridCareMemberEndInput!) {\n      gridCareMemberEnd(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoCareEnd($input: GridCareMemberEndInput!) {\n      gridCareMemberEnd(input: $input) {\n        gridCareMember {\n          evidence\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoVisit($input: GridCareVisitRecordInput!) {\n      gridCareVisitRecord(input: $input) {\n        gridCareVisit {\n          notes\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoVisit($input: GridCareVisitRecordInput!) {\n      gridCareVisitRecord(input: $input) {\n        gridCareVisit {\n          notes\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation GridIsoExport($input: GridExportCreateInput!) {\n      gridExportCreate(input: $input) {\n        export {\n          csv\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation GridIsoExport($input: GridExportCreateInput!) {\n      gridExportCreate(input: $input) {\n        export {\n          csv\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridIsoEnrollB($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridMatrixCommunity {\n    community {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GridMatrixCommunity {\n    community {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridMatrixConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GridMatrixUnits {\n        gridUnits {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query GridMatrixUnits {\n        gridUnits {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) {\n        gridUnitCreate(input: $input) {\n          gridUnit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridMatrixUnitCreate($input: GridUnitCreateInput!) {\n        gridUnitCreate(input: $input) {\n          gridUnit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) {\n        gridHouseholdPlace(input: $input) {\n          gridPlacement {\n            placedAt\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridMatrixPlace($input: GridHouseholdPlaceInput!) {\n        gridHouseholdPlace(input: $input) {\n          gridPlacement {\n            placedAt\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GridMatrixNodeUnit($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query GridMatrixNodeUnit($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GridMatrixResponsible($h: ID!) {\n        gridResponsible(household: $h) {\n          role\n        }\n      }\n    "): (typeof documents)["\n      query GridMatrixResponsible($h: ID!) {\n        gridResponsible(household: $h) {\n          role\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridMatrixDuty($input: GridDutyAssignInput!) {\n        gridDutyAssign(input: $input) {\n          gridDuty {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridMatrixDuty($input: GridDutyAssignInput!) {\n        gridDutyAssign(input: $input) {\n          gridDuty {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GridMatrixCoverage {\n        gridCoverage {\n          roleGapCount\n        }\n      }\n    "): (typeof documents)["\n      query GridMatrixCoverage {\n        gridCoverage {\n          roleGapCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GridMatrixFile($h: ID!) {\n        gridHouseholdFile(household: $h) {\n          tags\n        }\n      }\n    "): (typeof documents)["\n      query GridMatrixFile($h: ID!) {\n        gridHouseholdFile(household: $h) {\n          tags\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GridMatrixCare {\n        gridCareMembers {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query GridMatrixCare {\n        gridCareMembers {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query GridMatrixCareNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query GridMatrixCareNode($id: ID!) {\n        node(id: $id) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridMatrixEnroll($input: GridCareMemberEnrollInput!) {\n        gridCareMemberEnroll(input: $input) {\n          gridCareMember {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridMatrixVisit($input: GridCareVisitRecordInput!) {\n        gridCareVisitRecord(input: $input) {\n          gridCareVisit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridMatrixVisit($input: GridCareVisitRecordInput!) {\n        gridCareVisitRecord(input: $input) {\n          gridCareVisit {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridMatrixImport($input: GridImportInput!) {\n        gridImport(input: $input) {\n          report {\n            applied\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridMatrixImport($input: GridImportInput!) {\n        gridImport(input: $input) {\n          report {\n            applied\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation GridMatrixExport($input: GridExportCreateInput!) {\n        gridExportCreate(input: $input) {\n          export {\n            csv\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation GridMatrixExport($input: GridExportCreateInput!) {\n        gridExportCreate(input: $input) {\n          export {\n            csv\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridPiiResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiLookup($idNumber: String, $phone: String) {\n    residents(first: 5, idNumber: $idNumber, phone: $phone) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPiiLookup($idNumber: String, $phone: String) {\n    residents(first: 5, idNumber: $idNumber, phone: $phone) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on Resident {\n        name\n        idNumber(unmasked: $unmasked)\n        phone(unmasked: $unmasked)\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on Resident {\n        name\n        idNumber(unmasked: $unmasked)\n        phone(unmasked: $unmasked)\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 20) {\n      totalCount\n      nodes {\n        at\n        subject\n        account\n        fields\n        reason\n        requestId\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPiiAccessLog($r: ID) {\n    personalDataAccessLog(resident: $r, first: 20) {\n      totalCount\n      nodes {\n        at\n        subject\n        account\n        fields\n        reason\n        requestId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiReadWhy($id: ID!) {\n    node(id: $id) {\n      ... on Resident {\n        idNumber(unmasked: true, reason: \"核对低保申请\")\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPiiReadWhy($id: ID!) {\n    node(id: $id) {\n      ... on Resident {\n        idNumber(unmasked: true, reason: \"核对低保申请\")\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPiiHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n        members {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridPiiHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n        members {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPiiImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        residents\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridPiiImport($input: GridImportInput!) {\n    gridImport(input: $input) {\n      report {\n        applied\n        residents\n        problems {\n          sheet\n          row\n          field\n          reason\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridLiveConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridLiveUnits {\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridLiveUnits {\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridLiveMembers {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridLiveMembers {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridLiveHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridLiveHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridLiveNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  query GridLiveNode($id: ID!) {\n    node(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridLiveDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        endsOn\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridLiveDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        endsOn\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridLiveHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription GridLiveChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subjectType\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription GridLiveChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subjectType\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridScopeHouseholds {\n    households(first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridScopeHouseholds {\n    households(first: 100) {\n      totalCount\n      nodes {\n        id\n        number\n        members {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridScopeResidents($after: String) {\n    residents(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridScopeResidents($after: String) {\n    residents(first: 100, after: $after) {\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Household {\n        number\n      }\n      ... on Resident {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridScopeNode($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Household {\n        number\n      }\n      ... on Resident {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopeHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n        tags\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        relationToHead\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopeResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        relationToHead\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopeCareEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopeCareVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopeRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        accountId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridScopePointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        accountId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridScopeActivity($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      activity(first: 50) {\n        type\n        subject\n        data\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridScopeActivity($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      activity(first: 50) {\n        type\n        subject\n        data\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        level\n        levelName\n        sortOrder\n        hasChildren\n        householdCount\n        parent {\n          code\n        }\n        children {\n          totalCount\n          nodes {\n            code\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridTree($parent: ID, $first: Int) {\n    gridUnits(parent: $parent, first: $first) {\n      totalCount\n      nodes {\n        id\n        code\n        name\n        level\n        levelName\n        sortOrder\n        hasChildren\n        householdCount\n        parent {\n          code\n        }\n        children {\n          totalCount\n          nodes {\n            code\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          members {\n            name\n          }\n        }\n      }\n      residents(first: 5) {\n        totalCount\n        nodes {\n          name\n          phone\n        }\n      }\n      duties {\n        role\n        roleName\n        holderName\n        holder {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridUnitPeople($id: ID!, $first: Int, $after: String, $search: String, $deep: Boolean) {\n    gridUnit(id: $id) {\n      code\n      households(first: $first, after: $after, search: $search, includeDescendants: $deep) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          number\n          members {\n            name\n          }\n        }\n      }\n      residents(first: 5) {\n        totalCount\n        nodes {\n          name\n          phone\n        }\n      }\n      duties {\n        role\n        roleName\n        holderName\n        holder {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridPath($h: ID!) {\n    gridHouseholdPath(household: $h) {\n      code\n      levelName\n    }\n  }\n"): (typeof documents)["\n  query GridPath($h: ID!) {\n    gridHouseholdPath(household: $h) {\n      code\n      levelName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCoreHouseholds($search: String) {\n    households(search: $search, first: 100) {\n      nodes {\n        id\n        number\n        building\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridCoreHouseholds($search: String) {\n    households(search: $search, first: 100) {\n      nodes {\n        id\n        number\n        building\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridMemberships {\n    memberships(first: 50) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n        code\n        level\n        outline\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridUnitCreate($input: GridUnitCreateInput!) {\n    gridUnitCreate(input: $input) {\n      gridUnit {\n        id\n        code\n        level\n        outline\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) {\n    gridUnitUpdate(input: $input) {\n      gridUnit {\n        id\n        name\n        sortOrder\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridUnitUpdate($input: GridUnitUpdateInput!) {\n    gridUnitUpdate(input: $input) {\n      gridUnit {\n        id\n        name\n        sortOrder\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridUnitMove($input: GridUnitMoveInput!) {\n    gridUnitMove(input: $input) {\n      gridUnit {\n        id\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridUnitMove($input: GridUnitMoveInput!) {\n    gridUnitMove(input: $input) {\n      gridUnit {\n        id\n        parent {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      gridPlacement {\n        unit {\n          code\n        }\n        endedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridPlace($input: GridHouseholdPlaceInput!) {\n    gridHouseholdPlace(input: $input) {\n      gridPlacement {\n        unit {\n          code\n        }\n        endedAt\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n        role\n        startsOn\n        endsOn\n        unit {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridDutyAssign($input: GridDutyAssignInput!) {\n    gridDutyAssign(input: $input) {\n      gridDuty {\n        id\n        role\n        startsOn\n        endsOn\n        unit {\n          code\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridDutyEnd($input: GridDutyEndInput!) {\n    gridDutyEnd(input: $input) {\n      gridDuty {\n        id\n        endsOn\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridResponsible($h: ID!) {\n    gridResponsible(household: $h) {\n      role\n      roleName\n      holderName\n      unit {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridResponsible($h: ID!) {\n    gridResponsible(household: $h) {\n      role\n      roleName\n      holderName\n      unit {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount\n      roleGaps {\n        role\n        roleName\n        unit {\n          code\n        }\n      }\n      householdsWithoutResponsibleCount\n      householdsWithoutResponsible {\n        number\n      }\n      unplacedHouseholdCount\n    }\n  }\n"): (typeof documents)["\n  query GridCoverage($unit: ID) {\n    gridCoverage(unit: $unit, first: 100) {\n      roleGapCount\n      roleGaps {\n        role\n        roleName\n        unit {\n          code\n        }\n      }\n      householdsWithoutResponsibleCount\n      householdsWithoutResponsible {\n        number\n      }\n      unplacedHouseholdCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      tags\n      unit {\n        code\n      }\n      path {\n        code\n      }\n      responsible {\n        roleName\n        holderName\n      }\n      members {\n        name\n        idNumber\n      }\n      placements {\n        unit {\n          code\n        }\n        endedAt\n      }\n      careMembers {\n        category\n      }\n      activity {\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridFile($h: ID!) {\n    gridHouseholdFile(household: $h) {\n      household {\n        number\n      }\n      tags\n      unit {\n        code\n      }\n      path {\n        code\n      }\n      responsible {\n        roleName\n        holderName\n      }\n      members {\n        name\n        idNumber\n      }\n      placements {\n        unit {\n          code\n        }\n        endedAt\n      }\n      careMembers {\n        category\n      }\n      activity {\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  query GridMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    gridMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GridExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n        log {\n          kind\n          rowCount\n          exportedAt\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GridExport($input: GridExportCreateInput!) {\n    gridExportCreate(input: $input) {\n      export {\n        csv\n        log {\n          kind\n          rowCount\n          exportedAt\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GridExportLogs {\n    gridExportLogs {\n      totalCount\n      nodes {\n        kind\n        rowCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query GridExportLogs {\n    gridExportLogs {\n      totalCount\n      nodes {\n        kind\n        rowCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation HarnessCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartyMatRead {\n        partyUnits(first: 1) {\n          totalCount\n        }\n        partyChair {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query PartyMatRead {\n        partyUnits(first: 1) {\n          totalCount\n        }\n        partyChair {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartyMatMembers {\n        partyMembers(first: 1) {\n          totalCount\n          nodes {\n            name\n            phone\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PartyMatMembers {\n        partyMembers(first: 1) {\n          totalCount\n          nodes {\n            name\n            phone\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PartyIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PartyIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PartyIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  "): (typeof documents)["\n    mutation PartyIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PartyIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PartyIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyIsoResidents {\n      residents(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PartyIsoResidents {\n      residents(first: 1) {\n        nodes {\n          id\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyIsoUnit($id: ID!) {\n      partyUnit(id: $id) {\n        id\n        name\n        contactPhone\n      }\n    }\n  "): (typeof documents)["\n    query PartyIsoUnit($id: ID!) {\n      partyUnit(id: $id) {\n        id\n        name\n        contactPhone\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyIsoMeeting($id: ID!) {\n      partyMeeting(id: $id) {\n        id\n        title\n      }\n    }\n  "): (typeof documents)["\n    query PartyIsoMeeting($id: ID!) {\n      partyMeeting(id: $id) {\n        id\n        title\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyIsoItem($id: ID!) {\n      partyServiceItem(id: $id) {\n        id\n        title\n      }\n    }\n  "): (typeof documents)["\n    query PartyIsoItem($id: ID!) {\n      partyServiceItem(id: $id) {\n        id\n        title\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyIsoMemberQ($id: ID!) {\n      partyMember(id: $id) {\n        id\n        name\n      }\n    }\n  "): (typeof documents)["\n    query PartyIsoMemberQ($id: ID!) {\n      partyMember(id: $id) {\n        id\n        name\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyIsoMembers($unitId: ID) {\n      partyMembers(unitId: $unitId) {\n        totalCount\n        nodes {\n          name\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PartyIsoMembers($unitId: ID) {\n      partyMembers(unitId: $unitId) {\n        totalCount\n        nodes {\n          name\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n      partyEscalationTargetUpdate(input: $input) {\n        target {\n          id\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PartyIsoTargetUpdate($input: PartyEscalationTargetUpdateInput!) {\n      partyEscalationTargetUpdate(input: $input) {\n        target {\n          id\n          name\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) {\n      partyServiceItemClose(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PartyIsoItemClose($input: PartyServiceItemIdInput!) {\n      partyServiceItemClose(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) {\n      partyMemberUpdate(input: $input) {\n        member {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation PartyIsoMemberUpdate($input: PartyMemberUpdateInput!) {\n      partyMemberUpdate(input: $input) {\n        member {\n          id\n        }\n        userErrors {\n          code\n          field\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PartyIsoNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PartyUnit {\n          name\n        }\n        ... on PartyMeeting {\n          title\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PartyIsoNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PartyUnit {\n          name\n        }\n        ... on PartyMeeting {\n          title\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyMeetingViewerCan($id: ID!) {\n    partyMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        recordAttendance\n        close\n        cancel\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyMeetingViewerCan($id: ID!) {\n    partyMeeting(id: $id) {\n      id\n      status\n      viewerCan {\n        recordAttendance\n        close\n        cancel\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PartyFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n        kind\n        contactPhone\n        sortOrder\n        active\n        isMine\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyUnitCreate($input: PartyUnitCreateInput!) {\n    partyUnitCreate(input: $input) {\n      unit {\n        id\n        name\n        kind\n        contactPhone\n        sortOrder\n        active\n        isMine\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) {\n    partyUnitUpdate(input: $input) {\n      unit {\n        id\n        name\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyUnitUpdate($input: PartyUnitUpdateInput!) {\n    partyUnitUpdate(input: $input) {\n      unit {\n        id\n        name\n        active\n        contactPhone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        sortOrder\n        contactPhone\n        active\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyUnits($first: Int, $after: String, $search: String, $includeInactive: Boolean) {\n    partyUnits(first: $first, after: $after, search: $search, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        sortOrder\n        contactPhone\n        active\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        id\n        year\n        position\n        startMonth\n        endMonth\n        unit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyRotationGenerate($input: PartyRotationGenerateInput!) {\n    partyRotationGenerate(input: $input) {\n      slots {\n        id\n        year\n        position\n        startMonth\n        endMonth\n        unit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyRotation($year: Int!) {\n    partyRotation(year: $year) {\n      id\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyRotation($year: Int!) {\n    partyRotation(year: $year) {\n      id\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyChair($year: Int, $month: Int) {\n    partyChair(year: $year, month: $month) {\n      id\n      year\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyChair($year: Int, $month: Int) {\n    partyChair(year: $year, month: $month) {\n      id\n      year\n      position\n      startMonth\n      endMonth\n      current\n      unit {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) {\n    partyRotationSlotReplace(input: $input) {\n      slot {\n        id\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartySlotReplace($input: PartyRotationSlotReplaceInput!) {\n    partyRotationSlotReplace(input: $input) {\n      slot {\n        id\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartySwap($input: PartyRotationSwapInput!) {\n    partyRotationSwap(input: $input) {\n      slots {\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartySwap($input: PartyRotationSwapInput!) {\n    partyRotationSwap(input: $input) {\n      slots {\n        position\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) {\n      meeting {\n        id\n        title\n        status\n        conveningUnit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyMeetingSchedule($input: PartyMeetingScheduleInput!) {\n    partyMeetingSchedule(input: $input) {\n      meeting {\n        id\n        title\n        status\n        conveningUnit {\n          id\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendance {\n          present\n          attendees\n          unit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyAttendance($input: PartyMeetingAttendanceInput!) {\n    partyMeetingAttendanceRecord(input: $input) {\n      meeting {\n        id\n        attendance {\n          present\n          attendees\n          unit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        heldAt\n        decisions {\n          position\n          text\n          dueOn\n          ownerUnit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyMeetingClose($input: PartyMeetingCloseInput!) {\n    partyMeetingClose(input: $input) {\n      meeting {\n        id\n        status\n        minutes\n        heldAt\n        decisions {\n          position\n          text\n          dueOn\n          ownerUnit {\n            id\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) {\n    partyMeetingCancel(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyMeetingCancel($input: PartyMeetingCancelInput!) {\n    partyMeetingCancel(input: $input) {\n      meeting {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) {\n      item {\n        id\n        title\n        capacity\n        claimedCount\n        remaining\n        audience\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyItemPublish($input: PartyServiceItemPublishInput!) {\n    partyServiceItemPublish(input: $input) {\n      item {\n        id\n        title\n        capacity\n        claimedCount\n        remaining\n        audience\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) {\n      claim {\n        id\n        status\n        claimantName\n        mine\n        unit {\n          id\n        }\n        item {\n          id\n          remaining\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyItemClaim($input: PartyServiceItemClaimInput!) {\n    partyServiceItemClaim(input: $input) {\n      claim {\n        id\n        status\n        claimantName\n        mine\n        unit {\n          id\n        }\n        item {\n          id\n          remaining\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) {\n      claim {\n        id\n        status\n        record\n        minutes\n        completedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyClaimComplete($input: PartyServiceClaimCompleteInput!) {\n    partyServiceClaimComplete(input: $input) {\n      claim {\n        id\n        status\n        record\n        minutes\n        completedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMemberReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n        isMe\n        hasLogin\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyMemberReport($input: PartyMemberReportInput!) {\n    partyMemberReport(input: $input) {\n      member {\n        id\n        name\n        isMe\n        hasLogin\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) {\n    partyMemberRegister(input: $input) {\n      member {\n        id\n        name\n        phone\n        hasLogin\n        residentLinked\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyMemberRegister($input: PartyMemberRegisterInput!) {\n    partyMemberRegister(input: $input) {\n      member {\n        id\n        name\n        phone\n        hasLogin\n        residentLinked\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartyMyMember {\n    partyMyMember {\n      id\n      name\n      serviceMinutes\n      serviceRecords(first: 50) {\n        source\n        title\n        minutes\n        rating\n        servedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PartyMyMember {\n    partyMyMember {\n      id\n      name\n      serviceMinutes\n      serviceRecords(first: 50) {\n        source\n        title\n        minutes\n        rating\n        servedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n        kind\n        categories\n        contactPhone\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PartyTargetCreate($input: PartyEscalationTargetCreateInput!) {\n    partyEscalationTargetCreate(input: $input) {\n      target {\n        id\n        name\n        kind\n        categories\n        contactPhone\n        unit {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartyMemberPhone($id: ID!) {\n        partyMember(id: $id) {\n          name\n          phone\n        }\n      }\n    "): (typeof documents)["\n      query PartyMemberPhone($id: ID!) {\n        partyMember(id: $id) {\n          name\n          phone\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PartyTargets($category: String) {\n        partyEscalationTargets(category: $category) {\n          name\n          contactPhone\n        }\n      }\n    "): (typeof documents)["\n      query PartyTargets($category: String) {\n        partyEscalationTargets(category: $category) {\n          name\n          contactPhone\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me {\n        displayName\n        activeCommunity {\n          name\n        }\n        memberships {\n          roles\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      me {\n        displayName\n        activeCommunity {\n          name\n        }\n        memberships {\n          roles\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Refresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) {\n      revoked\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Logout($input: AuthLogoutInput!) {\n    authLogout(input: $input) {\n      revoked\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      login\n      activeCommunity {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      login\n      activeCommunity {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) {\n      disabled\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetDisabled($input: AccountSetDisabledInput!) {\n    accountSetDisabled(input: $input) {\n      disabled\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthCommunityName {\n    community {\n      name\n    }\n  }\n"): (typeof documents)["\n  query AuthCommunityName {\n    community {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AuthKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChinaTimeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChinaTimeConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChinaTimeResidents {\n    residents(first: 5) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChinaTimeResidents {\n    residents(first: 5) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChinaTimeEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChinaTimeEnroll($input: GridCareMemberEnrollInput!) {\n    gridCareMemberEnroll(input: $input) {\n      gridCareMember {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChinaTimeVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        dueOn\n        onTime\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChinaTimeVisit($input: GridCareVisitRecordInput!) {\n    gridCareVisitRecord(input: $input) {\n      gridCareVisit {\n        dueOn\n        onTime\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChinaTimeMember($id: ID!) {\n    gridCareMember(id: $id) {\n      dueOn\n    }\n  }\n"): (typeof documents)["\n  query ChinaTimeMember($id: ID!) {\n    gridCareMember(id: $id) {\n      dueOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation EvHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n        number\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        subjectType\n        subject {\n          ... on Household {\n            number\n          }\n        }\n      }\n      endCursor\n      hasMore\n    }\n  }\n"): (typeof documents)["\n  query EvChanges($after: String, $first: Int!, $types: [String!]) {\n    changes(after: $after, first: $first, types: $types) {\n      events {\n        cursor\n        type\n        subjectType\n        subject {\n          ... on Household {\n            number\n          }\n        }\n      }\n      endCursor\n      hasMore\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription EvLive($after: String) {\n    changes(after: $after) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription EvLive($after: String) {\n    changes(after: $after) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FanoutHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription FanoutChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FanoutMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query FanoutMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation FanoutMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HttpMe {\n    me {\n      login\n    }\n  }\n"): (typeof documents)["\n  query HttpMe {\n    me {\n      login\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation JobQueueModuleConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation JobQueueModuleConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifeLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifeLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifeCommunity {\n    community {\n      name\n    }\n  }\n"): (typeof documents)["\n  query LifeCommunity {\n    community {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifeCommunities {\n    communities {\n      name\n    }\n  }\n"): (typeof documents)["\n  query LifeCommunities {\n    communities {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LifeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LifeResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LifeResidents($search: String) {\n    residents(first: 10, search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LifeResidents($search: String) {\n    residents(first: 10, search: $search) {\n      edges {\n        node {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n        name\n        idNumber\n        phone\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        phone\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LogResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        id\n        phone\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LogResidents {\n    residents(first: 10) {\n      edges {\n        node {\n          name\n          idNumber(unmasked: true)\n          phone(unmasked: true)\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LogResidents {\n    residents(first: 10) {\n      edges {\n        node {\n          name\n          idNumber(unmasked: true)\n          phone(unmasked: true)\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation NestRevoke($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestHouseholds {\n    households(first: 3) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestHouseholds {\n    households(first: 3) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NestResidents {\n    residents(first: 3) {\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NestResidents {\n    residents(first: 3) {\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomesWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesRequest($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesRequest($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesAssign($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesAssign($input: ServiceRequestDispatchInput!) {\n    serviceRequestDispatch(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesResolve($input: ServiceRequestResolveInput!) {\n    serviceRequestResolve(input: $input) {\n      serviceRequest {\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesVolunteer($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesPending {\n    volunteerHours(first: 100, status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomesPending {\n    volunteerHours(first: 100, status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesStation($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesStation($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesService($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesService($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OutcomesAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation OutcomesAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      from\n      to\n      previousFrom\n      items {\n        module\n        moduleName\n        key\n        name\n        aggregation\n        value\n        previousValue\n        change\n        changePercent\n        communities\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomesDashboard($from: DateTimeISO!, $to: DateTimeISO!) {\n    outcomes(from: $from, to: $to) {\n      from\n      to\n      previousFrom\n      items {\n        module\n        moduleName\n        key\n        name\n        aggregation\n        value\n        previousValue\n        change\n        changePercent\n        communities\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId\n      streetName\n      totals {\n        module\n        key\n        aggregation\n        value\n        previousValue\n        change\n        communities\n      }\n      communities {\n        communityId\n        communityName\n        items {\n          key\n          value\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OutcomesStreet($streetId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    streetOutcomes(streetId: $streetId, from: $from, to: $to) {\n      streetId\n      streetName\n      totals {\n        module\n        key\n        aggregation\n        value\n        previousValue\n        change\n        communities\n      }\n      communities {\n        communityId\n        communityName\n        items {\n          key\n          value\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermCommunityRead {\n        community {\n          name\n        }\n      }\n    "): (typeof documents)["\n      query PermCommunityRead {\n        community {\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermCommunityUpdate($d: String) {\n        communityUpdate(input: { description: $d }) {\n          community {\n            description\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermCommunityUpdate($d: String) {\n        communityUpdate(input: { description: $d }) {\n          community {\n            description\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermModuleConfigure {\n        communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) {\n          community {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermModuleConfigure {\n        communityModuleConfigure(input: { moduleKey: \"core\", settings: { householdNumberPrefix: \"JQ\" } }) {\n          community {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermPresetApply {\n        communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) {\n          community {\n            preset\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermPresetApply {\n        communityPresetApply(input: { preset: \"panzhou-jinqiu\", keepOverrides: true, keepOtherModules: true }) {\n          community {\n            preset\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermMembershipRead {\n        memberships(first: 1) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query PermMembershipRead {\n        memberships(first: 1) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermMembershipManage($login: String!) {\n        membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermMembershipManage($login: String!) {\n        membershipAdd(input: { login: $login, displayName: \"矩阵\", password: \"matrix-pass\", roles: [RESIDENT] }) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) {\n        membershipResidentLink(input: $input) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermMembershipLinkResident($input: MembershipResidentLinkInput!) {\n        membershipResidentLink(input: $input) {\n          membership {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermHouseholdRead {\n        households(first: 1) {\n          totalCount\n          nodes {\n            number\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermHouseholdRead {\n        households(first: 1) {\n          totalCount\n          nodes {\n            number\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermHouseholdWrite($n: String!) {\n        householdCreate(input: { number: $n, address: \"矩阵小区\" }) {\n          household {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermHouseholdWrite($n: String!) {\n        householdCreate(input: { number: $n, address: \"矩阵小区\" }) {\n          household {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermResidentRead {\n        residents(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermResidentRead {\n        residents(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermResidentWrite($name: String!) {\n        residentCreate(input: { name: $name, phone: \"13800001111\" }) {\n          resident {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermResidentWrite($name: String!) {\n        residentCreate(input: { name: $name, phone: \"13800001111\" }) {\n          resident {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermResidentPersonal {\n        residents(first: 1) {\n          nodes {\n            phone(unmasked: true)\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermResidentPersonal {\n        residents(first: 1) {\n          nodes {\n            phone(unmasked: true)\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermResidentSensitive {\n        residents(first: 1) {\n          nodes {\n            sensitive {\n              disability\n              hardship\n            }\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermResidentSensitive {\n        residents(first: 1) {\n          nodes {\n            sensitive {\n              disability\n              hardship\n            }\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermAccessLog {\n        personalDataAccessLog(first: 1) {\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermAccessLog {\n        personalDataAccessLog(first: 1) {\n          pageInfo {\n            hasNextPage\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermForcesRead {\n        socialOrganizations(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermForcesRead {\n        socialOrganizations(first: 1) {\n          totalCount\n          nodes {\n            name\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermForcesManage($name: String!) {\n        volunteerCreate(input: { name: $name }) {\n          volunteer {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermForcesManage($name: String!) {\n        volunteerCreate(input: { name: $name }) {\n          volunteer {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation PermApiKeyManage {\n        apiKeyCreate(input: { name: \"矩阵\", permissions: [\"tenancy.community.read\"] }) {\n          secret\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation PermApiKeyManage {\n        apiKeyCreate(input: { name: \"矩阵\", permissions: [\"tenancy.community.read\"] }) {\n          secret\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query PermOutcomesRead {\n        outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") {\n          items {\n            key\n          }\n        }\n      }\n    "): (typeof documents)["\n      query PermOutcomesRead {\n        outcomes(from: \"2026-01-01T00:00:00Z\", to: \"2026-02-01T00:00:00Z\") {\n          items {\n            key\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermCommunityId {\n    community {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PermCommunityId {\n    community {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PermConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PermHouseholdMembers {\n    households(first: 5) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PermHouseholdMembers {\n    households(first: 5) {\n      nodes {\n        number\n        members {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community {\n        modules {\n          key\n          enabled\n          settings\n          overrides\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlugConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      community {\n        modules {\n          key\n          enabled\n          settings\n          overrides\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlugNotices {\n    notices(first: 10) {\n      totalCount\n      nodes {\n        title\n        automatic\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlugNotices {\n    notices(first: 10) {\n      totalCount\n      nodes {\n        title\n        automatic\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) {\n      notice {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlugPublish($input: NoticePublishInput!) {\n    noticePublish(input: $input) {\n      notice {\n        id\n        title\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PlugHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PlugHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlugModules {\n    community {\n      modules {\n        key\n        name\n        enabled\n        settings\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlugModules {\n    community {\n      modules {\n        key\n        name\n        enabled\n        settings\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsApply($input: CommunityPresetApplyInput!) {\n    communityPresetApply(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetsApply($input: CommunityPresetApplyInput!) {\n    communityPresetApply(input: $input) {\n      community {\n        id\n        preset\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresetsModules {\n    community {\n      preset\n      modules {\n        key\n        enabled\n        settings\n        overrides\n      }\n    }\n  }\n"): (typeof documents)["\n  query PresetsModules {\n    community {\n      preset\n      modules {\n        key\n        enabled\n        settings\n        overrides\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetsHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetsRequestCreate($input: ServiceRequestCreateInput!) {\n    serviceRequestCreate(input: $input) {\n      serviceRequest {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresetsRequestGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      title\n      status\n    }\n  }\n"): (typeof documents)["\n  query PresetsRequestGet($id: ID!) {\n    serviceRequest(id: $id) {\n      id\n      title\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsPointsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetsPointsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PresetsPointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n      householdId\n    }\n  }\n"): (typeof documents)["\n  query PresetsPointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n      householdId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PresetsMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PresetsMemberAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RelHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query RelHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ResyncChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResyncHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResyncHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPresetCommunity {\n    community {\n      name\n      preset\n      modules {\n        key\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedPresetCommunity {\n    community {\n      name\n      preset\n      modules {\n        key\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPresetGridTops {\n    gridUnits(first: 10) {\n      totalCount\n      nodes {\n        id\n        level\n        levelName\n        name\n        householdCount\n        children(first: 3) {\n          totalCount\n          nodes {\n            level\n            levelName\n            householdCount\n            children(first: 3) {\n              totalCount\n              nodes {\n                level\n                name\n                householdCount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedPresetGridTops {\n    gridUnits(first: 10) {\n      totalCount\n      nodes {\n        id\n        level\n        levelName\n        name\n        householdCount\n        children(first: 3) {\n          totalCount\n          nodes {\n            level\n            levelName\n            householdCount\n            children(first: 3) {\n              totalCount\n              nodes {\n                level\n                name\n                householdCount\n              }\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPresetHouseholds {\n    households(first: 3) {\n      totalCount\n      nodes {\n        number\n        address\n      }\n    }\n    residents(first: 20) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedPresetHouseholds {\n    households(first: 3) {\n      totalCount\n      nodes {\n        number\n        address\n      }\n    }\n    residents(first: 20) {\n      totalCount\n      nodes {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPresetCouncil {\n    councilBodies(first: 20) {\n      nodes {\n        levelKey\n      }\n    }\n    councilTopics(first: 20) {\n      totalCount\n      nodes {\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedPresetCouncil {\n    councilBodies(first: 20) {\n      nodes {\n        levelKey\n      }\n    }\n    councilTopics(first: 20) {\n      totalCount\n      nodes {\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPresetRequests {\n    serviceRequests(first: 30) {\n      totalCount\n      nodes {\n        status\n        kind\n        escalationTarget\n        log {\n          action\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedPresetRequests {\n    serviceRequests(first: 30) {\n      totalCount\n      nodes {\n        status\n        kind\n        escalationTarget\n        log {\n          action\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SeedPresetPoints {\n    pointsAccounts(first: 50, kind: HOUSEHOLD) {\n      totalCount\n      nodes {\n        balance\n      }\n    }\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n"): (typeof documents)["\n  query SeedPresetPoints {\n    pointsAccounts(first: 50, kind: HOUSEHOLD) {\n      totalCount\n      nodes {\n        balance\n      }\n    }\n    pointsItems(first: 10) {\n      nodes {\n        name\n        stock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ShutLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation ShutLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShutHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ShutHouseholds {\n    households(first: 5) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ShutChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n    }\n  }\n"): (typeof documents)["\n  subscription ShutChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription SubChanges($after: String, $types: [String!]) {\n    changes(after: $after, types: $types) {\n      cursor\n      type\n      subjectType\n      subject {\n        ... on Household {\n          number\n          address\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SubMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        active\n      }\n    }\n  }\n"): (typeof documents)["\n  query SubMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n        active\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        active\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubApiKeyCreate($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n      }\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community {\n      name\n      description\n      regionCode\n      street {\n        name\n      }\n      modules {\n        key\n        enabled\n      }\n    }\n    ... on Street {\n      name\n      regionCode\n    }\n    ... on Household {\n      number\n      address\n      building\n      tags\n      closedAt\n      members {\n        name\n        phone\n      }\n    }\n    ... on Resident {\n      name\n      phone\n      idNumber\n      movedOutAt\n      household {\n        number\n        address\n      }\n    }\n    ... on Membership {\n      login\n      displayName\n      roles\n      title\n      active\n      resident {\n        id\n      }\n    }\n    ... on MembershipInvitation {\n      login\n      roles\n      title\n      community {\n        name\n      }\n    }\n    ... on ApiKey {\n      name\n      prefix\n      permissions\n      revokedAt\n    }\n    ... on SocialOrganization {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on SocialWorker {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on Volunteer {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CobuildingUnit {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CharityResource {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n  }\n"): (typeof documents)["\n  fragment IsoNodeFields on Node {\n    __typename\n    id\n    ... on Community {\n      name\n      description\n      regionCode\n      street {\n        name\n      }\n      modules {\n        key\n        enabled\n      }\n    }\n    ... on Street {\n      name\n      regionCode\n    }\n    ... on Household {\n      number\n      address\n      building\n      tags\n      closedAt\n      members {\n        name\n        phone\n      }\n    }\n    ... on Resident {\n      name\n      phone\n      idNumber\n      movedOutAt\n      household {\n        number\n        address\n      }\n    }\n    ... on Membership {\n      login\n      displayName\n      roles\n      title\n      active\n      resident {\n        id\n      }\n    }\n    ... on MembershipInvitation {\n      login\n      roles\n      title\n      community {\n        name\n      }\n    }\n    ... on ApiKey {\n      name\n      prefix\n      permissions\n      revokedAt\n    }\n    ... on SocialOrganization {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on SocialWorker {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on Volunteer {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CobuildingUnit {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n    ... on CharityResource {\n      name\n      contactName\n      contactPhone\n      description\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoNode($id: ID!) {\n    node(id: $id) {\n      ...IsoNodeFields\n    }\n  }\n"): (typeof documents)["\n  query IsoNode($id: ID!) {\n    node(id: $id) {\n      ...IsoNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) {\n      totalCount\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoResidentsOfHousehold($household: ID!) {\n    residents(household: $household, first: 100) {\n      totalCount\n      nodes {\n        name\n        household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n        memberships {\n          community {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n        memberships {\n          community {\n            name\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoRefresh($input: AuthRefreshInput!) {\n    authRefresh(input: $input) {\n      accessToken\n      me {\n        activeCommunity {\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoApiKeyRevoke($input: ApiKeyRevokeInput!) {\n    apiKeyRevoke(input: $input) {\n      apiKey {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoHouseholdClose($input: HouseholdCloseInput!) {\n    householdClose(input: $input) {\n      household {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoMembershipUpdate($input: MembershipUpdateInput!) {\n    membershipUpdate(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoInvitationAccept($input: MembershipInvitationInput!) {\n    membershipInvitationAccept(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoInvitationAccept($input: MembershipInvitationInput!) {\n    membershipInvitationAccept(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoInvitationDecline($input: MembershipInvitationInput!) {\n    membershipInvitationDecline(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoInvitationDecline($input: MembershipInvitationInput!) {\n    membershipInvitationDecline(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoInvitationRevoke($input: MembershipInvitationInput!) {\n    membershipInvitationRevoke(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoInvitationRevoke($input: MembershipInvitationInput!) {\n    membershipInvitationRevoke(input: $input) {\n      invitation {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetDefaultCommunity($input: AccountSetDefaultCommunityInput!) {\n    accountSetDefaultCommunity(input: $input) {\n      me {\n        defaultCommunity {\n          ...IsoNodeFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetDefaultCommunity($input: AccountSetDefaultCommunityInput!) {\n    accountSetDefaultCommunity(input: $input) {\n      me {\n        defaultCommunity {\n          ...IsoNodeFields\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoMembershipResidentLink($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoResidentCreate($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoResidentUpdate($input: ResidentUpdateInput!) {\n    residentUpdate(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoResidentMoveOut($input: ResidentMoveOutInput!) {\n    residentMoveOut(input: $input) {\n      resident {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) {\n      socialOrganization {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSocialOrganizationUpdate($input: SocialOrganizationUpdateInput!) {\n    socialOrganizationUpdate(input: $input) {\n      socialOrganization {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) {\n      socialWorker {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSocialWorkerUpdate($input: SocialWorkerUpdateInput!) {\n    socialWorkerUpdate(input: $input) {\n      socialWorker {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) {\n    volunteerUpdate(input: $input) {\n      volunteer {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoVolunteerUpdate($input: VolunteerUpdateInput!) {\n    volunteerUpdate(input: $input) {\n      volunteer {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) {\n      cobuildingUnit {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoCobuildingUnitUpdate($input: CobuildingUnitUpdateInput!) {\n    cobuildingUnitUpdate(input: $input) {\n      cobuildingUnit {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) {\n      charityResource {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoCharityResourceUpdate($input: CharityResourceUpdateInput!) {\n    charityResourceUpdate(input: $input) {\n      charityResource {\n        ...IsoNodeFields\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          ...IsoNodeFields\n        }\n      }\n    "): (typeof documents)["\n      query IsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          ...IsoNodeFields\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query IsoAccessLog($r: ID) {\n        personalDataAccessLog(resident: $r, first: 100) {\n          totalCount\n          nodes {\n            subject\n            fields\n            reason\n          }\n        }\n      }\n    "): (typeof documents)["\n      query IsoAccessLog($r: ID) {\n        personalDataAccessLog(resident: $r, first: 100) {\n          totalCount\n          nodes {\n            subject\n            fields\n            reason\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetupLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      refreshToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoCommunity {\n    community {\n      id\n      name\n      street {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoCommunity {\n    community {\n      id\n      name\n      street {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetupCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetupMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetupHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetupResident($input: ResidentCreateInput!) {\n    residentCreate(input: $input) {\n      resident {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetupApiKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      apiKey {\n        id\n        prefix\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IsoSetupForces(\n    $o: SocialOrganizationCreateInput!\n    $w: SocialWorkerCreateInput!\n    $v: VolunteerCreateInput!\n    $u: CobuildingUnitCreateInput!\n    $c: CharityResourceCreateInput!\n  ) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    socialWorkerCreate(input: $w) {\n      socialWorker {\n        id\n      }\n    }\n    volunteerCreate(input: $v) {\n      volunteer {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation IsoSetupForces(\n    $o: SocialOrganizationCreateInput!\n    $w: SocialWorkerCreateInput!\n    $v: VolunteerCreateInput!\n    $u: CobuildingUnitCreateInput!\n    $c: CharityResourceCreateInput!\n  ) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    socialWorkerCreate(input: $w) {\n      socialWorker {\n        id\n      }\n    }\n    volunteerCreate(input: $v) {\n      volunteer {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n    households(includeClosed: true) {\n      totalCount\n    }\n    residents {\n      totalCount\n    }\n    memberships {\n      totalCount\n    }\n    apiKeys {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IsoSnapshot($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n    households(includeClosed: true) {\n      totalCount\n    }\n    residents {\n      totalCount\n    }\n    memberships {\n      totalCount\n    }\n    apiKeys {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoAllNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n  }\n"): (typeof documents)["\n  query IsoAllNodes($ids: [ID!]!) {\n    nodes(ids: $ids) {\n      ...IsoNodeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoMe {\n    me {\n      activeCommunity {\n        name\n      }\n      memberships {\n        community {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoMe {\n    me {\n      activeCommunity {\n        name\n      }\n      memberships {\n        community {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoHouseholds {\n    households {\n      totalCount\n      nodes {\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query IsoHouseholds {\n    households {\n      totalCount\n      nodes {\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoCommunities {\n    communities {\n      name\n    }\n  }\n"): (typeof documents)["\n  query IsoCommunities {\n    communities {\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IsoResidentsNamed($search: String) {\n    residents(search: $search) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query IsoResidentsNamed($search: String) {\n    residents(search: $search) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TwoHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription TwoChanges {\n    changes(types: [\"core.HouseholdCreated\"]) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TypedFormsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TypedFormsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedFormsGridCatalog {\n    gridCatalog {\n      levels {\n        key\n        name\n      }\n      dutyRoles {\n        key\n        name\n        level\n        required\n      }\n      careCategories {\n        key\n        name\n        visitEveryDays\n      }\n      visitKinds {\n        key\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedFormsGridCatalog {\n    gridCatalog {\n      levels {\n        key\n        name\n      }\n      dutyRoles {\n        key\n        name\n        level\n        required\n      }\n      careCategories {\n        key\n        name\n        visitEveryDays\n      }\n      visitKinds {\n        key\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedFormsPointsCatalog {\n    pointsCatalog {\n      accountScope\n      rules {\n        key\n        name\n        event\n        points\n        per\n        capPoints\n        capPeriod\n        enabled\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedFormsPointsCatalog {\n    pointsCatalog {\n      accountScope\n      rules {\n        key\n        name\n        event\n        points\n        per\n        capPoints\n        capPeriod\n        enabled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TypedFormsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TypedFormsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedFormsTopics($source: [CouncilTopicSource!], $raisedFrom: DateTimeISO, $raisedTo: DateTimeISO, $bodyId: ID) {\n    councilTopics(first: 100, source: $source, raisedFrom: $raisedFrom, raisedTo: $raisedTo, bodyId: $bodyId) {\n      nodes {\n        id\n        source\n        raisedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedFormsTopics($source: [CouncilTopicSource!], $raisedFrom: DateTimeISO, $raisedTo: DateTimeISO, $bodyId: ID) {\n    councilTopics(first: 100, source: $source, raisedFrom: $raisedFrom, raisedTo: $raisedTo, bodyId: $bodyId) {\n      nodes {\n        id\n        source\n        raisedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TypedFormsItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TypedFormsItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedFormsItems($search: String, $availableNow: Boolean, $maxPricePoints: Int) {\n    pointsItems(first: 100, search: $search, availableNow: $availableNow, maxPricePoints: $maxPricePoints) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedFormsItems($search: String, $availableNow: Boolean, $maxPricePoints: Int) {\n    pointsItems(first: 100, search: $search, availableNow: $availableNow, maxPricePoints: $maxPricePoints) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TypedFormsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TypedFormsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedFormsHousehold($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedFormsHousehold($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TypedFormsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TypedFormsAward($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedFormsRedemptions($itemId: ID) {\n    pointsRedemptions(first: 100, itemId: $itemId) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedFormsRedemptions($itemId: ID) {\n    pointsRedemptions(first: 100, itemId: $itemId) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TypedFormsActivities($status: [VolunteerActivityStatus!], $shiftsFrom: DateTimeISO, $shiftsTo: DateTimeISO, $team: String) {\n    volunteerActivities(first: 100, status: $status, shiftsFrom: $shiftsFrom, shiftsTo: $shiftsTo, team: $team) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query TypedFormsActivities($status: [VolunteerActivityStatus!], $shiftsFrom: DateTimeISO, $shiftsTo: DateTimeISO, $team: String) {\n    volunteerActivities(first: 100, status: $status, shiftsFrom: $shiftsFrom, shiftsTo: $shiftsTo, team: $team) {\n      totalCount\n      nodes {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPermsMine {\n    community {\n      id\n      viewerPermissions\n      viewerRoles\n      viewerModules\n    }\n  }\n"): (typeof documents)["\n  query ViewerPermsMine {\n    community {\n      id\n      viewerPermissions\n      viewerRoles\n      viewerModules\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPermsCatalog {\n    permissionCatalog {\n      key\n      module\n      moduleName\n      action\n      nameZh\n      nameEn\n      description\n      defaultRoles\n    }\n  }\n"): (typeof documents)["\n  query ViewerPermsCatalog {\n    permissionCatalog {\n      key\n      module\n      moduleName\n      action\n      nameZh\n      nameEn\n      description\n      defaultRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerPermsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerPermsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPermsHouseholds {\n    households(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ViewerPermsHouseholds {\n    households(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ViewerPermsRequests {\n    serviceRequests(first: 1) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ViewerPermsRequests {\n    serviceRequests(first: 1) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ViewerPermsKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ViewerPermsKey($input: ApiKeyCreateInput!) {\n    apiKeyCreate(input: $input) {\n      secret\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        permissions\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointCreate($input: WebhookEndpointCreateInput!) {\n    webhookEndpointCreate(input: $input) {\n      webhookEndpoint {\n        id\n        url\n        eventTypes\n        permissions\n        enabled\n      }\n      secret\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        enabled\n        disabledReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointUpdate($input: WebhookEndpointUpdateInput!) {\n    webhookEndpointUpdate(input: $input) {\n      webhookEndpoint {\n        id\n        enabled\n        disabledReason\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookEndpointDelete($input: WebhookEndpointIdInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookEndpointDelete($input: WebhookEndpointIdInput!) {\n    webhookEndpointDelete(input: $input) {\n      deletedId\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRotateSecret($input: WebhookEndpointIdInput!) {\n    webhookEndpointRotateSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookRotateSecret($input: WebhookEndpointIdInput!) {\n    webhookEndpointRotateSecret(input: $input) {\n      secret\n      webhookEndpoint {\n        previousSecretExpiresAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) {\n      nodes {\n        id\n        url\n        enabled\n        disabledReason\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookEndpoints {\n    webhookEndpoints(first: 50) {\n      nodes {\n        id\n        url\n        enabled\n        disabledReason\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WebhookDeliveries($endpoint: ID!) {\n    webhookDeliveries(endpoint: $endpoint, first: 100) {\n      nodes {\n        id\n        messageId\n        eventType\n        eventSeq\n        status\n        attempts\n        lastStatus\n        lastLatencyMs\n        lastError\n        nextAttemptAt\n        deliveredAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WebhookDeliveries($endpoint: ID!) {\n    webhookDeliveries(endpoint: $endpoint, first: 100) {\n      nodes {\n        id\n        messageId\n        eventType\n        eventSeq\n        status\n        attempts\n        lastStatus\n        lastLatencyMs\n        lastError\n        nextAttemptAt\n        deliveredAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookRedeliver($input: WebhookRedeliverInput!) {\n    webhookRedeliver(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookRedeliver($input: WebhookRedeliverInput!) {\n    webhookRedeliver(input: $input) {\n      webhookDelivery {\n        id\n        messageId\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WebhookHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WebhookHouseholdUpdate($input: HouseholdUpdateInput!) {\n    householdUpdate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WsExpHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation WsExpHouseholdCreate($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        number\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WsExpChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WsExpChanges($types: [String!]) {\n    changes(types: $types) {\n      cursor\n      subject {\n        ... on Household {\n          number\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRaceConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRaceHousehold($input: HouseholdCreateInput!) {\n    householdCreate(input: $input) {\n      household {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRaceAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        status\n        accountId\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRaceItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRaceRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        points\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRaceCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRaceExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRaceExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsLinkMemberships {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsLinkHouseholds($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsLinkHouseholds($search: String) {\n    households(first: 5, search: $search) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsLinkResidents($household: ID) {\n    residents(first: 20, household: $household) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsLinkResidents($household: ID) {\n    residents(first: 20, household: $household) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsLinkResident($input: MembershipResidentLinkInput!) {\n    membershipResidentLink(input: $input) {\n      membership {\n        id\n        resident {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsVcAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsVcAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsVcItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsVcItem($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsVcRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsVcRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        code\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsVcCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsVcCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsVcPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsVcPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsVcMine {\n    pointsRedemptions(first: 100) {\n      nodes {\n        id\n        code\n        viewerCan {\n          cancel\n          pickUp\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsVcMine {\n    pointsRedemptions(first: 100) {\n      nodes {\n        id\n        code\n        viewerCan {\n          cancel\n          pickUp\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsVcHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsVcHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsHouseholds {\n    households(first: 100) {\n      nodes {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        amount\n        status\n        needsApproval\n        decidedAt\n        accountId\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        id\n        amount\n        status\n        needsApproval\n        decidedAt\n        accountId\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentApprove(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsApprove($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentApprove(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentReject(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsReject($input: PointsAdjustmentDecideInput!) {\n    pointsAdjustmentReject(input: $input) {\n      adjustment {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsItemCreate($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        name\n        stock\n        pricePoints\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsItemCreate($input: PointsItemCreateInput!) {\n    pointsItemCreate(input: $input) {\n      item {\n        id\n        name\n        stock\n        pricePoints\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsItemRestock($input: PointsItemRestockInput!) {\n    pointsItemRestock(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsItemRestock($input: PointsItemRestockInput!) {\n    pointsItemRestock(input: $input) {\n      item {\n        id\n        stock\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsItems {\n    pointsItems(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        stock\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsItems {\n    pointsItems(first: 50) {\n      totalCount\n      nodes {\n        id\n        name\n        stock\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        status\n        points\n        quantity\n        code\n        redeemedByName\n        item {\n          name\n          stock\n        }\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsRedeem($input: PointsRedeemInput!) {\n    pointsRedeem(input: $input) {\n      redemption {\n        id\n        status\n        points\n        quantity\n        code\n        redeemedByName\n        item {\n          name\n          stock\n        }\n        account {\n          id\n          balance\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsCancel($input: PointsRedemptionCancelInput!) {\n    pointsRedemptionCancel(input: $input) {\n      redemption {\n        id\n        status\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n        status\n        pickedUpAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsPickUp($input: PointsRedemptionPickUpInput!) {\n    pointsRedemptionPickUp(input: $input) {\n      redemption {\n        id\n        status\n        pickedUpAt\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsMy($first: Int) {\n    pointsMyAccount {\n      id\n      kind\n      balance\n      householdId\n      entries(first: $first) {\n        totalCount\n        nodes {\n          amount\n          balanceAfter\n          transaction {\n            kind\n            ruleKey\n            reason\n            amount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsMy($first: Int) {\n    pointsMyAccount {\n      id\n      kind\n      balance\n      householdId\n      entries(first: $first) {\n        totalCount\n        nodes {\n          amount\n          balanceAfter\n          transaction {\n            kind\n            ruleKey\n            reason\n            amount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n    }\n  }\n"): (typeof documents)["\n  query PointsAccount($id: ID!) {\n    pointsAccount(id: $id) {\n      id\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsRedemptions($accountId: ID) {\n    pointsRedemptions(accountId: $accountId) {\n      totalCount\n      nodes {\n        id\n        status\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsRedemptions($accountId: ID) {\n    pointsRedemptions(accountId: $accountId) {\n      totalCount\n      nodes {\n        id\n        status\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PointsExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        id\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PointsExpire($input: PointsExpireInput!) {\n    pointsExpire(input: $input) {\n      account {\n        id\n        balance\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) {\n      issued\n      deducted\n      redeemed\n      refunded\n      expired\n      outstanding\n      byRule {\n        ruleKey\n        points\n      }\n      byGrid {\n        gridUnitId\n        gridUnit {\n          id\n          name\n        }\n        issued\n      }\n      metrics {\n        key\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query PointsReport($from: DateTimeISO!, $to: DateTimeISO!) {\n    pointsReport(from: $from, to: $to) {\n      issued\n      deducted\n      redeemed\n      refunded\n      expired\n      outstanding\n      byRule {\n        ruleKey\n        points\n      }\n      byGrid {\n        gridUnitId\n        gridUnit {\n          id\n          name\n        }\n        issued\n      }\n      metrics {\n        key\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query PointsNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PointsAccount {\n          balance\n        }\n      }\n    }\n  "): (typeof documents)["\n    query PointsNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on PointsAccount {\n          balance\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolPtsPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolPtsPending {\n    volunteerHours(status: PENDING) {\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolPtsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolPtsAdjust($input: PointsAdjustInput!) {\n    pointsAdjust(input: $input) {\n      adjustment {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolPtsMyId {\n    pointsMyAccount {\n      id\n      balance\n    }\n  }\n"): (typeof documents)["\n  query VolPtsMyId {\n    pointsMyAccount {\n      id\n      balance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolPtsMy {\n    pointsMyAccount {\n      kind\n      balance\n      entries(first: 5) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolPtsMy {\n    pointsMyAccount {\n      kind\n      balance\n      entries(first: 5) {\n        nodes {\n          amount\n          transaction {\n            kind\n            ruleKey\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolPtsMatPointsRead {\n        pointsItems(first: 1) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query VolPtsMatPointsRead {\n        pointsItems(first: 1) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation VolPtsMatRedeem($input: PointsRedeemInput!) {\n        pointsRedeem(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation VolPtsMatRedeem($input: PointsRedeemInput!) {\n        pointsRedeem(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation VolPtsMatItem($input: PointsItemCreateInput!) {\n        pointsItemCreate(input: $input) {\n          item {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation VolPtsMatItem($input: PointsItemCreateInput!) {\n        pointsItemCreate(input: $input) {\n          item {\n            id\n          }\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) {\n        pointsAdjustmentReject(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation VolPtsMatApprove($input: PointsAdjustmentDecideInput!) {\n        pointsAdjustmentReject(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) {\n        pointsReport(from: $from, to: $to) {\n          issued\n        }\n      }\n    "): (typeof documents)["\n      query VolPtsMatReport($from: DateTimeISO!, $to: DateTimeISO!) {\n        pointsReport(from: $from, to: $to) {\n          issued\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolPtsMatTeams {\n        volunteerTeams {\n          key\n        }\n      }\n    "): (typeof documents)["\n      query VolPtsMatTeams {\n        volunteerTeams {\n          key\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) {\n        volunteerMemberJoin(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation VolPtsMatJoin($input: VolunteerMemberJoinInput!) {\n        volunteerMemberJoin(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) {\n        volunteerActivityCreate(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation VolPtsMatActivity($input: VolunteerActivityCreateInput!) {\n        volunteerActivityCreate(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) {\n        volunteerMemberRegister(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "): (typeof documents)["\n      mutation VolPtsMatRegister($input: VolunteerMemberRegisterInput!) {\n        volunteerMemberRegister(input: $input) {\n          userErrors {\n            code\n          }\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolPtsMatLookup($idNumber: String) {\n        volunteerMembers(first: 1, idNumber: $idNumber) {\n          totalCount\n        }\n      }\n    "): (typeof documents)["\n      query VolPtsMatLookup($idNumber: String) {\n        volunteerMembers(first: 1, idNumber: $idNumber) {\n          totalCount\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) {\n        volunteerHoursExport(from: $from, to: $to) {\n          name\n        }\n      }\n    "): (typeof documents)["\n      query VolPtsMatExport($from: DateTimeISO!, $to: DateTimeISO!) {\n        volunteerHoursExport(from: $from, to: $to) {\n          name\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VolPtsIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VolPtsIsoCommunity($input: CommunityCreateInput!) {\n      communityCreate(input: $input) {\n        community {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VolPtsIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  "): (typeof documents)["\n    mutation VolPtsIsoLogin($input: AuthLoginInput!) {\n      authLogin(input: $input) {\n        accessToken\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VolPtsIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VolPtsIsoMember($input: MembershipAddInput!) {\n      membershipAdd(input: $input) {\n        membership {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) {\n      householdCreate(input: $input) {\n        household {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VolPtsIsoHousehold($input: HouseholdCreateInput!) {\n      householdCreate(input: $input) {\n        household {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VolPtsIsoAdjust($input: PointsAdjustInput!) {\n      pointsAdjust(input: $input) {\n        adjustment {\n          id\n          accountId\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VolPtsIsoAdjust($input: PointsAdjustInput!) {\n      pointsAdjust(input: $input) {\n        adjustment {\n          id\n          accountId\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VolPtsIsoItem($input: PointsItemCreateInput!) {\n      pointsItemCreate(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VolPtsIsoItem($input: PointsItemCreateInput!) {\n      pointsItemCreate(input: $input) {\n        item {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation VolPtsIsoRedeem($input: PointsRedeemInput!) {\n      pointsRedeem(input: $input) {\n        redemption {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "): (typeof documents)["\n    mutation VolPtsIsoRedeem($input: PointsRedeemInput!) {\n      pointsRedeem(input: $input) {\n        redemption {\n          id\n        }\n        userErrors {\n          code\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VolPtsIso1($id: ID!) {\n          pointsAccount(id: $id) {\n            id\n            balance\n          }\n        }\n      "): (typeof documents)["\n        query VolPtsIso1($id: ID!) {\n          pointsAccount(id: $id) {\n            id\n            balance\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VolPtsIso2($id: ID) {\n          pointsRedemptions(accountId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query VolPtsIso2($id: ID) {\n          pointsRedemptions(accountId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VolPtsIsoItemRedemptions($id: ID) {\n          pointsRedemptions(itemId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      "): (typeof documents)["\n        query VolPtsIsoItemRedemptions($id: ID) {\n          pointsRedemptions(itemId: $id) {\n            totalCount\n            nodes {\n              code\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentApprove(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso3($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentApprove(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentReject(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso4($input: PointsAdjustmentDecideInput!) {\n          pointsAdjustmentReject(input: $input) {\n            adjustment {\n              id\n              amount\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso5($input: PointsExpireInput!) {\n          pointsExpire(input: $input) {\n            account {\n              id\n              balance\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso5($input: PointsExpireInput!) {\n          pointsExpire(input: $input) {\n            account {\n              id\n              balance\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso6($input: PointsItemRestockInput!) {\n          pointsItemRestock(input: $input) {\n            item {\n              id\n              stock\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso6($input: PointsItemRestockInput!) {\n          pointsItemRestock(input: $input) {\n            item {\n              id\n              stock\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso7($input: PointsItemUpdateInput!) {\n          pointsItemUpdate(input: $input) {\n            item {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso7($input: PointsItemUpdateInput!) {\n          pointsItemUpdate(input: $input) {\n            item {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso8($input: PointsRedemptionCancelInput!) {\n          pointsRedemptionCancel(input: $input) {\n            redemption {\n              id\n              code\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso8($input: PointsRedemptionCancelInput!) {\n          pointsRedemptionCancel(input: $input) {\n            redemption {\n              id\n              code\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso9($input: VolunteerCodeInput!) {\n          volunteerCheckInByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso9($input: VolunteerCodeInput!) {\n          volunteerCheckInByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso10($input: VolunteerCodeInput!) {\n          volunteerCheckOutByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso10($input: VolunteerCodeInput!) {\n          volunteerCheckOutByCode(input: $input) {\n            signup {\n              id\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) {\n          volunteerHoursConfirm(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso11($input: VolunteerHoursConfirmInput!) {\n          volunteerHoursConfirm(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) {\n          volunteerHoursCorrect(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso12($input: VolunteerHoursCorrectInput!) {\n          volunteerHoursCorrect(input: $input) {\n            record {\n              id\n              minutes\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) {\n          volunteerMemberUpdate(input: $input) {\n            member {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso13($input: VolunteerMemberUpdateInput!) {\n          volunteerMemberUpdate(input: $input) {\n            member {\n              id\n              name\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        mutation VolPtsIso14($input: VolunteerSignupActInput!) {\n          volunteerSignupCancel(input: $input) {\n            signup {\n              id\n              status\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "): (typeof documents)["\n        mutation VolPtsIso14($input: VolunteerSignupActInput!) {\n          volunteerSignupCancel(input: $input) {\n            signup {\n              id\n              status\n            }\n            userErrors {\n              code\n              field\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VolPtsIso15($id: ID!) {\n          volunteerActivity(id: $id) {\n            id\n            title\n            shifts {\n              id\n            }\n          }\n        }\n      "): (typeof documents)["\n        query VolPtsIso15($id: ID!) {\n          volunteerActivity(id: $id) {\n            id\n            title\n            shifts {\n              id\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VolPtsIso16($id: ID) {\n          volunteerHours(memberId: $id) {\n            totalCount\n            nodes {\n              minutes\n            }\n          }\n        }\n      "): (typeof documents)["\n        query VolPtsIso16($id: ID) {\n          volunteerHours(memberId: $id) {\n            totalCount\n            nodes {\n              minutes\n            }\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursExport(memberId: $id, from: $from, to: $to) {\n            name\n          }\n        }\n      "): (typeof documents)["\n        query VolPtsIso17($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursExport(memberId: $id, from: $from, to: $to) {\n            name\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n        query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) {\n            name\n            minutes\n          }\n        }\n      "): (typeof documents)["\n        query VolPtsIso18($id: ID, $from: DateTimeISO!, $to: DateTimeISO!) {\n          volunteerHoursTotals(memberId: $id, from: $from, to: $to, period: YEAR) {\n            name\n            minutes\n          }\n        }\n      "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesConcAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesConcAdd($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesFxMembers {\n    memberships(first: 100) {\n      nodes {\n        id\n        login\n      }\n    }\n    community {\n      id\n    }\n    gridUnits(first: 10) {\n      nodes {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n    charityResourceCreate(input: $c) {\n      charityResource {\n        id\n      }\n    }\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFxFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesFxFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFxDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesFxDonate($input: FundDonationInput!) {\n    fundDonationRecord(input: $input) {\n      donation {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        title\n        category\n        status\n        source\n        gridUnitId\n        demandCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {\n    resourcesNeedCreate(input: $input) {\n      need {\n        id\n        title\n        category\n        status\n        source\n        gridUnitId\n        demandCount\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) {\n    resourcesNeedClose(input: $input) {\n      need {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) {\n    resourcesNeedClose(input: $input) {\n      need {\n        id\n        status\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesNeedGet($id: ID!) {\n    resourcesNeed(id: $id) {\n      id\n      title\n      category\n      categoryName\n      status\n      source\n      demandCount\n      gridUnitId\n      sourceId\n      reason\n      metAt\n      project {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesNeedGet($id: ID!) {\n    resourcesNeed(id: $id) {\n      id\n      title\n      category\n      categoryName\n      status\n      source\n      demandCount\n      gridUnitId\n      sourceId\n      reason\n      metAt\n      project {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        status\n        source\n        demandCount\n        gridUnitId\n        sourceId\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {\n    resourcesNeeds(source: $source, status: $status, first: 100) {\n      totalCount\n      nodes {\n        id\n        title\n        category\n        status\n        source\n        demandCount\n        gridUnitId\n        sourceId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesMatches($needId: ID!, $first: Int) {\n    resourcesNeedMatches(needId: $needId, first: $first) {\n      score\n      reasons\n      resource {\n        id\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesMatches($needId: ID!, $first: Int) {\n    resourcesNeedMatches(needId: $needId, first: $first) {\n      score\n      reasons\n      resource {\n        id\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n        kind\n        category\n        gridUnitId\n        valueFen\n        quantity\n        unit\n        active\n        editable\n        provider {\n          id\n          type\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {\n    resourcesResourceCreate(input: $input) {\n      resource {\n        id\n        title\n        kind\n        category\n        gridUnitId\n        valueFen\n        quantity\n        unit\n        active\n        editable\n        provider {\n          id\n          type\n          name\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) {\n    resourcesResourceUpdate(input: $input) {\n      resource {\n        id\n        title\n        active\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) {\n    resourcesResourceUpdate(input: $input) {\n      resource {\n        id\n        title\n        active\n        quantity\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesResourceGet($id: ID!) {\n    resourcesResource(id: $id) {\n      id\n      title\n      provider {\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesResourceGet($id: ID!) {\n    resourcesResource(id: $id) {\n      id\n      title\n      provider {\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) {\n      survey {\n        id\n        title\n        status\n        responsesCount\n        questions {\n          key\n          kind\n          options {\n            key\n            label\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {\n    resourcesSurveyCreate(input: $input) {\n      survey {\n        id\n        title\n        status\n        responsesCount\n        questions {\n          key\n          kind\n          options {\n            key\n            label\n          }\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) {\n    resourcesSurveyAnswer(input: $input) {\n      survey {\n        id\n        responsesCount\n        answered\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) {\n    resourcesSurveyAnswer(input: $input) {\n      survey {\n        id\n        responsesCount\n        answered\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) {\n    resourcesSurveyClose(input: $input) {\n      survey {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) {\n    resourcesSurveyClose(input: $input) {\n      survey {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) {\n      needs {\n        id\n        title\n        category\n        demandCount\n        source\n        sourceId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {\n    resourcesSurveyToNeeds(input: $input) {\n      needs {\n        id\n        title\n        category\n        demandCount\n        source\n        sourceId\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) {\n      id\n      status\n      responsesCount\n      answered\n      results {\n        key\n        answered\n        texts\n        options {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesSurveyGet($id: ID!) {\n    resourcesSurvey(id: $id) {\n      id\n      status\n      responsesCount\n      answered\n      results {\n        key\n        answered\n        texts\n        options {\n          key\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        budgetFen\n        resourceValueFen\n        need {\n          id\n          status\n        }\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {\n    resourcesProjectCreate(input: $input) {\n      project {\n        id\n        status\n        budgetFen\n        resourceValueFen\n        need {\n          id\n          status\n        }\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesProjectStart($input: ResourcesProjectActInput!) {\n    resourcesProjectStart(input: $input) {\n      project {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) {\n    resourcesProjectComplete(input: $input) {\n      project {\n        id\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) {\n    resourcesProjectComplete(input: $input) {\n      project {\n        id\n        status\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) {\n    resourcesProjectCancel(input: $input) {\n      project {\n        id\n        status\n        reason\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) {\n    resourcesProjectCancel(input: $input) {\n      project {\n        id\n        status\n        reason\n        need {\n          status\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) {\n    resourcesMilestoneAdd(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) {\n    resourcesMilestoneAdd(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          title\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) {\n    resourcesMilestoneSet(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) {\n    resourcesMilestoneSet(input: $input) {\n      project {\n        id\n        milestones {\n          id\n          done\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) {\n      project {\n        id\n        fundingStatus\n        fundingAmountFen\n        fundingDisbursementId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {\n    resourcesProjectFundingRequest(input: $input) {\n      project {\n        id\n        fundingStatus\n        fundingAmountFen\n        fundingDisbursementId\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id\n      title\n      status\n      budgetFen\n      fundingStatus\n      fundingAmountFen\n      fundingError\n      fundingDisbursementId\n      ownerName\n      resourceValueFen\n      need {\n        id\n        status\n      }\n      resources {\n        quantity\n        valueFen\n        resource {\n          id\n          title\n        }\n      }\n      milestones {\n        id\n        title\n        done\n        position\n      }\n      permissions {\n        start\n        complete\n        cancel\n        editMilestones\n        requestFunding\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesProjectGet($id: ID!) {\n    resourcesProject(id: $id) {\n      id\n      title\n      status\n      budgetFen\n      fundingStatus\n      fundingAmountFen\n      fundingError\n      fundingDisbursementId\n      ownerName\n      resourceValueFen\n      need {\n        id\n        status\n      }\n      resources {\n        quantity\n        valueFen\n        resource {\n          id\n          title\n        }\n      }\n      milestones {\n        id\n        title\n        done\n        position\n      }\n      permissions {\n        start\n        complete\n        cancel\n        editMilestones\n        requestFunding\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesIsoLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesIsoCommunity($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesIsoMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {\n    cobuildingUnitCreate(input: $u) {\n      cobuildingUnit {\n        id\n      }\n    }\n    socialOrganizationCreate(input: $o) {\n      socialOrganization {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesIsoMembers {\n    memberships {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesIsoMembers {\n    memberships {\n      nodes {\n        id\n        login\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesIsoFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesIsoFund($input: FundCreateInput!) {\n    fundCreate(input: $input) {\n      fund {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ResourcesFundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      nodes {\n        id\n        status\n        amountFen\n        purpose\n        projectRef\n      }\n    }\n  }\n"): (typeof documents)["\n  query ResourcesFundRequests($fundId: ID!) {\n    fundDisbursements(fundId: $fundId, first: 50) {\n      nodes {\n        id\n        status\n        amountFen\n        purpose\n        projectRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) {\n    fundDisbursementApprove(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesFundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesFundPay($input: FundDisbursementPayInput!) {\n    fundDisbursementPay(input: $input) {\n      disbursement {\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResourcesToggle($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResourcesToggle($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationBookingViewerCanNode($id: ID!) {\n    node(id: $id) {\n      ... on StationBooking {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationBookingViewerCanNode($id: ID!) {\n    node(id: $id) {\n      ... on StationBooking {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationBookingViewerCanMine {\n    myStationBookings(first: 100, includeCancelled: true) {\n      nodes {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationBookingViewerCanMine {\n    myStationBookings(first: 100, includeCancelled: true) {\n      nodes {\n        id\n        viewerCan {\n          cancel\n          recordAttendance\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationsEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationsEnable($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationsAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationsAddMember($input: MembershipAddInput!) {\n    membershipAdd(input: $input) {\n      membership {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationsWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationsWhere {\n    community {\n      id\n      street {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationsCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationsCommunityCreate($input: CommunityCreateInput!) {\n    communityCreate(input: $input) {\n      community {\n        id\n      }\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationsLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationsLogin($input: AuthLoginInput!) {\n    authLogin(input: $input) {\n      accessToken\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n        name\n        kind\n        kindName\n        address\n        gridUnitId\n        features\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationCreate($input: StationCreateInput!) {\n    stationCreate(input: $input) {\n      station {\n        id\n        name\n        kind\n        kindName\n        address\n        gridUnitId\n        features\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationUpdate($input: StationUpdateInput!) {\n    stationUpdate(input: $input) {\n      station {\n        id\n        name\n        active\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationUpdate($input: StationUpdateInput!) {\n    stationUpdate(input: $input) {\n      station {\n        id\n        name\n        active\n        openingHours {\n          weekday\n          opens\n          closes\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n        name\n        category\n        grouping\n        slotMinutes\n        capacity\n        bookable\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationServiceCreate($input: StationServiceCreateInput!) {\n    stationServiceCreate(input: $input) {\n      service {\n        id\n        name\n        category\n        grouping\n        slotMinutes\n        capacity\n        bookable\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) {\n    stationServiceUpdate(input: $input) {\n      service {\n        id\n        capacity\n        grouping\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationServiceUpdate($input: StationServiceUpdateInput!) {\n    stationServiceUpdate(input: $input) {\n      service {\n        id\n        capacity\n        grouping\n        active\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationClosureAdd($input: StationClosureAddInput!) {\n    stationClosureAdd(input: $input) {\n      closure {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationClosureAdd($input: StationClosureAddInput!) {\n    stationClosureAdd(input: $input) {\n      closure {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) {\n    stationClosureRemove(input: $input) {\n      closure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationClosureRemove($input: StationClosureRemoveInput!) {\n    stationClosureRemove(input: $input) {\n      closure {\n        id\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n        status\n        startsAt\n        endsAt\n        mine\n        bookedBy\n        service {\n          id\n        }\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationBook($input: StationBookingCreateInput!) {\n    stationBookingCreate(input: $input) {\n      booking {\n        id\n        status\n        startsAt\n        endsAt\n        mine\n        bookedBy\n        service {\n          id\n        }\n        station {\n          id\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationCancel($input: StationBookingActInput!) {\n    stationBookingCancel(input: $input) {\n      booking {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationCancel($input: StationBookingActInput!) {\n    stationBookingCancel(input: $input) {\n      booking {\n        id\n        status\n        cancelledAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StationAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n        status\n        attendedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StationAttend($input: StationBookingAttendInput!) {\n    stationBookingAttend(input: $input) {\n      booking {\n        id\n        status\n        attendedAt\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationGet($id: ID!) {\n    station(id: $id) {\n      id\n      name\n      kind\n      kindName\n      address\n      gridUnitId\n      features\n      phone\n      active\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      services {\n        id\n        name\n        category\n        grouping\n        capacity\n        slotMinutes\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationGet($id: ID!) {\n    station(id: $id) {\n      id\n      name\n      kind\n      kindName\n      address\n      gridUnitId\n      features\n      phone\n      active\n      openingHours {\n        weekday\n        opens\n        closes\n      }\n      closures {\n        id\n        startsOn\n        endsOn\n        reason\n      }\n      services {\n        id\n        name\n        category\n        grouping\n        capacity\n        slotMinutes\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationList($kind: String, $grouping: String, $includeInactive: Boolean) {\n    stations(first: 100, kind: $kind, grouping: $grouping, includeInactive: $includeInactive) {\n      totalCount\n      nodes {\n        id\n        name\n        kind\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationCatalogQ {\n    stationCatalog {\n      lifeCircleMinutes\n      kinds {\n        key\n        name\n        stationCount\n      }\n      groupings {\n        key\n        name\n        services {\n          id\n          name\n        }\n      }\n      categories {\n        key\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationCatalogQ {\n    stationCatalog {\n      lifeCircleMinutes\n      kinds {\n        key\n        name\n        stationCount\n      }\n      groupings {\n        key\n        name\n        services {\n          id\n          name\n        }\n      }\n      categories {\n        key\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      capacity\n      booked\n      remaining\n    }\n  }\n"): (typeof documents)["\n  query StationSlots($serviceId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {\n    stationServiceSlots(serviceId: $serviceId, from: $from, to: $to) {\n      startsAt\n      endsAt\n      capacity\n      booked\n      remaining\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n        bookedBy\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationBookings($stationId: ID!, $status: StationBookingStatus) {\n    stationBookings(stationId: $stationId, first: 100, status: $status) {\n      totalCount\n      nodes {\n        id\n        status\n        bookedBy\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationMine($all: Boolean) {\n    myStationBookings(first: 100, includeCancelled: $all) {\n      totalCount\n      nodes {\n        id\n        status\n        mine\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationMine($all: Boolean) {\n    myStationBookings(first: 100, includeCancelled: $all) {\n      totalCount\n      nodes {\n        id\n        status\n        mine\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    query StationsMatrixNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on StationBooking {\n          status\n        }\n      }\n    }\n  "): (typeof documents)["\n    query StationsMatrixNode($id: ID!) {\n      node(id: $id) {\n        id\n        ... on StationBooking {\n          status\n        }\n      }\n    }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationsIsoStation($id: ID!) {\n    station(id: $id) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query StationsIsoStation($id: ID!) {\n    station(id: $id) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationsIsoSlots($id: ID!) {\n    stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") {\n      startsAt\n    }\n  }\n"): (typeof documents)["\n  query StationsIsoSlots($id: ID!) {\n    stationServiceSlots(serviceId: $id, from: \"2030-01-01T00:00:00Z\", to: \"2030-01-02T00:00:00Z\") {\n      startsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StationsIsoBookings($id: ID!) {\n    stationBookings(stationId: $id) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  query StationsIsoBookings($id: ID!) {\n    stationBookings(stationId: $id) {\n      totalCount\n      nodes {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n      query StationsIsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n        }\n      }\n    "): (typeof documents)["\n      query StationsIsoNodes($ids: [ID!]!) {\n        nodes(ids: $ids) {\n          id\n        }\n      }\n    "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerPiiConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        idNumberMasked\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerPiiRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        idNumberMasked\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerPiiJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) {\n    volunteerMemberUpdate(input: $input) {\n      member {\n        id\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerPiiUpdate($input: VolunteerMemberUpdateInput!) {\n    volunteerMemberUpdate(input: $input) {\n      member {\n        id\n        idNumber\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPiiLookup($idNumber: String) {\n    volunteerMembers(first: 5, idNumber: $idNumber) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPiiLookup($idNumber: String) {\n    volunteerMembers(first: 5, idNumber: $idNumber) {\n      totalCount\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on VolunteerMember {\n        name\n        idNumberMasked\n        idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\")\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPiiRead($id: ID!, $unmasked: Boolean!) {\n    node(id: $id) {\n      ... on VolunteerMember {\n        name\n        idNumberMasked\n        idNumber(unmasked: $unmasked, reason: \"志愿中国实名录入\")\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPiiMe {\n    volunteerMe {\n      id\n      idNumber\n      idNumberMasked\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPiiMe {\n    volunteerMe {\n      id\n      idNumber\n      idNumberMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPiiMeUnmasked {\n    volunteerMe {\n      id\n      idNumber(unmasked: true)\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPiiMeUnmasked {\n    volunteerMe {\n      id\n      idNumber(unmasked: true)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPiiAccessLog {\n    personalDataAccessLog(first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n        account\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPiiAccessLog {\n    personalDataAccessLog(first: 50) {\n      nodes {\n        subject\n        fields\n        reason\n        account\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVcConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVcJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVcJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVcActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVcActivity($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        shifts {\n          id\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVcSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVcSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVcCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVcCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVcCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVcCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerVcCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerVcCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerVcNode($id: ID!) {\n    node(id: $id) {\n      ... on VolunteerSignup {\n        id\n        viewerCan {\n          cancel\n          checkIn\n          checkOut\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerVcNode($id: ID!) {\n    node(id: $id) {\n      ... on VolunteerSignup {\n        id\n        viewerCan {\n          cancel\n          checkIn\n          checkOut\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerVcMine($shift: ID!) {\n    node(id: $shift) {\n      ... on VolunteerShift {\n        mySignup {\n          id\n          viewerCan {\n            cancel\n            checkIn\n            checkOut\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerVcMine($shift: ID!) {\n    node(id: $shift) {\n      ... on VolunteerShift {\n        mySignup {\n          id\n          viewerCan {\n            cancel\n            checkIn\n            checkOut\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerConfigure($input: CommunityModuleConfigureInput!) {\n    communityModuleConfigure(input: $input) {\n      userErrors {\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTeams {\n    volunteerTeams {\n      key\n      name\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTeams {\n    volunteerTeams {\n      key\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerRecords {\n    volunteers(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerRecords {\n    volunteers(first: 10) {\n      nodes {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        name\n        teams\n        volunteerRecordId\n        idNumberMasked\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerRegister($input: VolunteerMemberRegisterInput!) {\n    volunteerMemberRegister(input: $input) {\n      member {\n        id\n        name\n        teams\n        volunteerRecordId\n        idNumberMasked\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n        name\n        teams\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerJoin($input: VolunteerMemberJoinInput!) {\n    volunteerMemberJoin(input: $input) {\n      member {\n        id\n        name\n        teams\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMe {\n    volunteerMe {\n      id\n      name\n      teams\n      idNumberMasked\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMe {\n    volunteerMe {\n      id\n      name\n      teams\n      idNumberMasked\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        title\n        shifts {\n          id\n          capacity\n          signedUp\n          checkInCode\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerActivityCreate($input: VolunteerActivityCreateInput!) {\n    volunteerActivityCreate(input: $input) {\n      activity {\n        id\n        title\n        shifts {\n          id\n          capacity\n          signedUp\n          checkInCode\n        }\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerActivity($id: ID!) {\n    volunteerActivity(id: $id) {\n      id\n      title\n      shifts {\n        id\n        capacity\n        signedUp\n        waitlisted\n        checkInCode\n        mySignup {\n          id\n          status\n        }\n        signups {\n          id\n          status\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerActivity($id: ID!) {\n    volunteerActivity(id: $id) {\n      id\n      title\n      shifts {\n        id\n        capacity\n        signedUp\n        waitlisted\n        checkInCode\n        mySignup {\n          id\n          status\n        }\n        signups {\n          id\n          status\n          member {\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerSignUp($input: VolunteerSignUpInput!) {\n    volunteerSignUp(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n        field\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerSignupCancel($input: VolunteerSignupActInput!) {\n    volunteerSignupCancel(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n        status\n        checkedInAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCheckIn($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckIn(input: $input) {\n      signup {\n        id\n        status\n        checkedInAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n        status\n        checkedOutAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCheckOut($input: VolunteerSignupActInput!) {\n    volunteerSignupCheckOut(input: $input) {\n      signup {\n        id\n        status\n        checkedOutAt\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCodeIn($input: VolunteerCodeInput!) {\n    volunteerCheckInByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCodeIn($input: VolunteerCodeInput!) {\n    volunteerCheckInByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerCodeOut($input: VolunteerCodeInput!) {\n    volunteerCheckOutByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerCodeOut($input: VolunteerCodeInput!) {\n    volunteerCheckOutByCode(input: $input) {\n      signup {\n        id\n        status\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) {\n      totalCount\n      nodes {\n        id\n        minutes\n        kind\n        status\n        activityTitle\n        serviceDate\n        correctsId\n        reason\n        member {\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerHours($memberId: ID, $status: VolunteerHoursStatus) {\n    volunteerHours(memberId: $memberId, status: $status) {\n      totalCount\n      nodes {\n        id\n        minutes\n        kind\n        status\n        activityTitle\n        serviceDate\n        correctsId\n        reason\n        member {\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n        status\n        minutes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerHoursConfirm($input: VolunteerHoursConfirmInput!) {\n    volunteerHoursConfirm(input: $input) {\n      record {\n        id\n        status\n        minutes\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n        kind\n        minutes\n        correctsId\n        corrects {\n          id\n          minutes\n          kind\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VolunteerHoursCorrect($input: VolunteerHoursCorrectInput!) {\n    volunteerHoursCorrect(input: $input) {\n      record {\n        id\n        kind\n        minutes\n        correctsId\n        corrects {\n          id\n          minutes\n          kind\n        }\n      }\n      userErrors {\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) {\n    volunteerHoursTotals(from: $from, to: $to, period: $period) {\n      name\n      period\n      minutes\n      memberId\n      member {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query VolunteerTotals($from: DateTimeISO!, $to: DateTimeISO!, $period: VolunteerHoursPeriod!) {\n    volunteerHoursTotals(from: $from, to: $to, period: $period) {\n      name\n      period\n      minutes\n      memberId\n      member {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerHoursExport(from: $from, to: $to) {\n      name\n      idNumberMasked\n      organization\n      activity\n      date\n      hours\n    }\n  }\n"): (typeof documents)["\n  query VolunteerExport($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerHoursExport(from: $from, to: $to) {\n      name\n      idNumberMasked\n      organization\n      activity\n      date\n      hours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n"): (typeof documents)["\n  query VolunteerMetrics($from: DateTimeISO!, $to: DateTimeISO!) {\n    volunteerMetrics(from: $from, to: $to) {\n      key\n      value\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VolunteerPointsMy {\n    pointsMyAccount {\n      balance\n    }\n  }\n"): (typeof documents)["\n  query VolunteerPointsMy {\n    pointsMyAccount {\n      balance\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;