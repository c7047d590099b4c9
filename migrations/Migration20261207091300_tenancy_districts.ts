import { Migration } from '@mikro-orm/migrations';

// The district/county tier (区/县) above street offices, with its admins; a street may belong to one.
export class Migration20261207091300_tenancy_districts extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "district" ("id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "region_code" text not null);`,
    );
    this.addSql(`alter table "district" add constraint "district_region_code_unique" unique ("region_code");`);
    this.addSql(`alter table "street" add column "district_id" uuid null references "district" ("id") on update cascade on delete set null;`);
    this.addSql(`create index "street_district_id_index" on "street" ("district_id");`);
    this.addSql(
      `create table "district_admin" ("id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null references "account" ("id") on update cascade on delete cascade, "district_id" uuid not null references "district" ("id") on update cascade on delete cascade);`,
    );
    this.addSql(`alter table "district_admin" add constraint "district_admin_account_id_district_id_unique" unique ("account_id", "district_id");`);
    this.addSql(`create index "district_admin_district_id_index" on "district_admin" ("district_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "district_admin" cascade;`);
    this.addSql(`alter table "street" drop column if exists "district_id";`);
    this.addSql(`drop table if exists "district" cascade;`);
  }
}
