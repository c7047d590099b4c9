import { Migration } from '@mikro-orm/migrations';

// 单位包小区、部门分片包保: a grid duty is held by a member or by an organisation (core's identity,
// Migration20261207120000_core_organizations) — exactly one of the two. Existing duties are all
// members' and stay as they are.
export class Migration20261207120200_grid_organization_duties extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "grid_duty" alter column "membership_id" drop not null;`);
    this.addSql(`alter table "grid_duty" add column "organization_id" uuid null references "organization" ("id") on delete restrict;`);
    this.addSql(`alter table "grid_duty" add constraint "grid_duty_one_holder" check (("membership_id" is null) <> ("organization_id" is null));`);
    this.addSql(`create index "grid_duty_community_id_organization_id_index" on "grid_duty" ("community_id", "organization_id");`);
  }

  override async down(): Promise<void> {
    // Organisations' duties have no member to fall back to: they go with the column.
    this.addSql(`delete from "grid_duty" where "membership_id" is null;`);
    this.addSql(`alter table "grid_duty" drop constraint "grid_duty_one_holder";`);
    this.addSql(`alter table "grid_duty" drop column "organization_id";`);
    this.addSql(`alter table "grid_duty" alter column "membership_id" set not null;`);
  }
}
