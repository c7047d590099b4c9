// 民事民决 rules through GraphQL on the demo community: quorum not met, thresholds (simple,
// two-thirds, consensus), one ballot per household (户代表), changing a ballot before close as a
// setting, in-person ballots entered by staff, who may vote, choice votes, results on the closed snapshot.
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import {
  CouncilConfigure,
  CouncilHouseholds,
  CouncilMemberships,
  MemberEnd,
  TopicGet,
  TopicRaise,
  TopicScreen,
  VoteCast,
  VoteClose,
  VoteEnter,
  VoteGet,
  VoteOpen,
  body,
  ok,
  pg,
  seat,
} from './council-helpers';
import { JobRunner } from '../../src/plugins/jobs';

let s: TestServer;
const auth = {} as Record<string, GqlOptions>;
let ms: Record<string, string>;
let hh: string[];
const VOTERS = ['resident', 'volunteer', 'party', 'org', 'cobuild'];

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'grid', ...VOTERS]) auth[l] = { token: await s.login(l) };
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'council', enabled: true } }, auth.admin)).data?.communityModuleConfigure);
  ms = Object.fromEntries((await s.gql(CouncilMemberships, {}, auth.admin)).data!.memberships.nodes.map((m) => [m.login, m.id]));
  hh = (await s.gql(CouncilHouseholds, {}, auth.admin)).data!.households.nodes.map((h) => h.id);
});
afterAll(() => s?.stop());

let n = 0;
/** Settings for the community's one level, then a fresh body seating `voters` (each in their own household unless given). */
async function setup(rules: Record<string, unknown>, voters = VOTERS, households?: (string | null)[]) {
  ok(
    (await s.gql(CouncilConfigure, { input: { moduleKey: 'council', settings: { levels: [{ key: 'community', name: '社区议事会', rules }] } } }, auth.admin))
      .data?.communityModuleConfigure,
  );
  const b = await body(s, auth.admin, `议事会 ${++n}`, 'community');
  const seats: Record<string, string> = {};
  for (const [i, v] of voters.entries()) seats[v] = await seat(s, auth.admin, b.id, ms[v]!, households ? households[i]! : hh[i]!);
  const topic = ok(
    (await s.gql(TopicRaise, { input: { bodyId: b.id, title: `表决议题 ${n}`, description: '内容' } }, auth.resident)).data?.councilTopicRaise,
  ).topic!;
  ok((await s.gql(TopicScreen, { input: { id: topic.id, accept: true } }, auth.staff)).data?.councilTopicScreen);
  return { bodyId: b.id, topicId: topic.id, seats };
}
const open = async (topicId: string, options?: string[]) =>
  ok((await s.gql(VoteOpen, { input: { topicId, options } }, auth.staff)).data?.councilVoteOpen).vote!;
const cast = (voteId: string, who: string, choice: number) => s.gql(VoteCast, { input: { voteId, choice } }, auth[who]);
const close = async (id: string) => ok((await s.gql(VoteClose, { input: { id } }, auth.staff)).data?.councilVoteClose).vote!;
async function ballots(voteId: string, choices: Record<string, number>) {
  for (const [who, c] of Object.entries(choices)) ok((await cast(voteId, who, c)).data?.councilVoteCast);
}

test('quorum not met: 2 of 5 members vote (40 % < 50 %) → not passed, whatever the ballots say; the topic is NOT_PASSED', async () => {
  const { topicId } = await setup({});
  const v = await open(topicId);
  expect(v).toMatchObject({ eligible: 5, quorumPercent: 50 });
  await ballots(v.id, { resident: 0, volunteer: 0 });
  expect(await close(v.id)).toMatchObject({ quorumMet: false, passed: false, ballotCount: 2, topic: { status: 'NOT_PASSED' } });
  const t = (await s.gql(TopicGet, { id: topicId }, auth.admin)).data!.councilTopic!;
  expect(t.history.at(-1)).toMatchObject({ action: 'failed', note: expect.stringContaining('未达法定人数') });
});

