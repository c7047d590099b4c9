// Funds: list, one fund, create and update (roster included), and the per-viewer fields.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId, globalIdOrNull, parseGlobalId, toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { forceRecord } from '../core/public';
import { accountNames, membershipAccount } from '../../schema/tenancy/tenancy.lookups';
import { Fund, FundAccount } from './fund.entity';
import { CustodianType, FundKind, FundMemberRole } from './fund.enums';
import { FundCustodian, FundPermissions, FundRosterEntry } from './fund.types';
import { Fen } from '../../schema/fen.scalar';
import { actorOf, factsFor, type Actor } from './fund.access';
import { fundAllows } from './fund.policy';
import { purposeName, FundSettings } from './fund.settings';
import { createAccounts, pgArray } from './ledger.service';
import { FUND_EVENTS } from './fund.events';

const FundConnection = Connection(Fund, 'Fund', '社区基金');
const FundPayload = Payload(Fund, 'fund', 'Fund', '社区基金');

@ArgsType()
class FundsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: '含已停用 — include inactive funds' }) includeInactive?: boolean | null;
}

@InputType({ description: '新建基金 — create a fund' })
class FundCreateInput {
  @Field({ description: '名称 — name, unique in the community' }) name!: string;
  @Field(() => FundKind, { description: '类型 — general or earmarked' }) kind!: FundKind;
  @Field(() => String, { nullable: true, description: '专项用途 — purpose key (required for an earmarked fund)' }) purpose?: string | null;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => ID, { description: '托管方 — SocialOrganization or CharityResource id of the custodian' }) custodianId!: string;
  @Field(() => [ID], { description: '管委会成员 — Membership ids of the management committee' }) committeeMemberIds!: string[];
  @Field(() => [ID], { description: "托管方经办人 — Membership ids of the custodian's agents" }) custodianAgentIds!: string[];
}

@InputType({ description: '修改基金 — change a fund or replace its roster' })
class FundUpdateInput {
  @Field(() => ID, { description: '基金 — the fund' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => String, { nullable: true, description: '说明 — description' }) description?: string | null;
  @Field(() => Boolean, { nullable: true, description: '启用 — false stops new donations and requests' }) active?: boolean | null;
  @Field(() => [ID], { nullable: true, description: '管委会成员 — replaces the committee (Membership ids)' }) committeeMemberIds?: string[] | null;
  @Field(() => [ID], { nullable: true, description: '托管方经办人 — replaces the custodian agents (Membership ids)' }) custodianAgentIds?: string[] | null;
}

const ids = z.array(z.string()).max(30);
const createSchema = z.object({
  name: z.string().trim().min(1).max(60),
  kind: z.nativeEnum(FundKind),
  purpose: z.string().nullish(),
  description: z.string().trim().max(2000).nullish(),
  custodianId: z.string(),
  committeeMemberIds: ids,
  custodianAgentIds: ids.min(1),
});
const updateSchema = z.object({
  id: z.string(),
  name: z.string().trim().min(1).max(60).nullish(),
  description: z.string().trim().max(2000).nullish(),
  active: z.boolean().nullish(),
  committeeMemberIds: ids.nullish(),
  custodianAgentIds: ids.min(1).nullish(),
});

/** A fund of the caller's community by global id, or NOT_FOUND (foreign and missing alike). */
export async function loadFund(ctx: Ctx, globalId: string, field = 'fundId'): Promise<Fund> {
  const id = fromGlobalId(globalId, 'Fund', field);
  const fund = await ctx.loaders.entity(Fund).load(id);
  const { communityId } = await actorOf(ctx);
  if (!fund || fund.communityId !== communityId) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return fund;
}

async function accountsOf(em: EntityManager, actor: Actor, membershipIds: string[], field: string): Promise<string[]> {
  const out: string[] = [];
  for (const g of membershipIds) {
    const account = await membershipAccount(em, actor.communityId, fromGlobalId(g, 'Membership', field));
    if (!account) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
    if (!out.includes(account)) out.push(account);
  }
  return out;
}

/** Makes the active roster of one role exactly `accounts` (rows are deactivated, never deleted). */
async function setRoster(em: EntityManager, actor: Actor, fundId: string, role: FundMemberRole, accounts: string[]): Promise<void> {
  await em.execute(`update fund_member set active = false, updated_at = now() where fund_id = ? and role = ? and not (account_id = any(?::uuid[]))`, [
    fundId,
    role,
    pgArray(accounts),
  ]);
  for (const a of accounts) {
    await em.execute(
      `insert into fund_member (id, community_id, fund_id, account_id, role, active) values (?, ?, ?, ?, ?, true)
       on conflict (fund_id, account_id, role) do update set active = true, updated_at = now()`,
      [uuidv7(), actor.communityId, fundId, a, role],
    );
  }
}

@Resolver(() => Fund)
export class FundResolver {
  @Query(() => FundConnection, { description: '社区基金列表 — funds of the community' })
  @Requires('fund', 'fund.read')
  funds(@Args() args: FundsArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, Fund, args.includeInactive ? {} : { active: true }, args);
  }

