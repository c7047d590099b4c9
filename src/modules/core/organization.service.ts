// One organisation identity per name in a community: registries find or create it by the name key
// (so registering a known name links to it instead of making a second record), and other modules
// reach it through core's public face. Raw SQL with the caller's transaction (em.execute): a
// registry row and its identity are written together or not at all.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { uuidArray } from '../../db/sql';
import { OrganizationKind } from './organization.enums';

/**
 * The name compared for identity: NFKC (full-width letters, digits and brackets become their
 * half-width forms), without any whitespace, lower case. The organisations migration computes the
 * same in SQL: lower(regexp_replace(normalize(name, NFKC), '\s', '', 'g')).
 */
export const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s/g, '').toLowerCase();

/** SQL of nameKey over a column, for migrations. */
export const NAME_KEY_SQL = (col: string) => `lower(regexp_replace(normalize(${col}, NFKC), '\\s', '', 'g'))`;

/**
 * The id of the community's organisation of that name, created when there is none. An existing
 * identity keeps its kind unless it was OTHER (a registry that knows better refines it).
 */
export async function ensureOrganization(em: EntityManager, communityId: string, name: string, kind: OrganizationKind): Promise<string> {
  const key = nameKey(name);
  const [row] = await em.execute(
    `insert into organization (id, created_at, updated_at, community_id, name, name_key, kind, active) values (?, now(), now(), ?, ?, ?, ?, true)
     on conflict (community_id, name_key) do update set kind = case when organization.kind = 'OTHER' then excluded.kind else organization.kind end
     returning id`,
    [uuidv7(), communityId, name.trim(), key, kind],
  );
  return row.id;
}

/** Name and active flag of each organisation of the community (missing ids are absent). */
export async function organizationsById(em: EntityManager, communityId: string, ids: string[]): Promise<Map<string, { name: string; active: boolean }>> {
  if (ids.length === 0) return new Map();
  const rows: { id: string; name: string; active: boolean }[] = await em.execute(
    'select id, name, active from organization where community_id = ? and id = any(?::uuid[])',
    [communityId, uuidArray(ids)],
  );
  return new Map(rows.map((r) => [r.id, { name: r.name, active: r.active }]));
}

/** The five-forces records of an organisation (co-building unit, social organisation, charity resource), as (GraphQL type, raw id). */
export async function forceRecordsOfOrganization(
  em: EntityManager,
  communityId: string,
  organizationId: string,
): Promise<{ type: 'CobuildingUnit' | 'SocialOrganization' | 'CharityResource'; id: string }[]> {
  return em.execute(
    `select 'CobuildingUnit' as type, id from cobuilding_unit where community_id = ? and organization_id = ?
     union all select 'SocialOrganization', id from social_organization where community_id = ? and organization_id = ?
     union all select 'CharityResource', id from charity_resource where community_id = ? and organization_id = ?`,
    [communityId, organizationId, communityId, organizationId, communityId, organizationId],
  );
}

/**
 * Links core's registry rows of the community that have no identity yet (rows written outside the
 * registry mutations: demo and preset seeds) to the organisation of their name, created if need be.
 */
export async function linkRegistryOrganizations(em: EntityManager, communityId: string): Promise<void> {
  const kinds: Record<string, string> = { BUSINESS: 'ENTERPRISE', CHAMBER: 'ENTERPRISE', FOUNDATION: 'SOCIAL_ORGANIZATION' };
  const rows: { t: string; id: string; name: string; kind: string | null }[] = await em.execute(
    `select 'social_organization' as t, id, name, null as kind from social_organization where community_id = ? and organization_id is null
     union all select 'cobuilding_unit', id, name, null from cobuilding_unit where community_id = ? and organization_id is null
     union all select 'charity_resource', id, name, kind from charity_resource where community_id = ? and organization_id is null and kind <> 'INDIVIDUAL'`,
    [communityId, communityId, communityId],
  );
  for (const r of rows) {
    const kind = r.t === 'social_organization' ? OrganizationKind.SOCIAL_ORGANIZATION : ((kinds[r.kind ?? ''] ?? OrganizationKind.OTHER) as OrganizationKind);
    const orgId = await ensureOrganization(em, communityId, r.name, kind);
    await em.execute(`update ${r.t} set organization_id = ? where id = ?`, [orgId, r.id]);
  }
}

/**
 * SQL for "the organisation whose id is in `column` is active", for modules whose raw SQL counts
 * what an organisation holds (grid's coverage check) without knowing core's table.
 */
export const organizationActiveSql = (column: string) => `exists (select 1 from organization ho where ho.id = ${column} and ho.active)`;
