import { Migration } from '@mikro-orm/migrations';

// Photos now go through uploads (checked, re-encoded, read through signed URLs) and a request's
// `attachments` are upload rows. What clients stored before was any text up to 500 characters —
// URLs of other sites or keys of files this server never held — so it is not turned into
// attachments (nothing to check, and a link could lead anywhere): it is kept, unchanged, as
// `legacy_attachments`, readable as plain text by those who may open the request's photos.
export class Migration20261207083100_dispatch_legacy_attachments extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "dispatch_request" rename column "attachments" to "legacy_attachments";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "dispatch_request" rename column "legacy_attachments" to "attachments";`);
  }
}
