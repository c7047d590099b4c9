// Special-care groups (老小残困): members with evidence and a 包保 person, visit records, the
// overdue list and coverage. Visible only to the 包保 person, the unit's staff, social workers and
// admins (grid.care.readAll); absent for everyone else.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { Requires } from '../../schema/requires';
import { Resident } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { CareMember, CareVisit } from './care.entity';
import { dueOn } from './grid.policy';
import { canSeeCare, careStats, visibleCareIds } from './care.service';
import { subtree, unitInScope } from './scope.service';
import { uuidArray } from '../../db/sql';
import { memberName } from './member-name.service';
import { tenantOf } from './grid.lookups';
import { GridSettings } from './grid.settings';
import { calendarOf, today } from '../../schema/calendar';
import { Attachment } from '../../plugins/uploads/attachment.types';
import { attachmentsOf } from '../../plugins/uploads/uploads.service';

export const CareMemberConnection = Connection(CareMember, 'GridCareMember', '特殊群体成员');

@ArgsType()
class CareMembersArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '类别 — only this category' }) category?: string | null;
  @Field(() => ID, { nullable: true, description: "单元 — only residents of this unit's subtree" }) unit?: string | null;
  @Field({ defaultValue: false, description: '仅逾期 — only members whose visit is overdue' }) overdueOnly!: boolean;
  @Field({ defaultValue: false, description: '仅本人包保 — only members the caller is 包保 for' }) mine!: boolean;
}

@ObjectType({ description: '特殊群体覆盖 — share of members with a 包保 and an on-time visit' })
class GridCareCoverage {
  @Field(() => Int, { description: '成员数 — active members' }) members!: number;
  @Field(() => Int, { description: '有包保 — members with a 包保 person' }) withResponsible!: number;
  @Field(() => Int, { description: '按时探访 — members whose visit is not overdue' }) onTime!: number;
  @Field(() => Int, { description: '已覆盖 — members with both' }) covered!: number;
  @Field(() => Float, { description: '覆盖率 — covered / members (1 when there are none)' }) rate!: number;
}

@Resolver(() => CareMember)
export class CareMemberResolver {
  @Query(() => CareMemberConnection, { description: '特殊群体 — special-care members the caller may see (包保, own units, or all)' })
  @Requires('grid', 'grid.care.read')
  async gridCareMembers(@Args() args: CareMembersArgs, @Context() ctx: Ctx) {
    let units: string[] | null = null;
    if (args.unit) {
      const id = fromGlobalId(args.unit, 'GridUnit');
      units = (await unitInScope(ctx, id)) ? await subtree(ctx.em, [id]) : [];
    }
    const ids = await visibleCareIds(ctx, { category: args.category, overdueOnly: args.overdueOnly, mine: args.mine, units });
    const where = { id: { $in: ids } };
    return paginate(ctx.em, CareMember, where, args, { id: 'asc' } as any);
  }

  @Query(() => CareMember, { nullable: true, description: '特殊群体成员 — one member (null when missing or not visible to the caller)' })
  @Requires('grid', 'grid.care.read')
  async gridCareMember(@Arg('id', () => ID, { description: '成员 — the member' }) id: string, @Context() ctx: Ctx) {
    const m = await ctx.loaders.entity(CareMember).load(fromGlobalId(id, 'GridCareMember'));
    return m && (await canSeeCare(ctx, m)) ? m : null;
  }

  @Query(() => GridCareCoverage, { description: '特殊群体覆盖率 — of the members the caller may see' })
  @Requires('grid', 'grid.care.read')
  async gridCareCoverage(@Context() ctx: Ctx): Promise<GridCareCoverage> {
    let stats;
    const cid = tenantOf(ctx.em);
    if (await ctx.can('grid.care.readAll')) stats = await careStats(ctx.em, cid);
    else {
      const ids = await visibleCareIds(ctx);
      stats = await careStats(ctx.em, cid, 'm.id = any(?::uuid[])', [uuidArray(ids)]);
    }
    return { ...stats, rate: stats.members ? stats.covered / stats.members : 1 };
  }

  @FieldResolver(() => Resident, { nullable: true, description: '居民 — the resident cared for' })
  resident(@Root() m: CareMember, @Context() ctx: Ctx) {
    return ctx.loaders.entity(Resident).load(m.resident.id);
  }

  @FieldResolver(() => String, { description: '类别名称 — category name (独居老人, 留守儿童 …)' })
  async categoryName(@Root() m: CareMember, @Context() ctx: Ctx) {
    return (await ctx.settings(GridSettings)).careCategories.find((c) => c.key === m.category)?.name ?? m.category;
  }

  @FieldResolver(() => Membership, { nullable: true, description: '包保人 — the member responsible (null when none or without tenancy.membership.read)' })
  async responsible(@Root() m: CareMember, @Context() ctx: Ctx) {
    if (!m.responsible || !(await ctx.can('tenancy.membership.read'))) return null;
    return ctx.loaders.entity(Membership).load(m.responsible.id);
  }

  @FieldResolver(() => String, { nullable: true, description: '包保人姓名 — display name of the 包保 person' })
  async responsibleName(@Root() m: CareMember, @Context() ctx: Ctx) {
    if (!m.responsible) return null;
    return (await memberName(ctx, m.responsible.id)) || null;
  }

  @FieldResolver(() => String, { description: "应访日期 — next visit due on (YYYY-MM-DD, the community's calendar day)" })
  async dueOn(@Root() m: CareMember, @Context() ctx: Ctx) {
    return dueOn(m.startsOn, m.lastVisitAt, m.visitEveryDays, (await calendarOf(ctx)).timeZone);
  }

  @FieldResolver(() => Boolean, { description: '逾期 — the due day has passed without a visit' })
  async overdue(@Root() m: CareMember, @Context() ctx: Ctx) {
    if (m.endsOn) return false;
    const { timeZone } = await calendarOf(ctx);
    return dueOn(m.startsOn, m.lastVisitAt, m.visitEveryDays, timeZone) < today(timeZone);
  }

  @FieldResolver(() => [CareVisit], { description: '探访记录 — visits, newest first (at most 50)' })
  visits(@Root() m: CareMember, @Context() ctx: Ctx) {
    return ctx.em.find(CareVisit, { member: m.id }, { orderBy: { visitedAt: 'desc', id: 'desc' }, limit: 50 });
  }
}

@Resolver(() => CareVisit)
export class CareVisitResolver {
  @FieldResolver(() => [Attachment], { description: '照片 — photos of the visit, for those who may see the special-care member (signed, short-lived URLs)' })
  attachments(@Root() v: CareVisit, @Context() ctx: Ctx) {
    return attachmentsOf(ctx, 'GridCareVisit', v);
  }

  @FieldResolver(() => String, { description: '探访方式名称 — visit kind name (入户探访 …)' })
  async kindName(@Root() v: CareVisit, @Context() ctx: Ctx) {
    return (await ctx.settings(GridSettings)).visitKinds.find((k) => k.key === v.kind)?.name ?? v.kind;
  }
}
