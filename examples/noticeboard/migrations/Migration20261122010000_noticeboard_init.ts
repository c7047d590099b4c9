import { Migration } from 'wushe/sdk';

export class Migration20261122010000_noticeboard_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "noticeboard_notice" ("id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null references "community" ("id") deferrable initially deferred, "title" text not null, "body" text not null, "automatic" boolean not null default false);`,
    );
    this.addSql(`create index "noticeboard_notice_community_id_index" on "noticeboard_notice" ("community_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "noticeboard_notice";`);
  }
}
