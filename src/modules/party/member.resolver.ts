// 报到党员: a party member reports (self, from their login) or staff register one; each has their
// service records — completed claims and dispatch requests they took (recorded through events).
// Phones are masked unless the viewer manages members or is the member.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId, globalIdOrNull } from '../../schema/global-id';
import { AppError, UserFacingError, badInput } from '../../schema/errors';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { likePattern } from '../../db/sql';
import { maskPhone, Resident } from '../core/public';
import { accountNames, membershipAccount } from '../../schema/tenancy/tenancy.lookups';
import { Membership } from '../../schema/tenancy/membership.entity';
import { PartyMember, PartyServiceRecord } from './member.entity';
import { PartyUnit } from './unit.entity';
import { actorOf, mustExist, type Actor } from './party.access';
import { isoDate, optText, phone, text } from './party.inputs';
import { MEMBER_PHONE, openPhone, sealPhone } from './personal.service';
import { PARTY_EVENTS } from './party.events';
import { calendarOf, today as todayIn } from '../../schema/calendar';

const PartyMemberConnection = Connection(PartyMember, 'PartyMember', '报到党员');
const PartyMemberPayload = Payload(PartyMember, 'member', 'PartyMember', '报到党员');

@ArgsType()
class PartyMembersArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '工作单位 — only members from this member unit' }) unitId?: string | null;
  @Field(() => Boolean, { nullable: true, description: '含已离开 — include inactive members' }) includeInactive?: boolean | null;
  @Field(() => String, { nullable: true, description: '搜索 — part of the name' }) search?: string | null;
}

@InputType({ description: '党员报到 — report to the community as a party member (oneself)' })
class PartyMemberReportInput {
  @Field(() => ID, { nullable: true, description: '工作单位 — the member unit one works for' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: '工作单位名称 — employer, when it is not a member unit' }) employerName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — phone' }) phone?: string | null;
}

@InputType({ description: '登记报到党员 — register a reporting party member' })
class PartyMemberRegisterInput {
  @Field({ description: '姓名 — name' }) name!: string;
  @Field(() => ID, { nullable: true, description: "登录账号 — Membership id of the member's login, if any" }) membershipId?: string | null;
  @Field(() => ID, { nullable: true, description: '居民档案 — Resident id, when the member lives here' }) residentId?: string | null;
  @Field(() => ID, { nullable: true, description: '工作单位 — member unit' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: '工作单位名称 — employer outside the committee' }) employerName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — phone' }) phone?: string | null;
  @Field(() => String, { nullable: true, description: '报到日期 — YYYY-MM-DD (default today)' }) reportedOn?: string | null;
}

@InputType({ description: '修改报到党员 — change a reporting member' })
class PartyMemberUpdateInput {
  @Field(() => ID, { description: '报到党员 — the member' }) id!: string;
  @Field(() => ID, { nullable: true, description: '工作单位 — member unit' }) unitId?: string | null;
  @Field(() => String, { nullable: true, description: '工作单位名称 — employer outside the committee' }) employerName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — phone' }) phone?: string | null;
  @Field(() => Boolean, { nullable: true, description: '在册 — false: no longer reporting here' }) active?: boolean | null;
}

const reportSchema = z.object({ unitId: z.string().nullish(), employerName: optText(80), phone: phone.nullish() });
const registerSchema = reportSchema.extend({
  name: text(40),
  membershipId: z.string().nullish(),
  residentId: z.string().nullish(),
  reportedOn: isoDate.nullish(),
});
const updateSchema = reportSchema.extend({ id: z.string(), active: z.boolean().nullish() });

async function unitOf(em: EntityManager, actor: Actor, globalId: string | null | undefined): Promise<string | null | undefined> {
  if (globalId == null) return globalId;
  const id = fromGlobalId(globalId, 'PartyUnit', 'unitId');
  await mustExist(em, 'party_unit', actor.communityId, id, 'unitId');
  return id;
}

/** One reporting record per login: an existing one is reported again instead of duplicated. */
async function ensureNew(em: EntityManager, actor: Actor, accountId: string, field: string): Promise<void> {
  if (await em.count(PartyMember, { communityId: actor.communityId, accountId })) throw new UserFacingError('PARTY_ALREADY_REPORTED', ['input', field]);
}

