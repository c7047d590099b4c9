import { Migration } from '@mikro-orm/migrations';

// 积分: a double-entry, append-only ledger. Member accounts never go below zero (CHECK); the
// entries of every transaction sum to zero (deferred constraint trigger, checked at commit);
// entries and transactions cannot be updated or deleted; stock never goes below zero.
export class Migration20261122130000_points_init extends Migration {
  override async up(): Promise<void> {
    const tenant = `"community_id" uuid not null references "community" ("id") deferrable initially deferred`;
    const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), ${tenant}`;

    this.addSql(`create table "points_account" (${base},
      "kind" text not null check ("kind" in ('HOUSEHOLD', 'PERSON', 'SYSTEM')),
      "household_id" uuid null references "household" ("id") deferrable initially deferred,
      "owner_account_id" uuid null references "account" ("id") deferrable initially deferred,
      "system_code" text null check ("system_code" in ('ISSUE', 'REDEEM', 'EXPIRE')),
      "balance" integer not null default 0,
      constraint "points_account_owner" check (
        ("kind" = 'HOUSEHOLD' and "household_id" is not null and "owner_account_id" is null and "system_code" is null) or
        ("kind" = 'PERSON' and "owner_account_id" is not null and "household_id" is null and "system_code" is null) or
        ("kind" = 'SYSTEM' and "system_code" is not null and "household_id" is null and "owner_account_id" is null)),
      constraint "points_account_balance_nonnegative" check ("kind" = 'SYSTEM' or "balance" >= 0));`);
    this.addSql(`create index "points_account_community_id_index" on "points_account" ("community_id");`);
    this.addSql(`create unique index "points_account_household_unique" on "points_account" ("community_id", "household_id") where "kind" = 'HOUSEHOLD';`);
    this.addSql(`create unique index "points_account_person_unique" on "points_account" ("community_id", "owner_account_id") where "kind" = 'PERSON';`);
    this.addSql(`create unique index "points_account_system_unique" on "points_account" ("community_id", "system_code") where "kind" = 'SYSTEM';`);

    this.addSql(`create table "points_transaction" (${base},
      "kind" text not null check ("kind" in ('EARN', 'AWARD', 'DEDUCT', 'REDEEM', 'REFUND', 'EXPIRE')),
      "member_account_id" uuid not null references "points_account" ("id"),
      "amount" integer not null check ("amount" > 0),
      "rule_key" text null, "reason" text null, "source_event_seq" bigint null,
      "actor_account_id" uuid null, "approver_account_id" uuid null,
      "redemption_id" uuid null, "adjustment_id" uuid null);`);
    this.addSql(`create index "points_transaction_community_id_index" on "points_transaction" ("community_id");`);
    this.addSql(`create index "points_transaction_member_rule" on "points_transaction" ("member_account_id", "rule_key", "created_at");`);
    this.addSql(`create index "points_transaction_period" on "points_transaction" ("community_id", "created_at");`);
    // An event credits each rule at most once, whatever the consumer does.
    this.addSql(
      `create unique index "points_transaction_event_rule_unique" on "points_transaction" ("community_id", "source_event_seq", "rule_key") where "source_event_seq" is not null;`,
    );

    this.addSql(`create table "points_entry" (${base},
      "transaction_id" uuid not null references "points_transaction" ("id"),
      "account_id" uuid not null references "points_account" ("id"),
      "amount" integer not null check ("amount" <> 0),
      "balance_after" integer not null);`);
    this.addSql(`create index "points_entry_community_id_index" on "points_entry" ("community_id");`);
    this.addSql(`create index "points_entry_account_index" on "points_entry" ("account_id", "id");`);
    this.addSql(`create index "points_entry_transaction_index" on "points_entry" ("transaction_id");`);

    this.addSql(`create function points_transaction_balanced() returns trigger language plpgsql as $$
      declare total bigint; n int;
      begin
        select coalesce(sum(amount), 0), count(*) into total, n from points_entry where transaction_id = new.transaction_id;
        if total <> 0 or n < 2 then
          raise exception 'points transaction % does not balance (sum %, % entries)', new.transaction_id, total, n using errcode = '23514';
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create constraint trigger "points_entry_balanced" after insert on "points_entry" deferrable initially deferred for each row execute function points_transaction_balanced();`,
    );
    this.addSql(`create function points_transaction_has_entries() returns trigger language plpgsql as $$
      begin
        if not exists (select 1 from points_entry where transaction_id = new.id) then
          raise exception 'points transaction % has no entries', new.id using errcode = '23514';
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create constraint trigger "points_transaction_has_entries" after insert on "points_transaction" deferrable initially deferred for each row execute function points_transaction_has_entries();`,
    );
    this.addSql(`create function points_append_only() returns trigger language plpgsql as $$
      begin raise exception '% is append-only (corrections are new entries)', tg_table_name using errcode = '0A000'; end $$;`);
    this.addSql(`create trigger "points_entry_append_only" before update or delete on "points_entry" for each row execute function points_append_only();`);
    this.addSql(
      `create trigger "points_transaction_append_only" before update or delete on "points_transaction" for each row execute function points_append_only();`,
    );

    this.addSql(`create table "points_item" (${base},
      "name" text not null, "description" text null, "pictures" text[] not null default '{}',
      "price_points" integer not null check ("price_points" > 0),
      "stock" integer not null check ("stock" >= 0),
      "per_household_limit" integer null check ("per_household_limit" > 0),
      "available_from" timestamptz null, "available_until" timestamptz null,
      "active" boolean not null default true,
      constraint "points_item_window" check ("available_until" is null or "available_from" is null or "available_until" > "available_from"));`);
    this.addSql(`create index "points_item_community_id_index" on "points_item" ("community_id");`);

    this.addSql(`create table "points_redemption" (${base},
      "item_id" uuid not null references "points_item" ("id"),
      "account_id" uuid not null references "points_account" ("id"),
      "redeemed_by_account_id" uuid not null,
      "quantity" integer not null check ("quantity" > 0),
      "points" integer not null check ("points" > 0),
      "status" text not null check ("status" in ('RESERVED', 'PICKED_UP', 'CANCELLED')),
      "code" text not null,
      "transaction_id" uuid not null references "points_transaction" ("id"),
      "refund_transaction_id" uuid null references "points_transaction" ("id"),
      "picked_up_at" timestamptz null, "picked_up_by" uuid null,
      "cancelled_at" timestamptz null, "cancelled_by" uuid null, "cancel_reason" text null);`);
    this.addSql(`create index "points_redemption_community_id_index" on "points_redemption" ("community_id");`);
    this.addSql(`create index "points_redemption_item_account" on "points_redemption" ("item_id", "account_id") where "status" <> 'CANCELLED';`);
    this.addSql(`create index "points_redemption_account" on "points_redemption" ("account_id", "id");`);
    this.addSql(`create unique index "points_redemption_code_unique" on "points_redemption" ("community_id", "code");`);

    this.addSql(`create table "points_adjustment" (${base},
      "account_id" uuid not null references "points_account" ("id"),
      "amount" integer not null check ("amount" <> 0),
      "reason" text not null,
      "status" text not null check ("status" in ('PENDING', 'POSTED', 'REJECTED')),
      "needs_approval" boolean not null, "requested_by" uuid not null, "decided_by" uuid null, "decided_at" timestamptz null,
      "transaction_id" uuid null references "points_transaction" ("id"),
      constraint "points_adjustment_second_person" check (not "needs_approval" or "status" <> 'POSTED' or "decided_by" <> "requested_by"),
      constraint "points_adjustment_posted" check (("status" = 'POSTED') = ("transaction_id" is not null)));`);
    this.addSql(`create index "points_adjustment_community_id_index" on "points_adjustment" ("community_id", "status");`);

    // Idempotency keys: the first committed request owns the key; retries replay its result.
    this.addSql(`create table "points_idempotency" (${tenant},
      "key" text not null, "operation" text not null, "request_hash" text not null,
      "result_type" text null, "result_id" uuid null, "created_at" timestamptz not null default now(),
      constraint "points_idempotency_pkey" primary key ("community_id", "key"));`);
  }

  override async down(): Promise<void> {
    for (const t of ['points_idempotency', 'points_adjustment', 'points_redemption', 'points_item', 'points_entry', 'points_transaction', 'points_account']) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
    this.addSql('drop function if exists points_transaction_balanced(), points_transaction_has_entries(), points_append_only();');
  }
}
