// authLogin / authRefresh / authLogout and `me`.
import { Arg, Ctx as Context, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { mutate } from '../../schema/mutation';
import { PUBLIC, Requires, SIGNED_IN } from '../../schema/requires';
import { UserError } from '../../schema/user-error';
import { AppError, type UserErrorShape } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { Account } from './account.entity';
import { Community } from './community.entity';
import { Membership } from './membership.entity';
import { RoleKind } from './core.enums';
import { login, logout, refresh, type IssuedTokens } from './auth.service';

@InputType({ description: '登录 — login with name or phone and password' })
class AuthLoginInput {
  @Field({ description: '账号 — login name or mobile number' })
  login!: string;
  @Field({ description: '密码 — password' })
  password!: string;
  @Field(() => ID, { nullable: true, description: '社区 — community to act in (needed when you belong to several)' })
  community?: string | null;
}

@InputType({ description: '刷新令牌 — exchange a refresh token for new tokens' })
class AuthRefreshInput {
  @Field({ description: '刷新令牌 — the refresh token (single use, rotated)' })
  refreshToken!: string;
  @Field(() => ID, { nullable: true, description: '社区 — switch the active community' })
  community?: string | null;
}

@InputType({ description: '退出登录 — revoke a refresh token and its family' })
class AuthLogoutInput {
  @Field({ description: '刷新令牌 — the refresh token to revoke' })
  refreshToken!: string;
}

@ObjectType({ description: '我的成员身份 — one of my communities and my roles there' })
class MyMembership {
  @Field(() => Community, { description: '社区 — the community' })
  community!: Community;
  @Field(() => [RoleKind], { description: '角色 — my roles there' })
  roles!: RoleKind[];
  @Field(() => String, { nullable: true, description: '职务 — title' })
  title!: string | null;
}

@ObjectType({ description: '当前用户 — the signed-in account' })
export class Me {
  /** Raw account id, for field resolvers of other files (the phone: account-phone.resolver.ts). */
  accountId!: string;
  @Field(() => ID, { description: '账号 ID — global id of the account' })
  id!: string;
  @Field({ description: '账号 — login name' })
  login!: string;
  @Field({ description: '显示名 — display name' })
  displayName!: string;
  @Field({ description: '平台管理员 — platform administrator' })
  platformAdmin!: boolean;
  @Field(() => Community, { nullable: true, description: '当前社区 — active community of this token' })
  activeCommunity!: Community | null;
  @Field(() => [MyMembership], { description: '我的社区 — all my communities and roles' })
  memberships!: MyMembership[];
}

@ObjectType({ description: '登录结果 — tokens after login or refresh' })
class AuthPayload {
  @Field(() => String, { nullable: true, description: '访问令牌 — short-lived JWT for the Authorization header' })
  accessToken!: string | null;
  @Field(() => Date, { nullable: true, description: '访问令牌过期时间 — when the access token expires' })
  accessTokenExpiresAt!: Date | null;
  @Field(() => String, { nullable: true, description: '刷新令牌 — single-use token to get new tokens' })
  refreshToken!: string | null;
  @Field(() => Me, { nullable: true, description: '当前用户 — the signed-in account' })
  me!: Me | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' })
  userErrors!: UserErrorShape[];
}

@ObjectType({ description: '退出结果 — result of logout' })
class AuthLogoutPayload {
  @Field({ description: '已退出 — whether a token family was revoked' })
  revoked!: boolean;
  @Field(() => [UserError], { description: '用户错误 — expected failures' })
  userErrors!: UserErrorShape[];
}

async function meOf(ctx: Ctx, accountId: string, communityId: string | null): Promise<Me> {
  const em = ctx.em;
  const account = await em.findOneOrFail(Account, accountId);
  const memberships = await em.find(Membership, { account: accountId, active: true }, { filters: false });
  const communities = await em.find(Community, { id: { $in: memberships.map((m) => m.communityId).concat(communityId ?? []) } });
  const byId = new Map(communities.map((c) => [c.id, c]));
  return {
    id: toGlobalId('Account', account.id),
    login: account.login,
    displayName: account.displayName,
    platformAdmin: account.platformAdmin,
    accountId: account.id,
    activeCommunity: communityId ? (byId.get(communityId) ?? null) : null,
    memberships: memberships.map((m) => ({ community: byId.get(m.communityId)!, roles: m.roles, title: m.title })),
  };
}

const communityArg = (id?: string | null) => (id ? fromGlobalId(id, 'Community') : null);

@Resolver()
export class AuthResolver {
  @Query(() => Me, { description: '当前用户 — the signed-in account and its communities' })
  @Requires('core', SIGNED_IN)
  async me(@Context() ctx: Ctx): Promise<Me> {
    if (!ctx.viewer?.accountId) throw new AppError('UNAUTHENTICATED');
    // Only a community the caller holds a role in: a header or a stale token names none of theirs.
    return meOf(ctx, ctx.viewer.accountId, (await ctx.access()).communityId);
  }

  @Mutation(() => AuthPayload, { description: '登录 — sign in; returns an access token and a refresh token' })
  @Requires('core', PUBLIC)
  async authLogin(@Arg('input', { description: '输入 — the mutation input' }) input: AuthLoginInput, @Context() ctx: Ctx): Promise<AuthPayload> {
    return this.tokens(ctx, (em) => login(em, ctx.app.tokens, input.login, input.password, communityArg(input.community)));
  }

  @Mutation(() => AuthPayload, { description: '刷新令牌 — rotate a refresh token; reusing a spent one revokes its family' })
  @Requires('core', PUBLIC)
  async authRefresh(@Arg('input', { description: '输入 — the mutation input' }) input: AuthRefreshInput, @Context() ctx: Ctx): Promise<AuthPayload> {
    return this.tokens(ctx, (em) => refresh(em, ctx.app.tokens, input.refreshToken, communityArg(input.community)));
  }

  @Mutation(() => AuthLogoutPayload, { description: '退出登录 — revoke the refresh token and its family' })
  @Requires('core', PUBLIC)
  async authLogout(@Arg('input', { description: '输入 — the mutation input' }) input: AuthLogoutInput, @Context() ctx: Ctx): Promise<AuthLogoutPayload> {
    const r = await mutate(ctx, (em) => logout(em, input.refreshToken));
    return { revoked: !!r.value, userErrors: r.userErrors };
  }

  private async tokens(ctx: Ctx, fn: Parameters<typeof mutate<IssuedTokens>>[1]): Promise<AuthPayload> {
    const r = await mutate(ctx, fn);
    if (!r.value) return { accessToken: null, accessTokenExpiresAt: null, refreshToken: null, me: null, userErrors: r.userErrors };
    return {
      accessToken: r.value.accessToken,
      accessTokenExpiresAt: r.value.accessTokenExpiresAt,
      refreshToken: r.value.refreshToken,
      me: await meOf(ctx, r.value.account.id, r.value.communityId),
      userErrors: [],
    };
  }
}
