import { Migration } from '@mikro-orm/migrations';

// Item pictures now go through uploads (checked, re-encoded, read through signed URLs). What was
// stored before was any text up to 500 characters — URLs of other sites or keys of files this
// server never held — so it is kept verbatim as `legacy_pictures`, shown as plain text
// (PointsItem.legacyPictures), and never turned into pictures.
export class Migration20261207083200_points_legacy_pictures extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "points_item" rename column "pictures" to "legacy_pictures";`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "points_item" rename column "legacy_pictures" to "pictures";`);
  }
}
