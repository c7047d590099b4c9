// Published documents of a body (居民公约, 议事规则), versioned and never edited in place, plus the
// body's meetings, topics and cadence (next meeting due; reminders are the job in council.jobs.ts).
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { CouncilBody } from './body.entity';
import { councilScope, findInScope } from './council.access';
import { CouncilDocumentKind, CouncilMeetingKind } from './council.enums';
import { cadencePeriod } from './council.policy';
import { bodyRules } from './council.service';
import { CouncilDocument, CouncilMeeting } from './meeting.entity';
import { CouncilTopic } from './topic.entity';
import { TopicConnection } from './topic.resolver';
import { CouncilSettings } from './council.settings';
import { COUNCIL_EVENTS } from './council.events';
import { calendarOf } from '../../schema/calendar';

const DocumentPayload = Payload(CouncilDocument, 'document', 'CouncilDocument', '议事会文件');
const MeetingConnection = Connection(CouncilMeeting, 'CouncilMeeting', '议事会议');

@ArgsType()
class DocumentsArgs {
  @Field(() => CouncilDocumentKind, { nullable: true, description: '类型 — only this kind' })
  kind?: CouncilDocumentKind | null;
  @Field(() => Boolean, { nullable: true, description: '全部版本 — every version, not only the current one' })
  allVersions?: boolean | null;
}

@InputType({ description: "发布文件 — publish a new version of a body's 居民公约 or 议事规则" })
class CouncilDocumentPublishInput {
  @Field(() => ID, { description: '议事机构 — the body' }) bodyId!: string;
  @Field(() => CouncilDocumentKind, { description: '类型 — 居民公约 or 议事规则' }) kind!: CouncilDocumentKind;
  @Field({ description: '标题 — title' }) title!: string;
  @Field({ description: '正文 — full text of this version' }) text!: string;
}

@Resolver(() => CouncilBody)
export class CouncilBodyExtrasResolver {
  @FieldResolver(() => [CouncilDocument], { description: '文件 — current 居民公约/议事规则 (or every version)' })
  async documents(@Root() b: CouncilBody, @Args() args: DocumentsArgs, @Context() ctx: Ctx): Promise<CouncilDocument[]> {
    const all = await ctx.em.find(CouncilDocument, { bodyId: b.id, ...(args.kind ? { kind: args.kind } : {}) }, { orderBy: { kind: 'asc', version: 'desc' } });
    if (args.allVersions) return all;
    return all.filter((d, i) => all.findIndex((x) => x.kind === d.kind) === i);
  }

  @FieldResolver(() => MeetingConnection, { description: '会议 — meetings of the body, newest first' })
  meetings(@Root() b: CouncilBody, @Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, CouncilMeeting, { bodyId: b.id }, args);
  }

  @FieldResolver(() => TopicConnection, { description: '议题 — topics now at this body, newest first' })
  topics(@Root() b: CouncilBody, @Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, CouncilTopic, { bodyId: b.id }, args);
  }

  @FieldResolver(() => Date, {
    nullable: true,
    description:
      '下次例会 — by when the cadence asks for the next regular meeting: the end of this period, or of the next once this period has one (null without a cadence)',
  })
  async nextMeetingDue(@Root() b: CouncilBody, @Context() ctx: Ctx): Promise<Date | null> {
    // The same calendar periods as the reminder job (council.jobs.ts).
    const cadence = bodyRules(await ctx.settings(CouncilSettings), b).cadence;
    const { timeZone } = await calendarOf(ctx);
    const period = cadencePeriod(cadence, new Date(), timeZone);
    if (!period) return null;
    const has = await ctx.em.count(CouncilMeeting, { bodyId: b.id, kind: CouncilMeetingKind.SCHEDULED, scheduledAt: { $gte: period.start, $lt: period.end } });
    return has ? cadencePeriod(cadence, period.end, timeZone)!.end : period.end;
  }

  @Mutation(() => DocumentPayload, { description: '发布文件 — publish the next version (the previous versions stay as they were)' })
  @Requires('council', 'council.document.publish')
  async councilDocumentPublish(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilDocumentPublishInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const data = check(z.object({ title: z.string().trim().min(1).max(100), text: z.string().trim().min(1).max(50000) }), input);
      const body = await findInScope(em, scope, CouncilBody, 'CouncilBody', input.bodyId, 'manage', 'bodyId');
      const [row] = await em.execute('select coalesce(max(version), 0)::int v from council_document where body_id = ? and kind = ?', [body.id, input.kind]);
      // Two publishers racing take the same number: the unique (body, kind, version) refuses one.
      const doc = em.create(CouncilDocument, {
        communityId: communityId!,
        bodyId: body.id,
        kind: input.kind,
        version: row.v + 1,
        title: data.title,
        text: data.text,
        publishedByAccountId: ctx.viewer?.accountId ?? null,
      });
      await em.flush();
      recordEvent(em, COUNCIL_EVENTS.DocumentPublished, {
        communityId,
        subject: { type: 'CouncilDocument', id: doc.id },
        data: { bodyId: body.id, documentId: doc.id, kind: doc.kind, version: doc.version },
      });
      return doc;
    });
  }
}
