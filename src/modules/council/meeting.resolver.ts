// Meetings of a body: scheduled from its cadence or ad hoc, an agenda of topics, attendance (in
// person recorded by staff, or online), minutes and a closing report linking the decisions made.
import { Arg, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Membership } from '../../schema/tenancy/membership.entity';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { CouncilBody } from './body.entity';
import { bodyActor, bodyDecision, councilScope, findForAction, findInScope, seesBody } from './council.access';
import { BODY_FLOOR } from './council.permissions';
import { CouncilMeetingViewerCan } from './viewer-can.types';
import { CouncilChannel, CouncilMeetingKind, CouncilMeetingStatus } from './council.enums';
import { nextDue } from './council.policy';
import { activeSeat, bodyRules, findOr404, householdOf } from './council.service';
import { CouncilAgendaItem, CouncilAttendance, CouncilMeeting } from './meeting.entity';
import { CouncilTopic } from './topic.entity';
import { CouncilVote } from './vote.entity';
import { CouncilSettings } from './council.settings';
import { COUNCIL_EVENTS } from './council.events';
import { Attachment } from '../../plugins/uploads/attachment.types';
import { attachmentsOf, attachUploads } from '../../plugins/uploads/uploads.service';

const MeetingPayload = Payload(CouncilMeeting, 'meeting', 'CouncilMeeting', '议事会议');

@InputType({ description: '安排会议 — schedule a meeting (例会 from the cadence, or 临时会议)' })
class CouncilMeetingScheduleInput {
  @Field(() => ID, { description: '议事机构 — the body' }) bodyId!: string;
  @Field({ description: '主题 — title' }) title!: string;
  @Field(() => CouncilMeetingKind, { description: '类型 — scheduled or ad hoc' }) kind!: CouncilMeetingKind;
  @Field(() => Date, { nullable: true, description: '召开时间 — when; a scheduled meeting defaults to the date its cadence asks for' })
  scheduledAt?: Date | null;
  @Field(() => [ID], { nullable: true, description: '议程 — topics of the body to put on the agenda' }) topicIds?: string[] | null;
}

@InputType({ description: "列入议程 — put a topic on a meeting's agenda" })
class CouncilAgendaAddInput {
  @Field(() => ID, { description: '会议 — the meeting' }) meetingId!: string;
  @Field(() => ID, { description: '议题 — the topic' }) topicId!: string;
}

@InputType({ description: '登记出席 — staff record someone present in person' })
class CouncilAttendanceRecordInput {
  @Field(() => ID, { description: '会议 — the meeting' }) meetingId!: string;
  @Field(() => ID, { description: "社区成员 — the person's community membership" }) membershipId!: string;
}

@InputType({ description: '线上参会 — join a meeting online (members; anyone when online discussion is open)' })
class CouncilMeetingAttendInput {
  @Field(() => ID, { description: '会议 — the meeting' }) meetingId!: string;
}

@InputType({ description: '闭会 — close a meeting with minutes and a report' })
class CouncilMeetingCloseInput {
  @Field(() => ID, { description: '会议 — the meeting' }) id!: string;
  @Field({ description: '会议纪要 — minutes' }) minutes!: string;
  @Field(() => String, { nullable: true, description: '会议报告 — closing report' }) report?: string | null;
  @Field(() => [String], {
    nullable: true,
    description: '纪要照片 — keys of uploaded photos of the minutes (uploadSlotCreate with ownerKind CouncilMeeting): signed sheets, the meeting',
  })
  attachmentKeys?: string[] | null;
}

async function addAgenda(em: EntityManager, meeting: CouncilMeeting, topicGlobalId: string): Promise<void> {
  const topic = await findOr404(em, CouncilTopic, 'CouncilTopic', topicGlobalId, 'topicId');
  if (topic.bodyId !== meeting.bodyId) throw new UserFacingError('COUNCIL_OTHER_BODY', ['input', 'topicId']);
  const [row] = await em.execute('select count(*)::int n from council_agenda_item where meeting_id = ?', [meeting.id]);
  em.create(CouncilAgendaItem, { communityId: meeting.communityId, meetingId: meeting.id, topicId: topic.id, position: row.n + 1 });
}

