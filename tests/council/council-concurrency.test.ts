// Votes under concurrency, over real HTTP against real PostgreSQL, each case with a negative
// control (tests/council/council.naive.ts, injected into this server only, switches to a
// read-then-write path that must break the invariant): 100 simultaneous ballots of one member count once; ballots racing a close are either
// in the closed tally or refused with VOTE_CLOSED; two concurrent closes give one result.
import type { Client } from 'pg';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import {
  CouncilConfigure,
  CouncilHouseholds,
  CouncilMembershipAdd,
  CouncilMemberships,
  TopicRaise,
  TopicScreen,
  VoteCast,
  VoteClose,
  VoteOpen,
  body,
  ok,
  pg,
  seat,
} from './council-helpers';
import { naiveCouncil } from './council.naive';

let s: TestServer;
let db: Client;
let admin: GqlOptions;
const voters: { auth: GqlOptions; membershipId: string }[] = [];
let hh: string[];

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  admin = { token: await s.login('admin') };
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'council', enabled: true } }, admin)).data?.communityModuleConfigure);
  hh = (await s.gql(CouncilHouseholds, {}, admin)).data!.households.nodes.map((h) => h.id);
  for (let i = 0; i < 20; i++) {
    const m = await s.gql(
      CouncilMembershipAdd,
      { input: { login: `cc-voter-${i}`, displayName: `代表${i}`, password: 'council-pass-1', roles: ['RESIDENT'] } },
      admin,
    );
    voters.push({ membershipId: m.data!.membershipAdd.membership!.id, auth: { token: await s.login(`cc-voter-${i}`, 'council-pass-1') } });
  }
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

let n = 0;
/** A body seating the first `k` voters, a topic under discussion and an open vote on it. */
async function openVote(k: number) {
  const b = await body(s, admin, `并发议事会 ${++n}`, 'community');
  for (let i = 0; i < k; i++) await seat(s, admin, b.id, voters[i]!.membershipId, hh[i]!);
  const topic = ok((await s.gql(TopicRaise, { input: { bodyId: b.id, title: `并发议题 ${n}`, description: '内容' } }, admin)).data?.councilTopicRaise).topic!;
  ok((await s.gql(TopicScreen, { input: { id: topic.id, accept: true } }, admin)).data?.councilTopicScreen);
  return ok((await s.gql(VoteOpen, { input: { topicId: topic.id } }, admin)).data?.councilVoteOpen).vote!;
}

/** Fires the calls together behind a start barrier (optionally staggered by `delayMs(i)`). */
async function together<T>(calls: (() => Promise<T>)[], delayMs: (i: number) => number = () => 0): Promise<T[]> {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const all = calls.map((c, i) => gate.then(() => new Promise((r) => setTimeout(r, delayMs(i)))).then(c));
  release();
  return Promise.all(all);
}

const naively = <T>(fn: () => Promise<T>): Promise<T> => s.withStrategies(naiveCouncil, fn);

const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString().split(':')[2]!;
const ballotsOf = async (voteId: string) => Number((await db.query('select count(*) n from council_ballot where vote_id = $1', [raw(voteId)])).rows[0].n);

/** Invariants over every vote: one ballot per voter key, a closed tally equal to the stored ballots, one result per closed vote. */
async function invariants() {
  const dupes = await db.query(`select vote_id, member_id from council_ballot group by vote_id, member_id having count(*) > 1`);
  const tallies = await db.query(`select v.id from council_vote v where v.status = 'CLOSED' and
      (select coalesce(sum(x::int), 0) from jsonb_array_elements_text(v.final_tally) x) <> (select count(*) from council_ballot b where b.vote_id = v.id)`);
  const results = await db.query(`select v.id from council_vote v where v.status = 'CLOSED' and
      (select count(*) from outbox_event e where e.type = 'council.VoteClosed' and e.data->>'voteId' = v.id::text) <> 1`);
  const decisions = await db.query(
    `select t.topic_id from council_topic_transition t where t.action in ('passed', 'failed') group by t.topic_id having count(*) > 1`,
  );
  return {
    duplicateBallots: dupes.rowCount ?? 0,
    tallyMismatch: tallies.rowCount ?? 0,
    resultsNotOne: results.rowCount ?? 0,
    decisionsTwice: decisions.rowCount ?? 0,
  };
}
const CLEAN = { duplicateBallots: 0, tallyMismatch: 0, resultsNotOne: 0, decisionsTwice: 0 };

async function hundredBallots() {
  const vote = await openVote(1);
  const replies = await together(Array.from({ length: 100 }, (_, i) => () => s.gql(VoteCast, { input: { voteId: vote.id, choice: i % 3 } }, voters[0]!.auth)));
  return { vote, replies: replies.map((r) => r.data?.councilVoteCast.userErrors[0]?.code ?? 'OK') };
}

