// 站内通知 (the in-app inbox) of the signed-in account in the active community: unread count, a
// page of notifications (newest first), mark read (some, or all), a daily digest, and binding the
// account's WeChat openid for subscription messages. Only the account's own rows, ever.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { AppError, UserFacingError, type UserErrorShape } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { mutate } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { UserError } from '../../schema/user-error';
import { Node } from '../../schema/node';
import { loadNode } from '../../schema/node.resolver';
import { calendarOf, dayOf, addDays, startOfDay } from '../../schema/calendar';
import { Notification } from './notification.entity';
import { notifierOf } from './notifier';
import { ChannelError } from './channels/channel.types';

export const INBOX = 'notifications.inbox.read';

const NotificationConnection = Connection(Notification, 'Notification', '站内通知');

@ArgsType()
class InboxArgs extends ConnectionArgs {
  @Field({ defaultValue: false, description: '仅未读 — only unread notifications' })
  unreadOnly!: boolean;
}

@InputType({ description: '标记已读 — mark some notifications read' })
class NotificationMarkReadInput {
  @Field(() => [ID], { description: '站内通知 — the notifications (at most 100)' }) ids!: string[];
}

@InputType({ description: '全部已读 — mark every notification read' })
class NotificationMarkAllReadInput {
  @Field(() => Date, { nullable: true, description: '截至 — only those sent up to this time (default: now)' }) before?: Date | null;
}

@InputType({ description: '绑定推送渠道 — bind this account on a channel beyond in-app' })
class NotificationChannelBindInput {
  @Field({ description: '渠道 — channel key: wechat' }) channel!: string;
  @Field({ description: '授权码 — what the client obtained (WeChat: the code from wx.login)' }) code!: string;
}

@ObjectType({ description: '标记已读结果 — result of marking notifications read' })
class NotificationMarkReadPayload {
  @Field(() => [Notification], { description: '站内通知 — the notifications, now read' }) notifications!: Notification[];
  @Field(() => Int, { description: '未读数 — unread notifications left' }) unreadCount!: number;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@ObjectType({ description: '全部已读结果 — result of marking every notification read' })
class NotificationMarkAllReadPayload {
  @Field(() => Int, { description: '已标记 — how many were marked read' }) marked!: number;
  @Field(() => Int, { description: '未读数 — unread notifications left' }) unreadCount!: number;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@ObjectType({ description: '绑定推送渠道结果 — result of binding a channel' })
class NotificationChannelBindPayload {
  @Field({ description: '渠道 — the channel now bound' }) channel!: string;
  @Field({ description: '已绑定 — whether the account is bound on it' }) bound!: boolean;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@ObjectType({ description: '摘要分组 — notifications of one rule in a digest' })
class NotificationDigestGroup {
  @Field({ description: '规则 — the rule, e.g. dispatch.requestResolved' }) ruleKey!: string;
  @Field({ description: '标题 — the rule’s title' }) title!: string;
  @Field(() => Int, { description: '条数 — notifications of this rule that day' }) count!: number;
  @Field(() => Int, { description: '未读 — of which unread' }) unread!: number;
}

@ObjectType({ description: '每日摘要 — what was sent to you on one day (community time zone)' })
class NotificationDigest {
  @Field({ description: '日期 — the day, YYYY-MM-DD' }) day!: string;
  @Field(() => Int, { description: '总数 — notifications that day' }) total!: number;
  @Field(() => Int, { description: '未读 — of which unread' }) unread!: number;
  @Field(() => [NotificationDigestGroup], { description: '分组 — by rule, most first' }) groups!: NotificationDigestGroup[];
}

/** The caller's account in the active community; API keys have no inbox. */
async function own(ctx: Ctx): Promise<{ accountId: string; communityId: string }> {
  const accountId = ctx.viewer?.apiKey ? null : ctx.viewer?.accountId;
  const communityId = (await ctx.access()).communityId;
  if (!accountId || !communityId) throw new AppError('FORBIDDEN');
  return { accountId, communityId };
}

async function unreadCount(ctx: Ctx, accountId: string): Promise<number> {
  return ctx.em.count(Notification, { accountId, readAt: null });
}

/** The rule's text in the caller's language (the stored zh-CN text once the rule is gone). */
function text(ctx: Ctx, n: Notification, part: 'title' | 'body'): string {
  const rule = notifierOf(ctx.em).rules.rule(n.ruleKey);
  return rule?.notify?.[part][ctx.lang === 'en' ? 'en' : 'zh-CN'] ?? n[part];
}

@Resolver(() => Notification)
export class InboxResolver {
  @Query(() => Int, { description: '未读通知数 — unread notifications of yours in this community' })
  @Requires('notifications', INBOX)
  async notificationUnreadCount(@Context() ctx: Ctx): Promise<number> {
    return unreadCount(ctx, (await own(ctx)).accountId);
  }

