// accountPasswordChange (the owner, knowing the current password) and membershipPasswordReset (a
// community's admin for one of its members: a temporary password, changed at the next sign-in).
import { Arg, Ctx as Context, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Ctx } from '../context';
import { AppError, UserFacingError, type UserErrorShape } from '../errors';
import { fromGlobalId } from '../global-id';
import { mutate } from '../mutation';
import { PASSWORD_CHANGE, Requires } from '../requires';
import { UserError } from '../user-error';
import { Membership } from '../tenancy/membership.entity';
import { Account, StreetAdmin } from './account.entity';
import { hashPassword } from './password.service';
import { changePassword, storePassword, temporaryPassword } from './account-password.service';

@InputType({ description: '修改密码 — change my password (the current one is needed)' })
class AccountPasswordChangeInput {
  @Field({ description: '当前密码 — my current (or temporary) password' }) currentPassword!: string;
  @Field({ description: '新密码 — the new password (8–200 characters, not the current one)' }) newPassword!: string;
}

@ObjectType({ description: '修改密码结果 — result of changing my password' })
class AccountPasswordChangePayload {
  @Field(() => Boolean, { nullable: true, description: '已修改 — true when the password was changed' }) changed!: boolean | null;
  @Field(() => Int, { nullable: true, description: '结束的其他会话 — how many of my other sessions were signed out' })
  revokedSessions!: number | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@InputType({ description: '重置成员密码 — reset the password of a member of this community' })
class MembershipPasswordResetInput {
  @Field(() => ID, { description: '成员 — the membership whose login gets a temporary password' }) id!: string;
}

@ObjectType({ description: '重置密码结果 — a temporary password, shown only this once' })
class MembershipPasswordResetPayload {
  @Field(() => Membership, { nullable: true, description: '成员 — the member' }) membership!: Membership | null;
  @Field(() => String, {
    nullable: true,
    description: '临时密码 — hand it to the member; it works once, for changing the password at the next sign-in, and cannot be shown again',
  })
  temporaryPassword!: string | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@Resolver()
export class AccountPasswordResolver {
  @Mutation(() => AccountPasswordChangePayload, {
    description: '修改密码 — change my password with the current one; my other sessions are signed out. Works while a change is required',
  })
  @Requires('tenancy', PASSWORD_CHANGE)
  async accountPasswordChange(
    @Arg('input', { description: '输入 — the mutation input' }) input: AccountPasswordChangeInput,
    @Context() ctx: Ctx,
  ): Promise<AccountPasswordChangePayload> {
    const accountId = ctx.viewer?.accountId;
    if (!accountId) throw new AppError('FORBIDDEN');
    // Checked and hashed outside the transaction, in the bounded hashing slots (no connection held).
    let hash: string;
    try {
      hash = (await changePassword(ctx.em, ctx.app.credentials, accountId, ctx.clientIp, input)).hash;
    } catch (e) {
      if (e instanceof UserFacingError) return { changed: null, revokedSessions: null, userErrors: [e.toUserError(ctx.lang)] };
      throw e;
    }
    const r = await mutate(ctx, (em) => storePassword(em, accountId, hash, { required: false, keepSessionId: ctx.viewer?.sessionId ?? null }));
    return { changed: r.value === null ? null : true, revokedSessions: r.value, userErrors: r.userErrors };
  }

  @Mutation(() => MembershipPasswordResetPayload, {
    description:
      '重置成员密码 — give a member a temporary password they must change at the next sign-in; their sessions end. A login that also belongs to other communities, or holds street or platform rights, only a platform admin may reset',
  })
  @Requires('tenancy', 'tenancy.membership.manage')
  async membershipPasswordReset(
    @Arg('input', { description: '输入 — the mutation input' }) input: MembershipPasswordResetInput,
    @Context() ctx: Ctx,
  ): Promise<MembershipPasswordResetPayload> {
    const access = await ctx.access();
    const plain = temporaryPassword();
    const hash = await ctx.app.credentials.hash(() => hashPassword(plain));
    const r = await mutate(ctx, async (em) => {
      // Tenant-filtered: a membership of another community is not found.
      const m = await em.findOne(Membership, fromGlobalId(input.id, 'Membership'));
      if (!m) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const account = await em.findOneOrFail(Account, m.account.id);
      if (!access.roles.has('PLATFORM_ADMIN')) {
        // A community admin holds the keys of their own community only: a login that also acts
        // elsewhere (another community, a street, the platform) would hand them that reach too.
        const elsewhere = await em.count(Membership, { account, active: true, communityId: { $ne: m.communityId } }, { filters: false });
        const street = await em.count(StreetAdmin, { account });
        if (elsewhere || street || account.platformAdmin) throw new UserFacingError('PASSWORD_RESET_NOT_ALLOWED', ['input', 'id']);
      }
      await storePassword(em, account.id, hash, { required: true, keepSessionId: null });
      return m;
    });
    return { membership: r.value, temporaryPassword: r.value ? plain : null, userErrors: r.userErrors };
  }
}
