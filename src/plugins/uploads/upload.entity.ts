// One upload (上传): a slot asked for by a signed-in member, its bytes once checked and
// re-encoded, and the object it is attached to. Readers only ever see ATTACHED rows.
import { Entity, Enum, Property } from '@mikro-orm/core';
import { TenantEntity } from '../../db/base.entity';

export enum UploadStatus {
  /** Slot handed out; bytes not received or not yet checked. */
  PENDING = 'PENDING',
  /** Bytes checked and re-encoded; waiting to be attached by its uploader. */
  READY = 'READY',
  /** Part of an object's attachments. */
  ATTACHED = 'ATTACHED',
  /** The bytes failed the checks (`refusal` says why); nothing is kept. */
  REFUSED = 'REFUSED',
  /** Removed from its object by an update. */
  DETACHED = 'DETACHED',
}

@Entity({ tableName: 'upload' })
export class Upload extends TenantEntity {
  @Property({ type: 'text' }) ownerKind!: string;
  @Property({ type: 'uuid', nullable: true }) ownerId: string | null = null;
  @Enum({ items: () => UploadStatus, type: 'text' }) status: UploadStatus = UploadStatus.PENDING;
  @Property({ type: 'uuid' }) uploaderAccountId!: string;
  @Property({ type: 'text' }) declaredType!: string;
  @Property({ type: 'integer' }) declaredSize!: number;
  @Property({ type: 'text', nullable: true }) contentType: string | null = null;
  @Property({ type: 'integer', nullable: true }) size: number | null = null;
  @Property({ type: 'integer', nullable: true }) width: number | null = null;
  @Property({ type: 'integer', nullable: true }) height: number | null = null;
  @Property({ type: 'text', nullable: true }) objectKey: string | null = null;
  @Property({ type: 'text', nullable: true }) thumbnailKey: string | null = null;
  @Property({ type: 'text', nullable: true }) refusal: string | null = null;
  @Property({ type: 'integer' }) position: number = 0;
  @Property({ type: 'timestamptz' }) expiresAt!: Date;
}
