// 大党委成员单位 and 吹哨对象: lists, one by id, create and update (deactivate, never delete).
// Contact phones are sealed at rest and masked for everyone without party.unit.manage.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId, globalIdOrNull } from '../../schema/global-id';
import { AppError } from '../../schema/errors';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { likePattern } from '../../db/sql';
import { ensureOrganization, maskPhone } from '../core/public';
import { TARGET_ORGANIZATION_KIND, UNIT_ORGANIZATION_KIND } from './organization.resolver';
import { membershipAccount } from '../../schema/tenancy/tenancy.lookups';
import { PartyEscalationTarget, PartyUnit } from './unit.entity';
import { PartyTargetKind, PartyUnitKind } from './party.enums';
import { actorOf, type Actor } from './party.access';
import { optText, phone, text } from './party.inputs';
import { openPhone, sealPhone, TARGET_PHONE, UNIT_PHONE } from './personal.service';
import { targetAnswers } from './public';
import { PARTY_EVENTS } from './party.events';

const PartyUnitConnection = Connection(PartyUnit, 'PartyUnit', '成员单位');
const PartyUnitPayload = Payload(PartyUnit, 'unit', 'PartyUnit', '成员单位');
const TargetPayload = Payload(PartyEscalationTarget, 'target', 'PartyEscalationTarget', '吹哨对象');

@ArgsType()
class PartyUnitsArgs extends ConnectionArgs {
  @Field(() => Boolean, { nullable: true, description: '含已退出 — include inactive units' }) includeInactive?: boolean | null;
  @Field(() => PartyUnitKind, { nullable: true, description: '类型 — only units of this kind' }) kind?: PartyUnitKind | null;
  @Field(() => String, { nullable: true, description: '搜索 — part of the name' }) search?: string | null;
}

