import { Migration } from '@mikro-orm/migrations';

// 党建引领: 大党委 member units, escalation targets, the yearly rotation (双月轮值), joint meetings
// with attendance and decisions, service items and claims, reporting party members and their
// service records. Children reference parents by (community_id, id), so a row can never point
// into another community; foreign keys are deferred (the ORM flushes a unit of work in any order).
const base = `"id" uuid not null primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(),
  "community_id" uuid not null references "community" ("id") deferrable initially deferred`;
const fk = (col: string, table: string) => `foreign key ("community_id", "${col}") references "${table}" ("community_id", "id") deferrable initially deferred`;

export class Migration20261122210000_party_init extends Migration {
  override async up(): Promise<void> {
    const table = (name: string, cols: string, extra: string[] = []) => {
      this.addSql(`create table "${name}" (${base}, ${cols}, constraint "${name}_community_id_id_unique" unique ("community_id", "id"));`);
      for (const sql of extra) this.addSql(sql);
    };
    table(
      'party_unit',
      `"name" text not null check (length("name") between 1 and 80),
      "kind" text not null check ("kind" in ('AGENCY', 'INSTITUTION', 'STATE_ENTERPRISE', 'PRIVATE_ENTERPRISE', 'SCHOOL', 'MEDICAL', 'SOCIAL_ORGANIZATION', 'COMMUNITY', 'OTHER')),
      "party_organization" text null, "contact_name" text null, "contact_phone" text null, "liaison_account_id" uuid null references "account" ("id") deferrable initially deferred,
      "sort_order" integer not null default 0, "active" boolean not null default true,
      constraint "party_unit_community_id_name_unique" unique ("community_id", "name")`,
      [`create index "party_unit_community_id_sort_order_index" on "party_unit" ("community_id", "sort_order", "name");`],
    );
    table(
      'party_escalation_target',
      `"name" text not null check (length("name") between 1 and 40),
      "kind" text not null check ("kind" in ('STREET', 'DEPARTMENT', 'UNIT', 'UTILITY')), "categories" text[] not null default '{}',
      "contact_name" text null, "contact_phone" text null, "unit_id" uuid null, "sort_order" integer not null default 0, "active" boolean not null default true,
      constraint "party_escalation_target_community_id_name_unique" unique ("community_id", "name"),
      constraint "party_escalation_target_unit_fk" ${fk('unit_id', 'party_unit')}`,
    );
    // One slot per position and year; a unit chairs once a year. The unit constraint is checked at
    // the end of each statement (deferrable), so a swap in one UPDATE passes.
    table(
      'party_rotation_slot',
      `"year" integer not null check ("year" between 2000 and 2100), "position" integer not null check ("position" between 1 and 12),
      "start_month" integer not null check ("start_month" between 1 and 12), "end_month" integer not null check ("end_month" between "start_month" and 12),
      "unit_id" uuid not null,
      constraint "party_rotation_slot_position_unique" unique ("community_id", "year", "position"),
      constraint "party_rotation_slot_unit_unique" unique ("community_id", "year", "unit_id") deferrable initially immediate,
      constraint "party_rotation_slot_unit_fk" ${fk('unit_id', 'party_unit')}`,
    );
    table(
      'party_meeting',
      `"convening_unit_id" uuid not null, "title" text not null check (length("title") between 1 and 120), "scheduled_at" timestamptz not null,
      "location" text null, "agenda" text null, "status" text not null check ("status" in ('SCHEDULED', 'HELD', 'CANCELLED')),
      "minutes" text null, "held_at" timestamptz null,
      check (("status" = 'HELD') = ("minutes" is not null and "held_at" is not null)),
      constraint "party_meeting_unit_fk" ${fk('convening_unit_id', 'party_unit')}`,
      [`create index "party_meeting_community_id_scheduled_at_index" on "party_meeting" ("community_id", "scheduled_at");`],
    );
    table(
      'party_meeting_attendance',
      `"meeting_id" uuid not null, "unit_id" uuid not null, "present" boolean not null, "attendees" text null,
      constraint "party_meeting_attendance_meeting_id_unit_id_unique" unique ("meeting_id", "unit_id"),
      constraint "party_meeting_attendance_meeting_fk" ${fk('meeting_id', 'party_meeting')},
      constraint "party_meeting_attendance_unit_fk" ${fk('unit_id', 'party_unit')}`,
    );
    table(
      'party_meeting_decision',
      `"meeting_id" uuid not null, "position" integer not null check ("position" >= 1), "text" text not null, "owner_unit_id" uuid null, "due_on" date null,
      constraint "party_meeting_decision_meeting_id_position_unique" unique ("meeting_id", "position"),
      constraint "party_meeting_decision_meeting_fk" ${fk('meeting_id', 'party_meeting')},
      constraint "party_meeting_decision_unit_fk" ${fk('owner_unit_id', 'party_unit')}`,
    );
    table(
      'party_service_item',
      `"title" text not null check (length("title") between 1 and 120), "description" text null,
      "audience" text not null check ("audience" in ('UNITS', 'MEMBERS', 'ALL')), "capacity" integer not null check ("capacity" between 1 and 1000),
      "claimed_count" integer not null default 0, "status" text not null check ("status" in ('OPEN', 'CLOSED')), "due_on" date null, "meeting_id" uuid null,
      constraint "party_service_item_places" check ("claimed_count" >= 0),
      constraint "party_service_item_meeting_fk" ${fk('meeting_id', 'party_meeting')}`,
      [`create index "party_service_item_community_id_status_index" on "party_service_item" ("community_id", "status");`],
    );
    table(
      'party_member',
      `"name" text not null check (length("name") between 1 and 40), "account_id" uuid null references "account" ("id") deferrable initially deferred,
      "resident_id" uuid null, "unit_id" uuid null, "employer_name" text null, "phone" text null, "reported_on" date not null, "active" boolean not null default true,
      constraint "party_member_unit_fk" ${fk('unit_id', 'party_unit')}`,
      [
        // One reporting record per login in a community.
        `create unique index "party_member_account_unique" on "party_member" ("community_id", "account_id") where "account_id" is not null;`,
      ],
    );
    table(
      'party_service_claim',
      `"item_id" uuid not null, "unit_id" uuid null, "member_id" uuid null, "claimed_by_account_id" uuid null,
      "status" text not null check ("status" in ('CLAIMED', 'COMPLETED')), "record" text null, "minutes" integer null check ("minutes" between 0 and 1440), "completed_at" timestamptz null,
      check (("unit_id" is null) <> ("member_id" is null)),
      check (("status" = 'COMPLETED') = ("completed_at" is not null and "record" is not null)),
      constraint "party_service_claim_item_fk" ${fk('item_id', 'party_service_item')},
      constraint "party_service_claim_unit_fk" ${fk('unit_id', 'party_unit')},
      constraint "party_service_claim_member_fk" ${fk('member_id', 'party_member')}`,
      [
        `create index "party_service_claim_community_id_item_id_index" on "party_service_claim" ("community_id", "item_id");`,
        `create unique index "party_service_claim_unit_unique" on "party_service_claim" ("item_id", "unit_id") where "unit_id" is not null;`,
        `create unique index "party_service_claim_member_unique" on "party_service_claim" ("item_id", "member_id") where "member_id" is not null;`,
      ],
    );
    table(
      'party_service_record',
      `"member_id" uuid not null, "source" text not null check ("source" in ('CLAIM', 'DISPATCH')), "source_ref" uuid not null,
      "title" text not null, "minutes" integer not null default 0 check ("minutes" between 0 and 1440), "rating" smallint null check ("rating" between 1 and 5), "served_at" timestamptz not null,
      constraint "party_service_record_source_unique" unique ("community_id", "source", "source_ref"),
      constraint "party_service_record_member_fk" ${fk('member_id', 'party_member')}`,
      [`create index "party_service_record_community_id_member_id_index" on "party_service_record" ("community_id", "member_id", "served_at");`],
    );
  }

  override async down(): Promise<void> {
    for (const t of [
      'party_service_record',
      'party_service_claim',
      'party_member',
      'party_service_item',
      'party_meeting_decision',
      'party_meeting_attendance',
      'party_meeting',
      'party_rotation_slot',
      'party_escalation_target',
      'party_unit',
    ]) {
      this.addSql(`drop table if exists "${t}" cascade;`);
    }
  }
}
