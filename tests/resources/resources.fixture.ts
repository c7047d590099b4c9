// Shared world of the 三项清单 tests: the demo community (panzhou-jinqiu preset: grid, dispatch,
// council) with `resources` and `fund` enabled, a member unit, a social organization and a 商会 in
// the five-forces registry, the two demo grids, a fund with committee (party, volunteer, cobuild)
// and custodian agent (org) holding money; typed operations.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../harness/server';
import { waitUntil } from '../harness/proc-events';

export const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident'] as const;
export type Login = (typeof LOGINS)[number];

const Enable = graphql(`
  mutation ResourcesFxEnable($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Members = graphql(`
  query ResourcesFxMembers {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
    community {
      id
    }
    gridUnits(first: 10) {
      nodes {
        id
        code
      }
    }
  }
`);
const Forces = graphql(`
  mutation ResourcesFxForces($o: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!, $u: CobuildingUnitCreateInput!) {
    socialOrganizationCreate(input: $o) {
      socialOrganization {
        id
      }
    }
    charityResourceCreate(input: $c) {
      charityResource {
        id
      }
    }
    cobuildingUnitCreate(input: $u) {
      cobuildingUnit {
        id
      }
    }
  }
`);
const FundCreate = graphql(`
  mutation ResourcesFxFund($input: FundCreateInput!) {
    fundCreate(input: $input) {
      fund {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const FundRecord = graphql(`
  mutation ResourcesFxDonate($input: FundDonationInput!) {
    fundDonationRecord(input: $input) {
      donation {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const NeedFields = `id title category categoryName status source demandCount gridUnitId sourceId description reason metAt project { id status }`;
export const NeedCreate = graphql(`
  mutation ResourcesNeedCreate($input: ResourcesNeedCreateInput!) {
    resourcesNeedCreate(input: $input) {
      need {
        id
        title
        category
        status
        source
        gridUnitId
        demandCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const NeedClose = graphql(`
  mutation ResourcesNeedClose($input: ResourcesNeedCloseInput!) {
    resourcesNeedClose(input: $input) {
      need {
        id
        status
        reason
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const NeedGet = graphql(`
  query ResourcesNeedGet($id: ID!) {
    resourcesNeed(id: $id) {
      id
      title
      category
      categoryName
      status
      source
      demandCount
      gridUnitId
      sourceId
      reason
      metAt
      project {
        id
        status
      }
    }
  }
`);
export const Needs = graphql(`
  query ResourcesNeeds($source: ResourcesNeedSource, $status: ResourcesNeedStatus) {
    resourcesNeeds(source: $source, status: $status, first: 100) {
      totalCount
      nodes {
        id
        title
        category
        status
        source
        demandCount
        gridUnitId
        sourceId
      }
    }
  }
`);
export const Matches = graphql(`
  query ResourcesMatches($needId: ID!, $first: Int) {
    resourcesNeedMatches(needId: $needId, first: $first) {
      score
      reasons
      resource {
        id
        title
      }
    }
  }
`);
export const ResourceCreate = graphql(`
  mutation ResourcesResourceCreate($input: ResourcesResourceCreateInput!) {
    resourcesResourceCreate(input: $input) {
      resource {
        id
        title
        kind
        category
        gridUnitId
        valueFen
        quantity
        unit
        active
        editable
        provider {
          id
          type
          name
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
export const ResourceUpdate = graphql(`
  mutation ResourcesResourceUpdate($input: ResourcesResourceUpdateInput!) {
    resourcesResourceUpdate(input: $input) {
      resource {
        id
        title
        active
        quantity
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const ResourceGet = graphql(`
  query ResourcesResourceGet($id: ID!) {
    resourcesResource(id: $id) {
      id
      title
      provider {
        name
      }
    }
  }
`);
export const SurveyCreate = graphql(`
  mutation ResourcesSurveyCreate($input: ResourcesSurveyCreateInput!) {
    resourcesSurveyCreate(input: $input) {
      survey {
        id
        title
        status
        responsesCount
        questions {
          key
          kind
          options {
            key
            label
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
export const SurveyAnswer = graphql(`
  mutation ResourcesSurveyAnswer($input: ResourcesSurveyAnswerInput!) {
    resourcesSurveyAnswer(input: $input) {
      survey {
        id
        responsesCount
        answered
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const SurveyClose = graphql(`
  mutation ResourcesSurveyClose($input: ResourcesSurveyCloseInput!) {
    resourcesSurveyClose(input: $input) {
      survey {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const SurveyToNeeds = graphql(`
  mutation ResourcesSurveyToNeeds($input: ResourcesSurveyToNeedsInput!) {
    resourcesSurveyToNeeds(input: $input) {
      needs {
        id
        title
        category
        demandCount
        source
        sourceId
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const SurveyGet = graphql(`
  query ResourcesSurveyGet($id: ID!) {
    resourcesSurvey(id: $id) {
      id
      status
      responsesCount
      answered
      results {
        key
        answered
        texts
        options {
          key
          label
          count
        }
      }
    }
  }
`);
export const ProjectFields = `id title status budgetFen fundingStatus fundingAmountFen fundingError fundingDisbursementId ownerName resourceValueFen
  need { id status } resources { quantity valueFen resource { id title } } milestones { id title done position }
  permissions { start complete cancel editMilestones requestFunding }`;
export const ProjectCreate = graphql(`
  mutation ResourcesProjectCreate($input: ResourcesProjectCreateInput!) {
    resourcesProjectCreate(input: $input) {
      project {
        id
        status
        budgetFen
        resourceValueFen
        need {
          id
          status
        }
        milestones {
          id
          title
          done
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
export const ProjectStart = graphql(`
  mutation ResourcesProjectStart($input: ResourcesProjectActInput!) {
    resourcesProjectStart(input: $input) {
      project {
        id
        status
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const ProjectComplete = graphql(`
  mutation ResourcesProjectComplete($input: ResourcesProjectActInput!) {
    resourcesProjectComplete(input: $input) {
      project {
        id
        status
        need {
          status
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
export const ProjectCancel = graphql(`
  mutation ResourcesProjectCancel($input: ResourcesProjectActInput!) {
    resourcesProjectCancel(input: $input) {
      project {
        id
        status
        reason
        need {
          status
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
export const MilestoneAdd = graphql(`
  mutation ResourcesMilestoneAdd($input: ResourcesMilestoneAddInput!) {
    resourcesMilestoneAdd(input: $input) {
      project {
        id
        milestones {
          id
          title
          done
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
export const MilestoneSet = graphql(`
  mutation ResourcesMilestoneSet($input: ResourcesMilestoneSetInput!) {
    resourcesMilestoneSet(input: $input) {
      project {
        id
        milestones {
          id
          done
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
export const FundingRequest = graphql(`
  mutation ResourcesFundingRequest($input: ResourcesProjectFundingRequestInput!) {
    resourcesProjectFundingRequest(input: $input) {
      project {
        id
        fundingStatus
        fundingAmountFen
        fundingDisbursementId
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const ProjectGet = graphql(`
  query ResourcesProjectGet($id: ID!) {
    resourcesProject(id: $id) {
      id
      title
      status
      budgetFen
      fundingStatus
      fundingAmountFen
      fundingError
      fundingDisbursementId
      ownerName
      resourceValueFen
      need {
        id
        status
      }
      resources {
        quantity
        valueFen
        resource {
          id
          title
        }
      }
      milestones {
        id
        title
        done
        position
      }
      permissions {
        start
        complete
        cancel
        editMilestones
        requestFunding
      }
    }
  }
`);

export interface World {
  s: TestServer;
  db: Client;
  tokens: Record<Login, string>;
  members: Record<Login, string>;
  communityId: string;
  rawCommunityId: string;
  grids: { g1: string; g2: string };
  unitId: string;
  orgId: string;
  charityId: string;
  fundId: string;
}

let n = 0;
export const key = (p = 'res') => `${p}-${process.pid}-${Date.now()}-${++n}`;
export const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[2]!;

export async function world(): Promise<World> {
  const s = await startTestServer({ demo: true });
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const tokens = {} as Record<Login, string>;
  for (const l of LOGINS) tokens[l] = await s.login(l);
  const admin = { token: tokens.admin };
  for (const moduleKey of ['fund', 'resources']) {
    const r = await s.gql(Enable, { input: { moduleKey, enabled: true } }, admin);
    expect(r.data?.communityModuleConfigure.userErrors).toEqual([]);
  }
  const m = (await s.gql(Members, {}, admin)).data!;
  const members = Object.fromEntries(m.memberships.nodes.map((x) => [x.login, x.id])) as Record<Login, string>;
  const grid = (code: string) => m.gridUnits.nodes.find((u) => u.code === code)!.id;
  const f = (
    await s.gql(Forces, { o: { name: '十方缘老人呵护中心' }, c: { name: '回民区商会', kind: 'CHAMBER' }, u: { name: '内蒙古体育局（大党委成员单位）' } }, admin)
  ).data!;
  const w: World = {
    s,
    db,
    tokens,
    members,
    communityId: m.community.id,
    rawCommunityId: raw(m.community.id),
    grids: { g1: grid('G1'), g2: grid('G2') },
    unitId: f.cobuildingUnitCreate.cobuildingUnit!.id,
    orgId: f.socialOrganizationCreate.socialOrganization!.id,
    charityId: f.charityResourceCreate.charityResource!.id,
    fundId: '',
  };
  const fund = await s.gql(
    FundCreate,
    {
      input: {
        name: '三顺店社区基金',
        kind: 'GENERAL',
        custodianId: w.orgId,
        committeeMemberIds: [members.party, members.volunteer, members.cobuild],
        custodianAgentIds: [members.org],
      },
    },
    admin,
  );
  expect(fund.data?.fundCreate.userErrors).toEqual([]);
  w.fundId = fund.data!.fundCreate.fund!.id;
  const don = await s.gql(
    FundRecord,
    { input: { fundId: w.fundId, kind: 'MONEY', amountFen: 1_000_000, donor: { id: w.charityId }, idempotencyKey: key('don') } },
    { token: tokens.org },
  );
  expect(don.data?.fundDonationRecord.userErrors).toEqual([]);
  return w;
}

export async function stopWorld(w: World | undefined): Promise<void> {
  await w?.db.end();
  await w?.s.stop();
}

/** A fresh open need of category `health` in grid G1, recorded by staff. */
export async function need(w: World, over: Record<string, unknown> = {}): Promise<string> {
  const r = await w.s.gql(
    NeedCreate,
    { input: { category: 'health', title: `独居老人上门体检 ${++n}`, gridUnitId: w.grids.g1, ...over } as any },
    { token: w.tokens.staff },
  );
  expect(r.data?.resourcesNeedCreate.userErrors).toEqual([]);
  return r.data!.resourcesNeedCreate.need!.id;
}

/** A fresh resource of the member unit. */
export async function resource(w: World, over: Record<string, unknown> = {}): Promise<string> {
  const r = await w.s.gql(
    ResourceCreate,
    {
      input: {
        kind: 'SKILL',
        title: `周末义诊 ${++n}`,
        category: 'health',
        providerId: w.unitId,
        quantity: 10,
        unit: '小时',
        valueFen: 50_000,
        ...over,
      } as any,
    },
    { token: w.tokens.staff },
  );
  expect(r.data?.resourcesResourceCreate.userErrors).toEqual([]);
  return r.data!.resourcesResourceCreate.resource!.id;
}

/** A PLANNED project owned by `owner` for a fresh need, with two milestones. */
export async function project(w: World, owner: Login = 'party'): Promise<{ id: string; needId: string; milestones: string[] }> {
  const needId = await need(w);
  const r = await w.s.gql(
    ProjectCreate,
    {
      input: {
        needId,
        title: '助老义诊进小区',
        ownerId: w.members[owner],
        budgetFen: 80_000,
        resources: [{ resourceId: await resource(w) }],
        milestones: [{ title: '摸底名单' }, { title: '开展义诊', dueOn: '2026-12-01' }],
      },
    },
    { token: w.tokens.staff },
  );
  expect(r.data?.resourcesProjectCreate.userErrors).toEqual([]);
  const p = r.data!.resourcesProjectCreate.project!;
  return { id: p.id, needId, milestones: p.milestones.map((m) => m.id) };
}

/** Polls until `fn` returns truthy (event handlers run after commit). */
export const eventually = <T>(what: string, fn: () => Promise<T | null | undefined | false>) => waitUntil(what, fn, 10_000, 100);
