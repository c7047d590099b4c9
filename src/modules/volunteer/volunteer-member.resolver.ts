// 志愿者注册: teams from settings, staff registration linked to the 五社 registry and a login,
// and self-registration by a signed-in resident.
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Info, InputType, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { maskIdNumber, volunteerRecord } from '../core/public';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { personalDataKeysOf } from '../../schema/personal-crypto';
import { VolunteerMember } from './volunteer.entity';
import { canSeeMember, myMember } from './volunteer.access';
import { assertNotRegistered, logMemberRead, memberIdNumberIndex, openMemberIdNumber, reasonOf, setMemberIdNumber } from './member-personal.service';
import { VolunteerSettings } from './volunteer.settings';
import { VOLUNTEER_EVENTS } from './volunteer.events';

const MemberConnection = Connection(VolunteerMember, 'VolunteerMember', '注册志愿者');
const MemberPayload = Payload(VolunteerMember, 'member', 'VolunteerMember', '注册志愿者');

@ObjectType({ description: "志愿队伍 — a volunteer team from the community's settings" })
class VolunteerTeam {
  @Field({ description: '代码 — team key' }) key!: string;
  @Field({ description: '名称 — name, e.g. 党员志愿队' }) name!: string;
}

@InputType({ description: '登记志愿者 — register a volunteer (staff)' })
class VolunteerMemberRegisterInput {
  @Field({ description: '姓名 — real name' }) name!: string;
  @Field(() => ID, { nullable: true, description: '五社志愿者 ID — the registry record (Volunteer) to link' }) volunteerRecordId?: string | null;
  @Field(() => ID, { nullable: true, description: "账号 ID — the volunteer's login (Account), if any" }) accountId?: string | null;
  @Field(() => String, { nullable: true, description: '身份证号 — ID number (stored encrypted; one registration per number; printed masked on certificates)' })
  idNumber?: string | null;
  @Field(() => [String], { nullable: true, description: '队伍 — team keys' }) teams?: string[] | null;
  @Field(() => [String], { nullable: true, description: '技能 — skills' }) skills?: string[] | null;
  @Field(() => String, { nullable: true, description: '可服务时间 — availability' }) availability?: string | null;
}

@InputType({ description: '加入志愿者 — register yourself as a volunteer' })
class VolunteerMemberJoinInput {
  @Field({ description: '姓名 — real name' }) name!: string;
  @Field(() => String, { nullable: true, description: '身份证号 — ID number for real-name registration (stored encrypted; one registration per number)' })
  idNumber?: string | null;
  @Field(() => [String], { nullable: true, description: '队伍 — team keys' }) teams?: string[] | null;
  @Field(() => [String], { nullable: true, description: '技能 — skills' }) skills?: string[] | null;
  @Field(() => String, { nullable: true, description: '可服务时间 — availability' }) availability?: string | null;
}

@InputType({ description: '修改志愿者 — update a volunteer (staff)' })
class VolunteerMemberUpdateInput {
  @Field(() => ID, { description: '志愿者 ID — VolunteerMember id' }) id!: string;
  @Field(() => String, { nullable: true, description: '身份证号 — correct the ID number (stored encrypted; empty string clears it)' }) idNumber?: string | null;
  @Field(() => [String], { nullable: true, description: '队伍 — team keys' }) teams?: string[] | null;
  @Field(() => [String], { nullable: true, description: '技能 — skills' }) skills?: string[] | null;
  @Field(() => String, { nullable: true, description: '可服务时间 — availability' }) availability?: string | null;
  @Field(() => Boolean, { nullable: true, description: '在册 — active' }) active?: boolean | null;
}

@ArgsType()
class MembersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '队伍 — only this team' }) team?: string | null;
  @Field(() => String, { nullable: true, description: '身份证号 — exact match on the full number (blind index; needs volunteer.readPersonal)' }) idNumber?:
    string | null;
}

const fields = z.object({
  name: z.string().trim().min(1).max(50).nullish(),
  idNumber: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^\d{17}[\dX]$/, 'ID_NUMBER_INVALID')
    .nullish(),
  teams: z.array(z.string()).max(10).nullish(),
  skills: z.array(z.string().trim().min(1).max(30)).max(30).nullish(),
  availability: z.string().trim().max(200).nullish(),
});

function knownTeams(s: VolunteerSettings, teams: string[] | null | undefined): string[] {
  for (const t of teams ?? []) if (!s.teams.some((x) => x.key === t)) throw new UserFacingError('TEAM_UNKNOWN', ['input', 'teams'], { team: t });
  return [...new Set(teams ?? [])];
}

@Resolver(() => VolunteerMember)
export class VolunteerMemberResolver {
  @Query(() => [VolunteerTeam], { description: '志愿队伍 — teams configured by the community' })
  @Requires('volunteer', 'volunteer.read')
  async volunteerTeams(@Context() ctx: Ctx) {
    return (await ctx.settings(VolunteerSettings)).teams;
  }

  @Query(() => VolunteerMember, { nullable: true, description: '我的志愿者档案 — your own volunteer record' })
  @Requires('volunteer', 'volunteer.read')
  volunteerMe(@Context() ctx: Ctx) {
    return myMember(ctx);
  }

  @Query(() => MemberConnection, { description: '注册志愿者 — registered volunteers (organizers and staff)' })
  @Requires('volunteer', 'volunteer.organize')
  async volunteerMembers(@Args() args: MembersArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = args.team ? { teams: { $contains: [args.team] } } : {};
    if (args.idNumber != null) {
      // An exact-match lookup answers "is this person registered": as sensitive as reading the number.
      if (!(await ctx.can('volunteer.readPersonal'))) throw new AppError('FORBIDDEN');
      where.idNumberBidx = memberIdNumberIndex(ctx.em, args.idNumber);
    }
    return paginate(ctx.em, VolunteerMember, where, args);
  }

