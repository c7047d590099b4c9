// 联席会议: the chairing unit of the meeting's month convenes it; staff record the member units'
// attendance, then the minutes and decisions in one step (SCHEDULED → HELD, a conditional write).
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import type { FilterQuery, QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId, globalIdOrNull } from '../../schema/global-id';
import { AppError, UserFacingError } from '../../schema/errors';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { uuidArray } from '../../db/sql';
import { PartyMeeting, PartyMeetingAttendance, PartyMeetingDecision } from './meeting.entity';
import { PartyUnit } from './unit.entity';
import { PartyMeetingStatus } from './party.enums';
import { PartyMeetingViewerCan } from './viewer-can.types';
import { actorOf, type Actor } from './party.access';
import { chinaMonth, meetingActionAllows, meetingAllows } from './party.policy';
import { isoDate, optText, text } from './party.inputs';
import { PARTY_EVENTS } from './party.events';

const PartyMeetingConnection = Connection(PartyMeeting, 'PartyMeeting', '联席会议');
const PartyMeetingPayload = Payload(PartyMeeting, 'meeting', 'PartyMeeting', '联席会议');

@ArgsType()
class PartyMeetingsArgs extends ConnectionArgs {
  @Field(() => PartyMeetingStatus, { nullable: true, description: '状态 — only meetings in this state' }) status?: PartyMeetingStatus | null;
}

@InputType({ description: '安排联席会议 — schedule a joint meeting' })
class PartyMeetingScheduleInput {
  @Field({ description: '会议主题 — title' }) title!: string;
  @Field(() => Date, { description: '召开时间 — when' }) scheduledAt!: Date;
  @Field(() => ID, { nullable: true, description: '召集单位 — must be the chairing unit of that month (default: it)' }) conveningUnitId?: string | null;
  @Field(() => String, { nullable: true, description: '地点 — place' }) location?: string | null;
  @Field(() => String, { nullable: true, description: '议程 — agenda' }) agenda?: string | null;
}

@InputType({ description: "出席登记 — one member unit's attendance" })
class PartyAttendanceEntryInput {
  @Field(() => ID, { description: '成员单位 — the unit' }) unitId!: string;
  @Field({ description: '出席 — present' }) present!: boolean;
  @Field(() => String, { nullable: true, description: '参会人 — who came' }) attendees?: string | null;
}

@InputType({ description: "登记出席 — record member units' attendance (replaces earlier entries of the same units)" })
class PartyMeetingAttendanceInput {
  @Field(() => ID, { description: '联席会议 — the meeting' }) meetingId!: string;
  @Field(() => [PartyAttendanceEntryInput], { description: '出席登记 — entries' }) entries!: PartyAttendanceEntryInput[];
}

@InputType({ description: '会议决定 — one decision' })
class PartyDecisionInput {
  @Field({ description: '决定事项 — what was decided' }) text!: string;
  @Field(() => ID, { nullable: true, description: '牵头单位 — member unit responsible' }) ownerUnitId?: string | null;
  @Field(() => String, { nullable: true, description: '完成时限 — due date YYYY-MM-DD' }) dueOn?: string | null;
}

@InputType({ description: '记录会议纪要 — record minutes and decisions; the meeting is held' })
class PartyMeetingCloseInput {
  @Field(() => ID, { description: '联席会议 — the meeting' }) id!: string;
  @Field({ description: '会议纪要 — minutes' }) minutes!: string;
  @Field(() => [PartyDecisionInput], { description: '会议决定 — decisions' }) decisions!: PartyDecisionInput[];
}

@InputType({ description: '取消会议 — cancel a scheduled meeting' })
class PartyMeetingCancelInput {
  @Field(() => ID, { description: '联席会议 — the meeting' }) id!: string;
}

const scheduleSchema = z.object({
  title: text(120),
  scheduledAt: z.date(),
  conveningUnitId: z.string().nullish(),
  location: optText(120),
  agenda: optText(4000),
});
const attendanceSchema = z.object({
  meetingId: z.string(),
  entries: z
    .array(z.object({ unitId: z.string(), present: z.boolean(), attendees: optText(200) }))
    .min(1)
    .max(200),
});
const closeSchema = z.object({
  id: z.string(),
  minutes: text(20_000),
  decisions: z.array(z.object({ text: text(500), ownerUnitId: z.string().nullish(), dueOn: isoDate.nullish() })).max(50),
});