  @Query(() => NotificationConnection, { description: '站内通知 — your notifications in this community, newest first' })
  @Requires('notifications', INBOX)
  async notifications(@Args() args: InboxArgs, @Context() ctx: Ctx) {
    const { accountId } = await own(ctx);
    return paginate(ctx.em, Notification, args.unreadOnly ? { accountId, readAt: null } : { accountId }, args);
  }

  @Query(() => NotificationDigest, { description: '每日摘要 — your notifications of one day (default: today), grouped by rule' })
  @Requires('notifications', INBOX)
  async notificationDigest(
    @Arg('day', () => String, { nullable: true, description: '日期 — YYYY-MM-DD in the community’s time zone (default: today)' }) day: string | null,
    @Context() ctx: Ctx,
  ): Promise<NotificationDigest> {
    const { accountId, communityId } = await own(ctx);
    const { timeZone } = await calendarOf(ctx);
    if (day != null && (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))))
      throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field: 'day', detail: { 'zh-CN': 'day：格式为 YYYY-MM-DD', en: 'day: YYYY-MM-DD' } });
    const d = day ?? dayOf(new Date(), timeZone);
    const rows = await ctx.em.getConnection().execute<{ rule_key: string; title: string; count: string; unread: string }[]>(
      `select rule_key, min(title) as title, count(*) as count, count(*) filter (where read_at is null) as unread
         from notification where community_id = ? and account_id = ? and created_at >= ? and created_at < ?
        group by rule_key order by count(*) desc, rule_key`,
      [communityId, accountId, startOfDay(d, timeZone), startOfDay(addDays(d, 1), timeZone)],
    );
    const rules = notifierOf(ctx.em).rules;
    const groups = rows.map((r) => ({
      ruleKey: r.rule_key,
      title: rules.rule(r.rule_key)?.notify?.title[ctx.lang === 'en' ? 'en' : 'zh-CN'] ?? r.title,
      count: Number(r.count),
      unread: Number(r.unread),
    }));
    return { day: d, total: groups.reduce((n, g) => n + g.count, 0), unread: groups.reduce((n, g) => n + g.unread, 0), groups };
  }

  @Mutation(() => NotificationMarkReadPayload, { description: '标记已读 — mark some of your notifications read' })
  @Requires('notifications', INBOX)
  async notificationMarkRead(@Arg('input', { description: '输入 — which notifications' }) input: NotificationMarkReadInput, @Context() ctx: Ctx) {
    const { accountId } = await own(ctx);
    const r = await mutate(ctx, async (em) => {
      if (input.ids.length === 0 || input.ids.length > 100)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'ids'], { detail: { 'zh-CN': 'ids：1–100 项', en: 'ids: 1–100' } });
      const ids = input.ids.map((id) => fromGlobalId(id, 'Notification', 'ids'));
      const found = await em.find(Notification, { id: { $in: ids }, accountId });
      // Someone else's, another community's and missing ones look the same.
      if (found.length !== new Set(ids).size) throw new UserFacingError('NOT_FOUND', ['input', 'ids']);
      const now = new Date();
      for (const n of found) n.readAt ??= now;
      await em.flush();
      return found;
    });
    return { notifications: r.value ?? [], unreadCount: await unreadCount(ctx, accountId), userErrors: r.userErrors };
  }

  @Mutation(() => NotificationMarkAllReadPayload, { description: '全部已读 — mark all your notifications in this community read' })
  @Requires('notifications', INBOX)
  async notificationMarkAllRead(
    @Arg('input', () => NotificationMarkAllReadInput, { nullable: true, description: '输入 — up to when' }) input: NotificationMarkAllReadInput | null,
    @Context() ctx: Ctx,
  ) {
    const { accountId, communityId } = await own(ctx);
    const r = await mutate(ctx, async (em) =>
      em
        .getConnection()
        .execute(
          'update notification set read_at = now(), updated_at = now() where community_id = ? and account_id = ? and read_at is null and created_at <= ?',
          [communityId, accountId, input?.before ?? new Date()],
          'run',
          em.getTransactionContext(),
        ),
    );
    const marked = (r.value as { affectedRows?: number } | null)?.affectedRows ?? 0;
    return { marked, unreadCount: await unreadCount(ctx, accountId), userErrors: r.userErrors };
  }

  @Mutation(() => NotificationChannelBindPayload, { description: '绑定推送渠道 — receive your notifications on WeChat too (bind with wx.login’s code)' })
  @Requires('notifications', INBOX)
  async notificationChannelBind(@Arg('input', { description: '输入 — channel and code' }) input: NotificationChannelBindInput, @Context() ctx: Ctx) {
    const { accountId } = await own(ctx);
    const r = await mutate(ctx, async (em) => {
      const notifier = notifierOf(em);
      if (!notifier.adapters.get(input.channel)?.resolveBinding)
        throw new UserFacingError('CHANNEL_UNAVAILABLE', ['input', 'channel'], { channel: input.channel });
      if (!/^[\w-]{1,128}$/.test(input.code))
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'code'], {
          detail: { 'zh-CN': 'code：1–128 个字母、数字、_ 或 -', en: 'code: 1–128 of A-Z a-z 0-9 _ -' },
        });
      try {
        await notifier.bind(em, accountId, input.channel, input.code);
      } catch (e) {
        if (e instanceof ChannelError)
          throw new UserFacingError(e.retryable ? 'CHANNEL_UNAVAILABLE' : 'CHANNEL_CODE_INVALID', ['input', 'code'], { channel: input.channel });
        throw e;
      }
      return true;
    });
    return { channel: input.channel, bound: r.value === true, userErrors: r.userErrors };
  }

  @FieldResolver(() => String, { description: '标题 — what happened (fixed text of the rule, in your language)' })
  title(@Root() n: Notification, @Context() ctx: Ctx): string {
    return text(ctx, n, 'title');
  }

  @FieldResolver(() => String, { description: '内容 — a sentence about it (fixed text of the rule, no one else’s personal data)' })
  body(@Root() n: Notification, @Context() ctx: Ctx): string {
    return text(ctx, n, 'body');
  }

  @FieldResolver(() => Boolean, { description: '已读 — whether you have read it' })
  read(@Root() n: Notification): boolean {
    return n.readAt != null;
  }

  @FieldResolver(() => ID, { nullable: true, description: '对象 ID — global id of the subject (e.g. your request); read it with its own query' })
  subjectId(@Root() n: Notification): string | null {
    return n.subjectType && n.subjectId ? toGlobalId(n.subjectType, n.subjectId) : null;
  }

  @FieldResolver(() => Node, { nullable: true, description: '对象 — the subject, if your permissions let you read it through node()' })
  subject(@Root() n: Notification, @Context() ctx: Ctx): Promise<object | null> | null {
    return n.subjectType && n.subjectId ? loadNode(ctx, n.subjectType, n.subjectId) : null;
  }
}
