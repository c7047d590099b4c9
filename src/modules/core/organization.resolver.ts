// 组织 through GraphQL: list and read organisations with their core roles (co-building unit,
// social organisation, charity resource), register one directly (e.g. a government department
// that holds a grid piece but is in no registry), rename, re-kind or archive it. Other modules
// add their roles to the type (party units, resources offered, donations).
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root, type ClassType } from 'type-graphql';
import { z } from 'zod';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId, globalIdOrNull } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { likePattern } from '../../db/sql';
import { CharityResource, CobuildingUnit, SocialOrganization } from './forces.entity';
import { Organization, ORGANIZATION_TYPE } from './organization.entity';
import { OrganizationKind } from './organization.enums';
import { nameKey } from './organization.service';
import { edge } from '../../schema/edges';
import { organizationEdge } from './core.edges';
import { ORGANIZATION_EVENTS } from './core.events';

const OrganizationConnection = Connection(Organization, ORGANIZATION_TYPE, '组织');
const OrganizationPayload = Payload(Organization, 'organization', ORGANIZATION_TYPE, '组织');

@ArgsType()
class OrganizationsArgs extends ConnectionArgs {
  @Field(() => String, { nullable: true, description: '搜索 — part of the name' }) search?: string | null;
  @Field(() => OrganizationKind, { nullable: true, description: '类型 — only organisations of this kind' }) kind?: OrganizationKind | null;
  @Field(() => Boolean, { nullable: true, description: '含已归档 — include inactive organisations' }) includeInactive?: boolean | null;
}

@InputType({ description: '登记组织 — register an organisation (a name already on record is refused: use that one)' })
class OrganizationCreateInput {
  @Field({ description: '名称 — name, unique in the community (compared without spaces, full-width forms and case)' }) name!: string;
  @Field(() => OrganizationKind, { description: '组织类型 — kind' }) kind!: OrganizationKind;
}

@InputType({ description: '修改组织 — rename, re-kind or archive an organisation' })
class OrganizationUpdateInput {
  @Field(() => ID, { description: '组织 — the organisation' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => OrganizationKind, { nullable: true, description: '组织类型 — kind' }) kind?: OrganizationKind | null;
  @Field(() => Boolean, { nullable: true, description: '在册 — false archives it (its grid pieces count as uncovered)' }) active?: boolean | null;
}

const name = z.string().trim().min(1).max(100);

@Resolver(() => Organization)
export class OrganizationResolver {
  @Query(() => OrganizationConnection, { description: '组织 — organisations of the community, in registration order' })
  @Requires('core', 'core.forces.read')
  organizations(@Args() args: OrganizationsArgs, @Context() ctx: Ctx) {
    const where: Record<string, unknown> = {};
    if (!args.includeInactive) where.active = true;
    if (args.kind) where.kind = args.kind;
    if (args.search) where.name = { $ilike: likePattern(args.search, 50) };
    return paginate(ctx.em, Organization, where as any, args);
  }

  @Query(() => Organization, { nullable: true, description: '组织 — one organisation by id, with its roles (null when not found)' })
  @Requires('core', 'core.forces.read')
  async organization(@Arg('id', () => ID, { description: '组织 ID — organisation id' }) id: string, @Context() ctx: Ctx) {
    const raw = globalIdOrNull(id, ORGANIZATION_TYPE);
    return raw ? ctx.loaders.entity(Organization).load(raw) : null;
  }

