// 分·跟·结·评: every move of a request after intake. Each mutation is one transition of the
// table in dispatch.policy.ts, made by request.service.ts's `transition` (one conditional write,
// one log row, one event).
import { Arg, Ctx as Context, Mutation, Resolver } from 'type-graphql';
import type { Ctx } from '../../schema/context';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Requires } from '../../schema/requires';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import type { Role } from '../../plugins/module-contract';
import { Membership } from '../../schema/tenancy/membership.entity';
import { ServiceRequest } from './request.entity';
import { ServiceRequestPayload } from './request.resolver';
import { DispatchMode, EscalationTarget, type DispatchRoute } from './dispatch.enums';
import { dueAt } from './dispatch.settings';
import { calendarOf } from '../../schema/calendar';
import { requestPermission } from './dispatch.policy';
import { resolveEscalation } from './escalation.service';
import { Json, loadVisible, Raw, run, transition } from './request.service';
import * as I from './request.inputs';

const text = (v: string | null | undefined, field: string, max = 2000): string => {
  const t = (v ?? '').trim();
  if (!t || t.length > max)
    throw new UserFacingError('BAD_USER_INPUT', ['input', field], { detail: { 'zh-CN': `${field}：1–${max} 个字符`, en: `${field}: 1–${max} characters` } });
  return t;
};

/** A member of the community (by Membership global id) with their roles and name. */
async function memberOf(ctx: Ctx, globalId: string, field: string): Promise<{ accountId: string; roles: Role[]; name: string }> {
  let id: string;
  try {
    id = fromGlobalId(globalId, 'Membership');
  } catch {
    throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  }
  const communityId = (await ctx.access()).communityId!;
  // Through core's public Membership entity (one statement with its account), not core's tables.
  const m = await ctx.em.findOne(Membership, { id, communityId, active: true, account: { disabled: false } }, { populate: ['account'] });
  if (!m) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field });
  return { accountId: m.account.id, roles: m.roles as Role[], name: m.account.displayName };
}

async function assistantsOf(ctx: Ctx, ids: string[]): Promise<{ type: string; id: string }[]> {
  const communityId = (await ctx.access()).communityId;
  const out: { type: string; id: string }[] = [];
  for (const g of ids.slice(0, 10)) {
    const type = ['SocialWorker', 'SocialOrganization'].find((t) => {
      try {
        return !!fromGlobalId(g, t);
      } catch {
        return false;
      }
    });
    if (!type) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'assistants' });
    const id = fromGlobalId(g, type);
    const table = type === 'SocialWorker' ? 'social_worker' : 'social_organization';
    const [row] = await ctx.em.getConnection().execute(`select id from ${table} where id = ? and community_id = ? and active`, [id, communityId]);
    if (!row) throw new AppError('NOT_FOUND', 'NOT_FOUND', { field: 'assistants' });
    out.push({ type, id });
  }
  return out;
}

const now = () => new Date();