async function unitsExist(em: EntityManager, actor: Actor, globalIds: string[], field: string): Promise<string[]> {
  const ids = globalIds.map((g) => fromGlobalId(g, 'PartyUnit', field));
  if (ids.length === 0) return ids;
  const rows: { id: string }[] = await em.execute(`select id from party_unit where community_id = ? and id = any(?::uuid[])`, [
    actor.communityId,
    uuidArray(ids),
  ]);
  const found = new Set(rows.map((r) => r.id));
  if (ids.some((id) => !found.has(id))) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return ids;
}

async function loadMeeting(em: EntityManager, actor: Actor, globalId: string, field: string): Promise<PartyMeeting> {
  const m = await em.findOne(PartyMeeting, { id: fromGlobalId(globalId, 'PartyMeeting', field), communityId: actor.communityId });
  if (!m) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return m;
}

/**
 * The rule of party.policy.ts for the meeting convened by `unitId`: staff, or that unit's liaison.
 * Callers with no right at all are refused before anything is read, as the guard would.
 */
function demandAnyRight(actor: Actor): void {
  if (!meetingAllows({ permissions: actor.permissions, convenerLiaison: true })) throw new AppError('FORBIDDEN');
}
async function demandRuns(em: EntityManager, actor: Actor, unitId: string): Promise<void> {
  if (meetingAllows({ permissions: actor.permissions, convenerLiaison: false })) return;
  const [u] = await em.execute(`select liaison_account_id from party_unit where id = ?`, [unitId]);
  const convenerLiaison = !!actor.accountId && u?.liaison_account_id === actor.accountId;
  if (!meetingAllows({ permissions: actor.permissions, convenerLiaison })) throw new AppError('FORBIDDEN');
}

/** SCHEDULED → `to` in one conditional write; INVALID_STATE with the state found otherwise. */
async function moveFromScheduled(em: EntityManager, m: PartyMeeting, to: PartyMeetingStatus, set: string, params: unknown[]): Promise<void> {
  const rows = await em.execute(
    `update party_meeting set status = ?, updated_at = now()${set} where id = ? and community_id = ? and status = 'SCHEDULED' returning id`,
    [to, ...params, m.id, m.communityId],
  );
  if (!rows.length) {
    const [cur] = await em.execute(`select status from party_meeting where id = ?`, [m.id]);
    throw new UserFacingError('INVALID_STATE', null, { state: cur?.status ?? m.status });
  }
}

/** Rows of a meeting's child table, batched across the meetings of one list (one statement per table;
 * an operation reads one community, so the first meeting's scopes the batch). */
function byMeeting<T extends PartyMeetingAttendance | PartyMeetingDecision>(
  ctx: Ctx,
  entity: new () => T,
  m: PartyMeeting,
  orderBy: QueryOrderMap<T>,
): Promise<T[]> {
  return ctx.loaders
    .named<string, T[]>(`party:${entity.name}`, async (ids) => {
      const rows = await ctx.em.find(entity, { meetingId: { $in: [...ids] }, communityId: m.communityId } as FilterQuery<T>, { orderBy });
      return ids.map((id) => rows.filter((r) => r.meetingId === id));
    })
    .load(m.id);
}

@Resolver(() => PartyMeeting)
export class PartyMeetingResolver {
  @Query(() => PartyMeetingConnection, { description: '联席会议 — joint meetings, latest first' })
  @Requires('party', 'party.read')
  async partyMeetings(@Args() args: PartyMeetingsArgs, @Context() ctx: Ctx) {
    const { communityId } = await actorOf(ctx);
    return paginate(ctx.em, PartyMeeting, args.status ? { communityId, status: args.status } : { communityId }, args, { scheduledAt: 'desc', id: 'desc' });
  }

  @Query(() => PartyMeeting, { nullable: true, description: '联席会议 — one meeting by id (null when not found)' })
  @Requires('party', 'party.read')
  async partyMeeting(@Arg('id', () => ID, { description: '会议 ID — meeting id' }) id: string, @Context() ctx: Ctx) {
    const raw = globalIdOrNull(id, 'PartyMeeting');
    const m = raw ? await ctx.loaders.entity(PartyMeeting).load(raw) : null;
    return m && m.communityId === (await actorOf(ctx)).communityId ? m : null;
  }

