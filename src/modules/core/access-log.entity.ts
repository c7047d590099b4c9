// Append-only record of every unmasked read of personal data (PIPL). A database trigger
// (see the core migration) rejects UPDATE and DELETE.
import { ArrayType, Entity, Index, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../db/base.entity';

@Entity({ tableName: 'personal_data_access' })
@Index({ properties: ['communityId', 'subjectId'] })
export class PersonalDataAccess extends TenantEntity {
  @Property({ type: 'uuid', nullable: true })
  accountId: string | null = null;

  @Property({ type: 'uuid', nullable: true })
  apiKeyId: string | null = null;

  @Property({ type: 'text' })
  subjectType!: string;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: ArrayType })
  fields: string[] = [];

  @Property({ type: 'text' })
  requestId!: string;
}
