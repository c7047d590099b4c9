// 三项清单 end to end through GraphQL: a need survey turned into needs, a dispatch 期望单 and a
// council decision arriving as needs (once), matching suggestions by category and grid, a project
// with milestones and a fund disbursement through events (approved, paid; refused by the fund's
// rules), metrics, bad input leaving nothing written, and MODULE_DISABLED.
import { randomUUID } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import { graphql } from '../gql';
import { toGlobalId } from '../../src/schema/global-id';
import resourcesModule from '../../src/modules/resources';
import {
  FundingRequest,
  Matches,
  MilestoneAdd,
  MilestoneSet,
  NeedClose,
  NeedCreate,
  NeedGet,
  Needs,
  ProjectCancel,
  ProjectComplete,
  ProjectCreate,
  ProjectGet,
  ProjectStart,
  ResourceCreate,
  ResourceUpdate,
  SurveyAnswer,
  SurveyClose,
  SurveyCreate,
  SurveyGet,
  SurveyToNeeds,
  eventually,
  key,
  need,
  project,
  raw,
  resource,
  stopWorld,
  world,
  type Login,
  type World,
} from './resources.fixture';
import { intake, DispatchCreate } from '../dispatch/dispatch-helpers';

const Disbursements = graphql(`
  query ResourcesFundRequests($fundId: ID!) {
    fundDisbursements(fundId: $fundId, first: 50) {
      nodes {
        id
        status
        amountFen
        purpose
        projectRef
      }
    }
  }
`);
const Approve = graphql(`
  mutation ResourcesFundApprove($input: FundDisbursementApproveInput!) {
    fundDisbursementApprove(input: $input) {
      disbursement {
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const Pay = graphql(`
  mutation ResourcesFundPay($input: FundDisbursementPayInput!) {
    fundDisbursementPay(input: $input) {
      disbursement {
        status
      }
      userErrors {
        code
      }
    }
  }
`);
const Toggle = graphql(`
  mutation ResourcesToggle($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);

let w: World;
beforeAll(async () => {
  w = await world();
}, 90_000);
afterAll(() => stopWorld(w));

const as = (l: Login) => ({ token: w.tokens[l] });
const codes = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => (r.errors ?? []).map((e) => e.extensions?.code);
const countRows = async () =>
  (
    await w.db.query(`select (select count(*) from resources_need) n, (select count(*) from resources_resource) r, (select count(*) from resources_project) p,
  (select count(*) from resources_survey) s, (select count(*) from resources_survey_response) a, (select count(*) from resources_milestone) m, (select count(*) from outbox_event where type like 'resources.%') e`)
  ).rows[0];
/** Any committed write kicks the outbox relay and the event handlers. */
const kick = () => w.s.gql(ResourceCreate, { input: { kind: 'TIME', title: '触发', category: 'other', providerId: w.orgId } }, as('staff'));

const SERVICES = [
  { key: 'meals', label: '老年助餐' },
  { key: 'clinic', label: '上门义诊' },
  { key: 'homework', label: '四点半课堂' },
];
async function survey(): Promise<string> {
  const r = await w.s.gql(
    SurveyCreate,
    {
      input: {
        title: '居民需求调查（第 6 次）',
        gridUnitId: w.grids.g1,
        questions: [
          { key: 'services', text: '您最希望社区提供哪些服务？', kind: 'MULTIPLE', required: true, options: SERVICES },
          {
            key: 'time',
            text: '方便参加的时间',
            kind: 'SINGLE',
            options: [
              { key: 'weekday', label: '工作日' },
              { key: 'weekend', label: '周末' },
            ],
          },
          { key: 'other', text: '其他建议', kind: 'TEXT' },
        ],
      },
    },
    as('socialworker'),
  );
  expect(r.data?.resourcesSurveyCreate.userErrors).toEqual([]);
  return r.data!.resourcesSurveyCreate.survey!.id;
}

describe('需求调查 → 需求库', () => {
  test('residents answer once each; results aggregate; staff turn chosen options into needs once', async () => {
    const id = await survey();
    const answers: [Login, string[], string | null][] = [
      ['resident', ['meals', 'clinic'], '希望增加晚间课堂'],
      ['volunteer', ['meals'], null],
      ['party', ['meals', 'homework'], null],
      ['cobuild', ['clinic'], null],
    ];
    for (const [who, opts, text] of answers) {
      const r = await w.s.gql(
        SurveyAnswer,
        {
          input: {
            surveyId: id,
            answers: [
              { questionKey: 'services', optionKeys: opts },
              { questionKey: 'time', optionKeys: ['weekend'] },
              ...(text ? [{ questionKey: 'other', text }] : []),
            ],
          },
        },
        as(who),
      );
      expect(r.data?.resourcesSurveyAnswer.userErrors).toEqual([]);
      expect(r.data!.resourcesSurveyAnswer.survey!.answered).toBe(true);
    }
    const again = await w.s.gql(SurveyAnswer, { input: { surveyId: id, answers: [{ questionKey: 'services', optionKeys: ['homework'] }] } }, as('resident'));
    expect(again.data!.resourcesSurveyAnswer.userErrors.map((e) => e.code)).toEqual(['RESOURCES_ALREADY_ANSWERED']);
    const staffView = (await w.s.gql(SurveyGet, { id }, as('staff'))).data!.resourcesSurvey!;
    expect(staffView.responsesCount).toBe(4);
    const services = staffView.results.find((q) => q.key === 'services')!;
    expect(services.answered).toBe(4);
    expect(services.options).toEqual([
      { key: 'meals', label: '老年助餐', count: 3 },
      { key: 'clinic', label: '上门义诊', count: 2 },
      { key: 'homework', label: '四点半课堂', count: 1 },
    ]);
    expect(staffView.results.find((q) => q.key === 'time')!.options[0]).toEqual({ key: 'weekend', label: '周末', count: 4 });
    expect(staffView.results.find((q) => q.key === 'other')).toMatchObject({ answered: 1, texts: ['希望增加晚间课堂'] });
    // Residents see the counts, not what others wrote.
    const residentView = (await w.s.gql(SurveyGet, { id }, as('volunteer'))).data!.resourcesSurvey!;
    expect(residentView.results.find((q) => q.key === 'other')!.texts).toEqual([]);
    expect((await w.s.gql(SurveyGet, { id }, as('grid'))).data!.resourcesSurvey!.answered).toBe(false);

    const made = await w.s.gql(
      SurveyToNeeds,
      {
        input: {
          surveyId: id,
          items: [
            { questionKey: 'services', optionKey: 'meals', category: 'elderly' },
            { questionKey: 'services', optionKey: 'clinic', category: 'health', title: '上门义诊进小区' },
          ],
        },
      },
      as('socialworker'),
    );
    expect(made.data!.resourcesSurveyToNeeds.userErrors).toEqual([]);
    expect(made.data!.resourcesSurveyToNeeds.needs.map((n) => [n.title, n.category, n.demandCount, n.source, n.sourceId, n.status])).toEqual([
      ['老年助餐', 'elderly', 3, 'SURVEY', id, 'OPEN'],
      ['上门义诊进小区', 'health', 2, 'SURVEY', id, 'OPEN'],
    ]);
    const twice = await w.s.gql(
      SurveyToNeeds,
      {
        input: {
          surveyId: id,
          items: [
            { questionKey: 'services', optionKey: 'homework', category: 'children' },
            { questionKey: 'services', optionKey: 'meals', category: 'elderly' },
          ],
        },
      },
      as('staff'),
    );
    expect(twice.data!.resourcesSurveyToNeeds.userErrors).toEqual([
      expect.objectContaining({ code: 'RESOURCES_ALREADY_CONVERTED', field: ['input', 'items', '1'] }),
    ]);
    // All or nothing: the first item of the refused batch was not written either.
    expect((await w.db.query(`select count(*)::int n from resources_need where source_ref like $1`, [`${raw(id)}:services:homework`])).rows[0].n).toBe(0);

    const closed = await w.s.gql(SurveyClose, { input: { id } }, as('staff'));
    expect(closed.data!.resourcesSurveyClose.survey!.status).toBe('CLOSED');
    const late = await w.s.gql(SurveyAnswer, { input: { surveyId: id, answers: [{ questionKey: 'services', optionKeys: ['meals'] }] } }, as('socialworker'));
    expect(late.data!.resourcesSurveyAnswer.userErrors).toEqual([expect.objectContaining({ code: 'INVALID_STATE' })]);
    expect((await w.s.gql(SurveyClose, { input: { id } }, as('staff'))).data!.resourcesSurveyClose.userErrors[0]!.code).toBe('INVALID_STATE');
  });

  test('answers that do not fit the questions are refused with the question named, and nothing is written', async () => {
    const id = await survey();
    const before = await countRows();
    const bad: [unknown[], string][] = [
      [[{ questionKey: 'services', optionKeys: ['nope'] }], 'services: unknown option'],
      [
        [
          { questionKey: 'services', optionKeys: ['meals'] },
          { questionKey: 'time', optionKeys: ['weekday', 'weekend'] },
        ],
        'time: one option only',
      ],
      [[{ questionKey: 'time', optionKeys: ['weekday'] }], 'services: required'],
      [[{ questionKey: 'services', optionKeys: ['meals', 'meals'] }], 'services: option repeated'],
      [
        [
          { questionKey: 'services', optionKeys: ['meals'] },
          { questionKey: 'ghost', optionKeys: [] },
        ],
        'ghost: unknown question',
      ],
      [[{ questionKey: 'services', optionKeys: ['meals'], text: '文字' }], 'services: a choice question takes no text'],
    ];
    for (const [answers, detail] of bad) {
      const r = await w.s.gql(SurveyAnswer, { input: { surveyId: id, answers } as any }, { ...as('resident'), headers: { 'accept-language': 'en' } });
      expect(r.data!.resourcesSurveyAnswer.userErrors).toEqual([expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'answers'] })]);
      expect(r.data!.resourcesSurveyAnswer.userErrors[0]!.message).toContain(detail);
    }
    // zh-CN by default: no English inside the message.
    const zh = await w.s.gql(SurveyAnswer, { input: { surveyId: id, answers: [{ questionKey: 'services', optionKeys: ['nope'] }] } as any }, as('resident'));
    expect(zh.data!.resourcesSurveyAnswer.userErrors[0]!.message).toBe('输入有误：services：没有该选项');
    const none = await w.s.gql(
      SurveyToNeeds,
      { input: { surveyId: id, items: [{ questionKey: 'services', optionKey: 'meals', category: 'elderly' }] } },
      as('staff'),
    );
    expect(none.data!.resourcesSurveyToNeeds.userErrors[0]!.code).toBe('RESOURCES_NOBODY_CHOSE');
    const cat = await w.s.gql(
      SurveyToNeeds,
      { input: { surveyId: id, items: [{ questionKey: 'services', optionKey: 'meals', category: 'nope' }] } },
      as('staff'),
    );
    expect(cat.data!.resourcesSurveyToNeeds.userErrors[0]).toMatchObject({ code: 'RESOURCES_CATEGORY_UNKNOWN', field: ['input', 'items', '0', 'category'] });
    const oneOption = await w.s.gql(
      SurveyCreate,
      { input: { title: 'x', questions: [{ key: 'q', text: '?', kind: 'SINGLE', options: [{ key: 'a', label: 'A' }] }] } },
      as('staff'),
    );
    expect(oneOption.data!.resourcesSurveyCreate.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'questions', '0', 'options'] });
    const dupKeys = await w.s.gql(
      SurveyCreate,
      {
        input: {
          title: 'x',
          questions: [
            { key: 'q', text: '?', kind: 'TEXT' },
            { key: 'q', text: '?', kind: 'TEXT' },
          ],
        },
      },
      as('staff'),
    );
    expect(dupKeys.data!.resourcesSurveyCreate.userErrors[0]!.code).toBe('BAD_USER_INPUT');
    expect(await countRows()).toEqual(before);
  });
});

