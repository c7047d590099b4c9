// authLogin / authRefresh / authLogout and `me`.
import { Arg, Ctx as Context, Field, ID, InputType, Mutation, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Ctx } from '../context';
import { mutate } from '../mutation';
import { PUBLIC, Requires, SIGNED_IN } from '../requires';
import { UserError } from '../user-error';
import { AppError, UserFacingError, type UserErrorShape } from '../errors';
import { fromGlobalId, toGlobalId } from '../global-id';
import { Account } from './account.entity';
import { Community } from '../tenancy/community.entity';
import { Membership, MembershipInvitation } from '../tenancy/membership.entity';
import { RoleKind } from '../tenancy/tenancy.enums';
import { login, logout, refresh, verifyLogin, type IssuedTokens } from './auth.service';

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
  @Field(() => Community, { nullable: true, description: '默认社区 — where I land when I sign in without naming a community (else my oldest membership)' })
  defaultCommunity!: Community | null;
  @Field(() => [MembershipInvitation], { description: '成员邀请 — invitations to join other communities, waiting for my answer' })
  invitations!: MembershipInvitation[];
}

@InputType({ description: '设置默认社区 — choose the community I land in when I sign in' })
class AccountSetDefaultCommunityInput {
  @Field(() => ID, { description: '社区 — one of my communities' })
  community!: string;
}

@ObjectType({ description: '默认社区设置结果 — result of choosing my default community' })
class AccountSetDefaultCommunityPayload {
  @Field(() => Me, { nullable: true, description: '当前用户 — the signed-in account' })
  me!: Me | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' })
  userErrors!: UserErrorShape[];
}

/** What a client does after signing in: go on, or make the user change the password first. */
export enum AuthState {
  SIGNED_IN = 'SIGNED_IN',
  PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED',
}
registerEnumType(AuthState, {
  name: 'AuthState',
  description: '登录状态 — what the signed-in session may do now',
  valuesConfig: {
    SIGNED_IN: { description: '已登录 — the session works as the account’s roles allow' },
    PASSWORD_CHANGE_REQUIRED: {
      description: '须修改密码 — an administrator reset the password: only accountPasswordChange works until it is changed',
    },
  },
});

@ObjectType({ description: '登录结果 — tokens after login or refresh' })
class AuthPayload {
  @Field(() => AuthState, { nullable: true, description: '登录状态 — SIGNED_IN, or PASSWORD_CHANGE_REQUIRED: change the password before anything else' })
  state!: AuthState | null;
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
  // A token outlives its account when the account is deleted: that caller is nobody now.
  const account = await em.findOne(Account, accountId);
  if (!account) throw new AppError('UNAUTHENTICATED', 'TOKEN_INVALID');
  const memberships = await em.find(Membership, { account: accountId, active: true }, { filters: false });
  const communities = await em.find(Community, { id: { $in: memberships.map((m) => m.communityId).concat(communityId ?? []) } });
  const byId = new Map(communities.map((c) => [c.id, c]));
  const defaultId = memberships.some((m) => m.communityId === account.defaultCommunityId) ? account.defaultCommunityId : null;
  const invitations = await em.find(MembershipInvitation, { login: account.login }, { filters: false, orderBy: { createdAt: 'asc' } });
  return {
    id: toGlobalId('Account', account.id),
    login: account.login,
    displayName: account.displayName,
    platformAdmin: account.platformAdmin,
    accountId: account.id,
    activeCommunity: communityId ? (byId.get(communityId) ?? null) : null,
    memberships: memberships.map((m) => ({ community: byId.get(m.communityId)!, roles: m.roles, title: m.title })),
    defaultCommunity: defaultId ? (byId.get(defaultId) ?? null) : null,
    invitations,
  };
}

const communityArg = (id?: string | null) => (id ? fromGlobalId(id, 'Community') : null);

@Resolver()
export class AuthResolver {
  @Query(() => Me, { description: '当前用户 — the signed-in account and its communities' })
  @Requires('tenancy', SIGNED_IN)
  async me(@Context() ctx: Ctx): Promise<Me> {
    if (!ctx.viewer?.accountId) throw new AppError('UNAUTHENTICATED');
    // Only a community the caller holds a role in: a header or a stale token names none of theirs.
    return meOf(ctx, ctx.viewer.accountId, (await ctx.access()).communityId);
  }

