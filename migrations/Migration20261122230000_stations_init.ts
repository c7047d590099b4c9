import { Migration } from '@mikro-orm/migrations';

// 服务站点: stations, their services, closures, slot counters (CHECK booked <= capacity) and
// bookings (one live booking per resident and slot). Child rows reference their parent through
// (community_id, id), so no row can point into another community; foreign keys are deferred
// because the ORM flushes a unit of work in any order.
export class Migration20261122230000_stations_init extends Migration {
  override async up(): Promise<void> {
    const tenant = `"community_id" uuid not null references "community" ("id") deferrable initially deferred`;
    const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), ${tenant}`;
    const ref = (col: string, table: string) =>
      `constraint "${table}_${col}_fk" foreign key ("community_id", "${col}") references "${table}" ("community_id", "id") deferrable initially deferred`;

    this.addSql(`create table "stations_station" (${base},
      "name" text not null, "kind" text not null, "address" text not null,
      "grid_unit_id" uuid null references "grid_unit" ("id") deferrable initially deferred,
      "description" text null, "features" text[] not null default '{}', "phone" text null,
      "opening_hours" jsonb not null default '[]', "active" boolean not null default true,
      constraint "stations_station_tenant_id" unique ("community_id", "id"));`);
    this.addSql(`create index "stations_station_kind_index" on "stations_station" ("community_id", "kind");`);

    this.addSql(`create table "stations_service" (${base},
      "station_id" uuid not null, "name" text not null, "category" text not null, "grouping" text null,
      "description" text null, "bookable" boolean not null default true,
      "slot_minutes" integer not null check ("slot_minutes" between 5 and 1440),
      "capacity" integer not null check ("capacity" between 1 and 10000),
      "active" boolean not null default true,
      constraint "stations_service_tenant_id" unique ("community_id", "id"),
      ${ref('station_id', 'stations_station')});`);
    this.addSql(`create index "stations_service_station_index" on "stations_service" ("station_id");`);
    this.addSql(`create index "stations_service_grouping_index" on "stations_service" ("community_id", "grouping") where "grouping" is not null;`);

    this.addSql(`create table "stations_closure" (${base},
      "station_id" uuid not null, "starts_on" date not null, "ends_on" date not null, "reason" text not null,
      constraint "stations_closure_days" check ("ends_on" >= "starts_on"),
      ${ref('station_id', 'stations_station')});`);
    this.addSql(`create index "stations_closure_station_index" on "stations_closure" ("station_id", "starts_on");`);

    this.addSql(`create table "stations_slot" (${base},
      "service_id" uuid not null, "starts_at" timestamptz not null,
      "capacity" integer not null check ("capacity" >= 1), "booked" integer not null default 0,
      constraint "stations_slot_within_capacity" check ("booked" >= 0 and "booked" <= "capacity"),
      constraint "stations_slot_tenant_id" unique ("community_id", "id"),
      constraint "stations_slot_once" unique ("service_id", "starts_at"),
      ${ref('service_id', 'stations_service')});`);

    this.addSql(`create table "stations_booking" (${base},
      "station_id" uuid not null, "service_id" uuid not null, "slot_id" uuid not null,
      "account_id" uuid not null references "account" ("id") deferrable initially deferred,
      "starts_at" timestamptz not null, "ends_at" timestamptz not null,
      "status" text not null default 'BOOKED' check ("status" in ('BOOKED', 'CANCELLED', 'ATTENDED', 'NO_SHOW')),
      "note" text null, "cancelled_at" timestamptz null, "attended_at" timestamptz null, "attended_by" uuid null,
      constraint "stations_booking_times" check ("ends_at" > "starts_at"),
      ${ref('station_id', 'stations_station')}, ${ref('service_id', 'stations_service')}, ${ref('slot_id', 'stations_slot')});`);
    this.addSql(`create unique index "stations_booking_once" on "stations_booking" ("slot_id", "account_id") where "status" <> 'CANCELLED';`);
    this.addSql(`create index "stations_booking_station_index" on "stations_booking" ("community_id", "station_id", "starts_at");`);
    this.addSql(`create index "stations_booking_account_index" on "stations_booking" ("community_id", "account_id", "starts_at");`);
  }

  override async down(): Promise<void> {
    for (const t of ['stations_booking', 'stations_slot', 'stations_closure', 'stations_service', 'stations_station'])
      this.addSql(`drop table if exists "${t}" cascade;`);
  }
}
