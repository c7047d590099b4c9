import { Migration } from '@mikro-orm/migrations';

// 议事会 (foreign keys deferred: the ORM flushes a unit of work in any order): bodies, members, topics with their history, comments, tasks, evaluations, votes and
// ballots, meetings with agenda and attendance, published documents.
const base = `"id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null references "community" ("id") deferrable initially deferred`;

export class Migration20261122120000_council_init extends Migration {
  override async up(): Promise<void> {
    const table = (name: string, cols: string, extra: string[] = []) => {
      this.addSql(`create table "${name}" (${base}, ${cols});`);
      this.addSql(`create index "${name}_community_id_index" on "${name}" ("community_id");`);
      for (const sql of extra) this.addSql(sql);
    };
    table(
      'council_body',
      `"name" text not null, "level_key" text not null, "grid_unit_id" uuid null, "parent_id" uuid null references "council_body" ("id") deferrable initially deferred, "active" boolean not null default true`,
      [`create index "council_body_community_id_level_key_index" on "council_body" ("community_id", "level_key");`],
    );
    table(
      'council_member',
      `"body_id" uuid not null references "council_body" ("id") deferrable initially deferred, "account_id" uuid not null references "account" ("id") deferrable initially deferred, "household_id" uuid null references "household" ("id") deferrable initially deferred, "display_name" text not null,
      "role" text not null check ("role" in ('CHAIR', 'REPRESENTATIVE', 'OBSERVER')), "constituency" text not null, "term_start" date not null, "term_end" date null, "ended_at" timestamptz null,
      check ("term_end" is null or "term_end" >= "term_start")`,
      [
        `create index "council_member_community_id_account_id_index" on "council_member" ("community_id", "account_id");`,
        // One active seat per person per body.
        `create unique index "council_member_active_unique" on "council_member" ("body_id", "account_id") where "ended_at" is null;`,
      ],
    );
    table(
      'council_topic',
      `"body_id" uuid not null references "council_body" ("id") deferrable initially deferred, "title" text not null, "description" text not null,
      "status" text not null check ("status" in ('RAISED', 'REJECTED', 'DISCUSSING', 'VOTING', 'NOT_PASSED', 'CARRYING_OUT', 'EVALUATING', 'CLOSED')),
      "source" text not null check ("source" in ('RESIDENT', 'DISPATCH')), "source_ref" uuid null, "raised_by_account_id" uuid null, "raised_by_household_id" uuid null,
      "fund_request_fen" bigint null check ("fund_request_fen" is null or "fund_request_fen" > 0), "fund_purpose" text null, "reject_reason" text null,
      "decided_at" timestamptz null, "done_at" timestamptz null`,
      [
        `create index "council_topic_community_id_body_id_status_index" on "council_topic" ("community_id", "body_id", "status");`,
        // A dispatch request becomes at most one topic (its event may be handled twice).
        `create unique index "council_topic_source_unique" on "council_topic" ("community_id", "source", "source_ref") where "source_ref" is not null;`,
      ],
    );
    table(
      'council_topic_transition',
      `"topic_id" uuid not null references "council_topic" ("id") deferrable initially deferred, "body_id" uuid not null references "council_body" ("id") deferrable initially deferred, "action" text not null,
      "from_status" text null, "to_status" text not null, "actor_account_id" uuid null, "note" text null`,
      [`create index "council_topic_transition_topic_id_created_at_index" on "council_topic_transition" ("topic_id", "created_at");`],
    );
    table(
      'council_comment',
      `"topic_id" uuid not null references "council_topic" ("id") deferrable initially deferred, "author_account_id" uuid not null, "household_id" uuid null, "author_name" text not null, "text" text not null,
      "channel" text not null check ("channel" in ('ONLINE', 'IN_PERSON'))`,
      [`create index "council_comment_topic_id_id_index" on "council_comment" ("topic_id", "id");`],
    );
    table(
      'council_task',
      `"topic_id" uuid not null references "council_topic" ("id") deferrable initially deferred, "title" text not null, "owner_name" text not null, "owner_account_id" uuid null, "due_on" date not null, "done_at" timestamptz null`,
      [`create index "council_task_topic_id_index" on "council_task" ("topic_id");`],
    );
    table(
      'council_evaluation',
      `"topic_id" uuid not null references "council_topic" ("id") deferrable initially deferred, "account_id" uuid not null, "household_id" uuid null, "rating" smallint not null check ("rating" between 1 and 5), "comment" text null`,
      [`create unique index "council_evaluation_topic_id_account_id_unique" on "council_evaluation" ("topic_id", "account_id");`],
    );
    table(
      'council_meeting',
      `"body_id" uuid not null references "council_body" ("id") deferrable initially deferred, "title" text not null, "kind" text not null check ("kind" in ('SCHEDULED', 'AD_HOC')),
      "status" text not null check ("status" in ('SCHEDULED', 'CLOSED')), "scheduled_at" timestamptz not null, "minutes" text null, "report" text null, "closed_at" timestamptz null`,
      [`create index "council_meeting_community_id_body_id_index" on "council_meeting" ("community_id", "body_id");`],
    );
    table(
      'council_vote',
      `"topic_id" uuid not null references "council_topic" ("id") deferrable initially deferred, "body_id" uuid not null references "council_body" ("id") deferrable initially deferred, "meeting_id" uuid null references "council_meeting" ("id") deferrable initially deferred,
      "options" text[] not null, "yes_no" boolean not null, "status" text not null check ("status" in ('OPEN', 'CLOSED')), "opens_at" timestamptz not null, "closes_at" timestamptz null,
      "quorum_percent" smallint not null check ("quorum_percent" between 0 and 100), "threshold" text not null check ("threshold" in ('simple', 'twoThirds', 'consensus')),
      "voting_unit" text not null check ("voting_unit" in ('member', 'household')), "allow_change" boolean not null, "eligible" integer not null check ("eligible" >= 0),
      "closed_at" timestamptz null, "closed_by_account_id" uuid null, "final_tally" jsonb null, "quorum_met" boolean null, "passed" boolean null, "winner" smallint null,
      check (("status" = 'OPEN') = ("closed_at" is null)), check (cardinality("options") between 2 and 20)`,
      [
        `create index "council_vote_community_id_topic_id_index" on "council_vote" ("community_id", "topic_id");`,
        // At most one open vote per topic.
        `create unique index "council_vote_open_unique" on "council_vote" ("topic_id") where "status" = 'OPEN';`,
      ],
    );
    table(
      'council_ballot',
      `"vote_id" uuid not null references "council_vote" ("id") deferrable initially deferred, "member_id" uuid not null references "council_member" ("id") deferrable initially deferred, "account_id" uuid not null, "household_id" uuid null,
      "voter_key" text not null, "choice" smallint not null check ("choice" >= 0), "channel" text not null check ("channel" in ('ONLINE', 'IN_PERSON')), "entered_by_account_id" uuid null,
      check (("channel" = 'IN_PERSON') = ("entered_by_account_id" is not null))`,
      [
        // Each voter (member, or household in household votes) once per vote.
        `alter table "council_ballot" add constraint "council_ballot_voter_unique" unique ("vote_id", "voter_key");`,
      ],
    );
    table(
      'council_agenda_item',
      `"meeting_id" uuid not null references "council_meeting" ("id") deferrable initially deferred, "topic_id" uuid not null references "council_topic" ("id") deferrable initially deferred, "position" smallint not null`,
      [`alter table "council_agenda_item" add constraint "council_agenda_item_meeting_id_topic_id_unique" unique ("meeting_id", "topic_id");`],
    );
    table(
      'council_attendance',
      `"meeting_id" uuid not null references "council_meeting" ("id") deferrable initially deferred, "account_id" uuid not null, "member_id" uuid null references "council_member" ("id") deferrable initially deferred, "household_id" uuid null,
      "name" text not null, "channel" text not null check ("channel" in ('ONLINE', 'IN_PERSON')), "recorded_by_account_id" uuid null`,
      [`alter table "council_attendance" add constraint "council_attendance_meeting_id_account_id_unique" unique ("meeting_id", "account_id");`],
    );
    table(
      'council_document',
      `"body_id" uuid not null references "council_body" ("id") deferrable initially deferred, "kind" text not null check ("kind" in ('CONVENTION', 'RULES')), "version" integer not null check ("version" >= 1),
      "title" text not null, "text" text not null, "published_by_account_id" uuid null`,
      [
        `alter table "council_document" add constraint "council_document_body_id_kind_version_unique" unique ("body_id", "kind", "version");`,
        // Published versions are never edited in place.
        `create function council_document_immutable() returns trigger language plpgsql as $$ begin raise exception 'council_document rows are append-only'; end $$;`,
        `create trigger council_document_no_update before update or delete on council_document for each row execute function council_document_immutable();`,
      ],
    );
  }

  override async down(): Promise<void> {
    for (const t of [
      'council_document',
      'council_attendance',
      'council_agenda_item',
      'council_ballot',
      'council_vote',
      'council_meeting',
      'council_evaluation',
      'council_task',
      'council_comment',
      'council_topic_transition',
      'council_topic',
      'council_member',
      'council_body',
    ]) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
    this.addSql(`drop function if exists council_document_immutable();`);
  }
}
