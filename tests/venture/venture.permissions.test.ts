// 公益创投 permissions (deny by default, the panel and applicant rules, who sees which application)
// and tenant isolation: another community's admin probing with this community's ids gets exactly
// the answer a random id gets, and nothing is written.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import venture from '../../src/modules/venture';
import { toGlobalId } from '../../src/schema/global-id';
import { graphql } from '../gql';
import { FundCreate } from '../fund/fund.fixture';
import {
  AppGet,
  Apply,
  CallAward,
  CallClose,
  CallCreate,
  CallGet,
  Calls,
  CRITERIA,
  PaymentRequest,
  Report,
  Score,
  as,
  ok,
  openCall,
  reviewedCall,
  stopWorld,
  world,
  type World,
} from './venture.fixture';

let w: World;
beforeAll(async () => {
  w = await world();
}, 120_000);
afterAll(() => stopWorld(w));

test('demo seed: with an active fund, one open call and one application of a registered organization; run twice, once', async () => {
  const { seed } = await venture.demoSeed!();
  for (let i = 0; i < 2; i++) {
    const em = w.s.wushe.app.orm.em.fork() as EntityManager;
    await em.transactional((tem) => seed(tem as EntityManager, w.rawCommunityId));
  }
  const calls = (
    await w.db.query(`select id, status, criteria, cardinality(panel_account_ids) p from venture_call where community_id = $1`, [w.rawCommunityId])
  ).rows;
  expect(calls).toHaveLength(1);
  expect(calls[0]).toMatchObject({ status: 'OPEN', p: expect.any(Number) });
  expect(calls[0].criteria.reduce((a: number, c: { weight: number }) => a + c.weight, 0)).toBe(100);
  const apps = (
    await w.db.query(
      `select requested_fen, (select sum(amount_fen) from venture_milestone m where m.application_id = a.id) total from venture_application a where call_id = $1`,
      [calls[0].id],
    )
  ).rows;
  expect(apps).toEqual([{ requested_fen: '3000000', total: '3000000' }]);
  // The demo call shows through GraphQL like any other.
  expect((await w.s.gql(Calls, { status: 'OPEN' }, as(w, 'resident'))).data!.ventureCalls.nodes).toHaveLength(1);
});

