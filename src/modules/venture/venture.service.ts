// The writes of 公益创投. Every state change is ONE conditional write taking its `from` states from
// the policy tables (venture.policy.ts): a call or milestone moved meanwhile is not written, so two
// awards, or two payment requests of one milestone, cannot both succeed.
import type { EntityManager } from '@mikro-orm/postgresql';
import { v7 as uuidv7 } from 'uuid';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { pgArray } from '../../db/sql';
import { forceRecord } from '../core/public';
import {
  CALL_TRANSITIONS,
  MILESTONE_TRANSITIONS,
  budgetProblem,
  rankAndAward,
  reviewComplete,
  weightedScore,
  type CallTransition,
  type Criterion,
  type MilestoneTransition,
  type ScoreRow,
} from './venture.policy';
import { ApplicationStatus } from './venture.enums';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import { VENTURE_EVENTS } from './venture.events';

type Row = Record<string, any>;
type Set = Record<string, unknown>;

function setSql(set: Set): { sql: string; params: unknown[] } {
  const keys = Object.keys(set);
  return { sql: keys.map((k) => `, "${k}" = ?`).join(''), params: keys.map((k) => set[k]) };
}

export interface GuardSql {
  sql: string;
  params: unknown[];
}
export interface StateGuard {
  /** The condition a transition's write carries on the row's state (`row`: the table and how the write finds the row). */
  conditions(
    em: EntityManager,
    row: { table: 'venture_call' | 'venture_milestone'; column: 'id' | 'disbursement_id'; value: string },
    from: readonly string[],
  ): Promise<GuardSql>;
}

/** Compare-and-set on the state: a call or milestone moved meanwhile is not written (tests inject a read-then-write path). */
export const STATE_GUARD = defineStrategy<StateGuard>('venture.stateGuard', "What a call's or milestone's transition write checks", {
  async conditions(_em, _row, from) {
    return { sql: ' and status = any(?::text[])', params: [pgArray(from)] };
  },
});

/** Moves a call by `t` if it is still in one of the transition's `from` states; INVALID_STATE otherwise. */
export async function moveCall(em: EntityManager, communityId: string, id: string, t: CallTransition, set: Set = {}): Promise<Row> {
  const tr = CALL_TRANSITIONS[t];
  const s = setSql(set);
  const guard = await strategyOf(em, STATE_GUARD).conditions(em, { table: 'venture_call', column: 'id', value: id }, tr.from);
  const rows: Row[] = await em.execute(
    `update venture_call set status = ?, updated_at = now()${s.sql} where id = ? and community_id = ?${guard.sql} returning *`,
    [tr.to, ...s.params, id, communityId, ...guard.params],
  );
  if (rows[0]) return rows[0];
  const [cur] = await em.execute(`select status from venture_call where id = ? and community_id = ?`, [id, communityId]);
  if (!cur) throw new UserFacingError('NOT_FOUND', ['input', 'id']);
  throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: cur.status });
}

/** Moves the milestone matched by `where` (its id, or the fund disbursement it waits on) by `t`; null when nothing matched. */
export async function moveMilestone(
  em: EntityManager,
  communityId: string,
  where: { id: string; applicantAccountId?: string } | { disbursementId: string },
  t: MilestoneTransition,
  set: Set = {},
): Promise<Row | null> {
  const tr = MILESTONE_TRANSITIONS[t];
  const s = setSql(set);
  const params: unknown[] = [tr.to, ...s.params, communityId];
  let cond: string;
  let guard: GuardSql;
  if ('disbursementId' in where) {
    cond = 'disbursement_id = ?';
    params.push(where.disbursementId);
    guard = await strategyOf(em, STATE_GUARD).conditions(em, { table: 'venture_milestone', column: 'disbursement_id', value: where.disbursementId }, tr.from);
  } else {
    cond = 'id = ?';
    params.push(where.id);
    // The awardee reports only on its own awarded application.
    if (where.applicantAccountId) {
      cond += ` and application_id in (select id from venture_application where applicant_account_id = ? and status = 'AWARDED')`;
      params.push(where.applicantAccountId);
    }
    guard = await strategyOf(em, STATE_GUARD).conditions(em, { table: 'venture_milestone', column: 'id', value: where.id }, tr.from);
  }
  const rows: Row[] = await em.execute(
    `update venture_milestone set status = ?, updated_at = now()${s.sql} where community_id = ? and ${cond}${guard.sql} returning *`,
    [...params, ...guard.params],
  );
  return rows[0] ?? null;
}

/** Why a milestone move found nothing to move: unknown (NOT_FOUND) or in another state (INVALID_STATE). */
export async function milestoneRefusal(em: EntityManager, communityId: string, id: string): Promise<UserFacingError> {
  const [cur] = await em.execute(`select status from venture_milestone where id = ? and community_id = ?`, [id, communityId]);
  return cur ? new UserFacingError('INVALID_STATE', ['input', 'id'], { state: cur.status }) : new UserFacingError('NOT_FOUND', ['input', 'id']);
}

