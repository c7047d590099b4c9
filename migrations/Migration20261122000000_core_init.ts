import { Migration } from '@mikro-orm/migrations';

export class Migration20261122000000_core_init extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "account" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "login" text not null, "phone" text null, "password_hash" text not null, "display_name" text not null, "disabled" boolean not null default false, "platform_admin" boolean not null default false, "last_login_at" timestamptz null, constraint "account_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "account" add constraint "account_login_unique" unique ("login");`);
    this.addSql(`alter table "account" add constraint "account_phone_unique" unique ("phone");`);

    this.addSql(
      `create table "api_key" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "name" text not null, "prefix" text not null, "secret_hash" text not null, "permissions" text[] not null, "created_by" uuid null, "revoked_at" timestamptz null, "last_used_at" timestamptz null, constraint "api_key_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "api_key_community_id_index" on "api_key" ("community_id");`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(
      `create table "charity_resource" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "name" text not null, "contact_name" text null, "contact_phone" text null, "description" text null, "active" boolean not null default true, "kind" text check ("kind" in ('INDIVIDUAL', 'BUSINESS', 'CHAMBER', 'FOUNDATION', 'COBUILD_UNIT', 'OTHER')) not null default 'INDIVIDUAL', "offers" text[] not null, "anonymous" boolean not null default false, constraint "charity_resource_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "charity_resource_community_id_index" on "charity_resource" ("community_id");`);

    this.addSql(
      `create table "cobuilding_unit" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "name" text not null, "contact_name" text null, "contact_phone" text null, "description" text null, "active" boolean not null default true, "unit_type" text null, "party_organization" text null, constraint "cobuilding_unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "cobuilding_unit_community_id_index" on "cobuilding_unit" ("community_id");`);

    this.addSql(
      `create table "community_module" ("community_id" uuid not null, "module_key" text not null, "enabled" boolean not null default true, "settings" jsonb not null, "settings_version" int not null default 1, "role_permissions" jsonb not null, "updated_at" timestamptz not null, constraint "community_module_pkey" primary key ("community_id", "module_key"));`,
    );

    this.addSql(
      `create table "event_consumer" ("consumer" text not null, "last_seq" bigint not null default '0', constraint "event_consumer_pkey" primary key ("consumer"));`,
    );

    this.addSql(
      `create table "household" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "number" text not null, "address" text not null, "building" text null, "tags" text[] not null, "closed_at" timestamptz null, constraint "household_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "household_community_id_index" on "household" ("community_id");`);
    this.addSql(`alter table "household" add constraint "household_community_id_number_unique" unique ("community_id", "number");`);

    this.addSql(
      `create table "membership" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "account_id" uuid not null, "roles" text[] not null, "title" text null, "resident_id" uuid null, "active" boolean not null default true, constraint "membership_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "membership_community_id_index" on "membership" ("community_id");`);
    this.addSql(`alter table "membership" add constraint "membership_community_id_account_id_unique" unique ("community_id", "account_id");`);

    this.addSql(
      `create table "outbox_event" ("id" bigserial primary key, "seq" bigint null, "type" text not null, "community_id" uuid null, "subject_type" text null, "subject_id" uuid null, "data" jsonb not null, "created_at" timestamptz not null);`,
    );
    this.addSql(`alter table "outbox_event" add constraint "outbox_event_seq_unique" unique ("seq");`);
    this.addSql(`create index "outbox_event_community_id_seq_index" on "outbox_event" ("community_id", "seq");`);

    this.addSql(
      `create table "personal_data_access" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "account_id" uuid null, "api_key_id" uuid null, "subject_type" text not null, "subject_id" uuid not null, "fields" text[] not null, "request_id" text not null, constraint "personal_data_access_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "personal_data_access_community_id_index" on "personal_data_access" ("community_id");`);
    this.addSql(`create index "personal_data_access_community_id_subject_id_index" on "personal_data_access" ("community_id", "subject_id");`);

    this.addSql(
      `create table "refresh_token" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "family_id" uuid not null, "token_hash" text not null, "community_id" uuid null, "expires_at" timestamptz not null, "used_at" timestamptz null, "revoked_at" timestamptz null, constraint "refresh_token_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "refresh_token" add constraint "refresh_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "refresh_token_family_id_index" on "refresh_token" ("family_id");`);

    this.addSql(
      `create table "resident" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "household_id" uuid null, "name" text not null, "gender" text check ("gender" in ('FEMALE', 'MALE', 'UNKNOWN')) not null default 'UNKNOWN', "relation_to_head" text null, "birth_date" date null, "id_number" text null, "phone" text null, "disability" boolean not null default false, "hardship" boolean not null default false, "health_note" text null, "moved_out_at" timestamptz null, constraint "resident_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "resident_community_id_index" on "resident" ("community_id");`);
    this.addSql(`create index "resident_community_id_household_id_index" on "resident" ("community_id", "household_id");`);

    this.addSql(
      `create table "social_organization" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "name" text not null, "contact_name" text null, "contact_phone" text null, "description" text null, "active" boolean not null default true, "status" text check ("status" in ('REGISTERED', 'FILED', 'INTRODUCED')) not null default 'FILED', "incubation" text check ("incubation" in ('NONE', 'INCUBATING', 'GRADUATED')) not null default 'NONE', "services" text[] not null, constraint "social_organization_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "social_organization_community_id_index" on "social_organization" ("community_id");`);

    this.addSql(
      `create table "social_worker" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "name" text not null, "contact_name" text null, "contact_phone" text null, "description" text null, "active" boolean not null default true, "kind" text check ("kind" in ('STATIONED', 'COMMUNITY')) not null default 'COMMUNITY', "certificate" text null, constraint "social_worker_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "social_worker_community_id_index" on "social_worker" ("community_id");`);

    this.addSql(
      `create table "street" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "region_code" text not null, constraint "street_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "street" add constraint "street_region_code_unique" unique ("region_code");`);

    this.addSql(
      `create table "community" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "name" text not null, "kind" text check ("kind" in ('URBAN', 'RURAL', 'RELOCATION', 'MIXED')) not null default 'URBAN', "region_code" text not null, "street_id" uuid null, "preset" text null, "description" text null, constraint "community_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "community" add constraint "community_region_code_unique" unique ("region_code");`);

    this.addSql(
      `create table "street_admin" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "account_id" uuid not null, "street_id" uuid not null, constraint "street_admin_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "street_admin" add constraint "street_admin_account_id_street_id_unique" unique ("account_id", "street_id");`);

    this.addSql(
      `create table "volunteer" ("id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null, "name" text not null, "contact_name" text null, "contact_phone" text null, "description" text null, "active" boolean not null default true, "team" text null, "skills" text[] not null, constraint "volunteer_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "volunteer_community_id_index" on "volunteer" ("community_id");`);

    this.addSql(
      `alter table "membership" add constraint "membership_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "resident" add constraint "resident_household_id_foreign" foreign key ("household_id") references "household" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "community" add constraint "community_street_id_foreign" foreign key ("street_id") references "street" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "street_admin" add constraint "street_admin_account_id_foreign" foreign key ("account_id") references "account" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "street_admin" add constraint "street_admin_street_id_foreign" foreign key ("street_id") references "street" ("id") on update cascade on delete cascade;`,
    );
    // Hand-written additions: what the entity diff cannot express.
    for (const t of [
      'membership',
      'household',
      'resident',
      'personal_data_access',
      'api_key',
      'social_organization',
      'social_worker',
      'volunteer',
      'cobuilding_unit',
      'charity_resource',
      'community_module',
    ]) {
      this.addSql(
        `alter table "${t}" add constraint "${t}_community_fk" foreign key ("community_id") references "community" ("id") on delete restrict deferrable initially deferred;`,
      );
    }
    // The relay looks only at rows not yet numbered.
    this.addSql(`create index "outbox_event_pending_index" on "outbox_event" ("id") where "seq" is null;`);
    this.addSql(`alter table "outbox_event" alter column "created_at" set default now();`);
    // PIPL access log: append-only, enforced by the database itself.
    this.addSql(`create function wushe_append_only() returns trigger language plpgsql as $$
      begin raise exception 'table % is append-only', tg_table_name using errcode = 'P0001'; end $$;`);
    this.addSql(`create trigger personal_data_access_append_only before update or delete on "personal_data_access"
      for each statement execute function wushe_append_only();`);
    this.addSql(`alter table "membership" add constraint "membership_roles_not_empty" check (cardinality("roles") > 0);`);
    this.addSql(`alter table "account" add constraint "account_login_lowercase" check ("login" = lower("login"));`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop function if exists wushe_append_only() cascade;`);
    this.addSql(`alter table "membership" drop constraint "membership_account_id_foreign";`);

    this.addSql(`alter table "street_admin" drop constraint "street_admin_account_id_foreign";`);

    this.addSql(`alter table "resident" drop constraint "resident_household_id_foreign";`);

    this.addSql(`alter table "community" drop constraint "community_street_id_foreign";`);

    this.addSql(`alter table "street_admin" drop constraint "street_admin_street_id_foreign";`);

    this.addSql(`drop table if exists "account" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop table if exists "charity_resource" cascade;`);

    this.addSql(`drop table if exists "cobuilding_unit" cascade;`);

    this.addSql(`drop table if exists "community_module" cascade;`);

    this.addSql(`drop table if exists "event_consumer" cascade;`);

    this.addSql(`drop table if exists "household" cascade;`);

    this.addSql(`drop table if exists "membership" cascade;`);

    this.addSql(`drop table if exists "outbox_event" cascade;`);

    this.addSql(`drop table if exists "personal_data_access" cascade;`);

    this.addSql(`drop table if exists "refresh_token" cascade;`);

    this.addSql(`drop table if exists "resident" cascade;`);

    this.addSql(`drop table if exists "social_organization" cascade;`);

    this.addSql(`drop table if exists "social_worker" cascade;`);

    this.addSql(`drop table if exists "street" cascade;`);

    this.addSql(`drop table if exists "community" cascade;`);

    this.addSql(`drop table if exists "street_admin" cascade;`);

    this.addSql(`drop table if exists "volunteer" cascade;`);
  }
}