describe('events feed the 需求库', () => {
  test("a dispatch 期望单 becomes one need in the requester's grid; a routine request does not", async () => {
    const exp = await w.s.gql(DispatchCreate, { input: intake({ kind: 'expectation', category: 'other', title: '希望建设小区充电桩' }) }, as('resident'));
    expect(exp.data?.serviceRequestCreate.userErrors).toEqual([]);
    const requestId = exp.data!.serviceRequestCreate.serviceRequest!.id;
    await w.s.gql(DispatchCreate, { input: intake() }, as('resident'));
    const found = await eventually('need from the 期望单', async () => {
      await kick();
      return (await w.s.gql(Needs, { source: 'DISPATCH_REQUEST' }, as('staff'))).data!.resourcesNeeds.nodes.find((n) => n.sourceId === requestId);
    });
    expect(found).toMatchObject({
      source: 'DISPATCH_REQUEST',
      status: 'OPEN',
      category: 'other',
      gridUnitId: exp.data!.serviceRequestCreate.serviceRequest!.gridUnit,
    });
    expect((await w.s.gql(Needs, { source: 'DISPATCH_REQUEST' }, as('staff'))).data!.resourcesNeeds.totalCount).toBe(1);
    // The same event delivered again (a replayed outbox row) adds nothing.
    await w.db.query(
      `insert into outbox_event (created_at, type, community_id, subject_type, subject_id, data) values (now(), 'dispatch.RequestCreated', $1, 'ServiceRequest', $2, $3)`,
      [w.rawCommunityId, raw(requestId), JSON.stringify({ requestId: raw(requestId), kind: 'expectation' })],
    );
    await eventually('replayed event consumed', async () => {
      await kick();
      const [c] = (
        await w.db.query(
          `select last_seq >= (select max(seq) from outbox_event where type = 'dispatch.RequestCreated') ok from event_consumer where consumer = 'resources:dispatch.RequestCreated'`,
        )
      ).rows;
      return c?.ok;
    });
    expect((await w.s.gql(Needs, { source: 'DISPATCH_REQUEST' }, as('staff'))).data!.resourcesNeeds.totalCount).toBe(1);
  });

  test('a passed council topic becomes a need (once); a failed one does not', async () => {
    const [passed, failed] = [randomUUID(), randomUUID()];
    for (const [id, ok] of [
      [passed, true],
      [failed, false],
      [passed, true],
    ] as const) {
      await w.db.query(
        `insert into outbox_event (created_at, type, community_id, subject_type, subject_id, data) values (now(), 'council.TopicDecided', $1, 'CouncilTopic', $2, $3)`,
        [w.rawCommunityId, id, JSON.stringify({ topicId: id, bodyId: randomUUID(), passed: ok, fundRequest: null })],
      );
    }
    const needs = await eventually('need from the council', async () => {
      await kick();
      const list = (await w.s.gql(Needs, { source: 'COUNCIL_TOPIC' }, as('staff'))).data!.resourcesNeeds.nodes;
      return list.length ? list : null;
    });
    expect(needs.map((n) => n.sourceId)).toEqual([toGlobalId('CouncilTopic', passed)]);
  });
});

