// Dispatch's side of graph edges from other modules (ResourcesNeed.source): requests by raw id,
// batched, under the same rule as the `serviceRequest` query — dispatch.request.read and a request
// the caller may see (all, their grid's, their own, held or open to their pool).
import { defineEdgeTarget, visibleOnly } from '../../schema/edges';
import { ServiceRequest } from './request.entity';
import { canSee, viewpoint } from './dispatch.access';

export const serviceRequestEdge = defineEdgeTarget<ServiceRequest>({
  module: 'dispatch',
  key: 'dispatch:ServiceRequest',
  async load(ctx, ids) {
    if (!(await ctx.can('dispatch.request.read'))) return ids.map(() => null);
    const [vp, rows] = await Promise.all([viewpoint(ctx, 'read'), ctx.loaders.entity(ServiceRequest).loadMany([...ids])]);
    return visibleOnly(rows, (r) => canSee(vp, r));
  },
});
