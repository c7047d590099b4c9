// Sanshundian (三顺店 · 大党委引领): 群众点单—网格派单—党员接单 — a resident's order dispatched by
// the grid worker of their grid and taken by a reporting party member, whose service record
// shows it; and 三项清单 — a need matched with the resource of the 大党委 member unit that chairs
// the current 双月轮值 months (another unit's resource, outside its months, is not offered).
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { articleMechanisms, board, ok, scenario, type Person, type Scenario } from './helpers';

const UnitCreate = graphql(`
  mutation AccSanshundianGridUnit($input: GridUnitCreateInput!) {
    gridUnitCreate(input: $input) {
      unit {
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
const Place = graphql(`
  mutation AccSanshundianPlace($input: GridHouseholdPlaceInput!) {
    gridHouseholdPlace(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Duty = graphql(`
  mutation AccSanshundianDuty($input: GridDutyAssignInput!) {
    gridDutyAssign(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Report = graphql(`
  mutation AccSanshundianReport($input: PartyMemberReportInput!) {
    partyMemberReport(input: $input) {
      member {
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
const MyMember = graphql(`
  query AccSanshundianMyMember {
    partyMyMember {
      name
      serviceMinutes
      serviceRecords(first: 10) {
        source
        title
        minutes
        rating
      }
    }
  }
`);
const Create = graphql(`
  mutation AccSanshundianCreate($input: ServiceRequestCreateInput!) {
    serviceRequestCreate(input: $input) {
      serviceRequest {
        id
        status
        gridUnit
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Dispatch = graphql(`
  mutation AccSanshundianDispatch($input: ServiceRequestDispatchInput!) {
    serviceRequestDispatch(input: $input) {
      serviceRequest {
        status
        route
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Claim = graphql(`
  mutation AccSanshundianClaim($input: ServiceRequestIdInput!) {
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
  mutation AccSanshundianResolve($input: ServiceRequestResolveInput!) {
    serviceRequestResolve(input: $input) {
      serviceRequest {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Rate = graphql(`
  mutation AccSanshundianRate($input: ServiceRequestRateInput!) {
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
const BOARD = `subscription AccSanshundianBoard($grid: ID) { dispatchBoard(grid: $grid, after: "0") { type requestId request { status takerName } } }`;

const PartyUnitCreate = graphql(`
  mutation AccSanshundianPartyUnit($input: PartyUnitCreateInput!) {
    partyUnitCreate(input: $input) {
      unit {
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
const Rotate = graphql(`
  mutation AccSanshundianRotate($input: PartyRotationGenerateInput!) {
    partyRotationGenerate(input: $input) {
      slots {
        position
        startMonth
        endMonth
        current
        unit {
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
const Chair = graphql(`
  query AccSanshundianChair {
    partyChair {
      year
      startMonth
      endMonth
      current
      unit {
        id
        name
      }
    }
  }
`);
const Cobuild = graphql(`
  mutation AccSanshundianCobuild($input: CobuildingUnitCreateInput!) {
    cobuildingUnitCreate(input: $input) {
      cobuildingUnit {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const ResourceCreate = graphql(`
  mutation AccSanshundianResource($input: ResourcesResourceCreateInput!) {
    resourcesResourceCreate(input: $input) {
      resource {
        id
        title
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
const NeedCreate = graphql(`
  mutation AccSanshundianNeed($input: ResourcesNeedCreateInput!) {
    resourcesNeedCreate(input: $input) {
      need {
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
const Matches = graphql(`
  query AccSanshundianMatches($needId: ID!) {
    resourcesNeedMatches(needId: $needId) {
      score
      reasons
      resource {
        id
        title
        provider {
          name
        }
      }
    }
  }
`);
const ProjectCreate = graphql(`
  mutation AccSanshundianProject($input: ResourcesProjectCreateInput!) {
    resourcesProjectCreate(input: $input) {
      project {
        id
        status
        ownerName
        need {
          status
        }
        resources {
          resource {
            title
          }
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
const ProjectStart = graphql(`
  mutation AccSanshundianProjectStart($input: ResourcesProjectActInput!) {
    resourcesProjectStart(input: $input) {
      project {
        status
      }
      userErrors {
        code
        message
      }
    }
  }
`);

let s: TestServer;
let c: Scenario;
let gridUnit: string;
let gridWorker: Person, member: Person, resident: Person, staff: Person;
beforeAll(async () => {
  s = await startTestServer({ demo: true });
  c = await scenario(s, 'sanshundian', '三顺店社区', 'ssd');
  staff = await c.person('staff', '社区工作者 白雪', ['COMMUNITY_STAFF']);
  gridWorker = await c.person('grid', '网格员 马强', ['GRID_STAFF']);
  member = await c.person('party', '报到党员 郝文', ['PARTY_MEMBER']);
  resident = await c.person('resident', '居民 纳秀英', ['RESIDENT']);
  gridUnit = ok((await s.gql(UnitCreate, { input: { level: 'grid', code: 'G3', name: '第三网格' } }, c.admin)).data?.gridUnitCreate).unit!.id;
  const home = await c.household('SSD-3-0201', '体委小区 3 栋 2 单元 201');
  ok((await s.gql(Place, { input: { household: home, unit: gridUnit } }, c.admin)).data?.gridHouseholdPlace);
  await c.livesIn(resident, home);
  ok((await s.gql(Duty, { input: { unit: gridUnit, membership: gridWorker.membershipId, role: 'gridWorker' } }, c.admin)).data?.gridDutyAssign);
});
afterAll(() => s?.stop());

test('群众点单—网格派单—党员接单: the grid worker dispatches, a reporting party member takes it, it counts on their record', async () => {
  expect((await c.settings('dispatch')).dispatcher).toBe('grid');
  ok((await s.gql(Report, { input: { employerName: '回民区税务局' } }, member.auth)).data?.partyMemberReport);
  const live = board(s, gridWorker.auth, BOARD, { grid: gridUnit });

  const order = ok(
    (
      await s.gql(
        Create,
        { input: { kind: 'routine', category: 'repair', title: '单元门禁坏了', description: '2 单元门禁刷卡没反应，老人进出不便', channel: 'MINI_PROGRAM' } },
        resident.auth,
      )
    ).data?.serviceRequestCreate,
  ).serviceRequest!;
  expect(order).toMatchObject({ status: 'SUBMITTED', gridUnit });
  await live.waitFor((e: any) => e.dispatchBoard.requestId === order.id);

  // 网格派单: the grid worker of the order's grid dispatches it to the pool the route allows (party members here).
  const dispatched = ok((await s.gql(Dispatch, { input: { id: order.id, mode: 'POOL' } }, gridWorker.auth)).data?.serviceRequestDispatch).serviceRequest!;
  expect(dispatched).toMatchObject({ status: 'OPEN', route: 'PARTY_ORGANIZATION' });
  const taken = ok((await s.gql(Claim, { input: { id: order.id } }, member.auth)).data?.serviceRequestClaim).serviceRequest!;
  expect(taken).toMatchObject({ status: 'IN_PROGRESS', takerName: '报到党员 郝文' });
  await live.waitFor((e: any) => e.dispatchBoard.requestId === order.id && e.dispatchBoard.request?.takerName === '报到党员 郝文');
  ok((await s.gql(Resolve, { input: { id: order.id, result: '联系物业更换门禁读卡器', minutesSpent: 45 } }, member.auth)).data?.serviceRequestResolve);
  expect(
    ok((await s.gql(Rate, { input: { id: order.id, rating: 5, comment: '党员办事利索' } }, resident.auth)).data?.serviceRequestRate).serviceRequest,
  ).toMatchObject({ status: 'CLOSED', rating: 5 });
  await live.waitFor((e: any) => e.dispatchBoard.requestId === order.id && e.dispatchBoard.request?.status === 'CLOSED');
  live.stop();

  // The party module records the service from dispatch's events.
  let me: any;
  for (let i = 0; i < 100 && !me?.serviceRecords.some((r: any) => r.source === 'DISPATCH' && r.rating === 5); i++) {
    me = (await s.gql(MyMember, {}, member.auth)).data!.partyMyMember;
    await new Promise((r) => setTimeout(r, 100));
  }
  expect(me.serviceRecords).toEqual([expect.objectContaining({ source: 'DISPATCH', minutes: 45, rating: 5 })]);
  expect(me.serviceMinutes).toBe(45);
});

test('三项清单: a need is matched with the resource of the member unit chairing the current 双月轮值 months', async () => {
  // Eight of the 大党委's member units; six are chosen to chair this year, two months each.
  const names = [
    '回民区税务局',
    '内蒙古电力呼和浩特供电分公司',
    '回民区人民医院',
    '呼和浩特市第十四中学',
    '环河街派出所',
    '维多利商厦',
    '回民区市场监管局',
    '三顺店小学',
  ];
  const kinds = ['AGENCY', 'STATE_ENTERPRISE', 'MEDICAL', 'SCHOOL', 'AGENCY', 'PRIVATE_ENTERPRISE', 'AGENCY', 'SCHOOL'];
  const unitIds: string[] = [];
  for (const [i, name] of names.entries())
    unitIds.push(
      ok((await s.gql(PartyUnitCreate, { input: { name, kind: kinds[i] as any, partyOrganization: `${name}党委` } }, c.admin)).data?.partyUnitCreate).unit!.id,
    );
  const chairNow = (await s.gql(Chair, {}, c.admin)).data!.partyChair;
  const year = chairNow?.year ?? Number(new Date().toLocaleString('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }));
  const slots = ok((await s.gql(Rotate, { input: { year, rule: 'ORDER', unitIds: unitIds.slice(0, 6) } }, c.admin)).data?.partyRotationGenerate).slots!;
  expect(slots.map((x) => [x.unit.name, x.startMonth, x.endMonth])).toEqual(names.slice(0, 6).map((n, i) => [n, 2 * i + 1, 2 * i + 2]));
  const chair = (await s.gql(Chair, {}, c.admin)).data!.partyChair!;
  expect(chair.current).toBe(true);
  const other = slots.find((x) => !x.current)!;

  // Each of the two units offers its skills to the 资源库 for its own rotation months.
  const day = (m: number, last = false) => `${year}-${String(m).padStart(2, '0')}-${last ? new Date(Date.UTC(year, m, 0)).getUTCDate() : '01'}`;
  const offer = async (unitName: string, startMonth: number, endMonth: number, title: string) => {
    const provider = ok((await s.gql(Cobuild, { input: { name: unitName, partyOrganization: `${unitName}党委` } }, c.admin)).data?.cobuildingUnitCreate)
      .cobuildingUnit!.id;
    return ok(
      (
        await s.gql(
          ResourceCreate,
          { input: { providerId: provider, kind: 'SKILL', category: 'facility', title, availableFrom: day(startMonth), availableUntil: day(endMonth, true) } },
          staff.auth,
        )
      ).data?.resourcesResourceCreate,
    ).resource!;
  };
  const chairsOffer = await offer(chair.unit.name, chair.startMonth, chair.endMonth, `${chair.unit.name}：党员突击队楼道改造`);
  await offer(other.unit.name, other.startMonth, other.endMonth, `${other.unit.name}：志愿维修`);

  const need = ok(
    (
      await s.gql(
        NeedCreate,
        { input: { category: 'facility', title: '老旧楼道照明与扶手改造', description: '体委小区 3 栋楼道无灯、无扶手', gridUnitId: gridUnit } },
        staff.auth,
      )
    ).data?.resourcesNeedCreate,
  ).need!;
  expect(need.status).toBe('OPEN');
  const matches = (await s.gql(Matches, { needId: need.id }, staff.auth)).data!.resourcesNeedMatches;
  expect(matches.map((m) => m.resource.id)).toEqual([chairsOffer.id]);
  expect(matches[0]).toMatchObject({ reasons: expect.arrayContaining(['SAME_CATEGORY']), resource: { provider: { name: chair.unit.name } } });

  const liaison = await c.person('liaison', `${chair.unit.name} 联络员 乔峰`, ['COBUILD_UNIT_MEMBER']);
  const project = ok(
    (
      await s.gql(
        ProjectCreate,
        {
          input: {
            needId: need.id,
            ownerId: liaison.membershipId,
            title: '体委小区 3 栋楼道改造',
            budgetFen: 0,
            resources: [{ resourceId: chairsOffer.id }],
            milestones: [{ title: '入户征求意见' }, { title: '施工' }],
          },
        },
        staff.auth,
      )
    ).data?.resourcesProjectCreate,
  ).project!;
  expect(project).toMatchObject({
    status: 'PLANNED',
    ownerName: liaison.name,
    need: { status: 'MATCHED' },
    resources: [{ resource: { title: chairsOffer.title } }],
  });
  expect(ok((await s.gql(ProjectStart, { input: { id: project.id } }, staff.auth)).data?.resourcesProjectStart).project!.status).toBe('IN_PROGRESS');
});

test('the rest of the article is on: 居民议事会 with 议事规则 and 居民公约, 暖心小分队 and 党员代办队, a fund for 民生微实事, 社区蜂巢 and 老年大学', async () => {
  const on = await articleMechanisms(c, resident.auth, {
    council: {
      levels: [
        { key: 'community', name: '居民议事会' },
        { key: 'estate', name: '小区议事会（红色业委会）' },
      ],
    },
    volunteer: {},
    fund: { purposes: expect.arrayContaining([{ key: 'PROJECT', name: '民生微实事' }]) },
    stations: {},
    party: { rotationUnitsPerYear: 6 },
    resources: {},
  });
  expect(on.volunteer.volunteerTeams.map((t: any) => t.name)).toEqual(expect.arrayContaining(['暖心小分队', '党员代办队']));
  expect(on.stations.stationCatalog.kinds.map((k: any) => k.key)).toEqual(['hive', 'seniorCollege', 'elderCare', 'redPost']);
  expect(on.council.councilLevels.map((l: any) => l.key)).toEqual(['community', 'estate']);
});
