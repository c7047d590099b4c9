// Shared steps of the council's resolvers: lookups with object-level checks, and the
// one way a topic changes status (a conditional write, its history row and its event together).
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, UserFacingError } from '../../schema/errors';
import { fromGlobalId } from '../../schema/global-id';
import { recordEvent } from '../../plugins/events/record-event';
import { householdsOfAccounts } from '../core/public';
import { rulesForLevel, type CouncilRules, type CouncilSettings } from './council.settings';
import { transition, type TopicAction, type TopicStatus } from './council.policy';
import { CouncilBody, CouncilMember } from './body.entity';
import { CouncilTopic, CouncilTopicTransition } from './topic.entity';
import { CouncilTopicStatus } from './council.enums';
import { COUNCIL_EVENTS } from './council.events';
import { calendarFor, communityTodaySql, today } from '../../schema/calendar';

/** Rules of a body from the community's settings; a body whose level was removed keeps the base rules. */
export function bodyRules(settings: CouncilSettings, body: CouncilBody): CouncilRules {
  return rulesForLevel(settings, body.levelKey) ?? settings.rules;
}

/** Loads an object of the active community by global id inside a mutation; foreign or missing → NOT_FOUND user error. */
export async function findOr404<T extends object>(em: EntityManager, entity: new () => T, type: string, globalId: string, field = 'id'): Promise<T> {
  let id: string;
  try {
    id = fromGlobalId(globalId, type);
  } catch (e) {
    if (e instanceof AppError && e.code === 'NOT_FOUND') throw new UserFacingError('NOT_FOUND', ['input', field]);
    throw new AppError('BAD_USER_INPUT', 'INVALID_ID', { field });
  }
  const obj = await em.findOne(entity, { id } as never);
  if (!obj) throw new UserFacingError('NOT_FOUND', ['input', field]);
  return obj;
}

/** The caller's active seat in a body (term not over), or null. */
export async function activeSeat(em: EntityManager, bodyId: string, accountId: string | null | undefined): Promise<CouncilMember | null> {
  if (!accountId) return null;
  const seat = await em.findOne(CouncilMember, { bodyId, accountId, endedAt: null });
  return seat && (!seat.termEnd || seat.termEnd >= today((await calendarFor(em, seat.communityId)).timeZone)) ? seat : null;
}

/** Household of an account: the one it represents on a council, else its resident record's. */
export async function householdOf(em: EntityManager, communityId: string, accountId: string): Promise<string | null> {
  const seat = await em.findOne(CouncilMember, { accountId, endedAt: null, householdId: { $ne: null } }, { orderBy: { id: 'desc' } });
  if (seat?.householdId) return seat.householdId;
  return (await householdsOfAccounts(em, communityId, [accountId])).get(accountId) ?? null;
}

export interface MoveOptions {
  actorAccountId: string | null;
  note?: string | null;
  /** Extra columns written in the same conditional update (e.g. body_id, decided_at). */
  set?: Record<string, unknown>;
  /** Body whose steps decide the target status (escalation: the body it goes to). */
  steps: readonly string[];
}

/**
 * Moves a topic by an action of the 五民 state machine: one `update … where status = ?`, so two
 * racing actions cannot both apply; the loser gets INVALID_STATE with the current status.
 */
export async function moveTopic(em: EntityManager, topic: CouncilTopic, action: TopicAction, opts: MoveOptions): Promise<TopicStatus> {
  const check = transition(topic.status as TopicStatus, action, opts.steps as never);
  if (!check.ok) throw new UserFacingError(check.code, ['input', 'id'], { state: topic.status, step: action });
  const from = topic.status;
  const now = new Date();
  const set: Record<string, unknown> = { status: check.to, updated_at: now, ...(opts.set ?? {}) };
  if (['passed', 'failed', 'resolve'].includes(action)) set.decided_at = now;
  // 民办 is done when the topic reaches 民评 or closes by carrying out (or skipping it).
  if (['passed', 'resolve', 'complete'].includes(action) && (check.to === 'EVALUATING' || check.to === 'CLOSED')) set.done_at = now;
  const cols = Object.keys(set);
  const res = await em.execute(
    `update council_topic set ${cols.map((c) => `"${c}" = ?`).join(', ')} where id = ? and community_id = ? and status = ?`,
    [...Object.values(set), topic.id, topic.communityId, from],
    'run',
  );
  if (!(res as { affectedRows?: number }).affectedRows) {
    const [row] = await em.execute('select status from council_topic where id = ?', [topic.id]);
    throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: row?.status ?? from });
  }
  const bodyId = topic.bodyId;
  em.create(CouncilTopicTransition, {
    communityId: topic.communityId,
    topicId: topic.id,
    bodyId,
    action,
    fromStatus: from,
    toStatus: check.to as CouncilTopicStatus,
    actorAccountId: opts.actorAccountId,
    note: opts.note ?? null,
  });
  const newBody = (opts.set?.body_id as string | undefined) ?? bodyId;
  recordEvent(em, COUNCIL_EVENTS.TopicStatusChanged, {
    communityId: topic.communityId,
    subject: { type: 'CouncilTopic', id: topic.id },
    data: { topicId: topic.id, bodyId: newBody, fromBodyId: bodyId, from, to: check.to, action },
  });
  await em.refresh(topic); // the row as written, without a second (stale) update at flush
  return check.to;
}

/** Voting seats of a body now: members (or distinct households) that a vote counts; terms end with their last day in the community's zone (as `activeSeat`). */
export async function eligibleVoters(em: EntityManager, bodyId: string, unit: string): Promise<number> {
  const [row] = await em.execute(
    `select count(*)::int as members, count(distinct household_id)::int as households from council_member
      where body_id = ? and ended_at is null and role in ('CHAIR', 'REPRESENTATIVE')
        and (term_end is null or term_end >= ${communityTodaySql('community_id')})`,
    [bodyId],
  );
  return unit === 'household' ? row.households : row.members;
}

/** Records 民事民决's outcome for other modules (a passed topic may become a fund request). */
export function recordDecided(em: EntityManager, topic: CouncilTopic, passed: boolean): void {
  recordEvent(em, COUNCIL_EVENTS.TopicDecided, {
    communityId: topic.communityId,
    subject: { type: 'CouncilTopic', id: topic.id },
    data: {
      topicId: topic.id,
      bodyId: topic.bodyId,
      passed,
      fundRequest: passed && topic.fundRequestFen ? { amountFen: topic.fundRequestFen, purpose: topic.fundPurpose ?? topic.title } : null,
    },
  });
}
