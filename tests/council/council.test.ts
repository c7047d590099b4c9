// 议事会 end to end through GraphQL: a topic from 民事民提 to 民事民评 at each seed's level
// configuration (Fengqing 2 levels, Changzhou 4 with the online 掌上议事群, Baoji 五民 at
// community/小区/楼栋), with escalation keeping the history; meetings with attendance and minutes;
// documents versioned; the body's live screen; statistics.
import { graphql } from '../gql';
import { collect, startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import {
  CommentPost,
  CouncilLevels,
  TaskAdd,
  TaskDone,
  TopicCloseEvaluation,
  TopicComplete,
  TopicEscalate,
  TopicEvaluate,
  TopicGet,
  TopicRaise,
  TopicResolve,
  TopicScreen,
  VoteCast,
  VoteClose,
  VoteOpen,
  body,
  ok,
  pg,
  presetCommunity,
  seat,
  type Person,
} from './council-helpers';

const MeetingSchedule = graphql(`
  mutation CouncilMeetingSchedule($input: CouncilMeetingScheduleInput!) {
    councilMeetingSchedule(input: $input) {
      meeting {
        id
        kind
        scheduledAt
        agenda {
          id
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const AttendanceRecord = graphql(`
  mutation CouncilAttendanceRecord($input: CouncilAttendanceRecordInput!) {
    councilAttendanceRecord(input: $input) {
      meeting {
        id
        attendanceCount
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const MeetingAttend = graphql(`
  mutation CouncilMeetingAttend($input: CouncilMeetingAttendInput!) {
    councilMeetingAttend(input: $input) {
      meeting {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const MeetingClose = graphql(`
  mutation CouncilMeetingClose($input: CouncilMeetingCloseInput!) {
    councilMeetingClose(input: $input) {
      meeting {
        id
        status
        minutes
        attendance {
          name
          channel
          isMember
        }
        decisions {
          id
          passed
          topic {
            id
          }
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const DocumentPublish = graphql(`
  mutation CouncilDocumentPublish($input: CouncilDocumentPublishInput!) {
    councilDocumentPublish(input: $input) {
      document {
        id
        version
        kind
        title
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const BodyDocs = graphql(`
  query CouncilBodyDocs($id: ID!, $all: Boolean) {
    councilBody(id: $id) {
      id
      nextMeetingDue
      votingSeats
      documents(allVersions: $all) {
        version
        kind
        title
        text
      }
    }
  }
`);
const Stats = graphql(`
  query CouncilStats($from: DateTimeISO!, $to: DateTimeISO!) {
    councilStatistics(from: $from, to: $to) {
      meetingsHeld
      topicsRaised
      topicsDecided
      topicsDone
      averageDaysToDone
      participationPercent
      levels {
        levelKey
        meetingsHeld
        topicsRaised
        topicsDecided
        topicsDone
      }
    }
  }
`);
const Changes = graphql(`
  query CouncilChanges($types: [String!]) {
    changes(types: $types, first: 500) {
      events {
        type
        data
      }
    }
  }
`);
const BOARD = `subscription CouncilBoardLive($bodyId: ID!) { councilBoard(bodyId: $bodyId) { cursor type topic { id status } vote { id tally { option count } } } }`;

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
});
afterAll(() => s?.stop());

const raise = async (auth: GqlOptions, bodyId: string, title: string, fundRequestFen?: number) =>
  ok(
    (await s.gql(TopicRaise, { input: { bodyId, title, description: `${title}：居民提议`, fundRequestFen, fundPurpose: fundRequestFen ? title : null } }, auth))
      .data?.councilTopicRaise,
  ).topic!;
const screen = async (admin: GqlOptions, id: string) => ok((await s.gql(TopicScreen, { input: { id, accept: true } }, admin)).data?.councilTopicScreen).topic!;
const escalate = async (admin: GqlOptions, id: string) =>
  ok((await s.gql(TopicEscalate, { input: { id, note: '需上一级协调' } }, admin)).data?.councilTopicEscalate).topic!;

/** 民决 → 民办 → 民评 → closed, with `yes` of the voters for. */
async function decideAndFinish(admin: GqlOptions, topicId: string, voters: Person[], yes: number) {
  const vote = ok((await s.gql(VoteOpen, { input: { topicId } }, admin)).data?.councilVoteOpen).vote!;
  for (const [i, p] of voters.entries()) ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: i < yes ? 0 : 1 } }, p.auth)).data?.councilVoteCast);
  const closed = ok((await s.gql(VoteClose, { input: { id: vote.id } }, admin)).data?.councilVoteClose).vote!;
  expect(closed).toMatchObject({ status: 'CLOSED', quorumMet: true, passed: true, topic: { status: 'CARRYING_OUT' } });
  const task = ok(
    (await s.gql(TaskAdd, { input: { topicId, title: '组织施工', ownerName: '物业公司', dueOn: '2099-12-31' } }, admin)).data?.councilTaskAdd,
  ).task!;
  expect((await s.gql(TopicComplete, { input: { id: topicId } }, admin)).data!.councilTopicComplete.userErrors[0]!.code).toBe('COUNCIL_TASKS_OPEN');
  ok((await s.gql(TaskDone, { input: { id: task.id } }, admin)).data?.councilTaskDone);
  expect(ok((await s.gql(TopicComplete, { input: { id: topicId } }, admin)).data?.councilTopicComplete).topic!.status).toBe('EVALUATING');
  for (const [i, p] of voters.entries()) ok((await s.gql(TopicEvaluate, { input: { topicId, rating: i === 0 ? 3 : 5 } }, p.auth)).data?.councilTopicEvaluate);
  expect((await s.gql(TopicEvaluate, { input: { topicId, rating: 1 } }, voters[0]!.auth)).data!.councilTopicEvaluate.userErrors[0]!.code).toBe(
    'ALREADY_EXISTS',
  );
  expect(ok((await s.gql(TopicCloseEvaluation, { input: { id: topicId } }, admin)).data?.councilTopicCloseEvaluation).topic!.status).toBe('CLOSED');
  return vote.id;
}

test('Fengqing (2 levels, community quarterly): 网格 → 社区 escalation, then 民决 … 民评, meeting with attendance, minutes and decisions', async () => {
  const { admin, households, people } = await presetCommunity(s, 'fengqing-114', 'FQ', 5);
  const levels = (await s.gql(CouncilLevels, {}, admin)).data!.councilLevels;
  expect(levels.map((l) => [l.key, l.rules.cadence])).toEqual([
    ['community', 'quarterly'],
    ['grid', 'monthly'],
  ]);
  const community = await body(s, admin, '东城社区议事会', 'community');
  const grid = await body(s, admin, '第一网格议事会', 'grid', community.id);
  expect(grid.parent!.id).toBe(community.id);
  for (const [i, p] of people.entries()) {
    await seat(s, admin, grid.id, p.membershipId, households[i]!, i === 0 ? 'CHAIR' : 'REPRESENTATIVE');
    await seat(s, admin, community.id, p.membershipId, households[i]!, i === 0 ? 'CHAIR' : 'REPRESENTATIVE');
  }
  const topic = await raise(people[1]!.auth, grid.id, '小区加装电梯', 12_000_000);
  expect(topic).toMatchObject({ status: 'RAISED', step: 'raise' });
  await screen(admin, topic.id);
  ok((await s.gql(CommentPost, { input: { topicId: topic.id, text: '同意，但要商量分摊比例' } }, people[2]!.auth)).data?.councilCommentPost);
  const up = await escalate(admin, topic.id);
  expect(up).toMatchObject({ status: 'RAISED', body: { id: community.id, levelKey: 'community' } });
  expect((await s.gql(TopicEscalate, { input: { id: topic.id } }, admin)).data!.councilTopicEscalate.userErrors[0]!.code).toBe('COUNCIL_TOP_LEVEL');
  await screen(admin, topic.id);
  expect((await s.gql(TopicScreen, { input: { id: topic.id, accept: true } }, admin)).data!.councilTopicScreen.userErrors[0]).toMatchObject({
    code: 'INVALID_STATE',
    message: expect.stringContaining('DISCUSSING'),
  });

  // A quarterly meeting (date from the cadence) with the topic on its agenda; the vote is held there.
  const m = ok(
    (await s.gql(MeetingSchedule, { input: { bodyId: community.id, title: '第一季度议事会', kind: 'SCHEDULED', topicIds: [topic.id] } }, admin)).data
      ?.councilMeetingSchedule,
  ).meeting!;
  expect(m.agenda.map((t) => t.id)).toEqual([topic.id]);
  ok((await s.gql(AttendanceRecord, { input: { meetingId: m.id, membershipId: people[0]!.membershipId } }, admin)).data?.councilAttendanceRecord);
  ok((await s.gql(MeetingAttend, { input: { meetingId: m.id } }, people[1]!.auth)).data?.councilMeetingAttend);
  expect((await s.gql(MeetingAttend, { input: { meetingId: m.id } }, people[1]!.auth)).data!.councilMeetingAttend.userErrors[0]!.code).toBe('ALREADY_EXISTS');
  // A vote is held at a meeting of the topic's own body only; a refused one leaves the topic as it was.
  const gridMeeting = ok(
    (await s.gql(MeetingSchedule, { input: { bodyId: grid.id, title: '网格例会', kind: 'SCHEDULED' } }, admin)).data?.councilMeetingSchedule,
  ).meeting!;
  expect((await s.gql(VoteOpen, { input: { topicId: topic.id, meetingId: gridMeeting.id } }, admin)).data!.councilVoteOpen.userErrors).toEqual([
    expect.objectContaining({ code: 'COUNCIL_OTHER_BODY', field: ['input', 'meetingId'] }),
  ]);
  expect((await s.gql(TopicGet, { id: topic.id }, admin)).data!.councilTopic).toMatchObject({ status: 'DISCUSSING' });
  const vote = ok((await s.gql(VoteOpen, { input: { topicId: topic.id, meetingId: m.id } }, admin)).data?.councilVoteOpen).vote!;
  expect(vote).toMatchObject({ eligible: 5, quorumPercent: 50, threshold: 'simple', votingUnit: 'member' });
  for (const [i, p] of people.entries()) ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: i < 3 ? 0 : 1 } }, p.auth)).data?.councilVoteCast);
  const closed = ok((await s.gql(VoteClose, { input: { id: vote.id } }, admin)).data?.councilVoteClose).vote!;
  expect(closed).toMatchObject({
    passed: true,
    ballotCount: 5,
    tally: [
      { option: '赞成', count: 3 },
      { option: '反对', count: 2 },
      { option: '弃权', count: 0 },
    ],
  });
  const done = ok(
    (await s.gql(MeetingClose, { input: { id: m.id, minutes: '审议加装电梯，表决通过', report: '议定 1 项' } }, admin)).data?.councilMeetingClose,
  ).meeting!;
  expect(done.attendance.map((a) => [a.channel, a.isMember])).toEqual([
    ['IN_PERSON', true],
    ['ONLINE', true],
  ]);
  expect(done.decisions).toEqual([{ id: vote.id, passed: true, topic: { id: topic.id } }]);

  const task = ok(
    (await s.gql(TaskAdd, { input: { topicId: topic.id, title: '电梯招标', ownerMembershipId: people[0]!.membershipId, dueOn: '2099-01-31' } }, admin)).data
      ?.councilTaskAdd,
  ).task!;
  ok((await s.gql(TaskDone, { input: { id: task.id } }, admin)).data?.councilTaskDone);
  ok((await s.gql(TopicComplete, { input: { id: topic.id } }, admin)).data?.councilTopicComplete);
  ok((await s.gql(TopicEvaluate, { input: { topicId: topic.id, rating: 5, comment: '满意' } }, people[3]!.auth)).data?.councilTopicEvaluate);
  ok((await s.gql(TopicCloseEvaluation, { input: { id: topic.id } }, admin)).data?.councilTopicCloseEvaluation);

  const t = (await s.gql(TopicGet, { id: topic.id }, admin)).data!.councilTopic!;
  expect(t.history.map((h) => h.action)).toEqual(['raise', 'accept', 'escalate', 'accept', 'openVote', 'passed', 'complete', 'closeEvaluation']);
  expect(t).toMatchObject({ status: 'CLOSED', step: null, body: { levelKey: 'community' }, comments: { totalCount: 1 }, evaluation: { count: 1, average: 5 } });

  // Events for other modules: the decision carries the fund request; attendance is an event.
  const ev = (await s.gql(Changes, { types: ['council.TopicDecided', 'council.MeetingAttended', 'council.VoteCast'] }, admin)).data!.changes.events;
  expect(ev.filter((e) => e.type === 'council.TopicDecided').map((e) => e.data)).toEqual([
    { topicId: expect.any(String), bodyId: expect.any(String), passed: true, fundRequest: { amountFen: 12_000_000, purpose: '小区加装电梯' } },
  ]);
  expect(ev.filter((e) => e.type === 'council.MeetingAttended')).toHaveLength(2);
  expect(ev.filter((e) => e.type === 'council.VoteCast')[0]!.data).toMatchObject({
    voteId: expect.any(String),
    accountId: expect.any(String),
    householdId: expect.any(String),
  });

  const year = new Date().getUTCFullYear();
  const stats = (await s.gql(Stats, { from: `${year - 1}-01-01T00:00:00Z`, to: `${year + 1}-01-01T00:00:00Z` }, admin)).data!.councilStatistics;
  expect(stats).toMatchObject({ meetingsHeld: 1, topicsRaised: 1, topicsDecided: 1, topicsDone: 1 });
  expect(stats.participationPercent).toBe(100); // each of the 5 households voted
  expect(stats.levels.find((l) => l.levelKey === 'community')).toMatchObject({ meetingsHeld: 1, topicsDecided: 1 });
});

test('Changzhou (4 levels): 掌上议事群 online discussion open to all, no vote there; escalated up three levels; two-thirds at 居民议事会', async () => {
  const { admin, households, people } = await presetCommunity(s, 'changzhou-135', 'CZ', 4);
  const levels = (await s.gql(CouncilLevels, {}, admin)).data!.councilLevels;
  expect(levels.map((l) => l.name)).toEqual(['居民议事会', '邻里议事亭', '网格议事点', '掌上议事群']);
  const community = await body(s, admin, '居民议事会', 'community');
  const pavilion = await body(s, admin, '邻里议事亭', 'pavilion', community.id);
  const grid = await body(s, admin, '网格议事点', 'grid', pavilion.id);
  const online = await body(s, admin, '掌上议事群', 'online', grid.id);
  expect(online.rules).toMatchObject({ steps: ['raise', 'discuss'], onlineDiscussionOpen: true });
  for (const [i, p] of people.slice(0, 3).entries()) await seat(s, admin, community.id, p.membershipId, households[i]!);

  const topic = await raise(people[3]!.auth, online.id, '楼道堆物整治');
  await screen(admin, topic.id);
  // Not a member of the online group, yet may speak: the group is open to all residents.
  ok((await s.gql(CommentPost, { input: { topicId: topic.id, text: '建议统一清理' } }, people[3]!.auth)).data?.councilCommentPost);
  expect((await s.gql(VoteOpen, { input: { topicId: topic.id } }, admin)).data!.councilVoteOpen.userErrors[0]!.code).toBe('STEP_DISABLED');
  for (const level of ['grid', 'pavilion', 'community']) {
    expect((await escalate(admin, topic.id)).body!.levelKey).toBe(level);
    if (level !== 'community') await screen(admin, topic.id);
  }
  expect((await s.gql(TopicEscalate, { input: { id: topic.id } }, admin)).data!.councilTopicEscalate.userErrors[0]!.code).toBe('COUNCIL_TOP_LEVEL');
  await screen(admin, topic.id);
  // At 居民议事会 only members speak.
  expect((await s.gql(CommentPost, { input: { topicId: topic.id, text: '再说一句' } }, people[3]!.auth)).data!.councilCommentPost.userErrors[0]!.code).toBe(
    'COUNCIL_NOT_MEMBER',
  );

  // Two-thirds: 2 of 3 for passes (2·3 ≥ 2·3).
  await decideAndFinish(admin, topic.id, people.slice(0, 3), 2);
  const t = (await s.gql(TopicGet, { id: topic.id }, admin)).data!.councilTopic!;
  expect(t.history.filter((h) => h.action === 'escalate')).toHaveLength(3);
  expect(t.comments.totalCount).toBe(1);
  expect(t.evaluation).toEqual({ count: 3, average: 4.33, satisfiedPercent: 66.7 });
});

test('Baoji 五民 at 社区/小区/楼栋: 楼栋 topic escalated to 小区, decided, carried out and evaluated; a body without 民决 concludes by agreement', async () => {
  const { admin, households, people } = await presetCommunity(s, 'baoji', 'BJ', 4);
  const community = await body(s, admin, '社区议事会', 'community');
  const estate = await body(s, admin, '幸福小区微协商', 'estate', community.id);
  const building = await body(s, admin, '3 栋微协商', 'building', estate.id);
  expect(building.rules).toMatchObject({ votingUnit: 'household', quorumPercent: 60, steps: ['raise', 'discuss', 'decide', 'carryOut', 'evaluate'] });
  for (const [i, p] of people.entries()) {
    await seat(s, admin, building.id, p.membershipId, households[i]!);
    await seat(s, admin, estate.id, p.membershipId, households[i]!);
  }
  const topic = await raise(people[0]!.auth, building.id, '楼顶防水维修');
  await screen(admin, topic.id);
  await escalate(admin, topic.id);
  await screen(admin, topic.id);
  await decideAndFinish(admin, topic.id, people, 3);
  const t = (await s.gql(TopicGet, { id: topic.id }, admin)).data!.councilTopic!;
  expect(t.history.map((h) => `${h.fromStatus ?? '-'}→${h.toStatus}`)).toEqual([
    '-→RAISED',
    'RAISED→DISCUSSING',
    'DISCUSSING→RAISED',
    'RAISED→DISCUSSING',
    'DISCUSSING→VOTING',
    'VOTING→CARRYING_OUT',
    'CARRYING_OUT→EVALUATING',
    'EVALUATING→CLOSED',
  ]);

  // A screened-out topic stops with its reason; a topic whose body skips 民决 is resolved by agreement.
  const out = await raise(people[1]!.auth, building.id, '重复的议题');
  const rej = (await s.gql(TopicScreen, { input: { id: out.id, accept: false, reason: '与已有议题重复' } }, admin)).data!.councilTopicScreen;
  expect(rej.topic).toMatchObject({ status: 'REJECTED', rejectReason: '与已有议题重复' });
  ok(
    (
      await s.gql(
        graphql(`
          mutation CouncilBaojiConfigure($input: CommunityModuleConfigureInput!) {
            communityModuleConfigure(input: $input) {
              userErrors {
                code
                message
              }
            }
          }
        `),
        {
          input: {
            moduleKey: 'council',
            settings: {
              levels: [
                { key: 'community', name: '社区议事会' },
                { key: 'estate', name: '小区微协商', rules: { steps: ['raise', 'discuss', 'carryOut', 'evaluate'] } },
                { key: 'building', name: '楼栋微协商' },
              ],
            },
          },
        },
        admin,
      )
    ).data?.communityModuleConfigure,
  );
  const agreed = await raise(people[2]!.auth, estate.id, '绿化认养');
  await screen(admin, agreed.id);
  expect((await s.gql(VoteOpen, { input: { topicId: agreed.id } }, admin)).data!.councilVoteOpen.userErrors[0]!.code).toBe('STEP_DISABLED');
  expect(ok((await s.gql(TopicResolve, { input: { id: agreed.id, note: '会上协商一致' } }, admin)).data?.councilTopicResolve).topic!.status).toBe(
    'CARRYING_OUT',
  );
});

test('documents: 居民公约 and 议事规则 are versioned; a new version never edits the old one (the database refuses updates)', async () => {
  const { admin } = await presetCommunity(s, 'baoji', 'DOC', 0);
  const b = await body(s, admin, '社区议事会', 'community');
  const publish = (kind: 'CONVENTION' | 'RULES', title: string) =>
    s.gql(DocumentPublish, { input: { bodyId: b.id, kind, title, text: `${title} 全文` } }, admin);
  expect(ok((await publish('CONVENTION', '居民公约')).data?.councilDocumentPublish).document).toMatchObject({ version: 1, kind: 'CONVENTION' });
  expect(ok((await publish('RULES', '议事规则')).data?.councilDocumentPublish).document!.version).toBe(1);
  expect(ok((await publish('CONVENTION', '居民公约（修订）')).data?.councilDocumentPublish).document!.version).toBe(2);
  const current = (await s.gql(BodyDocs, { id: b.id }, admin)).data!.councilBody!;
  expect(current.documents.map((d) => [d.kind, d.version])).toEqual([
    ['CONVENTION', 2],
    ['RULES', 1],
  ]);
  expect(current.nextMeetingDue).toBeTruthy(); // quarterly at community level
  const all = (await s.gql(BodyDocs, { id: b.id, all: true }, admin)).data!.councilBody!.documents;
  expect(all.map((d) => d.title)).toEqual(['居民公约（修订）', '居民公约', '议事规则']);
  const db = await pg(s.databaseUrl);
  try {
    await expect(db.query(`update council_document set text = 'x'`)).rejects.toThrow(/append-only/);
  } finally {
    await db.end();
  }
});

test("a body's screen (subscription) shows topic status changes and live vote tallies", async () => {
  const { admin, households, people } = await presetCommunity(s, 'fengqing-114', 'SCR', 2);
  const b = await body(s, admin, '社区议事会', 'community');
  for (const [i, p] of people.entries()) await seat(s, admin, b.id, p.membershipId, households[i]!);
  const sub = collect(s.ws(admin.token), BOARD, { bodyId: b.id });
  // Subscribing registers asynchronously: raise topics until the screen shows the first one.
  let topicId = '';
  for (let i = 0; i < 20 && sub.events.length === 0; i++) {
    topicId = (await raise(people[0]!.auth, b.id, `大屏议题 ${i}`)).id;
    await sub.waitFor(1, 300);
  }
  const start = sub.events.length;
  await screen(admin, topicId);
  const vote = ok((await s.gql(VoteOpen, { input: { topicId } }, admin)).data?.councilVoteOpen).vote!;
  ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: 0 } }, people[0]!.auth)).data?.councilVoteCast);
  const events = (await sub.waitFor(start + 4, 5000)).slice(start);
  sub.stop();
  expect(events.map((e) => (e.data as any).councilBoard.type)).toEqual([
    'council.TopicStatusChanged',
    'council.TopicStatusChanged',
    'council.VoteOpened',
    'council.VoteCast',
  ]);
  const last = (events[3]!.data as any).councilBoard;
  expect(last.vote.tally[0]).toEqual({ option: '赞成', count: 1 });
  expect(last.topic.status).toBe('VOTING');
});

test('a dispatch 期望单 (event dispatch.RequestCreated of kind expectation) becomes a topic of the top-level body, once', async () => {
  const { admin, communityId: globalId } = await presetCommunity(s, 'fengqing-114', 'EXP', 0);
  const communityId = Buffer.from(globalId, 'base64url').toString().split(':')[2];
  const top = await body(s, admin, '社区议事会', 'community');
  const db = await pg(s.databaseUrl);
  const requestId = '01900000-0000-7000-8000-000000000001';
  const Topics = graphql(`
    query CouncilDispatchTopics($bodyId: ID) {
      councilTopics(bodyId: $bodyId) {
        nodes {
          title
          status
          source
        }
      }
    }
  `);
  try {
    for (const kind of ['expectation', 'routine']) {
      await db.query(
        `insert into outbox_event (created_at, type, community_id, subject_type, subject_id, data) values (now(), 'dispatch.RequestCreated', $1, 'ServiceRequest', $2, $3)`,
        [
          communityId,
          kind === 'routine' ? '01900000-0000-7000-8000-000000000002' : requestId,
          JSON.stringify({ requestId: kind === 'routine' ? '01900000-0000-7000-8000-000000000002' : requestId, kind }),
        ],
      );
    }
    let nodes: { source: string; status: string }[] = [];
    for (let i = 0; i < 50 && nodes.length === 0; i++) {
      await raise(admin, top.id, `触发 ${i}`); // any commit kicks the relay and the handlers
      await new Promise((r) => setTimeout(r, 100));
      nodes = (await s.gql(Topics, { bodyId: top.id }, admin)).data!.councilTopics.nodes.filter((t) => t.source === 'DISPATCH');
    }
    expect(nodes).toEqual([{ title: '期望单转入议题', status: 'RAISED', source: 'DISPATCH' }]);
  } finally {
    await db.end();
  }
});