const code = (r: { errors?: readonly { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.code;

describe('permissions', () => {
  test('only staff publish and close calls; only an admin awards; only the applicant’s role applies; staff request payments', async () => {
    const callId = await openCall(w);
    const create = (who: Parameters<typeof as>[1]) =>
      w.s.gql(
        CallCreate,
        {
          input: {
            title: '无权发布',
            fundId: w.fundId,
            purpose: 'PROJECT',
            totalBudgetFen: 100_000,
            ceilingFen: 100_000,
            opensAt: new Date().toISOString(),
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
            criteria: CRITERIA,
            panelMemberIds: [w.members.party],
          },
        },
        as(w, who),
      );
    for (const who of ['resident', 'org', 'party', 'grid'] as const) expect(code(await create(who))).toBe('FORBIDDEN');
    expect(code(await w.s.gql(CallClose, { input: { id: callId } }, as(w, 'org')))).toBe('FORBIDDEN');
    const apply = (who: Parameters<typeof as>[1]) =>
      w.s.gql(
        Apply,
        { input: { callId, organizationId: w.orgB, title: 'x', summary: 'y', requestedFen: 10_000, milestones: [{ title: 'z', amountFen: 10_000 }] } },
        as(w, who),
      );
    for (const who of ['resident', 'staff', 'admin'] as const) expect(code(await apply(who))).toBe('FORBIDDEN');
    const { callId: reviewed, a } = await reviewedCall(w);
    expect(code(await w.s.gql(CallAward, { input: { id: reviewed, reason: '越权评定' } }, as(w, 'staff')))).toBe('FORBIDDEN');
    ok((await w.s.gql(CallAward, { input: { id: reviewed, reason: '评定' } }, as(w, 'admin'))).data?.ventureCallAward);
    ok((await w.s.gql(Report, { input: { id: a.milestones[0]!, report: '完成' } }, as(w, 'org'))).data?.ventureMilestoneReport);
    expect(code(await w.s.gql(PaymentRequest, { input: { id: a.milestones[0]! } }, as(w, 'org')))).toBe('FORBIDDEN');
    expect(code(await w.s.gql(Score, { input: { applicationId: a.id, scores: [{ criterion: 'need', score: 1 }] } }, as(w, 'resident')))).toBe('FORBIDDEN');
  });

  test('applications are seen by staff, the panel and their applicant only', async () => {
    const { callId, a } = await reviewedCall(w);
    const seen = async (who: Parameters<typeof as>[1]) => (await w.s.gql(CallGet, { id: callId }, as(w, who))).data!.ventureCall!.applications.length;
    expect(await seen('staff')).toBe(2);
    expect(await seen('party')).toBe(2); // on the panel
    expect(await seen('org')).toBe(2); // filed both (for two organizations)
    expect(await seen('cobuild')).toBe(0); // may review, not on this panel
    expect(await seen('resident')).toBe(0);
    expect((await w.s.gql(AppGet, { id: a.id }, as(w, 'resident'))).data!.ventureApplication).toBeNull();
    expect((await w.s.gql(AppGet, { id: a.id }, as(w, 'org'))).data!.ventureApplication!.score).toBeNull(); // not awarded yet
    expect((await w.s.gql(Calls, {}, as(w, 'resident'))).data!.ventureCalls.nodes.some((c) => c.id === callId)).toBe(true);
  });
});

const IsoCall = graphql(`
  query VentureIsoCall($id: ID!) {
    ventureCall(id: $id) {
      id
      title
    }
  }
`);
const IsoApp = graphql(`
  query VentureIsoApp($id: ID!) {
    ventureApplication(id: $id) {
      id
      title
    }
  }
`);
const IsoMembers = graphql(`
  query VentureIsoMembers {
    memberships(first: 10) {
      nodes {
        id
        login
      }
    }
  }
`);
const IsoOrg = graphql(`
  mutation VentureIsoOrg($input: SocialOrganizationCreateInput!) {
    socialOrganizationCreate(input: $input) {
      socialOrganization {
        id
      }
    }
  }
`);

describe('tenant isolation', () => {
  let ids: Record<string, string>;
  let own: { callId: string; fundId: string; member: string; orgId: string };
  beforeAll(async () => {
    const { callId, a } = await reviewedCall(w, { award: true });
    ids = {
      VentureCall: callId,
      VentureApplication: a.id,
      VentureMilestone: a.milestones[0]!,
      Fund: w.fundId,
      Membership: w.members.party,
      SocialOrganization: w.orgB,
    };
    // The outsider's own fund, organization and open call, so that only the foreign id can be wrong.
    const member = (await w.s.gql(IsoMembers, {}, w.outsider)).data!.memberships.nodes.find((m) => m.login === 'venture-outsider')!.id;
    const orgId = (await w.s.gql(IsoOrg, { input: { name: '外社区社会组织' } }, w.outsider)).data!.socialOrganizationCreate.socialOrganization!.id;
    const fundId = ok(
      (
        await w.s.gql(
          FundCreate,
          { input: { name: '外社区基金', kind: 'GENERAL', custodianId: orgId, committeeMemberIds: [member], custodianAgentIds: [member] } },
          w.outsider,
        )
      ).data?.fundCreate,
    ).fund!.id;
    const c = ok(
      (
        await w.s.gql(
          CallCreate,
          {
            input: {
              title: '外社区创投',
              fundId,
              purpose: 'PROJECT',
              totalBudgetFen: 100_000,
              ceilingFen: 100_000,
              opensAt: new Date(Date.now() - 60_000).toISOString(),
              closesAt: new Date(Date.now() + 86_400_000).toISOString(),
              criteria: CRITERIA,
              panelMemberIds: [member],
            },
          },
          w.outsider,
        )
      ).data?.ventureCallCreate,
    ).call!;
    own = { callId: c.id, fundId, member, orgId };
  });

  const random = (type: string) => toGlobalId(type, randomUUID());
  const norm = (r: unknown, id: string) => JSON.stringify(r).split(id).join('<ID>');
  const callInput = (over: Record<string, unknown>) => ({
    title: '外社区创投 2',
    fundId: own.fundId,
    purpose: 'PROJECT',
    totalBudgetFen: 100_000,
    ceilingFen: 100_000,
    opensAt: new Date(Date.now() - 60_000).toISOString(),
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    criteria: CRITERIA,
    panelMemberIds: [own.member],
    ...over,
  });
  const applyInput = (over: Record<string, unknown>) => ({
    callId: own.callId,
    organizationId: own.orgId,
    title: 'x',
    summary: 'y',
    requestedFen: 10_000,
    milestones: [{ title: 'z', amountFen: 10_000 }],
    ...over,
  });

  const CASES: [string, string, (id: string) => Promise<unknown>][] = [
    ['Query.ventureCall(id)', 'VentureCall', (id) => w.s.gql(IsoCall, { id }, w.outsider)],
    ['Query.ventureApplication(id)', 'VentureApplication', (id) => w.s.gql(IsoApp, { id }, w.outsider)],
    ['Mutation.ventureCallCreate(input.fundId)', 'Fund', (id) => w.s.gql(CallCreate, { input: callInput({ fundId: id }) as any }, w.outsider)],
    [
      'Mutation.ventureCallCreate(input.panelMemberIds)',
      'Membership',
      (id) => w.s.gql(CallCreate, { input: callInput({ panelMemberIds: [id] }) as any }, w.outsider),
    ],
    ['Mutation.ventureCallClose(input.id)', 'VentureCall', (id) => w.s.gql(CallClose, { input: { id } }, w.outsider)],
    ['Mutation.ventureCallAward(input.id)', 'VentureCall', (id) => w.s.gql(CallAward, { input: { id, reason: '越界' } }, w.outsider)],
    ['Mutation.ventureApply(input.callId)', 'VentureCall', (id) => w.s.gql(Apply, { input: applyInput({ callId: id }) }, w.outsider)],
    ['Mutation.ventureApply(input.organizationId)', 'SocialOrganization', (id) => w.s.gql(Apply, { input: applyInput({ organizationId: id }) }, w.outsider)],
    [
      'Mutation.ventureApplicationScore(input.applicationId)',
      'VentureApplication',
      (id) => w.s.gql(Score, { input: { applicationId: id, scores: [{ criterion: 'need', score: 1 }] } }, w.outsider),
    ],
    ['Mutation.ventureMilestoneReport(input.id)', 'VentureMilestone', (id) => w.s.gql(Report, { input: { id, report: '越界' } }, w.outsider)],
    ['Mutation.ventureMilestonePaymentRequest(input.id)', 'VentureMilestone', (id) => w.s.gql(PaymentRequest, { input: { id } }, w.outsider)],
  ];

  const fingerprint = async () =>
    (
      await w.db.query(
        `select (select md5(string_agg(x::text, '' order by id)) from venture_call x) c, (select md5(string_agg(x::text, '' order by id)) from venture_application x) a,
                (select md5(string_agg(x::text, '' order by id)) from venture_milestone x) m, (select count(*) from venture_score) s, (select count(*) from fund_disbursement) d`,
      )
    ).rows[0];

  test.each(CASES)('%s with an id of the other community answers like a random id and changes nothing', async (_coord, type, call) => {
    const before = await fingerprint();
    const foreign = await call(ids[type]!);
    const rnd = random(type);
    const missing = await call(rnd);
    expect(norm(foreign, ids[type]!)).toBe(norm(missing, rnd));
    expect(JSON.stringify(foreign)).not.toMatch(/INTERNAL|十方缘|银龄/);
    // The random id's attempt may write only what a successful call of the outsider would: compare the foreign one alone.
    const after = await fingerprint();
    expect(after).toEqual(before);
  });
});
