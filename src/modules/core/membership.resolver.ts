// Members of the active community: accounts and their roles. Community admins add people
// (creating their login when needed), change roles, and deactivate memberships.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Account } from './account.entity';
import { RoleKind } from './core.enums';
import { Membership } from './membership.entity';
import { hashPassword, MIN_PASSWORD } from './password.service';
import { isValidMobile, setAccountPhone } from './personal-data.service';
import { personalDataKeysOf } from '../../schema/personal-crypto';
import { CORE_EVENTS } from './core.events';

export const MembershipConnection = Connection(Membership, 'Membership', '成员');
export const MembershipPayload = Payload(Membership, 'membership', 'Membership', '成员');

@ArgsType()
class MembershipsArgs extends ConnectionArgs {
  @Field(() => RoleKind, { nullable: true, description: '角色 — only members holding this role' }) role?: RoleKind | null;
}

@InputType({ description: '添加成员 — add a person to the community with roles (creates the login if new)' })
class MembershipAddInput {
  @Field({ description: '账号 — login name' }) login!: string;
  @Field({ description: '显示名 — display name' }) displayName!: string;
  @Field(() => String, { nullable: true, description: '初始密码 — initial password for a new login (≥ 8 characters)' }) password?: string | null;
  @Field(() => String, { nullable: true, description: '手机号 — mobile number' }) phone?: string | null;
  @Field(() => [RoleKind], { description: '角色 — roles in this community' }) roles!: RoleKind[];
  @Field(() => String, { nullable: true, description: '职务 — title, e.g. 网格长' }) title?: string | null;
}

@InputType({ description: '修改成员 — change roles, title or deactivate' })
class MembershipUpdateInput {
  @Field(() => ID, { description: '成员 — the membership' }) id!: string;
  @Field(() => [RoleKind], { nullable: true, description: '角色 — roles (replaces)' }) roles?: RoleKind[] | null;
  @Field(() => String, { nullable: true, description: '职务 — title' }) title?: string | null;
  @Field(() => Boolean, { nullable: true, description: '有效 — false deactivates the membership' }) active?: boolean | null;
}

const ABOVE_COMMUNITY = [RoleKind.STREET_ADMIN, RoleKind.PLATFORM_ADMIN];
const addSchema = z.object({
  login: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9_.@-]{3,60}$/, '3–60 letters, digits or _.@-'),
  displayName: z.string().trim().min(1).max(50),
  password: z.string().min(MIN_PASSWORD, 'PASSWORD_WEAK').max(200).nullish(),
  phone: z.string().trim().refine(isValidMobile, 'PHONE_INVALID').nullish(),
  roles: z
    .array(z.nativeEnum(RoleKind))
    .min(1)
    .refine((r) => !r.some((x) => ABOVE_COMMUNITY.includes(x)), 'street/platform roles are not granted here'),
  title: z.string().trim().max(30).nullish(),
});

@Resolver(() => Membership)
export class MembershipResolver {
  @Query(() => MembershipConnection, { description: '成员列表 — members of the community' })
  @Requires('core', 'core.membership.read')
  memberships(@Args() args: MembershipsArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, Membership, args.role ? { roles: { $contains: [args.role] } } : {}, args);
  }

  @FieldResolver(() => String, { description: "显示名 — the member's display name" })
  async displayName(@Root() m: Membership, @Context() ctx: Ctx): Promise<string> {
    return (await ctx.loaders.entity(Account).load(m.account.id))?.displayName ?? '';
  }

  @FieldResolver(() => String, { description: "账号 — the member's login name" })
  async login(@Root() m: Membership, @Context() ctx: Ctx): Promise<string> {
    return (await ctx.loaders.entity(Account).load(m.account.id))?.login ?? '';
  }

  @Mutation(() => MembershipPayload, { description: '添加成员 — add a person with roles' })
  @Requires('core', 'core.membership.manage')
  async membershipAdd(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipAddInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const data = check(addSchema, input);
      let account = await em.findOne(Account, { login: data.login });
      if (!account) {
        if (!data.password) throw new UserFacingError('PASSWORD_WEAK', ['input', 'password']);
        account = em.create(Account, {
          login: data.login,
          displayName: data.displayName,
          passwordHash: await hashPassword(data.password),
        });
        setAccountPhone(personalDataKeysOf(em), account, data.phone ?? null);
      } else if (await em.findOne(Membership, { account, communityId: communityId! })) {
        throw new UserFacingError('ALREADY_EXISTS', ['input', 'login'], { what: '成员' });
      }
      const m = em.create(Membership, { communityId: communityId!, account, roles: data.roles, title: data.title ?? null });
      recordEvent(em, CORE_EVENTS.MemberAdded, { communityId, subject: { type: 'Membership', id: m.id } });
      return m;
    });
  }

  @Mutation(() => MembershipPayload, { description: '修改成员 — change roles, title, or deactivate' })
  @Requires('core', 'core.membership.manage')
  async membershipUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const m = await em.findOne(Membership, fromGlobalId(input.id, 'Membership'));
      if (!m) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (input.roles) m.roles = check(addSchema.pick({ roles: true }), { roles: input.roles }).roles;
      if (input.title !== undefined) m.title = input.title;
      if (input.active != null) m.active = input.active;
      recordEvent(em, CORE_EVENTS.MemberUpdated, { communityId, subject: { type: 'Membership', id: m.id } });
      return m;
    });
  }
}
