// My sessions: each sign-in is one refresh-token family (rotated on every refresh). Listed and
// revoked by their owner; revoking one ends its refresh token and its access tokens at once.
import { Arg, Ctx as Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../context';
import { AppError, type UserErrorShape } from '../errors';
import { fromGlobalId, toGlobalId } from '../global-id';
import { mutate } from '../mutation';
import { Requires, SIGNED_IN } from '../requires';
import { UserError } from '../user-error';
import { listSessions, revokeSession } from './account-password.service';

@ObjectType({ description: '登录会话 — one sign-in of my account on a device (its refresh tokens)' })
class Session {
  @Field(() => ID, { description: '会话 ID — global id of the session' }) id!: string;
  @Field(() => Date, { description: '登录时间 — when the session signed in' }) signedInAt!: Date;
  @Field(() => Date, { description: '最近刷新 — when its tokens were last refreshed' }) lastRefreshedAt!: Date;
  @Field(() => Date, { description: '过期时间 — when it ends unless refreshed' }) expiresAt!: Date;
  @Field({ description: '当前会话 — whether this request comes from this session' }) current!: boolean;
}

@InputType({ description: '结束会话 — sign one of my sessions out' })
class SessionRevokeInput {
  @Field(() => ID, { description: '会话 — the session to end' }) id!: string;
}

@ObjectType({ description: '结束会话结果 — result of signing a session out' })
class SessionRevokePayload {
  @Field(() => Boolean, { nullable: true, description: '已结束 — true when the session was ended' }) revoked!: boolean | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@Resolver()
export class SessionResolver {
  @Query(() => [Session], { description: '我的登录会话 — my live sessions, most recently active first (at most 100)' })
  @Requires('tenancy', SIGNED_IN)
  async viewerSessions(@Context() ctx: Ctx): Promise<Session[]> {
    const accountId = ctx.viewer?.accountId;
    if (!accountId) throw new AppError('FORBIDDEN');
    return (await listSessions(ctx.em, accountId)).map((s) => ({
      id: toGlobalId('Session', s.id),
      signedInAt: s.signedInAt,
      lastRefreshedAt: s.lastRefreshedAt,
      expiresAt: s.expiresAt,
      current: s.id === ctx.viewer?.sessionId,
    }));
  }

  @Mutation(() => SessionRevokePayload, { description: '结束会话 — sign one of my sessions out (its refresh and access tokens stop working)' })
  @Requires('tenancy', SIGNED_IN)
  async sessionRevoke(
    @Arg('input', { description: '输入 — the mutation input' }) input: SessionRevokeInput,
    @Context() ctx: Ctx,
  ): Promise<SessionRevokePayload> {
    const accountId = ctx.viewer?.accountId;
    if (!accountId) throw new AppError('FORBIDDEN');
    const r = await mutate(ctx, async (em) => {
      await revokeSession(em, accountId, fromGlobalId(input.id, 'Session'));
      return true;
    });
    return { revoked: r.value, userErrors: r.userErrors };
  }
}
