// 街道吹哨、部门报到: which departments a request may be escalated to. While the community has party
// enabled and keeps escalation targets there, those are the list (each with its id, so answers are
// tracked per target); otherwise the dispatch setting `departments` is, as before.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import type { DispatchSettings } from './dispatch.settings';
import { escalationTargets, targetAnswers, type PartyTarget } from './party.lookups';

export type EscalationSource = 'PARTY' | 'SETTINGS';

export interface EscalationChoice {
  name: string;
  source: EscalationSource;
  /** Raw party target id (PARTY only). */
  targetId: string | null;
  kind: PartyTarget['kind'] | null;
  categories: string[];
}

/** The party targets while the community has party enabled and keeps at least one active (one
 * statement); null: the `departments` setting is the list. */
async function partyTargets(ctx: Ctx, communityId: string): Promise<PartyTarget[] | null> {
  if (!(await ctx.moduleEnabled('party'))) return null;
  const all = await escalationTargets(ctx.em as EntityManager, communityId);
  return all.length > 0 ? all : null;
}

const fromParty = (t: PartyTarget): EscalationChoice => ({ name: t.name, source: 'PARTY', targetId: t.id, kind: t.kind, categories: t.categories });

/** The targets a dispatcher may pick, for one request category or all. */
export async function escalationChoices(ctx: Ctx, communityId: string, settings: DispatchSettings, category?: string | null): Promise<EscalationChoice[]> {
  const targets = await partyTargets(ctx, communityId);
  if (targets) return targets.filter((t) => targetAnswers(t, category)).map(fromParty);
  return settings.departments.map((name) => ({ name, source: 'SETTINGS', targetId: null, kind: null, categories: [] }));
}

/**
 * Resolves the named department of an escalation for a request of `category`, or fails with a
 * typed userError: DISPATCH_DEPARTMENT_UNKNOWN (not a target / department of the community) or
 * DISPATCH_TARGET_CATEGORY (a party target that does not answer for this category).
 */
export async function resolveEscalation(ctx: Ctx, communityId: string, settings: DispatchSettings, name: string, category: string): Promise<EscalationChoice> {
  const targets = await partyTargets(ctx, communityId);
  if (targets) {
    const t = targets.find((x) => x.name === name);
    if (!t) throw new UserFacingError('DISPATCH_DEPARTMENT_UNKNOWN', ['input', 'department'], { value: name });
    if (!targetAnswers(t, category)) throw new UserFacingError('DISPATCH_TARGET_CATEGORY', ['input', 'department'], { value: name });
    return fromParty(t);
  }
  if (!settings.departments.includes(name)) throw new UserFacingError('DISPATCH_DEPARTMENT_UNKNOWN', ['input', 'department'], { value: name });
  return { name, source: 'SETTINGS', targetId: null, kind: null, categories: [] };
}
