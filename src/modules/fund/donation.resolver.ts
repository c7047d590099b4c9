// Income through GraphQL: donations and pledges, fulfilment, cancellation and refunds; donor
// identity shown only when the donor did not ask for anonymity (or to those who must know).
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { parseGlobalId, toGlobalId, fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { forceRecord } from '../core/public';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { Fund } from './fund.entity';
import { FundDonation } from './donation.entity';
import { DonationKind, DonationStatus, DonorType } from './fund.enums';
import { FundDonationPermissions } from './fund.types';
import { Fen } from '../../schema/fen.scalar';
import { actorOf, before, demand, factsFor } from './fund.access';
import { donationAllows, fundAllows } from './fund.policy';
import { createDonation, transitionDonation, type Donor } from './donation.service';
import { loadFund } from './fund.resolver';
import { ANONYMOUS } from './statement.service';
import { FundSettings } from './fund.settings';

const DonationConnection = Connection(FundDonation, 'FundDonation', '捐赠');
const DonationPayload = Payload(FundDonation, 'donation', 'FundDonation', '捐赠');

@ArgsType()
class DonationsArgs extends ConnectionArgs {
  @Field(() => ID, { description: '基金 — the fund' }) fundId!: string;
  @Field(() => DonationStatus, { nullable: true, description: '状态 — only donations in this state' }) status?: DonationStatus | null;
  @Field(() => Boolean, { nullable: true, description: "我的 — only the caller's own donations and pledges" }) mine?: boolean | null;
}

@InputType({ description: '捐赠方 — who gives: a registry record, or a person by name (omit for oneself when pledging)' })
class FundDonorInput {
  @Field(() => ID, { nullable: true, description: '组织、慈善资源或共建单位 — Organization, CharityResource or CobuildingUnit id' }) id?: string | null;
  @Field(() => String, { nullable: true, description: '个人姓名 — name of an individual not in the registry' }) name?: string | null;
}

@InputType({ description: '登记捐赠 — record a donation received, or a pledge' })
class FundDonationInput {
  @Field(() => ID, { description: '基金 — the fund' }) fundId!: string;
  @Field(() => DonationKind, { description: '形式 — money, goods or services' }) kind!: DonationKind;
  @Field(() => Fen, { description: '金额（分）— money, or the valuation of goods/services (0 allowed for services)' }) amountFen!: number;
  @Field(() => String, { nullable: true, description: '说明 — what the goods or services are' }) description?: string | null;
  @Field(() => FundDonorInput, { nullable: true, description: '捐赠方 — the donor (pledges: omit to pledge as oneself)' }) donor?: FundDonorInput | null;
  @Field(() => Boolean, { nullable: true, description: '匿名 — hide the donor in public statements' }) anonymous?: boolean | null;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

@InputType({ description: '认捐到账 — a pledge was paid: issue the receipt and post the income' })
class FundPledgeFulfilInput {
  @Field(() => ID, { description: '认捐 — the pledge' }) id!: string;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

@InputType({ description: '撤销认捐 — cancel a pledge with a reason' })
class FundPledgeCancelInput {
  @Field(() => ID, { description: '认捐 — the pledge' }) id!: string;
  @Field({ description: '原因 — reason' }) reason!: string;
}

@InputType({ description: '退回捐赠 — refund a donation by reversing entries' })
class FundDonationRefundInput {
  @Field(() => ID, { description: '捐赠 — the donation' }) id!: string;
  @Field({ description: '原因 — reason' }) reason!: string;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

const key = z.string().trim().min(8).max(200);
const donationSchema = z
  .object({
    fundId: z.string(),
    kind: z.nativeEnum(DonationKind),
    amountFen: z.number().int().min(0).max(100_000_000_000),
    description: z.string().trim().max(500).nullish(),
    donor: z.object({ id: z.string().nullish(), name: z.string().trim().min(1).max(60).nullish() }).nullish(),
    anonymous: z.boolean().nullish(),
    idempotencyKey: key,
  })
  .refine((d) => d.kind === DonationKind.SERVICE || d.amountFen > 0, { path: ['amountFen'], message: 'must be > 0 for money and goods' })
  .refine((d) => d.kind !== DonationKind.GOODS || !!d.description, { path: ['description'], message: 'describe the goods' });
const reasonSchema = z.string().trim().min(1).max(500);

async function donorOf(
  ctx: Ctx,
  em: EntityManager,
  communityId: string,
  input: { id?: string | null; name?: string | null } | null | undefined,
  self: boolean,
): Promise<Donor> {
  if (!input?.id && !input?.name) {
    if (!self) throw new UserFacingError('BAD_USER_INPUT', ['input', 'donor'], { detail: { 'zh-CN': 'donor：必填', en: 'donor: required' } });
    const accountId = ctx.viewer!.accountId!;
    const name = (await accountNames(em, communityId, [accountId])).get(accountId) ?? '';
    return { type: DonorType.INDIVIDUAL, refId: null, name, accountId };
  }
  if (input.id) {
    const parsed = parseGlobalId(input.id);
    if (!parsed) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: 'donor.id' });
    const type = DONOR_BY_GLOBAL[parsed.type] ?? null;
    const rec = type && (await forceRecord(em, communityId, parsed.type as 'CharityResource', parsed.id));
    if (!type || !rec) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'donor.id' });
    return { type, refId: parsed.id, name: rec.name, accountId: null };
  }
  return { type: DonorType.INDIVIDUAL, refId: null, name: input.name!, accountId: null };
}