@InputType({ description: '新增成员单位 — add a member unit' })
class PartyUnitCreateInput {
  @Field({ description: '单位名称 — name' }) name!: string;
  @Field(() => PartyUnitKind, { description: '单位类型 — kind' }) kind!: PartyUnitKind;
  @Field(() => String, { nullable: true, description: '党组织名称 — party organization' }) partyOrganization?: string | null;
  @Field(() => String, { nullable: true, description: '联系人 — contact person' }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — contact phone (mobile or landline)' }) contactPhone?: string | null;
  @Field(() => ID, { nullable: true, description: '联络员 — Membership id of the account acting for the unit' }) liaisonMembershipId?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 — stable order for round-robin rotation' }) sortOrder?: number | null;
}

@InputType({ description: '修改成员单位 — change a member unit' })
class PartyUnitUpdateInput {
  @Field(() => ID, { description: '成员单位 — the unit' }) id!: string;
  @Field(() => String, { nullable: true, description: '单位名称 — name' }) name?: string | null;
  @Field(() => PartyUnitKind, { nullable: true, description: '单位类型 — kind' }) kind?: PartyUnitKind | null;
  @Field(() => String, { nullable: true, description: '党组织名称 — party organization' }) partyOrganization?: string | null;
  @Field(() => String, { nullable: true, description: '联系人 — contact person' }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — contact phone' }) contactPhone?: string | null;
  @Field(() => ID, { nullable: true, description: '联络员 — Membership id of the liaison' }) liaisonMembershipId?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 — stable order' }) sortOrder?: number | null;
  @Field(() => Boolean, { nullable: true, description: '在册 — false: the unit leaves the committee' }) active?: boolean | null;
}

@InputType({ description: '新增吹哨对象 — add an escalation target (街道吹哨、部门报到)' })
class PartyEscalationTargetCreateInput {
  @Field({ description: '名称 — name, e.g. 区住建局' }) name!: string;
  @Field(() => PartyTargetKind, { description: '类型 — kind' }) kind!: PartyTargetKind;
  @Field(() => [String], { nullable: true, description: '负责分类 — dispatch category keys (empty: any)' }) categories?: string[] | null;
  @Field(() => String, { nullable: true, description: '联系人 — contact person' }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — contact phone' }) contactPhone?: string | null;
  @Field(() => ID, { nullable: true, description: '成员单位 — the member unit this target is, if any' }) unitId?: string | null;
  @Field(() => Int, { nullable: true, description: '排序 — display order' }) sortOrder?: number | null;
}

@InputType({ description: '修改吹哨对象 — change an escalation target' })
class PartyEscalationTargetUpdateInput {
  @Field(() => ID, { description: '吹哨对象 — the target' }) id!: string;
  @Field(() => String, { nullable: true, description: '名称 — name' }) name?: string | null;
  @Field(() => [String], { nullable: true, description: '负责分类 — replaces the category keys' }) categories?: string[] | null;
  @Field(() => String, { nullable: true, description: '联系人 — contact person' }) contactName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 — contact phone' }) contactPhone?: string | null;
  @Field(() => Boolean, { nullable: true, description: '启用 — false: no longer escalated to' }) active?: boolean | null;
}

const unitFields = {
  partyOrganization: optText(80),
  contactName: optText(40),
  contactPhone: phone.nullish(),
  liaisonMembershipId: z.string().nullish(),
  sortOrder: z.number().int().min(0).max(100_000).nullish(),
};
const unitCreate = z.object({ name: text(80), kind: z.nativeEnum(PartyUnitKind), ...unitFields });
const unitUpdate = z.object({
  id: z.string(),
  name: text(80).nullish(),
  kind: z.nativeEnum(PartyUnitKind).nullish(),
  active: z.boolean().nullish(),
  ...unitFields,
});
const categories = z.array(z.string().regex(/^[a-z][a-zA-Z0-9]{0,30}$/)).max(30);
const targetCreate = z.object({
  name: text(40),
  kind: z.nativeEnum(PartyTargetKind),
  categories: categories.nullish(),
  contactName: optText(40),
  contactPhone: phone.nullish(),
  unitId: z.string().nullish(),
  sortOrder: z.number().int().min(0).max(100_000).nullish(),
});
const targetUpdate = z.object({
  id: z.string(),
  name: text(40).nullish(),
  categories: categories.nullish(),
  contactName: optText(40),
  contactPhone: phone.nullish(),
  active: z.boolean().nullish(),
});

async function liaison(em: EntityManager, actor: Actor, membershipId: string | null | undefined): Promise<string | null | undefined> {
  if (membershipId === undefined) return undefined;
  if (membershipId === null) return null;
  const account = await membershipAccount(em, actor.communityId, fromGlobalId(membershipId, 'Membership', 'liaisonMembershipId'));
  if (!account) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'liaisonMembershipId' });
  return account;
}

const phoneFor = async (ctx: Ctx, binding: string, rowId: string, sealed: string | null) => {
  const p = openPhone(ctx, binding, rowId, sealed);
  return !p ? null : (await ctx.can('party.unit.manage')) ? p : maskPhone(p);
};

@Resolver(() => PartyUnit)
export class PartyUnitResolver {
  @Query(() => PartyUnitConnection, { description: '大党委成员单位 — member units in their stable order' })
  @Requires('party', 'party.read')
  async partyUnits(@Args() args: PartyUnitsArgs, @Context() ctx: Ctx) {
    const { communityId } = await actorOf(ctx);
    const where: Record<string, unknown> = { communityId };
    if (!args.includeInactive) where.active = true;
    if (args.kind) where.kind = args.kind;
    if (args.search) where.name = { $ilike: likePattern(args.search) };
    return paginate(ctx.em, PartyUnit, where, args, { sortOrder: 'asc', id: 'asc' });
  }

