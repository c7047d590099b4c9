// Inputs of the dispatch mutations: one `input` per mutation, every field described.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DispatchChannel, DispatchMode, DispatchRoute, EscalationTarget } from './dispatch.enums';

@InputType({ description: "提交民需 — file a service request (居民点单, or staff on a resident's behalf)" })
export class ServiceRequestCreateInput {
  @Field({ description: '单型 — kind key from settings (routine 常规单, wish 心愿单, expectation 期望单 …)' }) kind!: string;
  @Field({ description: '分类 — category key from settings' }) category!: string;
  @Field({ description: '标题 — title' }) title!: string;
  @Field({ description: '描述 — description' }) description!: string;
  @Field(() => DispatchChannel, { description: '渠道 — channel it arrived by' }) channel!: DispatchChannel;
  @Field(() => ID, { nullable: true, description: '户 — the household concerned' }) household?: string | null;
  @Field(() => String, { nullable: true, description: '地址 — free address when no household is given' }) address?: string | null;
  @Field(() => [String], { nullable: true, description: '照片 — keys of uploaded photos (uploadSlotCreate with ownerKind ServiceRequest), in display order' })
  attachmentKeys?: string[] | null;
  @Field(() => ID, { nullable: true, description: '诉求人 — the resident asking (staff filing on their behalf); default: the caller' }) requester?:
    string | null;
}

@InputType({ description: '派单 — assign a taker or open the request to a pool (分)' })
export class ServiceRequestDispatchInput {
  @Field(() => ID, { description: '民需 — the request' }) id!: string;
  @Field(() => DispatchMode, { description: '派单方式 — ASSIGN a taker or open to a POOL' }) mode!: DispatchMode;
  @Field(() => DispatchRoute, { nullable: true, description: '派单路径 — route; default from the kind\'s setting ("3+2")' }) route?: DispatchRoute | null;
  @Field(() => ID, { nullable: true, description: "接单人 — the taker's membership (mode ASSIGN)" }) taker?: string | null;
  @Field(() => [ID], { nullable: true, description: '协办 — assisting social workers or social organizations' }) assistants?: string[] | null;
}

@InputType({ description: '按编号操作 — an action on one request' })
export class ServiceRequestIdInput {
  @Field(() => ID, { description: '民需 — the request' }) id!: string;
}

@InputType({ description: '带说明的操作 — an action with a note or reason' })
export class ServiceRequestNoteInput {
  @Field(() => ID, { description: '民需 — the request' }) id!: string;
  @Field({ description: '说明 — note, reason or answer' }) body!: string;
}

@InputType({ description: '转交 — hand the request over to another taker' })
export class ServiceRequestHandOverInput {
  @Field(() => ID, { description: '民需 — the request' }) id!: string;
  @Field(() => ID, { description: "新接单人 — the new taker's membership" }) taker!: string;
  @Field({ description: '交接说明 — hand-over note' }) body!: string;
}

@InputType({ description: '上报 — escalate (街道吹哨、部门报到, or the 书记工作室)' })
export class ServiceRequestEscalateInput {
  @Field(() => ID, { description: '民需 — the request' }) id!: string;
  @Field(() => EscalationTarget, { description: '上报对象 — department or 书记工作室' }) target!: EscalationTarget;
  @Field(() => String, {
    nullable: true,
    description:
      "部门 — the department: a party escalation target's name while the community keeps them (see dispatchEscalationTargets), else one of the settings' departments",
  })
  department?: string | null;
  @Field({ description: '上报理由 — why it is escalated' }) body!: string;
}

@InputType({ description: '办结 — the taker resolves the request with a result (结)' })
export class ServiceRequestResolveInput {
  @Field(() => ID, { description: '民需 — the request' }) id!: string;
  @Field({ description: '办理结果 — result' }) result!: string;
  @Field(() => Int, { nullable: true, description: '服务时长 — minutes spent (for volunteer hours)' }) minutesSpent?: number | null;
}

@InputType({ description: '评价 — the requester rates the result (评)' })
export class ServiceRequestRateInput {
  @Field(() => ID, { description: '民需 — the request' }) id!: string;
  @Field(() => Int, { description: '评分 — 1 to 5' }) rating!: number;
  @Field(() => String, { nullable: true, description: '评价内容 — comment' }) comment?: string | null;
}

@InputType({ description: '合并重复 — mark a request a duplicate of another' })
export class ServiceRequestMergeInput {
  @Field(() => ID, { description: '民需 — the duplicate' }) id!: string;
  @Field(() => ID, { description: '合并到 — the request it duplicates' }) into!: string;
  @Field(() => String, { nullable: true, description: '说明 — note' }) body?: string | null;
}