export interface ApplyInput {
  callId: string;
  organizationId: string;
  title: string;
  summary: string;
  requestedFen: number;
  milestones: { title: string; amountFen: number; dueOn: string | null }[];
}

/** An application while the call is open (status and window), one per organization and call. */
export async function apply(em: EntityManager, communityId: string, accountId: string, input: ApplyInput): Promise<string> {
  // Shared lock on the call: a concurrent close waits for this application (or this one sees it closed).
  const [call] = await em.execute(
    `select ceiling_fen, status = 'OPEN' and now() >= opens_at and now() < closes_at as open from venture_call where id = ? and community_id = ? for share`,
    [input.callId, communityId],
  );
  if (!call) throw new UserFacingError('NOT_FOUND', ['input', 'callId']);
  if (!call.open) throw new UserFacingError('CALL_NOT_OPEN', ['input', 'callId']);
  if (!(await forceRecord(em, communityId, 'SocialOrganization', input.organizationId))) throw new UserFacingError('NOT_FOUND', ['input', 'organizationId']);
  const problem = budgetProblem(
    input.requestedFen,
    Number(call.ceiling_fen),
    input.milestones.map((m) => m.amountFen),
  );
  if (problem) throw new UserFacingError(problem, ['input', problem === 'BUDGET_OVER_CEILING' ? 'requestedFen' : 'milestones']);
  const id = uuidv7();
  const inserted = await em.execute(
    `insert into venture_application (id, community_id, call_id, organization_id, applicant_account_id, title, summary, requested_fen, status)
     values (?, ?, ?, ?, ?, ?, ?, ?, 'SUBMITTED') on conflict (call_id, organization_id) do nothing returning id`,
    [id, communityId, input.callId, input.organizationId, accountId, input.title, input.summary, input.requestedFen],
  );
  if (!inserted[0]) throw new UserFacingError('ALREADY_APPLIED', ['input', 'organizationId']);
  for (const [i, m] of input.milestones.entries()) {
    await em.execute(
      `insert into venture_milestone (id, community_id, application_id, seq, title, amount_fen, due_on, status) values (?, ?, ?, ?, ?, ?, ?, 'PLANNED')`,
      [uuidv7(), communityId, id, i + 1, m.title, m.amountFen, m.dueOn],
    );
  }
  recordEvent(em, VENTURE_EVENTS.ApplicationSubmitted, {
    communityId,
    subject: { type: 'VentureApplication', id },
    data: { callId: input.callId, applicationId: id, organizationId: input.organizationId, applicantAccountId: accountId, requestedFen: input.requestedFen },
  });
  return id;
}

/** One reviewer's scores of some criteria of one application, while the call is closed for review. */
export async function score(
  em: EntityManager,
  communityId: string,
  reviewer: string,
  applicationId: string,
  scores: { criterion: string; score: number }[],
  comment: string | null,
): Promise<void> {
  const [app] = await em.execute(
    `select a.call_id, a.applicant_account_id, c.status, c.criteria, c.panel_account_ids from venture_application a
       join venture_call c on c.id = a.call_id and c.community_id = a.community_id
      where a.id = ? and a.community_id = ? for share of c`,
    [applicationId, communityId],
  );
  if (!app) throw new UserFacingError('NOT_FOUND', ['input', 'applicationId']);
  if (app.status !== 'CLOSED') throw new UserFacingError('INVALID_STATE', ['input', 'applicationId'], { state: app.status });
  if (!(app.panel_account_ids as string[]).includes(reviewer)) throw new UserFacingError('NOT_ON_PANEL', ['input', 'applicationId']);
  if (app.applicant_account_id === reviewer) throw new UserFacingError('SELF_REVIEW', ['input', 'applicationId']);
  const criteria = app.criteria as Criterion[];
  for (const [i, s] of scores.entries()) {
    if (!criteria.some((c) => c.key === s.criterion))
      throw new UserFacingError('CRITERION_UNKNOWN', ['input', 'scores', String(i), 'criterion'], { value: s.criterion });
    const inserted = await em.execute(
      `insert into venture_score (id, community_id, application_id, reviewer_account_id, criterion, score, comment) values (?, ?, ?, ?, ?, ?, ?)
       on conflict (application_id, reviewer_account_id, criterion) do nothing returning id`,
      [uuidv7(), communityId, applicationId, reviewer, s.criterion, s.score, comment],
    );
    if (!inserted[0]) throw new UserFacingError('ALREADY_SCORED', ['input', 'scores', String(i), 'criterion'], { value: s.criterion });
  }
  recordEvent(em, VENTURE_EVENTS.ApplicationScored, {
    communityId,
    subject: { type: 'VentureApplication', id: applicationId },
    data: { callId: app.call_id, applicationId, reviewerAccountId: reviewer },
  });
}

