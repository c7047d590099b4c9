// 落格: which unit a household belongs to, with history. The open row (endedAt null) is the
// current placement; a partial unique index keeps at most one per household.
import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { Household } from '../core/public';
import { GridUnit } from './unit.entity';

@ObjectType('GridPlacement', { description: "落格记录 — a household's placement in a unit, current or past" })
@Entity({ tableName: 'grid_placement' })
@Index({ properties: ['communityId', 'household'] })
export class GridPlacement extends TenantEntity {
  @ManyToOne({ entity: () => Household, deleteRule: 'cascade' })
  household!: Household;

  @ManyToOne({ entity: () => GridUnit, deleteRule: 'restrict' })
  unit!: GridUnit;

  @Field(() => Date, { description: '落格时间 — placed at' })
  @Property({ type: 'timestamptz' })
  placedAt: Date = new Date();

  @Field(() => Date, { nullable: true, description: '移出时间 — moved out of the unit at (null: current)' })
  @Property({ type: 'timestamptz', nullable: true })
  endedAt: Date | null = null;

  @Property({ type: 'uuid', nullable: true })
  placedBy: string | null = null;
}
