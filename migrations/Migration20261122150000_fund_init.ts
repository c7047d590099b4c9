import { Migration } from '@mikro-orm/migrations';

// 社区基金: funds, their committee/custodian rosters, a double-entry append-only ledger whose
// rules live in the database (cached balances under CHECK, Σ = 0 per transaction by a deferred
// constraint trigger, no UPDATE/DELETE), donations with gap-free receipts, disbursements with
// one approval per approver and never by the requester.
const tenant = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
  "community_id" uuid not null references "community" ("id") deferrable initially deferred`;

export class Migration20261122150000_fund_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create table "fund_fund" (${tenant},
      "name" text not null check (length("name") between 1 and 60),
      "kind" text not null check ("kind" in ('GENERAL', 'EARMARKED')),
      "purpose" text null,
      "description" text null,
      "custodian_type" text not null check ("custodian_type" in ('SOCIAL_ORGANIZATION', 'CHARITY_RESOURCE')),
      "custodian_id" uuid not null,
      "receipt_seq" integer not null default 0 check ("receipt_seq" >= 0),
      "active" boolean not null default true,
      constraint "fund_fund_purpose_check" check (("kind" = 'EARMARKED') = ("purpose" is not null)),
      constraint "fund_fund_community_name_unique" unique ("community_id", "name"));`);
    this.addSql(`create index "fund_fund_community_id_index" on "fund_fund" ("community_id");`);

    this.addSql(`create table "fund_member" (${tenant},
      "fund_id" uuid not null references "fund_fund" ("id"),
      "account_id" uuid not null references "account" ("id"),
      "role" text not null check ("role" in ('COMMITTEE', 'CUSTODIAN')),
      "active" boolean not null default true,
      constraint "fund_member_unique" unique ("fund_id", "account_id", "role"));`);
    this.addSql(`create index "fund_member_community_id_index" on "fund_member" ("community_id");`);

    // One row per fund and ledger account; balance_fen caches Σ entries (kept in the same transaction).
    this.addSql(`create table "fund_account" (${tenant},
      "fund_id" uuid not null references "fund_fund" ("id"),
      "code" text not null check ("code" in ('CASH', 'GOODS', 'INCOME', 'SPENT')),
      "normal" text not null check ("normal" = case when "code" = 'INCOME' then 'CREDIT' else 'DEBIT' end),
      "balance_fen" bigint not null default 0,
      constraint "fund_account_balance_sign" check (("normal" = 'DEBIT' and "balance_fen" >= 0) or ("normal" = 'CREDIT' and "balance_fen" <= 0)),
      constraint "fund_account_fund_code_unique" unique ("fund_id", "code"),
      constraint "fund_account_id_fund_unique" unique ("id", "fund_id"));`);
    this.addSql(`create index "fund_account_community_id_index" on "fund_account" ("community_id");`);

    this.addSql(`create table "fund_donation" (${tenant},
      "fund_id" uuid not null references "fund_fund" ("id"),
      "kind" text not null check ("kind" in ('MONEY', 'GOODS', 'SERVICE')),
      "status" text not null check ("status" in ('PLEDGED', 'RECEIVED', 'REFUNDED', 'CANCELLED')),
      "amount_fen" bigint not null check ("amount_fen" >= 0 and "amount_fen" <= 100000000000),
      "description" text null,
      "donor_type" text not null check ("donor_type" in ('CHARITY_RESOURCE', 'COBUILDING_UNIT', 'INDIVIDUAL')),
      "donor_ref_id" uuid null,
      "donor_name" text not null,
      "donor_account_id" uuid null references "account" ("id"),
      "anonymous" boolean not null default false,
      "receipt_no" integer null check ("receipt_no" > 0),
      "receipt_number" text null,
      "pledged_at" timestamptz null,
      "received_at" timestamptz null,
      "refunded_at" timestamptz null,
      "reason" text null,
      "recorded_by_account_id" uuid null references "account" ("id"),
      constraint "fund_donation_amount_kind" check ("kind" = 'SERVICE' or "amount_fen" > 0),
      constraint "fund_donation_receipt_state" check (("status" in ('RECEIVED', 'REFUNDED')) = ("receipt_no" is not null and "received_at" is not null)),
      constraint "fund_donation_donor_ref" check (("donor_type" = 'INDIVIDUAL') = ("donor_ref_id" is null)),
      constraint "fund_donation_receipt_unique" unique ("fund_id", "receipt_no"));`);
    this.addSql(`create index "fund_donation_community_id_index" on "fund_donation" ("community_id");`);
    this.addSql(`create index "fund_donation_fund_index" on "fund_donation" ("fund_id", "received_at");`);

    this.addSql(`create table "fund_disbursement" (${tenant},
      "fund_id" uuid not null references "fund_fund" ("id"),
      "title" text not null check (length("title") between 1 and 100),
      "description" text null,
      "purpose" text not null,
      "amount_fen" bigint not null check ("amount_fen" > 0 and "amount_fen" <= 100000000000),
      "payee" text not null,
      "requester_account_id" uuid not null references "account" ("id"),
      "status" text not null check ("status" in ('REQUESTED', 'APPROVED', 'PAID', 'REJECTED', 'CANCELLED')),
      "approvals_required" integer not null check ("approvals_required" between 1 and 9),
      "approvals_count" integer not null default 0,
      "council_required" boolean not null default false,
      "council_topic_id" uuid null,
      "council_decision" text null check ("council_decision" in ('PASSED', 'FAILED')),
      "project_ref" text null,
      "care_case_ref" text null,
      "attachments" text[] not null default '{}',
      "reason" text null,
      "decided_by_account_id" uuid null references "account" ("id"),
      "decided_at" timestamptz null,
      "payment_reference" text null,
      "paid_at" timestamptz null,
      "paid_by_account_id" uuid null references "account" ("id"),
      constraint "fund_disbursement_count" check ("approvals_count" between 0 and "approvals_required"),
      constraint "fund_disbursement_council_topic" check (not "council_required" or "council_topic_id" is not null),
      constraint "fund_disbursement_paid" check (("status" = 'PAID') = ("payment_reference" is not null and "paid_at" is not null)),
      constraint "fund_disbursement_reason" check ("status" not in ('REJECTED', 'CANCELLED') or "reason" is not null));`);
    this.addSql(`create index "fund_disbursement_community_id_index" on "fund_disbursement" ("community_id");`);
    this.addSql(`create index "fund_disbursement_topic_index" on "fund_disbursement" ("council_topic_id") where "council_topic_id" is not null;`);

    // Each approver once; the requester never (trigger below).
    this.addSql(`create table "fund_approval" (${tenant},
      "disbursement_id" uuid not null references "fund_disbursement" ("id"),
      "approver_account_id" uuid not null references "account" ("id"),
      constraint "fund_approval_once" unique ("disbursement_id", "approver_account_id"));`);
    this.addSql(`create index "fund_approval_community_id_index" on "fund_approval" ("community_id");`);

    this.addSql(`create table "fund_ledger_txn" (${tenant},
      "fund_id" uuid not null references "fund_fund" ("id"),
      "kind" text not null check ("kind" in ('DONATION', 'REFUND', 'DISBURSEMENT')),
      "donation_id" uuid null references "fund_donation" ("id"),
      "disbursement_id" uuid null references "fund_disbursement" ("id"),
      constraint "fund_ledger_txn_ref" check (("kind" = 'DISBURSEMENT') = ("disbursement_id" is not null) and ("kind" = 'DISBURSEMENT') = ("donation_id" is null)),
      constraint "fund_ledger_txn_id_fund_unique" unique ("id", "fund_id"));`);
    this.addSql(`create index "fund_ledger_txn_community_id_index" on "fund_ledger_txn" ("community_id");`);
    // A donation is received once and refunded once; a disbursement is paid once.
    this.addSql(`create unique index "fund_ledger_txn_once" on "fund_ledger_txn" ("kind", coalesce("donation_id", "disbursement_id"));`);

    this.addSql(`create table "fund_ledger_entry" (${tenant},
      "fund_id" uuid not null,
      "txn_id" uuid not null,
      "account_id" uuid not null,
      "amount_fen" bigint not null check ("amount_fen" <> 0),
      constraint "fund_ledger_entry_txn_fk" foreign key ("txn_id", "fund_id") references "fund_ledger_txn" ("id", "fund_id"),
      constraint "fund_ledger_entry_account_fk" foreign key ("account_id", "fund_id") references "fund_account" ("id", "fund_id"));`);
    this.addSql(`create index "fund_ledger_entry_community_id_index" on "fund_ledger_entry" ("community_id");`);
    this.addSql(`create index "fund_ledger_entry_txn_index" on "fund_ledger_entry" ("txn_id");`);
    this.addSql(`create index "fund_ledger_entry_account_index" on "fund_ledger_entry" ("account_id", "created_at");`);

    this.addSql(`create table "fund_idempotency" (
      "community_id" uuid not null references "community" ("id") deferrable initially deferred,
      "key" text not null check (length("key") between 1 and 200),
      "operation" text not null,
      "payload_hash" text not null,
      "subject_id" uuid null,
      "created_at" timestamptz not null default now(),
      constraint "fund_idempotency_pkey" primary key ("community_id", "key"));`);

    // Append-only ledger.
    this.addSql(`create function fund_ledger_append_only() returns trigger language plpgsql as $$
      begin raise exception 'fund ledger is append-only (% on %)', tg_op, tg_table_name using errcode = '42501'; end $$;`);
    this.addSql(
      `create trigger fund_ledger_txn_append_only before update or delete on "fund_ledger_txn" for each row execute function fund_ledger_append_only();`,
    );
    this.addSql(
      `create trigger fund_ledger_entry_append_only before update or delete on "fund_ledger_entry" for each row execute function fund_ledger_append_only();`,
    );

    // Σ entries = 0 and at least two legs per transaction, checked at commit.
    this.addSql(`create function fund_ledger_txn_balanced() returns trigger language plpgsql as $$
      declare t uuid; s bigint; n int;
      begin
        t := (to_jsonb(new) ->> tg_argv[0])::uuid;
        select coalesce(sum(amount_fen), 0), count(*) into s, n from fund_ledger_entry where txn_id = t;
        if s <> 0 or n < 2 then
          raise exception 'fund ledger transaction % does not balance (sum %, % entries)', t, s, n using errcode = '23514';
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create constraint trigger fund_ledger_entry_balanced after insert on "fund_ledger_entry" deferrable initially deferred for each row execute function fund_ledger_txn_balanced('txn_id');`,
    );
    this.addSql(
      `create constraint trigger fund_ledger_txn_balanced after insert on "fund_ledger_txn" deferrable initially deferred for each row execute function fund_ledger_txn_balanced('id');`,
    );

    // Nobody approves their own request.
    this.addSql(`create function fund_approval_not_requester() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from fund_disbursement d where d.id = new.disbursement_id and d.requester_account_id = new.approver_account_id) then
          raise exception 'the requester cannot approve their own disbursement' using errcode = '23514';
        end if;
        return new;
      end $$;`);
    this.addSql(`create trigger fund_approval_not_requester before insert on "fund_approval" for each row execute function fund_approval_not_requester();`);

    // Earmarked money only for its purpose.
    this.addSql(`create function fund_disbursement_purpose() returns trigger language plpgsql as $$
      begin
        if exists (select 1 from fund_fund f where f.id = new.fund_id and f.kind = 'EARMARKED' and f.purpose <> new.purpose) then
          raise exception 'an earmarked fund pays only for its purpose' using errcode = '23514';
        end if;
        return new;
      end $$;`);
    this.addSql(
      `create trigger fund_disbursement_purpose before insert or update of "purpose", "fund_id" on "fund_disbursement" for each row execute function fund_disbursement_purpose();`,
    );
  }

  override async down(): Promise<void> {
    for (const t of [
      'fund_idempotency',
      'fund_ledger_entry',
      'fund_ledger_txn',
      'fund_approval',
      'fund_disbursement',
      'fund_donation',
      'fund_account',
      'fund_member',
      'fund_fund',
    ]) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
    for (const f of ['fund_ledger_append_only', 'fund_ledger_txn_balanced', 'fund_approval_not_requester', 'fund_disbursement_purpose']) {
      this.addSql(`drop function if exists ${f}();`);
    }
  }
}