@Resolver(() => PartyMember)
export class PartyMemberResolver {
  @Query(() => PartyMemberConnection, { description: '报到党员 — party members reporting to the community, newest first' })
  @Requires('party', 'party.member.read')
  async partyMembers(@Args() args: PartyMembersArgs, @Context() ctx: Ctx) {
    const { communityId } = await actorOf(ctx);
    const where: Record<string, unknown> = { communityId };
    if (!args.includeInactive) where.active = true;
    if (args.unitId) {
      const u = globalIdOrNull(args.unitId, 'PartyUnit');
      if (!u) throw badInput({ 'zh-CN': 'unitId：不是党员所在单位的 id', en: 'unitId: not a member unit id' }, 'unitId');
      where.unitId = u;
    }
    if (args.search) where.name = { $ilike: likePattern(args.search) };
    return paginate(ctx.em, PartyMember, where, args);
  }

  @Query(() => PartyMember, { nullable: true, description: '报到党员 — one member by id (null when not found)' })
  @Requires('party', 'party.member.read')
  async partyMember(@Arg('id', () => ID, { description: '党员 ID — member id' }) id: string, @Context() ctx: Ctx) {
    const raw = globalIdOrNull(id, 'PartyMember');
    const m = raw ? await ctx.loaders.entity(PartyMember).load(raw) : null;
    return m && m.communityId === (await actorOf(ctx)).communityId ? m : null;
  }

  @Query(() => PartyMember, { nullable: true, description: "我的报到 — the caller's own reporting record (null when not reported)" })
  @Requires('party', 'party.read')
  async partyMyMember(@Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return actor.accountId ? ctx.em.findOne(PartyMember, { communityId: actor.communityId, accountId: actor.accountId }) : null;
  }

  @Mutation(() => PartyMemberPayload, { description: "党员报到 — report to the community from one's employer (在职党员进社区)" })
  @Requires('party', 'party.member.report')
  async partyMemberReport(@Arg('input', { description: '输入 — the mutation input' }) input: PartyMemberReportInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const today = todayIn((await calendarOf(ctx)).timeZone);
    return mutate(ctx, async (em) => {
      const d = check(reportSchema, input);
      if (!actor.accountId) throw new AppError('FORBIDDEN');
      await ensureNew(em, actor, actor.accountId, 'unitId');
      const ms = await em.findOne(Membership, { communityId: actor.communityId, account: actor.accountId, active: true }, { fields: ['residentId'] });
      const name = (await accountNames(em, actor.communityId, [actor.accountId])).get(actor.accountId) ?? '';
      const m = em.create(PartyMember, {
        communityId: actor.communityId,
        name: name.slice(0, 40) || '党员',
        accountId: actor.accountId,
        residentId: ms?.residentId ?? null,
        unitId: (await unitOf(em, actor, d.unitId)) ?? null,
        employerName: d.employerName ?? null,
        reportedOn: today,
      });
      m.phoneEnc = sealPhone(em, MEMBER_PHONE, m.id, d.phone);
      await em.flush();
      recordEvent(em, PARTY_EVENTS.MemberReported, {
        communityId: actor.communityId,
        subject: { type: 'PartyMember', id: m.id },
        data: { memberId: m.id, accountId: m.accountId, unitId: m.unitId },
      });
      return m;
    });
  }

