// 网格单元: a node of the community's territory tree (网格, 居民小组, 楼栋 … as configured), and
// the history of its moves between parents.
import { Entity, Index, ManyToOne, Property, Unique } from '@mikro-orm/core';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { GRID_UNIT_TYPE } from './grid.lookups';

@ObjectType(GRID_UNIT_TYPE, { implements: Node, description: '网格单元 — a unit of the territory tree (网格, 居民小组, 楼栋 …)' })
@Entity({ tableName: 'grid_unit' })
@Unique({ properties: ['communityId', 'code'] })
@Index({ properties: ['communityId', 'parent', 'sortOrder'] })
export class GridUnit extends TenantEntity {
  get nodeId(): string {
    return toGlobalId(GRID_UNIT_TYPE, this.id);
  }

  @ManyToOne({ entity: () => GridUnit, nullable: true, deleteRule: 'restrict' })
  parent: GridUnit | null = null;

  @Field({ description: '层级 — level key from the settings (e.g. grid, building)' })
  @Property({ type: 'text' })
  level!: string;

  @Field({ description: '编码 — code, unique in the community' })
  @Property({ type: 'text' })
  code!: string;

  @Field({ description: '名称 — name, e.g. 第一网格, 3 栋' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: '轮廓 — GeoJSON outline (一院一图)' })
  @Property({ type: 'jsonb', nullable: true })
  outline: Record<string, unknown> | null = null;

  @Field(() => Int, { description: '排序 — sort order among siblings' })
  @Property({ type: 'integer' })
  sortOrder: number = 0;

  @Field(() => Float, {
    nullable: true,
    description:
      '纬度 — latitude (WGS 84, degrees) of the unit (a building: its entrance; its households inherit it), for the station-reach figure; null when unknown',
  })
  @Property({ type: 'double', nullable: true })
  latitude: number | null = null;

  @Field(() => Float, { nullable: true, description: '经度 — longitude (WGS 84, degrees), set together with the latitude' })
  @Property({ type: 'double', nullable: true })
  longitude: number | null = null;
}

/** Append-only: every change of a unit's parent. */
@Entity({ tableName: 'grid_unit_move' })
@Index({ properties: ['communityId', 'unit'] })
export class GridUnitMove extends TenantEntity {
  @ManyToOne({ entity: () => GridUnit, deleteRule: 'cascade' })
  unit!: GridUnit;

  @Property({ type: 'uuid', nullable: true })
  fromParentId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  toParentId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  movedBy: string | null = null;
}
