// Shared world of the 公益创投 tests: the demo community with `fund` and `venture` on, two social
// organizations in the registry, a fund (committee: party, volunteer, cobuild; custodian agent: org)
// holding money, an outsider community whose admin probes with this community's ids; typed
// operations; a helper that makes a call in any state of the cycle.
import { Client } from 'pg';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { waitUntil } from '../harness/proc-events';
import { FundCreate, FundRecord } from '../fund/fund.fixture';

export const LOGINS = ['admin', 'staff', 'grid', 'socialworker', 'volunteer', 'party', 'org', 'cobuild', 'resident'] as const;
export type Login = (typeof LOGINS)[number];

const Enable = graphql(`
  mutation VentureFxEnable($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
        message
      }
    }
  }
`);
const Members = graphql(`
  query VentureFxMembers {
    memberships(first: 100) {
      nodes {
        id
        login
      }
    }
    community {
      id
    }
  }
`);
const Orgs = graphql(`
  mutation VentureFxOrgs($a: SocialOrganizationCreateInput!, $b: SocialOrganizationCreateInput!, $c: CharityResourceCreateInput!) {
    a: socialOrganizationCreate(input: $a) {
      socialOrganization {
        id
      }
    }
    b: socialOrganizationCreate(input: $b) {
      socialOrganization {
        id
      }
    }
    charityResourceCreate(input: $c) {
      charityResource {
        id
      }
    }
  }
`);
const CommunityCreate = graphql(`
  mutation VentureFxCommunityCreate($input: CommunityCreateInput!) {
    communityCreate(input: $input) {
      community {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);
const Login_ = graphql(`
  mutation VentureFxLogin($input: AuthLoginInput!) {
    authLogin(input: $input) {
      accessToken
      userErrors {
        code
      }
    }
  }
`);
const AddMember = graphql(`
  mutation VentureFxAddMember($input: MembershipAddInput!) {
    membershipAdd(input: $input) {
      membership {
        id
      }
      userErrors {
        code
        message
      }
    }
  }
`);

export const CallCreate = graphql(`
  mutation VentureCallCreate($input: VentureCallCreateInput!) {
    ventureCallCreate(input: $input) {
      call {
        id
        title
        status
        totalBudgetFen
        ceilingFen
        panelSize
        acceptingApplications
        fundId
        criteria {
          key
          name
          weight
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
export const CallClose = graphql(`
  mutation VentureCallClose($input: VentureCallIdInput!) {
    ventureCallClose(input: $input) {
      call {
        id
        status
        acceptingApplications
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const CallAward = graphql(`
  mutation VentureCallAward($input: VentureCallAwardInput!) {
    ventureCallAward(input: $input) {
      call {
        id
        status
        awardedFen
        awardReason
        awardedAt
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const Apply = graphql(`
  mutation VentureApply($input: VentureApplyInput!) {
    ventureApply(input: $input) {
      application {
        id
        title
        status
        requestedFen
        milestones {
          id
          seq
          title
          amountFen
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
export const Score = graphql(`
  mutation VentureScore($input: VentureApplicationScoreInput!) {
    ventureApplicationScore(input: $input) {
      application {
        id
        reviewCount
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const Report = graphql(`
  mutation VentureReport($input: VentureMilestoneReportInput!) {
    ventureMilestoneReport(input: $input) {
      milestone {
        id
        status
        report
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const PaymentRequest = graphql(`
  mutation VenturePaymentRequest($input: VentureMilestoneIdInput!) {
    ventureMilestonePaymentRequest(input: $input) {
      milestone {
        id
        status
        disbursementId
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);
export const CallGet = graphql(`
  query VentureCallGet($id: ID!) {
    ventureCall(id: $id) {
      id
      title
      status
      totalBudgetFen
      ceilingFen
      awardedFen
      awardReason
      panelSize
      viewerOnPanel
      acceptingApplications
      applications {
        id
        title
        status
        requestedFen
        score
        rank
        reviewCount
        organization {
          id
          name
        }
        viewerCan {
          score
        }
      }
    }
  }
`);
export const Calls = graphql(`
  query VentureCalls($status: VentureCallStatus) {
    ventureCalls(first: 50, status: $status) {
      nodes {
        id
        status
      }
    }
  }
`);
export const AppGet = graphql(`
  query VentureAppGet($id: ID!) {
    ventureApplication(id: $id) {
      id
      title
      status
      requestedFen
      score
      rank
      reviewCount
      viewerCan {
        score
      }
      milestones {
        id
        seq
        title
        amountFen
        status
        report
        paymentError
        disbursementId
        paidAt
        viewerCan {
          report
          requestPayment
        }
      }
    }
  }
`);
export const Disbursement = graphql(`
  query VentureDisbursement($id: ID!) {
    node(id: $id) {
      ... on FundDisbursement {
        id
        status
        amountFen
        purpose
        payee
        projectRef
        approvalsRequired
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
  orgA: string;
  orgB: string;
  fundId: string;
  outsider: GqlOptions;
}

let n = 0;
export const key = (p = 'vc') => `${p}-${process.pid}-${Date.now()}-${++n}`;
export const raw = (globalId: string) => Buffer.from(globalId, 'base64url').toString('utf8').split(':')[2]!;
export const as = (w: World, l: Login): GqlOptions => ({ token: w.tokens[l] });

/** Payload's userErrors are empty; returns the payload. */
export function ok<T extends { userErrors: unknown[] }>(p: T | undefined | null): T {
  expect(p?.userErrors).toEqual([]);
  return p!;
}

export async function world(): Promise<World> {
  const s = await startTestServer({ demo: true });
  const db = new Client({ connectionString: s.databaseUrl });
  await db.connect();
  const tokens = {} as Record<Login, string>;
  for (const l of LOGINS) tokens[l] = await s.login(l);
  const admin = { token: tokens.admin };
  for (const moduleKey of ['fund', 'venture']) ok((await s.gql(Enable, { input: { moduleKey, enabled: true } }, admin)).data?.communityModuleConfigure);
  const m = (await s.gql(Members, {}, admin)).data!;
  const members = Object.fromEntries(m.memberships.nodes.map((x) => [x.login, x.id])) as Record<Login, string>;
  const f = (await s.gql(Orgs, { a: { name: '十方缘老人呵护中心' }, b: { name: '阳光助残服务社' }, c: { name: '宝鸡市慈善总会' } }, admin)).data!;
  const orgA = f.a.socialOrganization!.id;
  const fund = ok(
    (
      await s.gql(
        FundCreate,
        {
          input: {
            name: '社区公益基金',
            kind: 'GENERAL',
            custodianId: orgA,
            committeeMemberIds: [members.party, members.volunteer, members.cobuild],
            custodianAgentIds: [members.org],
          },
        },
        admin,
      )
    ).data?.fundCreate,
  ).fund!;
  ok(
    (
      await s.gql(
        FundRecord,
        {
          input: {
            fundId: fund.id,
            kind: 'MONEY',
            amountFen: 5_000_000,
            donor: { id: f.charityResourceCreate.charityResource!.id },
            idempotencyKey: key('don'),
          },
        },
        { token: tokens.org },
      )
    ).data?.fundDonationRecord,
  );
  // The outsider: admin (and social organization member) of another community, probing with this one's ids.
  const platform = await s.login('platform');
  const b = ok((await s.gql(CommunityCreate, { input: { name: '外社区（创投）', regionCode: '529999000041' } }, { token: platform })).data?.communityCreate)
    .community!.id;
  const pInB = (await s.gql(Login_, { input: { login: 'platform', password: 'wushe-demo', community: b } })).data!.authLogin.accessToken!;
  for (const moduleKey of ['fund', 'venture'])
    ok((await s.gql(Enable, { input: { moduleKey, enabled: true } }, { token: pInB })).data?.communityModuleConfigure);
  ok(
    (
      await s.gql(
        AddMember,
        { input: { login: 'venture-outsider', displayName: '外社区管理员', password: 'outsider-pass-1', roles: ['COMMUNITY_ADMIN', 'SOCIAL_ORG_MEMBER'] } },
        { token: pInB },
      )
    ).data?.membershipAdd,
  );
  const tOut = (await s.gql(Login_, { input: { login: 'venture-outsider', password: 'outsider-pass-1', community: b } })).data!.authLogin.accessToken!;
  return {
    s,
    db,
    tokens,
    members,
    communityId: m.community.id,
    rawCommunityId: raw(m.community.id),
    orgA,
    orgB: f.b.socialOrganization!.id,
    fundId: fund.id,
    outsider: { token: tOut },
  };
}

export async function stopWorld(w: World | undefined): Promise<void> {
  await w?.db.end();
  await w?.s.stop();
}

/** Polls until `fn` returns truthy (event handlers run after commit). */
export const eventually = <T>(what: string, fn: () => Promise<T | null | undefined | false>) => waitUntil(what, fn, 10_000, 100);

export const CRITERIA = [
  { key: 'need', name: '需求契合度', weight: 60 },
  { key: 'plan', name: '方案可行性', weight: 40 },
];
export const PANEL: Login[] = ['party', 'grid', 'socialworker'];

/** A fresh OPEN call (window: an hour ago to a day ahead): budget 600,000, ceiling 400,000 fen. */
export async function openCall(w: World, over: Record<string, unknown> = {}): Promise<string> {
  const r = await w.s.gql(
    CallCreate,
    {
      input: {
        title: `2026年度社区公益创投 ${++n}`,
        fundId: w.fundId,
        purpose: 'PROJECT',
        totalBudgetFen: 600_000,
        ceilingFen: 400_000,
        opensAt: new Date(Date.now() - 3_600_000).toISOString(),
        closesAt: new Date(Date.now() + 86_400_000).toISOString(),
        criteria: CRITERIA,
        panelMemberIds: PANEL.map((l) => w.members[l]),
        ...over,
      } as any,
    },
    as(w, 'staff'),
  );
  return ok(r.data?.ventureCallCreate).call!.id;
}

/** An application of `org` (as the `org` login) for `requestedFen`, in two milestones. */
export async function applyTo(
  w: World,
  callId: string,
  org: string,
  requestedFen: number,
  milestones?: number[],
): Promise<{ id: string; milestones: string[] }> {
  const parts = milestones ?? [requestedFen - Math.floor(requestedFen / 2), Math.floor(requestedFen / 2)];
  const r = await w.s.gql(
    Apply,
    {
      input: {
        callId,
        organizationId: org,
        title: `银龄互助·邻里守望 ${++n}`,
        summary: '组织低龄老人结对探访独居高龄老人',
        requestedFen,
        milestones: parts.map((amountFen, i) => ({ title: `节点 ${i + 1}`, amountFen })),
      },
    },
    as(w, 'org'),
  );
  const a = ok(r.data?.ventureApply).application!;
  return { id: a.id, milestones: a.milestones.map((m) => m.id) };
}

/** Every panel member scores every criterion of the application with `need`/`plan`. */
export async function scoreAll(w: World, applicationId: string, need: number, plan: number, panel: Login[] = PANEL): Promise<void> {
  for (const l of panel)
    ok(
      (
        await w.s.gql(
          Score,
          {
            input: {
              applicationId,
              scores: [
                { criterion: 'need', score: need },
                { criterion: 'plan', score: plan },
              ],
            },
          },
          as(w, l),
        )
      ).data?.ventureApplicationScore,
    );
}

/** A call closed with two applications: A (300,000) scored high, B (400,000) lower; awarded if asked (only A fits the budget then). */
export async function reviewedCall(
  w: World,
  opts: { award?: boolean } = {},
): Promise<{ callId: string; a: { id: string; milestones: string[] }; b: { id: string; milestones: string[] } }> {
  const callId = await openCall(w);
  const a = await applyTo(w, callId, w.orgA, 300_000);
  const b = await applyTo(w, callId, w.orgB, 400_000);
  ok((await w.s.gql(CallClose, { input: { id: callId } }, as(w, 'staff'))).data?.ventureCallClose);
  await scoreAll(w, a.id, 90, 80);
  await scoreAll(w, b.id, 70, 60);
  if (opts.award) ok((await w.s.gql(CallAward, { input: { id: callId, reason: '评审会 2026-12-01 确认排名' } }, as(w, 'admin'))).data?.ventureCallAward);
  return { callId, a, b };
}