/** Registry records (and the organisation identity itself) a donor may be named by, by global id type. */
const DONOR_BY_GLOBAL: Record<string, DonorType> = {
  CharityResource: DonorType.CHARITY_RESOURCE,
  CobuildingUnit: DonorType.COBUILDING_UNIT,
  Organization: DonorType.ORGANIZATION,
};
export const DONOR_GLOBAL_TYPE = Object.fromEntries(Object.entries(DONOR_BY_GLOBAL).map(([k, v]) => [v, k])) as Partial<
  Record<DonorType, 'CharityResource' | 'CobuildingUnit' | 'Organization'>
>;

async function loadDonation(ctx: Ctx, globalId: string): Promise<FundDonation> {
  const d = await ctx.loaders.entity(FundDonation).load(fromGlobalId(globalId, 'FundDonation', 'id'));
  if (!d || d.communityId !== (await actorOf(ctx)).communityId) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
  return d;
}

/** Whether the caller may know who gave: not anonymous, their own gift, or committee/custodian (seeDonors). */
export async function seesDonor(d: FundDonation, ctx: Ctx): Promise<boolean> {
  if (!d.anonymous) return true;
  if (ctx.viewer?.accountId && d.donorAccountId === ctx.viewer.accountId) return true;
  return fundAllows('seeDonors', await factsFor(ctx, d.fundId));
}

@Resolver(() => FundDonation)
export class DonationResolver {
  @Query(() => DonationConnection, { description: '捐赠列表 — donations and pledges of a fund, newest first' })
  @Requires('fund', 'fund.read')
  async fundDonations(@Args() args: DonationsArgs, @Context() ctx: Ctx) {
    const fund = await loadFund(ctx, args.fundId);
    const where: Record<string, unknown> = { fundId: fund.id };
    if (args.status) where.status = args.status;
    if (args.mine) where.donorAccountId = ctx.viewer?.accountId ?? '00000000-0000-0000-0000-000000000000';
    return paginate(ctx.em, FundDonation, where, args);
  }

  @Mutation(() => DonationPayload, { description: '登记捐赠 — record a donation received now (receipt issued, income posted)' })
  @Requires('fund', 'fund.record')
  async fundDonationRecord(@Arg('input', { description: '输入 — the mutation input' }) input: FundDonationInput, @Context() ctx: Ctx) {
    return this.create(ctx, input, false);
  }

  @Mutation(() => DonationPayload, { description: '认捐 — pledge a donation (as oneself, or for a donor when recording for the fund)' })
  @Requires('fund', 'fund.pledge')
  async fundPledgeCreate(@Arg('input', { description: '输入 — the mutation input' }) input: FundDonationInput, @Context() ctx: Ctx) {
    return this.create(ctx, input, true);
  }

  private async create(ctx: Ctx, input: FundDonationInput, pledge: boolean) {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(FundSettings);
    const checked = await before(async () => {
      const fund = await loadFund(ctx, input.fundId);
      // Pledging as oneself is open to members; recording for a donor is the custodian's or staff's.
      const onBehalf = !pledge || !!input.donor?.id || !!input.donor?.name;
      await demand(ctx, onBehalf ? 'record' : 'pledge', fund.id);
      return fund;
    });
    return mutate(ctx, async (em) => {
      const fund = checked();
      const data = check(donationSchema, input);
      const donor = await donorOf(ctx, em, actor.communityId, data.donor, pledge);
      const id = await createDonation(
        em,
        actor,
        settings,
        {
          fundId: fund.id,
          kind: data.kind,
          amountFen: data.amountFen,
          description: data.description ?? null,
          donor,
          anonymous: !!data.anonymous,
        },
        pledge,
        data.idempotencyKey,
      );
      return em.findOneOrFail(FundDonation, { id }, { refresh: true });
    });
  }