  @Query(() => Fund, { nullable: true, description: '社区基金 — one fund by id (null when not found)' })
  @Requires('fund', 'fund.read')
  async fund(@Arg('id', () => ID, { description: '基金 ID — fund id' }) id: string, @Context() ctx: Ctx) {
    const fundId = globalIdOrNull(id, 'Fund');
    if (!fundId) return null;
    const fund = await ctx.loaders.entity(Fund).load(fundId);
    return fund && fund.communityId === (await actorOf(ctx)).communityId ? fund : null;
  }

  @Mutation(() => FundPayload, { description: '新建基金 — create a fund with its custodian and committee' })
  @Requires('fund', 'fund.manage')
  async fundCreate(@Arg('input', { description: '输入 — the mutation input' }) input: FundCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(FundSettings);
    return mutate(ctx, async (em) => {
      const data = check(createSchema, input);
      if (data.kind === FundKind.EARMARKED && !settings.purposes.some((p) => p.key === data.purpose)) {
        throw new UserFacingError('PURPOSE_UNKNOWN', ['input', 'purpose'], { purpose: data.purpose ?? '' });
      }
      const custodian = parseGlobalId(data.custodianId);
      if (!custodian) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: 'custodianId' });
      const type =
        custodian.type === 'SocialOrganization'
          ? CustodianType.SOCIAL_ORGANIZATION
          : custodian.type === 'CharityResource'
            ? CustodianType.CHARITY_RESOURCE
            : null;
      if (!type || !(await forceRecord(em, actor.communityId, custodian.type as 'SocialOrganization', custodian.id)))
        throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'custodianId' });
      const committee = await accountsOf(em, actor, data.committeeMemberIds, 'committeeMemberIds');
      const agents = await accountsOf(em, actor, data.custodianAgentIds, 'custodianAgentIds');
      const fund = em.create(Fund, {
        communityId: actor.communityId,
        name: data.name,
        kind: data.kind,
        purpose: data.kind === FundKind.EARMARKED ? data.purpose! : null,
        description: data.description ?? null,
        custodianType: type,
        custodianId: custodian.id,
      });
      await em.flush();
      await createAccounts(em, actor.communityId, fund.id);
      await setRoster(em, actor, fund.id, FundMemberRole.COMMITTEE, committee);
      await setRoster(em, actor, fund.id, FundMemberRole.CUSTODIAN, agents);
      recordEvent(em, FUND_EVENTS.FundCreated, {
        communityId: actor.communityId,
        subject: { type: 'Fund', id: fund.id },
        data: { fundId: fund.id, kind: data.kind },
      });
      return fund;
    });
  }

  @Mutation(() => FundPayload, { description: '修改基金 — rename, describe, (de)activate, or replace the roster' })
  @Requires('fund', 'fund.manage')
  async fundUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: FundUpdateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const data = check(updateSchema, input);
      const fund = await em.findOne(Fund, { id: fromGlobalId(data.id, 'Fund', 'id'), communityId: actor.communityId });
      if (!fund) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
      if (data.name != null) fund.name = data.name;
      if (data.description !== undefined) fund.description = data.description ?? null;
      if (data.active != null) fund.active = data.active;
      await em.flush();
      if (data.committeeMemberIds)
        await setRoster(em, actor, fund.id, FundMemberRole.COMMITTEE, await accountsOf(em, actor, data.committeeMemberIds, 'committeeMemberIds'));
      if (data.custodianAgentIds)
        await setRoster(em, actor, fund.id, FundMemberRole.CUSTODIAN, await accountsOf(em, actor, data.custodianAgentIds, 'custodianAgentIds'));
      recordEvent(em, FUND_EVENTS.FundUpdated, { communityId: actor.communityId, subject: { type: 'Fund', id: fund.id }, data: { fundId: fund.id } });
      return fund;
    });
  }

  @FieldResolver(() => String, { nullable: true, description: '用途名称 — name of the earmarked purpose' })
  async purposeName(@Root() fund: Fund, @Context() ctx: Ctx) {
    return fund.purpose ? purposeName(await ctx.settings(FundSettings), fund.purpose) : null;
  }

  @FieldResolver(() => FundCustodian, { nullable: true, description: '托管方 — the custodian charity organization' })
  async custodian(@Root() fund: Fund, @Context() ctx: Ctx): Promise<FundCustodian | null> {
    const type = fund.custodianType === CustodianType.SOCIAL_ORGANIZATION ? 'SocialOrganization' : 'CharityResource';
    const rec = await forceRecord(ctx.em, fund.communityId, type, fund.custodianId);
    return rec ? { id: toGlobalId(type, fund.custodianId), type: fund.custodianType, name: rec.name } : null;
  }

  private async balances(fund: Fund, ctx: Ctx): Promise<Record<string, number>> {
    const loader = ctx.loaders.named<string, Record<string, number>>('fund.balances', async (fundIds) => {
      const rows = await ctx.em.find(FundAccount, { fundId: { $in: [...fundIds] } });
      return fundIds.map((id) => Object.fromEntries(rows.filter((r) => r.fundId === id).map((r) => [r.code, r.balanceFen])));
    });
    return loader.load(fund.id);
  }

  @FieldResolver(() => Fen, { description: '资金余额（分）— money held now' })
  async balanceFen(@Root() fund: Fund, @Context() ctx: Ctx) {
    return (await this.balances(fund, ctx)).CASH ?? 0;
  }

  @FieldResolver(() => Fen, { description: '物资估值（分）— goods received, at valuation' })
  async goodsValuationFen(@Root() fund: Fund, @Context() ctx: Ctx) {
    return (await this.balances(fund, ctx)).GOODS ?? 0;
  }

  @FieldResolver(() => Fen, { description: '累计收入（分）— all income (money and goods), net of refunds' })
  async incomeFen(@Root() fund: Fund, @Context() ctx: Ctx) {
    return -((await this.balances(fund, ctx)).INCOME ?? 0);
  }

  @FieldResolver(() => Fen, { description: '累计支出（分）— all money paid out' })
  async spentFen(@Root() fund: Fund, @Context() ctx: Ctx) {
    return (await this.balances(fund, ctx)).SPENT ?? 0;
  }

  @FieldResolver(() => Int, { description: '已开收据数 — receipts issued (numbers 1…n, no gaps)' })
  receiptsIssued(@Root() fund: Fund) {
    return fund.receiptSeq;
  }

  @FieldResolver(() => [FundRosterEntry], { description: "管委会与经办人 — the management committee and the custodian's agents (公示)" })
  async roster(@Root() fund: Fund, @Context() ctx: Ctx): Promise<FundRosterEntry[]> {
    const rows: { account_id: string; role: FundMemberRole }[] = await ctx.em.execute(
      `select account_id, role from fund_member where fund_id = ? and active order by role, created_at`,
      [fund.id],
    );
    const names = await accountNames(
      ctx.em,
      fund.communityId,
      rows.map((r) => r.account_id),
    );
    return rows.map((r) => ({ displayName: names.get(r.account_id) ?? '', role: r.role }));
  }

  @FieldResolver(() => FundPermissions, { description: '本人可执行操作 — what the caller may do on this fund' })
  async permissions(@Root() fund: Fund, @Context() ctx: Ctx): Promise<FundPermissions> {
    const f = await factsFor(ctx, fund.id);
    return {
      recordDonation: fundAllows('record', f),
      pledge: fundAllows('pledge', f),
      requestDisbursement: fundAllows('request', f),
      approve: fundAllows('approve', f),
      pay: fundAllows('pay', f),
      manage: fundAllows('manage', f),
      seeDonors: fundAllows('seeDonors', f),
    };
  }
}
