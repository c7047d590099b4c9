// Graph edges from dispatch's objects into other modules (src/schema/edges.ts): the grid unit,
// the taker, the assistants and the party escalation target as objects instead of bare ids.
// Dispatch owns them: it holds the foreign ids and already depends on grid, core and party through
// their public faces, while they know nothing of dispatch. Each target module checks what the
// viewer may see (forbidden, missing, another community's or a disabled module's: null) and
// answers a whole page in one batch.
import { Ctx as Context, FieldResolver, Resolver, Root, createUnionType } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { edge } from '../../schema/edges';
import { rowEdge, type RowEdge } from '../../schema/edge-joins';
import { GridUnit, gridUnitEdge } from '../grid/public';
import { SocialOrganization, SocialWorker, socialOrganizationEdge, socialWorkerEdge } from '../core/public';
import { Membership } from '../../schema/tenancy/membership.entity';
import { membershipOfAccountEdge } from '../../schema/tenancy/tenancy.edges';
import { PartyEscalationTarget, partyEscalationTargetEdge } from '../party/public';
import { ServiceRequest } from './request.entity';
import { DispatchGridRank } from './metrics.resolver';
import { DispatchEscalationOption } from './escalation.resolver';
import { Attachment } from '../../plugins/uploads/attachment.types';
import { attachmentsOf } from '../../plugins/uploads/uploads.service';
import { maskPersonalText } from '../../schema/free-text';
import { canOpenAttachments, viewpoint } from './dispatch.access';

export const DispatchAssistant = createUnionType({
  name: 'DispatchAssistant',
  description: '协办方 — a social worker (社工) or social organization (社会组织) assisting a request',
  types: () => [SocialWorker, SocialOrganization] as const,
  // No resolveType: type-graphql's default picks the member by class, synchronously (its wrapper
  // of a custom resolveType is async, which the JIT executor does not await).
});

/** The edges of a request that list readers may read with their page (src/schema/edge-joins.ts). */
const GRID = { field: 'grid', target: gridUnitEdge, property: 'gridUnitId' } as const;
const TAKER = { field: 'taker', target: membershipOfAccountEdge, property: 'takerAccountId' } as const;
const PARTY_TARGET = { field: 'escalatedToPartyTarget', target: partyEscalationTargetEdge, property: 'escalationTargetId' } as const;
export const REQUEST_ROW_EDGES: readonly RowEdge[] = [GRID, TAKER, PARTY_TARGET];

const ASSISTANT_EDGES = { SocialWorker: socialWorkerEdge, SocialOrganization: socialOrganizationEdge } as const;

@Resolver(() => ServiceRequest)
export class ServiceRequestEdgesResolver {
  @FieldResolver(() => [Attachment], {
    description:
      '照片 — photos of the request, with short-lived signed URLs for the requester, the taker and those who dispatch or oversee it (others: no URLs)',
  })
  attachments(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    return attachmentsOf(ctx, 'ServiceRequest', r);
  }

  @FieldResolver(() => [String], {
    description:
      '旧附件引用 — attachment references filed before photo uploads existed, as plain text (never fetched or checked by the server: do not render as links); empty for viewers who may not open the photos',
  })
  async legacyAttachments(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    if (!r.legacyAttachments.length) return [];
    return canOpenAttachments(await viewpoint(ctx, 'read'), r) ? r.legacyAttachments.map((a) => maskPersonalText(a)) : [];
  }

  @FieldResolver(() => GridUnit, {
    nullable: true,
    description: '网格 — the grid unit (网格单元) of the request; null when the community does not use the grid or the viewer may not see the unit',
  })
  grid(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    return rowEdge(ctx, GRID, r);
  }

  @FieldResolver(() => Membership, {
    nullable: true,
    description: '接单人 — the member who holds the request; null when nobody took it or the viewer may not read members',
  })
  taker(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    return rowEdge(ctx, TAKER, r);
  }

  @FieldResolver(() => [DispatchAssistant], {
    description: '协办方 — the assisting social workers and organizations the viewer may see (五社 registry), in the order given at dispatch',
  })
  async assistants(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    const all = await Promise.all(
      r.assistants.map((a) => edge<SocialWorker | SocialOrganization>(ctx, ASSISTANT_EDGES[a.type as keyof typeof ASSISTANT_EDGES], a.id)),
    );
    return all.filter((a) => a != null);
  }

  @FieldResolver(() => PartyEscalationTarget, {
    nullable: true,
    description:
      '吹哨对象 — the party escalation target (街道吹哨、部门报到) it went to; null for a settings department, the 书记工作室, party disabled or not readable',
  })
  escalatedToPartyTarget(@Root() r: ServiceRequest, @Context() ctx: Ctx) {
    return rowEdge(ctx, PARTY_TARGET, r);
  }
}

@Resolver(() => DispatchGridRank)
export class DispatchGridRankEdgesResolver {
  @FieldResolver(() => GridUnit, {
    nullable: true,
    description: '网格 — the ranked grid unit (网格单元); null when grid is disabled or the viewer may not see the unit',
  })
  grid(@Root() r: DispatchGridRank, @Context() ctx: Ctx) {
    return edge(ctx, gridUnitEdge, r.gridUnitId);
  }
}

@Resolver(() => DispatchEscalationOption)
export class DispatchEscalationOptionEdgesResolver {
  @FieldResolver(() => PartyEscalationTarget, {
    nullable: true,
    description: '吹哨对象 — the party escalation target (街道吹哨、部门报到) behind the option; null for a settings department',
  })
  partyTarget(@Root() o: DispatchEscalationOption, @Context() ctx: Ctx) {
    return edge(ctx, partyEscalationTargetEdge, o.targetId);
  }
}
