// 需求库: one need of the community — from a survey, a dispatch 期望单, a council decision or
// staff — waiting to be matched with resources into a project.
import { ArrayType, Entity, Enum, Property } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';
import { Node } from '../../schema/node';
import { NeedSource, NeedStatus } from './resources.enums';
import { PersonalText } from '../../schema/free-text';

@ObjectType('ResourcesNeed', { implements: Node, description: '需求 — one entry of the 需求库 (needs list)' })
@Entity({ tableName: 'resources_need' })
export class ResourcesNeed extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('ResourcesNeed', this.id);
  }

  @Field({ description: '类别 — category key from the settings' })
  @Property({ type: 'text' })
  category!: string;

  @PersonalText()
  @Field({ description: '标题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '说明 — description' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  gridUnitId: string | null = null;

  /** The grid unit and its ancestors (root first), for matching resources of a wider unit. */
  @Property({ type: ArrayType })
  gridPath: string[] = [];

  @Field(() => NeedSource, { description: '来源 — where it came from' })
  @Enum({ items: () => NeedSource, type: 'text' })
  source!: NeedSource;

  /** Id of the source object (survey:question:option, request, topic); unique per source. */
  @Property({ type: 'text', nullable: true })
  sourceRef: string | null = null;

  @Field(() => NeedStatus, { description: '状态 — state' })
  @Enum({ items: () => NeedStatus, type: 'text' })
  status: NeedStatus = NeedStatus.OPEN;

  @Field(() => Int, { description: '需求人数 — how many residents asked for it (survey answers; 1 otherwise)' })
  @Property({ type: 'integer' })
  demandCount: number = 1;

  @Property({ type: 'uuid', nullable: true })
  createdByAccountId: string | null = null;

  @PersonalText()
  @Field(() => String, { nullable: true, description: '关闭原因 — why it was closed' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field(() => Date, { nullable: true, description: '满足时间 — when its project was done' })
  @Property({ type: 'timestamptz', nullable: true })
  metAt: Date | null = null;

  @Field(() => Date, { description: '登记时间 — when it entered the list' })
  get recordedAt(): Date {
    return this.createdAt;
  }
}
