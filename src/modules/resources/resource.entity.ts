// 资源库: what a member unit, social organization or charity resource offers the community —
// skills, a venue, goods, money or time — with quantity, value and availability.
import { BigIntType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { Fen } from '../../schema/fen.scalar';
import { ProviderType, ResourceKind } from './resources.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('ResourcesResource', { implements: Node, description: '资源 — one entry of the 资源库 (resources list)' })
@Entity({ tableName: 'resources_resource' })
export class ResourcesResource extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('ResourcesResource', this.id);
  }

  @Field(() => ResourceKind, { description: '类型 — skill, venue, goods, money or time' })
  @Enum({ items: () => ResourceKind, type: 'text' })
  kind!: ResourceKind;

  @PersonalText()
  @Field({ description: '名称 — title, e.g. 周末义诊, 党群活动室' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Field(() => String, { nullable: true, description: '适用类别 — need category it serves (null: any)' })
  @Property({ type: 'text', nullable: true })
  category: string | null = null;

  /** Null: community-wide (全社区). */
  @Property({ type: 'uuid', nullable: true })
  gridUnitId: string | null = null;

  @Field(() => ProviderType, { description: '提供方类型 — registry of the provider' })
  @Enum({ items: () => ProviderType, type: 'text' })
  providerType!: ProviderType;

  @Property({ type: 'uuid' })
  providerId!: string;

  @Field(() => Int, { nullable: true, description: '数量 — quantity offered (in `unit`), null when not counted' })
  @Property({ type: 'integer', nullable: true })
  quantity: number | null = null;

  @Field(() => String, { nullable: true, description: '单位 — unit of the quantity, e.g. 小时, 份, 场' })
  @Property({ type: 'text', nullable: true })
  unit: string | null = null;

  @Field(() => Fen, { description: '估值（分）— estimated value in fen (for the 资源撬动 figure)' })
  @Property({ type: new BigIntType('number') })
  valueFen: number = 0;

  @Field(() => String, { nullable: true, description: '可用起 — available from (date)' })
  @Property({ type: 'date', nullable: true })
  availableFrom: string | null = null;

  @Field(() => String, { nullable: true, description: '可用至 — available until (date, inclusive)' })
  @Property({ type: 'date', nullable: true })
  availableUntil: string | null = null;

  @Field({ description: '在库 — offered now (archived resources stay for history)' })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @Property({ type: 'uuid', nullable: true })
  createdByAccountId: string | null = null;
}
