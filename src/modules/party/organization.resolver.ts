// Party's side of the organisation identity (组织, core): a member unit or escalation target is an
// organisation, and the organisation lists its member-unit records. Party holds the
// organization_id, so it owns both directions of the edge; core knows nothing of party.
import { Ctx as Context, FieldResolver, Resolver, Root, type ClassType } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { Organization, OrganizationKind, organizationEdge } from '../core/public';
import { PartyEscalationTarget, PartyUnit } from './unit.entity';
import { PartyTargetKind, PartyUnitKind } from './party.enums';

/** The identity a new member unit links to, by its kind. */
export const UNIT_ORGANIZATION_KIND: Record<PartyUnitKind, OrganizationKind> = {
  AGENCY: OrganizationKind.GOVERNMENT_DEPARTMENT,
  INSTITUTION: OrganizationKind.PUBLIC_INSTITUTION,
  STATE_ENTERPRISE: OrganizationKind.ENTERPRISE,
  PRIVATE_ENTERPRISE: OrganizationKind.ENTERPRISE,
  SCHOOL: OrganizationKind.SCHOOL,
  MEDICAL: OrganizationKind.MEDICAL,
  SOCIAL_ORGANIZATION: OrganizationKind.SOCIAL_ORGANIZATION,
  COMMUNITY: OrganizationKind.PARTY_ORGANIZATION,
  OTHER: OrganizationKind.OTHER,
};

/** The identity a new escalation target links to (unless it is a member unit: then that unit's). */
export const TARGET_ORGANIZATION_KIND: Record<PartyTargetKind, OrganizationKind> = {
  STREET: OrganizationKind.GOVERNMENT_DEPARTMENT,
  DEPARTMENT: OrganizationKind.GOVERNMENT_DEPARTMENT,
  UNIT: OrganizationKind.OTHER,
  UTILITY: OrganizationKind.ENTERPRISE,
};

const ORG = (what: string) => `组织 — the organisation this ${what} is (one identity across the registries); null without core.forces.read`;

@Resolver(() => PartyUnit)
export class PartyUnitOrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: ORG('member unit') })
  organization(@Root() u: PartyUnit, @Context() ctx: Ctx) {
    return edge(ctx, organizationEdge, u.organizationId);
  }
}

@Resolver(() => PartyEscalationTarget)
export class PartyTargetOrganizationResolver {
  @FieldResolver(() => Organization, { nullable: true, description: ORG('escalation target') })
  organization(@Root() t: PartyEscalationTarget, @Context() ctx: Ctx) {
    return edge(ctx, organizationEdge, t.organizationId);
  }
}

@Resolver(() => Organization)
export class OrganizationPartyResolver {
  @FieldResolver(() => [PartyUnit], { description: '大党委成员单位 — its member-unit records (empty when party is off or without party.read)' })
  async partyUnits(@Root() o: Organization, @Context() ctx: Ctx) {
    return byOrganization(ctx, PartyUnit, o);
  }

  @FieldResolver(() => [PartyEscalationTarget], { description: '吹哨对象 — its escalation-target records (empty when party is off or without party.read)' })
  async partyEscalationTargets(@Root() o: Organization, @Context() ctx: Ctx) {
    return byOrganization(ctx, PartyEscalationTarget, o);
  }
}

/** An organisation's records of a party registry, batched per operation (one query for a page of organisations). */
async function byOrganization<E extends PartyUnit | PartyEscalationTarget>(ctx: Ctx, entity: ClassType<E>, o: Organization): Promise<E[]> {
  if (!(await ctx.moduleEnabled('party')) || !(await ctx.can('party.read'))) return [];
  return ctx.loaders
    .named<string, E[]>(`party:${entity.name}ByOrganization`, async (ids) => {
      const rows = (await ctx.em.find(
        entity as ClassType<PartyUnit>,
        { organizationId: { $in: [...ids] } },
        { orderBy: { sortOrder: 'asc', id: 'asc' } },
      )) as E[];
      return ids.map((id) => rows.filter((r) => r.organizationId === id));
    })
    .load(o.id);
}
