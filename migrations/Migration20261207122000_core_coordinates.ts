import { Migration } from '@mikro-orm/migrations';

// Optional WGS 84 coordinates of a 户 (latitude/longitude in degrees), for the 治理成效 figure of
// service-station reach (15分钟生活圈): both set or both null, within range.
export class Migration20261207122000_core_coordinates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "household" add column "latitude" double precision null, add column "longitude" double precision null,
      add constraint "household_coordinates_check" check (("latitude" is null) = ("longitude" is null)
        and ("latitude" is null or ("latitude" between -90 and 90 and "longitude" between -180 and 180)));`);
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "household" drop constraint if exists "household_coordinates_check", drop column if exists "latitude", drop column if exists "longitude";',
    );
  }
}
