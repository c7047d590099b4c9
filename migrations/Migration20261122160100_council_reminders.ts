import { Migration } from '@mikro-orm/migrations';

// 例会提醒: one row per body and cadence period once its council.MeetingDue reminder is recorded.
// The unique (body_id, period_key) is what makes the reminder job safe to run in several
// processes at once: the second insert of a period does nothing, so it records no event.
export class Migration20261122160100_council_reminders extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "council_meeting_reminder" ("id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null,
      "community_id" uuid not null references "community" ("id") deferrable initially deferred,
      "body_id" uuid not null references "council_body" ("id") deferrable initially deferred, "period_key" text not null, "period_start" timestamptz not null,
      "due_at" timestamptz not null, "reason" text not null check ("reason" in ('NOT_SCHEDULED', 'UPCOMING')), "meeting_id" uuid null references "council_meeting" ("id") deferrable initially deferred);`);
    this.addSql(`create index "council_meeting_reminder_community_id_index" on "council_meeting_reminder" ("community_id");`);
    this.addSql(`alter table "council_meeting_reminder" add constraint "council_meeting_reminder_body_id_period_key_unique" unique ("body_id", "period_key");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "council_meeting_reminder" cascade;`);
  }
}
