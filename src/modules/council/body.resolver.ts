// Bodies at levels and their members: list, read, create, add and end seats.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId, toGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { householdsExist } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { GRID_UNIT_TYPE, gridUnitPath } from '../grid/public';
import { CouncilBody, CouncilMember } from './body.entity';
import { councilScope, findInScope, seesBody, visibleWhere } from './council.access';
import { CouncilConstituency, CouncilMemberRole } from './council.enums';
import { bodyRules, eligibleVoters, findOr404 } from './council.service';
import { calendarOf, today } from '../../schema/calendar';
import { levelIndex, CouncilSettings } from './council.settings';
import { CouncilLevelView, CouncilRulesView } from './council.types';
import { COUNCIL_EVENTS } from './council.events';

const BodyConnection = Connection(CouncilBody, 'CouncilBody', '议事机构');
const MemberConnection = Connection(CouncilMember, 'CouncilMember', '议事会成员');
const BodyPayload = Payload(CouncilBody, 'body', 'CouncilBody', '议事机构');
const MemberPayload = Payload(CouncilMember, 'member', 'CouncilMember', '议事会成员');

@ArgsType()
class BodiesArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '层级 — only bodies of this level key' })
  levelKey?: string | null;
}

@ArgsType()
class MembersArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: '含已卸任 — include members who left' })
  includeEnded?: boolean | null;
}

@InputType({ description: '新建议事机构 — create a council body' })
class CouncilBodyCreateInput {
  @Field({ description: '名称 — name' }) name!: string;
  @Field({ description: '层级 — level key from the council settings' }) levelKey!: string;
  @Field(() => ID, { nullable: true, description: '网格单元 — grid unit it serves (optional)' }) gridUnitId?: string | null;
  @Field(() => ID, { nullable: true, description: '上级议事机构 — body one level up that escalations go to' }) parentId?: string | null;
}

@InputType({ description: '增补成员 — give a community member a seat on a body' })
class CouncilMemberAddInput {
  @Field(() => ID, { description: '议事机构 — the body' }) bodyId!: string;
  @Field(() => ID, { description: '社区成员 — the community membership of the person' }) membershipId!: string;
  @Field(() => CouncilMemberRole, { description: '职务 — chair, representative or observer' }) role!: CouncilMemberRole;
  @Field(() => CouncilConstituency, { description: '代表类别 — whom the member speaks for' }) constituency!: CouncilConstituency;
  @Field(() => ID, { nullable: true, description: '所代表的户 — household represented (户代表)' }) householdId?: string | null;
  @Field(() => String, { nullable: true, description: '任期开始 — YYYY-MM-DD, default today' }) termStart?: string | null;
  @Field(() => String, { nullable: true, description: '任期结束 — YYYY-MM-DD' }) termEnd?: string | null;
}

@InputType({ description: "成员卸任 — end a member's seat" })
class CouncilMemberEndInput {
  @Field(() => ID, { description: '成员 — the council member' }) id!: string;
}

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

@Resolver(() => CouncilBody)
export class CouncilBodyResolver {
  @Query(() => [CouncilLevelView], { description: '议事层级 — the levels configured for the community, top first' })
  @Requires('council', 'council.read')
  async councilLevels(@Context() ctx: Ctx): Promise<CouncilLevelView[]> {
    const s = await ctx.settings(CouncilSettings);
    return s.levels.map((l, index) => ({ key: l.key, name: l.name, index, rules: CouncilRulesView.of({ ...s.rules, ...l.rules }) }));
  }

  @Query(() => BodyConnection, { description: '议事机构列表 — council bodies of the community' })
  @Requires('council', 'council.read')
  async councilBodies(@Args() args: BodiesArgs, @Context() ctx: Ctx) {
    const scope = await councilScope(ctx);
    return paginate(ctx.em, CouncilBody, { ...(args.levelKey ? { levelKey: args.levelKey } : {}), ...visibleWhere(scope, 'id') }, args);
  }

