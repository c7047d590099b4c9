// 服务项目 and 认领: staff publish items; reporting members claim as themselves, a unit's liaison
// (or a member employed there, or staff) claims for the unit. A place is taken by one conditional
// write on the item (claimed_count < capacity), so capacity 1 means exactly one claimer. The claimer
// completes the claim with a record; a member's completed claim becomes a service record.
import { Arg, Args, ArgsType, Ctx as Context, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { fromGlobalId, globalIdOrNull } from '../../schema/global-id';
import { AppError, UserFacingError } from '../../schema/errors';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { PartyServiceClaim, PartyServiceItem } from './service.entity';
import { PartyMeeting } from './meeting.entity';
import { PartyMember } from './member.entity';
import { PartyUnit } from './unit.entity';
import { PartyClaimStatus, PartyItemAudience, PartyItemStatus } from './party.enums';
import { actorOf, mustExist, type Actor } from './party.access';
import { claimDecision } from './party.policy';
import { isoDate, optText, text } from './party.inputs';
import { PartySettings } from './party.settings';
import { PARTY_EVENTS } from './party.events';

const PartyServiceItemConnection = Connection(PartyServiceItem, 'PartyServiceItem', '服务项目');
const PartyServiceItemPayload = Payload(PartyServiceItem, 'item', 'PartyServiceItem', '服务项目');
const PartyServiceClaimPayload = Payload(PartyServiceClaim, 'claim', 'PartyServiceClaim', '认领');

@ArgsType()
class PartyServiceItemsArgs extends ConnectionArgs {
  @Field(() => PartyItemStatus, { nullable: true, description: '状态 — only items in this state' }) status?: PartyItemStatus | null;
}

@InputType({ description: '发布服务项目 — publish a service item' })
class PartyServiceItemPublishInput {
  @Field({ description: '项目名称 — title' }) title!: string;
  @Field(() => String, { nullable: true, description: '内容 — what is to be done' }) description?: string | null;
  @Field(() => PartyItemAudience, { nullable: true, description: '认领对象 — units, members or both (default both)' }) audience?: PartyItemAudience | null;
  @Field(() => Int, { nullable: true, description: '名额 — places (default from settings)' }) capacity?: number | null;
  @Field(() => String, { nullable: true, description: '截止日期 — due date YYYY-MM-DD' }) dueOn?: string | null;
  @Field(() => ID, { nullable: true, description: '来源会议 — the joint meeting that decided it' }) meetingId?: string | null;
}

@InputType({ description: '服务项目 — one service item' })
class PartyServiceItemIdInput {
  @Field(() => ID, { description: '服务项目 — the item' }) id!: string;
}

@InputType({ description: '认领服务项目 — claim a service item' })
class PartyServiceItemClaimInput {
  @Field(() => ID, { description: '服务项目 — the item' }) itemId!: string;
  @Field(() => ID, { nullable: true, description: '代表单位 — claim for this member unit (omit: claim as a reporting member)' }) unitId?: string | null;
}

@InputType({ description: '完成认领服务 — complete a claim with a record' })
class PartyServiceClaimCompleteInput {
  @Field(() => ID, { description: '认领 — the claim' }) id!: string;
  @Field({ description: '完成记录 — what was done' }) record!: string;
  @Field(() => Int, { nullable: true, description: '服务时长（分钟） — minutes served (0–1440)' }) minutes?: number | null;
}

const publishSchema = z.object({
  title: text(120),
  description: optText(4000),
  audience: z.nativeEnum(PartyItemAudience).nullish(),
  capacity: z.number().int().min(1).max(1000).nullish(),
  dueOn: isoDate.nullish(),
  meetingId: z.string().nullish(),
});
const completeSchema = z.object({ id: z.string(), record: text(4000), minutes: z.number().int().min(0).max(1440).nullish() });

async function memberOfAccount(em: EntityManager, actor: Actor): Promise<{ id: string; unit_id: string | null } | null> {
  if (!actor.accountId) return null;
  const [m] = await em.execute(`select id, unit_id from party_member where community_id = ? and account_id = ? and active`, [
    actor.communityId,
    actor.accountId,
  ]);
  return (m as { id: string; unit_id: string | null } | undefined) ?? null;
}

export interface ItemPlaces {
  /** Takes one place of the item or fails with PARTY_ITEM_FULL / INVALID_STATE. */
  take(em: EntityManager, item: PartyServiceItem): Promise<void>;
}

/** One conditional write on the item (`claimed_count < capacity`): capacity 1 means exactly one claimer. */
export const ITEM_PLACES = defineStrategy<ItemPlaces>('party.itemPlaces', 'How a claim takes a place of its service item', {
  async take(em, item) {
    const rows = await em.execute(
      `update party_service_item set claimed_count = claimed_count + 1, updated_at = now() where id = ? and community_id = ? and status = 'OPEN' and claimed_count < capacity returning id`,
      [item.id, item.communityId],
    );
    if (rows.length) return;
    const [cur] = await em.execute(`select status from party_service_item where id = ?`, [item.id]);
    throw cur?.status === PartyItemStatus.OPEN ? new UserFacingError('PARTY_ITEM_FULL') : new UserFacingError('INVALID_STATE', null, { state: cur?.status });
  },
});

const takePlace = (em: EntityManager, item: PartyServiceItem) => strategyOf(em, ITEM_PLACES).take(em, item);

@Resolver(() => PartyServiceItem)
export class PartyServiceItemResolver {
  @Query(() => PartyServiceItemConnection, { description: '服务项目 — service items, newest first' })
  @Requires('party', 'party.read')
  async partyServiceItems(@Args() args: PartyServiceItemsArgs, @Context() ctx: Ctx) {
    const { communityId } = await actorOf(ctx);
    return paginate(ctx.em, PartyServiceItem, args.status ? { communityId, status: args.status } : { communityId }, args);
  }

  @Query(() => PartyServiceItem, { nullable: true, description: '服务项目 — one item by id (null when not found)' })
  @Requires('party', 'party.read')
  async partyServiceItem(@Arg('id', () => ID, { description: '项目 ID — item id' }) id: string, @Context() ctx: Ctx) {
    const raw = globalIdOrNull(id, 'PartyServiceItem');
    const item = raw ? await ctx.loaders.entity(PartyServiceItem).load(raw) : null;
    return item && item.communityId === (await actorOf(ctx)).communityId ? item : null;
  }

  @Mutation(() => PartyServiceItemPayload, { description: '发布服务项目 — publish an item for member units and reporting members to claim' })
  @Requires('party', 'party.item.manage')
  async partyServiceItemPublish(@Arg('input', { description: '输入 — the mutation input' }) input: PartyServiceItemPublishInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    const settings = await ctx.settings(PartySettings);
    return mutate(ctx, async (em) => {
      const d = check(publishSchema, input);
      let meetingId: string | null = null;
      if (d.meetingId) {
        meetingId = fromGlobalId(d.meetingId, 'PartyMeeting', 'meetingId');
        if (!(await em.count(PartyMeeting, { id: meetingId, communityId: actor.communityId })))
          throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'meetingId' });
      }
      const item = em.create(PartyServiceItem, {
        communityId: actor.communityId,
        title: d.title,
        description: d.description ?? null,
        audience: d.audience ?? PartyItemAudience.ALL,
        capacity: d.capacity ?? settings.defaultItemCapacity,
        dueOn: d.dueOn ?? null,
        meetingId,
      });
      await em.flush();
      recordEvent(em, PARTY_EVENTS.ServiceItemPublished, {
        communityId: actor.communityId,
        subject: { type: 'PartyServiceItem', id: item.id },
        data: { itemId: item.id, capacity: item.capacity, audience: item.audience },
      });
      return item;
    });
  }

  @Mutation(() => PartyServiceItemPayload, { description: '关闭服务项目 — close an item to further claims' })
  @Requires('party', 'party.item.manage')
  async partyServiceItemClose(@Arg('input', { description: '输入 — the mutation input' }) input: PartyServiceItemIdInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'PartyServiceItem', 'id');
      await mustExist(em, 'party_service_item', actor.communityId, id, 'id');
      const rows = await em.execute(
        `update party_service_item set status = 'CLOSED', updated_at = now() where id = ? and community_id = ? and status = 'OPEN' returning id`,
        [id, actor.communityId],
      );
      if (!rows.length) throw new UserFacingError('INVALID_STATE', null, { state: PartyItemStatus.CLOSED });
      recordEvent(em, PARTY_EVENTS.ServiceItemClosed, { communityId: actor.communityId, subject: { type: 'PartyServiceItem', id }, data: { itemId: id } });
      return em.findOneOrFail(PartyServiceItem, { id, communityId: actor.communityId }, { refresh: true });
    });
  }

  @Mutation(() => PartyServiceClaimPayload, {
    description: '认领服务项目 — claim a place of an item, as a reporting member or for a member unit; exactly one claimer per place',
  })
  @Requires('party', 'party.item.claim')
  async partyServiceItemClaim(@Arg('input', { description: '输入 — the mutation input' }) input: PartyServiceItemClaimInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const item = await em.findOne(PartyServiceItem, { id: fromGlobalId(input.itemId, 'PartyServiceItem', 'itemId'), communityId: actor.communityId });
      if (!item) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'itemId' });
      const member = await memberOfAccount(em, actor);
      let unitId: string | null = null;
      let actsForUnit = false;
      if (input.unitId) {
        unitId = fromGlobalId(input.unitId, 'PartyUnit', 'unitId');
        const unit = await mustExist(em, 'party_unit', actor.communityId, unitId, 'unitId', 'and active');
        actsForUnit = (!!actor.accountId && unit.liaison_account_id === actor.accountId) || member?.unit_id === unitId;
      }
      const decision = claimDecision({ permissions: actor.permissions, forUnit: !!unitId, actsForUnit, reported: !!member, audience: item.audience });
      if (decision === 'FORBIDDEN') throw new AppError('FORBIDDEN');
      if (decision !== 'OK') throw new UserFacingError(decision, ['input', unitId ? 'unitId' : 'itemId']);
      const [dup] = await em.execute(`select 1 from party_service_claim where item_id = ? and ${unitId ? 'unit_id' : 'member_id'} = ?`, [
        item.id,
        unitId ?? member!.id,
      ]);
      if (dup) throw new UserFacingError('PARTY_ALREADY_CLAIMED', ['input', 'itemId']);
      await takePlace(em, item);
      const claim = em.create(PartyServiceClaim, {
        communityId: actor.communityId,
        itemId: item.id,
        unitId,
        memberId: unitId ? null : member!.id,
        claimedByAccountId: actor.accountId,
      });
      await em.flush();
      recordEvent(em, PARTY_EVENTS.ServiceItemClaimed, {
        communityId: actor.communityId,
        subject: { type: 'PartyServiceItem', id: item.id },
        data: { itemId: item.id, claimId: claim.id, unitId, memberId: claim.memberId },
      });
      return claim;
    });
  }

  @Mutation(() => PartyServiceClaimPayload, { description: '完成认领服务 — the claimer (or staff) completes a claim with a record' })
  @Requires('party', 'party.item.claim')
  async partyServiceClaimComplete(@Arg('input', { description: '输入 — the mutation input' }) input: PartyServiceClaimCompleteInput, @Context() ctx: Ctx) {
    const actor = await actorOf(ctx);
    return mutate(ctx, async (em) => {
      const d = check(completeSchema, input);
      const claim = await em.findOne(PartyServiceClaim, { id: fromGlobalId(d.id, 'PartyServiceClaim', 'id'), communityId: actor.communityId });
      if (!claim) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'id' });
      const member = await memberOfAccount(em, actor);
      const [unit] = claim.unitId ? await em.execute(`select liaison_account_id from party_unit where id = ?`, [claim.unitId]) : [];
      const mine =
        (!!actor.accountId && claim.claimedByAccountId === actor.accountId) ||
        (!!member && member.id === claim.memberId) ||
        (!!actor.accountId && unit?.liaison_account_id === actor.accountId);
      if (!mine && !actor.permissions.has('party.item.manage')) throw new AppError('FORBIDDEN');
      const minutes = d.minutes ?? 0;
      const rows = await em.execute(
        `update party_service_claim set status = 'COMPLETED', record = ?, minutes = ?, completed_at = now(), updated_at = now() where id = ? and community_id = ? and status = 'CLAIMED' returning completed_at`,
        [d.record, minutes, claim.id, actor.communityId],
      );
      if (!rows.length) throw new UserFacingError('INVALID_STATE', null, { state: PartyClaimStatus.COMPLETED });
      if (claim.memberId) {
        const [item] = await em.execute(`select title from party_service_item where id = ?`, [claim.itemId]);
        await em.execute(
          `insert into party_service_record (id, community_id, member_id, source, source_ref, title, minutes, served_at) values (?, ?, ?, 'CLAIM', ?, ?, ?, ?)
           on conflict ("community_id", "source", "source_ref") do nothing`,
          [uuidv7(), actor.communityId, claim.memberId, claim.id, item.title, minutes, rows[0].completed_at],
        );
        recordEvent(em, PARTY_EVENTS.ServiceRecorded, {
          communityId: actor.communityId,
          subject: { type: 'PartyMember', id: claim.memberId },
          data: { memberId: claim.memberId, source: 'CLAIM', sourceRef: claim.id, minutes },
        });
      }
      recordEvent(em, PARTY_EVENTS.ServiceClaimCompleted, {
        communityId: actor.communityId,
        subject: { type: 'PartyServiceItem', id: claim.itemId },
        data: { itemId: claim.itemId, claimId: claim.id, minutes },
      });
      return em.findOneOrFail(PartyServiceClaim, { id: claim.id, communityId: actor.communityId }, { refresh: true });
    });
  }

  @FieldResolver(() => Int, { description: '剩余名额 — places left' })
  remaining(@Root() item: PartyServiceItem) {
    return Math.max(item.capacity - item.claimedCount, 0);
  }

  @FieldResolver(() => [PartyServiceClaim], { description: '认领情况 — claims of this item' })
  claims(@Root() item: PartyServiceItem, @Context() ctx: Ctx) {
    return ctx.em.find(PartyServiceClaim, { itemId: item.id, communityId: item.communityId }, { orderBy: { id: 'asc' } });
  }

  @FieldResolver(() => PartyMeeting, { nullable: true, description: '来源会议 — the joint meeting that decided it' })
  meeting(@Root() item: PartyServiceItem, @Context() ctx: Ctx) {
    return item.meetingId ? ctx.loaders.entity(PartyMeeting).load(item.meetingId) : null;
  }
}