/** Scores of the applications of one call, by application. */
export async function scoresOf(em: EntityManager, communityId: string, applicationIds: string[]): Promise<Map<string, ScoreRow[]>> {
  const out = new Map<string, ScoreRow[]>(applicationIds.map((id) => [id, []]));
  if (applicationIds.length === 0) return out;
  const rows: { application_id: string; reviewer_account_id: string; criterion: string; score: number }[] = await em.execute(
    `select application_id, reviewer_account_id, criterion, score from venture_score where community_id = ? and application_id = any(?::uuid[])`,
    [communityId, pgArray(applicationIds)],
  );
  for (const r of rows) out.get(r.application_id)?.push({ reviewer: r.reviewer_account_id, criterion: r.criterion, score: r.score });
  return out;
}

/**
 * 评定立项: CLOSED → AWARDED first (the one conditional write that makes a second award fail; it
 * waits for scores being written under the call's shared lock), then every panel member must have
 * scored every criterion of every application, and the ranking awards down the list within the
 * total budget. A refusal rolls the whole award back.
 */
export async function award(em: EntityManager, communityId: string, accountId: string, callId: string, reason: string): Promise<void> {
  const call = await moveCall(em, communityId, callId, 'award', { awarded_at: new Date(), awarded_by_account_id: accountId, award_reason: reason });
  const apps: { id: string; organization_id: string; applicant_account_id: string; requested_fen: string; created_at: Date }[] = await em.execute(
    `select id, organization_id, applicant_account_id, requested_fen, created_at from venture_application where call_id = ? and community_id = ? and status = 'SUBMITTED'`,
    [callId, communityId],
  );
  const criteria = call.criteria as Criterion[];
  const panel = call.panel_account_ids as string[];
  const scores = await scoresOf(
    em,
    communityId,
    apps.map((a) => a.id),
  );
  for (const a of apps) {
    // Nobody reviews their own application: the applicant is not expected to score it.
    const expected = panel.filter((p) => p !== a.applicant_account_id);
    if (!reviewComplete(criteria, expected, scores.get(a.id)!)) throw new UserFacingError('REVIEW_INCOMPLETE', ['input', 'id']);
  }
  const scored = apps.map((a) => ({
    id: a.id,
    score: weightedScore(criteria, scores.get(a.id)!) ?? 0,
    requestedFen: Number(a.requested_fen),
    createdAt: new Date(a.created_at),
  }));
  const { ranked, awardedFen } = rankAndAward(scored, Number(call.total_budget_fen));
  for (const r of ranked) {
    const s = scored.find((x) => x.id === r.id)!;
    await em.execute(`update venture_application set status = ?, score = ?, rank = ?, updated_at = now() where id = ? and status = 'SUBMITTED'`, [
      r.awarded ? ApplicationStatus.AWARDED : ApplicationStatus.NOT_AWARDED,
      s.score,
      r.rank,
      r.id,
    ]);
    if (r.awarded) {
      const a = apps.find((x) => x.id === r.id)!;
      recordEvent(em, VENTURE_EVENTS.ApplicationAwarded, {
        communityId,
        subject: { type: 'VentureApplication', id: a.id },
        data: {
          callId,
          applicationId: a.id,
          organizationId: a.organization_id,
          applicantAccountId: a.applicant_account_id,
          requestedFen: s.requestedFen,
          rank: r.rank,
        },
      });
    }
  }
  await em.execute(`update venture_call set awarded_fen = ? where id = ?`, [awardedFen, callId]);
  recordEvent(em, VENTURE_EVENTS.CallAwarded, {
    communityId,
    subject: { type: 'VentureCall', id: callId },
    data: { callId, awardedFen, awardedApplicationIds: ranked.filter((r) => r.awarded).map((r) => r.id), awardedByAccountId: accountId },
  });
}

/**
 * 申请拨付: REPORTED → PAYMENT_REQUESTED with a fresh disbursement id, and the event that asks the
 * fund to open that disbursement under its own rules (approvals, council above the threshold,
 * balance at payment) as if the staff member had filed it.
 */
export async function requestPayment(em: EntityManager, communityId: string, accountId: string, milestoneId: string): Promise<void> {
  const disbursementId = uuidv7();
  const m = await moveMilestone(em, communityId, { id: milestoneId }, 'requestPayment', { disbursement_id: disbursementId, payment_error: null });
  if (!m) throw await milestoneRefusal(em, communityId, milestoneId);
  const [ctx] = await em.execute(
    `select c.fund_id, c.purpose, a.title, a.organization_id, a.status from venture_application a join venture_call c on c.id = a.call_id
      where a.id = ? and a.community_id = ?`,
    [m.application_id, communityId],
  );
  if (ctx.status !== ApplicationStatus.AWARDED) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: ctx.status });
  const org = await forceRecord(em, communityId, 'SocialOrganization', ctx.organization_id);
  recordEvent(em, VENTURE_EVENTS.MilestonePaymentRequested, {
    communityId,
    subject: { type: 'VentureMilestone', id: milestoneId },
    data: {
      applicationId: m.application_id,
      milestoneId,
      disbursementId,
      fundId: ctx.fund_id,
      amountFen: Number(m.amount_fen),
      purpose: ctx.purpose,
      payee: (org?.name ?? '社会组织').slice(0, 100),
      title: `公益创投：${ctx.title} · 节点${m.seq}`.slice(0, 100),
      requesterAccountId: accountId,
    },
  });
}
