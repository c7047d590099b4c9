// 组织: one identity for an organisation the community works with, whichever registries it appears
// in (大党委成员单位, 共建单位, 社会组织, 慈善资源, resource provider, donor) and whatever grid piece it
// holds (单位包小区, 部门分片包保). The registries point at it by organization_id; the name key keeps
// one identity per name in a community, so registering a known name links instead of duplicating.
import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { OrganizationKind } from './organization.enums';

export const ORGANIZATION_TYPE = 'Organization';

@ObjectType(ORGANIZATION_TYPE, {
  implements: Node,
  description: '组织 — one organisation across the registries (member unit, co-building unit, provider, donor …)',
})
@Entity({ tableName: 'organization' })
@Unique({ properties: ['communityId', 'nameKey'] })
export class Organization extends TenantEntity {
  get nodeId(): string {
    return toGlobalId(ORGANIZATION_TYPE, this.id);
  }

  @Field({ description: '名称 — name' })
  @Property({ type: 'text' })
  name!: string;

  /** The name compared for identity (organization.service nameKey; the migration computes the same in SQL). */
  @Property({ type: 'text' })
  nameKey!: string;

  @Field(() => OrganizationKind, { description: '组织类型 — government department, enterprise, social organisation …' })
  @Enum({ items: () => OrganizationKind, type: 'text' })
  kind: OrganizationKind = OrganizationKind.OTHER;

  @Field({ description: '在册 — active (an inactive organisation holds no grid piece in the coverage check)' })
  @Property({ type: 'boolean' })
  active: boolean = true;
}