describe('资源库 and matching', () => {
  test('suggestions rank same category and grid first, then community-wide; other grids, other categories and archived resources are left out', async () => {
    const needId = await need(w, { category: 'culture' });
    const inGrid = await resource(w, { category: 'culture', gridUnitId: w.grids.g1, title: '网格文艺队' });
    const wide = await resource(w, { category: 'culture', title: '社区乌兰牧骑', providerId: w.orgId, kind: 'TIME' });
    const anyCat = await resource(w, { category: null, title: '党群活动室', kind: 'VENUE', valueFen: 10 });
    await resource(w, { category: 'culture', gridUnitId: w.grids.g2, title: '第二网格舞蹈队' });
    await resource(w, { category: 'elderly', title: '助餐' });
    const archived = await resource(w, { category: 'culture', title: '已下架' });
    const upd = await w.s.gql(ResourceUpdate, { input: { id: archived, active: false } }, as('staff'));
    expect(upd.data!.resourcesResourceUpdate.resource!.active).toBe(false);
    await resource(w, { category: 'culture', title: '已过期', availableFrom: '2020-01-01', availableUntil: '2020-12-31' });
    const m = (await w.s.gql(Matches, { needId }, as('resident'))).data!.resourcesNeedMatches;
    // The demo seed's activity room (any category, community-wide) is a fair match too.
    const mine = m.filter((x) => [inGrid, wide, anyCat].includes(x.resource.id) || x.score > 0);
    expect(mine.map((x) => [x.resource.id, x.score, x.reasons])).toEqual([
      [inGrid, 3, ['SAME_CATEGORY', 'SAME_GRID']],
      [wide, 2, ['SAME_CATEGORY', 'COMMUNITY_WIDE']],
      [anyCat, 0, ['ANY_CATEGORY', 'COMMUNITY_WIDE']],
    ]);
    expect(m.every((x) => (x.score === 0 ? x.reasons[0] === 'ANY_CATEGORY' : true))).toBe(true);
    expect((await w.s.gql(Matches, { needId, first: 1 }, as('resident'))).data!.resourcesNeedMatches).toHaveLength(1);
    expect(codes(await w.s.gql(Matches, { needId, first: 0 }, as('resident')))).toEqual(['BAD_USER_INPUT']);
  });

  test('a fitting resource behind 500 newer ones pinned to another grid is still suggested (ranked in the database, not after a prefetch)', async () => {
    const needId = await need(w, { category: 'children' });
    const fitting = await resource(w, { category: 'children', title: '四点半课堂志愿者' });
    // Newer (higher uuidv7) same-category resources of the other grid: they do not fit the need.
    const ids = Array.from({ length: 500 }, () => uuidv7());
    await w.db.query(
      `insert into resources_resource (id, community_id, kind, title, category, grid_unit_id, provider_type, provider_id)
       select x, $1, 'TIME', '第二网格课堂', 'children', $2, 'COBUILDING_UNIT', $3 from unnest($4::uuid[]) x`,
      [w.rawCommunityId, raw(w.grids.g2), raw(w.unitId), ids],
    );
    try {
      const m = (await w.s.gql(Matches, { needId }, as('resident'))).data!.resourcesNeedMatches;
      expect(m[0]).toMatchObject({ resource: { id: fitting }, score: 2, reasons: ['SAME_CATEGORY', 'COMMUNITY_WIDE'] });
      expect(m.every((x) => x.resource.title !== '第二网格课堂')).toBe(true);
    } finally {
      await w.db.query('delete from resources_resource where id = any($1::uuid[])', [ids]);
    }
  });

  test('a resource names its provider; member units offer their own and may change only those', async () => {
    const r = await w.s.gql(
      ResourceCreate,
      { input: { kind: 'GOODS', title: '米面油 50 份', category: 'elderly', providerId: w.charityId, quantity: 50, unit: '份', valueFen: 500_000 } },
      as('cobuild'),
    );
    expect(r.data!.resourcesResourceCreate.resource).toMatchObject({
      provider: { id: w.charityId, type: 'CHARITY_RESOURCE', name: '回民区商会' },
      editable: true,
      valueFen: 500_000,
    });
    const id = r.data!.resourcesResourceCreate.resource!.id;
    expect((await w.s.gql(ResourceUpdate, { input: { id, quantity: 40 } }, as('cobuild'))).data!.resourcesResourceUpdate.resource!.quantity).toBe(40);
    expect(codes(await w.s.gql(ResourceUpdate, { input: { id, quantity: 1 } }, as('org')))).toEqual(['FORBIDDEN']);
    const bad: [Record<string, unknown>, string, string[]][] = [
      [{ providerId: toGlobalId('CobuildingUnit', randomUUID()) }, 'NOT_FOUND', ['input', 'providerId']],
      [{ providerId: w.members.party }, 'NOT_FOUND', ['input', 'providerId']],
      [{ providerId: 'garbage' }, 'INVALID_ID', ['input', 'providerId']],
      [{ category: 'nope' }, 'RESOURCES_CATEGORY_UNKNOWN', ['input', 'category']],
      [{ availableFrom: '2026-05-01', availableUntil: '2026-04-01' }, 'BAD_USER_INPUT', ['input', 'availableUntil']],
      [{ valueFen: -1 }, 'BAD_USER_INPUT', ['input', 'valueFen']],
      [{ title: 'x'.repeat(101) }, 'BAD_USER_INPUT', ['input', 'title']],
    ];
    const before = await countRows();
    for (const [over, code, field] of bad) {
      const x = await w.s.gql(ResourceCreate, { input: { kind: 'SKILL', title: '法律咨询', providerId: w.unitId, ...over } as any }, as('staff'));
      expect([over, x.data?.resourcesResourceCreate.userErrors[0]]).toEqual([over, expect.objectContaining({ code, field })]);
    }
    expect(await countRows()).toEqual(before);
  });
});

