import { Migration } from '@mikro-orm/migrations';

// 公益创投: calls for proposals, social organizations' applications (one per organization and
// call), the panel's scores (each reviewer once per application and criterion) and the awarded
// projects' milestones, each paid through one fund disbursement. Child rows reference their parent
// through (community_id, id), so no row can point into another community.
export class Migration20261207121000_venture_init extends Migration {
  override async up(): Promise<void> {
    const tenant = `"community_id" uuid not null references "community" ("id") deferrable initially deferred`;
    const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), ${tenant}`;
    const ref = (col: string, table: string) =>
      `constraint "${table}_${col}_fk" foreign key ("community_id", "${col}") references "${table}" ("community_id", "id") deferrable initially deferred`;
    const fen = (col: string) => `"${col}" bigint not null check ("${col}" > 0 and "${col}" <= 100000000000)`;

    this.addSql(`create table "venture_call" (${base},
      "title" text not null check (length("title") between 1 and 100), "description" text null,
      "fund_id" uuid not null references "fund_fund" ("id") deferrable initially deferred, "purpose" text not null,
      ${fen('total_budget_fen')}, ${fen('ceiling_fen')},
      "opens_at" timestamptz not null, "closes_at" timestamptz not null,
      "criteria" jsonb not null, "panel_account_ids" uuid[] not null,
      "status" text not null check ("status" in ('OPEN', 'CLOSED', 'AWARDED')),
      "created_by_account_id" uuid null references "account" ("id") deferrable initially deferred,
      "awarded_at" timestamptz null, "awarded_by_account_id" uuid null references "account" ("id") deferrable initially deferred,
      "award_reason" text null, "awarded_fen" bigint null,
      constraint "venture_call_window" check ("closes_at" > "opens_at"),
      constraint "venture_call_ceiling" check ("ceiling_fen" <= "total_budget_fen"),
      constraint "venture_call_awarded" check (("status" = 'AWARDED') = ("awarded_at" is not null and "award_reason" is not null)),
      constraint "venture_call_tenant_id" unique ("community_id", "id"));`);
    this.addSql(`create index "venture_call_status_index" on "venture_call" ("community_id", "status");`);

    this.addSql(`create table "venture_application" (${base},
      "call_id" uuid not null,
      "organization_id" uuid not null references "social_organization" ("id") deferrable initially deferred, "applicant_account_id" uuid not null references "account" ("id") deferrable initially deferred,
      "title" text not null check (length("title") between 1 and 100), "summary" text not null,
      ${fen('requested_fen')},
      "status" text not null check ("status" in ('SUBMITTED', 'AWARDED', 'NOT_AWARDED')),
      "score" numeric(7, 3) null, "rank" integer null,
      constraint "venture_application_once" unique ("call_id", "organization_id"),
      constraint "venture_application_tenant_id" unique ("community_id", "id"),
      ${ref('call_id', 'venture_call')});`);
    this.addSql(`create index "venture_application_applicant_index" on "venture_application" ("community_id", "applicant_account_id");`);

    this.addSql(`create table "venture_milestone" (${base},
      "application_id" uuid not null, "seq" integer not null check ("seq" between 1 and 20),
      "title" text not null check (length("title") between 1 and 100), ${fen('amount_fen')}, "due_on" date null,
      "status" text not null check ("status" in ('PLANNED', 'REPORTED', 'PAYMENT_REQUESTED', 'APPROVED', 'PAID')),
      "report" text null, "reported_at" timestamptz null,
      "disbursement_id" uuid null, "payment_error" text null, "paid_at" timestamptz null,
      constraint "venture_milestone_seq" unique ("application_id", "seq"),
      constraint "venture_milestone_disbursement" unique ("disbursement_id"),
      constraint "venture_milestone_reported" check ("status" = 'PLANNED' or ("report" is not null and "reported_at" is not null)),
      constraint "venture_milestone_paying" check ("status" not in ('PAYMENT_REQUESTED', 'APPROVED', 'PAID') or "disbursement_id" is not null),
      constraint "venture_milestone_tenant_id" unique ("community_id", "id"),
      ${ref('application_id', 'venture_application')});`);

    this.addSql(`create table "venture_score" (${base},
      "application_id" uuid not null, "reviewer_account_id" uuid not null references "account" ("id") deferrable initially deferred,
      "criterion" text not null, "score" integer not null check ("score" between 0 and 100), "comment" text null,
      constraint "venture_score_once" unique ("application_id", "reviewer_account_id", "criterion"),
      ${ref('application_id', 'venture_application')});`);
  }

  override async down(): Promise<void> {
    for (const t of ['venture_score', 'venture_milestone', 'venture_application', 'venture_call']) this.addSql(`drop table if exists "${t}" cascade;`);
  }
}