test('a member votes 100× at once: one ballot counts, the rest are COUNCIL_ALREADY_VOTED', async () => {
  const { vote, replies } = await hundredBallots();
  expect(replies.filter((c) => c === 'OK')).toHaveLength(1);
  expect(new Set(replies.filter((c) => c !== 'OK'))).toEqual(new Set(['COUNCIL_ALREADY_VOTED']));
  expect(await ballotsOf(vote.id)).toBe(1);
  expect(ok((await s.gql(VoteClose, { input: { id: vote.id } }, admin)).data?.councilVoteClose).vote!.ballotCount).toBe(1);
  expect(await invariants()).toEqual(CLEAN);
});

test('negative control: the naive read-then-write ballot counts one member many times', async () => {
  const { vote } = await naively(hundredBallots);
  expect(await ballotsOf(vote.id)).toBeGreaterThan(1);
  expect((await invariants()).duplicateBallots).toBeGreaterThan(0);
  await db.query('delete from council_ballot where vote_id = $1', [raw(vote.id)]); // keep later invariants about later cases
});

async function ballotsRacingClose() {
  const vote = await openVote(20);
  const calls = [
    () => s.gql(VoteClose, { input: { id: vote.id } }, admin).then((r) => (r.data?.councilVoteClose.userErrors[0]?.code ?? 'CLOSED') as string),
    ...voters.map(
      (v) => () =>
        s.gql(VoteCast, { input: { voteId: vote.id, choice: 0 } }, v.auth).then((r) => (r.data?.councilVoteCast.userErrors[0]?.code ?? 'OK') as string),
    ),
  ];
  // The close goes first; the ballots arrive over the next ~150 ms, before, during and after it.
  const replies = await together(calls, (i) => (i === 0 ? 0 : i * 8));
  return { vote, replies };
}

test('ballots racing the close: each is in the closed tally or refused with VOTE_CLOSED; later ballots are VOTE_CLOSED', async () => {
  const { vote, replies } = await ballotsRacingClose();
  expect(replies[0]).toBe('CLOSED');
  const accepted = replies.slice(1).filter((c) => c === 'OK').length;
  // Which ballots beat the close depends on timing; any that did not are VOTE_CLOSED, nothing else.
  expect(replies.slice(1).filter((c) => c !== 'OK' && c !== 'VOTE_CLOSED')).toEqual([]);
  const [row] = (await db.query('select final_tally from council_vote where id = $1', [raw(vote.id)])).rows;
  expect((row.final_tally as number[]).reduce((a, b) => a + b, 0)).toBe(accepted);
  expect(await ballotsOf(vote.id)).toBe(accepted);
  expect((await s.gql(VoteCast, { input: { voteId: vote.id, choice: 0 } }, voters[0]!.auth)).data!.councilVoteCast.userErrors[0]!.code).toBe('VOTE_CLOSED');
  expect(await invariants()).toEqual(CLEAN);
});

test('negative control: naive ballots racing a naive close land after the tally was taken', async () => {
  const { vote } = await naively(ballotsRacingClose);
  const [row] = (await db.query('select final_tally from council_vote where id = $1', [raw(vote.id)])).rows;
  expect(await ballotsOf(vote.id)).toBeGreaterThan((row.final_tally as number[]).reduce((a, b) => a + b, 0));
  expect((await invariants()).tallyMismatch).toBeGreaterThan(0);
  await db.query('delete from council_ballot where vote_id = $1', [raw(vote.id)]);
  await db.query(`update council_vote set final_tally = '[0,0,0]' where id = $1`, [raw(vote.id)]);
});

/** Three ballots, then two closes at once (run through `closing`: the naive strategies or none). */
async function twoCloses(closing: <T>(fn: () => Promise<T>) => Promise<T> = (fn) => fn()) {
  const vote = await openVote(3);
  for (const v of voters.slice(0, 3)) ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: 0 } }, v.auth)).data?.councilVoteCast);
  const replies = await closing(() => together([0, 1].map(() => () => s.gql(VoteClose, { input: { id: vote.id } }, admin))));
  return { vote, replies: replies.map((r) => r.data?.councilVoteClose.userErrors[0]?.code ?? 'CLOSED') };
}

test('two concurrent closes give one result: one closes, the other is INVALID_STATE', async () => {
  const { vote, replies } = await twoCloses();
  expect(replies.sort()).toEqual(['CLOSED', 'INVALID_STATE']);
  const events = await db.query(`select count(*) n from outbox_event where type = 'council.VoteClosed' and data->>'voteId' = $1`, [raw(vote.id)]);
  expect(Number(events.rows[0].n)).toBe(1);
  expect(await invariants()).toEqual(CLEAN);
});

test('negative control: two naive closes both publish a result', async () => {
  const { vote, replies } = await twoCloses(naively);
  expect(replies).toEqual(['CLOSED', 'CLOSED']);
  const events = await db.query(`select count(*) n from outbox_event where type = 'council.VoteClosed' and data->>'voteId' = $1`, [raw(vote.id)]);
  expect(Number(events.rows[0].n)).toBe(2);
  const inv = await invariants();
  expect(inv.resultsNotOne + inv.decisionsTwice).toBeGreaterThan(0);
});
