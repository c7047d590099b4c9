import { Migration } from '@mikro-orm/migrations';

// Uploads (上传): one row per slot asked for; the bytes live in the storage driver under keys
// named after the row. Readers see ATTACHED rows of an owner only; an owner's attachments are
// found by (community, owner kind, owner).
export class Migration20261207083000_uploads_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "upload" ("id" uuid not null primary key, "created_at" timestamptz not null default now(),
      "updated_at" timestamptz not null default now(), "community_id" uuid not null references "community" ("id") on delete cascade,
      "owner_kind" text not null, "owner_id" uuid null,
      "status" text not null default 'PENDING' check ("status" in ('PENDING', 'READY', 'ATTACHED', 'REFUSED', 'DETACHED')),
      "uploader_account_id" uuid not null, "declared_type" text not null, "declared_size" integer not null check ("declared_size" > 0),
      "content_type" text null, "size" integer null, "width" integer null, "height" integer null,
      "object_key" text null, "thumbnail_key" text null, "refusal" text null, "position" integer not null default 0,
      "expires_at" timestamptz not null,
      check ("status" not in ('READY', 'ATTACHED') or ("object_key" is not null and "content_type" is not null)),
      check ("status" <> 'ATTACHED' or "owner_id" is not null));`);
    this.addSql(`create index "upload_community_id_id_index" on "upload" ("community_id", "id");`);
    this.addSql(`create index "upload_owner_index" on "upload" ("community_id", "owner_kind", "owner_id") where "status" = 'ATTACHED';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "upload";');
  }
}
