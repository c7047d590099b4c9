// Panzhou Jinqiu (盘州金秋 · 五社联动): 居民点单—社区派单—党员接单—服务对象评单. A resident's
// 心愿单 from the wish wall is routed by “3+2” to reporting party members (领办) with a social
// worker assisting (协办); one party member claims it (the other is too late), resolves it, the
// resident rates it; the rating credits points to the party member's *household* (按户积分), which
// the spouse spends in the points supermarket. The community's live board shows every step and
// its outcomes (治理成效) count the wish, the satisfaction and the points.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { articleMechanisms, board, ok, scenario, type Person, type Scenario } from './helpers';

const SocialWorker = graphql(`
  mutation AccPanzhouSocialWorker($input: SocialWorkerCreateInput!) {
    socialWorkerCreate(input: $input) {
      socialWorker {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Create = graphql(`
  mutation AccPanzhouCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
        status
        kind
        channel
        household {
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
const Dispatch = graphql(`
  mutation AccPanzhouDispatch($input: ServiceRequestDispatchInput!) {
    serviceRequestDispatch(input: $input) {
      serviceRequest {
        status
        route
        assistantIds
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Claim = graphql(`
  mutation AccPanzhouClaim($input: ServiceRequestIdInput!) {
    serviceRequestClaim(input: $input) {
      serviceRequest {
        status
        takerName
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Resolve = graphql(`
  mutation AccPanzhouResolve($input: ServiceRequestResolveInput!) {
    serviceRequestResolve(input: $input) {
      serviceRequest {
        status
        result
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Rate = graphql(`
  mutation AccPanzhouRate($input: ServiceRequestRateInput!) {
    serviceRequestRate(input: $input) {
      serviceRequest {
        status
        rating
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Mine = graphql(`
  query AccPanzhouMine($id: ID!) {
    serviceRequest(id: $id) {
      status
      takerName
      result
      rating
      log {
        action
        toStatus
        actorRole
      }
    }
  }
`);
const MyPoints = graphql(`
  query AccPanzhouMyPoints {
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
  mutation AccPanzhouItem($input: PointsItemCreateInput!) {
    pointsItemCreate(input: $input) {
      item {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Redeem = graphql(`
  mutation AccPanzhouRedeem($input: PointsRedeemInput!) {
    pointsRedeem(input: $input) {
      redemption {
        id
        points
        code
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Items = graphql(`
  query AccPanzhouItems {
    pointsItems(first: 10) {
      nodes {
        name
        stock
      }
    }
  }
`);
const Outcomes = graphql(`
  query AccPanzhouOutcomes($from: DateTimeISO!, $to: DateTimeISO!) {
    outcomes(from: $from, to: $to) {
      items {
        key
        module
        value
      }
    }
  }
`);
const BOARD = `subscription AccPanzhouBoard { dispatchBoard(after: "0") { type requestId request { status takerName } } }`;

let s: TestServer;
let c: Scenario;
let staff: Person, requester: Person, partyA: Person, partyB: Person, spouse: Person, volunteer: Person;
let takerHome: string;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  c = await scenario(s, 'panzhou-jinqiu', '金秋社区', 'pz');
  staff = await c.person('staff', '社区工作者 龙梅', ['COMMUNITY_STAFF']);
  requester = await c.person('resident', '居民 杨奶奶', ['RESIDENT']);
  partyA = await c.person('partyA', '报到党员 陈刚', ['PARTY_MEMBER']);
  partyB = await c.person('partyB', '报到党员 罗敏', ['PARTY_MEMBER']);
  spouse = await c.person('spouse', '居民 吴芳', ['RESIDENT']);
  volunteer = await c.person('volunteer', '志愿者 田野', ['VOLUNTEER', 'RESIDENT']);
  await c.livesIn(requester, await c.household('JQ-3-0502', '金秋安置小区 3 栋 5 单元 502'));
  takerHome = await c.household('JQ-7-0101', '金秋安置小区 7 栋 1 单元 101');
  await c.livesIn(partyA, takerHome);
  await c.livesIn(spouse, takerHome, '配偶');
});
afterAll(() => s?.stop());

test('a 心愿单 routed by 3+2 to party members: claimed, resolved, rated; points to the taker’s household, spent at the supermarket; on the live board', async () => {
  const settings = await c.settings('dispatch');
  expect(settings).toMatchObject({ dispatcher: 'community', routeModel: '3+2' });
  expect(settings.kinds.map((k: any) => [k.name, k.route])).toEqual([
    ['常规单', 'PARTY_ORGANIZATION'],
    ['心愿单', 'PARTY_MEMBERS'],
    ['期望单', 'COBUILD_UNITS'],
  ]);
  expect((await c.settings('points')).accountScope).toBe('household');
  const live = board(s, staff.auth, BOARD, {});

  // 居民点单 on the wish wall.
  const wish = ok(
    (
      await s.gql(
        Create,
        { input: { kind: 'wish', category: 'care', title: '想要一台助行器', description: '老伴腿脚不便，希望有台助行器方便下楼', channel: 'WISH_WALL' } },
        requester.auth,
      )
    ).data?.serviceRequestCreate,
  ).serviceRequest!;
  expect(wish).toMatchObject({ status: 'SUBMITTED', kind: 'wish', channel: 'WISH_WALL', household: { id: expect.any(String) } });
  await live.waitFor((e: any) => e.dispatchBoard.requestId === wish.id);

  // 社区派单: the route follows the kind (心愿单 → 报到党员领办), a social worker assists (协办).
  const sw = ok((await s.gql(SocialWorker, { input: { name: '社工 潘婷', kind: 'STATIONED' } }, c.admin)).data?.socialWorkerCreate).socialWorker!.id;
  const d = ok((await s.gql(Dispatch, { input: { id: wish.id, mode: 'POOL', assistants: [sw] } }, staff.auth)).data?.serviceRequestDispatch).serviceRequest!;
  expect(d).toMatchObject({ status: 'OPEN', route: 'PARTY_MEMBERS', assistantIds: [sw] });
  await live.waitFor((e: any) => e.dispatchBoard.requestId === wish.id && e.dispatchBoard.request?.status === 'OPEN');

  // 党员接单: a volunteer is not on this route; of two party members the first wins.
  const notOnRoute = await s.gql(Claim, { input: { id: wish.id } }, volunteer.auth);
  expect(notOnRoute.data?.serviceRequestClaim.userErrors[0]?.code ?? notOnRoute.errors?.[0]?.extensions?.code).toBe('NOT_FOUND'); // not in their pool: it does not even exist for them
  expect(ok((await s.gql(Claim, { input: { id: wish.id } }, partyA.auth)).data?.serviceRequestClaim).serviceRequest).toMatchObject({
    status: 'IN_PROGRESS',
    takerName: '报到党员 陈刚',
  });
  expect((await s.gql(Claim, { input: { id: wish.id } }, partyB.auth)).data!.serviceRequestClaim.userErrors[0]!.code).toBe('ALREADY_TAKEN');
  await live.waitFor((e: any) => e.dispatchBoard.requestId === wish.id && e.dispatchBoard.request?.takerName === '报到党员 陈刚');

  ok((await s.gql(Resolve, { input: { id: wish.id, result: '联系残联借到助行器并送货上门', minutesSpent: 90 } }, partyA.auth)).data?.serviceRequestResolve);
  // 服务对象评单.
  expect(
    ok((await s.gql(Rate, { input: { id: wish.id, rating: 5, comment: '党员同志想得周到' } }, requester.auth)).data?.serviceRequestRate).serviceRequest,
  ).toMatchObject({ status: 'CLOSED', rating: 5 });
  await live.waitFor((e: any) => e.dispatchBoard.requestId === wish.id && e.dispatchBoard.request?.status === 'CLOSED');
  live.stop();
  const seen = (await s.gql(Mine, { id: wish.id }, requester.auth)).data!.serviceRequest!;
  expect(seen).toMatchObject({ status: 'CLOSED', takerName: '报到党员 陈刚', rating: 5 });
  expect(seen.log.map((l) => l.action)).toEqual(['create', 'open', 'claim', 'resolve', 'rate']);

  // 积分超市: the rating credits 5 points to 陈刚's household; his wife sees them and spends them.
  let account: any;
  for (let i = 0; i < 100 && account?.balance !== 5; i++) {
    account = (await s.gql(MyPoints, {}, spouse.auth)).data!.pointsMyAccount;
    if (account?.balance !== 5) await new Promise((r) => setTimeout(r, 100));
  }
  expect(account).toMatchObject({
    kind: 'HOUSEHOLD',
    balance: 5,
    entries: { nodes: [{ amount: 5, transaction: { kind: 'EARN', ruleKey: 'dispatchRated' } }] },
  });
  expect((await s.gql(MyPoints, {}, partyA.auth)).data!.pointsMyAccount).toMatchObject({ kind: 'HOUSEHOLD', balance: 5, householdId: account.householdId });
  expect((await s.gql(MyPoints, {}, requester.auth)).data!.pointsMyAccount?.balance ?? 0).toBe(0);

  const item = ok((await s.gql(ItemCreate, { input: { name: '洗洁精', pricePoints: 5, stock: 10 } }, staff.auth)).data?.pointsItemCreate).item!;
  const redeemed = ok((await s.gql(Redeem, { input: { itemId: item.id, idempotencyKey: 'panzhou-spouse-0001' } }, spouse.auth)).data?.pointsRedeem).redemption!;
  expect(redeemed).toMatchObject({ points: 5, code: expect.any(String) });
  expect((await s.gql(MyPoints, {}, partyA.auth)).data!.pointsMyAccount!.balance).toBe(0);
  expect((await s.gql(Items, {}, staff.auth)).data!.pointsItems.nodes).toEqual([{ name: '洗洁精', stock: 9 }]);

  // 治理成效: the community's outcomes of the period count the wish, its satisfaction and the points.
  const now = Date.now();
  const out = (await s.gql(Outcomes, { from: new Date(now - 86_400_000).toISOString(), to: new Date(now + 86_400_000).toISOString() }, c.admin)).data!.outcomes
    .items;
  const fig = Object.fromEntries(out.map((x) => [x.key, x.value]));
  expect(fig).toMatchObject({
    'dispatch.received': 1,
    'dispatch.handled': 1,
    'dispatch.resolutionRate': 100,
    'dispatch.satisfactionRate': 100,
    'points.issued': 5,
    'points.redeemed': 5,
  });
  // Every module the preset enables contributes (the whole article: council, fund, party … too).
  expect(new Set(out.map((x) => x.module))).toEqual(
    new Set(['core', 'dispatch', 'grid', 'council', 'fund', 'points', 'volunteer', 'party', 'resources', 'stations']),
  );
});

test('the rest of the article is on: 居民议事会 with 群众评议, 需求调查 and 服务项目, the fund for the ¥250,000 of charity resources, 双报到, the 党群服务中心 and 2 + 3 volunteer teams', async () => {
  const resident = await c.person('article', '居民 王桂兰', ['RESIDENT']);
  const on = await articleMechanisms(c, resident.auth, {
    council: { levels: [{ key: 'community', name: '居民议事会' }], topicsFromExpectations: true },
    resources: { fromDispatch: { kinds: ['expectation'] }, fromCouncil: { enabled: true } },
    fund: {
      purposes: expect.arrayContaining([
        { key: 'ELDERLY_CHILD', name: '一老一小关爱' },
        { key: 'SPECIAL_GROUPS', name: '特殊群体帮扶' },
      ]),
    },
    party: { recordDispatchService: true },
    stations: { kinds: expect.arrayContaining([expect.objectContaining({ key: 'partyCenter', name: '党群服务中心' })]) },
    volunteer: {},
    points: { accountScope: 'household' },
    dispatch: { routeModel: '3+2' },
  });
  expect(on.council.councilLevels.map((l: any) => l.name)).toEqual(['居民议事会']);
  expect(on.volunteer.volunteerTeams.map((t: any) => t.name)).toEqual(['党员志愿队', '青年志愿队', '巾帼志愿队', '社区志愿服务一队', '社区志愿服务二队']);
  expect(on.stations.stationCatalog.kinds.map((k: any) => k.name)).toEqual(['便民服务站', '党群服务中心', '社区卫生室']);
  expect(on.dispatch.dispatchCatalog.channels.map((ch: any) => ch.channel)).toEqual(expect.arrayContaining(['WISH_WALL', 'APP', 'MINI_PROGRAM']));
});
