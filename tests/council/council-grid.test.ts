// Grid scope of the council (demo community, grid enabled): the `grid` login is 网格员 of 第一网格
// (G1). It sees and runs bodies of G1; community-level bodies (no grid unit) it sees and takes
// part in, but their staff actions answer COUNCIL_OUTSIDE_GRID; bodies of 第二网格 (G2) are
// hidden (null, left out of lists, NOT_FOUND on mutations and the screen) and nothing is written.
// Community staff and residents see every body; with grid disabled the grid worker falls back to
// the role defaults.
import type { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { CouncilConfigure, TopicEscalate, TopicRaise, TopicScreen, VoteClose, VoteOpen, body, codes, gridUnit, ok, pg } from './council-helpers';

const Bodies = graphql(`
  query CouncilGridBodies {
    councilBodies(first: 50) {
      nodes {
        id
      }
    }
  }
`);
const Topics = graphql(`
  query CouncilGridTopics {
    councilTopics(first: 50) {
      nodes {
        id
      }
    }
  }
`);
const Look = graphql(`
  query CouncilGridLook($body: ID!, $topic: ID!, $vote: ID!, $meeting: ID!) {
    councilBody(id: $body) {
      id
    }
    councilTopic(id: $topic) {
      id
    }
    councilVote(id: $vote) {
      id
    }
    councilMeeting(id: $meeting) {
      id
    }
    node(id: $body) {
      id
    }
  }
`);
const BoardChanges = graphql(`
  query CouncilGridBoard($bodyId: ID!) {
    councilBoardChanges(bodyId: $bodyId) {
      endCursor
    }
  }
`);
const MeetingSchedule = graphql(`
  mutation CouncilGridMeeting($input: CouncilMeetingScheduleInput!) {
    councilMeetingSchedule(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);
const CommentPost = graphql(`
  mutation CouncilGridComment($input: CouncilCommentPostInput!) {
    councilCommentPost(input: $input) {
      comment {
        id
      }
      userErrors {
        code
        field
      }
    }
  }
`);

// Council's own events: other modules' consumers (points earning on a vote, …) publish theirs
// asynchronously after an earlier allowed call, so the whole outbox is not this call's evidence.
const FINGERPRINT = `select (select count(*) from outbox_event where type like 'council.%') events, (select count(*) from council_topic) topics, (select md5(string_agg(status || body_id, ',' order by id)) from council_topic) statuses,
  (select count(*) from council_vote where status = 'OPEN') open_votes, (select count(*) from council_meeting) meetings, (select count(*) from council_comment) comments`;

let s: TestServer;
let db: Client;
const as = {} as Record<'admin' | 'staff' | 'grid' | 'resident', GqlOptions>;
/** Bodies: community level (C), 第一网格 (A), 第二网格 (B); a topic of each, a vote and a meeting at B. */
const B = {} as Record<'C' | 'A' | 'B', string>;
const T = {} as Record<'C' | 'A' | 'B', string>;
let voteB: string;
let meetingB: string;

const raise = async (who: GqlOptions, bodyId: string, title: string) => s.gql(TopicRaise, { input: { bodyId, title, description: '网格范围' } }, who);
const screen = (who: GqlOptions, id: string) => s.gql(TopicScreen, { input: { id, accept: true } }, who);

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  db = await pg(s.databaseUrl);
  for (const l of ['admin', 'staff', 'grid', 'resident'] as const) as[l] = { token: await s.login(l) };
  ok(
    (
      await s.gql(
        CouncilConfigure,
        {
          input: {
            moduleKey: 'council',
            enabled: true,
            settings: {
              levels: [
                { key: 'community', name: '社区议事会', rules: { onlineDiscussionOpen: true } },
                { key: 'grid', name: '网格议事会', rules: { onlineDiscussionOpen: true } },
              ],
            },
          },
        },
        as.admin,
      )
    ).data?.communityModuleConfigure,
  );
  B.C = (await body(s, as.admin, '社区议事会', 'community')).id;
  B.A = (await body(s, as.admin, '第一网格议事会', 'grid', B.C, await gridUnit(db, 'G1'))).id;
  B.B = (await body(s, as.admin, '第二网格议事会', 'grid', B.C, await gridUnit(db, 'G2'))).id;
  for (const k of ['C', 'A', 'B'] as const) T[k] = ok((await raise(as.admin, B[k], `议题 ${k}`)).data?.councilTopicRaise).topic!.id;
  const tv = ok((await raise(as.admin, B.B, '第二网格表决议题')).data?.councilTopicRaise).topic!.id;
  ok((await screen(as.admin, tv)).data?.councilTopicScreen);
  voteB = ok((await s.gql(VoteOpen, { input: { topicId: tv } }, as.admin)).data?.councilVoteOpen).vote!.id;
  meetingB = ok(
    (await s.gql(MeetingSchedule, { input: { bodyId: B.B, title: '第二网格例会', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }, as.admin)).data
      ?.councilMeetingSchedule,
  ).meeting!.id;
});
afterAll(async () => {
  await db?.end();
  await s?.stop();
});

test("a grid worker sees community-level bodies and its own grid's, not another grid's; staff and residents see all", async () => {
  const ids = async (who: GqlOptions) => (await s.gql(Bodies, {}, who)).data!.councilBodies.nodes.map((n) => n.id).sort();
  expect(await ids(as.grid)).toEqual([B.C, B.A].sort());
  for (const who of [as.admin, as.staff, as.resident]) expect(await ids(who)).toEqual([B.C, B.A, B.B].sort());
  const topics = (await s.gql(Topics, {}, as.grid)).data!.councilTopics.nodes.map((n) => n.id);
  expect(topics).toEqual(expect.arrayContaining([T.C, T.A]));
  expect(topics).not.toContain(T.B);

  const look = (who: GqlOptions, k: 'A' | 'B') => s.gql(Look, { body: B[k], topic: T[k], vote: voteB, meeting: meetingB }, who);
  expect((await look(as.grid, 'B')).data).toEqual({ councilBody: null, councilTopic: null, councilVote: null, councilMeeting: null, node: null });
  expect((await look(as.staff, 'B')).data).toMatchObject({
    councilBody: { id: B.B },
    councilTopic: { id: T.B },
    councilVote: { id: voteB },
    councilMeeting: { id: meetingB },
    node: { id: B.B },
  });
  expect((await look(as.grid, 'A')).data).toMatchObject({ councilBody: { id: B.A }, councilTopic: { id: T.A } });
  // The body's screen: another grid's is NOT_FOUND, like a foreign id.
  expect(codes(await s.gql(BoardChanges, { bodyId: B.B }, as.grid))).toEqual(['NOT_FOUND']);
  expect((await s.gql(BoardChanges, { bodyId: B.A }, as.grid)).errors).toBeUndefined();
});

test("another grid's body: every grid-worker mutation answers NOT_FOUND and writes nothing", async () => {
  const before = (await db.query(FINGERPRINT)).rows[0];
  const errs = [
    (await raise(as.grid, B.B, '越界提议')).data!.councilTopicRaise.userErrors,
    (await screen(as.grid, T.B)).data!.councilTopicScreen.userErrors,
    (await s.gql(TopicEscalate, { input: { id: T.B } }, as.grid)).data!.councilTopicEscalate.userErrors,
    (await s.gql(CommentPost, { input: { topicId: T.B, text: '越界发言' } }, as.grid)).data!.councilCommentPost.userErrors,
    (await s.gql(VoteClose, { input: { id: voteB } }, as.grid)).data!.councilVoteClose.userErrors,
    (await s.gql(MeetingSchedule, { input: { bodyId: B.B, title: '越界会议', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }, as.grid)).data!
      .councilMeetingSchedule.userErrors,
  ];
  expect(errs.map((e) => e.map((x) => x.code))).toEqual(errs.map(() => ['NOT_FOUND']));
  expect((await db.query(FINGERPRINT)).rows[0]).toEqual(before);
});

test('own grid: the grid worker screens and escalates; at the community-level body it takes part but staff actions answer COUNCIL_OUTSIDE_GRID', async () => {
  ok((await screen(as.grid, T.A)).data?.councilTopicScreen);
  const up = ok((await s.gql(TopicEscalate, { input: { id: T.A, note: '需社区协调' } }, as.grid)).data?.councilTopicEscalate).topic!;
  expect(up.body!.id).toBe(B.C);
  // Community level: raise and comment like a resident …
  const t = ok((await raise(as.grid, B.C, '网格员提议')).data?.councilTopicRaise).topic!.id;
  ok((await s.gql(CommentPost, { input: { topicId: t, text: '网格员意见' } }, as.grid)).data?.councilCommentPost);
  // … but screening, votes and meetings there are community staff's.
  const before = (await db.query(FINGERPRINT)).rows[0];
  expect((await screen(as.grid, T.A)).data!.councilTopicScreen.userErrors).toEqual([
    { code: 'COUNCIL_OUTSIDE_GRID', field: ['input', 'id'], message: expect.any(String) },
  ]);
  expect(
    (
      await s.gql(MeetingSchedule, { input: { bodyId: B.C, title: '社区例会', kind: 'AD_HOC', scheduledAt: '2099-01-01T00:00:00Z' } }, as.grid)
    ).data!.councilMeetingSchedule.userErrors.map((e) => e.code),
  ).toEqual(['COUNCIL_OUTSIDE_GRID']);
  expect((await db.query(FINGERPRINT)).rows[0]).toEqual(before);
  ok((await screen(as.staff, T.A)).data?.councilTopicScreen); // community staff screen it
  expect((await s.gql(VoteOpen, { input: { topicId: T.A } }, as.grid)).data!.councilVoteOpen.userErrors.map((e) => e.code)).toEqual(['COUNCIL_OUTSIDE_GRID']);
});

test('with grid disabled the grid worker falls back to the role defaults (sees and runs every body)', async () => {
  ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'grid', enabled: false } }, as.admin)).data?.communityModuleConfigure);
  try {
    expect((await s.gql(Bodies, {}, as.grid)).data!.councilBodies.nodes.map((n) => n.id)).toContain(B.B);
    ok((await screen(as.grid, T.B)).data?.councilTopicScreen);
  } finally {
    ok((await s.gql(CouncilConfigure, { input: { moduleKey: 'grid', enabled: true } }, as.admin)).data?.communityModuleConfigure);
  }
  expect((await s.gql(Bodies, {}, as.grid)).data!.councilBodies.nodes.map((n) => n.id)).not.toContain(B.B);
});
