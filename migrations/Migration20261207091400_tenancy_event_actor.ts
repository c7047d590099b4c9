import { Migration } from '@mikro-orm/migrations';

// Every event names its actor (the account, or the integrator's API key, of the operation that
// caused it; null for the system), so the audit log can answer who changed what, when. Events
// recorded before have none.
export class Migration20261207091400_tenancy_event_actor extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "outbox_event" add column "actor_account_id" uuid null, add column "actor_api_key_id" uuid null;`);
    this.addSql(
      `create index "outbox_event_community_actor_seq_index" on "outbox_event" ("community_id", "actor_account_id", "seq") where "actor_account_id" is not null;`,
    );
    this.addSql(
      `create index "outbox_event_community_subject_seq_index" on "outbox_event" ("community_id", "subject_id", "seq") where "subject_id" is not null;`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "outbox_event_community_subject_seq_index";`);
    this.addSql(`drop index if exists "outbox_event_community_actor_seq_index";`);
    this.addSql(`alter table "outbox_event" drop column if exists "actor_api_key_id", drop column if exists "actor_account_id";`);
  }
}
