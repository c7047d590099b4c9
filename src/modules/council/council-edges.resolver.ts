// Graph edges from the council's objects into grid and core (src/schema/edges.ts). The council
// owns them: it holds the grid unit and household ids; grid and core know nothing of the council.
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { GridUnit, gridUnitEdge } from '../grid/public';
import { Household, householdEdge } from '../core/public';
import { CouncilBody, CouncilMember } from './body.entity';
import { CouncilBallot } from './vote.entity';

@Resolver(() => CouncilBody)
export class CouncilBodyEdgesResolver {
  @FieldResolver(() => GridUnit, {
    nullable: true,
    description: '网格单元 — the grid unit it serves; null when none, grid is disabled or the viewer may not see the unit',
  })
  gridUnit(@Root() b: CouncilBody, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, b.gridUnitId);
  }
}

@Resolver(() => CouncilMember)
export class CouncilMemberEdgesResolver {
  @FieldResolver(() => Household, { nullable: true, description: '所代表的户 — the household represented; null when none or the viewer may not read it' })
  household(@Root() m: CouncilMember, @Context() ctx: Ctx) {
    return edge(ctx, householdEdge, m.householdId);
  }
}

// In-module edge (no other module involved): ballots are shown to vote managers, who see the body's members.
@Resolver(() => CouncilBallot)
export class CouncilBallotEdgesResolver {
  @FieldResolver(() => CouncilMember, { nullable: true, description: '成员 — the council member (议事会成员) whose ballot it is' })
  member(@Root() b: CouncilBallot, @Context() ctx: Ctx) {
    return ctx.loaders.entity(CouncilMember).load(b.memberId);
  }
}
