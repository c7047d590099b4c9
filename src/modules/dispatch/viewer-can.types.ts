// `viewerCan` of a request: which of its mutations the caller may make now. Each flag is
// `requestAllows` (dispatch.policy.ts) — the permission, actor, state and window checks the
// mutation itself makes — so a UI shows exactly the buttons that work. Input-dependent refusals
// (an ineligible taker, a route turned off) are the mutation's to report.
import { Field, ObjectType } from 'type-graphql';
import type { RequestAction } from './dispatch.policy';

@ObjectType('ServiceRequestViewerCan', { description: '当前用户可执行的操作 — which actions the caller may take on this request now' })
export class ServiceRequestViewerCan implements Record<RequestAction, boolean> {
  @Field({ description: '派单 — dispatch: assign a taker or open to a pool (serviceRequestDispatch)' }) dispatch!: boolean;
  @Field({ description: '接单 — claim from the pool (serviceRequestClaim)' }) claim!: boolean;
  @Field({ description: '转交 — hand over to another taker (serviceRequestHandOver)' }) handOver!: boolean;
  @Field({ description: '进展记录 — add a progress note (serviceRequestNote)' }) note!: boolean;
  @Field({ description: '上报 — escalate (吹哨、书记工作室) (serviceRequestEscalate)' }) escalate!: boolean;
  @Field({ description: '部门答复 — record the answer to an escalation (serviceRequestEscalationAnswer)' }) answerEscalation!: boolean;
  @Field({ description: '办结 — resolve with a result (serviceRequestResolve)' }) resolve!: boolean;
  @Field({ description: '评价 — rate within the window (serviceRequestRate)' }) rate!: boolean;
  @Field({ description: '重启 — reopen within the window (serviceRequestReopen)' }) reopen!: boolean;
  @Field({ description: '撤销 — cancel (serviceRequestCancel)' }) cancel!: boolean;
  @Field({ description: '不予受理 — reject (serviceRequestReject)' }) reject!: boolean;
  @Field({ description: '合并重复 — merge into another request (serviceRequestMerge)' }) merge!: boolean;
}
