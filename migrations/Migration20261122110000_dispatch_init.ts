import { Migration } from '@mikro-orm/migrations';

// 民需派单: requests and their timeline. States, ratings and timestamps are backed by CHECK
// constraints; a held request always names its taker; a merge points to another request.
export class Migration20261122110000_dispatch_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "dispatch_request" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "community_id" uuid not null references "community" ("id") deferrable initially deferred,
      "kind" text not null, "category" text not null, "title" text not null, "description" text not null,
      "address" text null, "attachments" text[] not null default '{}', "channel" text not null,
      "status" text not null default 'SUBMITTED',
      "household_id" uuid null references "household" ("id") deferrable initially deferred,
      "grid_unit_id" uuid null, "grid_path" text[] not null default '{}',
      "requester_resident_id" uuid null references "resident" ("id") deferrable initially deferred,
      "requester_account_id" uuid null references "account" ("id") deferrable initially deferred,
      "filed_by_account_id" uuid not null references "account" ("id") deferrable initially deferred,
      "on_behalf" boolean not null default false,
      "route" text null, "pool_roles" text[] not null default '{}',
      "taker_account_id" uuid null references "account" ("id") deferrable initially deferred, "taker_name" text null,
      "assistants" jsonb not null default '[]',
      "escalation_target" text null, "escalated_to" text null, "escalation_answer" text null,
      "due_at" timestamptz null, "overdue_at" timestamptz null, "dispatched_at" timestamptz null, "taken_at" timestamptz null,
      "resolved_at" timestamptz null, "closed_at" timestamptz null, "result" text null, "minutes_spent" int null,
      "rating" smallint null, "rating_comment" text null, "close_reason" text null,
      "merged_into_id" uuid null references "dispatch_request" ("id") deferrable initially deferred,
      "reopen_count" int not null default 0,
      constraint "dispatch_request_status_check" check ("status" in ('SUBMITTED','OPEN','IN_PROGRESS','ESCALATED','RESOLVED','CLOSED','CANCELLED','REJECTED','MERGED')),
      constraint "dispatch_request_channel_check" check ("channel" in ('MINI_PROGRAM','APP','GRID_VISIT','WISH_WALL','CLOUD_LOCKER','PHONE','WALK_IN')),
      constraint "dispatch_request_rating_check" check ("rating" is null or "rating" between 1 and 5),
      constraint "dispatch_request_minutes_check" check ("minutes_spent" is null or "minutes_spent" between 0 and 525600),
      constraint "dispatch_request_reopen_check" check ("reopen_count" >= 0),
      constraint "dispatch_request_held_check" check ("status" <> 'IN_PROGRESS' or "taker_account_id" is not null),
      constraint "dispatch_request_merge_check" check (("status" = 'MERGED') = ("merged_into_id" is not null) and "merged_into_id" is distinct from "id"),
      constraint "dispatch_request_reason_check" check ("status" not in ('CANCELLED','REJECTED') or "close_reason" is not null)
    );`);
    this.addSql(`create index "dispatch_request_community_id_index" on "dispatch_request" ("community_id");`);
    this.addSql(`create index "dispatch_request_community_status_index" on "dispatch_request" ("community_id", "status");`);
    // The board: newest open requests of a community (or grid) first.
    this.addSql(
      `create index "dispatch_request_open_index" on "dispatch_request" ("community_id", "id" desc) where "status" in ('SUBMITTED','OPEN','IN_PROGRESS','ESCALATED');`,
    );
    this.addSql(`create index "dispatch_request_grid_index" on "dispatch_request" ("community_id", "grid_unit_id", "id" desc);`);
    this.addSql(`create index "dispatch_request_grid_path_index" on "dispatch_request" using gin ("grid_path");`);
    this.addSql(`create index "dispatch_request_requester_index" on "dispatch_request" ("community_id", "requester_account_id");`);
    this.addSql(`create index "dispatch_request_taker_index" on "dispatch_request" ("community_id", "taker_account_id");`);
    // The sweep: active requests past their deadline not yet flagged; resolved ones awaiting the window.
    this.addSql(
      `create index "dispatch_request_due_index" on "dispatch_request" ("due_at") where "overdue_at" is null and "status" in ('SUBMITTED','OPEN','IN_PROGRESS','ESCALATED');`,
    );
    this.addSql(`create index "dispatch_request_resolved_index" on "dispatch_request" ("resolved_at") where "status" = 'RESOLVED';`);

    this.addSql(`create table "dispatch_log" (
      "id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "community_id" uuid not null references "community" ("id") deferrable initially deferred,
      "request_id" uuid not null references "dispatch_request" ("id") deferrable initially deferred,
      "action" text not null, "from_status" text not null, "to_status" text not null,
      "actor_account_id" uuid null references "account" ("id") deferrable initially deferred,
      "actor_role" text null, "body" text null
    );`);
    this.addSql(`create index "dispatch_log_community_id_index" on "dispatch_log" ("community_id");`);
    this.addSql(`create index "dispatch_log_request_id_index" on "dispatch_log" ("request_id", "id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "dispatch_log";`);
    this.addSql(`drop table if exists "dispatch_request";`);
  }
}
