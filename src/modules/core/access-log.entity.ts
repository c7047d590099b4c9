// Append-only record of every unmasked read of personal data (PIPL). A database trigger
// (see the core migration) rejects UPDATE and DELETE.
import { ArrayType, Entity, Index, Property } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { TenantEntity } from '../../db/base.entity';
import { toGlobalId } from '../../schema/global-id';

@ObjectType('PersonalDataAccess', { description: '个人信息访问记录 — one unmasked read of personal data (PIPL audit log, append-only)' })
@Entity({ tableName: 'personal_data_access' })
@Index({ properties: ['communityId', 'subjectId'] })
export class PersonalDataAccess extends TenantEntity {
  @Property({ type: 'uuid', nullable: true })
  accountId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  apiKeyId: string | null = null;

  @Field({ description: '对象类型 — type of the person read (Resident)' })
  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field(() => [String], { description: '字段 — fields read in clear (idNumber, phone)' })
  @Property({ type: ArrayType })
  fields: string[] = [];

  @Field(() => String, { nullable: true, description: '用途 — why: the reason given, or the GraphQL operation that read it' })
  @Property({ type: 'text', nullable: true })
  reason: string | null = null;

  @Field({ description: '请求编号 — request id (matches the server log)' })
  @Property({ type: 'text' })
  requestId!: string;

  @Field(() => Date, { description: '时间 — when' })
  get at(): Date {
    return this.createdAt;
  }

  @Field(() => ID, { description: '对象 — global id of the person read' })
  get subject(): string {
    return toGlobalId(this.subjectType, this.subjectId);
  }

  @Field(() => ID, { nullable: true, description: '读取人 — global id of the account that read (null for an API key)' })
  get account(): string | null {
    return this.accountId ? toGlobalId('Account', this.accountId) : null;
  }

  @Field(() => ID, { nullable: true, description: '接口密钥 — global id of the API key that read' })
  get apiKey(): string | null {
    return this.apiKeyId ? toGlobalId('ApiKey', this.apiKeyId) : null;
  }
}