  @Query(() => PartyUnit, { nullable: true, description: '成员单位 — one member unit by id (null when not found)' })
  @Requires('party', 'party.read')
  async partyUnit(@Arg('id', () => ID, { description: '成员单位 ID — unit id' }) id: string, @Context() ctx: Ctx) {
    const raw = globalIdOrNull(id, 'PartyUnit');
    const unit = raw ? await ctx.loaders.entity(PartyUnit).load(raw) : null;
    return unit && unit.communityId === (await actorOf(ctx)).communityId ? unit : null;
  }

  @Mutation(() => PartyUnitPayload, { description: '新增成员单位 — add a member unit to the joint party committee' })
  @Requires('party', 'party.unit.manage')
  async partyUnitCreate(@Arg('input', { description: '输入 — the mutation input' }) input: PartyUnitCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(unitCreate, input);
      const unit = em.create(PartyUnit, {
        communityId: actor.communityId,
        name: d.name,
        kind: d.kind,
        partyOrganization: d.partyOrganization ?? null,
        contactName: d.contactName ?? null,
        liaisonAccountId: (await liaison(em, actor, d.liaisonMembershipId)) ?? null,
        sortOrder: d.sortOrder ?? 0,
        // A body already on record (a co-building unit, a provider …) joins as itself: one identity.
        organizationId: await ensureOrganization(em, actor.communityId, d.name, UNIT_ORGANIZATION_KIND[d.kind]),
      });
      unit.contactPhoneEnc = sealPhone(em, UNIT_PHONE, unit.id, d.contactPhone);
      await em.flush();
      recordEvent(em, PARTY_EVENTS.UnitAdded, {
        communityId: actor.communityId,
        subject: { type: 'PartyUnit', id: unit.id },
        data: { unitId: unit.id, kind: unit.kind },
      });
      return unit;
    });
  }

  @Mutation(() => PartyUnitPayload, { description: '修改成员单位 — change a member unit, or deactivate it' })
  @Requires('party', 'party.unit.manage')
  async partyUnitUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: PartyUnitUpdateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(unitUpdate, input);
      const unit = await em.findOne(PartyUnit, { id: fromGlobalId(d.id, 'PartyUnit', 'id'), communityId: actor.communityId });
      if (!unit) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
      if (d.name != null) unit.name = d.name;
      if (d.kind != null) unit.kind = d.kind;
      if (d.partyOrganization !== undefined) unit.partyOrganization = d.partyOrganization;
      if (d.contactName !== undefined) unit.contactName = d.contactName;
      if (d.contactPhone !== undefined) unit.contactPhoneEnc = sealPhone(em, UNIT_PHONE, unit.id, d.contactPhone);
      const l = await liaison(em, actor, d.liaisonMembershipId);
      if (l !== undefined) unit.liaisonAccountId = l;
      if (d.sortOrder != null) unit.sortOrder = d.sortOrder;
      if (d.active != null) unit.active = d.active;
      await em.flush();
      recordEvent(em, PARTY_EVENTS.UnitUpdated, {
        communityId: actor.communityId,
        subject: { type: 'PartyUnit', id: unit.id },
        data: { unitId: unit.id, active: unit.active },
      });
      return unit;
    });
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 — contact phone, masked (138****5678) unless the viewer manages units' })
  contactPhone(@Root() u: PartyUnit, @Context() ctx: Ctx) {
    return phoneFor(ctx, UNIT_PHONE, u.id, u.contactPhoneEnc);
  }

  @FieldResolver(() => Boolean, { description: '我是联络员 — the caller acts for this unit' })
  isMine(@Root() u: PartyUnit, @Context() ctx: Ctx) {
    return !!ctx.viewer?.accountId && u.liaisonAccountId === ctx.viewer.accountId;
  }
}

