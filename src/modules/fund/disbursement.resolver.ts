// Spending through GraphQL: request, approve, reject, cancel, pay; each request tells the caller
// which of these they may take now (`permissions`).
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { toGlobalId, fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { Fund } from './fund.entity';
import { FundApproval, FundDisbursement } from './disbursement.entity';
import { DisbursementStatus } from './fund.enums';
import { FundApprovalEntry, FundDisbursementPermissions } from './fund.types';
import { Fen } from '../../schema/fen.scalar';
import { actorOf, before, demand, factsFor } from './fund.access';
import { disbursementAllows, fundAllows, type FundAction } from './fund.policy';
import { purposeName, FundSettings } from './fund.settings';
import { approve, close, pay, requestDisbursement } from './disbursement.service';
import { COUNCIL_TOPIC_TYPE } from '../council/public';
import { loadFund } from './fund.resolver';

const DisbursementConnection = Connection(FundDisbursement, 'FundDisbursement', '支出申请');
const DisbursementPayload = Payload(FundDisbursement, 'disbursement', 'FundDisbursement', '支出申请');

@ArgsType()
class DisbursementsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '基金 — the fund' }) fundId!: string;
  @Field(() => DisbursementStatus, { nullable: true, description: '状态 — only requests in this state' }) status?: DisbursementStatus | null;
}

