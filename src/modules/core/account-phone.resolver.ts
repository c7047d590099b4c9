// An account's mobile number: its owner reads it in clear (`me { phone }`, and on their own
// membership); on anyone else's membership it is masked (138****5678) unless the reader asks for it
// unmasked and holds core.resident.readPersonal — then the read is logged like a resident's.
// Opened only when selected: a wrong key then fails this field, not the login that returns `me`.
import { Arg, Ctx as Context, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { Ctx } from '../../schema/context';
import { AppError } from '../../schema/errors';
import { PersonalDataKeyError, personalDataKeysOf } from '../../schema/personal-crypto';
import { Account } from '../../schema/identity/account.entity';
import { Me } from '../../schema/identity/auth.resolver';
import { Membership } from '../../schema/tenancy/membership.entity';
import { memberAccount } from '../../schema/tenancy/tenancy.edges';
import { logUnmaskedRead, maskPhone, openAccountPhone } from './personal-data.service';

/** The account's phone in clear, or PERSONAL_DATA_KEY when no configured key opens it. */
export function accountPhone(ctx: Ctx, account: Account): string | null {
  try {
    return openAccountPhone(personalDataKeysOf(ctx.em), account);
  } catch (e) {
    if (!(e instanceof PersonalDataKeyError)) throw e;
    ctx.app.log.error({ err: e.message, subjectId: account.id, field: 'phone' }, 'personal data does not decrypt');
    throw new AppError('PERSONAL_DATA_KEY');
  }
}

@Resolver(() => Membership)
export class MembershipPhoneResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: "手机号 — the member's mobile number, masked (138****5678) unless it is yours, or unmasked is asked and permitted (logged)",
  })
  async phone(
    @Root() m: Membership,
    @Context() ctx: Ctx,
    @Arg('unmasked', { defaultValue: false, description: '明文 — return the full number (logged)' }) unmasked: boolean,
    @Arg('reason', () => String, { nullable: true, description: '用途 — why the full number is needed (kept in the access log)' }) reason: string | null,
    @Info() info: GraphQLResolveInfo,
  ): Promise<string | null> {
    const own = !!ctx.viewer?.accountId && !ctx.viewer.apiKey && ctx.viewer.accountId === m.account.id;
    if (unmasked && !own && !(await ctx.can('core.resident.readPersonal'))) throw new AppError('FORBIDDEN');
    const account = await memberAccount(ctx, m);
    const phone = account && accountPhone(ctx, account);
    if (!phone) return null;
    if (own) return phone;
    if (!unmasked) return maskPhone(phone);
    await logUnmaskedRead(ctx, {
      subjectType: 'Account',
      subjectId: m.account.id,
      field: 'phone',
      reason: reason?.trim().slice(0, 200) || `operation ${info.operation.name?.value ?? '(anonymous)'}`,
    });
    return phone;
  }
}

@Resolver(() => Me)
export class MePhoneResolver {
  @FieldResolver(() => String, { nullable: true, description: '手机号 — my mobile number (in clear: it is my own)' })
  async phone(@Root() me: Me, @Context() ctx: Ctx): Promise<string | null> {
    const account = await ctx.loaders.entity(Account).load(me.accountId);
    return account && accountPhone(ctx, account);
  }
}