async function attend(em: EntityManager, meeting: CouncilMeeting, accountId: string, channel: CouncilChannel, recordedBy: string | null): Promise<void> {
  if (meeting.status !== CouncilMeetingStatus.SCHEDULED) throw new UserFacingError('INVALID_STATE', ['input', 'meetingId'], { state: meeting.status });
  const seat = await activeSeat(em, meeting.bodyId, accountId);
  const name = seat?.displayName ?? (await accountNames(em, meeting.communityId, [accountId])).get(accountId) ?? '';
  const rows = await em.execute(
    `insert into council_attendance (id, created_at, updated_at, community_id, meeting_id, account_id, member_id, household_id, name, channel, recorded_by_account_id)
     values (?, now(), now(), ?, ?, ?, ?, ?, ?, ?, ?) on conflict (meeting_id, account_id) do nothing returning id`,
    [uuidv7(), meeting.communityId, meeting.id, accountId, seat?.id ?? null, await householdOf(em, meeting.communityId, accountId), name, channel, recordedBy],
  );
  if (!rows.length) throw new UserFacingError('ALREADY_EXISTS', ['input', 'meetingId'], { what: '出席记录' });
  recordEvent(em, COUNCIL_EVENTS.MeetingAttended, {
    communityId: meeting.communityId,
    subject: { type: 'CouncilMeeting', id: meeting.id },
    data: { meetingId: meeting.id, accountId, bodyId: meeting.bodyId, channel },
  });
}

@Resolver(() => CouncilMeeting)
export class CouncilMeetingResolver {
  @Query(() => CouncilMeeting, { nullable: true, description: '议事会议 — one meeting by id' })
  @Requires('council', 'council.read')
  async councilMeeting(@Arg('id', () => ID, { description: '会议 ID — the meeting' }) id: string, @Context() ctx: Ctx) {
    const meeting = await ctx.loaders.entity(CouncilMeeting).load(fromGlobalId(id, 'CouncilMeeting'));
    return meeting && seesBody(await councilScope(ctx), meeting.bodyId) ? meeting : null;
  }

  @FieldResolver(() => [Attachment], { description: '纪要照片 — photos filed with the minutes at closing (signed, short-lived URLs)' })
  attachments(@Root() m: CouncilMeeting, @Context() ctx: Ctx) {
    return attachmentsOf(ctx, 'CouncilMeeting', m);
  }

  @FieldResolver(() => CouncilBody, { nullable: true, description: '议事机构 — the body' })
  body(@Root() m: CouncilMeeting, @Context() ctx: Ctx) {
    return ctx.loaders.entity(CouncilBody).load(m.bodyId);
  }

  @FieldResolver(() => [CouncilTopic], { description: '议程 — topics on the agenda, in order' })
  async agenda(@Root() m: CouncilMeeting, @Context() ctx: Ctx): Promise<CouncilTopic[]> {
    const items = await ctx.em.find(CouncilAgendaItem, { meetingId: m.id }, { orderBy: { position: 'asc' } });
    const topics = await ctx.loaders.entity(CouncilTopic).loadMany(items.map((i) => i.topicId));
    return topics.filter((t): t is CouncilTopic => t instanceof CouncilTopic);
  }

  @FieldResolver(() => [CouncilAttendance], { description: '出席 — who attended, in person or online' })
  attendance(@Root() m: CouncilMeeting, @Context() ctx: Ctx) {
    return ctx.em.find(CouncilAttendance, { meetingId: m.id }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => Int, { description: '出席人数 — people present' })
  attendanceCount(@Root() m: CouncilMeeting, @Context() ctx: Ctx) {
    return ctx.em.count(CouncilAttendance, { meetingId: m.id });
  }

  @FieldResolver(() => [CouncilVote], { description: '会议决定 — votes held at the meeting and closed (the decisions its report links)' })
  decisions(@Root() m: CouncilMeeting, @Context() ctx: Ctx) {
    return ctx.em.find(CouncilVote, { meetingId: m.id, closedAt: { $ne: null } }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => CouncilMeetingViewerCan, { description: '当前用户可执行的操作 — which actions the caller may take on this meeting now' })
  async viewerCan(@Root() m: CouncilMeeting, @Context() ctx: Ctx): Promise<CouncilMeetingViewerCan> {
    const [actor, body] = await Promise.all([bodyActor(ctx), ctx.loaders.entity(CouncilBody).load(m.bodyId)]);
    const open = !!body && m.status === CouncilMeetingStatus.SCHEDULED && bodyDecision(actor, body, 'meeting.manage') === 'OK';
    return { addAgenda: open, recordAttendance: open, close: open };
  }

  @Mutation(() => MeetingPayload, { description: '安排会议 — schedule a meeting with an optional agenda' })
  @Requires('council', BODY_FLOOR)
  async councilMeetingSchedule(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilMeetingScheduleInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(CouncilSettings);
    const actor = await bodyActor(ctx);
    return mutate(ctx, async (em) => {
      const { title } = check(z.object({ title: z.string().trim().min(1).max(100) }), input);
      const body = await findForAction(em, actor, CouncilBody, 'CouncilBody', input.bodyId, 'meeting.manage', 'bodyId');
      let at = input.scheduledAt ?? null;
      if (!at && input.kind === CouncilMeetingKind.SCHEDULED) {
        const last = await em.findOne(CouncilMeeting, { bodyId: body.id, kind: CouncilMeetingKind.SCHEDULED }, { orderBy: { scheduledAt: 'desc' } });
        at = last ? nextDue(bodyRules(settings, body).cadence, last.scheduledAt) : new Date();
      }
      if (!at)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'scheduledAt'], {
          detail: { 'zh-CN': '未设例会周期，须填写 scheduledAt', en: 'scheduledAt required (no cadence)' },
        });
      const meeting = em.create(CouncilMeeting, { communityId: communityId!, bodyId: body.id, title, kind: input.kind, scheduledAt: at });
      for (const t of (input.topicIds ?? []).slice(0, 50)) await addAgenda(em, meeting, t);
      recordEvent(em, COUNCIL_EVENTS.MeetingScheduled, {
        communityId,
        subject: { type: 'CouncilMeeting', id: meeting.id },
        data: { meetingId: meeting.id, bodyId: body.id, scheduledAt: at.toISOString() },
      });
      return meeting;
    });
  }