@InputType({ description: '申请支出 — request a disbursement' })
class FundDisbursementRequestInput {
  @Field(() => ID, { description: '基金 — the fund' }) fundId!: string;
  @Field({ description: '事由 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '说明 — details' }) description?: string | null;
  @Field({ description: '用途 — purpose key from the settings (an earmarked fund only its own)' }) purpose!: string;
  @Field(() => Fen, { description: '金额（分）— amount in fen' }) amountFen!: number;
  @Field({ description: '收款方 — payee' }) payee!: string;
  @Field(() => ID, { nullable: true, description: '议事会议题 — CouncilTopic id whose vote decides it (required above the threshold)' }) councilTopicId?:
    string | null;
  @Field(() => String, { nullable: true, description: '关联项目 — linked project reference' }) projectRef?: string | null;
  @Field(() => String, { nullable: true, description: '关联帮扶个案 — linked special-care case reference' }) careCaseRef?: string | null;
  @Field(() => [String], { nullable: true, description: '附件 — attachments by reference' }) attachments?: string[] | null;
}

@InputType({ description: "审批支出 — approve a request (committee member, once, not one's own)" })
class FundDisbursementApproveInput {
  @Field(() => ID, { description: '支出申请 — the request' }) id!: string;
}

@InputType({ description: '驳回或撤回 — reject or cancel a request with a reason' })
class FundDisbursementCloseInput {
  @Field(() => ID, { description: '支出申请 — the request' }) id!: string;
  @Field({ description: '原因 — reason' }) reason!: string;
}

@InputType({ description: '支付 — record the payment of an approved request' })
class FundDisbursementPayInput {
  @Field(() => ID, { description: '支出申请 — the request' }) id!: string;
  @Field({ description: '支付凭证号 — payment reference (bank transfer number …)' }) paymentReference!: string;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

const requestSchema = z.object({
  fundId: z.string(),
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(2000).nullish(),
  purpose: z.string().trim().min(1).max(40),
  amountFen: z.number().int().min(1).max(100_000_000_000),
  payee: z.string().trim().min(1).max(100),
  councilTopicId: z.string().nullish(),
  projectRef: z.string().trim().max(100).nullish(),
  careCaseRef: z.string().trim().max(100).nullish(),
  attachments: z.array(z.string().trim().min(1).max(500)).max(20).nullish(),
});

async function loadRequest(ctx: Ctx, globalId: string): Promise<FundDisbursement> {
  const d = await ctx.loaders.entity(FundDisbursement).load(fromGlobalId(globalId, 'FundDisbursement', 'id'));
  if (!d || d.communityId !== (await actorOf(ctx)).communityId) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
  return d;
}

@Resolver(() => FundDisbursement)
export class DisbursementResolver {
  @Query(() => DisbursementConnection, { description: '支出申请列表 — disbursement requests of a fund, newest first' })
  @Requires('fund', 'fund.read')
  async fundDisbursements(@Args() args: DisbursementsArgs, @Context() ctx: Ctx) {
    const fund = await loadFund(ctx, args.fundId);
    return paginate(ctx.em, FundDisbursement, args.status ? { fundId: fund.id, status: args.status } : { fundId: fund.id }, args);
  }

  @Mutation(() => DisbursementPayload, { description: '申请支出 — request a disbursement; the approval rule is fixed from the settings' })
  @Requires('fund', 'fund.request')
  async fundDisbursementRequest(@Arg('input', { description: '输入 — the mutation input' }) input: FundDisbursementRequestInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(FundSettings);
    const checked = await before(async () => {
      const fund = await loadFund(ctx, input.fundId);
      await demand(ctx, 'request', fund.id);
      return fund;
    });
    return mutate(ctx, async (em) => {
      const fund = checked();
      const data = check(requestSchema, input);
      const topic = data.councilTopicId ? fromGlobalId(data.councilTopicId, COUNCIL_TOPIC_TYPE, 'councilTopicId') : null;
      const id = await requestDisbursement(em, actor, settings, {
        fundId: fund.id,
        title: data.title,
        description: data.description ?? null,
        purpose: data.purpose,
        amountFen: data.amountFen,
        payee: data.payee,
        councilTopicId: topic,
        projectRef: data.projectRef ?? null,
        careCaseRef: data.careCaseRef ?? null,
        attachments: data.attachments ?? [],
      });
      return em.findOneOrFail(FundDisbursement, { id });
    });
  }

  @Mutation(() => DisbursementPayload, { description: "批准支出 — approve as a committee member (each once; never one's own request)" })
  @Requires('fund', 'fund.approve')
  fundDisbursementApprove(@Arg('input', { description: '输入 — the mutation input' }) input: FundDisbursementApproveInput, @Context() ctx: Ctx) {
    return this.act(ctx, input.id, 'approve', (em, actor, id) => approve(em, actor, id));
  }

  @Mutation(() => DisbursementPayload, { description: '驳回支出 — reject with a reason (committee member)' })
  @Requires('fund', 'fund.approve')
  fundDisbursementReject(@Arg('input', { description: '输入 — the mutation input' }) input: FundDisbursementCloseInput, @Context() ctx: Ctx) {
    return this.act(ctx, input.id, 'reject', (em, actor, id) => close(em, actor, id, 'reject', check(z.string().trim().min(1).max(500), input.reason)));
  }

  @Mutation(() => DisbursementPayload, { description: '撤回支出 — cancel with a reason (the requester, or community staff)' })
  @Requires('fund', 'fund.request')
  fundDisbursementCancel(@Arg('input', { description: '输入 — the mutation input' }) input: FundDisbursementCloseInput, @Context() ctx: Ctx) {
    return this.act(ctx, input.id, 'cancel', (em, actor, id) => close(em, actor, id, 'cancel', check(z.string().trim().min(1).max(500), input.reason)));
  }

  @Mutation(() => DisbursementPayload, { description: '支付 — pay an approved request (custodian); the balance must cover it' })
  @Requires('fund', 'fund.pay')
  fundDisbursementPay(@Arg('input', { description: '输入 — the mutation input' }) input: FundDisbursementPayInput, @Context() ctx: Ctx) {
    return this.act(ctx, input.id, 'pay', (em, actor, id) => {
      const data = check(z.object({ paymentReference: z.string().trim().min(1).max(100), idempotencyKey: z.string().trim().min(8).max(200) }), input);
      return pay(em, actor, id, data.paymentReference, data.idempotencyKey);
    });
  }

  private async act(ctx: Ctx, globalId: string, rule: FundAction, run: (em: any, actor: Awaited<ReturnType<typeof actorOf>>, id: string) => Promise<string>) {
    const actor = await actorOf(ctx);
    const checked = await before(async () => {
      const found = await loadRequest(ctx, globalId);
      await demand(ctx, rule, found.fundId, { requester: found.requesterAccountId === actor.accountId });
      return found;
    });
    return mutate(ctx, async (em) => {
      const found = checked();
      const id = await run(em, actor, found.id);
      return em.findOneOrFail(FundDisbursement, { id }, { refresh: true });
    });
  }

  @FieldResolver(() => Fund, { description: '基金 — the fund' })
  fund(@Root() d: FundDisbursement, @Context() ctx: Ctx) {
    return ctx.loaders.entity(Fund).load(d.fundId);
  }

  @FieldResolver(() => String, { description: '用途名称 — purpose name' })
  async purposeName(@Root() d: FundDisbursement, @Context() ctx: Ctx) {
    return purposeName(await ctx.settings(FundSettings), d.purpose);
  }

  @FieldResolver(() => String, { description: '申请人 — requester display name' })
  async requesterName(@Root() d: FundDisbursement, @Context() ctx: Ctx) {
    return (await accountNames(ctx.em, d.communityId, [d.requesterAccountId])).get(d.requesterAccountId) ?? '';
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '议事会议题 — the linked CouncilTopic id',
    deprecationReason: '改用 councilTopic — use `councilTopic { id title }`: the topic as an object, checked and batched',
  })
  councilTopicId(@Root() d: FundDisbursement) {
    return d.councilTopicId ? toGlobalId(COUNCIL_TOPIC_TYPE, d.councilTopicId) : null;
  }

  private approvals(d: FundDisbursement, ctx: Ctx): Promise<FundApproval[]> {
    const loader = ctx.loaders.named<string, FundApproval[]>('fund.approvals', async (ids) => {
      const rows = await ctx.em.find(FundApproval, { disbursementId: { $in: [...ids] } }, { orderBy: { createdAt: 'asc' } });
      return ids.map((id) => rows.filter((r) => r.disbursementId === id));
    });
    return loader.load(d.id);
  }

  @FieldResolver(() => [FundApprovalEntry], { description: '审批记录 — committee approvals given' })
  async approvalEntries(@Root() d: FundDisbursement, @Context() ctx: Ctx): Promise<FundApprovalEntry[]> {
    const rows = await this.approvals(d, ctx);
    const names = await accountNames(
      ctx.em,
      d.communityId,
      rows.map((r) => r.approverAccountId),
    );
    return rows.map((r) => ({ approverName: names.get(r.approverAccountId) ?? '', approvedAt: r.createdAt }));
  }

  @FieldResolver(() => FundDisbursementPermissions, {
    description: '本人可执行操作 — what the caller may do on this request now',
    deprecationReason: '改用 viewerCan — the same answer under the name every object uses',
  })
  permissions(@Root() d: FundDisbursement, @Context() ctx: Ctx): Promise<FundDisbursementPermissions> {
    return this.viewerCan(d, ctx);
  }

  @FieldResolver(() => FundDisbursementPermissions, {
    description: '当前用户可执行的操作 — which actions the caller may take on this request now (fund.policy.ts, as the mutations decide)',
  })
  async viewerCan(@Root() d: FundDisbursement, @Context() ctx: Ctx): Promise<FundDisbursementPermissions> {
    const me = ctx.viewer?.accountId ?? null;
    const f = await factsFor(ctx, d.fundId, { requester: !!me && d.requesterAccountId === me });
    const approved = !!me && (await this.approvals(d, ctx)).some((a) => a.approverAccountId === me);
    return {
      approve: fundAllows('approve', f) && disbursementAllows('approve', d.status) && !approved && d.approvalsCount < d.approvalsRequired,
      reject: fundAllows('reject', f) && disbursementAllows('reject', d.status),
      cancel: fundAllows('cancel', f) && disbursementAllows('cancel', d.status),
      pay: fundAllows('pay', f) && disbursementAllows('pay', d.status),
    };
  }
}
