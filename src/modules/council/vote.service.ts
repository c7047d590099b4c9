// Ballots and closing, the concurrency-critical part of the council.
// - A ballot holds a FOR SHARE lock on its vote row while it checks "open" and inserts; closing
//   is `update … where status = 'OPEN'`, which waits for those locks. So every ballot either
//   commits before the close (and is in the tally) or sees the vote closed (VOTE_CLOSED).
// - "Once per voter" is the unique (vote_id, voter_key): concurrent ballots of one voter insert
//   one row; the rest change it (if allowed) or get COUNCIL_ALREADY_VOTED.
// - Two closes: one conditional update wins; the other gets INVALID_STATE. One result.
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import { UserFacingError } from '../../schema/errors';
import { recordEvent } from '../../plugins/events/record-event';
import { CouncilChannel, CouncilTopicStatus } from './council.enums';
import { ballotsOpen, evaluateVote, type VoteOutcome } from './council.policy';
import { moveTopic, recordDecided } from './council.service';
import { defineStrategy, strategyOf } from '../../plugins/strategies';
import type { CouncilMember } from './body.entity';
import { CouncilTopic } from './topic.entity';
import type { CouncilVote } from './vote.entity';
import { COUNCIL_EVENTS } from './council.events';

export interface BallotRequest {
  vote: CouncilVote;
  seat: CouncilMember;
  choice: number;
  channel: CouncilChannel;
  enteredByAccountId: string | null;
}

/** Inserts the ballot under a voter key, with an `on conflict` clause; returns the inserted rows. */
export type BallotInsert = (key: string, onConflict: string) => Promise<{ id: string }[]>;

const run = async (em: EntityManager, sql: string, params: unknown[]) => ((await em.execute(sql, params, 'run')) as { affectedRows: number }).affectedRows;

export async function castBallot(em: EntityManager, req: BallotRequest): Promise<'cast' | 'changed'> {
  const { vote, seat } = req;
  const household = vote.votingUnit === 'household';
  if (household && !seat.householdId) throw new UserFacingError('COUNCIL_NO_HOUSEHOLD', ['input', 'voteId']);
  if (!Number.isInteger(req.choice) || req.choice < 0 || req.choice >= vote.options.length) {
    throw new UserFacingError('BAD_USER_INPUT', ['input', 'choice'], {
      detail: { 'zh-CN': `choice：0–${vote.options.length - 1}`, en: `choice: 0–${vote.options.length - 1}` },
    });
  }
  const voterKey = household ? `h:${seat.householdId}` : `m:${seat.id}`;
  const params = [uuidv7(), vote.communityId, vote.id, seat.id, seat.accountId, seat.householdId, req.choice, req.channel, req.enteredByAccountId];
  const insert: BallotInsert = (key, onConflict) =>
    em.execute<{ id: string }[]>(
      `insert into council_ballot (id, created_at, updated_at, community_id, vote_id, member_id, account_id, household_id, choice, channel, entered_by_account_id, voter_key)
       values (?, now(), now(), ?, ?, ?, ?, ?, ?, ?, ?, ?) ${onConflict} returning id`,
      [...params, key],
    );

  return strategyOf(em, BALLOTS).cast(em, req, voterKey, insert);
}

/** Locks the vote FOR SHARE while checking it is open, then inserts once per voter key. */
async function castLocked(em: EntityManager, req: BallotRequest, voterKey: string, insert: BallotInsert): Promise<'cast' | 'changed'> {
  const { vote, seat } = req;
  const [v] = await em.execute('select status, closes_at, allow_change from council_vote where id = ? for share', [vote.id]);
  if (!v || !ballotsOpen({ status: v.status, closesAt: v.closes_at ? new Date(v.closes_at) : null }, new Date()))
    throw new UserFacingError('VOTE_CLOSED', ['input', 'voteId']);
  if ((await insert(voterKey, 'on conflict (vote_id, voter_key) do nothing')).length) return 'cast';
  if (!v.allow_change) throw new UserFacingError('COUNCIL_ALREADY_VOTED', ['input', 'voteId']);
  await run(
    em,
    'update council_ballot set choice = ?, member_id = ?, account_id = ?, channel = ?, entered_by_account_id = ?, updated_at = now() where vote_id = ? and voter_key = ?',
    [req.choice, seat.id, seat.accountId, req.channel, req.enteredByAccountId, vote.id, voterKey],
  );
  return 'changed';
}

