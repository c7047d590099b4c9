// 三项清单's side of a referred visit finding: `GridVisitFinding.need`, the need it became in the
// 需求库 (null without resources.read, before the need is recorded, or when not referred here).
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { GridVisitFinding } from '../grid/public';
import { ResourcesNeed } from './need.entity';
import { NeedSource } from './resources.enums';

@Resolver(() => GridVisitFinding)
export class GridVisitFindingNeedResolver {
  @FieldResolver(() => ResourcesNeed, { nullable: true, description: '需求 — the need the finding became (null: not referred to the 需求库 or not visible)' })
  async need(@Root() f: GridVisitFinding, @Context() ctx: Ctx) {
    if (f.referral !== 'NEED' || !(await ctx.moduleEnabled('resources')) || !(await ctx.can('resources.read'))) return null;
    return ctx.em.findOne(ResourcesNeed, { source: NeedSource.GRID_VISIT, sourceRef: f.id });
  }
}
