import { Migration } from '@mikro-orm/migrations';

// Grid: territory tree, placements (history), duties, special care, export log.
export class Migration20261122100000_grid_init extends Migration {
  override async up(): Promise<void> {
    const base = `"id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null references "community" ("id") deferrable initially deferred`;
    this.addSql(
      `create table "grid_unit" (${base}, "parent_id" uuid null references "grid_unit" ("id") on delete restrict, "level" text not null, "code" text not null, "name" text not null, "outline" jsonb null, "sort_order" integer not null default 0, constraint "grid_unit_not_own_parent" check ("parent_id" is distinct from "id"));`,
    );
    this.addSql(`create index "grid_unit_community_id_index" on "grid_unit" ("community_id");`);
    this.addSql(`alter table "grid_unit" add constraint "grid_unit_community_id_code_unique" unique ("community_id", "code");`);
    this.addSql(`create index "grid_unit_community_id_parent_id_sort_order_index" on "grid_unit" ("community_id", "parent_id", "sort_order");`);

    this.addSql(
      `create table "grid_unit_move" (${base}, "unit_id" uuid not null references "grid_unit" ("id") on delete cascade, "from_parent_id" uuid null, "to_parent_id" uuid null, "moved_by" uuid null);`,
    );
    this.addSql(`create index "grid_unit_move_community_id_index" on "grid_unit_move" ("community_id");`);
    this.addSql(`create index "grid_unit_move_community_id_unit_id_index" on "grid_unit_move" ("community_id", "unit_id");`);

    this.addSql(
      `create table "grid_placement" (${base}, "household_id" uuid not null references "household" ("id") on delete cascade, "unit_id" uuid not null references "grid_unit" ("id") on delete restrict, "placed_at" timestamptz not null, "ended_at" timestamptz null, "placed_by" uuid null, constraint "grid_placement_period" check ("ended_at" is null or "ended_at" >= "placed_at"));`,
    );
    this.addSql(`create index "grid_placement_community_id_index" on "grid_placement" ("community_id");`);
    this.addSql(`create index "grid_placement_community_id_household_id_index" on "grid_placement" ("community_id", "household_id");`);
    // At most one current placement per household; listing a unit's households pages on this index.
    this.addSql(`create unique index "grid_placement_current_unique" on "grid_placement" ("household_id") where "ended_at" is null;`);
    this.addSql(`create index "grid_placement_current_by_unit" on "grid_placement" ("community_id", "unit_id", "id") where "ended_at" is null;`);

    this.addSql(
      `create table "grid_duty" (${base}, "unit_id" uuid not null references "grid_unit" ("id") on delete restrict, "membership_id" uuid not null references "membership" ("id") on delete restrict, "role" text not null, "starts_on" date not null, "ends_on" date null, constraint "grid_duty_period" check ("ends_on" is null or "ends_on" >= "starts_on"));`,
    );
    this.addSql(`create index "grid_duty_community_id_index" on "grid_duty" ("community_id");`);
    this.addSql(`create index "grid_duty_community_id_unit_id_index" on "grid_duty" ("community_id", "unit_id");`);
    this.addSql(`create index "grid_duty_community_id_membership_id_index" on "grid_duty" ("community_id", "membership_id");`);
    // One open duty of a role per person and unit.
    this.addSql(`create unique index "grid_duty_open_unique" on "grid_duty" ("unit_id", "membership_id", "role") where "ends_on" is null;`);

    this.addSql(
      `create table "grid_care_member" (${base}, "resident_id" uuid not null references "resident" ("id") on delete cascade, "category" text not null, "evidence" text not null, "starts_on" date not null, "ends_on" date null, "responsible_id" uuid null references "membership" ("id") on delete set null, "visit_every_days" integer not null, "last_visit_at" timestamptz null, "overdue_notified_at" timestamptz null, constraint "grid_care_member_period" check ("ends_on" is null or "ends_on" >= "starts_on"), constraint "grid_care_member_interval" check ("visit_every_days" between 1 and 366));`,
    );
    this.addSql(`create index "grid_care_member_community_id_index" on "grid_care_member" ("community_id");`);
    this.addSql(`create index "grid_care_member_community_id_resident_id_index" on "grid_care_member" ("community_id", "resident_id");`);
    this.addSql(`create index "grid_care_member_community_id_responsible_id_index" on "grid_care_member" ("community_id", "responsible_id");`);
    this.addSql(`create unique index "grid_care_member_open_unique" on "grid_care_member" ("resident_id", "category") where "ends_on" is null;`);

    this.addSql(
      `create table "grid_care_visit" (${base}, "member_id" uuid not null references "grid_care_member" ("id") on delete cascade, "kind" text not null, "visited_at" timestamptz not null, "notes" text not null default '', "visitor_account_id" uuid null, "due_on" date not null, "on_time" boolean not null);`,
    );
    this.addSql(`create index "grid_care_visit_community_id_index" on "grid_care_visit" ("community_id");`);
    this.addSql(`create index "grid_care_visit_community_id_member_id_index" on "grid_care_visit" ("community_id", "member_id");`);

    this.addSql(
      `create table "grid_export_log" (${base}, "account_id" uuid null, "kind" text not null, "unit_id" uuid null, "row_count" integer not null, constraint "grid_export_log_rows" check ("row_count" >= 0));`,
    );
    this.addSql(`create index "grid_export_log_community_id_index" on "grid_export_log" ("community_id");`);
    // Logs are append-only.
    // Logs and move history are append-only (core's trigger function).
    this.addSql(
      `create trigger grid_export_log_append_only before update or delete on "grid_export_log" for each statement execute function wushe_append_only();`,
    );
    this.addSql(
      `create trigger grid_unit_move_append_only before update or delete on "grid_unit_move" for each statement execute function wushe_append_only();`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['grid_export_log', 'grid_care_visit', 'grid_care_member', 'grid_duty', 'grid_placement', 'grid_unit_move', 'grid_unit']) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
  }
}
