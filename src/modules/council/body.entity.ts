// 议事会 bodies at configured levels, and their members with roles and terms.
import { Entity, Enum, Index, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { CouncilConstituency, CouncilMemberRole } from './council.enums';

@ObjectType('CouncilBody', { implements: Node, description: '议事机构 — a council body (居民议事会、邻里议事亭、网格议事点 …) at one level' })
@Entity({ tableName: 'council_body' })
@Index({ properties: ['communityId', 'levelKey'] })
export class CouncilBody extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilBody', this.id);
  }

  @Field({ description: '名称 — name, e.g. 东城社区居民议事会' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: '层级键 — key of its level in the council settings' })
  @Property({ type: 'text' })
  levelKey!: string;

  /** The grid unit it serves (grid module's id, stored raw: no import of grid internals). */
  @Property({ type: 'uuid', nullable: true })
  gridUnitId: string | null = null;

  /** The body one level up that escalated topics go to (else the only body of that level). */
  @Property({ type: 'uuid', nullable: true })
  parentId: string | null = null;

  @Field({ description: '有效 — false once dissolved' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}

@ObjectType('CouncilMember', { implements: Node, description: '议事会成员 — a member of a council body, for a term' })
@Entity({ tableName: 'council_member' })
@Index({ properties: ['communityId', 'accountId'] })
export class CouncilMember extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('CouncilMember', this.id);
  }

  @Property({ type: 'uuid' })
  bodyId!: string;

  @Property({ type: 'uuid' })
  accountId!: string;

  /** Household the member represents (户代表); one ballot per household in household votes. */
  @Property({ type: 'uuid', nullable: true })
  householdId: string | null = null;

  @Field({ description: "显示名 — name shown on the body's roster" })
  @Property({ type: 'text' })
  displayName!: string;

  @Field(() => CouncilMemberRole, { description: '职务 — chair, representative or observer' })
  @Enum({ items: () => CouncilMemberRole, type: 'text' })
  role!: CouncilMemberRole;

  @Field(() => CouncilConstituency, { description: '代表类别 — whom the member speaks for' })
  @Enum({ items: () => CouncilConstituency, type: 'text' })
  constituency!: CouncilConstituency;

  @Field({ description: '任期开始 — start of the term (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  termStart!: string;

  @Field(() => String, { nullable: true, description: '任期结束 — end of the term (YYYY-MM-DD), null when open' })
  @Property({ type: 'date', nullable: true })
  termEnd: string | null = null;

  @Field(() => Date, { nullable: true, description: '卸任时间 — when the member left the body' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;
}