describe('需求 recorded by staff and grid workers', () => {
  test('grid workers record needs only in their own grid; categories come from the settings', async () => {
    expect(
      (await w.s.gql(NeedCreate, { input: { category: 'environment', title: '楼道堆物', gridUnitId: w.grids.g1 } }, as('grid'))).data!.resourcesNeedCreate
        .userErrors,
    ).toEqual([]);
    const before = await countRows();
    expect(codes(await w.s.gql(NeedCreate, { input: { category: 'environment', title: '楼道堆物', gridUnitId: w.grids.g2 } }, as('grid')))).toEqual([
      'FORBIDDEN',
    ]);
    expect(
      (await w.s.gql(NeedCreate, { input: { category: 'environment', title: '楼道堆物' } }, as('grid'))).data!.resourcesNeedCreate.userErrors[0]!.code,
    ).toBe('RESOURCES_GRID_REQUIRED');
    expect((await w.s.gql(NeedCreate, { input: { category: 'nope', title: 'x' } }, as('staff'))).data!.resourcesNeedCreate.userErrors[0]).toMatchObject({
      code: 'RESOURCES_CATEGORY_UNKNOWN',
      field: ['input', 'category'],
    });
    expect((await w.s.gql(NeedCreate, { input: { category: 'other', title: '  ' } }, as('staff'))).data!.resourcesNeedCreate.userErrors[0]).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: ['input', 'title'],
    });
    expect(
      (await w.s.gql(NeedCreate, { input: { category: 'other', title: 'x', gridUnitId: toGlobalId('GridUnit', randomUUID()) } }, as('staff'))).data!
        .resourcesNeedCreate.userErrors[0],
    ).toMatchObject({ code: 'NOT_FOUND', field: ['input', 'gridUnitId'] });
    expect(await countRows()).toEqual(before);
    const id = await need(w);
    expect((await w.s.gql(NeedClose, { input: { id, reason: '已由物业解决' } }, as('staff'))).data!.resourcesNeedClose.need).toMatchObject({
      status: 'CLOSED',
      reason: '已由物业解决',
    });
    expect((await w.s.gql(NeedClose, { input: { id, reason: 'again' } }, as('staff'))).data!.resourcesNeedClose.userErrors[0]!.code).toBe('INVALID_STATE');
  });
});