@Resolver(() => PartyEscalationTarget)
export class PartyEscalationTargetResolver {
  @Query(() => [PartyEscalationTarget], { description: '吹哨对象 — departments and units requests are escalated to (街道吹哨、部门报到)' })
  @Requires('party', 'party.read')
  async partyEscalationTargets(
    @Arg('includeInactive', () => Boolean, { defaultValue: false, description: '含停用 — include inactive targets' }) includeInactive: boolean,
    @Arg('category', () => String, { nullable: true, description: '分类 — only targets answering for this dispatch category' }) category: string | null,
    @Context() ctx: Ctx,
  ) {
    const { communityId } = await actorOf(ctx);
    const where: Record<string, unknown> = { communityId };
    if (!includeInactive) where.active = true;
    const rows = await ctx.em.find(PartyEscalationTarget, where, { orderBy: { sortOrder: 'asc', name: 'asc' } });
    return rows.filter((t) => targetAnswers(t, category));
  }

  @Mutation(() => TargetPayload, { description: '新增吹哨对象 — add an escalation target' })
  @Requires('party', 'party.unit.manage')
  async partyEscalationTargetCreate(@Arg('input', { description: '输入 — the mutation input' }) input: PartyEscalationTargetCreateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(targetCreate, input);
      let unitId: string | null = null;
      let organizationId: string | null = null;
      if (d.unitId) {
        unitId = fromGlobalId(d.unitId, 'PartyUnit', 'unitId');
        const unit = await em.findOne(PartyUnit, { id: unitId, communityId: actor.communityId });
        if (!unit) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'unitId' });
        organizationId = unit.organizationId; // the member unit it is: the same body
      }
      organizationId ??= await ensureOrganization(em, actor.communityId, d.name, TARGET_ORGANIZATION_KIND[d.kind]);
      const t = em.create(PartyEscalationTarget, {
        communityId: actor.communityId,
        name: d.name,
        kind: d.kind,
        categories: d.categories ?? [],
        contactName: d.contactName ?? null,
        unitId,
        organizationId,
        sortOrder: d.sortOrder ?? 0,
      });
      t.contactPhoneEnc = sealPhone(em, TARGET_PHONE, t.id, d.contactPhone);
      await em.flush();
      recordEvent(em, PARTY_EVENTS.EscalationTargetAdded, {
        communityId: actor.communityId,
        subject: { type: 'PartyEscalationTarget', id: t.id },
        data: { targetId: t.id, kind: t.kind },
      });
      return t;
    });
  }

  @Mutation(() => TargetPayload, { description: '修改吹哨对象 — change or deactivate an escalation target' })
  @Requires('party', 'party.unit.manage')
  async partyEscalationTargetUpdate(@Arg('input', { description: '输入 — the mutation input' }) input: PartyEscalationTargetUpdateInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(targetUpdate, input);
      const t = await em.findOne(PartyEscalationTarget, { id: fromGlobalId(d.id, 'PartyEscalationTarget', 'id'), communityId: actor.communityId });
      if (!t) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
      if (d.name != null) t.name = d.name;
      if (d.categories != null) t.categories = d.categories;
      if (d.contactName !== undefined) t.contactName = d.contactName;
      if (d.contactPhone !== undefined) t.contactPhoneEnc = sealPhone(em, TARGET_PHONE, t.id, d.contactPhone);
      if (d.active != null) t.active = d.active;
      await em.flush();
      recordEvent(em, PARTY_EVENTS.EscalationTargetUpdated, {
        communityId: actor.communityId,
        subject: { type: 'PartyEscalationTarget', id: t.id },
        data: { targetId: t.id, active: t.active },
      });
      return t;
    });
  }

  @FieldResolver(() => String, { nullable: true, description: '联系电话 — contact phone, masked unless the viewer manages targets' })
  contactPhone(@Root() t: PartyEscalationTarget, @Context() ctx: Ctx) {
    return phoneFor(ctx, TARGET_PHONE, t.id, t.contactPhoneEnc);
  }

  @FieldResolver(() => PartyUnit, { nullable: true, description: '成员单位 — the member unit this target is, if any' })
  async unit(@Root() t: PartyEscalationTarget, @Context() ctx: Ctx) {
    return t.unitId ? ctx.loaders.entity(PartyUnit).load(t.unitId) : null;
  }
}