test('two-thirds: 3 for / 2 against fails, 4 for / 1 against passes; abstentions count for quorum only', async () => {
  const a = await setup({ threshold: 'twoThirds' });
  const v1 = await open(a.topicId);
  await ballots(v1.id, { resident: 0, volunteer: 0, party: 0, org: 1, cobuild: 1 });
  expect(await close(v1.id)).toMatchObject({ quorumMet: true, passed: false });
  const b = await setup({ threshold: 'twoThirds' });
  const v2 = await open(b.topicId);
  await ballots(v2.id, { resident: 0, volunteer: 0, party: 0, org: 0, cobuild: 1 });
  expect(await close(v2.id)).toMatchObject({ passed: true, topic: { status: 'CARRYING_OUT' } });
  const c = await setup({ threshold: 'twoThirds', quorumPercent: 60 });
  const v3 = await open(c.topicId);
  await ballots(v3.id, { resident: 0, volunteer: 0, party: 2 }); // 2 for, 1 abstain: 3/5 = 60 % quorum, 2/2 for
  expect(await close(v3.id)).toMatchObject({ quorumMet: true, passed: true, tally: [{ count: 2 }, { count: 0 }, { count: 1 }] });
});

test('consensus: one ballot against fails it; a simple majority tie fails too', async () => {
  const a = await setup({ threshold: 'consensus' });
  const v = await open(a.topicId);
  await ballots(v.id, { resident: 0, volunteer: 0, party: 0, org: 0, cobuild: 1 });
  expect(await close(v.id)).toMatchObject({ passed: false });
  const b = await setup({});
  const v2 = await open(b.topicId);
  await ballots(v2.id, { resident: 0, volunteer: 1, party: 0, org: 1 });
  expect(await close(v2.id)).toMatchObject({ quorumMet: true, passed: false });
});

test('household vote (户代表): one ballot per household; eligible = households; a member without a household cannot vote', async () => {
  const { topicId, seats } = await setup(
    { votingUnit: 'household' },
    ['resident', 'volunteer', 'party', 'org', 'cobuild'],
    [hh[0]!, hh[0]!, hh[1]!, hh[2]!, null],
  );
  const v = await open(topicId);
  expect(v).toMatchObject({ eligible: 3, votingUnit: 'household' });
  ok((await cast(v.id, 'resident', 0)).data?.councilVoteCast);
  const again = await cast(v.id, 'volunteer', 1); // same household
  expect(again.data!.councilVoteCast.userErrors[0]!.code).toBe('COUNCIL_ALREADY_VOTED');
  expect((await s.gql(VoteGet, { id: v.id }, auth.volunteer)).data!.councilVote!.ballots).toEqual([]); // details for managers only
  expect((await cast(v.id, 'cobuild', 0)).data!.councilVoteCast.userErrors[0]!.code).toBe('COUNCIL_NO_HOUSEHOLD');
  await ballots(v.id, { party: 1, org: 0 });
  const closed = await close(v.id);
  expect(closed).toMatchObject({ quorumMet: true, passed: true, ballotCount: 3, tally: [{ count: 2 }, { count: 1 }, { count: 0 }] });
  expect(seats.resident).toBeTruthy();
});

test('changing a ballot before close is a setting; after close every ballot is VOTE_CLOSED', async () => {
  const a = await setup({ allowVoteChange: true });
  const v = await open(a.topicId);
  expect(v.allowChange).toBe(true);
  ok((await cast(v.id, 'resident', 0)).data?.councilVoteCast);
  expect(ok((await cast(v.id, 'resident', 1)).data?.councilVoteCast).vote!.myChoice).toBe(1);
  expect((await s.gql(VoteGet, { id: v.id }, auth.staff)).data!.councilVote!.tally.map((t) => t.count)).toEqual([0, 1, 0]);
  await close(v.id);
  expect((await cast(v.id, 'volunteer', 0)).data!.councilVoteCast.userErrors[0]!.code).toBe('VOTE_CLOSED');
  expect((await s.gql(VoteClose, { input: { id: v.id } }, auth.staff)).data!.councilVoteClose.userErrors[0]).toMatchObject({ code: 'INVALID_STATE' });

  const b = await setup({ allowVoteChange: false });
  const v2 = await open(b.topicId);
  ok((await cast(v2.id, 'resident', 0)).data?.councilVoteCast);
  expect((await cast(v2.id, 'resident', 1)).data!.councilVoteCast.userErrors[0]!.code).toBe('COUNCIL_ALREADY_VOTED');
});

