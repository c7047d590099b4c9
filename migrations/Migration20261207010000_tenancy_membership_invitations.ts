import { Migration } from '@mikro-orm/migrations';

// 成员邀请: an existing login joins another community only by accepting an invitation; and the
// community a login lands in when it names none (默认社区).
export class Migration20261207010000_tenancy_membership_invitations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "membership_invitation" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "login" text not null, "roles" text[] not null, "title" text null, "invited_by" uuid null, constraint "membership_invitation_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_invitation_community_id_id_index" on "membership_invitation" ("community_id", "id");`);
    this.addSql(`alter table "membership_invitation" add constraint "membership_invitation_community_id_login_unique" unique ("community_id", "login");`);
    // The invitee's own list: by login across communities.
    this.addSql(`create index "membership_invitation_login_index" on "membership_invitation" ("login");`);
    this.addSql(`alter table "account" add column "default_community_id" uuid null;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "account" drop column "default_community_id";`);
    this.addSql(`drop table if exists "membership_invitation";`);
  }
}