  @Mutation(() => PartyMeetingPayload, { description: '安排联席会议 — schedule a joint meeting convened by the chairing unit of its month' })
  @Requires('party', 'party.read')
  async partyMeetingSchedule(@Arg('input', { description: '输入 — the mutation input' }) input: PartyMeetingScheduleInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    demandAnyRight(actor);
    return mutate(ctx, async (em) => {
      const d = check(scheduleSchema, input);
      const { year, month } = chinaMonth(d.scheduledAt);
      const [chair] = await em.execute(`select unit_id from party_rotation_slot where community_id = ? and year = ? and start_month <= ? and end_month >= ?`, [
        actor.communityId,
        year,
        month,
        month,
      ]);
      if (!chair) throw new UserFacingError('PARTY_NO_CHAIR', ['input', 'scheduledAt'], { year, month });
      await demandRuns(em, actor, chair.unit_id);
      if (d.conveningUnitId) {
        const [unitId] = await unitsExist(em, actor, [d.conveningUnitId], 'conveningUnitId');
        if (unitId !== chair.unit_id) throw new UserFacingError('PARTY_NOT_CHAIR', ['input', 'conveningUnitId'], { year, month });
      }
      const m = em.create(PartyMeeting, {
        communityId: actor.communityId,
        conveningUnitId: chair.unit_id,
        title: d.title,
        scheduledAt: d.scheduledAt,
        location: d.location ?? null,
        agenda: d.agenda ?? null,
      });
      await em.flush();
      recordEvent(em, PARTY_EVENTS.MeetingScheduled, {
        communityId: actor.communityId,
        subject: { type: 'PartyMeeting', id: m.id },
        data: { meetingId: m.id, unitId: chair.unit_id },
      });
      return m;
    });
  }

  @Mutation(() => PartyMeetingPayload, { description: '登记出席 — record which member units attended (not on cancelled meetings)' })
  @Requires('party', 'party.read')
  async partyMeetingAttendanceRecord(@Arg('input', { description: '输入 — the mutation input' }) input: PartyMeetingAttendanceInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    demandAnyRight(actor);
    return mutate(ctx, async (em) => {
      const d = check(attendanceSchema, input);
      const m = await loadMeeting(em, actor, d.meetingId, 'meetingId');
      await demandRuns(em, actor, m.conveningUnitId);
      const unitIds = await unitsExist(
        em,
        actor,
        d.entries.map((e) => e.unitId),
        'entries.unitId',
      );
      // Lock the meeting row so a concurrent cancel cannot slip between the check and the writes.
      const [cur] = await em.execute(`select status from party_meeting where id = ? for update`, [m.id]);
      if (cur.status === PartyMeetingStatus.CANCELLED) throw new UserFacingError('INVALID_STATE', null, { state: cur.status });
      for (const [i, e] of d.entries.entries()) {
        await em.execute(
          `insert into party_meeting_attendance (id, community_id, meeting_id, unit_id, present, attendees) values (?, ?, ?, ?, ?, ?)
           on conflict (meeting_id, unit_id) do update set present = excluded.present, attendees = excluded.attendees, updated_at = now()`,
          [uuidv7(), actor.communityId, m.id, unitIds[i], e.present, e.attendees ?? null],
        );
      }
      recordEvent(em, PARTY_EVENTS.MeetingAttendanceRecorded, {
        communityId: actor.communityId,
        subject: { type: 'PartyMeeting', id: m.id },
        data: { meetingId: m.id, units: unitIds.length },
      });
      return m;
    });
  }

