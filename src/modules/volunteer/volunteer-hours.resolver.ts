// 服务时长: records per volunteer, confirmation by the organizer (→ volunteer.ShiftCompleted),
// corrections as new records, totals per period, and the national volunteer-record export.
import {
  Arg,
  Args,
  ArgsType,
  Ctx as Context,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
  registerEnumType,
} from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { householdsOfAccounts, maskIdNumber } from '../core/public';
import { communityName } from '../../schema/tenancy/tenancy.lookups';
import { personalDataKeysOf } from '../../schema/personal-crypto';
import { VolunteerHoursRecord, VolunteerMember } from './volunteer.entity';
import { HoursStatus } from './volunteer.enums';
import { canSeeMember, myMember } from './volunteer.access';
import { confirmHours, correctHours } from './volunteer.service';
import { hoursText, PERIOD_FORMAT } from './volunteer.policy';
import { openMemberIdNumber } from './member-personal.service';
import { volunteerMetrics } from './volunteer.metrics';
import { VolunteerSettings } from './volunteer.settings';
import { VOLUNTEER_EVENTS } from './volunteer.events';

const HoursConnection = Connection(VolunteerHoursRecord, 'VolunteerHoursRecord', '服务时长记录');
const HoursPayload = Payload(VolunteerHoursRecord, 'record', 'VolunteerHoursRecord', '服务时长记录');

export enum HoursPeriod {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
  YEAR = 'YEAR',
}
registerEnumType(HoursPeriod, {
  name: 'VolunteerHoursPeriod',
  description: '统计周期 — period of hour totals',
  valuesConfig: { MONTH: { description: '月 — month' }, QUARTER: { description: '季度 — quarter' }, YEAR: { description: '年 — year' } },
});

@ObjectType({ description: '时长合计 — confirmed minutes of one volunteer in one period' })
export class VolunteerHoursTotal {
  /** Raw id of the member, for the `member` edge (volunteer-edges.resolver.ts). */
  memberRawId!: string;
  @Field(() => ID, { description: '志愿者 ID — VolunteerMember id', deprecationReason: '改用 member — use `member { id name }`: the object, batched' })
  memberId!: string;
  @Field({ description: '姓名 — name' }) name!: string;
  @Field({ description: '周期 — period label, e.g. 2026-11, 2026-Q4, 2026' }) period!: string;
  @Field(() => Int, { description: '分钟 — confirmed minutes, corrections included' }) minutes!: number;
}

@ObjectType({ description: '志愿服务记录（证明格式）— one row in the national volunteer-record shape, for certificates' })
class VolunteerHoursExportRow {
  @Field({ description: '姓名 — name' }) name!: string;
  @Field(() => String, { nullable: true, description: '证件号码（脱敏）— ID number, masked' }) idNumberMasked!: string | null;
  @Field({ description: '志愿服务组织 — organization' }) organization!: string;
  @Field({ description: '服务项目 — activity' }) activity!: string;
  @Field({ description: '服务日期 — date (YYYY-MM-DD)' }) date!: string;
  @Field({ description: '服务时长（小时）— hours, one decimal' }) hours!: string;
}

@ObjectType({ description: '成效指标 — one outcome figure (治理成效)' })
class VolunteerMetric {
  @Field({ description: '指标 — metric key' }) key!: string;
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '数值 — value' }) value!: number;
}

@InputType({ description: '确认时长 — confirm computed hours' })
class VolunteerHoursConfirmInput {
  @Field(() => ID, { description: '时长记录 ID — hours record id' }) id!: string;
}

@InputType({ description: '更正时长 — correct a confirmed record with a new record' })
class VolunteerHoursCorrectInput {
  @Field(() => ID, { description: '时长记录 ID — the record to correct' }) id!: string;
  @Field(() => Int, { description: '正确分钟数 — the right total minutes for that service' }) minutes!: number;
  @Field({ description: '原因 — reason (the dispute)' }) reason!: string;
}

@ArgsType()
class HoursArgs extends ConnectionArgs {
  @Field(() => ID, { nullable: true, description: '志愿者 ID — only this volunteer (reporters; default: yourself)' }) memberId?: string | null;
  @Field(() => HoursStatus, { nullable: true, description: '状态 — only this state' }) status?: HoursStatus | null;
}

@ArgsType()
class RangeArgs {
  @Field(() => Date, { description: '开始 — from' }) from!: Date;
  @Field(() => Date, { description: '结束 — to (exclusive)' }) to!: Date;
  @Field(() => ID, { nullable: true, description: '志愿者 ID — only this volunteer' }) memberId?: string | null;
}

