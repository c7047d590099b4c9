import {
  Arg,
  Args,
  check,
  Connection,
  ConnectionArgs,
  Context,
  Field,
  InputType,
  mutate,
  Mutation,
  paginate,
  Payload,
  Query,
  recordEvent,
  Requires,
  Resolver,
  z,
  type Ctx,
} from 'wushe/sdk';
import { Notice } from './notice.entity';
import { NoticePublished } from './notice.events';
import { NoticeboardSettings } from './settings';

const NoticeConnection = Connection(Notice, 'Notice', '公告');
const NoticePayload = Payload(Notice, 'notice', 'Notice', '公告');

@InputType({ description: '发布公告 — publish a notice' })
class NoticePublishInput {
  @Field({ description: '标题 — title' }) title!: string;
  @Field({ description: '正文 — body text' }) body!: string;
}

@Resolver(() => Notice)
export class NoticeResolver {
  @Query(() => NoticeConnection, { description: '公告列表 — notices of the community, newest first' })
  @Requires('noticeboard', 'noticeboard.read')
  notices(@Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, Notice, {}, args);
  }

  @Mutation(() => NoticePayload, { description: '发布公告 — publish a notice' })
  @Requires('noticeboard', 'noticeboard.publish')
  async noticePublish(@Arg('input', { description: '输入 — the mutation input' }) input: NoticePublishInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(NoticeboardSettings);
    return mutate(ctx, async (em) => {
      const data = check(z.object({ title: z.string().trim().min(1).max(settings.maxTitleLength), body: z.string().trim().min(1).max(5000) }), input);
      const notice = em.create(Notice, { communityId: communityId!, ...data });
      recordEvent(em, NoticePublished, { communityId, subject: { type: 'Notice', id: notice.id } });
      return notice;
    });
  }
}