@Resolver(() => PartyServiceClaim)
export class PartyServiceClaimResolver {
  @FieldResolver(() => PartyServiceItem, { description: '服务项目 — the item claimed' })
  item(@Root() c: PartyServiceClaim, @Context() ctx: Ctx) {
    return ctx.loaders.entity(PartyServiceItem).load(c.itemId);
  }

  @FieldResolver(() => PartyUnit, { nullable: true, description: '认领单位 — the member unit, when a unit claimed' })
  unit(@Root() c: PartyServiceClaim, @Context() ctx: Ctx) {
    return c.unitId ? ctx.loaders.entity(PartyUnit).load(c.unitId) : null;
  }

  @FieldResolver(() => String, { description: '认领方 — name of the claiming unit or member' })
  async claimantName(@Root() c: PartyServiceClaim, @Context() ctx: Ctx) {
    if (c.unitId) return (await ctx.loaders.entity(PartyUnit).load(c.unitId))?.name ?? '';
    return (await ctx.loaders.entity(PartyMember).load(c.memberId!))?.name ?? '';
  }

  @FieldResolver(() => Boolean, { description: '本人认领 — the caller made this claim' })
  mine(@Root() c: PartyServiceClaim, @Context() ctx: Ctx) {
    return !!ctx.viewer?.accountId && c.claimedByAccountId === ctx.viewer.accountId;
  }
}
