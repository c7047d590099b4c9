// 可吹哨对象: the departments and units a dispatcher may escalate a request to (party targets
// while the community keeps them, else the `departments` setting), for the escalate screen.
import { Arg, Ctx as Context, Field, ID, ObjectType, Query, registerEnumType, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import { Requires } from '../../schema/requires';
import { AppError } from '../../schema/errors';
import { toGlobalId } from '../../schema/global-id';
import { viewpoint } from './dispatch.access';
import { escalationChoices } from './escalation.service';
import { PARTY_ESCALATION_TARGET_TYPE } from './party.lookups';

export enum DispatchEscalationSource {
  PARTY = 'PARTY',
  SETTINGS = 'SETTINGS',
}
registerEnumType(DispatchEscalationSource, {
  name: 'DispatchEscalationSource',
  description: '吹哨对象来源 — where the list of escalation targets comes from',
  valuesConfig: {
    PARTY: { description: "党建吹哨对象 — the party module's escalation targets (街道吹哨、部门报到)" },
    SETTINGS: { description: '派单设置部门 — the dispatch setting `departments` (party off or keeping no targets)' },
  },
});

@ObjectType('DispatchEscalationOption', { description: '可吹哨对象 — a department or unit a request may be escalated to (街道吹哨、部门报到)' })
export class DispatchEscalationOption {
  /** Raw id of the party target, for the `partyTarget` edge (request-edges.resolver.ts). */
  targetId!: string | null;
  @Field({ description: '名称 — the name to pass as `department` when escalating' }) name!: string;
  @Field(() => DispatchEscalationSource, { description: '来源 — party target or settings department' }) source!: DispatchEscalationSource;
  @Field(() => ID, {
    nullable: true,
    description: '吹哨对象 — the party target (PartyEscalationTarget id); null for a settings department',
    deprecationReason: '改用 partyTarget — use `partyTarget { id name }`: the target as an object',
  })
  target!: string | null;
  @Field(() => String, {
    nullable: true,
    description: '类型 — kind of the party target (STREET 街道, DEPARTMENT 部门, UNIT 驻区单位, UTILITY 公用事业); null for a settings department',
  })
  kind!: string | null;
  @Field(() => [String], { description: '负责分类 — dispatch category keys it answers for (empty: any)' }) categories!: string[];
}

@Resolver()
export class EscalationResolver {
  @Query(() => [DispatchEscalationOption], {
    description: '可吹哨对象 — the targets a dispatcher may escalate to, for a request category (街道吹哨、部门报到)',
  })
  @Requires('dispatch', 'dispatch.request.escalate')
  async dispatchEscalationTargets(
    @Arg('category', () => String, { nullable: true, description: '分类 — only targets answering for this request category key (all when omitted)' })
    category: string | null,
    @Context() ctx: Ctx,
  ): Promise<DispatchEscalationOption[]> {
    const vp = await viewpoint(ctx);
    if (category != null && !vp.settings.categories.some((c) => c.key === category))
      throw new AppError('BAD_USER_INPUT', 'DISPATCH_CATEGORY_UNKNOWN', { value: category, field: 'category' });
    const choices = await escalationChoices(ctx, vp.communityId, vp.settings, category);
    return choices.map((c) => ({
      targetId: c.targetId,
      name: c.name,
      source: c.source as DispatchEscalationSource,
      target: c.targetId ? toGlobalId(PARTY_ESCALATION_TARGET_TYPE, c.targetId) : null,
      kind: c.kind,
      categories: c.categories,
    }));
  }
}