  @Mutation(() => OrganizationPayload, { description: '登记组织 — register an organisation not yet on record' })
  @Requires('core', 'core.forces.manage')
  async organizationCreate(@Arg('input', { description: '输入 — the mutation input' }) input: OrganizationCreateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const d = check(z.object({ name, kind: z.nativeEnum(OrganizationKind) }), input);
      const key = nameKey(d.name);
      if (await em.count(Organization, { communityId: communityId!, nameKey: key }))
        throw new UserFacingError('ALREADY_EXISTS', ['input', 'name'], { what: '该组织' });
      const o = em.create(Organization, { communityId: communityId!, name: d.name, nameKey: key, kind: d.kind });
      recordEvent(em, ORGANIZATION_EVENTS.Registered, { communityId, subject: { type: ORGANIZATION_TYPE, id: o.id } });
      return o;
    });
  }

  @Mutation(() => OrganizationPayload, { description: '修改组织 — rename, re-kind or archive an organisation' })
  @Requires('core', 'core.forces.manage')
  async organizationUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: OrganizationUpdateInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    return mutate(ctx, async (em) => {
      const d = check(z.object({ id: z.string(), name: name.nullish(), kind: z.nativeEnum(OrganizationKind).nullish(), active: z.boolean().nullish() }), input);
      const o = await em.findOne(Organization, { id: fromGlobalId(d.id, ORGANIZATION_TYPE, 'id'), communityId: communityId! });
      if (!o) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      if (d.name != null) {
        const key = nameKey(d.name);
        if (key !== o.nameKey && (await em.count(Organization, { communityId: communityId!, nameKey: key })))
          throw new UserFacingError('ALREADY_EXISTS', ['input', 'name'], { what: '该组织' });
        o.name = d.name;
        o.nameKey = key;
      }
      if (d.kind != null) o.kind = d.kind;
      if (d.active != null) o.active = d.active;
      recordEvent(em, ORGANIZATION_EVENTS.Updated, { communityId, subject: { type: ORGANIZATION_TYPE, id: o.id } });
      return o;
    });
  }

  @FieldResolver(() => [CobuildingUnit], { description: '共建单位登记 — its co-building unit records (empty without core.forces.read)' })
  cobuildingUnits(@Root() o: Organization, @Context() ctx: Ctx) {
    return rolesOf(ctx, CobuildingUnit, o);
  }

  @FieldResolver(() => [SocialOrganization], { description: '社会组织登记 — its social organisation records (empty without core.forces.read)' })
  socialOrganizations(@Root() o: Organization, @Context() ctx: Ctx) {
    return rolesOf(ctx, SocialOrganization, o);
  }

  @FieldResolver(() => [CharityResource], { description: '慈善资源登记 — its charity resource records (empty without core.forces.read)' })
  charityResources(@Root() o: Organization, @Context() ctx: Ctx) {
    return rolesOf(ctx, CharityResource, o);
  }
}

/** The registry records of an organisation, batched: a page of organisations costs one query per registry. */
async function rolesOf<E extends { organizationId: string | null }>(ctx: Ctx, entity: ClassType<E>, o: Organization): Promise<E[]> {
  if (!(await ctx.can('core.forces.read'))) return [];
  return ctx.loaders
    .named<string, E[]>(`core:${entity.name}ByOrganization`, async (ids) => {
      const rows = await ctx.em.find(entity, { organizationId: { $in: [...ids] } } as any, { orderBy: { id: 'asc' } as any });
      return ids.map((id) => rows.filter((r) => r.organizationId === id));
    })
    .load(o.id);
}

/** `organization` on each registry of organisations: the identity the record is a role of. */
function organizationField<E extends { organizationId: string | null }>(entity: ClassType<E>, zh: string) {
  @Resolver(() => entity)
  class OrganizationEdge {
    @FieldResolver(() => Organization, { nullable: true, description: `组织 — the organisation this ${zh} record is a role of (null for a person)` })
    organization(@Root() e: E, @Context() ctx: Ctx) {
      return edge(ctx, organizationEdge, e.organizationId);
    }
  }
  Object.defineProperty(OrganizationEdge, 'name', { value: `${entity.name}OrganizationResolver` });
  return OrganizationEdge;
}

export const organizationEdgeResolvers = [
  organizationField(CobuildingUnit, '共建单位'),
  organizationField(SocialOrganization, '社会组织'),
  organizationField(CharityResource, '慈善资源'),
];
