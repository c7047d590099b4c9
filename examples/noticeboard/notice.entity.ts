import { Entity, Field, Node, ObjectType, Property, TenantEntity, toGlobalId } from 'wushe/sdk';

@ObjectType('Notice', { implements: Node, description: '公告 — a notice on the community notice board' })
@Entity({ tableName: 'noticeboard_notice' })
export class Notice extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('Notice', this.id);
  }

  @Field({ description: '标题 — title' })
  @Property({ type: 'text' })
  title!: string;

  @Field({ description: '正文 — body text' })
  @Property({ type: 'text' })
  body!: string;

  @Field({ description: '系统生成 — written by the plugin itself (e.g. a welcome notice)' })
  @Property({ type: 'boolean' })
  automatic: boolean = false;

  @Field(() => Date, { description: '发布时间 — when it was published' })
  get publishedAt(): Date {
    return this.createdAt;
  }
}
