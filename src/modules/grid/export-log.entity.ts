// Append-only log of exports (who exported which register, how many rows, when).
import { Entity, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';

@ObjectType('GridExportLog', { description: '导出记录 — one export of a register (who, what, when)' })
@Entity({ tableName: 'grid_export_log' })
export class GridExportLog extends TenantEntity {
  @Property({ type: 'uuid', nullable: true })
  accountId: string | null = null;

  @Field({ description: '台账 — which register (HOUSEHOLDS, RESIDENTS, CARE)' })
  @Property({ type: 'text' })
  kind!: string;

  @Property({ type: 'uuid', nullable: true })
  unitId: string | null = null;

  @Field(() => Int, { description: '行数 — rows exported' })
  @Property({ type: 'integer' })
  rowCount!: number;

  @Field(() => Date, { description: '导出时间 — exported at' })
  get exportedAt(): Date {
    return this.createdAt;
  }
}
