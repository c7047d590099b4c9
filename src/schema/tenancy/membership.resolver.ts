// Members of the active community: accounts and their roles. Community admins create new logins
// as members, invite existing ones (成员邀请: the membership exists once the invitee accepts),
// change roles and deactivate memberships. Only a street or platform admin over the community
// attaches an existing login directly.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../context';
import { UserFacingError } from '../errors';
import { fromGlobalId } from '../global-id';
import { Connection, ConnectionArgs, paginate } from '../connection';
import { check, mutate, Payload } from '../mutation';
import { Requires, SIGNED_IN } from '../requires';
import { recordEvent } from '../../plugins/events/record-event';
import { Account } from '../identity/account.entity';
import { RoleKind } from './tenancy.enums';
import { Membership, MembershipInvitation } from './membership.entity';
import { Community } from './community.entity';
import { hashPassword, MIN_PASSWORD } from '../identity/password.service';
import { isValidMobile } from '../personal-values';
import { setAccountPhone } from '../personal-fields';
import { memberAccount } from './tenancy.edges';
import { personalDataKeysOf } from '../personal-crypto';
import { TENANCY_EVENTS } from './tenancy.events';

export const MembershipConnection = Connection(Membership, 'Membership', '成员');
export const MembershipPayload = Payload(Membership, 'membership', 'Membership', '成员');
const MembershipInvitationConnection = Connection(MembershipInvitation, 'MembershipInvitation', '成员邀请');
const MembershipInvitationPayload = Payload(MembershipInvitation, 'invitation', 'MembershipInvitation', '成员邀请');

/** An invitation addressed to the caller's login (in any community), or NOT_FOUND alike for any other. */
async function myInvitation(em: EntityManager, ctx: Ctx, id: string): Promise<{ inv: MembershipInvitation; account: Account }> {
  const accountId = ctx.viewer?.accountId;
  const account = accountId ? await em.findOne(Account, accountId) : null;
  const inv = account ? await em.findOne(MembershipInvitation, fromGlobalId(id, 'MembershipInvitation'), { filters: false }) : null;
  if (!account || !inv || inv.login !== account.login) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
  return { inv, account };
}

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

@InputType({ description: '邀请成员 — invite a login to join the community with roles' })
class MembershipInviteInput {
  @Field({ description: '账号 — login name to invite' }) login!: string;
  @Field(() => [RoleKind], { description: '角色 — roles offered in this community' }) roles!: RoleKind[];
  @Field(() => String, { nullable: true, description: '职务 — title offered, e.g. 网格长' }) title?: string | null;
}

