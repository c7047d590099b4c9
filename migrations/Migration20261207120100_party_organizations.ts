import { Migration } from '@mikro-orm/migrations';
import { NAME_KEY_SQL } from '../src/modules/core/organization.service';

const UNIT_KIND = `case kind when 'AGENCY' then 'GOVERNMENT_DEPARTMENT' when 'INSTITUTION' then 'PUBLIC_INSTITUTION'
  when 'STATE_ENTERPRISE' then 'ENTERPRISE' when 'PRIVATE_ENTERPRISE' then 'ENTERPRISE' when 'SCHOOL' then 'SCHOOL'
  when 'MEDICAL' then 'MEDICAL' when 'SOCIAL_ORGANIZATION' then 'SOCIAL_ORGANIZATION' when 'COMMUNITY' then 'PARTY_ORGANIZATION' else 'OTHER' end`;
const TARGET_KIND = `case kind when 'STREET' then 'GOVERNMENT_DEPARTMENT' when 'DEPARTMENT' then 'GOVERNMENT_DEPARTMENT' when 'UTILITY' then 'ENTERPRISE' else 'OTHER' end`;
const TABLES = [
  { table: 'party_unit', kind: UNIT_KIND },
  { table: 'party_escalation_target', kind: TARGET_KIND },
];

// 大党委成员单位 and 吹哨对象 join the organisation identity (Migration20261207120000_core_organizations):
// a member unit already registered as a co-building unit, social organisation or charity resource
// under the same normalised name becomes the same organisation (the duplicate pairs merge); the
// others get an identity of their own. A merged identity keeps its kind unless that was OTHER, and
// is active while any of its records is. An escalation target that names a member unit (unit_id) is
// that unit's organisation, whatever it is called.
export class Migration20261207120100_party_organizations extends Migration {
  override async up(): Promise<void> {
    for (const t of TABLES) {
      this.addSql(`alter table "${t.table}" add column "organization_id" uuid null references "organization" ("id") on delete restrict;`);
      this.addSql(`create index "${t.table}_community_id_organization_id_index" on "${t.table}" ("community_id", "organization_id");`);
    }
    const rows = [
      `select id, created_at, community_id, name, ${NAME_KEY_SQL('name')} as k, ${UNIT_KIND} as kind, active from "party_unit"`,
      `select id, created_at, community_id, name, ${NAME_KEY_SQL('name')} as k, ${TARGET_KIND} as kind, active from "party_escalation_target" where unit_id is null`,
    ].join(' union all ');
    this.addSql(
      `insert into "organization" (id, created_at, updated_at, community_id, name, name_key, kind, active)
       select (array_agg(id order by id))[1], min(created_at), now(), community_id, (array_agg(name order by id))[1], k,
              (array_agg(kind order by kind = 'OTHER', id))[1], bool_or(active)
         from (${rows}) src group by community_id, k
       on conflict (community_id, name_key) do update
         set kind = case when "organization".kind = 'OTHER' then excluded.kind else "organization".kind end,
             active = "organization".active or excluded.active, updated_at = now();`,
    );
    this.addSql(
      `update "party_unit" t set organization_id = o.id from "organization" o where o.community_id = t.community_id and o.name_key = ${NAME_KEY_SQL('t.name')};`,
    );
    this.addSql(
      `update "party_escalation_target" t set organization_id = coalesce(
         (select u.organization_id from "party_unit" u where u.id = t.unit_id),
         (select o.id from "organization" o where o.community_id = t.community_id and o.name_key = ${NAME_KEY_SQL('t.name')}));`,
    );
  }

  override async down(): Promise<void> {
    // Identities made only for party rows stay (harmless, and other registries may have linked to them since).
    for (const t of TABLES) this.addSql(`alter table "${t.table}" drop column "organization_id";`);
  }
}
