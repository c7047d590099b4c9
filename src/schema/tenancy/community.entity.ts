// The tenant (社区), the street office (街道) that may oversee several communities, and the
// district or county (区/县) over several streets.
import { Entity, Enum, ManyToOne, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity } from '../../db/base.entity';
import { toGlobalId } from '../global-id';
import { Node } from '../node';
import { CommunityKind } from './tenancy.enums';

@ObjectType('District', { implements: Node, description: '区/县 — district or county overseeing several street offices' })
@Entity({ tableName: 'district' })
export class District extends BaseEntity {
  get nodeId(): string {
    return toGlobalId('District', this.id);
  }

  @Field({ description: '名称 — name of the district or county' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: '行政区划代码 — administrative region code' })
  @Property({ type: 'text', unique: true })
  regionCode!: string;
}

@ObjectType('Street', { implements: Node, description: '街道 — street office overseeing several communities' })
@Entity({ tableName: 'street' })
export class Street extends BaseEntity {
  get nodeId(): string {
    return toGlobalId('Street', this.id);
  }

  @Field({ description: '名称 — name of the street office' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: '行政区划代码 — administrative region code' })
  @Property({ type: 'text', unique: true })
  regionCode!: string;

  @ManyToOne({ entity: () => District, nullable: true, deleteRule: 'set null' })
  district: District | null = null;
}

@ObjectType('Community', { implements: Node, description: '社区 — a community, the tenant of the platform' })
@Entity({ tableName: 'community' })
export class Community extends BaseEntity {
  get nodeId(): string {
    return toGlobalId('Community', this.id);
  }

  @Field({ description: '名称 — community name' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => CommunityKind, { description: '社区类型 — kind of community' })
  @Enum({ items: () => CommunityKind, type: 'text' })
  kind: CommunityKind = CommunityKind.URBAN;

  @Field({ description: '行政区划代码 — administrative region code' })
  @Property({ type: 'text', unique: true })
  regionCode!: string;

  @ManyToOne({ entity: () => Street, nullable: true, deleteRule: 'set null' })
  street: Street | null = null;

  @Field(() => String, { nullable: true, description: '社区模式 — the preset the community runs (chosen at creation, changed by communityPresetApply)' })
  @Property({ type: 'text', nullable: true })
  preset: string | null = null;

  @Field(() => String, { nullable: true, description: '简介 — short description of the community' })
  @Property({ type: 'text', nullable: true })
  description: string | null = null;
}
