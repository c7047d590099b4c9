// The party module's 街道吹哨、部门报到 escalation targets (its public.ts), used only while the
// community has party enabled: otherwise (or while it keeps none) the `departments` setting is the list.
export { escalationTargets, targetAnswers, PARTY_ESCALATION_TARGET_TYPE, type EscalationTarget as PartyTarget } from '../party/public';
