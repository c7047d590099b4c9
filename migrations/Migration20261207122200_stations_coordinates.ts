import { Migration } from '@mikro-orm/migrations';

// Optional WGS 84 coordinates of a 站点 (latitude/longitude in degrees), for the 治理成效 figure of
// service-station reach (15分钟生活圈): both set or both null, within range.
export class Migration20261207122200_stations_coordinates extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "stations_station" add column "latitude" double precision null, add column "longitude" double precision null,
      add constraint "stations_station_coordinates_check" check (("latitude" is null) = ("longitude" is null)
        and ("latitude" is null or ("latitude" between -90 and 90 and "longitude" between -180 and 180)));`);
  }

  override async down(): Promise<void> {
    this.addSql(
      'alter table "stations_station" drop constraint if exists "stations_station_coordinates_check", drop column if exists "latitude", drop column if exists "longitude";',
    );
  }
}
