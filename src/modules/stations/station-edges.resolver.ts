// Graph edge from a station into grid (src/schema/edges.ts). Stations owns it: a station holds
// its grid unit id; grid knows nothing of stations.
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { GridUnit, gridUnitEdge } from '../grid/public';
import { Station } from './station.entity';

@Resolver(() => Station)
export class StationEdgesResolver {
  @FieldResolver(() => GridUnit, {
    nullable: true,
    description: '所在网格 — the grid unit (网格单元) of the station; null when none, grid is disabled or the viewer may not see the unit',
  })
  gridUnit(@Root() s: Station, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, s.gridUnitId);
  }
}
