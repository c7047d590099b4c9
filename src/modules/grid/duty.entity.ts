// 网格职责: a member holding a duty role (网格长, 网格员, 楼栋长 …) on a unit for a period.
// Dates are inclusive; an open end means still serving.
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Membership } from '../../schema/tenancy/membership.entity';
import { GridUnit } from './unit.entity';

@ObjectType('GridDuty', { implements: Node, description: '网格职责 — a member holding a duty role on a unit' })
@Entity({ tableName: 'grid_duty' })
@Index({ properties: ['communityId', 'unit'] })
@Index({ properties: ['communityId', 'membership'] })
export class GridDuty extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('GridDuty', this.id);
  }

  @ManyToOne({ entity: () => GridUnit, deleteRule: 'restrict' })
  unit!: GridUnit;

  @ManyToOne({ entity: () => Membership, deleteRule: 'restrict' })
  membership!: Membership;

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