  @Mutation(() => PartyMemberPayload, { description: '登记报到党员 — staff register a reporting member (with or without a login)' })
  @Requires('party', 'party.member.manage')
  async partyMemberRegister(@Arg('input', { description: '输入 — the mutation input' }) input: PartyMemberRegisterInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const today = todayIn((await calendarOf(ctx)).timeZone);
    return mutate(ctx, async (em) => {
      const d = check(registerSchema, input);
      let accountId: string | null = null;
      if (d.membershipId) {
        accountId = await membershipAccount(em, actor.communityId, fromGlobalId(d.membershipId, 'Membership', 'membershipId'));
        if (!accountId) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'membershipId' });
        await ensureNew(em, actor, accountId, 'membershipId');
      }
      let residentId: string | null = null;
      if (d.residentId) {
        residentId = fromGlobalId(d.residentId, 'Resident', 'residentId');
        if (!(await em.count(Resident, { id: residentId, communityId: actor.communityId })))
          throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'residentId' });
      }
      const m = em.create(PartyMember, {
        communityId: actor.communityId,
        name: d.name,
        accountId,
        residentId,
        unitId: (await unitOf(em, actor, d.unitId)) ?? null,
        employerName: d.employerName ?? null,
        reportedOn: d.reportedOn ?? today,
      });
      m.phoneEnc = sealPhone(em, MEMBER_PHONE, m.id, d.phone);
      await em.flush();
      recordEvent(em, PARTY_EVENTS.MemberReported, {
        communityId: actor.communityId,
        subject: { type: 'PartyMember', id: m.id },
        data: { memberId: m.id, accountId, unitId: m.unitId },
      });
      return m;
    });
  }

  @Mutation(() => PartyMemberPayload, { description: '修改报到党员 — change employer, phone, or end reporting' })
  @Requires('party', 'party.member.manage')
  async partyMemberUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: PartyMemberUpdateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(updateSchema, input);
      const m = await em.findOne(PartyMember, { id: fromGlobalId(d.id, 'PartyMember', 'id'), communityId: actor.communityId });
      if (!m) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
      const unitId = await unitOf(em, actor, d.unitId);
      if (unitId !== undefined) m.unitId = unitId;
      if (d.employerName !== undefined) m.employerName = d.employerName;
      if (d.phone !== undefined) m.phoneEnc = sealPhone(em, MEMBER_PHONE, m.id, d.phone);
      if (d.active != null) m.active = d.active;
      await em.flush();
      recordEvent(em, PARTY_EVENTS.MemberUpdated, {
        communityId: actor.communityId,
        subject: { type: 'PartyMember', id: m.id },
        data: { memberId: m.id, active: m.active },
      });
      return m;
    });
  }

  @FieldResolver(() => PartyUnit, { nullable: true, description: '工作单位 — the member unit one works for' })
  unit(@Root() m: PartyMember, @Context() ctx: Ctx) {
    return m.unitId ? ctx.loaders.entity(PartyUnit).load(m.unitId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 — masked unless the viewer manages members or is the member' })
  async phone(@Root() m: PartyMember, @Context() ctx: Ctx) {
    const phone = openPhone(ctx, MEMBER_PHONE, m.id, m.phoneEnc);
    if (!phone) return null;
    const self = !!ctx.viewer?.accountId && ctx.viewer.accountId === m.accountId;
    return self || (await ctx.can('party.member.manage')) ? phone : maskPhone(phone);
  }

  @FieldResolver(() => Boolean, { description: "本人 — this is the caller's own record" })
  isMe(@Root() m: PartyMember, @Context() ctx: Ctx) {
    return !!ctx.viewer?.accountId && ctx.viewer.accountId === m.accountId;
  }

  @FieldResolver(() => Boolean, { description: '已关联账号 — the member has a login here' })
  hasLogin(@Root() m: PartyMember) {
    return !!m.accountId;
  }

  @FieldResolver(() => Boolean, { description: '已关联居民档案 — the member is a resident on record' })
  residentLinked(@Root() m: PartyMember) {
    return !!m.residentId;
  }

  @FieldResolver(() => [PartyServiceRecord], { description: '服务记录 — services given, newest first' })
  serviceRecords(
    @Root() m: PartyMember,
    @Context() ctx: Ctx,
    @Arg('first', () => Int, { defaultValue: 20, description: '条数 — how many (1–100)' }) first: number,
  ) {
    if (!Number.isInteger(first) || first < 1 || first > 100) throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE', { field: 'first' });
    return ctx.em.find(PartyServiceRecord, { memberId: m.id, communityId: m.communityId }, { orderBy: { servedAt: 'desc', id: 'desc' }, limit: first });
  }

  @FieldResolver(() => Int, { description: '累计服务时长（分钟） — total minutes served' })
  async serviceMinutes(@Root() m: PartyMember, @Context() ctx: Ctx) {
    const loader = ctx.loaders.named<string, number>('party.serviceMinutes', async (ids) => {
      const rows: { member_id: string; s: number }[] = await ctx.em.execute(
        `select member_id, sum(minutes)::int s from party_service_record where community_id = ? and member_id = any(?::uuid[]) group by member_id`,
        [m.communityId, `{${ids.join(',')}}`],
      );
      return ids.map((id) => rows.find((r) => r.member_id === id)?.s ?? 0);
    });
    return loader.load(m.id);
  }
}