  @Mutation(() => PartyMeetingPayload, { description: '记录纪要与决定 — record minutes and decisions; the meeting becomes HELD' })
  @Requires('party', 'party.read')
  async partyMeetingClose(@Arg('input', { description: '输入 — the mutation input' }) input: PartyMeetingCloseInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    demandAnyRight(actor);
    return mutate(ctx, async (em) => {
      const d = check(closeSchema, input);
      const m = await loadMeeting(em, actor, d.id, 'id');
      await demandRuns(em, actor, m.conveningUnitId);
      // Every owner unit checked in one statement (not one per decision).
      const found = await unitsExist(
        em,
        actor,
        d.decisions.flatMap((x) => (x.ownerUnitId ? [x.ownerUnitId] : [])),
        'decisions.ownerUnitId',
      );
      let k = 0;
      const owners = d.decisions.map((x) => (x.ownerUnitId ? found[k++]! : null));
      await moveFromScheduled(em, m, PartyMeetingStatus.HELD, ', minutes = ?, held_at = now()', [d.minutes]);
      for (const [i, x] of d.decisions.entries()) {
        em.create(PartyMeetingDecision, {
          communityId: actor.communityId,
          meetingId: m.id,
          position: i + 1,
          text: x.text,
          ownerUnitId: owners[i] ?? null,
          dueOn: x.dueOn ?? null,
        });
      }
      await em.flush();
      recordEvent(em, PARTY_EVENTS.MeetingHeld, {
        communityId: actor.communityId,
        subject: { type: 'PartyMeeting', id: m.id },
        data: { meetingId: m.id, decisions: d.decisions.length },
      });
      em.clear();
      return em.findOneOrFail(PartyMeeting, { id: m.id, communityId: actor.communityId });
    });
  }

  @Mutation(() => PartyMeetingPayload, { description: '取消会议 — cancel a scheduled meeting' })
  @Requires('party', 'party.read')
  async partyMeetingCancel(@Arg('input', { description: '输入 — the mutation input' }) input: PartyMeetingCancelInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    demandAnyRight(actor);
    return mutate(ctx, async (em) => {
      const m = await loadMeeting(em, actor, input.id, 'id');
      await demandRuns(em, actor, m.conveningUnitId);
      await moveFromScheduled(em, m, PartyMeetingStatus.CANCELLED, '', []);
      recordEvent(em, PARTY_EVENTS.MeetingCancelled, {
        communityId: actor.communityId,
        subject: { type: 'PartyMeeting', id: m.id },
        data: { meetingId: m.id },
      });
      em.clear();
      return em.findOneOrFail(PartyMeeting, { id: m.id, communityId: actor.communityId });
    });
  }

  @FieldResolver(() => PartyMeetingViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take on this meeting now' })
  async viewerCan(@Root() m: PartyMeeting, @Context() ctx: Ctx): Promise<PartyMeetingViewerCan> {
    // Batched: the convening units of a page in one load.
    const [actor, unit] = await Promise.all([actorOf(ctx), ctx.loaders.entity(PartyUnit).load(m.conveningUnitId)]);
    const facts = { permissions: actor.permissions, convenerLiaison: !!actor.accountId && unit?.liaisonAccountId === actor.accountId };
    return {
      recordAttendance: meetingActionAllows('recordAttendance', m.status, facts),
      close: meetingActionAllows('close', m.status, facts),
      cancel: meetingActionAllows('cancel', m.status, facts),
    };
  }

  @FieldResolver(() => PartyUnit, { description: '召集单位 — the chairing unit convening it' })
  conveningUnit(@Root() m: PartyMeeting, @Context() ctx: Ctx) {
    return ctx.loaders.entity(PartyUnit).load(m.conveningUnitId);
  }

  @FieldResolver(() => [PartyMeetingAttendance], { description: '出席单位 — attendance of member units' })
  attendance(@Root() m: PartyMeeting, @Context() ctx: Ctx) {
    return byMeeting(ctx, PartyMeetingAttendance, m, { createdAt: 'asc', id: 'asc' });
  }

  @FieldResolver(() => [PartyMeetingDecision], { description: '会议决定 — decisions, in order' })
  decisions(@Root() m: PartyMeeting, @Context() ctx: Ctx) {
    return byMeeting(ctx, PartyMeetingDecision, m, { position: 'asc' });
  }
}

@Resolver(() => PartyMeetingAttendance)
export class PartyMeetingAttendanceResolver {
  @FieldResolver(() => PartyUnit, { description: '成员单位 — the unit' })
  unit(@Root() a: PartyMeetingAttendance, @Context() ctx: Ctx) {
    return ctx.loaders.entity(PartyUnit).load(a.unitId);
  }
}

@Resolver(() => PartyMeetingDecision)
export class PartyMeetingDecisionResolver {
  @FieldResolver(() => PartyUnit, { nullable: true, description: '牵头单位 — the unit responsible' })
  ownerUnit(@Root() x: PartyMeetingDecision, @Context() ctx: Ctx) {
    return x.ownerUnitId ? ctx.loaders.entity(PartyUnit).load(x.ownerUnitId) : null;
  }
}