  @Mutation(() => AuthPayload, { description: '登录 — sign in; returns an access token and a refresh token' })
  @Requires('tenancy', PUBLIC)
  async authLogin(@Arg('input', { description: '输入 — the mutation input' }) input: AuthLoginInput, @Context() ctx: Ctx): Promise<AuthPayload> {
    const guard = ctx.app.credentials;
    // Throttled before anything is looked up or hashed; known and unknown logins are counted alike.
    await guard.beforePassword(input.login, ctx.clientIp);
    const account = await verifyLogin(ctx.em, guard, input.login, input.password);
    if (!account) {
      await guard.passwordFailed(input.login, ctx.clientIp);
      return this.refused(ctx, new UserFacingError('INVALID_CREDENTIALS', ['input', 'password']));
    }
    await guard.passwordSucceeded(input.login, ctx.clientIp);
    return this.tokens(ctx, (em) => login(em, ctx.app.tokens, account.id, communityArg(input.community)));
  }

  @Mutation(() => AuthPayload, { description: '刷新令牌 — rotate a refresh token; reusing a spent one revokes its family' })
  @Requires('tenancy', PUBLIC)
  async authRefresh(@Arg('input', { description: '输入 — the mutation input' }) input: AuthRefreshInput, @Context() ctx: Ctx): Promise<AuthPayload> {
    await ctx.app.credentials.beforeCredential(ctx.clientIp);
    const r = await this.tokens(ctx, (em) => refresh(em, ctx.app.tokens, input.refreshToken, communityArg(input.community)));
    if (r.userErrors.some((e) => e.code === 'TOKEN_INVALID')) await ctx.app.credentials.credentialFailed(ctx.clientIp);
    return r;
  }

  @Mutation(() => AuthLogoutPayload, { description: '退出登录 — revoke the refresh token and its family' })
  @Requires('tenancy', PUBLIC)
  async authLogout(@Arg('input', { description: '输入 — the mutation input' }) input: AuthLogoutInput, @Context() ctx: Ctx): Promise<AuthLogoutPayload> {
    // `revoked` tells whether the token exists: guessing at it is counted like a wrong refresh token.
    await ctx.app.credentials.beforeCredential(ctx.clientIp);
    const r = await mutate(ctx, (em) => logout(em, input.refreshToken));
    if (r.value === false) await ctx.app.credentials.credentialFailed(ctx.clientIp);
    return { revoked: !!r.value, userErrors: r.userErrors };
  }

  @Mutation(() => AccountSetDefaultCommunityPayload, { description: '设置默认社区 — choose which of my communities I land in when I sign in' })
  @Requires('tenancy', SIGNED_IN)
  async accountSetDefaultCommunity(
    @Arg('input', { description: '输入 — the mutation input' }) input: AccountSetDefaultCommunityInput,
    @Context() ctx: Ctx,
  ): Promise<AccountSetDefaultCommunityPayload> {
    const accountId = ctx.viewer?.accountId;
    if (!accountId) throw new AppError('FORBIDDEN');
    const r = await mutate(ctx, async (em) => {
      const communityId = fromGlobalId(input.community, 'Community', 'community');
      const account = await em.findOneOrFail(Account, accountId);
      if (!(await em.findOne(Membership, { account, communityId, active: true }, { filters: false })))
        throw new UserFacingError('NOT_FOUND', ['input', 'community']);
      account.defaultCommunityId = communityId;
      return account;
    });
    return { me: r.value ? await meOf(ctx, accountId, (await ctx.access()).communityId) : null, userErrors: r.userErrors };
  }

  private refused(ctx: Ctx, e: UserFacingError): AuthPayload {
    return { state: null, accessToken: null, accessTokenExpiresAt: null, refreshToken: null, me: null, userErrors: [e.toUserError(ctx.lang)] };
  }

  private async tokens(ctx: Ctx, fn: Parameters<typeof mutate<IssuedTokens>>[1]): Promise<AuthPayload> {
    const r = await mutate(ctx, fn);
    if (!r.value) return { state: null, accessToken: null, accessTokenExpiresAt: null, refreshToken: null, me: null, userErrors: r.userErrors };
    return {
      state: r.value.account.passwordChangeRequired ? AuthState.PASSWORD_CHANGE_REQUIRED : AuthState.SIGNED_IN,
      accessToken: r.value.accessToken,
      accessTokenExpiresAt: r.value.accessTokenExpiresAt,
      refreshToken: r.value.refreshToken,
      me: await meOf(ctx, r.value.account.id, r.value.communityId),
      userErrors: [],
    };
  }
}
