import { Migration } from '@mikro-orm/migrations';

// Moderation of the discussion: a comment may be hidden (with the reason and the moderator), and
// every hide and restore is kept in an append-only log.
export class Migration20261207091500_council_moderation extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table "council_comment" add column "hidden_at" timestamptz null, add column "hidden_reason" text null, add column "hidden_by_account_id" uuid null;`,
    );
    this.addSql(
      `create table "council_moderation" ("id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null references "community" ("id") deferrable initially deferred, "comment_id" uuid not null references "council_comment" ("id") on delete cascade, "action" text not null check ("action" in ('HIDE', 'RESTORE')), "moderation_reason" text not null, "actor_account_id" uuid not null);`,
    );
    this.addSql(`create index "council_moderation_community_id_id_index" on "council_moderation" ("community_id", "id");`);
    this.addSql(`create index "council_moderation_community_id_comment_id_index" on "council_moderation" ("community_id", "comment_id");`);
    this.addSql(
      `create trigger council_moderation_append_only before update or delete on "council_moderation" for each statement execute function wushe_append_only();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "council_moderation" cascade;`);
    this.addSql(
      `alter table "council_comment" drop column if exists "hidden_at", drop column if exists "hidden_reason", drop column if exists "hidden_by_account_id";`,
    );
  }
}