test('in-person ballots are entered by staff and record who entered them; observers, non-members and former members cannot vote', async () => {
  const { bodyId, topicId, seats } = await setup({}, ['resident', 'volunteer', 'party']);
  const observer = await seat(s, auth.admin, bodyId, ms.org!, hh[5]!, 'OBSERVER');
  const v = await open(topicId);
  expect(v.eligible).toBe(3);
  ok((await s.gql(VoteEnter, { input: { voteId: v.id, memberId: seats.volunteer!, choice: 0 } }, auth.staff)).data?.councilVoteEnter);
  expect((await cast(v.id, 'volunteer', 1)).data!.councilVoteCast.userErrors[0]!.code).toBe('COUNCIL_ALREADY_VOTED');
  expect((await s.gql(VoteEnter, { input: { voteId: v.id, memberId: observer, choice: 0 } }, auth.staff)).data!.councilVoteEnter.userErrors[0]!.code).toBe(
    'COUNCIL_NOT_ELIGIBLE',
  );
  expect((await cast(v.id, 'org', 0)).data!.councilVoteCast.userErrors[0]!.code).toBe('COUNCIL_NOT_ELIGIBLE');
  expect((await cast(v.id, 'cobuild', 0)).data!.councilVoteCast.userErrors[0]!.code).toBe('COUNCIL_NOT_ELIGIBLE');
  ok((await s.gql(MemberEnd, { input: { id: seats.party! } }, auth.admin)).data?.councilMemberEnd);
  expect((await cast(v.id, 'party', 0)).data!.councilVoteCast.userErrors[0]!.code).toBe('COUNCIL_NOT_ELIGIBLE');
  ok((await cast(v.id, 'resident', 0)).data?.councilVoteCast);
  const detail = (await s.gql(VoteGet, { id: v.id }, auth.staff)).data!.councilVote!;
  expect(detail.ballots.map((b) => [b.channel, b.enteredBy])).toEqual([
    ['IN_PERSON', '社区工作者 王敏'],
    ['ONLINE', null],
  ]);
  // Each ballot names its member as an object, the one the deprecated id names.
  for (const b of detail.ballots) expect(b.member).toEqual({ id: b.memberId, displayName: expect.any(String) });
  expect((await s.gql(VoteCast, { input: { voteId: v.id, choice: 7 } }, auth.resident)).data!.councilVoteCast.userErrors[0]!.code).toBe('BAD_USER_INPUT');
  expect(await close(v.id)).toMatchObject({ passed: true, quorumMet: true, ballotCount: 2 });
});

test('a choice vote picks the option with most ballots; a tie passes nothing', async () => {
  const a = await setup({});
  const v = await open(a.topicId, ['方案甲', '方案乙', '方案丙']);
  await ballots(v.id, { resident: 1, volunteer: 1, party: 0, org: 2 });
  expect(await close(v.id)).toMatchObject({ passed: true, winner: 1 });
  const b = await setup({});
  const v2 = await open(b.topicId, ['方案甲', '方案乙']);
  await ballots(v2.id, { resident: 1, volunteer: 0, party: 0, org: 1 });
  expect(await close(v2.id)).toMatchObject({ passed: false, winner: null });
});

test('a vote past its close time is closed by the job once, even with two processes racing; its result is published and later ballots are VOTE_CLOSED', async () => {
  const { topicId } = await setup({});
  const closesAt = new Date(Date.now() + 1500);
  const v = ok((await s.gql(VoteOpen, { input: { topicId, closesAt: closesAt.toISOString() } }, auth.staff)).data?.councilVoteOpen).vote!;
  await ballots(v.id, { resident: 0, volunteer: 0, party: 1 });
  await new Promise((r) => setTimeout(r, closesAt.getTime() - Date.now() + 100));
  expect((await cast(v.id, 'org', 0)).data!.councilVoteCast.userErrors.map((e) => e.code)).toEqual(['VOTE_CLOSED']);
  const other = new JobRunner(s.wushe.app.orm, s.wushe.app.registry, s.wushe.app.presets, s.wushe.app.log); // a second process
  await Promise.all([s.wushe.jobs.run('council.closeDueVotes'), other.run('council.closeDueVotes')]);
  const got = (await s.gql(VoteGet, { id: v.id }, auth.admin)).data!.councilVote!;
  expect(got).toMatchObject({ status: 'CLOSED', quorumMet: true, passed: true, ballotCount: 3 });
  expect((await s.gql(TopicGet, { id: topicId }, auth.admin)).data!.councilTopic!.status).toBe('CARRYING_OUT');
  const db = await pg(s.databaseUrl);
  try {
    const { rows } = await db.query(`select count(*)::int n from outbox_event where type = 'council.VoteClosed' and data->>'voteId' = $1`, [
      Buffer.from(v.id, 'base64url').toString().split(':')[2],
    ]);
    expect(rows[0].n).toBe(1);
  } finally {
    await db.end();
  }
});
