// viewerCan of points redemptions (issue 14) agrees with what cancelling and confirming a pickup
// actually do, for the household's own member, staff, the admin and other residents, in every
// redemption state (the generic check of tests/harness/viewer-can.ts).
import { randomUUID } from 'node:crypto';
import { graphql } from '../gql';
import { startTestServer, type GqlOptions, type TestServer } from '../harness/server';
import { viewerCanAgreement } from '../harness/viewer-can';
import { linkLoginToHousehold } from './points-link';

const Configure = graphql(`
  mutation PointsVcConfigure($input: CommunityModuleConfigureInput!) {
    communityModuleConfigure(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const Adjust = graphql(`
  mutation PointsVcAdjust($input: PointsAdjustInput!) {
    pointsAdjust(input: $input) {
      userErrors {
        code
      }
    }
  }
`);
const ItemCreate = graphql(`
  mutation PointsVcItem($input: PointsItemCreateInput!) {
    pointsItemCreate(input: $input) {
      item {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Redeem = graphql(`
  mutation PointsVcRedeem($input: PointsRedeemInput!) {
    pointsRedeem(input: $input) {
      redemption {
        id
        code
      }
      userErrors {
        code
      }
    }
  }
`);
const Cancel = graphql(`
  mutation PointsVcCancel($input: PointsRedemptionCancelInput!) {
    pointsRedemptionCancel(input: $input) {
      redemption {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const PickUp = graphql(`
  mutation PointsVcPickUp($input: PointsRedemptionPickUpInput!) {
    pointsRedemptionPickUp(input: $input) {
      redemption {
        id
      }
      userErrors {
        code
      }
    }
  }
`);
const Mine = graphql(`
  query PointsVcMine {
    pointsRedemptions(first: 100) {
      nodes {
        id
        code
        viewerCan {
          cancel
          pickUp
        }
      }
    }
  }
`);
const Households = graphql(`
  query PointsVcHouseholds {
    households(first: 100) {
      nodes {
        id
        number
      }
    }
  }
`);

let s: TestServer;
const who = {} as Record<string, GqlOptions>;
let item = '';
const codes = new Map<string, string>();

beforeAll(async () => {
  s = await startTestServer({ demo: true });
  for (const l of ['admin', 'staff', 'resident', 'volunteer', 'party']) who[l] = { token: await s.login(l) };
  expect(
    (await s.gql(Configure, { input: { moduleKey: 'points', enabled: true, settings: { approvalThreshold: 1_000_000 } } }, who.admin)).data!
      .communityModuleConfigure.userErrors,
  ).toEqual([]);
  await linkLoginToHousehold(s, who.admin!.token!, 'resident', 'JQ-2-01');
  const household = (await s.gql(Households, {}, who.admin)).data!.households.nodes.find((h) => h.number === 'JQ-2-01')!.id;
  const adjusted = await s.gql(Adjust, { input: { householdId: household, amount: 500, reason: '志愿服务积分', idempotencyKey: randomUUID() } }, who.staff);
  expect(adjusted.data!.pointsAdjust.userErrors).toEqual([]);
  const made = (await s.gql(ItemCreate, { input: { name: '洗衣液', pricePoints: 1, stock: 1000 } }, who.staff)).data!.pointsItemCreate;
  expect(made.userErrors).toEqual([]);
  item = made.item!.id;
}, 90_000);
afterAll(async () => {
  await s?.stop();
});

async function redemption(then?: 'cancel' | 'pickUp'): Promise<string> {
  const r = (await s.gql(Redeem, { input: { itemId: item, idempotencyKey: randomUUID() } }, who.resident)).data!.pointsRedeem;
  expect(r.userErrors).toEqual([]);
  const id = r.redemption!.id;
  codes.set(id, r.redemption!.code!);
  if (then === 'cancel')
    expect((await s.gql(Cancel, { input: { id, idempotencyKey: randomUUID() } }, who.resident)).data!.pointsRedemptionCancel.userErrors).toEqual([]);
  if (then === 'pickUp') expect((await s.gql(PickUp, { input: { code: codes.get(id)! } }, who.staff)).data!.pointsRedemptionPickUp.userErrors).toEqual([]);
  return id;
}

test('viewerCan of redemptions agrees with cancelling and confirming the pickup', async () => {
  const { disagreements, cells, allowed } = await viewerCanAgreement(s, {
    type: 'PointsRedemptionViewerCan',
    states: { RESERVED: () => redemption(), CANCELLED: () => redemption('cancel'), PICKED_UP: () => redemption('pickUp') },
    callers: who,
    // Staff see every redemption, a member those of their own account.
    read: async (id, c) =>
      ((await s.gql(Mine, {}, c)).data?.pointsRedemptions.nodes.find((r) => r.id === id)?.viewerCan as Record<string, boolean> | undefined) ?? null,
    attempts: {
      cancel: (id, c) => s.gql(Cancel, { input: { id, idempotencyKey: randomUUID() } }, c),
      // The code is read off the resident's screen (the counter scans it); the caller confirms.
      pickUp: (id, c) => s.gql(PickUp, { input: { code: codes.get(id)! } }, c),
    },
  });
  expect(disagreements).toEqual([]);
  expect(cells).toBe(3 * 2 * 5);
  expect(allowed).toBeGreaterThanOrEqual(5); // the member, staff and admin cancel; staff and admin hand out
}, 300_000);