  @Mutation(() => MeetingPayload, { description: '列入议程 — add a topic of the body to the agenda' })
  @Requires('council', BODY_FLOOR)
  async councilAgendaAdd(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilAgendaAddInput, @Context() ctx: Ctx) {
    const actor = await bodyActor(ctx);
    return mutate(ctx, async (em) => {
      const meeting = await findForAction(em, actor, CouncilMeeting, 'CouncilMeeting', input.meetingId, 'meeting.manage', 'meetingId');
      if (meeting.status !== CouncilMeetingStatus.SCHEDULED) throw new UserFacingError('INVALID_STATE', ['input', 'meetingId'], { state: meeting.status });
      await addAgenda(em, meeting, input.topicId);
      return meeting;
    });
  }

  @Mutation(() => MeetingPayload, { description: '登记出席 — staff record an in-person attendee (the recorder is kept)' })
  @Requires('council', BODY_FLOOR)
  async councilAttendanceRecord(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilAttendanceRecordInput, @Context() ctx: Ctx) {
    const actor = await bodyActor(ctx);
    return mutate(ctx, async (em) => {
      const meeting = await findForAction(em, actor, CouncilMeeting, 'CouncilMeeting', input.meetingId, 'meeting.manage', 'meetingId');
      const membership = await findOr404(em, Membership, 'Membership', input.membershipId, 'membershipId');
      await attend(em, meeting, membership.account.id, CouncilChannel.IN_PERSON, ctx.viewer!.accountId);
      return meeting;
    });
  }

  @Mutation(() => MeetingPayload, { description: '线上参会 — check in online to a meeting' })
  @Requires('council', 'council.meeting.attend')
  async councilMeetingAttend(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilMeetingAttendInput, @Context() ctx: Ctx) {
    const settings = await ctx.settings(CouncilSettings);
    const accountId = ctx.viewer!.accountId!;
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const meeting = await findInScope(em, scope, CouncilMeeting, 'CouncilMeeting', input.meetingId, 'see', 'meetingId');
      const body = await em.findOneOrFail(CouncilBody, { id: meeting.bodyId });
      if (!(await activeSeat(em, body.id, accountId)) && !bodyRules(settings, body).onlineDiscussionOpen)
        throw new UserFacingError('COUNCIL_NOT_MEMBER', ['input', 'meetingId']);
      await attend(em, meeting, accountId, CouncilChannel.ONLINE, null);
      return meeting;
    });
  }

  @Mutation(() => MeetingPayload, { description: '闭会 — close the meeting once, filing minutes and the report' })
  @Requires('council', BODY_FLOOR)
  async councilMeetingClose(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilMeetingCloseInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const actor = await bodyActor(ctx);
    return mutate(ctx, async (em) => {
      const data = check(
        z.object({
          minutes: z.string().trim().min(1).max(20000),
          report: z.string().trim().max(20000).nullish(),
          attachmentKeys: z.array(z.string().min(1).max(100)).max(20).nullish(),
        }),
        input,
      );
      const meeting = await findForAction(em, actor, CouncilMeeting, 'CouncilMeeting', input.id, 'meeting.manage');
      const n = await em.nativeUpdate(
        CouncilMeeting,
        { id: meeting.id, status: CouncilMeetingStatus.SCHEDULED },
        { status: CouncilMeetingStatus.CLOSED, minutes: data.minutes, report: data.report ?? null, closedAt: new Date() },
      );
      if (!n) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: CouncilMeetingStatus.CLOSED });
      await em.refresh(meeting);
      await attachUploads(ctx, em, 'CouncilMeeting', meeting.id, data.attachmentKeys);
      const decided = await em.find(CouncilVote, { meetingId: meeting.id, closedAt: { $ne: null } });
      recordEvent(em, COUNCIL_EVENTS.MeetingClosed, {
        communityId,
        subject: { type: 'CouncilMeeting', id: meeting.id },
        data: { meetingId: meeting.id, bodyId: meeting.bodyId, voteIds: decided.map((v) => v.id) },
      });
      return meeting;
    });
  }
}
