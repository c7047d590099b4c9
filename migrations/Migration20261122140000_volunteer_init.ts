import { Migration } from '@mikro-orm/migrations';

// 志愿服务: members (linked to the 五社 volunteer registry and to logins), activities with shifts,
// sign-ups under a capacity (counter with CHECK signed_up <= capacity) and a waiting list, and
// append-only service-hour records (corrections are new records).
export class Migration20261122140000_volunteer_init extends Migration {
  override async up(): Promise<void> {
    const tenant = `"community_id" uuid not null references "community" ("id") deferrable initially deferred`;
    const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), ${tenant}`;

    this.addSql(`create table "volunteer_member" (${base},
      "volunteer_record_id" uuid null references "volunteer" ("id") deferrable initially deferred,
      "account_id" uuid null references "account" ("id") deferrable initially deferred,
      "name" text not null, "id_number" text null,
      "teams" text[] not null default '{}', "skills" text[] not null default '{}', "availability" text null,
      "active" boolean not null default true);`);
    this.addSql(`create index "volunteer_member_community_id_index" on "volunteer_member" ("community_id");`);
    this.addSql(`create unique index "volunteer_member_account_unique" on "volunteer_member" ("community_id", "account_id") where "account_id" is not null;`);
    this.addSql(
      `create unique index "volunteer_member_record_unique" on "volunteer_member" ("community_id", "volunteer_record_id") where "volunteer_record_id" is not null;`,
    );

    this.addSql(`create table "volunteer_activity" (${base},
      "title" text not null, "description" text null, "location" text null, "team" text null,
      "organizer_account_id" uuid null,
      "status" text not null default 'PUBLISHED' check ("status" in ('PUBLISHED', 'CANCELLED')));`);
    this.addSql(`create index "volunteer_activity_community_id_index" on "volunteer_activity" ("community_id");`);

    this.addSql(`create table "volunteer_shift" (${base},
      "activity_id" uuid not null references "volunteer_activity" ("id") deferrable initially deferred,
      "starts_at" timestamptz not null, "ends_at" timestamptz not null,
      "capacity" integer not null check ("capacity" > 0),
      "signed_up" integer not null default 0,
      "waitlist_limit" integer not null default 0 check ("waitlist_limit" >= 0),
      "check_in_code" text not null,
      "status" text not null default 'OPEN' check ("status" in ('OPEN', 'CANCELLED')),
      constraint "volunteer_shift_times" check ("ends_at" > "starts_at"),
      constraint "volunteer_shift_within_capacity" check ("signed_up" >= 0 and "signed_up" <= "capacity"));`);
    this.addSql(`create index "volunteer_shift_community_id_index" on "volunteer_shift" ("community_id");`);
    this.addSql(`create index "volunteer_shift_activity_index" on "volunteer_shift" ("activity_id", "starts_at");`);

    this.addSql(`create table "volunteer_signup" (${base},
      "shift_id" uuid not null references "volunteer_shift" ("id"),
      "member_id" uuid not null references "volunteer_member" ("id"),
      "status" text not null check ("status" in ('CONFIRMED', 'WAITLISTED', 'CANCELLED', 'CHECKED_IN', 'CHECKED_OUT')),
      "checked_in_at" timestamptz null, "checked_out_at" timestamptz null,
      "checked_in_by" uuid null, "checked_out_by" uuid null,
      constraint "volunteer_signup_out_after_in" check ("checked_out_at" is null or "checked_out_at" >= "checked_in_at"));`);
    this.addSql(`create index "volunteer_signup_community_id_index" on "volunteer_signup" ("community_id");`);
    this.addSql(`create unique index "volunteer_signup_once" on "volunteer_signup" ("shift_id", "member_id") where "status" <> 'CANCELLED';`);
    this.addSql(`create index "volunteer_signup_waitlist" on "volunteer_signup" ("shift_id", "id") where "status" = 'WAITLISTED';`);

    this.addSql(`create table "volunteer_hours" (${base},
      "member_id" uuid not null references "volunteer_member" ("id"),
      "signup_id" uuid null references "volunteer_signup" ("id"),
      "shift_id" uuid null references "volunteer_shift" ("id"),
      "activity_title" text not null, "service_date" date not null,
      "minutes" integer not null,
      "kind" text not null check ("kind" in ('SERVICE', 'CORRECTION', 'DISPATCH')),
      "corrects_id" uuid null references "volunteer_hours" ("id"),
      "reason" text null,
      "status" text not null check ("status" in ('PENDING', 'CONFIRMED')),
      "recorded_by" uuid null, "confirmed_by" uuid null, "confirmed_at" timestamptz null,
      "source_event_seq" bigint null,
      constraint "volunteer_hours_minutes" check ("kind" = 'CORRECTION' or "minutes" >= 0),
      constraint "volunteer_hours_correction" check (("kind" = 'CORRECTION') = ("corrects_id" is not null)));`);
    this.addSql(`create index "volunteer_hours_community_id_index" on "volunteer_hours" ("community_id", "service_date");`);
    this.addSql(`create index "volunteer_hours_member_index" on "volunteer_hours" ("member_id", "service_date");`);
    this.addSql(`create unique index "volunteer_hours_signup_unique" on "volunteer_hours" ("signup_id") where "kind" = 'SERVICE';`);
    this.addSql(
      `create unique index "volunteer_hours_event_unique" on "volunteer_hours" ("community_id", "source_event_seq") where "source_event_seq" is not null;`,
    );
    // Hours are never edited: only PENDING → CONFIRMED may change, nothing is deleted.
    this.addSql(`create function volunteer_hours_guard() returns trigger language plpgsql as $$
      begin
        if tg_op = 'DELETE' then raise exception 'volunteer_hours is append-only' using errcode = '0A000'; end if;
        if new.minutes <> old.minutes or new.member_id <> old.member_id or new.service_date <> old.service_date or new.kind <> old.kind
           or old.status <> 'PENDING' or new.status <> 'CONFIRMED' then
          raise exception 'volunteer_hours records are corrected by new records, never edited' using errcode = '0A000';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger "volunteer_hours_guard" before update or delete on "volunteer_hours" for each row execute function volunteer_hours_guard();`);
  }

  override async down(): Promise<void> {
    for (const t of ['volunteer_hours', 'volunteer_signup', 'volunteer_shift', 'volunteer_activity', 'volunteer_member'])
      this.addSql(`drop table if exists "${t}" cascade;`);
    this.addSql('drop function if exists volunteer_hours_guard();');
  }
}
