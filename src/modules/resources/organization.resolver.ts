// Resources' side of the organisation identity (组织, core): what an organisation offers, whether
// it offered it as itself or through one of its registry records (co-building unit, social
// organisation, charity resource) — one body, one list.
import { Ctx as Context, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { Organization, forceRecordsOfOrganization } from '../core/public';
import { ResourcesResource } from './resource.entity';
import { PROVIDER_GLOBAL_TYPE, ProviderType } from './resources.enums';

const BY_GLOBAL = Object.fromEntries(Object.entries(PROVIDER_GLOBAL_TYPE).map(([k, v]) => [v, k as ProviderType]));

@Resolver(() => Organization)
export class OrganizationResourcesResolver {
  @FieldResolver(() => [ResourcesResource], {
    description: '提供的资源 — resources it offers in the 资源库, in stock only (empty when resources is off or without resources.read)',
  })
  async resources(@Root() o: Organization, @Context() ctx: Ctx) {
    if (!(await ctx.moduleEnabled('resources')) || !(await ctx.can('resources.read'))) return [];
    const records = await forceRecordsOfOrganization(ctx.em, o.communityId, o.id);
    const providers = [
      { providerType: ProviderType.ORGANIZATION, providerId: o.id },
      ...records.map((r) => ({ providerType: BY_GLOBAL[r.type]!, providerId: r.id })),
    ];
    return ctx.em.find(ResourcesResource, { active: true, $or: providers }, { orderBy: { id: 'asc' } });
  }
}