describe('项目清单', () => {
  test('need + resources → project; owner moves it through milestones to done; the need is met; metrics count it', async () => {
    const needId = await need(w);
    const r1 = await resource(w, { valueFen: 120_000 });
    const r2 = await resource(w, { kind: 'VENUE', title: '活动室', category: null, valueFen: 30_000, providerId: w.orgId });
    const created = await w.s.gql(
      ProjectCreate,
      {
        input: {
          needId,
          title: '助老义诊进小区（民生微实事）',
          ownerId: w.members.party,
          budgetFen: 200_000,
          resources: [
            { resourceId: r1, quantity: 8 },
            { resourceId: r2, valueFen: 20_000 },
          ],
          milestones: [{ title: '摸底名单' }, { title: '开展义诊', dueOn: '2026-12-01' }],
        },
      },
      as('staff'),
    );
    expect(created.data!.resourcesProjectCreate.userErrors).toEqual([]);
    const p = created.data!.resourcesProjectCreate.project!;
    expect(p).toMatchObject({ status: 'PLANNED', budgetFen: 200_000, resourceValueFen: 140_000, need: { id: needId, status: 'MATCHED' } });
    const dup = await w.s.gql(
      ProjectCreate,
      { input: { needId, title: '重复', ownerId: w.members.party, budgetFen: 0, resources: [{ resourceId: r1 }] } },
      as('staff'),
    );
    expect(dup.data!.resourcesProjectCreate.userErrors[0]).toMatchObject({ code: 'INVALID_STATE', field: ['input', 'needId'] });

    expect((await w.s.gql(ProjectComplete, { input: { id: p.id } }, as('party'))).data!.resourcesProjectComplete.userErrors[0]!.code).toBe('INVALID_STATE');
    expect(codes(await w.s.gql(ProjectStart, { input: { id: p.id } }, as('resident')))).toEqual(['FORBIDDEN']);
    const view = (await w.s.gql(ProjectGet, { id: p.id }, as('party'))).data!.resourcesProject!;
    expect(view.permissions).toEqual({ start: true, complete: false, cancel: true, editMilestones: true, requestFunding: false });
    expect(view.ownerName).toBe('报到党员 赵磊');
    expect((await w.s.gql(ProjectStart, { input: { id: p.id } }, as('party'))).data!.resourcesProjectStart.project!.status).toBe('IN_PROGRESS');
    expect((await w.s.gql(ProjectComplete, { input: { id: p.id } }, as('party'))).data!.resourcesProjectComplete.userErrors[0]!.code).toBe(
      'RESOURCES_MILESTONES_OPEN',
    );
    const added = await w.s.gql(MilestoneAdd, { input: { projectId: p.id, title: '回访满意度' } }, as('party'));
    const ms = added.data!.resourcesMilestoneAdd.project!.milestones;
    expect(ms.map((m) => m.title)).toEqual(['摸底名单', '开展义诊', '回访满意度']);
    for (const m of ms)
      expect((await w.s.gql(MilestoneSet, { input: { id: m.id, done: true } }, as('party'))).data!.resourcesMilestoneSet.userErrors).toEqual([]);
    const undone = await w.s.gql(MilestoneSet, { input: { id: ms[2]!.id, done: false } }, as('party'));
    expect(undone.data!.resourcesMilestoneSet.project!.milestones.map((m) => m.done)).toEqual([true, true, false]);
    await w.s.gql(MilestoneSet, { input: { id: ms[2]!.id, done: true } }, as('party'));
    const done = await w.s.gql(ProjectComplete, { input: { id: p.id } }, as('party'));
    expect(done.data!.resourcesProjectComplete.project).toMatchObject({ status: 'DONE', need: { status: 'MET' } });
    expect((await w.s.gql(MilestoneSet, { input: { id: ms[0]!.id, done: false } }, as('party'))).data!.resourcesMilestoneSet.userErrors[0]!.code).toBe(
      'INVALID_STATE',
    );
    expect((await w.s.gql(NeedGet, { id: needId }, as('resident'))).data!.resourcesNeed).toMatchObject({
      status: 'MET',
      project: { id: p.id, status: 'DONE' },
    });

    const em = w.s.wushe.app.orm.em.fork();
    const from = new Date(Date.now() - 3_600_000);
    const to = new Date(Date.now() + 3_600_000);
    const metric = (k: string) => resourcesModule.metrics!.find((m) => m.key === k)!.compute(em as any, w.rawCommunityId, from, to);
    expect(await metric('resources.projectsDone')).toBe(1);
    expect(await metric('resources.needsMet')).toBe(1);
    expect(await metric('resources.resourceValueFen')).toBe(140_000);
    expect(await metric('resources.needsOpen')).toBeGreaterThan(0);
    expect(await metric('resources.surveyResponses')).toBeGreaterThanOrEqual(4);
  });

  test('cancelling a project opens its need again; bad project input is refused whole', async () => {
    const p = await project(w);
    const noReason = await w.s.gql(ProjectCancel, { input: { id: p.id } }, as('staff'));
    expect(noReason.data!.resourcesProjectCancel.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
    const c = await w.s.gql(ProjectCancel, { input: { id: p.id, reason: '成员单位调整计划' } }, as('staff'));
    expect(c.data!.resourcesProjectCancel.project).toMatchObject({ status: 'CANCELLED', reason: '成员单位调整计划', need: { status: 'OPEN' } });
    const r = await resource(w);
    const before = await countRows();
    const cases: [Record<string, unknown>, string][] = [
      [{ resources: [] }, 'BAD_USER_INPUT'],
      [{ resources: [{ resourceId: r }, { resourceId: r }] }, 'BAD_USER_INPUT'],
      [{ budgetFen: -5 }, 'BAD_USER_INPUT'],
      [{ ownerId: toGlobalId('Membership', randomUUID()) }, 'NOT_FOUND'],
      [{ resources: [{ resourceId: toGlobalId('ResourcesResource', randomUUID()) }] }, 'NOT_FOUND'],
      [{ milestones: [{ title: 'x', dueOn: '2026-13-45' }] }, 'BAD_USER_INPUT'],
    ];
    for (const [over, code] of cases) {
      const x = await w.s.gql(
        ProjectCreate,
        { input: { needId: p.needId, title: '再立项', ownerId: w.members.party, budgetFen: 0, resources: [{ resourceId: r }], ...over } as any },
        as('staff'),
      );
      expect([over, x.data?.resourcesProjectCreate.userErrors[0]?.code]).toEqual([over, code]);
    }
    await w.s.gql(ResourceUpdate, { input: { id: r, active: false } }, as('staff'));
    const archived = await w.s.gql(
      ProjectCreate,
      { input: { needId: p.needId, title: '再立项', ownerId: w.members.party, budgetFen: 0, resources: [{ resourceId: r }] } },
      as('staff'),
    );
    expect(archived.data!.resourcesProjectCreate.userErrors[0]!.code).toBe('RESOURCES_RESOURCE_INACTIVE');
    const after = await countRows();
    expect({ ...after, e: before.e, r: before.r }).toEqual(before);
  });

  test('fund disbursement through events: requested → approved by the committee → paid; the project follows', async () => {
    const p = await project(w);
    const asked = await w.s.gql(
      FundingRequest,
      { input: { projectId: p.id, fundId: w.fundId, amountFen: 60_000, purpose: 'PROJECT', payee: '十方缘老人呵护中心' } },
      as('staff'),
    );
    expect(asked.data!.resourcesProjectFundingRequest.userErrors).toEqual([]);
    const disbursementId = asked.data!.resourcesProjectFundingRequest.project!.fundingDisbursementId!;
    expect(asked.data!.resourcesProjectFundingRequest.project).toMatchObject({ fundingStatus: 'REQUESTED', fundingAmountFen: 60_000 });
    const again = await w.s.gql(FundingRequest, { input: { projectId: p.id, fundId: w.fundId, amountFen: 1, purpose: 'PROJECT', payee: 'x' } }, as('staff'));
    expect(again.data!.resourcesProjectFundingRequest.userErrors[0]!.code).toBe('INVALID_STATE');
    const d = await eventually('the fund opened the request', async () =>
      (await w.s.gql(Disbursements, { fundId: w.fundId }, as('staff'))).data!.fundDisbursements.nodes.find((x) => x.id === disbursementId),
    );
    expect(d).toMatchObject({ status: 'REQUESTED', amountFen: 60_000, purpose: 'PROJECT', projectRef: p.id });
    for (const who of ['party', 'volunteer'] as const)
      expect((await w.s.gql(Approve, { input: { id: disbursementId } }, as(who))).data!.fundDisbursementApprove.userErrors).toEqual([]);
    await eventually(
      'project learns the approval',
      async () => (await w.s.gql(ProjectGet, { id: p.id }, as('staff'))).data!.resourcesProject!.fundingStatus === 'APPROVED',
    );
    expect(
      (await w.s.gql(Pay, { input: { id: disbursementId, paymentReference: 'BANK-2026-001', idempotencyKey: key() } }, as('org'))).data!.fundDisbursementPay
        .userErrors,
    ).toEqual([]);
    await eventually(
      'project learns the payment',
      async () => (await w.s.gql(ProjectGet, { id: p.id }, as('staff'))).data!.resourcesProject!.fundingStatus === 'PAID',
    );
  });

  test("a request the fund's rules refuse comes back REFUSED with the fund's code, and may be asked again", async () => {
    const p = await project(w);
    const asked = await w.s.gql(
      FundingRequest,
      { input: { projectId: p.id, fundId: w.fundId, amountFen: 10_000, purpose: 'NOT_A_PURPOSE', payee: 'x' } },
      as('staff'),
    );
    expect(asked.data!.resourcesProjectFundingRequest.userErrors).toEqual([]);
    const refused = await eventually('fund refusal', async () => {
      const x = (await w.s.gql(ProjectGet, { id: p.id }, as('staff'))).data!.resourcesProject!;
      return x.fundingStatus === 'REFUSED' ? x : null;
    });
    expect(refused.fundingError).toBe('PURPOSE_UNKNOWN');
    const foreignFund = await w.s.gql(
      FundingRequest,
      { input: { projectId: p.id, fundId: toGlobalId('Fund', randomUUID()), amountFen: 10_000, purpose: 'PROJECT', payee: 'x' } },
      as('staff'),
    );
    expect(foreignFund.data!.resourcesProjectFundingRequest.project!.fundingStatus).toBe('REQUESTED');
    await eventually(
      'refused as unknown fund',
      async () => (await w.s.gql(ProjectGet, { id: p.id }, as('staff'))).data!.resourcesProject!.fundingError === 'INVALID_STATE',
    );
    const bad = await w.s.gql(FundingRequest, { input: { projectId: p.id, fundId: w.fundId, amountFen: 0, purpose: 'PROJECT', payee: 'x' } }, as('staff'));
    expect(bad.data!.resourcesProjectFundingRequest.userErrors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: ['input', 'amountFen'] });
  });
});

test('a community that has not enabled resources gets MODULE_DISABLED', async () => {
  expect((await w.s.gql(Toggle, { input: { moduleKey: 'resources', enabled: false } }, as('admin'))).data!.communityModuleConfigure.userErrors).toEqual([]);
  try {
    expect(codes(await w.s.gql(Needs, {}, as('staff')))).toEqual(['MODULE_DISABLED']);
  } finally {
    await w.s.gql(Toggle, { input: { moduleKey: 'resources', enabled: true } }, as('admin'));
  }
});
