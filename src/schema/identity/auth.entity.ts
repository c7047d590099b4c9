// Refresh tokens (rotated, revocable, reuse-detected per family) and integrator API keys.
// Only hashes are stored; the secret is shown once.
import { ArrayType, Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { BaseEntity, TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../global-id';
import { Node } from '../node';

@Entity({ tableName: 'refresh_token' })
@Index({ properties: ['familyId'] })
@Index({ properties: ['accountId'] })
export class RefreshToken extends BaseEntity {
  @Property({ type: 'uuid' })
  accountId!: string;

  /** All tokens rotated from one login share a family; reuse of a spent one revokes the family. */
  @Property({ type: 'uuid' })
  familyId!: string;

  @Property({ type: 'text', unique: true })
  tokenHash!: string;

  @Property({ type: 'uuid', nullable: true })
  communityId: string | null = null;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz', nullable: true })
  usedAt: Date | null = null;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;
}

@ObjectType('ApiKey', { implements: Node, description: '接口密钥 — an integrator API key scoped to one community' })
@Entity({ tableName: 'api_key' })
export class ApiKey extends TenantEntity {
  get nodeId(): string {
    return toGlobalId('ApiKey', this.id);
  }

  @Field({ description: '名称 — what the key is for' })
  @Property({ type: 'text' })
  name!: string;

  @Field({ description: '前缀 — the visible start of the key, to recognise it' })
  @Property({ type: 'text', unique: true })
  prefix!: string;

  @Property({ type: 'text', hidden: true })
  secretHash!: string;

  @Field(() => [String], { description: '权限 — permissions granted to the key' })
  @Property({ type: ArrayType })
  permissions: string[] = [];

  @Property({ type: 'uuid', nullable: true })
  createdBy: string | null = null;

  @Field(() => Date, { nullable: true, description: '吊销时间 — when the key was revoked' })
  @Property({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null = null;

  @Field(() => Date, { nullable: true, description: '最近使用 — last time the key was used' })
  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => Date, { description: '创建时间 — when the key was created' })
  get created(): Date {
    return this.createdAt;
  }
}

/**
 * Counters of failed credential checks (src/schema/identity/credential-guard.ts) when they live in
 * PostgreSQL: rate-limiter-flexible's own layout, written only by that library. Declared so the
 * schema tools know the table.
 */
@Entity({ tableName: 'login_throttle' })
export class LoginThrottle {
  /** `<counter>:<HMAC of the login and/or the address>`. */
  @PrimaryKey({ type: 'varchar', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** Epoch milliseconds; null: never. */
  @Property({ type: 'bigint', nullable: true })
  expire!: string | null;
}