/** Reporters may name anyone; others only themself. */
async function memberScope(ctx: Ctx, memberId: string | null | undefined): Promise<string | null> {
  if (memberId) {
    const m = await ctx.em.findOne(VolunteerMember, { id: fromGlobalId(memberId, 'VolunteerMember') });
    if (!m || !((await ctx.can('volunteer.report')) || (await ctx.can('volunteer.organize')) || (await canSeeMember(ctx, m)))) throw new AppError('NOT_FOUND');
    return m.id;
  }
  if ((await ctx.can('volunteer.report')) || (await ctx.can('volunteer.organize'))) return null;
  return (await myMember(ctx))?.id ?? '00000000-0000-0000-0000-000000000000';
}

function range(a: RangeArgs) {
  if (!(a.to > a.from)) throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { detail: { 'zh-CN': 'to 须晚于 from', en: 'to <= from' }, field: 'to' });
}

@Resolver(() => VolunteerHoursRecord)
export class VolunteerHoursResolver {
  @Query(() => HoursConnection, { description: "服务时长记录 — hours records, newest first (yours, or anyone's for organizers)" })
  @Requires('volunteer', 'volunteer.read')
  async volunteerHours(@Args() args: HoursArgs, @Context() ctx: Ctx) {
    const member = await memberScope(ctx, args.memberId);
    const where: Record<string, unknown> = {};
    if (member) where.memberId = member;
    if (args.status) where.status = args.status;
    return paginate(ctx.em, VolunteerHoursRecord, where, args);
  }

  @Query(() => [VolunteerHoursTotal], { description: '时长合计 — confirmed minutes per volunteer and period' })
  @Requires('volunteer', 'volunteer.read')
  async volunteerHoursTotals(
    @Args() args: RangeArgs,
    @Arg('period', () => HoursPeriod, { defaultValue: HoursPeriod.MONTH, description: '周期 — month, quarter or year' }) period: HoursPeriod,
    @Context() ctx: Ctx,
  ) {
    range(args);
    const { communityId } = await ctx.access();
    const member = await memberScope(ctx, args.memberId);
    const rows: any[] = await ctx.em.execute(
      `select m.id, m.name, to_char(h.service_date, '${PERIOD_FORMAT[period]}') as period, sum(h.minutes)::int as minutes
         from volunteer_hours h join volunteer_member m on m.id = h.member_id
        where h.community_id = ? and h.status = 'CONFIRMED' and h.service_date >= (?::timestamptz at time zone 'Asia/Shanghai')::date
          and h.service_date < (?::timestamptz at time zone 'Asia/Shanghai')::date ${member ? 'and m.id = ?' : ''}
        group by m.id, m.name, 3 order by 3, m.name, m.id limit 1000`,
      [communityId, args.from, args.to, ...(member ? [member] : [])],
    );
    return rows.map((r) => ({
      memberRawId: r.id as string,
      memberId: toGlobalId('VolunteerMember', r.id),
      name: r.name,
      period: r.period,
      minutes: r.minutes,
    }));
  }

  @Query(() => [VolunteerHoursExportRow], { description: '志愿服务记录导出 — confirmed services in the national volunteer-record shape (corrections applied)' })
  @Requires('volunteer', 'volunteer.report')
  async volunteerHoursExport(@Args() args: RangeArgs, @Context() ctx: Ctx) {
    range(args);
    const { communityId } = await ctx.access();
    const s = await ctx.settings(VolunteerSettings);
    const organization = s.organizationName ?? (await communityName(ctx.em, communityId!)) ?? '';
    const member = args.memberId ? fromGlobalId(args.memberId, 'VolunteerMember') : null;
    const rows: any[] = await ctx.em.execute(
      `select m.id as member_id, m.name, m.id_number_enc, o.activity_title, to_char(o.service_date, 'YYYY-MM-DD') as day, (o.minutes + coalesce(c.delta, 0))::int as minutes
         from volunteer_hours o join volunteer_member m on m.id = o.member_id
         left join (select corrects_id, sum(minutes) as delta from volunteer_hours where kind = 'CORRECTION' and community_id = ? group by corrects_id) c on c.corrects_id = o.id
        where o.community_id = ? and o.kind <> 'CORRECTION' and o.status = 'CONFIRMED'
          and o.service_date >= (?::timestamptz at time zone 'Asia/Shanghai')::date and o.service_date < (?::timestamptz at time zone 'Asia/Shanghai')::date
          ${member ? 'and m.id = ?' : ''}
        order by o.service_date, m.name, o.id limit 10000`,
      [communityId, communityId, args.from, args.to, ...(member ? [member] : [])],
    );
    // Each member's number is opened once (a volunteer has many rows) and printed masked only.
    const keys = personalDataKeysOf(ctx.em);
    const masked = new Map<string, string | null>();
    const maskedOf = (r: any) => {
      if (!masked.has(r.member_id)) {
        const v = openMemberIdNumber(ctx, keys, { id: r.member_id, idNumberEnc: r.id_number_enc });
        masked.set(r.member_id, v && maskIdNumber(v));
      }
      return masked.get(r.member_id)!;
    };
    return rows
      .filter((r) => r.minutes > 0)
      .map((r) => ({ name: r.name, idNumberMasked: maskedOf(r), organization, activity: r.activity_title, date: r.day, hours: hoursText(r.minutes) }));
  }

