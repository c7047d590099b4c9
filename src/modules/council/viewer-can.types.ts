// `viewerCan` of council topics, meetings and votes: which staff actions the caller may take now, from
// the rules the mutations apply (council.policy.ts: bodyActionDecision for who, transition for
// the 五民 state machine; voteActionDecision for votes). Input- and data-dependent refusals (a missing reason, open tasks, no
// body one level up) are the mutation's to report.
import { Field, ObjectType } from 'type-graphql';

@ObjectType('CouncilTopicViewerCan', { description: '当前用户可执行的操作 — which actions the caller may take on this topic now' })
export class CouncilTopicViewerCan {
  @Field({ description: '受理 — accept for discussion (councilTopicScreen, accept: true)' }) accept!: boolean;
  @Field({ description: '不予受理 — screen out with a reason (councilTopicScreen, accept: false)' }) reject!: boolean;
  @Field({ description: '上报 — escalate to the body one level up (councilTopicEscalate)' }) escalate!: boolean;
  @Field({ description: '协商一致 — conclude without a vote (councilTopicResolve)' }) resolve!: boolean;
  @Field({ description: '办结 — finish carrying out once every task is done (councilTopicComplete)' }) complete!: boolean;
  @Field({ description: '结束评议 — close the evaluation (councilTopicCloseEvaluation)' }) closeEvaluation!: boolean;
}

@ObjectType('CouncilMeetingViewerCan', { description: '当前用户可执行的操作 — which actions the caller may take on this meeting now' })
export class CouncilMeetingViewerCan {
  @Field({ description: '列入议程 — add a topic to the agenda (councilAgendaAdd)' }) addAgenda!: boolean;
  @Field({ description: '登记出席 — record an in-person attendee (councilAttendanceRecord)' }) recordAttendance!: boolean;
  @Field({ description: '闭会 — close with minutes (councilMeetingClose)' }) close!: boolean;
}

@ObjectType('CouncilVoteViewerCan', { description: '当前用户可执行的操作 — which actions the caller may take on this vote now' })
export class CouncilVoteViewerCan {
  @Field({ description: "投票 — cast (or, where allowed, change) one's own ballot (councilVoteCast)" }) cast!: boolean;
  @Field({ description: "录入现场票 — enter a member's in-person ballot (councilVoteEnter)" }) enter!: boolean;
  @Field({ description: '结束表决 — close and publish the result (councilVoteClose)' }) close!: boolean;
}
