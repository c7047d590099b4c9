// Graph edges from the resources module's objects into grid, the fund, dispatch and the council
// (src/schema/edges.ts). Resources owns them: it holds the grid unit, disbursement and source ids;
// none of those modules knows of resources.
import { Ctx as Context, FieldResolver, Resolver, Root, createUnionType } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { GridUnit, gridUnitEdge } from '../grid/public';
import { FundDisbursement, fundDisbursementEdge } from '../fund/public';
import { ServiceRequest, serviceRequestEdge } from '../dispatch/public';
import { CouncilTopic, councilTopicEdge } from '../council/public';
import { NeedSource } from './resources.enums';
import { ResourcesNeed } from './need.entity';
import { ResourcesProject } from './project.entity';
import { ResourcesResource } from './resource.entity';
import { ResourcesSurvey } from './survey.entity';

// No resolveType: type-graphql's default picks the member by class, synchronously (the JIT executor does not await an async one).
export const ResourcesNeedSourceObject = createUnionType({
  name: 'ResourcesNeedSourceObject',
  description: '需求来源对象 — what a need came from: a dispatch request (期望单), a council topic (议事决定) or a need survey (需求调查)',
  types: () => [ServiceRequest, CouncilTopic, ResourcesSurvey] as const,
});

const GRID = (what: string) => `网格单元 — the grid unit ${what}; null when community-wide, grid is disabled or the viewer may not see the unit`;

@Resolver(() => ResourcesNeed)
export class ResourcesNeedEdgesResolver {
  @FieldResolver(() => GridUnit, { nullable: true, description: GRID('of the need') })
  gridUnit(@Root() n: ResourcesNeed, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, n.gridUnitId);
  }

  @FieldResolver(() => ResourcesNeedSourceObject, {
    nullable: true,
    description: '来源对象 — the request, topic or survey it came from; null for staff records, a disabled module or what the viewer may not see',
  })
  sourceObject(@Root() n: ResourcesNeed, @Context() ctx: Ctx) {
    if (!n.sourceRef) return null;
    if (n.source === NeedSource.DISPATCH_REQUEST) return edge<ServiceRequest | CouncilTopic | ResourcesSurvey>(ctx, serviceRequestEdge, n.sourceRef);
    if (n.source === NeedSource.COUNCIL_TOPIC) return edge(ctx, councilTopicEdge, n.sourceRef);
    // A survey is the module's own: the need is readable, so is its survey (tenant-filtered loader).
    if (n.source === NeedSource.SURVEY) return ctx.loaders.entity(ResourcesSurvey).load(n.sourceRef.split(':')[0]!);
    return null;
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

@Resolver(() => ResourcesProject)
export class ResourcesProjectEdgesResolver {
  @FieldResolver(() => FundDisbursement, {
    nullable: true,
    description: "基金支出申请 — the fund's disbursement request funding it; null when none, the fund is disabled or the viewer may not read the fund",
  })
  fundingDisbursement(@Root() p: ResourcesProject, @Context() ctx: Ctx) {
    return edge(ctx, fundDisbursementEdge, p.fundingDisbursementId);
  }
}
