// Staff awards and deductions (a reason; a second approver above the threshold) and expiry runs.
import { Arg, Args, ArgsType, Ctx as Context, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import { z } from 'zod';
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Ctx } from '../../schema/context';
import { UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { Connection, ConnectionArgs, paginate } from '../../schema/connection';
import { check, mutate, mutateAtomic, Payload } from '../../schema/mutation';
import { Requires } from '../../schema/requires';
import { recordEvent } from '../../plugins/events/record-event';
import { entityFromRow } from '../../db/row-objects';
import { householdsExist } from '../core/public';
import { accountNames } from '../../schema/tenancy/tenancy.lookups';
import { PointsAdjustment } from './points-shop.entity';
import { PointsAccount } from './points-ledger.entity';
import { AdjustmentStatus, PointsAccountKind, PointsTransactionKind } from './points.enums';
import { visibleAccount } from './points.access';
import { IDEMPOTENCY_KEY_RULE, KEY_PATTERN, once, replay, requestHash } from './idempotency.service';
import { ensureAccount, post } from './ledger.service';
import { expireAccount } from './expiry.service';
import { postAdjustmentAtomically, SMALL_ADJUSTMENTS, type AdjustTarget } from './adjust-posting.service';
import { strategyOf } from '../../plugins/strategies';
import { needsApproval } from './points.policy';
import { POINTS_EVENTS } from './points.events';
import { PointsSettings } from './points.settings';

const AdjustmentConnection = Connection(PointsAdjustment, 'PointsAdjustment', '积分调整');
const AdjustmentPayload = Payload(PointsAdjustment, 'adjustment', 'PointsAdjustment', '积分调整');
const AccountPayload = Payload(PointsAccount, 'account', 'PointsAccount', '积分账户');

@InputType({ description: '积分调整 — a staff award (+) or deduction (−) with its reason' })
class PointsAdjustInput {
  @Field(() => ID, { nullable: true, description: '积分账户 ID — an existing account' }) accountId?: string | null;
  @Field(() => ID, { nullable: true, description: '户 ID — a household (its account is opened on demand)' }) householdId?: string | null;
  @Field(() => ID, { nullable: true, description: "账号 ID — a person's login (person scope; opened on demand)" }) personAccountId?: string | null;
  @Field(() => Int, { description: '积分 — points (+ award, − deduction)' }) amount!: number;
  @Field({ description: '事由 — reason (理论宣讲、环境整治 …)' }) reason!: string;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

@InputType({ description: '复核积分调整 — approve or reject a pending adjustment' })
class PointsAdjustmentDecideInput {
  @Field(() => ID, { description: '调整 ID — adjustment id' }) id!: string;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

@InputType({ description: "积分过期 — expire an account's points older than the configured months" })
class PointsExpireInput {
  @Field(() => ID, { description: '积分账户 ID — account id' }) accountId!: string;
  @Field(() => Date, { nullable: true, description: '截至 — as of this time (default now; not in the future)' }) asOf?: Date | null;
  @Field({ description: '幂等键 — the same key retried takes effect once' }) idempotencyKey!: string;
}

@ArgsType()
class AdjustmentsArgs extends ConnectionArgs {
  @Field(() => AdjustmentStatus, { nullable: true, description: '状态 — only this state' }) status?: AdjustmentStatus | null;
}

const ADJUST_INPUT = z.object({
  amount: z
    .number()
    .int()
    .min(-1_000_000)
    .max(1_000_000)
    .refine((n) => n !== 0, 'not zero'),
  reason: z.string().trim().min(2).max(500),
});

/** The member account named by the input, for the one-statement path: checked, not opened (the statement opens it). */
async function adjustTarget(ctx: Ctx, em: EntityManager, input: PointsAdjustInput, communityId: string): Promise<AdjustTarget> {
  const given = [input.accountId, input.householdId, input.personAccountId].filter(Boolean).length;
  if (given !== 1)
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'accountId'], {
      detail: { 'zh-CN': 'accountId、householdId、personAccountId 须且只能给一个', en: 'one of accountId, householdId, personAccountId' },
    });
  if (input.accountId) {
    const account = await visibleAccount(ctx, em, fromGlobalId(input.accountId, 'PointsAccount'));
    if (account.kind === PointsAccountKind.SYSTEM) throw new UserFacingError('NOT_FOUND', ['input', 'accountId']);
    return { accountId: account.id };
  }
  // The household's existence in this community is checked inside the statement itself.
  if (input.householdId) return { householdId: fromGlobalId(input.householdId, 'Household') };
  const id = fromGlobalId(input.personAccountId!, 'Account');
  if (!(await accountNames(em, communityId, [id])).has(id)) throw new UserFacingError('NOT_FOUND', ['input', 'personAccountId']);
  return { personAccountId: id };
}

/** The member account named by the input, for the transaction path: the same checks, then opened on demand. */
async function targetAccount(ctx: Ctx, em: EntityManager, input: PointsAdjustInput, communityId: string): Promise<string> {
  const target = await adjustTarget(ctx, em, input, communityId);
  if ('accountId' in target) return target.accountId;
  if ('householdId' in target && !(await householdsExist(em, communityId, [target.householdId])).has(target.householdId)) {
    throw new UserFacingError('NOT_FOUND', ['input', 'householdId']);
  }
  return ensureAccount(em, communityId, target);
}

/** Posts an adjustment: the ledger transaction first, then the adjustment row (new: inserted as POSTED; pending: moved to POSTED). */
async function postAdjustment(
  em: EntityManager,
  a: { id: string; communityId: string; accountId: string; amount: number; reason: string; requestedBy: string; needsApproval: boolean },
  approver: string,
  isNew: boolean,
) {
  const done = await post(em, {
    communityId: a.communityId,
    kind: a.amount > 0 ? PointsTransactionKind.AWARD : PointsTransactionKind.DEDUCT,
    memberAccountId: a.accountId,
    delta: a.amount,
    reason: a.reason,
    actorAccountId: a.requestedBy,
    approverAccountId: approver,
    adjustmentId: a.id,
  });
  recordEvent(em, POINTS_EVENTS.Adjusted, {
    communityId: a.communityId,
    subject: { type: 'PointsAdjustment', id: a.id },
    data: { accountId: a.accountId, points: a.amount },
  });
  if (!isNew) {
    await em.execute(
      `update points_adjustment set status = 'POSTED', decided_by = ?, decided_at = now(), transaction_id = ?, updated_at = now() where id = ?`,
      [approver, done!.transactionId, a.id],
    );
    return null;
  }
  return insertAdjustment(em, a, 'POSTED', { decidedBy: approver, transactionId: done!.transactionId });
}

async function insertAdjustment(
  em: EntityManager,
  a: { id: string; communityId: string; accountId: string; amount: number; reason: string; requestedBy: string; needsApproval: boolean },
  status: 'PENDING' | 'POSTED',
  posted?: { decidedBy: string; transactionId: string },
): Promise<PointsAdjustment> {
  const [row] = await em.execute(
    `insert into points_adjustment (id, community_id, account_id, amount, reason, status, needs_approval, requested_by, decided_by, decided_at, transaction_id)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ${posted ? 'now()' : 'null'}, ?) returning *`,
    [a.id, a.communityId, a.accountId, a.amount, a.reason, status, a.needsApproval, a.requestedBy, posted?.decidedBy ?? null, posted?.transactionId ?? null],
  );
  return em.map(PointsAdjustment, row);
}

@Resolver(() => PointsAdjustment)
export class PointsAdjustResolver {
  @Query(() => AdjustmentConnection, { description: '积分调整 — staff awards and deductions, newest first' })
  @Requires('points', 'points.manage')
  pointsAdjustments(@Args() args: AdjustmentsArgs, @Context() ctx: Ctx) {
    return paginate(ctx.em, PointsAdjustment, args.status ? { status: args.status } : {}, args);
  }

  @Mutation(() => AdjustmentPayload, { description: '积分奖惩 — award or deduct points with a reason; above the threshold it waits for a second approver' })
  @Requires('points', 'points.manage')
  async pointsAdjust(@Arg('input', { description: '输入 — the mutation input' }) input: PointsAdjustInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const actor = ctx.viewer?.accountId ?? null;
    const settings = await ctx.settings(PointsSettings);
    const amount = typeof input.amount === 'number' ? input.amount : 0;
    // Postings that need no second person take the one-statement path (adjust-posting.ts).
    if (!needsApproval(amount, settings.approvalThreshold) && strategyOf(ctx.em, SMALL_ADJUSTMENTS).oneStatement)
      return this.adjustAtOnce(ctx, input, communityId!, actor);
    return mutate(ctx, async (em) => {
      const d = check(ADJUST_INPUT, input);
      if (!actor) throw new UserFacingError('NOT_FOUND', ['input']);
      const accountId = await targetAccount(ctx, em, input, communityId!);
      const hash = requestHash('pointsAdjust', actor, { accountId, ...d });
      const id = uuidv7();
      let created: PointsAdjustment | null = null;
      const r = await once(
        em,
        communityId!,
        input.idempotencyKey,
        'pointsAdjust',
        hash,
        async () => {
          const a = {
            id,
            communityId: communityId!,
            accountId,
            amount: d.amount,
            reason: d.reason,
            requestedBy: actor,
            needsApproval: needsApproval(d.amount, settings.approvalThreshold),
          };
          if (a.needsApproval) {
            created = await insertAdjustment(em, a, 'PENDING');
            recordEvent(em, POINTS_EVENTS.AdjustmentRequested, { communityId, subject: { type: 'PointsAdjustment', id } });
          } else created = await postAdjustment(em, a, actor, true);
          return { type: 'PointsAdjustment', id };
        },
        { type: 'PointsAdjustment', id },
      );
      // A retry replays the first request's adjustment, as it is now.
      return created ?? em.findOneOrFail(PointsAdjustment, { id: r.id }, { refresh: true });
    });
  }

  /** Award or deduction below the threshold: reads to check the input, then one autocommit statement. */
  private adjustAtOnce(ctx: Ctx, input: PointsAdjustInput, communityId: string, actor: string | null) {
    return mutateAtomic(ctx, async (em) => {
      const d = check(ADJUST_INPUT, input);
      if (!actor) throw new UserFacingError('NOT_FOUND', ['input']);
      if (!KEY_PATTERN.test(input.idempotencyKey)) throw new UserFacingError('BAD_USER_INPUT', ['input', 'idempotencyKey'], { detail: IDEMPOTENCY_KEY_RULE });
      const target = await adjustTarget(ctx, em, input, communityId);
      // The request as the caller sent it (the target as named): a household's account may not exist yet.
      const hash = requestHash('pointsAdjust', actor, { target, ...d });
      const id = uuidv7();
      const r = await postAdjustmentAtomically(em, { id, communityId, target, amount: d.amount, reason: d.reason, actor, key: input.idempotencyKey, hash });
      if (r.kind === 'no-target') throw new UserFacingError('NOT_FOUND', ['input', 'householdId']);
      if (r.kind === 'insufficient') throw new UserFacingError('INSUFFICIENT_POINTS', ['input'], { balance: r.balance });
      if (r.kind === 'taken') {
        const [seen]: any[] = await em.execute('select request_hash, result_type, result_id from points_idempotency where community_id = ? and key = ?', [
          communityId,
          input.idempotencyKey,
        ]);
        const replayed = replay(seen, hash);
        return em.findOneOrFail(PointsAdjustment, { id: replayed.id }, { refresh: true });
      }
      return entityFromRow(em, PointsAdjustment, r.row);
    });
  }

  @Mutation(() => AdjustmentPayload, { description: '复核通过 — a second person approves a pending adjustment; it is posted' })
  @Requires('points', 'points.approve')
  async pointsAdjustmentApprove(@Arg('input', { description: '输入 — the mutation input' }) input: PointsAdjustmentDecideInput, @Context() ctx: Ctx) {
    return this.decide(ctx, input, true);
  }

  @Mutation(() => AdjustmentPayload, { description: '复核驳回 — reject a pending adjustment; nothing is posted' })
  @Requires('points', 'points.approve')
  async pointsAdjustmentReject(@Arg('input', { description: '输入 — the mutation input' }) input: PointsAdjustmentDecideInput, @Context() ctx: Ctx) {
    return this.decide(ctx, input, false);
  }

  private async decide(ctx: Ctx, input: PointsAdjustmentDecideInput, approve: boolean) {
    const { communityId } = await ctx.access();
    const actor = ctx.viewer?.accountId ?? null;
    return mutate(ctx, async (em) => {
      const id = fromGlobalId(input.id, 'PointsAdjustment');
      if (!actor) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
      const op = approve ? 'pointsAdjustmentApprove' : 'pointsAdjustmentReject';
      await once(em, communityId!, input.idempotencyKey, op, requestHash(op, actor, { id }), async () => {
        // Row lock: one decision per adjustment, whoever comes second sees the new state.
        const [a] = await em.execute('select * from points_adjustment where id = ? and community_id = ? for update', [id, communityId]);
        if (!a) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
        if (a.status !== AdjustmentStatus.PENDING) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: a.status });
        // Nobody approves their own; withdrawing (rejecting) one's own is fine.
        if (approve && a.requested_by === actor) throw new UserFacingError('SELF_APPROVAL', ['input', 'id']);
        if (approve)
          await postAdjustment(
            em,
            {
              id,
              communityId: communityId!,
              accountId: a.account_id,
              amount: a.amount,
              reason: a.reason,
              requestedBy: a.requested_by,
              needsApproval: a.needs_approval,
            },
            actor,
            false,
          );
        else {
          await em.execute(`update points_adjustment set status = 'REJECTED', decided_by = ?, decided_at = now(), updated_at = now() where id = ?`, [
            actor,
            id,
          ]);
          recordEvent(em, POINTS_EVENTS.AdjustmentRejected, { communityId, subject: { type: 'PointsAdjustment', id } });
        }
        return { type: 'PointsAdjustment', id };
      });
      return em.findOneOrFail(PointsAdjustment, { id }, { refresh: true });
    });
  }

  @Mutation(() => AccountPayload, { description: "积分过期 — expire an account's points older than the configured months, as ledger entries" })
  @Requires('points', 'points.manage')
  async pointsExpire(@Arg('input', { description: '输入 — the mutation input' }) input: PointsExpireInput, @Context() ctx: Ctx) {
    const { communityId } = await ctx.access();
    const actor = ctx.viewer?.accountId ?? null;
    const { expiryMonths } = await ctx.settings(PointsSettings);
    return mutate(ctx, async (em) => {
      const asOf = input.asOf ?? new Date();
      if (asOf.getTime() > Date.now() + 60_000)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'asOf'], { detail: { 'zh-CN': 'asOf 不能是将来的时间', en: 'asOf is in the future' } });
      if (expiryMonths == null) throw new UserFacingError('EXPIRY_DISABLED', ['input']);
      const account = await visibleAccount(ctx, em, fromGlobalId(input.accountId, 'PointsAccount'));
      if (account.kind === 'SYSTEM') throw new UserFacingError('NOT_FOUND', ['input', 'accountId']);
      const cutoff = new Date(asOf);
      cutoff.setMonth(cutoff.getMonth() - expiryMonths);
      await once(
        em,
        communityId!,
        input.idempotencyKey,
        'pointsExpire',
        requestHash('pointsExpire', actor, { id: account.id, cutoff: cutoff.toISOString() }),
        async () => {
          await em.execute('select id from points_account where id = ? for update', [account.id]);
          await expireAccount(em, communityId!, account.id, cutoff, actor);
          return { type: 'PointsAccount', id: account.id };
        },
      );
      return em.findOneOrFail(PointsAccount, { id: account.id }, { refresh: true });
    });
  }
}
