// `viewerCan` of applications and milestones: which actions the caller may take now, from the rules
// the mutations apply (venture.policy.ts: VENTURE_RULES for who, the state tables for when).
// Input-dependent refusals (a criterion already scored, an incomplete review) are the mutation's to report.
import { Field, ObjectType } from 'type-graphql';

@ObjectType('VentureApplicationViewerCan', { description: '当前用户可执行的操作 — which actions the caller may take on this application now' })
export class VentureApplicationViewerCan {
  @Field({ description: '评审打分 — score it (ventureApplicationScore): on the panel, not its applicant, call closed, criteria left to score' })
  score!: boolean;
}

@ObjectType('VentureMilestoneViewerCan', { description: '当前用户可执行的操作 — which actions the caller may take on this milestone now' })
export class VentureMilestoneViewerCan {
  @Field({ description: '报完成 — report it done (ventureMilestoneReport)' }) report!: boolean;
  @Field({ description: '申请拨付 — ask the fund to pay it (ventureMilestonePaymentRequest)' }) requestPayment!: boolean;
}
