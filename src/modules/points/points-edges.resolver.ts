// Graph edges from points' objects into core and grid (src/schema/edges.ts). Points owns them: an
// account holds its household's or owner's id and the report its grid units'; core and grid know nothing of points.
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { Household, householdEdge } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { membershipOfAccountEdge } from '../../schema/tenancy/tenancy.edges';
import { GridUnit, gridUnitEdge } from '../grid/public';
import { PointsAccount } from './points-ledger.entity';
import { PointsAdjustment } from './points-shop.entity';
import { PointsByGrid } from './points-report.resolver';

@Resolver(() => PointsAccount)
export class PointsAccountEdgesResolver {
  @FieldResolver(() => Household, {
    nullable: true,
    description: '户 — the household of a household account; null for personal accounts or when the viewer may not read it',
  })
  household(@Root() a: PointsAccount, @Context() ctx: Ctx) {
    return edge(ctx, householdEdge, a.householdId);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: '账户持有人 — the member owning a personal account; null for household accounts or when the viewer may not read members',
  })
  owner(@Root() a: PointsAccount, @Context() ctx: Ctx) {
    return edge(ctx, membershipOfAccountEdge, a.ownerAccountId);
  }
}

@Resolver(() => PointsByGrid)
export class PointsByGridEdgesResolver {
  @FieldResolver(() => GridUnit, {
    nullable: true,
    description: '网格 — the grid unit (网格单元); null for households not placed or when the viewer may not see the unit',
  })
  gridUnit(@Root() g: PointsByGrid, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, g.gridUnitRawId);
  }
}

// In-module edge (no other module involved): the batched, tenant-filtered loader.
@Resolver(() => PointsAdjustment)
export class PointsAdjustmentEdgesResolver {
  @FieldResolver(() => PointsAccount, { description: '积分账户 — the account adjusted' })
  async account(@Root() a: PointsAdjustment, @Context() ctx: Ctx) {
    return ctx.loaders.entity(PointsAccount).load(a.accountId);
  }
}
