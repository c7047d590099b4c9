// Graph edges from the fund's objects into the council and core (src/schema/edges.ts). The fund
// owns them: a disbursement holds the id of the topic whose vote decides it, a donation the id of
// its donor's registry record; neither the council nor core knows of the fund.
import { Ctx as Context, FieldResolver, Resolver, Root, createUnionType } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { CouncilTopic, councilTopicEdge } from '../council/public';
import {
  CharityResource,
  CobuildingUnit,
  Organization,
  charityResourceEdge,
  cobuildingUnitEdge,
  forceRecordsOfOrganization,
  organizationEdge,
} from '../core/public';
import { FundDisbursement } from './disbursement.entity';
import { FundDonation } from './donation.entity';
import { DonorType } from './fund.enums';
import { seesDonor } from './donation.resolver';

// No resolveType: type-graphql's default picks the member by class, synchronously (the JIT executor does not await an async one).
export const FundDonor = createUnionType({
  name: 'FundDonor',
  description: '捐赠方登记 — the registry record of a donor: a charity resource (慈善资源), co-building unit (共建单位) or organisation (组织)',
  types: () => [CharityResource, CobuildingUnit, Organization] as const,
});

@Resolver(() => FundDisbursement)
export class FundDisbursementEdgesResolver {
  @FieldResolver(() => CouncilTopic, {
    nullable: true,
    description: '议事会议题 — the council topic whose vote decides it; null when none, the council is disabled or the viewer may not see the topic',
  })
  councilTopic(@Root() d: FundDisbursement, @Context() ctx: Ctx) {
    return edge(ctx, councilTopicEdge, d.councilTopicId);
  }
}

@Resolver(() => FundDonation)
export class FundDonationEdgesResolver {
  @FieldResolver(() => FundDonor, {
    nullable: true,
    description: "捐赠方 — the donor's registry record; null for individuals, when hidden by anonymity or when the viewer may not read the registry",
  })
  async donor(@Root() d: FundDonation, @Context() ctx: Ctx) {
    if (!d.donorRefId || d.donorType === DonorType.INDIVIDUAL || !(await seesDonor(d, ctx))) return null;
    const target =
      d.donorType === DonorType.CHARITY_RESOURCE ? charityResourceEdge : d.donorType === DonorType.ORGANIZATION ? organizationEdge : cobuildingUnitEdge;
    return edge<CharityResource | CobuildingUnit | Organization>(ctx, target, d.donorRefId);
  }
}

// The fund's side of the organisation identity (组织, core): what an organisation gave, as itself
// or through one of its registry records — anonymous gifts only to those who may see donors.
@Resolver(() => Organization)
export class OrganizationDonationsResolver {
  @FieldResolver(() => [FundDonation], {
    description: '捐赠 — its donations and pledges to the community funds, oldest first (empty when the fund is off or without fund.read)',
  })
  async donations(@Root() o: Organization, @Context() ctx: Ctx) {
    if (!(await ctx.moduleEnabled('fund')) || !(await ctx.can('fund.read'))) return [];
    const records = await forceRecordsOfOrganization(ctx.em, o.communityId, o.id);
    const donors = [
      { donorType: DonorType.ORGANIZATION, donorRefId: o.id },
      ...records.flatMap((r) =>
        r.type === 'CharityResource'
          ? [{ donorType: DonorType.CHARITY_RESOURCE, donorRefId: r.id }]
          : r.type === 'CobuildingUnit'
            ? [{ donorType: DonorType.COBUILDING_UNIT, donorRefId: r.id }]
            : [],
      ),
    ];
    const rows = await ctx.em.find(FundDonation, { $or: donors }, { orderBy: { id: 'asc' } });
    const sees = await Promise.all(rows.map((d) => seesDonor(d, ctx)));
    return rows.filter((_, i) => sees[i]);
  }
}