  @Mutation(() => MemberPayload, { description: '登记志愿者 — register a volunteer, linked to the 五社 registry and a login' })
  @Requires('volunteer', 'volunteer.manage')
  async volunteerMemberRegister(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerMemberRegisterInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(VolunteerSettings);
    return mutate(ctx, async (em) => {
      const d = check(fields, input);
      const recordId = input.volunteerRecordId ? fromGlobalId(input.volunteerRecordId, 'Volunteer') : null;
      if (recordId && !(await volunteerRecord(em, communityId!, recordId))) throw new UserFacingError('NOT_FOUND', ['input', 'volunteerRecordId']);
      const accountId = input.accountId ? fromGlobalId(input.accountId, 'Account') : null;
      if (accountId && !(await accountNames(em, communityId!, [accountId])).has(accountId)) throw new UserFacingError('NOT_FOUND', ['input', 'accountId']);
      const m = em.create(VolunteerMember, {
        communityId: communityId!,
        name: d.name!,
        volunteerRecordId: recordId,
        accountId,
        teams: knownTeams(s, d.teams),
        skills: d.skills ?? [],
        availability: d.availability ?? null,
      });
      setMemberIdNumber(personalDataKeysOf(em), m, d.idNumber ?? null);
      await assertNotRegistered(em, communityId!, m.idNumberBidx);
      recordEvent(em, VOLUNTEER_EVENTS.MemberRegistered, { communityId, subject: { type: 'VolunteerMember', id: m.id } });
      return m;
    });
  }

  @Mutation(() => MemberPayload, { description: '加入志愿者 — register yourself as a volunteer' })
  @Requires('volunteer', 'volunteer.signUp')
  async volunteerMemberJoin(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerMemberJoinInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const s = await ctx.settings(VolunteerSettings);
    return mutate(ctx, async (em) => {
      const d = check(fields, input);
      const accountId = ctx.viewer?.apiKey ? null : ctx.viewer?.accountId;
      if (!accountId) throw new UserFacingError('NOT_A_VOLUNTEER', ['input']);
      const m = em.create(VolunteerMember, {
        communityId: communityId!,
        name: d.name!,
        accountId,
        teams: knownTeams(s, d.teams),
        skills: d.skills ?? [],
        availability: d.availability ?? null,
      });
      setMemberIdNumber(personalDataKeysOf(em), m, d.idNumber ?? null);
      await assertNotRegistered(em, communityId!, m.idNumberBidx);
      recordEvent(em, VOLUNTEER_EVENTS.MemberRegistered, { communityId, subject: { type: 'VolunteerMember', id: m.id } });
      return m;
    });
  }

  @Mutation(() => MemberPayload, { description: '修改志愿者 — change teams, skills, availability or archive' })
  @Requires('volunteer', 'volunteer.manage')
  async volunteerMemberUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerMemberUpdateInput, @Context() ctx: Ctx) {
    const s = await ctx.settings(VolunteerSettings);
    return mutate(ctx, async (em) => {
      const d = check(fields, { ...input, idNumber: input.idNumber === '' ? null : input.idNumber });
      const m = await em.findOne(VolunteerMember, { id: fromGlobalId(input.id, 'VolunteerMember') });
      if (!m) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (input.idNumber !== undefined && input.idNumber !== null) {
        setMemberIdNumber(personalDataKeysOf(em), m, d.idNumber ?? null);
        await assertNotRegistered(em, m.communityId, m.idNumberBidx, m.id);
      }
      if (d.teams) m.teams = knownTeams(s, d.teams);
      if (d.skills) m.skills = d.skills;
      if (d.availability !== undefined) m.availability = d.availability ?? null;
      if (input.active != null) m.active = input.active;
      recordEvent(em, VOLUNTEER_EVENTS.MemberUpdated, { communityId: m.communityId, subject: { type: 'VolunteerMember', id: m.id } });
      return m;
    });
  }

  @FieldResolver(() => String, { nullable: true, description: '身份证号（脱敏）— masked ID number, for staff and the volunteer' })
  async idNumberMasked(@Root() m: VolunteerMember, @Context() ctx: Ctx) {
    if (!(await canSeeMember(ctx, m))) return null;
    const v = openMemberIdNumber(ctx, personalDataKeysOf(ctx.em), m);
    return v && maskIdNumber(v);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: '身份证号 — masked (520***********123X) unless unmasked is asked and permitted (volunteer.readPersonal); unmasked reads are logged',
  })
  async idNumber(
    @Root() m: VolunteerMember,
    @Context() ctx: Ctx,
    @Arg('unmasked', { defaultValue: false, description: '明文 — return the full number (logged)' }) unmasked: boolean,
    @Arg('reason', () => String, { nullable: true, description: '用途 — why the full number is needed (kept in the access log)' }) reason: string | null,
    @Info() info: GraphQLResolveInfo,
  ) {
    if (unmasked && !(await ctx.can('volunteer.readPersonal'))) throw new AppError('FORBIDDEN');
    if (!unmasked && !(await canSeeMember(ctx, m))) return null;
    const v = openMemberIdNumber(ctx, personalDataKeysOf(ctx.em), m);
    if (!v) return null;
    if (!unmasked) return maskIdNumber(v);
    await logMemberRead(ctx, m.id, reasonOf(reason, info));
    return v;
  }
}