  @Mutation(() => DonationPayload, { description: '认捐到账 — the pledge was paid: receipt issued, income posted' })
  @Requires('fund', 'fund.record')
  async fundPledgeFulfil(@Arg('input', { description: '输入 — the mutation input' }) input: FundPledgeFulfilInput, @Context() ctx: Ctx) {
    return this.transition(ctx, input.id, 'fulfil', 'fulfil', { key: input.idempotencyKey });
  }

  @Mutation(() => DonationPayload, { description: "撤销认捐 — cancel a pledge (the donor or the fund's recorders)" })
  @Requires('fund', 'fund.pledge')
  async fundPledgeCancel(@Arg('input', { description: '输入 — the mutation input' }) input: FundPledgeCancelInput, @Context() ctx: Ctx) {
    return this.transition(ctx, input.id, 'cancel', 'cancelPledge', { reason: input.reason });
  }

  @Mutation(() => DonationPayload, { description: '退回捐赠 — refund by reversing entries (custodian; never below zero)' })
  @Requires('fund', 'fund.record')
  async fundDonationRefund(@Arg('input', { description: '输入 — the mutation input' }) input: FundDonationRefundInput, @Context() ctx: Ctx) {
    return this.transition(ctx, input.id, 'refund', 'refund', { reason: input.reason, key: input.idempotencyKey });
  }

  private async transition(
    ctx: Ctx,
    globalId: string,
    action: 'fulfil' | 'cancel' | 'refund',
    rule: 'fulfil' | 'cancelPledge' | 'refund',
    opts: { reason?: string; key?: string },
  ) {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(FundSettings);
    const checked = await before(async () => {
      const found = await loadDonation(ctx, globalId);
      await demand(ctx, rule, found.fundId, { donor: !!actor.accountId && found.donorAccountId === actor.accountId });
      return found;
    });
    return mutate(ctx, async (em) => {
      const found = checked();
      if (opts.reason !== undefined) check(z.object({ reason: reasonSchema }), { reason: opts.reason });
      if (opts.key !== undefined) check(z.object({ idempotencyKey: key }), { idempotencyKey: opts.key });
      const id = await transitionDonation(em, actor, settings, found.id, action, { reason: opts.reason, key: opts.key });
      return em.findOneOrFail(FundDonation, { id }, { refresh: true });
    });
  }

  @FieldResolver(() => Fund, { description: '基金 — the fund' })
  fund(@Root() d: FundDonation, @Context() ctx: Ctx) {
    return ctx.loaders.entity(Fund).load(d.fundId);
  }

  private seesDonor(d: FundDonation, ctx: Ctx): Promise<boolean> {
    return seesDonor(d, ctx);
  }

  @FieldResolver(() => String, { description: '捐赠方 — donor name, or 匿名捐赠人 when anonymous (shown to committee, custodian and the donor)' })
  async donorName(@Root() d: FundDonation, @Context() ctx: Ctx) {
    return (await this.seesDonor(d, ctx)) ? d.donorName : ANONYMOUS;
  }

  @FieldResolver(() => DonorType, { nullable: true, description: '捐赠方类型 — null when hidden by anonymity' })
  async donorType(@Root() d: FundDonation, @Context() ctx: Ctx) {
    return (await this.seesDonor(d, ctx)) ? d.donorType : null;
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '捐赠方登记 ID — Organization, CharityResource or CobuildingUnit id; null for individuals or when hidden',
    deprecationReason: '改用 donor — use `donor { ... on CharityResource { name } }`: the registry record as an object',
  })
  async donorId(@Root() d: FundDonation, @Context() ctx: Ctx) {
    if (!d.donorRefId || !(await this.seesDonor(d, ctx))) return null;
    return toGlobalId(DONOR_GLOBAL_TYPE[d.donorType]!, d.donorRefId);
  }

  @FieldResolver(() => Boolean, { description: '本人捐赠 — the caller is the donor' })
  mine(@Root() d: FundDonation, @Context() ctx: Ctx) {
    return !!ctx.viewer?.accountId && d.donorAccountId === ctx.viewer.accountId;
  }

  @FieldResolver(() => FundDonationPermissions, { description: '本人可执行操作 — what the caller may do on this donation now' })
  async permissions(@Root() d: FundDonation, @Context() ctx: Ctx): Promise<FundDonationPermissions> {
    const f = await factsFor(ctx, d.fundId, { donor: !!ctx.viewer?.accountId && d.donorAccountId === ctx.viewer.accountId });
    return {
      fulfil: fundAllows('fulfil', f) && donationAllows('fulfil', d.status, d.kind),
      cancel: fundAllows('cancelPledge', f) && donationAllows('cancel', d.status, d.kind),
      refund: fundAllows('refund', f) && donationAllows('refund', d.status, d.kind),
    };
  }
}
