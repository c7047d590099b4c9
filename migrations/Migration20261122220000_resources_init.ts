import { Migration } from '@mikro-orm/migrations';

// 三项清单: needs (需求库), resources (资源库), projects (项目清单) with committed resources and
// milestones, need surveys with one response per account and per-option tallies. Rules the
// database can keep (states, amounts ≥ 0, one need per source object, one answer per account)
// live here as constraints; every tenant row carries community_id, indexed with id for keyset pages.
const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
  "community_id" uuid not null references "community" ("id") deferrable initially deferred`;

export class Migration20261122220000_resources_init extends Migration {
  override async up(): Promise<void> {
    const table = (name: string, cols: string, extra: string[] = []) => {
      this.addSql(`create table "${name}" (${base}, ${cols});`);
      this.addSql(`create index "${name}_community_id_id_index" on "${name}" ("community_id", "id");`);
      for (const s of extra) this.addSql(s);
    };
    table(
      'resources_need',
      `"category" text not null, "title" text not null check (length("title") between 1 and 100), "description" text null,
      "grid_unit_id" uuid null, "grid_path" text[] not null default '{}',
      "source" text not null check ("source" in ('SURVEY', 'DISPATCH_REQUEST', 'COUNCIL_TOPIC', 'STAFF')), "source_ref" text null,
      "status" text not null check ("status" in ('OPEN', 'MATCHED', 'MET', 'CLOSED')),
      "demand_count" integer not null default 1 check ("demand_count" >= 1),
      "created_by_account_id" uuid null, "reason" text null, "met_at" timestamptz null,
      constraint "resources_need_met" check (("status" = 'MET') = ("met_at" is not null))`,
      [
        // An event handled twice, or a survey option turned into a need twice, leaves one need.
        `create unique index "resources_need_source_unique" on "resources_need" ("community_id", "source", "source_ref") where "source_ref" is not null;`,
        `create index "resources_need_community_status_index" on "resources_need" ("community_id", "status", "id");`,
      ],
    );
    table(
      'resources_resource',
      `"kind" text not null check ("kind" in ('SKILL', 'VENUE', 'GOODS', 'MONEY', 'TIME')),
      "title" text not null check (length("title") between 1 and 100), "description" text null, "category" text null, "grid_unit_id" uuid null,
      "provider_type" text not null check ("provider_type" in ('COBUILDING_UNIT', 'SOCIAL_ORGANIZATION', 'CHARITY_RESOURCE')), "provider_id" uuid not null,
      "quantity" integer null check ("quantity" >= 0), "unit" text null, "value_fen" bigint not null default 0 check ("value_fen" between 0 and 100000000000),
      "available_from" date null, "available_until" date null, "active" boolean not null default true, "created_by_account_id" uuid null,
      constraint "resources_resource_window" check ("available_from" is null or "available_until" is null or "available_from" <= "available_until")`,
      [`create index "resources_resource_match_index" on "resources_resource" ("community_id", "active", "category");`],
    );
    table(
      'resources_project',
      `"need_id" uuid not null references "resources_need" ("id") deferrable initially deferred,
      "title" text not null check (length("title") between 1 and 100), "description" text null,
      "owner_account_id" uuid not null references "account" ("id") deferrable initially deferred,
      "budget_fen" bigint not null default 0 check ("budget_fen" between 0 and 100000000000),
      "status" text not null check ("status" in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
      "started_at" timestamptz null, "done_at" timestamptz null, "reason" text null,
      "funding_status" text not null default 'NONE' check ("funding_status" in ('NONE', 'REQUESTED', 'APPROVED', 'PAID', 'REJECTED', 'CANCELLED', 'REFUSED')),
      "funding_disbursement_id" uuid null, "funding_fund_id" uuid null,
      "funding_amount_fen" bigint not null default 0 check ("funding_amount_fen" >= 0), "funding_error" text null,
      "created_by_account_id" uuid null,
      constraint "resources_project_done" check (("status" = 'DONE') = ("done_at" is not null)),
      constraint "resources_project_funding" check (("funding_status" = 'NONE') = ("funding_disbursement_id" is null))`,
      [
        `create unique index "resources_project_disbursement_unique" on "resources_project" ("funding_disbursement_id") where "funding_disbursement_id" is not null;`,
        // One live project per need: the need is MATCHED while it runs.
        `create unique index "resources_project_live_need_unique" on "resources_project" ("need_id") where "status" in ('PLANNED', 'IN_PROGRESS', 'DONE');`,
        `create index "resources_project_community_status_index" on "resources_project" ("community_id", "status", "id");`,
      ],
    );
    table(
      'resources_project_resource',
      `"project_id" uuid not null references "resources_project" ("id") deferrable initially deferred,
      "resource_id" uuid not null references "resources_resource" ("id") deferrable initially deferred,
      "quantity" integer null check ("quantity" >= 0), "value_fen" bigint not null default 0 check ("value_fen" >= 0),
      constraint "resources_project_resource_unique" unique ("project_id", "resource_id")`,
    );
    table(
      'resources_milestone',
      `"project_id" uuid not null references "resources_project" ("id") deferrable initially deferred,
      "title" text not null check (length("title") between 1 and 100), "due_on" date null, "position" integer not null default 0, "done_at" timestamptz null`,
      [`create index "resources_milestone_project_index" on "resources_milestone" ("project_id", "position");`],
    );
    table(
      'resources_survey',
      `"title" text not null check (length("title") between 1 and 100), "description" text null, "questions" jsonb not null,
      "grid_unit_id" uuid null, "status" text not null check ("status" in ('OPEN', 'CLOSED')),
      "responses_count" integer not null default 0 check ("responses_count" >= 0), "closed_at" timestamptz null, "created_by_account_id" uuid null`,
    );
    table(
      'resources_survey_response',
      `"survey_id" uuid not null references "resources_survey" ("id") deferrable initially deferred,
      "account_id" uuid not null references "account" ("id") deferrable initially deferred, "household_id" uuid null, "answers" jsonb not null,
      constraint "resources_survey_response_once" unique ("survey_id", "account_id")`,
    );
    table(
      'resources_survey_tally',
      `"survey_id" uuid not null references "resources_survey" ("id") deferrable initially deferred,
      "question_key" text not null, "option_key" text not null, "count" integer not null default 0 check ("count" >= 0),
      constraint "resources_survey_tally_unique" unique ("survey_id", "question_key", "option_key")`,
    );
  }

  override async down(): Promise<void> {
    for (const t of [
      'resources_survey_tally',
      'resources_survey_response',
      'resources_survey',
      'resources_milestone',
      'resources_project_resource',
      'resources_project',
      'resources_resource',
      'resources_need',
    ]) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
  }
}