  @Query(() => CouncilBody, { nullable: true, description: '议事机构 — one body by id' })
  @Requires('council', 'council.read')
  async councilBody(@Arg('id', () => ID, { description: '议事机构 ID — the body' }) id: string, @Context() ctx: Ctx) {
    const body = await ctx.loaders.entity(CouncilBody).load(fromGlobalId(id, 'CouncilBody'));
    return body && seesBody(await councilScope(ctx), body.id) ? body : null;
  }

  @FieldResolver(() => CouncilLevelView, { nullable: true, description: '层级 — its level (null if removed from settings)' })
  async level(@Root() b: CouncilBody, @Context() ctx: Ctx): Promise<CouncilLevelView | null> {
    const s = await ctx.settings(CouncilSettings);
    const index = levelIndex(s, b.levelKey);
    const l = s.levels[index];
    return l ? { key: l.key, name: l.name, index, rules: CouncilRulesView.of({ ...s.rules, ...l.rules }) } : null;
  }

  @FieldResolver(() => CouncilRulesView, { description: '规则 — effective rules of this body' })
  async rules(@Root() b: CouncilBody, @Context() ctx: Ctx): Promise<CouncilRulesView> {
    return CouncilRulesView.of(bodyRules(await ctx.settings(CouncilSettings), b));
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '网格单元 — global id of the grid unit it serves',
    deprecationReason: '改用 gridUnit — use `gridUnit { id name }`: the object, checked and batched',
  })
  gridUnitId(@Root() b: CouncilBody): string | null {
    return b.gridUnitId ? toGlobalId(GRID_UNIT_TYPE, b.gridUnitId) : null;
  }

  @FieldResolver(() => CouncilBody, { nullable: true, description: '上级议事机构 — the body one level up' })
  parent(@Root() b: CouncilBody, @Context() ctx: Ctx) {
    return b.parentId ? ctx.loaders.entity(CouncilBody).load(b.parentId) : null;
  }

  @FieldResolver(() => MemberConnection, { description: '成员 — members of the body' })
  members(@Root() b: CouncilBody, @Args() args: MembersArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, CouncilMember, args.includeEnded ? { bodyId: b.id } : { bodyId: b.id, endedAt: null }, args, { id: 'asc' });
  }

  @FieldResolver(() => Int, { description: '表决席位 — voting seats now (members, or households in household votes)' })
  async votingSeats(@Root() b: CouncilBody, @Context() ctx: Ctx): Promise<number> {
    const rules = bodyRules(await ctx.settings(CouncilSettings), b);
    return eligibleVoters(ctx.em, b.id, rules.votingUnit);
  }

  @Mutation(() => BodyPayload, { description: '新建议事机构 — create a body at a level' })
  @Requires('council', 'council.body.manage')
  async councilBodyCreate(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilBodyCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const settings = await ctx.settings(CouncilSettings);
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const data = check(z.object({ name: z.string().trim().min(1).max(60), levelKey: z.string() }), input);
      const index = levelIndex(settings, data.levelKey);
      if (index < 0) throw new UserFacingError('COUNCIL_LEVEL_UNKNOWN', ['input', 'levelKey'], { level: data.levelKey });
      let gridUnitId: string | null = null;
      if (input.gridUnitId) {
        gridUnitId = fromGlobalId(input.gridUnitId, GRID_UNIT_TYPE);
        const known = ctx.app.registry.get('grid') ? (await gridUnitPath(em, gridUnitId)).length > 0 : false;
        if (!known) throw new UserFacingError('NOT_FOUND', ['input', 'gridUnitId']);
      }
      if (scope.managesLimited && !(gridUnitId && scope.units.has(gridUnitId))) throw new UserFacingError('COUNCIL_OUTSIDE_GRID', ['input', 'gridUnitId']);
      let parentId: string | null = null;
      if (input.parentId) {
        const parent = await findInScope(em, scope, CouncilBody, 'CouncilBody', input.parentId, 'see', 'parentId');
        if (levelIndex(settings, parent.levelKey) !== index - 1) throw new UserFacingError('COUNCIL_PARENT_LEVEL', ['input', 'parentId']);
        parentId = parent.id;
      }
      const body = em.create(CouncilBody, { communityId: communityId!, name: data.name, levelKey: data.levelKey, gridUnitId, parentId });
      recordEvent(em, COUNCIL_EVENTS.BodyCreated, {
        communityId,
        subject: { type: 'CouncilBody', id: body.id },
        data: { bodyId: body.id, levelKey: body.levelKey, gridUnitId },
      });
      return body;
    });
  }

  @Mutation(() => MemberPayload, { description: '增补成员 — add a member to a body for a term' })
  @Requires('council', 'council.body.manage')
  async councilMemberAdd(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilMemberAddInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await councilScope(ctx);
    const { timeZone } = await calendarOf(ctx);
    return mutate(ctx, async (em) => {
      const data = check(z.object({ termStart: date.nullish(), termEnd: date.nullish() }), input);
      const body = await findInScope(em, scope, CouncilBody, 'CouncilBody', input.bodyId, 'manage', 'bodyId');
      const membership = await findOr404(em, Membership, 'Membership', input.membershipId, 'membershipId');
      if (!membership.active) throw new UserFacingError('NOT_FOUND', ['input', 'membershipId']);
      const accountId = membership.account.id;
      let householdId: string | null = null;
      if (input.householdId) {
        householdId = fromGlobalId(input.householdId, 'Household');
        if (!(await householdsExist(em, communityId!, [householdId])).has(householdId)) throw new UserFacingError('NOT_FOUND', ['input', 'householdId']);
      }
      const termStart = data.termStart ?? today(timeZone);
      if (data.termEnd && data.termEnd < termStart)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'termEnd'], { detail: { 'zh-CN': 'termEnd 早于 termStart', en: 'termEnd < termStart' } });
      const name = (await accountNames(em, communityId!, [accountId])).get(accountId) ?? '';
      const member = em.create(CouncilMember, {
        communityId: communityId!,
        bodyId: body.id,
        accountId,
        householdId,
        displayName: name,
        role: input.role,
        constituency: input.constituency,
        termStart,
        termEnd: data.termEnd ?? null,
      });
      recordEvent(em, COUNCIL_EVENTS.MemberAdded, {
        communityId,
        subject: { type: 'CouncilMember', id: member.id },
        data: { bodyId: body.id, memberId: member.id, accountId, householdId },
      });
      return member;
    });
  }

  @Mutation(() => MemberPayload, { description: '成员卸任 — end a seat (kept in the roster history)' })
  @Requires('council', 'council.body.manage')
  async councilMemberEnd(@Arg('input', { description: '输入 — the mutation input' }) input: CouncilMemberEndInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const scope = await councilScope(ctx);
    return mutate(ctx, async (em) => {
      const member = await findInScope(em, scope, CouncilMember, 'CouncilMember', input.id, 'manage');
      const n = await em.nativeUpdate(CouncilMember, { id: member.id, endedAt: null }, { endedAt: new Date() });
      if (!n) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'ENDED' });
      await em.refresh(member);
      recordEvent(em, COUNCIL_EVENTS.MemberEnded, {
        communityId,
        subject: { type: 'CouncilMember', id: member.id },
        data: { bodyId: member.bodyId, memberId: member.id },
      });
      return member;
    });
  }
}

@Resolver(() => CouncilMember)
export class CouncilMemberResolver {
  @FieldResolver(() => CouncilBody, { nullable: true, description: '议事机构 — the body' })
  body(@Root() m: CouncilMember, @Context() ctx: Ctx) {
    return ctx.loaders.entity(CouncilBody).load(m.bodyId);
  }

  @FieldResolver(() => ID, {
    nullable: true,
    description: '所代表的户 — household represented (global id)',
    deprecationReason: '改用 household — use `household { id number }`: the object, checked and batched',
  })
  householdId(@Root() m: CouncilMember): string | null {
    return m.householdId ? toGlobalId('Household', m.householdId) : null;
  }

  @FieldResolver(() => Boolean, { description: '有表决权 — chair or representative within the term' })
  async votes(@Root() m: CouncilMember, @Context() ctx: Ctx): Promise<boolean> {
    return !m.endedAt && m.role !== CouncilMemberRole.OBSERVER && (!m.termEnd || m.termEnd >= today((await calendarOf(ctx)).timeZone));
  }
}
