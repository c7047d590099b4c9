// Negative controls of the council: ballots and closes that read, then write without a lock or a
// condition (tests/council/council-concurrency.test.ts), and reminders recorded after a look-up instead of
// under the unique period key (tests/council/council-reminders.test.ts). Both tests must catch them.
import { v7 as uuidv7 } from 'uuid';
import type { EntityManager } from '@mikro-orm/postgresql';
import { replaceStrategy, type StrategyOverride } from '../../src/plugins/strategies';
import { UserFacingError } from '../../src/schema/errors';
import { BALLOTS, finish, tallyOf } from '../../src/modules/council/vote.service';
import { REMINDER_KEYS } from '../../src/modules/council/council.jobs';
import { recordDecided } from '../../src/modules/council/council.service';
import { CouncilTopic, CouncilTopicTransition } from '../../src/modules/council/topic.entity';
import { CouncilTopicStatus } from '../../src/modules/council/council.enums';

const run = async (em: EntityManager, sql: string, params: unknown[]) => ((await em.execute(sql, params, 'run')) as { affectedRows: number }).affectedRows;

let waiting: (() => void) | null = null;
/** The first caller waits (at most 2 s) for the next; the next releases it and goes on. */
function pairUp(): Promise<void> {
  const release = waiting;
  if (release) {
    waiting = null;
    release();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const timer = setTimeout(done, 2000);
    function done() {
      clearTimeout(timer);
      if (waiting === done) waiting = null;
      resolve();
    }
    waiting = done;
  });
}

export const naiveCouncil: StrategyOverride[] = [
  replaceStrategy(BALLOTS, {
    /** Read, then write, with no lock and no voter key — what the real path avoids. */
    async cast(em, { vote, seat }, _voterKey, insert) {
      const [v] = await em.execute('select status from council_vote where id = ?', [vote.id]);
      if (v.status !== 'OPEN') throw new UserFacingError('VOTE_CLOSED', ['input', 'voteId']);
      // A window wide enough that racing ballots overlap even on a loaded machine (at 50 ms a
      // CPU-starved test run once let them arrive one after another).
      await em.execute('select pg_sleep(0.3)');
      const [dup] = await em.execute('select 1 from council_ballot where vote_id = ? and member_id = ?', [vote.id, seat.id]);
      if (dup) throw new UserFacingError('COUNCIL_ALREADY_VOTED', ['input', 'voteId']);
      // The sleep alone once let the ballots through one by one (1 ballot counted): a ballot that
      // found no duplicate now also waits for the next one to find none before either writes.
      await pairUp();
      await insert(`naive:${uuidv7()}`, '');
      return 'cast';
    },
    /** Read the status, then write without a condition: two closers both "win". */
    async close(em, vote, actorAccountId, steps) {
      const [v] = await em.execute('select status from council_vote where id = ?', [vote.id]);
      if (v.status !== 'OPEN') throw new UserFacingError('INVALID_STATE', ['input', 'id'], { state: v.status });
      await em.execute('select pg_sleep(0.1)');
      await run(em, `update council_vote set status = 'CLOSED', closed_at = now(), closed_by_account_id = ? where id = ?`, [actorAccountId, vote.id]);
      const outcome = await finish(em, vote, await tallyOf(em, vote));
      const to = outcome.passed ? (steps.includes('carryOut') ? 'CARRYING_OUT' : 'CLOSED') : 'NOT_PASSED';
      await run(em, 'update council_topic set status = ? where id = ?', [to, vote.topicId]);
      recordDecided(em, await em.findOneOrFail(CouncilTopic, { id: vote.topicId }), outcome.passed);
      em.create(CouncilTopicTransition, {
        communityId: vote.communityId,
        topicId: vote.topicId,
        bodyId: vote.bodyId,
        action: outcome.passed ? 'passed' : 'failed',
        fromStatus: CouncilTopicStatus.VOTING,
        toStatus: to as CouncilTopicStatus,
        actorAccountId,
      });
      return outcome;
    },
  }),
  replaceStrategy(REMINDER_KEYS, {
    /** Look, then write, with no unique key to stop a racing process. */
    async keyOf(em, bodyId, periodKey) {
      const [seen] = await em.execute(`select 1 from council_meeting_reminder where body_id = ? and period_key like ?`, [bodyId, `${periodKey}%`]);
      if (seen) return null;
      await em.execute('select pg_sleep(0.05)');
      return `${periodKey}:naive:${uuidv7()}`;
    },
  }),
];
