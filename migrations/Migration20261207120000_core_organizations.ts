import { Migration } from '@mikro-orm/migrations';
import { NAME_KEY_SQL } from '../src/modules/core/organization.service';

/** Registries of organisations in core, with the kind of identity their rows become (SQL over the row). */
const REGISTRIES = [
  { table: 'social_organization', kind: `'SOCIAL_ORGANIZATION'`, where: 'true' },
  { table: 'cobuilding_unit', kind: `'OTHER'`, where: 'true' },
  {
    table: 'charity_resource',
    kind: `case kind when 'BUSINESS' then 'ENTERPRISE' when 'CHAMBER' then 'ENTERPRISE' when 'FOUNDATION' then 'SOCIAL_ORGANIZATION' else 'OTHER' end`,
    // An individual donor is a person: no organisation identity.
    where: `kind <> 'INDIVIDUAL'`,
  },
];

const KINDS = ['GOVERNMENT_DEPARTMENT', 'PUBLIC_INSTITUTION', 'ENTERPRISE', 'SCHOOL', 'MEDICAL', 'SOCIAL_ORGANIZATION', 'PARTY_ORGANIZATION', 'OTHER'];

// 组织: one identity per organisation name in a community. Every co-building unit, social
// organisation and (non-individual) charity resource gets one; rows of the three registries whose
// names are the same once normalised (organization.service nameKey) share it — the duplicate pairs
// a community made by registering one body in several registries. The identity takes the id, name
// and first-registered time of the earliest row (ids are time-ordered), the most specific kind, and
// is active while any of its rows is.
export class Migration20261207120000_core_organizations extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "organization" ("id" uuid not null primary key, "created_at" timestamptz not null, "updated_at" timestamptz not null, "community_id" uuid not null references "community" ("id") deferrable initially deferred, "name" text not null, "name_key" text not null, "kind" text not null check ("kind" in (${KINDS.map((k) => `'${k}'`).join(', ')})), "active" boolean not null default true);`,
    );
    this.addSql(`create index "organization_community_id_id_index" on "organization" ("community_id", "id");`);
    this.addSql(`alter table "organization" add constraint "organization_community_id_name_key_unique" unique ("community_id", "name_key");`);
    for (const r of REGISTRIES) {
      this.addSql(`alter table "${r.table}" add column "organization_id" uuid null references "organization" ("id") on delete restrict;`);
      this.addSql(`create index "${r.table}_community_id_organization_id_index" on "${r.table}" ("community_id", "organization_id");`);
    }
    const rows = REGISTRIES.map(
      (r) => `select id, created_at, community_id, name, ${NAME_KEY_SQL('name')} as k, ${r.kind} as kind, active from "${r.table}" where ${r.where}`,
    ).join(' union all ');
    this.addSql(
      `insert into "organization" (id, created_at, updated_at, community_id, name, name_key, kind, active)
       select (array_agg(id order by id))[1], min(created_at), now(), community_id, (array_agg(name order by id))[1], k,
              (array_agg(kind order by kind = 'OTHER', id))[1], bool_or(active)
         from (${rows}) src group by community_id, k;`,
    );
    for (const r of REGISTRIES) {
      this.addSql(
        `update "${r.table}" t set organization_id = o.id from "organization" o
          where o.community_id = t.community_id and o.name_key = ${NAME_KEY_SQL('t.name')} and ${r.where.replace(/\bkind\b/, 't.kind')};`,
      );
    }
  }

  override async down(): Promise<void> {
    for (const r of REGISTRIES) this.addSql(`alter table "${r.table}" drop column "organization_id";`);
    this.addSql(`drop table if exists "organization" cascade;`);
  }
}
