// What other modules may use of core: entity bases, ids, event definitions and read-only lookups.
import type { EntityManager } from '@mikro-orm/postgresql';
import { uuidArray } from '../../db/sql';
export { Community } from '../../schema/tenancy/community.entity';
export { Household } from './household.entity';
export { Resident } from './resident.entity';
export { Membership } from '../../schema/tenancy/membership.entity';
export { Gender } from './core.enums';
export {
  isValidIdNumber,
  isValidMobile,
  birthDateFromId,
  maskIdNumber,
  maskPhone,
  maskedResidentField,
  sealResidentField,
  personalIndex,
  sealPersonalField,
  openPersonalField,
  logUnmaskedRead,
  type PersonalBinding,
  type PersonalField,
} from './personal-data.service';
export { coreEvents, CORE_EVENTS, FORCE_EVENTS } from './core.events';
export { RESIDENT_FIELD_PROPS, HOUSEHOLD_FIELD_PROPS } from './field.selection';

// knex expands a JS array bound to one `?` into a list: bind one PostgreSQL array literal instead.

// Read-only lookups for modules that credit households or show who acted (raw ids in, raw ids or
// display names out; never personal data). Scoped explicitly by community.

/** Household of each account, through its active membership's resident record (null when unknown). */
export async function householdsOfAccounts(em: EntityManager, communityId: string, accountIds: string[]): Promise<Map<string, string | null>> {
  const out = new Map<string, string | null>(accountIds.map((id) => [id, null]));
  if (accountIds.length === 0) return out;
  const rows: { account_id: string; household_id: string | null }[] = await em.execute(
    `select m.account_id, r.household_id from membership m join resident r on r.id = m.resident_id and r.community_id = m.community_id
      where m.community_id = ? and m.active and m.account_id = any(?::uuid[])`,
    [communityId, uuidArray(accountIds)],
  );
  for (const r of rows) out.set(r.account_id, r.household_id);
  return out;
}

/** Whether each id is a household (open or closed) of the community. */
export async function householdsExist(em: EntityManager, communityId: string, ids: string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows: { id: string }[] = await em.execute('select id from household where community_id = ? and id = any(?::uuid[])', [communityId, uuidArray(ids)]);
  return new Set(rows.map((r) => r.id));
}

/** Households of the community that are not closed. */
export async function openHouseholdCount(em: EntityManager, communityId: string): Promise<number> {
  const [row] = await em.execute('select count(*)::int as n from household where community_id = ? and closed_at is null', [communityId]);
  return row?.n ?? 0;
}

/**
 * Open households of the community with their residents (not moved out) and their own
 * coordinates (null when not recorded), for figures that count residents by place.
 */
export async function householdPlaces(
  em: EntityManager,
  communityId: string,
): Promise<{ id: string; residents: number; latitude: number | null; longitude: number | null }[]> {
  return em.execute(
    `select h.id, (select count(*)::int from resident r where r.household_id = h.id and r.community_id = h.community_id and r.moved_out_at is null) residents,
            h.latitude, h.longitude
       from household h where h.community_id = ? and h.closed_at is null order by h.id`,
    [communityId],
  );
}

/** Name and active flag of a registered volunteer (五社 registry), or null when not in the community. */
export async function volunteerRecord(em: EntityManager, communityId: string, id: string): Promise<{ name: string; active: boolean } | null> {
  const [row] = await em.execute('select name, active from volunteer where community_id = ? and id = ?', [communityId, id]);
  return row ? { name: row.name, active: row.active } : null;
}

// Five-forces records and memberships by id, for modules that name a custodian, donor or committee.
const FORCE_TABLES = {
  SocialOrganization: 'social_organization',
  CharityResource: 'charity_resource',
  CobuildingUnit: 'cobuilding_unit',
  // 组织 itself: a provider or custodian may be named by its identity, whatever registry it is in.
  Organization: 'organization',
} as const;
export type ForceType = keyof typeof FORCE_TABLES;

/** An active five-forces record of the community (name, and for charity resources the anonymity wish), or null. */
export async function forceRecord(em: EntityManager, communityId: string, type: ForceType, id: string): Promise<{ name: string; anonymous: boolean } | null> {
  const cols = type === 'CharityResource' ? 'name, anonymous' : 'name, false as anonymous';
  const [row] = await em.execute(`select ${cols} from ${FORCE_TABLES[type]} where id = ? and community_id = ? and active`, [id, communityId]);
  return row ? { name: row.name, anonymous: !!row.anonymous } : null;
}

// Graph edges into core (src/schema/edges.ts): object types and their checked, batched lookups.
export { SocialWorker, SocialOrganization, Volunteer, CobuildingUnit, CharityResource } from './forces.entity';
export { householdEdge, socialWorkerEdge, socialOrganizationEdge, volunteerEdge, cobuildingUnitEdge, charityResourceEdge } from './core.edges';

/** Active login accounts of each household's residents (through their membership's resident record). */
export async function accountsOfHouseholds(em: EntityManager, communityId: string, householdIds: string[]): Promise<string[]> {
  if (householdIds.length === 0) return [];
  const rows: { account_id: string }[] = await em.execute(
    `select distinct m.account_id from membership m join resident r on r.id = m.resident_id and r.community_id = m.community_id
      where m.community_id = ? and m.active and r.household_id = any(?::uuid[])`,
    [communityId, uuidArray(householdIds)],
  );
  return rows.map((r) => r.account_id);
}

// 组织: the one identity of an organisation across registries (party units, co-building units,
// resource providers, donors) and as a holder of grid duties.
export { Organization, ORGANIZATION_TYPE } from './organization.entity';
export { organizationEdge } from './core.edges';
export { OrganizationKind } from './organization.enums';
export { ensureOrganization, organizationsById, forceRecordsOfOrganization, nameKey, NAME_KEY_SQL, organizationActiveSql } from './organization.service';
