// What other modules may use of party building: event definitions, global id types, and the
// 街道吹哨、部门报到 escalation targets (for dispatch: list them for a category, or check a name).
import type { EntityManager } from '@mikro-orm/postgresql';

/** Definitions of party building's events (`on(PARTY_EVENTS.ServiceRecorded, …)` in a handler). */
export { PARTY_EVENTS } from './party.events';

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

/** Whether a target answers for a dispatch category: one with no categories answers for any. */
export function targetAnswers(t: Pick<EscalationTarget, 'categories'>, category: string | null | undefined): boolean {
  return !category || t.categories.length === 0 || t.categories.includes(category);
}

/**
 * Active escalation targets of a community in display order; with `category`, only those
 * answering for it (`targetAnswers`). Read-only; scoped explicitly by community. Empty when the
 * community keeps none (dispatch then falls back to its own `departments` setting).
 */
export async function escalationTargets(em: EntityManager, communityId: string, category?: string | null): Promise<EscalationTarget[]> {
  const rows: EscalationTarget[] = await em.execute(
    `select id, name, kind, categories from party_escalation_target where community_id = ? and active order by sort_order, name`,
    [communityId],
  );
  return category ? rows.filter((t) => targetAnswers(t, category)) : rows;
}

// Graph edges into party (src/schema/edges.ts): the object type and its checked, batched lookup.
export { PartyEscalationTarget } from './unit.entity';
export { partyEscalationTargetEdge } from './party.edges';
