// Platform administration of logins: disabling an account ends its sessions at once (refresh
// tokens revoked; access tokens stop working because access checks read the flag).
import { Arg, Ctx as Context, Field, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import type { Ctx } from '../context';
import { AppError, UserFacingError, type UserErrorShape } from '../errors';
import { mutate } from '../mutation';
import { Requires, SIGNED_IN } from '../requires';
import { UserError } from '../user-error';
import { Account } from './account.entity';
import { RefreshToken } from './auth.entity';
import { recordEvent } from '../../plugins/events/record-event';
import { TENANCY_EVENTS } from '../tenancy/tenancy.events';

@InputType({ description: '停用或启用账号 — disable or re-enable a login (platform admin)' })
class AccountSetDisabledInput {
  @Field({ description: '账号 — login name' }) login!: string;
  @Field({ description: '停用 — true disables the login and ends its sessions' }) disabled!: boolean;
}

@ObjectType({ description: '账号停用结果 — result of disabling or enabling a login' })
class AccountSetDisabledPayload {
  @Field(() => Boolean, { nullable: true, description: "已停用 — the account's disabled flag now" }) disabled!: boolean | null;
  @Field(() => [UserError], { description: '用户错误 — expected failures' }) userErrors!: UserErrorShape[];
}

@Resolver()
export class AccountResolver {
  @Mutation(() => AccountSetDisabledPayload, { description: '停用或启用账号 — disable or re-enable a login (platform admin)' })
  @Requires('tenancy', SIGNED_IN)
  async accountSetDisabled(
    @Arg('input', { description: '输入 — the mutation input' }) input: AccountSetDisabledInput,
    @Context() ctx: Ctx,
  ): Promise<AccountSetDisabledPayload> {
    if (!ctx.viewer?.platformAdmin) throw new AppError('FORBIDDEN');
    const r = await mutate(ctx, async (em) => {
      const account = await em.findOne(Account, { login: input.login.trim().toLowerCase() });
      if (!account) throw new UserFacingError('NOT_FOUND', ['input', 'login']);
      account.disabled = input.disabled;
      if (input.disabled) await em.nativeUpdate(RefreshToken, { accountId: account.id, revokedAt: null }, { revokedAt: new Date() });
      recordEvent(em, input.disabled ? TENANCY_EVENTS.AccountDisabled : TENANCY_EVENTS.AccountEnabled, {
        communityId: null,
        subject: { type: 'Account', id: account.id },
      });
      return account.disabled;
    });
    return { disabled: r.value, userErrors: r.userErrors };
  }
}
