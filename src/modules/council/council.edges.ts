// The council's side of graph edges from other modules (FundDisbursement.councilTopic,
// ResourcesNeed.source): topics by raw id, batched, as the `councilTopic` query shows them —
// council.read and the topic's body within the caller's bodies.
import { defineEdgeTarget, visibleOnly } from '../../schema/edges';
import { CouncilTopic } from './topic.entity';
import { councilScope, seesBody } from './council.access';

export const councilTopicEdge = defineEdgeTarget<CouncilTopic>({
  module: 'council',
  key: 'council:CouncilTopic',
  async load(ctx, ids) {
    if (!(await ctx.can('council.read'))) return ids.map(() => null);
    const [scope, topics] = await Promise.all([councilScope(ctx), ctx.loaders.entity(CouncilTopic).loadMany([...ids])]);
    return visibleOnly(topics, (t) => seesBody(scope, t.bodyId));
  },
});