export async function tallyOf(em: EntityManager, vote: CouncilVote): Promise<number[]> {
  const rows: { choice: number; n: number }[] = await em.execute('select choice, count(*)::int n from council_ballot where vote_id = ? group by choice', [
    vote.id,
  ]);
  const tally = vote.options.map(() => 0);
  for (const r of rows) if (r.choice < tally.length) tally[r.choice] = r.n;
  return tally;
}

/** Closes a vote once and applies the result to its topic (民事民决 → 民事民办 or 未通过). */
export function closeVote(em: EntityManager, vote: CouncilVote, actorAccountId: string | null, steps: readonly string[]): Promise<VoteOutcome> {
  return strategyOf(em, BALLOTS).close(em, vote, actorAccountId, steps);
}

/** One conditional update wins the close; the other closer gets INVALID_STATE. */
async function closeOnce(em: EntityManager, vote: CouncilVote, actorAccountId: string | null, steps: readonly string[]): Promise<VoteOutcome> {
  const won = await run(
    em,
    `update council_vote set status = 'CLOSED', closed_at = now(), closed_by_account_id = ?, updated_at = now() where id = ? and community_id = ? and status = 'OPEN'`,
    [actorAccountId, vote.id, vote.communityId],
  );
  if (!won) throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: 'CLOSED' });
  // The closed snapshot: after our update no ballot can commit (they need the share lock).
  const outcome = await finish(em, vote, await tallyOf(em, vote));
  const topic = await em.findOneOrFail(CouncilTopic, { id: vote.topicId });
  if (topic.status === CouncilTopicStatus.VOTING) {
    await moveTopic(em, topic, outcome.passed ? 'passed' : 'failed', { actorAccountId, steps, note: summary(vote, outcome) });
    recordDecided(em, topic, outcome.passed);
  }
  return outcome;
}

/** Writes the vote's result from its tally and announces council.VoteClosed. */
export async function finish(em: EntityManager, vote: CouncilVote, tally: number[]): Promise<VoteOutcome> {
  const outcome = evaluateVote(
    { tally, eligible: vote.eligible, yesNo: vote.yesNo },
    { quorumPercent: vote.quorumPercent, threshold: vote.threshold as never },
  );
  await run(em, 'update council_vote set final_tally = ?::jsonb, quorum_met = ?, passed = ?, winner = ? where id = ?', [
    JSON.stringify(tally),
    outcome.quorumMet,
    outcome.passed,
    outcome.winner,
    vote.id,
  ]);
  await em.refresh(vote);
  recordEvent(em, COUNCIL_EVENTS.VoteClosed, {
    communityId: vote.communityId,
    subject: { type: 'CouncilVote', id: vote.id },
    data: { voteId: vote.id, topicId: vote.topicId, bodyId: vote.bodyId, passed: outcome.passed, quorumMet: outcome.quorumMet, tally },
  });
  return outcome;
}

const summary = (vote: CouncilVote, o: VoteOutcome) =>
  `${o.quorumMet ? '达到法定人数' : '未达法定人数'}，${o.passed ? '通过' : '未通过'}（${o.ballots}/${vote.eligible}）`;

export interface Ballots {
  /** Casts (or changes) a checked ballot of `voterKey`, or refuses (VOTE_CLOSED, COUNCIL_ALREADY_VOTED). */
  cast(em: EntityManager, req: BallotRequest, voterKey: string, insert: BallotInsert): Promise<'cast' | 'changed'>;
  /** Closes the vote once and applies its result to the topic. */
  close(em: EntityManager, vote: CouncilVote, actorAccountId: string | null, steps: readonly string[]): Promise<VoteOutcome>;
}

/** Every ballot either commits before the close (and is tallied) or sees the vote closed; one close wins. */
export const BALLOTS = defineStrategy<Ballots>('council.ballots', 'How ballots are cast and a vote is closed', { cast: castLocked, close: closeOnce });
