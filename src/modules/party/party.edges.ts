// Party's side of graph edges from other modules (ServiceRequest.escalatedToPartyTarget): escalation
// targets by raw id, batched, for callers who may read them (party.read, as the
// `partyEscalationTargets` query); archived ones too — a request keeps where it went.
import { defineEdgeTarget, visibleOnly } from '../../schema/edges';
import { PartyEscalationTarget } from './unit.entity';

export const partyEscalationTargetEdge = defineEdgeTarget<PartyEscalationTarget>({
  module: 'party',
  key: 'party:PartyEscalationTarget',
  async load(ctx, ids) {
    if (!(await ctx.can('party.read'))) return ids.map(() => null);
    return visibleOnly(await ctx.loaders.entity(PartyEscalationTarget).loadMany([...ids]), () => true);
  },
});
