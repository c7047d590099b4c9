// Graph edges from the resources module's objects into grid (src/schema/edges.ts). Resources owns
// them: it holds the grid unit ids; grid knows nothing of resources.
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { GridUnit, gridUnitEdge } from '../grid/public';
import { ResourcesNeed } from './need.entity';
import { ResourcesResource } from './resource.entity';
import { ResourcesSurvey } from './survey.entity';

const GRID = (what: string) => `网格单元 — the grid unit ${what}; null when community-wide, grid is disabled or the viewer may not see the unit`;

@Resolver(() => ResourcesNeed)
export class ResourcesNeedEdgesResolver {
  @FieldResolver(() => GridUnit, { nullable: true, description: GRID('of the need') })
  gridUnit(@Root() n: ResourcesNeed, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, n.gridUnitId);
  }
}

@Resolver(() => ResourcesResource)
export class ResourcesResourceEdgesResolver {
  @FieldResolver(() => GridUnit, { nullable: true, description: GRID('it serves') })
  gridUnit(@Root() r: ResourcesResource, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, r.gridUnitId);
  }
}

@Resolver(() => ResourcesSurvey)
export class ResourcesSurveyEdgesResolver {
  @FieldResolver(() => GridUnit, { nullable: true, description: GRID('it is about') })
  gridUnit(@Root() s: ResourcesSurvey, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, s.gridUnitId);
  }
}
