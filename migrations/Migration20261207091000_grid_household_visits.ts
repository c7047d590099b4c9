import { Migration } from '@mikro-orm/migrations';

// 入户走访: routine visits to every household (with an idempotency key per visitor for offline
// sync) and what they found (a finding referred to dispatch or resources once).
export class Migration20261207091000_grid_household_visits extends Migration {
  override async up(): Promise<void> {
    const base = `"id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null references "community" ("id") deferrable initially deferred`;
    this.addSql(
      `create table "grid_household_visit" (${base}, "household_id" uuid not null references "household" ("id") on delete cascade, "unit_id" uuid null references "grid_unit" ("id") on delete set null, "visitor_membership_id" uuid not null references "membership" ("id") on delete restrict, "visitor_account_id" uuid not null, "duty_role" text null, "visited_at" timestamptz not null, "visited_on" date not null, "outcome" text not null check ("outcome" in ('MET', 'NOT_HOME')), "notes" text not null default '', "idempotency_key" text null, "request_hash" text null);`,
    );
    this.addSql(`create index "grid_household_visit_community_id_id_index" on "grid_household_visit" ("community_id", "id");`);
    this.addSql(
      `create index "grid_household_visit_community_id_household_id_visited_at_index" on "grid_household_visit" ("community_id", "household_id", "visited_at");`,
    );
    this.addSql(
      `create index "grid_household_visit_community_id_visitor_membership_id_visited_at_index" on "grid_household_visit" ("community_id", "visitor_membership_id", "visited_at");`,
    );
    this.addSql(
      `create unique index "grid_household_visit_idempotency_key_unique" on "grid_household_visit" ("community_id", "visitor_account_id", "idempotency_key") where "idempotency_key" is not null;`,
    );
    this.addSql(
      `create table "grid_visit_finding" (${base}, "visit_id" uuid not null references "grid_household_visit" ("id") on delete cascade deferrable initially deferred, "household_id" uuid not null references "household" ("id") on delete cascade, "unit_id" uuid null references "grid_unit" ("id") on delete set null, "category" text not null, "description" text not null, "referral" text null check ("referral" in ('REQUEST', 'NEED')), "referred_at" timestamptz null, "referred_by_account_id" uuid null);`,
    );
    this.addSql(`create index "grid_visit_finding_community_id_id_index" on "grid_visit_finding" ("community_id", "id");`);
    this.addSql(`create index "grid_visit_finding_community_id_visit_id_index" on "grid_visit_finding" ("community_id", "visit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "grid_visit_finding" cascade;`);
    this.addSql(`drop table if exists "grid_household_visit" cascade;`);
  }
}
