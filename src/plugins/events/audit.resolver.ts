// 操作日志: who changed what, when — the community's events (each stamped with its actor by the
// kernel), newest first, filtered by subject, actor, type and time, for admins. Only the event
// types the caller may see are listed; data holds ids and states (free text in it is masked);
// the actor is named only when a member of this community (admins read the member list anyway).
import { Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { Node } from '../../schema/node';
import { Requires } from '../../schema/requires';
import { fromGlobalId, parseGlobalId, toGlobalId } from '../../schema/global-id';
import { PersonalText } from '../../schema/free-text';
import { loadNode } from '../../schema/node.resolver';
import { pgArray } from '../../db/sql';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { toRecord } from './record-event';
import type { OutboxEventRecord } from './event.types';

export enum AuditActorKind {
  PERSON = 'PERSON',
  API_KEY = 'API_KEY',
  SYSTEM = 'SYSTEM',
}
registerEnumType(AuditActorKind, {
  name: 'AuditActorKind',
  description: '操作者类型 — who caused an event',
  valuesConfig: {
    PERSON: { description: '人员 — a signed-in person' },
    API_KEY: { description: '接口密钥 — an integrator’s API key' },
    SYSTEM: { description: '系统 — a scheduled job, or recorded before actors were kept' },
  },
});

@ObjectType('AuditEntry', { description: '操作记录 — one change: what happened to which object, when, by whom' })
class AuditEntry {
  @Field({ description: '游标 — position in the log; pass it as `after` for the next (older) page' }) cursor!: string;
  @Field({ description: '事件类型 — e.g. council.CommentHidden' }) type!: string;
  @Field({ description: '事件名称 — the type’s description in the caller’s language' }) typeName!: string;
  @Field(() => Date, { description: '发生时间 — when' }) occurredAt!: Date;
  @Field(() => String, { nullable: true, description: '对象类型 — GraphQL type of the subject' }) subjectType!: string | null;
  @Field(() => ID, { nullable: true, description: '对象 ID — global id of the subject' }) subjectId!: string | null;
  @Field(() => AuditActorKind, { description: '操作者类型 — person, API key or system' }) actorKind!: AuditActorKind;
  @Field(() => ID, { nullable: true, description: '操作者 — the person’s Membership id here (null: not a member of this community, a key or the system)' })
  actorMembershipId!: string | null;
  @Field(() => String, { nullable: true, description: '操作者姓名 — display name of a member actor (null otherwise)' }) actorName!: string | null;
  // Event data should hold ids and states only; free text in it is masked all the same.
  @PersonalText()
  @Field(() => GraphQLJSONObject, { description: '数据 — event data (ids and states)' })
  data!: Record<string, unknown>;
  rawSubjectType!: string | null;
  rawSubjectId!: string | null;
}

@ObjectType('AuditLogPage', { description: '操作日志页 — a page of the audit log, newest first' })
class AuditLogPage {
  @Field(() => [AuditEntry], { description: '记录 — entries, newest first' }) entries!: AuditEntry[];
  @Field(() => String, { nullable: true, description: '末游标 — pass as `after` for older entries (null: empty page)' }) endCursor!: string | null;
  @Field({ description: '还有更早 — older entries exist' }) hasMore!: boolean;
}

@ArgsType()
class AuditLogArgs {
  @Field(() => Int, { defaultValue: 50, description: '数量 — page size (1–100)' }) first!: number;
  @Field(() => String, { nullable: true, description: '在此游标之前 — entries older than this cursor' }) after?: string | null;
  @Field(() => ID, { nullable: true, description: '对象 — only events about this object (any global id)' }) subject?: string | null;
  @Field(() => ID, { nullable: true, description: '操作者 — only events caused by this member (Membership id)' }) actor?: string | null;
  @Field(() => [String], { nullable: true, description: '事件类型 — only these types (at most 100)' }) types?: string[] | null;
  @Field(() => Date, { nullable: true, description: '起 — from this time (inclusive)' }) from?: Date | null;
  @Field(() => Date, { nullable: true, description: '止 — before this time (exclusive)' }) to?: Date | null;
}

/** Event types of enabled modules whose permission the caller holds, with their names. */
async function visibleTypes(ctx: Ctx): Promise<Map<string, string>> {
  const access = await ctx.access();
  const out = new Map<string, string>();
  for (const m of ctx.app.registry.list()) {
    if (!access.enabledModules.has(m.key)) continue;
    for (const d of m.events?.publishes ?? []) {
      if (access.permissions.has(d.permission)) out.set(d.type, ctx.lang === 'en' ? d.description.en : d.description['zh-CN']);
    }
  }
  return out;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditLogPage, { description: '操作日志 — who changed what, when, in the active community (admins); newest first' })
  @Requires('tenancy', 'tenancy.audit.read')
  async auditLog(@Args() args: AuditLogArgs, @Context() ctx: Ctx): Promise<AuditLogPage> {
    if (args.first < 1 || args.first > 100) throw new AppError('BAD_USER_INPUT', 'PAGE_SIZE', { field: 'first' });
    if (args.types && args.types.length > 100)
      throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field: 'types', detail: { 'zh-CN': 'types：最多 100 项', en: 'types: at most 100' } });
    if (args.after != null && !/^\d{1,18}$/.test(args.after)) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: 'after' });
    if (args.from && args.to && !(args.from < args.to))
      throw new AppError('BAD_USER_INPUT', 'BAD_USER_INPUT', { field: 'to', detail: { 'zh-CN': 'to 须晚于 from', en: 'to must be after from' } });
    const communityId = (await ctx.access()).communityId!;
    const names = await visibleTypes(ctx);
    const types = [...names.keys()].filter((t) => !args.types?.length || args.types.includes(t));
    const where = ['community_id = ?', 'seq is not null', 'type = any(?::text[])'];
    const params: unknown[] = [communityId, pgArray(types)];
    if (args.after != null) {
      where.push('seq < ?');
      params.push(args.after);
    }
    if (args.subject) {
      const parsed = parseGlobalId(args.subject);
      if (!parsed) throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field: 'subject' });
      where.push('subject_type = ? and subject_id = ?::uuid');
      params.push(parsed.type, /^[0-9a-f-]{36}$/i.test(parsed.id) ? parsed.id : '00000000-0000-0000-0000-000000000000');
    }
    if (args.actor) {
      const membershipId = fromGlobalId(args.actor, 'Membership', 'actor');
      where.push('actor_account_id = (select account_id from membership where id = ?::uuid and community_id = ?)');
      params.push(/^[0-9a-f-]{36}$/i.test(membershipId) ? membershipId : '00000000-0000-0000-0000-000000000000', communityId);
    }
    if (args.from) {
      where.push('created_at >= ?');
      params.push(args.from);
    }
    if (args.to) {
      where.push('created_at < ?');
      params.push(args.to);
    }
    params.push(args.first + 1);
    const rows = (await ctx.em.getConnection().execute(`select * from outbox_event where ${where.join(' and ')} order by seq desc limit ?`, params)).map(
      toRecord,
    );
    const page = rows.slice(0, args.first);
    const people = [...new Set(page.map((r) => r.actorAccountId).filter((a): a is string => !!a))];
    const members: { id: string; account_id: string }[] = people.length
      ? await ctx.em
          .getConnection()
          .execute('select id, account_id from membership where community_id = ? and account_id = any(?::uuid[])', [communityId, pgArray(people)])
      : [];
    const memberOf = new Map(members.map((m) => [m.account_id, m.id]));
    const named = await accountNames(ctx.em, communityId, people);
    return {
      entries: page.map((e) => this.entry(e, names, memberOf, named)),
      endCursor: page.at(-1)?.seq ?? null,
      hasMore: rows.length > args.first,
    };
  }

  private entry(e: OutboxEventRecord, names: Map<string, string>, memberOf: Map<string, string>, named: Map<string, string>): AuditEntry {
    const member = e.actorAccountId ? memberOf.get(e.actorAccountId) : undefined;
    return {
      cursor: e.seq,
      type: e.type,
      typeName: names.get(e.type) ?? e.type,
      occurredAt: new Date(e.createdAt),
      subjectType: e.subjectType,
      subjectId: e.subjectType && e.subjectId ? toGlobalId(e.subjectType, e.subjectId) : null,
      actorKind: e.actorAccountId ? AuditActorKind.PERSON : e.actorApiKeyId ? AuditActorKind.API_KEY : AuditActorKind.SYSTEM,
      actorMembershipId: member ? toGlobalId('Membership', member) : null,
      actorName: e.actorAccountId && member ? (named.get(e.actorAccountId) ?? null) : null,
      data: e.data,
      rawSubjectType: e.subjectType,
      rawSubjectId: e.subjectId,
    };
  }

  @FieldResolver(() => Node, { nullable: true, description: '对象 — the subject, if the caller may read it now' })
  subject(@Root() a: AuditEntry, @Context() ctx: Ctx): Promise<object | null> | null {
    return a.rawSubjectType && a.rawSubjectId ? loadNode(ctx, a.rawSubjectType, a.rawSubjectId) : null;
  }
}
