import { Migration } from '@mikro-orm/migrations';

// Optional WGS 84 coordinates of a 网格单元 (latitude/longitude in degrees), for the 治理成效 figure of
// service-station reach (15分钟生活圈): both set or both null, within range.
export class Migration20261207122100_grid_coordinates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "grid_unit" add column "latitude" double precision null, add column "longitude" double precision null,
      add constraint "grid_unit_coordinates_check" check (("latitude" is null) = ("longitude" is null)
        and ("latitude" is null or ("latitude" between -90 and 90 and "longitude" between -180 and 180)));`);
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "grid_unit" drop constraint if exists "grid_unit_coordinates_check", drop column if exists "latitude", drop column if exists "longitude";',
    );
  }
}
