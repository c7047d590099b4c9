// Baoji (宝鸡 · 五民工作法): a 楼栋 topic goes up through 小区 to the 社区议事会 and is decided there.
// 民事民提 by a resident at the 楼栋 微协商, accepted (民议), escalated twice with its history,
// voted at the community (民决) while the community body's live screen shows it, then carried
// out (民办) and evaluated (民评) by the residents.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { articleMechanisms, board, ok, scenario, type Person, type Scenario } from './helpers';

const Levels = graphql(`
  query AccBaojiLevels {
    councilLevels {
      key
      name
      rules {
        votingUnit
        quorumPercent
        steps
      }
    }
  }
`);
const BodyCreate = graphql(`
  mutation AccBaojiBodyCreate($input: CouncilBodyCreateInput!) {
    councilBodyCreate(input: $input) {
      body {
        id
        levelKey
        level {
          name
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Raise = graphql(`
  mutation AccBaojiRaise($input: CouncilTopicRaiseInput!) {
    councilTopicRaise(input: $input) {
      topic {
        id
        status
        step
        body {
          levelKey
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Screen = graphql(`
  mutation AccBaojiScreen($input: CouncilTopicScreenInput!) {
    councilTopicScreen(input: $input) {
      topic {
        id
        status
        step
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Escalate = graphql(`
  mutation AccBaojiEscalate($input: CouncilTopicEscalateInput!) {
    councilTopicEscalate(input: $input) {
      topic {
        id
        status
        body {
          id
          levelKey
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Comment = graphql(`
  mutation AccBaojiComment($input: CouncilCommentPostInput!) {
    councilCommentPost(input: $input) {
      comment {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VoteOpen = graphql(`
  mutation AccBaojiVoteOpen($input: CouncilVoteOpenInput!) {
    councilVoteOpen(input: $input) {
      vote {
        id
        eligible
        votingUnit
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VoteCast = graphql(`
  mutation AccBaojiVoteCast($input: CouncilVoteCastInput!) {
    councilVoteCast(input: $input) {
      vote {
        id
        myChoice
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VoteClose = graphql(`
  mutation AccBaojiVoteClose($input: CouncilVoteCloseInput!) {
    councilVoteClose(input: $input) {
      vote {
        passed
        quorumMet
        ballotCount
        tally {
          option
          count
        }
        topic {
          status
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const TaskAdd = graphql(`
  mutation AccBaojiTaskAdd($input: CouncilTaskAddInput!) {
    councilTaskAdd(input: $input) {
      task {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const TaskDone = graphql(`
  mutation AccBaojiTaskDone($input: CouncilTaskDoneInput!) {
    councilTaskDone(input: $input) {
      task {
        doneAt
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Complete = graphql(`
  mutation AccBaojiComplete($input: CouncilTopicAdvanceInput!) {
    councilTopicComplete(input: $input) {
      topic {
        status
        step
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Evaluate = graphql(`
  mutation AccBaojiEvaluate($input: CouncilTopicEvaluateInput!) {
    councilTopicEvaluate(input: $input) {
      evaluation {
        rating
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const CloseEval = graphql(`
  mutation AccBaojiCloseEval($input: CouncilTopicAdvanceInput!) {
    councilTopicCloseEvaluation(input: $input) {
      topic {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Topic = graphql(`
  query AccBaojiTopic($id: ID!) {
    councilTopic(id: $id) {
      status
      title
      decidedAt
      body {
        levelKey
      }
      history {
        action
        fromStatus
        toStatus
        note
      }
      evaluation {
        count
        average
        satisfiedPercent
      }
    }
  }
`);
const BOARD = `subscription AccBaojiBoard($bodyId: ID!) { councilBoard(bodyId: $bodyId, after: "0") { type topic { id status } vote { id tally { option count } } } }`;

let s: TestServer;
let c: Scenario;
let residents: Person[];
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  c = await scenario(s, 'baoji', '经二路社区', 'bj');
});
afterAll(() => s?.stop());

test('a 五民 topic raised at 楼栋 level is escalated to the community and decided there', async () => {
  // The preset gives Baoji's three 微协商 levels; 楼栋 votes by household with a 60 % quorum.
  const levels = (await s.gql(Levels, {}, c.admin)).data!.councilLevels;
  expect(levels.map((l) => l.name)).toEqual(['社区议事会', '小区微协商', '楼栋微协商']);
  expect(levels[2]!.rules).toMatchObject({ votingUnit: 'household', quorumPercent: 60, steps: ['raise', 'discuss', 'decide', 'carryOut', 'evaluate'] });
  expect((await c.settings('dispatch')).channels).toContain('CLOUD_LOCKER');

  const body = async (name: string, levelKey: string, parentId?: string) =>
    ok((await s.gql(BodyCreate, { input: { name, levelKey, parentId } }, c.admin)).data?.councilBodyCreate).body!;
  const community = await body('经二路社区议事会', 'community');
  const estate = await body('幸福里小区微协商', 'estate', community.id);
  const building = await body('幸福里 3 栋微协商', 'building', estate.id);
  expect(building.level?.name).toBe('楼栋微协商');

  residents = [];
  const homes: string[] = [];
  for (const [i, name] of ['王秀兰', '李建军', '张桂芳', '刘志强', '陈海燕'].entries()) {
    residents.push(await c.person(`r${i}`, name, ['RESIDENT']));
    homes.push(await c.household(`BJ-3-${i + 1}`, `幸福里小区 3 栋 ${i + 1}01 室`));
  }
  for (const [i, p] of residents.entries()) {
    for (const b of [building, estate, community]) {
      await c.seat(b.id, p, { householdId: homes[i], role: i === 0 ? 'CHAIR' : 'REPRESENTATIVE' });
    }
  }
  // The community body's screen is on before the topic arrives.
  const screen = board(s, c.admin, BOARD, { bodyId: community.id });

  // 民事民提 at the 楼栋; the 楼栋 accepts it for discussion (民事民议).
  const raised = ok(
    (
      await s.gql(
        Raise,
        { input: { bodyId: building.id, title: '3 栋外墙保温层脱落', description: '北侧外墙保温层大片脱落，存在坠落风险，维修需动用维修基金' } },
        residents[1]!.auth,
      )
    ).data?.councilTopicRaise,
  ).topic!;
  expect(raised).toMatchObject({ status: 'RAISED', step: 'raise', body: { levelKey: 'building' } });
  expect(ok((await s.gql(Screen, { input: { id: raised.id, accept: true } }, c.admin)).data?.councilTopicScreen).topic).toMatchObject({
    status: 'DISCUSSING',
    step: 'discuss',
  });
  ok(
    (await s.gql(Comment, { input: { topicId: raised.id, text: '涉及整栋楼和维修基金，楼栋定不了，需要社区协调' } }, residents[2]!.auth)).data
      ?.councilCommentPost,
  );

  // Beyond the 楼栋's reach: up to 小区, then to the community.
  const up1 = ok((await s.gql(Escalate, { input: { id: raised.id, note: '涉及维修基金使用，提交小区微协商' } }, c.admin)).data?.councilTopicEscalate).topic!;
  expect(up1).toMatchObject({ status: 'RAISED', body: { id: estate.id, levelKey: 'estate' } });
  const up2 = ok((await s.gql(Escalate, { input: { id: raised.id, note: '需社区协调住建部门，提交社区议事会' } }, c.admin)).data?.councilTopicEscalate).topic!;
  expect(up2).toMatchObject({ status: 'RAISED', body: { id: community.id, levelKey: 'community' } });
  await screen.waitFor((d: any) => d.councilBoard.topic?.id === raised.id);
  ok((await s.gql(Screen, { input: { id: raised.id, accept: true } }, c.admin)).data?.councilTopicScreen);

  // 民事民决 at the community: 4 of 5 members for; the screen shows the tally and the decision.
  const vote = ok((await s.gql(VoteOpen, { input: { topicId: raised.id } }, c.admin)).data?.councilVoteOpen).vote!;
  expect(vote).toMatchObject({ eligible: 5, votingUnit: 'member' });
  for (const [i, p] of residents.entries()) {
    expect(ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: i < 4 ? 0 : 1 } }, p.auth)).data?.councilVoteCast).vote!.myChoice).toBe(i < 4 ? 0 : 1);
  }
  await screen.waitFor((d: any) => d.councilBoard.vote?.id === vote.id && d.councilBoard.vote.tally[0].count === 4);
  const closed = ok((await s.gql(VoteClose, { input: { id: vote.id } }, c.admin)).data?.councilVoteClose).vote!;
  expect(closed).toMatchObject({ passed: true, quorumMet: true, ballotCount: 5, topic: { status: 'CARRYING_OUT' } });
  expect(closed.tally.slice(0, 2)).toEqual([
    { option: '赞成', count: 4 },
    { option: '反对', count: 1 },
  ]);
  await screen.waitFor((d: any) => d.councilBoard.topic?.id === raised.id && d.councilBoard.topic.status === 'CARRYING_OUT');

  // 民事民办 and 民事民评.
  const task = ok(
    (
      await s.gql(
        TaskAdd,
        { input: { topicId: raised.id, title: '申请维修基金并组织施工', ownerMembershipId: residents[0]!.membershipId, dueOn: '2099-06-30' } },
        c.admin,
      )
    ).data?.councilTaskAdd,
  ).task!;
  ok((await s.gql(TaskDone, { input: { id: task.id } }, c.admin)).data?.councilTaskDone);
  expect(ok((await s.gql(Complete, { input: { id: raised.id } }, c.admin)).data?.councilTopicComplete).topic).toMatchObject({
    status: 'EVALUATING',
    step: 'evaluate',
  });
  for (const [i, p] of residents.slice(0, 3).entries())
    ok((await s.gql(Evaluate, { input: { topicId: raised.id, rating: i === 2 ? 4 : 5 } }, p.auth)).data?.councilTopicEvaluate);
  ok((await s.gql(CloseEval, { input: { id: raised.id } }, c.admin)).data?.councilTopicCloseEvaluation);

  // What a resident sees afterwards: decided at the community, the whole path kept.
  const t = (await s.gql(Topic, { id: raised.id }, residents[3]!.auth)).data!.councilTopic!;
  expect(t).toMatchObject({
    status: 'CLOSED',
    body: { levelKey: 'community' },
    decidedAt: expect.any(String),
    evaluation: { count: 3, satisfiedPercent: 100 },
  });
  expect(t.history.map((h) => h.action)).toEqual(['raise', 'accept', 'escalate', 'escalate', 'accept', 'openVote', 'passed', 'complete', 'closeEvaluation']);
  expect(t.history.filter((h) => h.action === 'escalate').map((h) => h.note)).toEqual([
    '涉及维修基金使用，提交小区微协商',
    '需社区协调住建部门，提交社区议事会',
  ]);
  screen.stop();
});

test('the rest of the article is on: 志愿云 and 党建云, 项目化运作 with the fund (公益创投 subsidies, purchased services, awards)', async () => {
  const resident = await c.person('article', '居民 赵淑珍', ['RESIDENT']);
  const on = await articleMechanisms(c, resident.auth, {
    volunteer: {},
    party: { recordDispatchService: true },
    resources: { categories: expect.arrayContaining([{ key: 'mutualAid', name: '互助服务' }]) },
    fund: {
      purposes: expect.arrayContaining([
        { key: 'VENTURE', name: '公益创投项目补贴' },
        { key: 'PURCHASE', name: '政府购买服务' },
        { key: 'AWARD', name: '项目奖励' },
      ]),
    },
    dispatch: { channels: expect.arrayContaining(['CLOUD_LOCKER']) },
    council: {},
  });
  expect(on.volunteer.volunteerTeams.length).toBeGreaterThanOrEqual(2);
  expect(on.fund.funds.totalCount).toBe(0);
});
