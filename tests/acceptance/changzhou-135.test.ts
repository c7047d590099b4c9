// Changzhou (常州 “135”): a topic from the online 掌上议事群 up the four-level deliberation circle
// (网格议事点 → 邻里议事亭 → 居民议事会) and decided by two thirds; and “益起来” volunteer points
// kept per person: the council votes and a volunteer's confirmed hours earn points on each
// person's own account (not the household's), which they spend in the points supermarket.
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { articleMechanisms, ok, scenario, type Person, type Scenario } from './helpers';

const Levels = graphql(`
  query AccChangzhouLevels {
    councilLevels {
      key
      name
      rules {
        threshold
        steps
        onlineDiscussionOpen
      }
    }
  }
`);
const BodyCreate = graphql(`
  mutation AccChangzhouBodyCreate($input: CouncilBodyCreateInput!) {
    councilBodyCreate(input: $input) {
      body {
        id
        levelKey
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Raise = graphql(`
  mutation AccChangzhouRaise($input: CouncilTopicRaiseInput!) {
    councilTopicRaise(input: $input) {
      topic {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Screen = graphql(`
  mutation AccChangzhouScreen($input: CouncilTopicScreenInput!) {
    councilTopicScreen(input: $input) {
      topic {
        id
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Comment = graphql(`
  mutation AccChangzhouComment($input: CouncilCommentPostInput!) {
    councilCommentPost(input: $input) {
      comment {
        authorName
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const PostId = graphql(`
  mutation AccChangzhouPost($input: CouncilCommentPostInput!) {
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
const Hide = graphql(`
  mutation AccChangzhouHide($input: CouncilCommentModerateInput!) {
    councilCommentHide(input: $input) {
      comment {
        hiddenReason
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const TopicComments = graphql(`
  query AccChangzhouComments($id: ID!) {
    councilTopic(id: $id) {
      comments {
        totalCount
      }
    }
  }
`);
const AuditQ = graphql(`
  query AccChangzhouAudit($subject: ID) {
    auditLog(subject: $subject) {
      entries {
        type
        actorName
      }
    }
  }
`);
const Escalate = graphql(`
  mutation AccChangzhouEscalate($input: CouncilTopicEscalateInput!) {
    councilTopicEscalate(input: $input) {
      topic {
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
const VoteOpen = graphql(`
  mutation AccChangzhouVoteOpen($input: CouncilVoteOpenInput!) {
    councilVoteOpen(input: $input) {
      vote {
        id
        threshold
        eligible
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VoteCast = graphql(`
  mutation AccChangzhouVoteCast($input: CouncilVoteCastInput!) {
    councilVoteCast(input: $input) {
      vote {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VoteClose = graphql(`
  mutation AccChangzhouVoteClose($input: CouncilVoteCloseInput!) {
    councilVoteClose(input: $input) {
      vote {
        passed
        tally {
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
const Topic = graphql(`
  query AccChangzhouTopic($id: ID!) {
    councilTopic(id: $id) {
      status
      body {
        levelKey
      }
      history {
        action
      }
      comments {
        totalCount
      }
    }
  }
`);

const Join = graphql(`
  mutation AccChangzhouJoin($input: VolunteerMemberJoinInput!) {
    volunteerMemberJoin(input: $input) {
      member {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Activity = graphql(`
  mutation AccChangzhouActivity($input: VolunteerActivityCreateInput!) {
    volunteerActivityCreate(input: $input) {
      activity {
        id
        shifts {
          id
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const SignUp = graphql(`
  mutation AccChangzhouSignUp($input: VolunteerSignUpInput!) {
    volunteerSignUp(input: $input) {
      signup {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const CheckIn = graphql(`
  mutation AccChangzhouCheckIn($input: VolunteerSignupActInput!) {
    volunteerSignupCheckIn(input: $input) {
      signup {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const CheckOut = graphql(`
  mutation AccChangzhouCheckOut($input: VolunteerSignupActInput!) {
    volunteerSignupCheckOut(input: $input) {
      signup {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Pending = graphql(`
  query AccChangzhouPending {
    volunteerHours(status: PENDING) {
      nodes {
        id
        minutes
      }
    }
  }
`);
const Confirm = graphql(`
  mutation AccChangzhouConfirm($input: VolunteerHoursConfirmInput!) {
    volunteerHoursConfirm(input: $input) {
      record {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const MyPoints = graphql(`
  query AccChangzhouMyPoints {
    pointsMyAccount {
      kind
      balance
      householdId
      entries(first: 10) {
        nodes {
          amount
          transaction {
            kind
            ruleKey
          }
        }
      }
    }
  }
`);
const ItemCreate = graphql(`
  mutation AccChangzhouItem($input: PointsItemCreateInput!) {
    pointsItemCreate(input: $input) {
      item {
        id
        stock
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Redeem = graphql(`
  mutation AccChangzhouRedeem($input: PointsRedeemInput!) {
    pointsRedeem(input: $input) {
      redemption {
        id
        points
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Items = graphql(`
  query AccChangzhouItems {
    pointsItems(first: 10) {
      nodes {
        name
        stock
      }
    }
  }
`);

let s: TestServer;
let c: Scenario;
let members: Person[];
let staff: Person;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  c = await scenario(s, 'changzhou-135', '雕庄社区', 'cz');
  staff = await c.person('staff', '社区工作者 钱敏', ['COMMUNITY_STAFF']);
  members = [];
  for (const [i, name] of ['顾国华', '钱玉兰', '蒋文博', '沈淑华', '陆德明', '华子涵'].entries())
    members.push(await c.person(`m${i}`, name, ['RESIDENT', 'VOLUNTEER']));
});
afterAll(() => s?.stop());

/** Polls a person's 益起来 account until `pred` holds (points arrive through events, after commit). */
async function pointsOf(p: Person, pred: (a: any) => boolean) {
  for (let i = 0; i < 100; i++) {
    const a = (await s.gql(MyPoints, {}, p.auth)).data?.pointsMyAccount;
    if (a && pred(a)) return a;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`points of ${p.login} never matched`);
}

test('a topic from the 掌上议事群 climbs the four levels and the 居民议事会 decides it by two thirds; each voter earns points on their own account', async () => {
  const levels = (await s.gql(Levels, {}, c.admin)).data!.councilLevels;
  expect(levels.map((l) => l.name)).toEqual(['居民议事会', '邻里议事亭', '网格议事点', '掌上议事群']);
  expect(levels[0]!.rules.threshold).toBe('twoThirds');
  expect(levels[3]!.rules).toMatchObject({ steps: ['raise', 'discuss'], onlineDiscussionOpen: true });
  expect((await c.settings('points')).accountScope).toBe('person');

  const body = async (name: string, levelKey: string, parentId?: string) =>
    ok((await s.gql(BodyCreate, { input: { name, levelKey, parentId } }, c.admin)).data?.councilBodyCreate).body!;
  const council = await body('雕庄社区居民议事会', 'community');
  const pavilion = await body('丽华邻里议事亭', 'pavilion', council.id);
  const grid = await body('第 7 网格议事点', 'grid', pavilion.id);
  const online = await body('第 7 网格掌上议事群', 'online', grid.id);
  for (const p of members) await c.seat(council.id, p);

  // Raised and discussed online by anyone (the group is open), then carried up level by level.
  const neighbour = await c.person('n1', '邻居 吴静', ['RESIDENT']);
  const topic = ok(
    (
      await s.gql(
        Raise,
        { input: { bodyId: online.id, title: '丽华新村增设电动车充电桩', description: '楼道充电隐患大，建议在小区集中建设充电车棚' } },
        neighbour.auth,
      )
    ).data?.councilTopicRaise,
  ).topic!;
  ok((await s.gql(Screen, { input: { id: topic.id, accept: true } }, c.admin)).data?.councilTopicScreen);
  expect(
    ok((await s.gql(Comment, { input: { topicId: topic.id, text: '赞成，楼道充电太危险' } }, members[5]!.auth)).data?.councilCommentPost).comment!.authorName,
  ).toBe('华子涵');
  for (const level of ['grid', 'pavilion', 'community']) {
    expect(ok((await s.gql(Escalate, { input: { id: topic.id, note: '提交上一级议事' } }, c.admin)).data?.councilTopicEscalate).topic!.body!.levelKey).toBe(
      level,
    );
    ok((await s.gql(Screen, { input: { id: topic.id, accept: true } }, c.admin)).data?.councilTopicScreen);
  }

  // 4 of 6 for is exactly two thirds: passed.
  const vote = ok((await s.gql(VoteOpen, { input: { topicId: topic.id } }, c.admin)).data?.councilVoteOpen).vote!;
  expect(vote).toMatchObject({ threshold: 'twoThirds', eligible: 6 });
  for (const [i, p] of members.entries()) ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: i < 4 ? 0 : 1 } }, p.auth)).data?.councilVoteCast);
  const closed = ok((await s.gql(VoteClose, { input: { id: vote.id } }, c.admin)).data?.councilVoteClose).vote!;
  expect(closed).toMatchObject({ passed: true, topic: { status: 'CARRYING_OUT' } });
  const t = (await s.gql(Topic, { id: topic.id }, members[0]!.auth)).data!.councilTopic!;
  expect(t).toMatchObject({ status: 'CARRYING_OUT', body: { levelKey: 'community' }, comments: { totalCount: 1 } });
  expect(t.history.filter((h) => h.action === 'escalate')).toHaveLength(3);

  // 益起来: each voter, for or against, has 2 points on a PERSON account of their own.
  for (const p of members) {
    const a = await pointsOf(p, (x) => x.balance === 2);
    expect(a).toMatchObject({ kind: 'PERSON', householdId: null, entries: { nodes: [{ amount: 2, transaction: { kind: 'EARN', ruleKey: 'councilVote' } }] } });
  }
});

test('“益起来”: confirmed volunteer hours earn points for the volunteer alone, spent in the supermarket', async () => {
  const [gu, qian] = members as [Person, Person];
  for (const p of [gu, qian]) ok((await s.gql(Join, { input: { name: p.name, teams: ['party'], skills: ['助老'] } }, p.auth)).data?.volunteerMemberJoin);
  const at = (min: number) => new Date(Date.now() + min * 60_000).toISOString();
  const a = ok(
    (
      await s.gql(
        Activity,
        {
          input: { title: '全龄友好：助老理发', team: 'party', location: '雕庄社区技能共享站', shifts: [{ startsAt: at(-200), endsAt: at(30), capacity: 4 }] },
        },
        staff.auth,
      )
    ).data?.volunteerActivityCreate,
  ).activity!;
  const signup = ok((await s.gql(SignUp, { input: { shiftId: a.shifts[0]!.id } }, gu.auth)).data?.volunteerSignUp).signup!;
  ok((await s.gql(CheckIn, { input: { id: signup.id, at: at(-180) } }, staff.auth)).data?.volunteerSignupCheckIn);
  ok((await s.gql(CheckOut, { input: { id: signup.id, at: at(0) } }, staff.auth)).data?.volunteerSignupCheckOut);
  const pending = (await s.gql(Pending, {}, staff.auth)).data!.volunteerHours.nodes;
  expect(pending.map((h) => h.minutes)).toEqual([180]);
  ok((await s.gql(Confirm, { input: { id: pending[0]!.id } }, staff.auth)).data?.volunteerHoursConfirm);

  // 3 h × 10 = 30 on 顾国华's own account, on top of the 2 for voting; 钱玉兰 did not serve.
  const gusAccount = await pointsOf(gu, (x) => x.balance === 32);
  expect(gusAccount.entries.nodes.map((e: any) => e.transaction.ruleKey).sort()).toEqual(['councilVote', 'volunteerHours']);
  expect((await pointsOf(qian, () => true)).balance).toBe(2);

  // Spent at the supermarket: points and stock go together.
  const item = ok((await s.gql(ItemCreate, { input: { name: '洗衣液', pricePoints: 30, stock: 5 } }, staff.auth)).data?.pointsItemCreate).item!;
  const admin: GqlOptions = c.admin;
  expect(ok((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: 'changzhou-gu-0001' } }, gu.auth)).data?.pointsRedeem).redemption!.points).toBe(
    30,
  );
  expect((await pointsOf(gu, () => true)).balance).toBe(2);
  const poor = (await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: 'changzhou-qian-0001' } }, qian.auth)).data!.pointsRedeem;
  expect(poor.userErrors[0]!.code).toBe('INSUFFICIENT_POINTS');
  expect((await s.gql(Items, {}, admin)).data!.pointsItems.nodes).toEqual([{ name: '洗衣液', stock: 4 }]);
});

test('掌上议事群 moderation: staff hide an abusive post with a reason; residents no longer see it; the admin reads who did what', async () => {
  const body = ok((await s.gql(BodyCreate, { input: { name: '丽华掌上议事群', levelKey: 'online' } }, c.admin)).data?.councilBodyCreate).body!;
  const topic = ok(
    (await s.gql(Raise, { input: { bodyId: body.id, title: '广场舞音量', description: '晚上九点后音量过大' } }, members[1]!.auth)).data?.councilTopicRaise,
  ).topic!;
  ok((await s.gql(Screen, { input: { id: topic.id, accept: true } }, c.admin)).data?.councilTopicScreen);
  const post = ok(
    (await s.gql(PostId, { input: { topicId: topic.id, text: '某某家天天扰民，大家去骂他' } }, members[2]!.auth)).data?.councilCommentPost,
  ).comment!;
  expect(ok((await s.gql(Hide, { input: { id: post.id, reason: '人身攻击，违反议事规则' } }, staff.auth)).data?.councilCommentHide).comment).toEqual({
    hiddenReason: '人身攻击，违反议事规则',
  });
  expect((await s.gql(TopicComments, { id: topic.id }, members[1]!.auth)).data!.councilTopic!.comments.totalCount).toBe(0);
  expect((await s.gql(TopicComments, { id: topic.id }, staff.auth)).data!.councilTopic!.comments.totalCount).toBe(1);
  const log = (await s.gql(AuditQ, { subject: post.id }, c.admin)).data!.auditLog.entries;
  expect(log.map((e) => [e.type, e.actorName])).toEqual([
    ['council.CommentHidden', '社区工作者 钱敏'],
    ['council.CommentPosted', '蒋文博'],
  ]);
});

test('the rest of the article is on: the 区域化党建联盟圈, 便民服务 and 难题联解 requests, sharing idle goods and skills, a 公益慈善 fund', async () => {
  const resident = await c.person('article', '居民 钱丽华', ['RESIDENT']);
  const on = await articleMechanisms(c, resident.auth, {
    party: { recordDispatchService: true },
    dispatch: { categories: expect.arrayContaining([expect.objectContaining({ key: 'hardCase', name: '难题联解' })]) },
    resources: {
      categories: expect.arrayContaining([
        { key: 'idleGoods', name: '闲置物品共享' },
        { key: 'skills', name: '技能共享' },
      ]),
    },
    fund: { purposes: expect.arrayContaining([{ key: 'CHARITY', name: '公益慈善共同体' }]) },
    volunteer: {},
    points: { accountScope: 'person' },
    stations: {},
    council: {},
  });
  expect(on.volunteer.volunteerTeams[0]).toMatchObject({ key: 'yiqilai' });
  expect(on.stations.stationCatalog.kinds.map((k: any) => k.key)).toEqual(['skills', 'projects', 'resources']);
});
