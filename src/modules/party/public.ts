// What other modules may use of party building: event names, global id types, and the
// 街道吹哨、部门报到 escalation targets (for dispatch: list them for a category, or check a name).
import type { EntityManager } from '@mikro-orm/postgresql';

export const PARTY_EVENTS = {
  ServiceItemClaimed: 'party.ServiceItemClaimed',
  ServiceClaimCompleted: 'party.ServiceClaimCompleted',
  ServiceRecorded: 'party.ServiceRecorded',
  MeetingHeld: 'party.MeetingHeld',
  RotationGenerated: 'party.RotationGenerated',
} as const;

export const PARTY_UNIT_TYPE = 'PartyUnit';
export const PARTY_MEMBER_TYPE = 'PartyMember';
export const PARTY_ESCALATION_TARGET_TYPE = 'PartyEscalationTarget';

export interface EscalationTarget {
  /** Raw id (global id type PartyEscalationTarget). */
  id: string;
  name: string;
  kind: 'STREET' | 'DEPARTMENT' | 'UNIT' | 'UTILITY';
  /** Dispatch category keys it answers for; empty: any category. */
  categories: string[];
}

/**
 * Active escalation targets of a community in display order; with `category`, only those
 * answering for it (or for any). Read-only; scoped explicitly by community. Empty when the
 * community keeps none (dispatch then falls back to its own `departments` setting).
 */
export async function escalationTargets(em: EntityManager, communityId: string, category?: string | null): Promise<EscalationTarget[]> {
  const rows: EscalationTarget[] = await em.execute(
    `select id, name, kind, categories from party_escalation_target
      where community_id = ? and active and (?::text is null or cardinality(categories) = 0 or ? = any(categories))
      order by sort_order, name`,
    [communityId, category ?? null, category ?? null],
  );
  return rows;
}

/** The active target of that exact name in the community, or null. */
export async function escalationTargetByName(em: EntityManager, communityId: string, name: string): Promise<EscalationTarget | null> {
  const [row] = await em.execute(`select id, name, kind, categories from party_escalation_target where community_id = ? and active and name = ?`, [communityId, name]);
  return (row as EscalationTarget | undefined) ?? null;
}
