// Fengqing (凤庆 “114”): the quarterly community council decides a micro-project paid from the
// community fund (a business donates with a receipt; above ¥5,000 a disbursement needs three
// committee approvals and the council's vote, then the custodian pays and the public statement
// shows both); and a hard case goes from the smart platform to the 书记工作室 and is answered.
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { articleMechanisms, board, ok, scenario, type Person, type Scenario } from './helpers';

const Forces = graphql(`
  mutation AccFengqingForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {
    socialOrganizationCreate(input: $o) {
      socialOrganization {
        id
      }
      userErrors {
        code
        message
      }
    }
    charityResourceCreate(input: $c) {
      charityResource {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const FundCreate = graphql(`
  mutation AccFengqingFund($input: FundCreateInput!) {
    fundCreate(input: $input) {
      fund {
        id
        name
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Donate = graphql(`
  mutation AccFengqingDonate($input: FundDonationInput!) {
    fundDonationRecord(input: $input) {
      donation {
        id
        status
        receiptNumber
        donorName
        amountFen
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Request = graphql(`
  mutation AccFengqingRequest($input: FundDisbursementRequestInput!) {
    fundDisbursementRequest(input: $input) {
      disbursement {
        id
        status
        approvalsRequired
        councilRequired
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const Approve = graphql(`
  mutation AccFengqingApprove($input: FundDisbursementApproveInput!) {
    fundDisbursementApprove(input: $input) {
      disbursement {
        status
        approvalsCount
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Pay = graphql(`
  mutation AccFengqingPay($input: FundDisbursementPayInput!) {
    fundDisbursementPay(input: $input) {
      disbursement {
        status
        paymentReference
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Disbursement = graphql(`
  query AccFengqingDisbursement($id: ID!) {
    node(id: $id) {
      ... on FundDisbursement {
        status
        councilDecision
        approvalsCount
        purposeName
      }
    }
  }
`);
const Statement = graphql(`
  query AccFengqingStatement($fundId: ID!, $from: DateTimeISO!, $to: DateTimeISO!) {
    fundStatement(fundId: $fundId, from: $from, to: $to) {
      incomeFen
      spendingFen
      closingBalanceFen
      income {
        donor
        moneyFen
      }
      spending {
        purposeName
        amountFen
      }
    }
  }
`);

const Levels = graphql(`
  query AccFengqingLevels {
    councilLevels {
      key
      name
      rules {
        cadence
      }
    }
  }
`);
const BodyCreate = graphql(`
  mutation AccFengqingBody($input: CouncilBodyCreateInput!) {
    councilBodyCreate(input: $input) {
      body {
        id
        rules {
          cadence
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const BodyDue = graphql(`
  query AccFengqingBodyDue($id: ID!) {
    councilBody(id: $id) {
      nextMeetingDue
    }
  }
`);
const Raise = graphql(`
  mutation AccFengqingRaise($input: CouncilTopicRaiseInput!) {
    councilTopicRaise(input: $input) {
      topic {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Screen = graphql(`
  mutation AccFengqingScreen($input: CouncilTopicScreenInput!) {
    councilTopicScreen(input: $input) {
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
const Schedule = graphql(`
  mutation AccFengqingSchedule($input: CouncilMeetingScheduleInput!) {
    councilMeetingSchedule(input: $input) {
      meeting {
        id
        scheduledAt
        agenda {
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
const Attend = graphql(`
  mutation AccFengqingAttend($input: CouncilMeetingAttendInput!) {
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
const VoteOpen = graphql(`
  mutation AccFengqingVoteOpen($input: CouncilVoteOpenInput!) {
    councilVoteOpen(input: $input) {
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
const VoteCast = graphql(`
  mutation AccFengqingVoteCast($input: CouncilVoteCastInput!) {
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
  mutation AccFengqingVoteClose($input: CouncilVoteCloseInput!) {
    councilVoteClose(input: $input) {
      vote {
        passed
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
const MeetingClose = graphql(`
  mutation AccFengqingMeetingClose($input: CouncilMeetingCloseInput!) {
    councilMeetingClose(input: $input) {
      meeting {
        status
        attendance {
          name
        }
        decisions {
          passed
        }
      }
      userErrors {
        code
        message
      }
    }
  }
`);

const Create = graphql(`
  mutation AccFengqingCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
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
const Dispatch = graphql(`
  mutation AccFengqingDispatch($input: ServiceRequestDispatchInput!) {
    serviceRequestDispatch(input: $input) {
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
const Escalate = graphql(`
  mutation AccFengqingEscalate($input: ServiceRequestEscalateInput!) {
    serviceRequestEscalate(input: $input) {
      serviceRequest {
        status
        escalationTarget
        escalatedTo
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Answer = graphql(`
  mutation AccFengqingAnswer($input: ServiceRequestNoteInput!) {
    serviceRequestEscalationAnswer(input: $input) {
      serviceRequest {
        status
        escalationAnswer
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Rate = graphql(`
  mutation AccFengqingRate($input: ServiceRequestRateInput!) {
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
const Get = graphql(`
  query AccFengqingGet($id: ID!) {
    serviceRequest(id: $id) {
      status
      escalatedTo
      escalationAnswer
      log {
        action
        toStatus
        actorRole
      }
    }
  }
`);
const UnitCreate = graphql(`
  mutation AccFengqingUnit($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      gridUnit {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Place = graphql(`
  mutation AccFengqingPlace($input: GridHouseholdPlaceInput!) {
    gridHouseholdPlace(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const DutyAssign = graphql(`
  mutation AccFengqingDuty($input: GridDutyAssignInput!) {
    gridDutyAssign(input: $input) {
      gridDuty {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const VisitBatch = graphql(`
  mutation AccFengqingVisits($input: GridHouseholdVisitBatchInput!) {
    gridHouseholdVisitBatchSubmit(input: $input) {
      recorded
      replayed
      failed
      results {
        visit {
          dutyRole
          findings {
            id
          }
        }
      }
      userErrors {
        code
      }
    }
  }
`);
const FindingRequest = graphql(`
  query AccFengqingFinding($id: ID!) {
    node(id: $id) {
      ... on GridVisitFinding {
        serviceRequest {
          channel
          status
        }
      }
    }
  }
`);
const VisitCoverage = graphql(`
  query AccFengqingVisitCoverage {
    gridVisitCoverage {
      role
      name
      everyDays
      households
      visited
      workers {
        name
        visited
      }
    }
  }
`);
const BOARD = `subscription AccFengqingBoard { dispatchBoard(after: "0") { type requestId request { status escalationTarget } } }`;

let s: TestServer;
let c: Scenario;
let staff: Person, agent: Person, committee: Person[], reps: Person[];
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  c = await scenario(s, 'fengqing-114', '东城社区', 'fq');
  staff = await c.person('staff', '社区工作者 杨丽', ['COMMUNITY_STAFF']);
  agent = await c.person('agent', '慈善会 李会计', ['SOCIAL_ORG_MEMBER']);
  committee = [
    await c.person('c1', '基金委员 字正华', ['PARTY_MEMBER']),
    await c.person('c2', '基金委员 鲁永芬', ['VOLUNTEER']),
    await c.person('c3', '基金委员 杨建平', ['RESIDENT']),
  ];
  reps = [];
  for (const [i, name] of ['查国文', '罗春梅', '张有福', '段丽萍'].entries()) reps.push(await c.person(`rep${i}`, name, ['RESIDENT']));
});
afterAll(() => s?.stop());

test('a donation with a receipt, and a disbursement the quarterly community council votes for, paid and shown on the statement', async () => {
  const f = (await s.gql(Forces, { o: { name: '凤庆县慈善总会' }, c: { name: '滇红茶业有限公司', kind: 'BUSINESS' } }, c.admin)).data!;
  const fund = ok(
    (
      await s.gql(
        FundCreate,
        {
          input: {
            name: '东城社区基金',
            kind: 'GENERAL',
            custodianId: f.socialOrganizationCreate.socialOrganization!.id,
            committeeMemberIds: committee.map((p) => p.membershipId),
            custodianAgentIds: [agent.membershipId],
          },
        },
        c.admin,
      )
    ).data?.fundCreate,
  ).fund!;
  const donation = ok(
    (
      await s.gql(
        Donate,
        {
          input: {
            fundId: fund.id,
            kind: 'MONEY',
            amountFen: 2_000_000,
            donor: { id: f.charityResourceCreate.charityResource!.id },
            idempotencyKey: 'fengqing-donation-0001',
          },
        },
        agent.auth,
      )
    ).data?.fundDonationRecord,
  ).donation!;
  expect(donation).toMatchObject({ status: 'RECEIVED', amountFen: 2_000_000, donorName: '滇红茶业有限公司', receiptNumber: expect.stringMatching(/^FQ/) });

  // The council meets quarterly at community level; the topic carries its fund request.
  const levels = (await s.gql(Levels, {}, c.admin)).data!.councilLevels;
  expect(levels.map((l) => [l.key, l.rules.cadence])).toEqual([
    ['community', 'quarterly'],
    ['grid', 'monthly'],
  ]);
  const council = ok((await s.gql(BodyCreate, { input: { name: '东城社区议事会', levelKey: 'community' } }, c.admin)).data?.councilBodyCreate).body!;
  expect(council.rules.cadence).toBe('quarterly');
  expect((await s.gql(BodyDue, { id: council.id }, c.admin)).data!.councilBody!.nextMeetingDue).toBeTruthy();
  for (const p of reps) await c.seat(council.id, p);
  const topic = ok(
    (
      await s.gql(
        Raise,
        {
          input: {
            bodyId: council.id,
            title: '东城片区老年活动室改造',
            description: '活动室漏雨、无障碍设施缺失',
            fundRequestFen: 800_000,
            fundPurpose: 'PROJECT',
          },
        },
        reps[0]!.auth,
      )
    ).data?.councilTopicRaise,
  ).topic!;
  ok((await s.gql(Screen, { input: { id: topic.id, accept: true } }, c.admin)).data?.councilTopicScreen);

  // ¥8,000 is above the ¥5,000 threshold: three committee approvals and the council's vote.
  const req = ok(
    (
      await s.gql(
        Request,
        { input: { fundId: fund.id, title: '老年活动室改造', purpose: 'PROJECT', amountFen: 800_000, payee: '凤庆县东城建筑队', councilTopicId: topic.id } },
        staff.auth,
      )
    ).data?.fundDisbursementRequest,
  ).disbursement!;
  expect(req).toMatchObject({ status: 'REQUESTED', approvalsRequired: 3, councilRequired: true });
  for (const p of committee) ok((await s.gql(Approve, { input: { id: req.id } }, p.auth)).data?.fundDisbursementApprove);
  expect((await s.gql(Disbursement, { id: req.id }, c.admin)).data!.node).toMatchObject({ status: 'REQUESTED', approvalsCount: 3, councilDecision: null });

  const meeting = ok(
    (await s.gql(Schedule, { input: { bodyId: council.id, title: '第四季度社区议事会', kind: 'SCHEDULED', topicIds: [topic.id] } }, c.admin)).data
      ?.councilMeetingSchedule,
  ).meeting!;
  expect(meeting.agenda).toEqual([{ id: topic.id }]);
  for (const p of reps) ok((await s.gql(Attend, { input: { meetingId: meeting.id } }, p.auth)).data?.councilMeetingAttend);
  const vote = ok((await s.gql(VoteOpen, { input: { topicId: topic.id, meetingId: meeting.id } }, c.admin)).data?.councilVoteOpen).vote!;
  for (const [i, p] of reps.entries()) ok((await s.gql(VoteCast, { input: { voteId: vote.id, choice: i < 3 ? 0 : 1 } }, p.auth)).data?.councilVoteCast);
  expect(ok((await s.gql(VoteClose, { input: { id: vote.id } }, c.admin)).data?.councilVoteClose).vote).toMatchObject({
    passed: true,
    topic: { status: 'CARRYING_OUT' },
  });
  const closed = ok(
    (await s.gql(MeetingClose, { input: { id: meeting.id, minutes: '审议老年活动室改造，表决通过，使用社区基金 8000 元' } }, c.admin)).data
      ?.councilMeetingClose,
  ).meeting!;
  expect(closed).toMatchObject({ status: 'CLOSED', decisions: [{ passed: true }] });
  expect(closed.attendance).toHaveLength(4);

  // The council's decision reaches the fund through its event: the request is approved, then paid.
  let d: any;
  for (let i = 0; i < 100 && d?.status !== 'APPROVED'; i++) {
    d = (await s.gql(Disbursement, { id: req.id }, c.admin)).data!.node;
    if (d.status !== 'APPROVED') await new Promise((r) => setTimeout(r, 100));
  }
  expect(d).toMatchObject({ status: 'APPROVED', councilDecision: 'PASSED', purposeName: '社区微项目' });
  expect(
    ok(
      (await s.gql(Pay, { input: { id: req.id, paymentReference: 'FQ-BANK-0001', idempotencyKey: 'fengqing-pay-0001' } }, agent.auth)).data
        ?.fundDisbursementPay,
    ).disbursement,
  ).toMatchObject({ status: 'PAID' });

  // Anyone in the community reads the public statement.
  const year = new Date().getUTCFullYear();
  const st = (await s.gql(Statement, { fundId: fund.id, from: `${year - 1}-01-01T00:00:00Z`, to: `${year + 1}-01-01T00:00:00Z` }, reps[3]!.auth)).data!
    .fundStatement;
  expect(st).toMatchObject({
    incomeFen: 2_000_000,
    spendingFen: 800_000,
    closingBalanceFen: 1_200_000,
    income: [{ donor: '滇红茶业有限公司', moneyFen: 2_000_000 }],
    spending: [{ purposeName: '社区微项目', amountFen: 800_000 }],
  });
});

test('a hard case collected online goes to the 书记工作室 and its answer comes back to the resident, live on the board', async () => {
  const live = board(s, staff.auth, BOARD, {});
  const resident = reps[1]!;
  const created = ok(
    (
      await s.gql(
        Create,
        {
          input: {
            kind: 'routine',
            category: 'dispute',
            title: '宅基地界址纠纷',
            description: '与邻居因围墙界址争执多年，调解两次未果',
            channel: 'MINI_PROGRAM',
            address: '东城社区大寨子组 12 号',
          },
        },
        resident.auth,
      )
    ).data?.serviceRequestCreate,
  ).serviceRequest!;
  await live.waitFor((e: any) => e.dispatchBoard.requestId === created.id);
  ok((await s.gql(Dispatch, { input: { id: created.id, mode: 'ASSIGN', taker: staff.membershipId } }, staff.auth)).data?.serviceRequestDispatch);
  const esc = ok(
    (await s.gql(Escalate, { input: { id: created.id, target: 'SECRETARY_STUDIO', body: '多次调解未果，提请书记工作室难题会诊' } }, staff.auth)).data
      ?.serviceRequestEscalate,
  ).serviceRequest!;
  expect(esc).toMatchObject({ status: 'ESCALATED', escalationTarget: 'SECRETARY_STUDIO', escalatedTo: '书记工作室' });
  await live.waitFor((e: any) => e.dispatchBoard.requestId === created.id && e.dispatchBoard.request?.status === 'ESCALATED');

  // The 书记 (community admin) answers after the consultation; the resident sees it and rates it.
  const ans = ok(
    (await s.gql(Answer, { input: { id: created.id, body: '书记工作室会同司法所、国土所现场勘界，双方签订调解协议' } }, c.admin)).data
      ?.serviceRequestEscalationAnswer,
  ).serviceRequest!;
  expect(ans.status).toBe('RESOLVED');
  expect(
    ok((await s.gql(Rate, { input: { id: created.id, rating: 5, comment: '多年的心结解开了' } }, resident.auth)).data?.serviceRequestRate).serviceRequest,
  ).toMatchObject({ status: 'CLOSED', rating: 5 });
  const seen = (await s.gql(Get, { id: created.id }, resident.auth)).data!.serviceRequest!;
  expect(seen).toMatchObject({ status: 'CLOSED', escalatedTo: '书记工作室', escalationAnswer: expect.stringContaining('调解协议') });
  expect(seen.log.map((l) => l.action)).toEqual(['create', 'assign', 'escalate', 'answer', 'rate']);
  await live.waitFor((e: any) => e.dispatchBoard.requestId === created.id && e.dispatchBoard.request?.status === 'CLOSED');
  live.stop();
});

test('三项制度: the 包片社工 and the 网格员 knock on doors on their cadences; a finding becomes a request; coverage per plan and worker', async () => {
  const plans = (await c.settings('grid')).visitPlans.map((p: any) => [p.role, p.everyDays]);
  expect(plans).toEqual([
    ['areaSocialWorker', 30],
    ['gridWorker', 15],
  ]);
  const area = ok((await s.gql(UnitCreate, { input: { level: 'area', code: 'FQ-A1', name: '第一片区' } }, c.admin)).data?.gridUnitCreate).gridUnit!.id;
  const grid = ok((await s.gql(UnitCreate, { input: { level: 'grid', code: 'FQ-G1', name: '东城一网格', parent: area } }, c.admin)).data?.gridUnitCreate)
    .gridUnit!.id;
  const homes: string[] = [];
  for (const n of [1, 2, 3]) {
    const h = await c.household(`FQ-${n}`, `东城路 ${n} 号`);
    ok((await s.gql(Place, { input: { household: h, unit: grid } }, c.admin)).data?.gridHouseholdPlace);
    homes.push(h);
  }
  const worker = await c.person('gridworker', '网格员 字丽芬', ['GRID_STAFF']);
  const sw = await c.person('areasw', '包片社工 杨晓云', ['SOCIAL_WORKER']);
  ok(
    (await s.gql(DutyAssign, { input: { unit: grid, membership: worker.membershipId, role: 'gridWorker', startsOn: '2020-01-01' } }, c.admin)).data
      ?.gridDutyAssign,
  );
  ok(
    (await s.gql(DutyAssign, { input: { unit: area, membership: sw.membershipId, role: 'areaSocialWorker', startsOn: '2020-01-01' } }, c.admin)).data
      ?.gridDutyAssign,
  );

  // Recorded offline on the phone, synced twice (a flaky network): one visit each, once.
  const at = new Date(Date.now() - 3_600_000).toISOString();
  const visits = [
    {
      idempotencyKey: 'fq-phone:0001',
      household: homes[0]!,
      visitedAt: at,
      findings: [{ category: 'repair', description: '屋顶漏雨', referTo: 'REQUEST' as const }],
    },
    { idempotencyKey: 'fq-phone:0002', household: homes[1]!, visitedAt: at, notes: '一切正常' },
  ];
  const first = (await s.gql(VisitBatch, { input: { visits } }, worker.auth)).data!.gridHouseholdVisitBatchSubmit;
  expect([first.recorded, first.replayed, first.failed]).toEqual([2, 0, 0]);
  expect(first.results.map((r) => r.visit?.dutyRole)).toEqual(['gridWorker', 'gridWorker']);
  const again = (await s.gql(VisitBatch, { input: { visits } }, worker.auth)).data!.gridHouseholdVisitBatchSubmit;
  expect([again.recorded, again.replayed, again.failed]).toEqual([0, 2, 0]);
  const swVisit = (await s.gql(VisitBatch, { input: { visits: [{ household: homes[2]!, visitedAt: at, notes: '驻片走访' }] } }, sw.auth)).data!
    .gridHouseholdVisitBatchSubmit;
  expect(swVisit.results[0]!.visit?.dutyRole).toBe('areaSocialWorker');

  // The finding went to the smart platform as a request from a grid visit (线上收集 → 线下处置).
  const findingId = first.results[0]!.visit!.findings[0]!.id;
  for (let i = 0; i < 50; i++) {
    const node = (await s.gql(FindingRequest, { id: findingId }, staff.auth)).data!.node as any;
    if (node?.serviceRequest) {
      expect(node.serviceRequest).toEqual({ channel: 'GRID_VISIT', status: 'SUBMITTED' });
      break;
    }
    if (i === 49) throw new Error('no request for the finding');
    await new Promise((r) => setTimeout(r, 100));
  }

  const coverage = (await s.gql(VisitCoverage, {}, c.admin)).data!.gridVisitCoverage;
  expect(coverage.map((p) => [p.role, p.everyDays, p.households, p.visited])).toEqual([
    ['areaSocialWorker', 30, 3, 1],
    ['gridWorker', 15, 3, 2],
  ]);
  expect(coverage[1]!.workers).toEqual([{ name: '网格员 字丽芬', visited: 2 }]);
});

test('the rest of the article is on: 志愿靓滇红 teams, 18 party organisations reporting (吹哨报到), the 103-person 人才库 as resources', async () => {
  const resident = await c.person('article', '居民 杨丽华', ['RESIDENT']);
  const on = await articleMechanisms(c, resident.auth, {
    volunteer: { organizationName: '东城社区“志愿靓滇红”服务队' },
    party: { recordDispatchService: true },
    resources: {
      categories: expect.arrayContaining([
        { key: 'legal', name: '法律宣传' },
        { key: 'mediation', name: '矛盾调解' },
      ]),
    },
    dispatch: { secretaryStudio: true },
    fund: { receiptPrefix: 'FQ' },
    council: {},
    stations: { lifeCircleMinutes: 15 },
  });
  expect(on.volunteer.volunteerTeams[0]).toMatchObject({ key: 'dianhong', name: '志愿靓滇红服务队' });
  expect(on.dispatch.dispatchCatalog.channels).toHaveLength(8);
});
