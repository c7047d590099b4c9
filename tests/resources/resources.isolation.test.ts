// Tenant isolation of 三项清单: community B's admin calls every ID-taking field with ids of
// community A's objects. Each answer must equal the answer to a random id of the same type, carry
// no byte of A's data, and leave A unchanged. Funding with A's fund id: the fund (scoped by the
// event's community) refuses it in B exactly like an unknown fund.
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { toGlobalId } from '../../src/schema/global-id';
import {
  FundingRequest,
  Matches,
  MilestoneAdd,
  MilestoneSet,
  NeedClose,
  NeedCreate,
  NeedGet,
  ProjectCancel,
  ProjectComplete,
  ProjectCreate,
  ProjectGet,
  ProjectStart,
  ResourceCreate,
  ResourceGet,
  ResourceUpdate,
  SurveyAnswer,
  SurveyClose,
  SurveyCreate,
  SurveyGet,
  SurveyToNeeds,
  eventually,
  need,
  project,
  raw,
  resource,
  stopWorld,
  world,
  type World,
} from './resources.fixture';

const Login = graphql(`
  mutation ResourcesIsoLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
    }
  }
`);
const Create = graphql(`
  mutation ResourcesIsoCommunity($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
    }
  }
`);
const Add = graphql(`
  mutation ResourcesIsoMember($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Enable = graphql(`
  mutation ResourcesIsoEnable($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const BSetup = graphql(`
  mutation ResourcesIsoForces($u: CobuildingUnitCreateInput!, $o: SocialOrganizationCreateInput!) {
    cobuildingUnitCreate(input: $u) {
      cobuildingUnit {
        id
      }
    }
    socialOrganizationCreate(input: $o) {
      socialOrganization {
        id
      }
    }
  }
`);
const BMembers = graphql(`
  query ResourcesIsoMembers {
    memberships {
      nodes {
        id
        login
      }
    }
  }
`);
const BFund = graphql(`
  mutation ResourcesIsoFund($input: FundCreateInput!) {
    fundCreate(input: $input) {
      fund {
        id
      }
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

test("community B's admin with ids of A gets the answer of a random id, and nothing is written", async () => {
  const platform = await w.s.login('platform');
  const b = (await w.s.gql(Create, { input: { name: 'RES-B 社区', regionCode: '150103000001' } }, { token: platform })).data!.communityCreate.community!.id;
  const pInB = (await w.s.gql(Login, { input: { login: 'platform', password: 'wushe-demo', community: b } })).data!.authLogin.accessToken!;
  await w.s.gql(Add, { input: { login: 'res-b-admin', displayName: 'B 管理员', password: 'res-b-pass-1', roles: ['COMMUNITY_ADMIN'] } }, { token: pInB });
  const B = { token: (await w.s.gql(Login, { input: { login: 'res-b-admin', password: 'res-b-pass-1', community: b } })).data!.authLogin.accessToken! };
  for (const moduleKey of ['grid', 'fund', 'resources']) await w.s.gql(Enable, { input: { moduleKey, enabled: true } }, B);
  const f = (await w.s.gql(BSetup, { u: { name: 'B 成员单位' }, o: { name: 'B 社会组织' } }, B)).data!;
  const bUnit = f.cobuildingUnitCreate.cobuildingUnit!.id;
  const bMember = (await w.s.gql(BMembers, {}, B)).data!.memberships.nodes.find((m) => m.login === 'res-b-admin')!.id;
  const bNeed = (await w.s.gql(NeedCreate, { input: { category: 'health', title: 'B 需求' } }, B)).data!.resourcesNeedCreate.need!.id;
  const bResource = (await w.s.gql(ResourceCreate, { input: { kind: 'SKILL', title: 'B 资源', providerId: bUnit } }, B)).data!.resourcesResourceCreate.resource!
    .id;
  const bProject = async () => {
    const n = (await w.s.gql(NeedCreate, { input: { category: 'health', title: 'B 需求' } }, B)).data!.resourcesNeedCreate.need!.id;
    return (await w.s.gql(ProjectCreate, { input: { needId: n, title: 'B 项目', ownerId: bMember, budgetFen: 0, resources: [{ resourceId: bResource }] } }, B))
      .data!.resourcesProjectCreate.project!.id;
  };
  const bFundOk = (
    await w.s.gql(
      BFund,
      {
        input: {
          name: 'B 基金',
          kind: 'GENERAL',
          custodianId: f.socialOrganizationCreate.socialOrganization!.id,
          committeeMemberIds: [],
          custodianAgentIds: [bMember],
        },
      },
      B,
    )
  ).data!.fundCreate.userErrors;
  expect(bFundOk).toEqual([]);

  // Objects of A of each type.
  const aNeed = await need(w);
  const aResource = await resource(w);
  const aProject = await project(w);
  const aSurvey = (
    await w.s.gql(
      SurveyCreate,
      {
        input: {
          title: 'A 调查 金秋',
          questions: [
            {
              key: 'q',
              text: '需要什么',
              kind: 'SINGLE',
              options: [
                { key: 'a', label: '助餐' },
                { key: 'b', label: '义诊' },
              ],
            },
          ],
        },
      },
      { token: w.tokens.staff },
    )
  ).data!.resourcesSurveyCreate.survey!.id;
  await w.s.gql(SurveyAnswer, { input: { surveyId: aSurvey, answers: [{ questionKey: 'q', optionKeys: ['a'] }] } }, { token: w.tokens.resident });
  const A = w.rawCommunityId;
  const fingerprint = async () =>
    (
      await w.db.query(
        `select (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_need x where community_id = $1) n,
            (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_resource x where community_id = $1) r,
            (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_project x where community_id = $1) p,
            (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_milestone x where community_id = $1) m,
            (select md5(coalesce(string_agg(x::text, '' order by id), '')) from resources_survey x where community_id = $1) s,
            (select count(*) from resources_survey_response where community_id = $1) a, (select count(*) from fund_disbursement where community_id = $1) d,
            (select count(*) from outbox_event where type like 'resources.%' and community_id = $1) ev`,
        [A],
      )
    ).rows[0];
  const before = await fingerprint();
  const rnd = (type: string) => toGlobalId(type, randomUUID());
  type Case = [string, (id: string) => Promise<unknown>, string, string];
  const cases: Case[] = [
    ['Query.resourcesNeed(id)', (id) => w.s.gql(NeedGet, { id }, B), aNeed, 'ResourcesNeed'],
    ['Query.resourcesNeedMatches(needId)', (id) => w.s.gql(Matches, { needId: id }, B), aNeed, 'ResourcesNeed'],
    ['Query.resourcesResource(id)', (id) => w.s.gql(ResourceGet, { id }, B), aResource, 'ResourcesResource'],
    ['Query.resourcesProject(id)', (id) => w.s.gql(ProjectGet, { id }, B), aProject.id, 'ResourcesProject'],
    ['Query.resourcesSurvey(id)', (id) => w.s.gql(SurveyGet, { id }, B), aSurvey, 'ResourcesSurvey'],
    [
      'Mutation.resourcesNeedCreate(input.gridUnitId)',
      (id) => w.s.gql(NeedCreate, { input: { category: 'health', title: 'x', gridUnitId: id } }, B),
      w.grids.g1,
      'GridUnit',
    ],
    ['Mutation.resourcesNeedClose(input.id)', (id) => w.s.gql(NeedClose, { input: { id, reason: 'x' } }, B), aNeed, 'ResourcesNeed'],
    [
      'Mutation.resourcesResourceCreate(input.gridUnitId)',
      (id) => w.s.gql(ResourceCreate, { input: { kind: 'SKILL', title: 'x', providerId: bUnit, gridUnitId: id } }, B),
      w.grids.g1,
      'GridUnit',
    ],
    [
      'Mutation.resourcesResourceCreate(input.providerId)',
      (id) => w.s.gql(ResourceCreate, { input: { kind: 'SKILL', title: 'x', providerId: id } }, B),
      w.unitId,
      'CobuildingUnit',
    ],
    ['Mutation.resourcesResourceUpdate(input.id)', (id) => w.s.gql(ResourceUpdate, { input: { id, title: 'hacked' } }, B), aResource, 'ResourcesResource'],
    [
      'Mutation.resourcesSurveyCreate(input.gridUnitId)',
      (id) => w.s.gql(SurveyCreate, { input: { title: 'x', gridUnitId: id, questions: [{ key: 'q', text: '?', kind: 'TEXT' }] } }, B),
      w.grids.g1,
      'GridUnit',
    ],
    [
      'Mutation.resourcesSurveyAnswer(input.surveyId)',
      (id) => w.s.gql(SurveyAnswer, { input: { surveyId: id, answers: [{ questionKey: 'q', optionKeys: ['a'] }] } }, B),
      aSurvey,
      'ResourcesSurvey',
    ],
    ['Mutation.resourcesSurveyClose(input.id)', (id) => w.s.gql(SurveyClose, { input: { id } }, B), aSurvey, 'ResourcesSurvey'],
    [
      'Mutation.resourcesSurveyToNeeds(input.surveyId)',
      (id) => w.s.gql(SurveyToNeeds, { input: { surveyId: id, items: [{ questionKey: 'q', optionKey: 'a', category: 'health' }] } }, B),
      aSurvey,
      'ResourcesSurvey',
    ],
    [
      'Mutation.resourcesProjectCreate(input.needId)',
      (id) => w.s.gql(ProjectCreate, { input: { needId: id, title: 'x', ownerId: bMember, budgetFen: 0, resources: [{ resourceId: bResource }] } }, B),
      aNeed,
      'ResourcesNeed',
    ],
    [
      'Mutation.resourcesProjectCreate(input.ownerId)',
      (id) => w.s.gql(ProjectCreate, { input: { needId: bNeed, title: 'x', ownerId: id, budgetFen: 0, resources: [{ resourceId: bResource }] } }, B),
      w.members.party,
      'Membership',
    ],
    [
      'Mutation.resourcesProjectCreate(input.resources.resourceId)',
      (id) => w.s.gql(ProjectCreate, { input: { needId: bNeed, title: 'x', ownerId: bMember, budgetFen: 0, resources: [{ resourceId: id }] } }, B),
      aResource,
      'ResourcesResource',
    ],
    ['Mutation.resourcesProjectStart(input.id)', (id) => w.s.gql(ProjectStart, { input: { id } }, B), aProject.id, 'ResourcesProject'],
    ['Mutation.resourcesProjectComplete(input.id)', (id) => w.s.gql(ProjectComplete, { input: { id } }, B), aProject.id, 'ResourcesProject'],
    ['Mutation.resourcesProjectCancel(input.id)', (id) => w.s.gql(ProjectCancel, { input: { id, reason: 'x' } }, B), aProject.id, 'ResourcesProject'],
    [
      'Mutation.resourcesMilestoneAdd(input.projectId)',
      (id) => w.s.gql(MilestoneAdd, { input: { projectId: id, title: 'x' } }, B),
      aProject.id,
      'ResourcesProject',
    ],
    [
      'Mutation.resourcesMilestoneSet(input.id)',
      (id) => w.s.gql(MilestoneSet, { input: { id, done: true } }, B),
      aProject.milestones[0]!,
      'ResourcesMilestone',
    ],
    [
      'Mutation.resourcesProjectFundingRequest(input.projectId)',
      (id) => w.s.gql(FundingRequest, { input: { projectId: id, fundId: w.fundId, amountFen: 1, purpose: 'PROJECT', payee: 'x' } }, B),
      aProject.id,
      'ResourcesProject',
    ],
  ];
  const normalize = (body: unknown, id: string) => JSON.stringify(body).split(id).join('<ID>');
  for (const [what, call, aId, type] of cases) {
    const control = rnd(type);
    const real = normalize(await call(aId), aId);
    const random = normalize(await call(control), control);
    expect([what, real]).toEqual([what, random]);
    expect(real).not.toMatch(/金秋|赵磊|十方缘|体育局|助老义诊/);
  }
  // The fund and council ids travel in an event to B's fund, which refuses A's fund like an unknown one.
  for (const [what, input] of [
    ['Mutation.resourcesProjectFundingRequest(input.fundId)', { fundId: w.fundId }],
    ['Mutation.resourcesProjectFundingRequest(input.councilTopicId)', { fundId: rnd('Fund'), councilTopicId: rnd('CouncilTopic') }],
  ] as const) {
    const p = await bProject();
    const r = await w.s.gql(FundingRequest, { input: { projectId: p, amountFen: 100, purpose: 'PROJECT', payee: 'x', ...input } }, B);
    expect([what, r.data!.resourcesProjectFundingRequest.userErrors]).toEqual([what, []]);
    const answer = await eventually(`${what} refused`, async () => {
      const x = (await w.s.gql(ProjectGet, { id: p }, B)).data!.resourcesProject!;
      return x.fundingStatus === 'REFUSED' ? x.fundingError : null;
    });
    expect([what, answer]).toEqual([what, 'INVALID_STATE']);
  }
  expect(await fingerprint()).toEqual(before);
  expect(raw(aNeed)).toBeTruthy();
});
