import { Migration } from '@mikro-orm/migrations';

// 积分随时长更正: one row per (correction event, rule) — what the rules now say (delta), what
// the ledger took or gave (taken), and what could not be taken back because the household had
// already spent it (shortfall). The primary key makes each correction event count once.
export class Migration20261122170000_points_corrections extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "points_correction" (
      "community_id" uuid not null references "community" ("id") deferrable initially deferred,
      "source_event_seq" bigint not null, "rule_key" text not null,
      "account_id" uuid not null references "points_account" ("id"),
      "delta" integer not null, "taken" integer not null, "shortfall" integer not null check ("shortfall" >= 0),
      "transaction_id" uuid null references "points_transaction" ("id"),
      "created_at" timestamptz not null default now(),
      constraint "points_correction_pkey" primary key ("community_id", "source_event_seq", "rule_key"));`);
    this.addSql(`create index "points_correction_account" on "points_correction" ("account_id") where "shortfall" > 0;`);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists "points_correction" cascade;');
  }
}