@InputType({ description: '成员邀请 — one invitation' })
class MembershipInvitationInput {
  @Field(() => ID, { description: '邀请 — the invitation' }) id!: string;
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
  @Requires('tenancy', 'tenancy.membership.read')
  memberships(@Args() args: MembershipsArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, Membership, args.role ? { roles: { $contains: [args.role] } } : {}, args);
  }

  @FieldResolver(() => String, { description: "显示名 — the member's display name" })
  async displayName(@Root() m: Membership, @Context() ctx: Ctx): Promise<string> {
    return (await memberAccount(ctx, m))?.displayName ?? '';
  }

  @FieldResolver(() => String, { description: "账号 — the member's login name" })
  async login(@Root() m: Membership, @Context() ctx: Ctx): Promise<string> {
    return (await memberAccount(ctx, m))?.login ?? '';
  }

  @Mutation(() => MembershipPayload, {
    description:
      '添加成员 — create a new login with roles here; an existing login joins only by accepting an invitation (membershipInvite), unless a street or platform admin over this community adds it',
  })
  @Requires('tenancy', 'tenancy.membership.manage')
  async membershipAdd(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipAddInput, @Context() ctx: Ctx) {
    const access = await ctx.access();
    const communityId = access.communityId!;
    // Only an admin above the community may attach a login that exists (with its consent implied
    // by their office); a community admin may only create new ones.
    const above = access.roles.has('PLATFORM_ADMIN') || access.roles.has('STREET_ADMIN');
    // Hashed before the transaction, in a slot of the bounded hashing (no connection held meanwhile).
    const passwordHash =
      input.password && input.password.length >= MIN_PASSWORD && input.password.length <= 200
        ? await ctx.app.credentials.hash(() => hashPassword(input.password!))
        : null;
    return mutate(ctx, async (em) => {
      const data = check(addSchema, input);
      let account = await em.findOne(Account, { login: data.login });
      // A member of this community already: its admins see the member list anyway.
      if (account && (await em.findOne(Membership, { account, communityId })))
        throw new UserFacingError('ALREADY_EXISTS', ['input', 'login'], { what: '成员' });
      // Otherwise a missing password answers alike whether or not the login exists elsewhere.
      if (!above && !data.password) throw new UserFacingError('PASSWORD_WEAK', ['input', 'password']);
      if (!account) {
        if (!data.password) throw new UserFacingError('PASSWORD_WEAK', ['input', 'password']);
        account = em.create(Account, {
          login: data.login,
          displayName: data.displayName,
          passwordHash: passwordHash!,
        });
        setAccountPhone(personalDataKeysOf(em), account, data.phone ?? null);
      } else if (!above) {
        // Creating a login whose name is taken fails, as any sign-up does; nothing of the account
        // is shown or touched. A person who has a login is invited instead (membershipInvite).
        throw new UserFacingError('LOGIN_TAKEN', ['input', 'login']);
      }
      const m = em.create(Membership, { communityId, account, roles: data.roles, title: data.title ?? null });
      recordEvent(em, TENANCY_EVENTS.MemberAdded, { communityId, subject: { type: 'Membership', id: m.id } });
      return m;
    });
  }

  @Mutation(() => MembershipInvitationPayload, {
    description:
      '邀请成员 — invite a login to join with roles; it becomes a member when it accepts (membershipInvitationAccept). Answers alike whether or not the login exists',
  })
  @Requires('tenancy', 'tenancy.membership.manage')
  async membershipInvite(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipInviteInput, @Context() ctx: Ctx) {
    const communityId = (await ctx.access()).communityId!;
    return mutate(ctx, async (em) => {
      const data = check(addSchema.pick({ login: true, roles: true, title: true }), input);
      // Sent again: the latest roles and title count.
      const inv = (await em.findOne(MembershipInvitation, { login: data.login })) ?? em.create(MembershipInvitation, { communityId, login: data.login });
      inv.roles = data.roles;
      inv.title = data.title ?? null;
      inv.invitedBy = ctx.viewer?.accountId ?? null;
      inv.updatedAt = new Date();
      return inv;
    });
  }

  @Query(() => MembershipInvitationConnection, { description: '成员邀请 — invitations of this community not yet accepted or declined' })
  @Requires('tenancy', 'tenancy.membership.read')
  membershipInvitations(@Args() args: ConnectionArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, MembershipInvitation, {}, args);
  }

  @Mutation(() => MembershipInvitationPayload, { description: '撤回邀请 — withdraw an invitation of this community' })
  @Requires('tenancy', 'tenancy.membership.manage')
  async membershipInvitationRevoke(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipInvitationInput, @Context() ctx: Ctx) {
    return mutate(ctx, async (em) => {
      const inv = await em.findOne(MembershipInvitation, fromGlobalId(input.id, 'MembershipInvitation'));
      if (!inv) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      em.remove(inv);
      return inv;
    });
  }

  @Mutation(() => MembershipPayload, { description: '接受邀请 — accept an invitation addressed to my login: I become a member with its roles' })
  @Requires('tenancy', SIGNED_IN)
  async membershipInvitationAccept(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipInvitationInput, @Context() ctx: Ctx) {
    return mutate(ctx, async (em) => {
      const { inv, account } = await myInvitation(em, ctx, input.id);
      // A membership deactivated earlier comes back with the invitation's roles.
      const existing = await em.findOne(Membership, { account, communityId: inv.communityId }, { filters: false });
      const m = existing ?? em.create(Membership, { communityId: inv.communityId, account, roles: inv.roles, title: inv.title });
      m.roles = inv.roles;
      m.title = inv.title;
      m.active = true;
      em.remove(inv);
      recordEvent(em, existing ? TENANCY_EVENTS.MemberUpdated : TENANCY_EVENTS.MemberAdded, {
        communityId: inv.communityId,
        subject: { type: 'Membership', id: m.id },
        ...(existing ? { data: {} } : {}),
      });
      return m;
    });
  }

  @Mutation(() => MembershipInvitationPayload, { description: '拒绝邀请 — decline an invitation addressed to my login' })
  @Requires('tenancy', SIGNED_IN)
  async membershipInvitationDecline(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipInvitationInput, @Context() ctx: Ctx) {
    return mutate(ctx, async (em) => {
      const { inv } = await myInvitation(em, ctx, input.id);
      em.remove(inv);
      return inv;
    });
  }

  @Mutation(() => MembershipPayload, { description: '修改成员 — change roles, title, or deactivate' })
  @Requires('tenancy', 'tenancy.membership.manage')
  async membershipUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: MembershipUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const m = await em.findOne(Membership, fromGlobalId(input.id, 'Membership'));
      if (!m) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (input.roles) m.roles = check(addSchema.pick({ roles: true }), { roles: input.roles }).roles;
      if (input.title !== undefined) m.title = input.title;
      if (input.active != null) m.active = input.active;
      recordEvent(em, TENANCY_EVENTS.MemberUpdated, { communityId, subject: { type: 'Membership', id: m.id } });
      return m;
    });
  }
}

@Resolver(() => MembershipInvitation)
export class MembershipInvitationResolver {
  @FieldResolver(() => Community, { description: '社区 — the community that invites' })
  async community(@Root() inv: MembershipInvitation, @Context() ctx: Ctx): Promise<Community> {
    return (await ctx.loaders.entity(Community).load(inv.communityId))!;
  }
}
