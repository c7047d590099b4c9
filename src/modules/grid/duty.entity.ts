// 网格职责: a member or an organisation holding a duty role (网格长, 网格员, 楼栋长, 包保单位 …) on a
// unit for a period — 单位包小区、党支部包楼栋、党员包户, a department's piece of the grid (分片包保).
// Exactly one holder (a check constraint says so). Dates are inclusive; an open end means still serving.
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Membership } from '../../schema/tenancy/membership.entity';
import { GridUnit } from './unit.entity';

@ObjectType('GridDuty', { implements: Node, description: '网格职责 — a member or an organisation holding a duty role on a unit' })
@Entity({ tableName: 'grid_duty' })
@Index({ properties: ['communityId', 'unit'] })
@Index({ properties: ['communityId', 'membership'] })
export class GridDuty extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('GridDuty', this.id);
  }

  @ManyToOne({ entity: () => GridUnit, deleteRule: 'restrict' })
  unit!: GridUnit;

  /** The member holding it; null when an organisation does. */
  @ManyToOne({ entity: () => Membership, deleteRule: 'restrict', nullable: true })
  membership: Membership | null = null;

  /** The organisation (组织, core) holding it; null when a member does. */
  @Property({ type: 'uuid', nullable: true })
  organizationId: string | null = null;

  @Field({ description: '职责 — duty role key from the settings (e.g. gridWorker)' })
  @Property({ type: 'text' })
  role!: string;

  @Field({ description: '开始日期 — first day of the duty (YYYY-MM-DD)' })
  @Property({ type: 'date' })
  startsOn!: string;

  @Field(() => String, { nullable: true, description: '结束日期 — last day of the duty (null: still serving)' })
  @Property({ type: 'date', nullable: true })
  endsOn: string | null = null;
}