  @Query(() => [VolunteerMetric], { description: '志愿服务成效 — volunteers active, hours, share of households with a volunteer' })
  @Requires('volunteer', 'volunteer.report')
  async volunteerMetrics(
    @Arg('from', () => Date, { description: '开始 — from' }) from: Date,
    @Arg('to', () => Date, { description: '结束 — to (exclusive)' }) to: Date,
    @Context() ctx: Ctx,
  ) {
    const { communityId } = await ctx.access();
    return Promise.all(
      volunteerMetrics.map(async (m) => ({
        key: m.key,
        name: ctx.lang === 'en' ? m.name.en : m.name['zh-CN'],
        value: await m.compute(ctx.em, communityId!, from, to),
      })),
    );
  }

  @Mutation(() => HoursPayload, { description: '确认时长 — the organizer confirms computed hours; a shift completed is announced (points may follow)' })
  @Requires('volunteer', 'volunteer.organize')
  async volunteerHoursConfirm(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerHoursConfirmInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'VolunteerHoursRecord');
      const r = await confirmHours(em, communityId!, id, ctx.viewer?.accountId ?? '00000000-0000-0000-0000-000000000000');
      const { m, householdId } = await whoServed(em, communityId!, r.member_id);
      recordEvent(em, VOLUNTEER_EVENTS.ShiftCompleted, {
        communityId,
        subject: { type: 'VolunteerHoursRecord', id },
        data: { shiftId: r.shift_id, volunteerId: m.volunteerRecordId, memberId: m.id, accountId: m.accountId, householdId, minutes: r.minutes },
      });
      return em.findOneOrFail(VolunteerHoursRecord, { id }, { refresh: true });
    });
  }

  @Mutation(() => HoursPayload, { description: '更正时长 — a dispute settled: a new correction record, the original stays' })
  @Requires('volunteer', 'volunteer.organize')
  async volunteerHoursCorrect(@Arg('input', { description: '输入 — the mutation input' }) input: VolunteerHoursCorrectInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const d = check(
        z.object({
          minutes: z
            .number()
            .int()
            .min(0)
            .max(24 * 60),
          reason: z.string().trim().min(2).max(500),
        }),
        input,
      );
      const r = await correctHours(
        em,
        communityId!,
        fromGlobalId(input.id, 'VolunteerHoursRecord'),
        d.minutes,
        d.reason,
        ctx.viewer?.accountId ?? '00000000-0000-0000-0000-000000000000',
      );
      // Whom the hours count for and the totals before and after, so points can follow without reading volunteer's tables.
      const { m, householdId } = await whoServed(em, communityId!, r.memberId);
      recordEvent(em, VOLUNTEER_EVENTS.HoursCorrected, {
        communityId,
        subject: { type: 'VolunteerHoursRecord', id: r.id },
        data: {
          memberId: r.memberId,
          minutes: r.delta,
          correctsId: r.correctsId,
          correctedKind: r.kind,
          previousMinutes: r.previousMinutes,
          totalMinutes: r.minutes,
          accountId: m.accountId,
          householdId,
        },
      });
      return em.findOneOrFail(VolunteerHoursRecord, { id: r.id });
    });
  }

  @FieldResolver(() => VolunteerMember, { nullable: true, description: '志愿者 — the volunteer (organizers, or yourself)' })
  async member(@Root() h: VolunteerHoursRecord, @Context() ctx: Ctx) {
    const m = await ctx.loaders.entity(VolunteerMember).load(h.memberId);
    return m && (await canSeeMember(ctx, m)) ? m : null;
  }
}

/** The member whose hours these are and their household (null: no login or none on file), for the events points follows. */
async function whoServed(em: EntityManager, communityId: string, memberId: string): Promise<{ m: VolunteerMember; householdId: string | null }> {
  const m = await em.findOneOrFail(VolunteerMember, { id: memberId });
  const householdId = m.accountId ? ((await householdsOfAccounts(em, communityId, [m.accountId])).get(m.accountId) ?? null) : null;
  return { m, householdId };
}
