import { Migration } from '@mikro-orm/migrations';

// 站内通知 (in-app notifications): one row per (account, event, rule), so an event delivered twice
// notifies once; their deliveries on WeChat/SMS (one per notification and channel); and accounts'
// bound channel addresses (the WeChat openid, sealed).
const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
  "community_id" uuid not null references "community" ("id") on delete cascade`;

export class Migration20261207082000_notifications_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "notification" (${base},
      "account_id" uuid not null references "account" ("id") on delete cascade,
      "event_seq" bigint not null, "rule_key" text not null, "event_type" text not null,
      "title" text not null, "body" text not null, "subject_type" text null, "subject_id" uuid null,
      "read_at" timestamptz null);`);
    this.addSql(
      `alter table "notification" add constraint "notification_account_id_event_seq_rule_key_unique" unique ("account_id", "event_seq", "rule_key");`,
    );
    this.addSql(`create index "notification_community_id_id_index" on "notification" ("community_id", "id");`);
    this.addSql(`create index "notification_community_id_account_id_id_index" on "notification" ("community_id", "account_id", "id");`);
    this.addSql(`create index "notification_unread_index" on "notification" ("community_id", "account_id") where "read_at" is null;`);
    this.addSql(`create table "notification_delivery" (${base},
      "notification_id" uuid not null references "notification" ("id") on delete cascade,
      "channel" text not null, "status" text not null default 'PENDING' check ("status" in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
      "attempts" integer not null default 0, "last_error" text null, "provider_message_id" text null);`);
    this.addSql(
      `alter table "notification_delivery" add constraint "notification_delivery_notification_id_channel_unique" unique ("notification_id", "channel");`,
    );
    this.addSql(`create index "notification_delivery_community_id_id_index" on "notification_delivery" ("community_id", "id");`);
    this.addSql(`create table "notification_channel_binding" (
      "account_id" uuid not null references "account" ("id") on delete cascade, "channel" text not null,
      "address" text not null, "bound_at" timestamptz not null default now(), primary key ("account_id", "channel"));`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "notification_channel_binding";');
    this.addSql('drop table if exists "notification_delivery";');
    this.addSql('drop table if exists "notification";');
  }
}
