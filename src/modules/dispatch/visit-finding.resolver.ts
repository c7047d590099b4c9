// Dispatch's side of a referred visit finding: `GridVisitFinding.serviceRequest`, the request it
// became, under the same rule as the serviceRequest query (null when the viewer may not see it).
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { GridVisitFinding } from '../grid/public';
import { ServiceRequest } from './request.entity';
import { serviceRequestEdge } from './dispatch.edges';

@Resolver(() => GridVisitFinding)
export class GridVisitFindingRequestResolver {
  @FieldResolver(() => ServiceRequest, {
    nullable: true,
    description: '民需 — the request the finding became (null: not referred to dispatch, not yet filed, or not visible to the viewer)',
  })
  async serviceRequest(@Root() f: GridVisitFinding, @Context() ctx: Ctx) {
    if (f.referral !== 'REQUEST' || !(await ctx.moduleEnabled('dispatch'))) return null;
    const r = await ctx.em.findOne(ServiceRequest, { sourceFindingId: f.id }, { fields: ['id'] });
    return r ? edge(ctx, serviceRequestEdge, r.id) : null;
  }
}