@Resolver(() => ServiceRequest)
export class WorkflowResolver {
  @Mutation(() => ServiceRequestPayload, { description: '派单 — assign a taker or open to a pool (分, "3+2")' })
  @Requires('dispatch', requestPermission('dispatch'))
  async serviceRequestDispatch(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestDispatchInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const { req, vp } = await loadVisible(ctx, input.id);
      const s = vp.settings;
      const route = (input.route ?? s.kinds.find((k) => k.key === req.kind)?.route ?? 'PARTY_ORGANIZATION') as DispatchRoute;
      if (route === 'MUTUAL_HELP' && !s.mutualHelp) throw new UserFacingError('DISPATCH_ROUTE_OFF', ['input', 'route'], { value: route });
      if (input.assistants?.length && !s.assistants) throw new UserFacingError('DISPATCH_ASSISTANTS_OFF', ['input', 'assistants']);
      const assistants = await assistantsOf(ctx, input.assistants ?? []);
      const pool = s.routeTakers[route];
      if (input.mode === DispatchMode.POOL) {
        return (em: EntityManager) =>
          transition(em, 'open', req, vp, {
            set: { route, pool_roles: pool, assistants: new Json(assistants), dispatched_at: now() },
            data: { mode: 'POOL', route },
          });
      }
      if (!input.taker)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'taker'], {
          detail: { 'zh-CN': '指派须给出承办人（taker）', en: 'taker is required to assign' },
        });
      const taker = await memberOf(ctx, input.taker, 'taker');
      if (!taker.roles.some((r) => pool.includes(r))) throw new UserFacingError('DISPATCH_TAKER_INELIGIBLE', ['input', 'taker']);
      return (em: EntityManager) =>
        transition(em, 'assign', req, vp, {
          set: {
            route,
            pool_roles: pool,
            assistants: new Json(assistants),
            taker_account_id: taker.accountId,
            taker_name: taker.name,
            dispatched_at: now(),
            taken_at: now(),
          },
          data: { mode: 'ASSIGN', route, takerAccountId: taker.accountId },
        });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '接单 — claim a request open to your pool; exactly one claimant wins' })
  @Requires('dispatch', requestPermission('claim'))
  async serviceRequestClaim(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestIdInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const { req, vp } = await loadVisible(ctx, input.id, 'id', 'POOL');
      return (em: EntityManager) => transition(em, 'claim', req, vp, { set: { taker_account_id: vp.accountId, taker_name: vp.displayName, taken_at: now() } });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '转交 — hand over to another eligible taker (跟)' })
  @Requires('dispatch', requestPermission('handOver'))
  async serviceRequestHandOver(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestHandOverInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const body = text(input.body, 'body');
      const { req, vp } = await loadVisible(ctx, input.id);
      const taker = await memberOf(ctx, input.taker, 'taker');
      if (!taker.roles.some((r) => req.poolRoles.includes(r))) throw new UserFacingError('DISPATCH_TAKER_INELIGIBLE', ['input', 'taker']);
      return (em: EntityManager) =>
        transition(em, 'handOver', req, vp, {
          set: { taker_account_id: taker.accountId, taker_name: taker.name, taken_at: now() },
          where: { sql: 'taker_account_id = ?', params: [req.takerAccountId] }, // compare-and-set on the holder read
          conflictCode: 'DISPATCH_TAKER_CHANGED',
          body,
          data: { takerAccountId: taker.accountId, previousTakerAccountId: req.takerAccountId },
        });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '进展记录 — add a progress note (跟)' })
  @Requires('dispatch', requestPermission('note'))
  async serviceRequestNote(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestNoteInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const body = text(input.body, 'body');
      const { req, vp } = await loadVisible(ctx, input.id);
      return (em: EntityManager) => transition(em, 'note', req, vp, { body });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '上报 — escalate to a department (街道吹哨、部门报到) or the 书记工作室' })
  @Requires('dispatch', requestPermission('escalate'))
  async serviceRequestEscalate(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestEscalateInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const body = text(input.body, 'body');
      const { req, vp } = await loadVisible(ctx, input.id);
      let to: string;
      let targetId: string | null = null;
      let source: string | null = null;
      if (input.target === EscalationTarget.SECRETARY_STUDIO) {
        if (!vp.settings.secretaryStudio) throw new UserFacingError('DISPATCH_STUDIO_OFF', ['input', 'target']);
        to = '书记工作室';
      } else {
        // Party targets while the community keeps them, else the `departments` setting.
        const c = await resolveEscalation(ctx, vp.communityId, vp.settings, (input.department ?? '').trim(), req.category);
        ({ name: to, targetId, source } = c);
      }
      return (em: EntityManager) =>
        transition(em, 'escalate', req, vp, {
          set: { escalation_target: input.target, escalated_to: to, escalation_target_id: targetId, escalation_answer: null },
          body,
          data: { target: input.target, source, escalationTargetId: targetId, escalatedTo: to },
        });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: "部门答复 — record the department's (or studio's) answer; the request is resolved by it" })
  @Requires('dispatch', requestPermission('answerEscalation'))
  async serviceRequestEscalationAnswer(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestNoteInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const body = text(input.body, 'body');
      const { req, vp } = await loadVisible(ctx, input.id);
      return (em: EntityManager) =>
        transition(em, 'answer', req, vp, {
          set: { escalation_answer: body, result: body, resolved_at: now() },
          body,
          // Which target answered: outcomes count answers per party target (or department name).
          data: { answered: true, escalationTargetId: req.escalationTargetId, escalatedTo: req.escalatedTo },
        });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '办结 — resolve with a result (结)' })
  @Requires('dispatch', requestPermission('resolve'))
  async serviceRequestResolve(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestResolveInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const result = text(input.result, 'result');
      if (input.minutesSpent != null && (!Number.isInteger(input.minutesSpent) || input.minutesSpent < 0 || input.minutesSpent > 525_600)) {
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'minutesSpent'], { detail: { 'zh-CN': 'minutesSpent：0–525600', en: 'minutesSpent: 0–525600' } });
      }
      const { req, vp } = await loadVisible(ctx, input.id);
      return (em: EntityManager) =>
        transition(em, 'resolve', req, vp, {
          set: { result, minutes_spent: input.minutesSpent ?? null, resolved_at: now() },
          body: result,
          // Handlers that credit work on resolution (party service records) need the minutes now, not only on rating.
          data: { minutesSpent: input.minutesSpent ?? null },
        });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '评价 — the requester rates 1–5 within the window; the request closes (评)' })
  @Requires('dispatch', requestPermission('rate'))
  async serviceRequestRate(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestRateInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      if (!Number.isInteger(input.rating) || input.rating < 1 || input.rating > 5)
        throw new UserFacingError('BAD_USER_INPUT', ['input', 'rating'], { detail: { 'zh-CN': 'rating：1–5', en: 'rating: 1–5' } });
      const comment = input.comment?.trim() ? text(input.comment, 'comment', 1000) : null;
      const { req, vp } = await loadVisible(ctx, input.id);
      return (em: EntityManager) =>
        transition(em, 'rate', req, vp, {
          set: { rating: input.rating, rating_comment: comment, closed_at: now() },
          where: { sql: `resolved_at > now() - make_interval(hours => ?)`, params: [vp.settings.reopenWindowHours] },
          conflictCode: 'DISPATCH_WINDOW_PASSED',
          body: comment,
          // The contract of dispatch.RequestRated: credit (points, volunteer hours) only after rating.
          data: {
            rating: input.rating,
            takerAccountId: req.takerAccountId,
            takerVolunteerId: null,
            requesterResidentId: req.requesterResidentId,
            householdId: req.householdId,
            minutesSpent: req.minutesSpent,
          },
        });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '重启 — the requester reopens within the window; it goes back to dispatch' })
  @Requires('dispatch', requestPermission('reopen'))
  async serviceRequestReopen(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestNoteInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const body = text(input.body, 'body');
      const { req, vp } = await loadVisible(ctx, input.id);
      const due = dueAt(vp.settings, req.kind, req.category, new Date(), await calendarOf(ctx));
      return (em: EntityManager) =>
        transition(em, 'reopen', req, vp, {
          set: {
            taker_account_id: null,
            taker_name: null,
            pool_roles: [],
            route: null,
            resolved_at: null,
            result: null,
            minutes_spent: null,
            due_at: due,
            overdue_at: null,
            reminders_sent: [],
            reopen_count: new Raw('reopen_count + 1'),
          },
          where: { sql: `resolved_at > now() - make_interval(hours => ?)`, params: [vp.settings.reopenWindowHours] },
          conflictCode: 'DISPATCH_WINDOW_PASSED',
          body,
        });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '撤销 — cancel with a reason (requester or dispatcher)' })
  @Requires('dispatch', requestPermission('cancel'))
  async serviceRequestCancel(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestNoteInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const body = text(input.body, 'body');
      const { req, vp } = await loadVisible(ctx, input.id);
      return (em: EntityManager) => transition(em, 'cancel', req, vp, { set: { close_reason: body, closed_at: now() }, body });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '不予受理 — reject with a reason (dispatcher)' })
  @Requires('dispatch', requestPermission('reject'))
  async serviceRequestReject(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestNoteInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const body = text(input.body, 'body');
      const { req, vp } = await loadVisible(ctx, input.id);
      return (em: EntityManager) => transition(em, 'reject', req, vp, { set: { close_reason: body, closed_at: now() }, body });
    });
  }

  @Mutation(() => ServiceRequestPayload, { description: '合并重复 — merge a duplicate into another request (dispatcher)' })
  @Requires('dispatch', requestPermission('merge'))
  async serviceRequestMerge(@Arg('input', { description: '输入 — the mutation input' }) input: I.ServiceRequestMergeInput, @Context() ctx: Ctx) {
    return run(ctx, async () => {
      const { req, vp } = await loadVisible(ctx, input.id);
      const { req: into } = await loadVisible(ctx, input.into, 'into');
      if (into.id === req.id || ['CANCELLED', 'REJECTED', 'MERGED'].includes(into.status))
        throw new UserFacingError('DISPATCH_MERGE_TARGET', ['input', 'into']);
      const body = input.body?.trim() || '重复诉求';
      return (em: EntityManager) =>
        transition(em, 'merge', req, vp, { set: { merged_into_id: into.id, close_reason: body, closed_at: now() }, body, data: { mergedIntoId: into.id } });
    });
  }
}
