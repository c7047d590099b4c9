// An account's roles inside one community. One person can hold several roles.
import { ArrayType, Entity, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../global-id';
import { Node } from '../node';
import { Account } from '../identity/account.entity';
import { RoleKind } from './tenancy.enums';

@ObjectType('Membership', { implements: Node, description: "成员身份 — an account's roles in one community" })
@Entity({ tableName: 'membership' })
@Unique({ properties: ['communityId', 'account'] })
export class Membership extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('Membership', this.id);
  }

  @ManyToOne({ entity: () => Account, deleteRule: 'cascade' })
  account!: Account;

  @Field(() => [RoleKind], { description: '角色 — roles held in this community' })
  @Property({ type: ArrayType })
  roles: RoleKind[] = [];

  @Field(() => String, { nullable: true, description: '职务 — title shown to residents, e.g. 网格长' })
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  /** The resident record of this person in the community, if they live there. */
  @Property({ type: 'uuid', nullable: true })
  residentId: string | null = null;

  @Field({ description: '有效 — whether the membership is active' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

/**
 * 成员邀请: a community's admin asks a login to join with roles; the membership exists only once
 * the account accepts. Keyed by the login name as typed, not by an account: inviting a login that
 * does not exist answers and stores exactly like inviting one that does, so invitations cannot be
 * used to find out which logins exist. Accepted or declined invitations are deleted.
 */
@ObjectType('MembershipInvitation', {
  implements: Node,
  description: '成员邀请 — an invitation of a login to join the community; it becomes a membership when accepted',
})
@Entity({ tableName: 'membership_invitation' })
@Unique({ properties: ['communityId', 'login'] })
export class MembershipInvitation extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('MembershipInvitation', this.id);
  }

  @Field({ description: '账号 — the invited login name' })
  @Property({ type: 'text' })
  login!: string;

  @Field(() => [RoleKind], { description: '角色 — roles offered in this community' })
  @Property({ type: ArrayType })
  roles: RoleKind[] = [];

  @Field(() => String, { nullable: true, description: '职务 — title offered, e.g. 网格长' })
  @Property({ type: 'text', nullable: true })
  title: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  invitedBy: string | null = null;

  @Field(() => Date, { description: '邀请时间 — when the invitation was (last) sent' })
  get invitedAt(): Date {
    return this.updatedAt;
  }
}
