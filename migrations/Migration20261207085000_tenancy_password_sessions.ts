import { Migration } from '@mikro-orm/migrations';

// Accounts: a password an administrator reset must be changed at the next sign-in; an account's
// sessions (refresh-token families) are listed and revoked by account.
export class Migration20261207085000_tenancy_password_sessions extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "account" add column "password_change_required" boolean not null default false;`);
    this.addSql(`alter table "account" add column "password_changed_at" timestamptz null;`);
    this.addSql(`create index "refresh_token_account_id_index" on "refresh_token" ("account_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "refresh_token_account_id_index";`);
    this.addSql(`alter table "account" drop column "password_changed_at";`);
    this.addSql(`alter table "account" drop column "password_change_required";`);
  }
}
