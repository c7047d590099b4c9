// viewerCan of 公益创投 applications and milestones agrees with what each mutation does, for the
// applicant, panel members, a reviewer off the panel, staff, the admin and a resident, across the
// states of the cycle (the generic check of tests/harness/viewer-can.ts).
import { graphql } from '../gql';
import { viewerCanAgreement } from '../harness/viewer-can';
import {
  AppGet,
  CallAward,
  CallClose,
  PaymentRequest,
  Report,
  Score,
  applyTo,
  as,
  ok,
  openCall,
  reviewedCall,
  scoreAll,
  stopWorld,
  world,
  type World,
} from './venture.fixture';

let w: World;
beforeAll(async () => {
  w = await world();
}, 120_000);
afterAll(() => stopWorld(w));

const MilestoneCan = graphql(`
  query VentureMilestoneCan($id: ID!) {
    node(id: $id) {
      ... on VentureMilestone {
        id
        viewerCan {
          report
          requestPayment
        }
      }
    }
  }
`);

const callers = () => ({
  org: as(w, 'org'),
  party: as(w, 'party'),
  cobuild: as(w, 'cobuild'),
  staff: as(w, 'staff'),
  admin: as(w, 'admin'),
  resident: as(w, 'resident'),
});

test('application viewerCan.score agrees with ventureApplicationScore', async () => {
  const { disagreements, allowed } = await viewerCanAgreement(w.s, {
    type: 'VentureApplicationViewerCan',
    states: {
      'call OPEN': async () => (await applyTo(w, await openCall(w), w.orgA, 100_000)).id,
      'call CLOSED': async () => {
        const c = await openCall(w);
        const a = await applyTo(w, c, w.orgA, 100_000);
        ok((await w.s.gql(CallClose, { input: { id: c } }, as(w, 'staff'))).data?.ventureCallClose);
        return a.id;
      },
      'call AWARDED': async () => (await reviewedCall(w, { award: true })).a.id,
    },
    callers: callers(),
    read: async (id, c) => ((await w.s.gql(AppGet, { id }, c)).data?.ventureApplication?.viewerCan as Record<string, boolean> | undefined) ?? null,
    attempts: {
      score: (id, c) =>
        w.s.gql(
          Score,
          {
            input: {
              applicationId: id,
              scores: [
                { criterion: 'need', score: 70 },
                { criterion: 'plan', score: 70 },
              ],
            },
          },
          c,
        ),
    },
  });
  expect(disagreements).toEqual([]);
  expect(allowed).toBeGreaterThan(0);
}, 120_000);

test('milestone viewerCan agrees with ventureMilestoneReport and ventureMilestonePaymentRequest', async () => {
  const awarded = async () => {
    const c = await openCall(w);
    const a = await applyTo(w, c, w.orgA, 100_000);
    ok((await w.s.gql(CallClose, { input: { id: c } }, as(w, 'staff'))).data?.ventureCallClose);
    await scoreAll(w, a.id, 80, 80);
    ok((await w.s.gql(CallAward, { input: { id: c, reason: '评定' } }, as(w, 'admin'))).data?.ventureCallAward);
    return a.milestones[0]!;
  };
  const reported = async () => {
    const m = await awarded();
    ok((await w.s.gql(Report, { input: { id: m, report: '完成' } }, as(w, 'org'))).data?.ventureMilestoneReport);
    return m;
  };
  const { disagreements, allowed } = await viewerCanAgreement(w.s, {
    type: 'VentureMilestoneViewerCan',
    states: {
      'not awarded': async () => (await reviewedCall(w, { award: true })).b.milestones[0]!,
      PLANNED: awarded,
      REPORTED: reported,
      PAYMENT_REQUESTED: async () => {
        const m = await reported();
        ok((await w.s.gql(PaymentRequest, { input: { id: m } }, as(w, 'staff'))).data?.ventureMilestonePaymentRequest);
        return m;
      },
    },
    callers: callers(),
    read: async (id, c) => {
      const n = (await w.s.gql(MilestoneCan, { id }, c)).data?.node;
      return n && 'viewerCan' in n ? (n.viewerCan as unknown as Record<string, boolean>) : null;
    },
    attempts: {
      report: (id, c) => w.s.gql(Report, { input: { id, report: '完成' } }, c),
      requestPayment: (id, c) => w.s.gql(PaymentRequest, { input: { id } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(allowed).toBeGreaterThan(0);
}, 300_000);
