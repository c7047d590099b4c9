import { Migration } from '@mikro-orm/migrations';

// Webhooks (M35): a community's endpoints (回调地址) and the delivery log (投递记录). Deliveries of
// one queue (endpoint + subject) are sent in `position` order, so the pending head of each queue
// is found by an index; deleting an endpoint or a community removes its deliveries.
const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
  "community_id" uuid not null references "community" ("id") on delete cascade`;

export class Migration20261207100000_webhooks_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "webhook_endpoint" (${base},
      "url" text not null check (length("url") between 8 and 2000), "description" text not null default '',
      "event_types" text[] not null default '{}', "permissions" text[] not null default '{}',
      "secret" text not null, "previous_secret" text null, "previous_secret_expires_at" timestamptz null,
      "enabled" boolean not null default true, "disabled_reason" text null, "disabled_at" timestamptz null,
      "created_by" uuid null);`);
    this.addSql(`create index "webhook_endpoint_community_id_id_index" on "webhook_endpoint" ("community_id", "id");`);
    this.addSql(`create table "webhook_delivery" (${base},
      "endpoint_id" uuid not null references "webhook_endpoint" ("id") on delete cascade,
      "message_id" text not null, "event_type" text not null, "event_seq" bigint not null, "queue" text not null,
      "payload" jsonb not null, "status" text not null default 'PENDING' check ("status" in ('PENDING', 'DELIVERED', 'FAILED')),
      "attempts" integer not null default 0, "last_status" integer null, "last_latency_ms" integer null, "last_error" text null,
      "next_attempt_at" timestamptz null, "first_attempt_at" timestamptz null, "delivered_at" timestamptz null,
      "position" bigint generated always as identity);`);
    this.addSql(`create index "webhook_delivery_community_id_id_index" on "webhook_delivery" ("community_id", "id");`);
    this.addSql(`create index "webhook_delivery_endpoint_id_id_index" on "webhook_delivery" ("endpoint_id", "id");`);
    this.addSql(`create index "webhook_delivery_pending_index" on "webhook_delivery" ("endpoint_id", "queue", "position") where "status" = 'PENDING';`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "webhook_delivery";');
    this.addSql('drop table if exists "webhook_endpoint";');
  }
}
