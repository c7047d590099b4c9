// The party module's 街道吹哨、部门报到 escalation targets (its public.ts), used only while the
// community has party enabled: otherwise (or while it keeps none) the `departments` setting is the list.
import type { Ctx } from '../../schema/context';
export { escalationTargets, targetAnswers, PARTY_ESCALATION_TARGET_TYPE, type EscalationTarget as PartyTarget } from '../party/public';

/** Whether party is installed and enabled in the caller's community (its tables exist then). */
export async function partyEnabled(ctx: Ctx): Promise<boolean> {
  return !!ctx.app.registry.get('party') && (await ctx.access()).enabledModules.has('party');
}
