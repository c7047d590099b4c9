// ID-taking fields of module points, covered by tests/points/volunteer-points.test.ts (tenant isolation).
export const COVERED = [
  'Query.pointsAccount(id)',
  'Query.pointsRedemptions(accountId)',
  'Query.pointsRedemptions(itemId)',
  'Mutation.pointsAdjust(input.accountId)',
  'Mutation.pointsAdjust(input.householdId)',
  'Mutation.pointsAdjust(input.personAccountId)',
  'Mutation.pointsAdjustmentApprove(input.id)',
  'Mutation.pointsAdjustmentReject(input.id)',
  'Mutation.pointsExpire(input.accountId)',
  'Mutation.pointsItemRestock(input.id)',
  'Mutation.pointsItemUpdate(input.id)',
  'Mutation.pointsRedeem(input.accountId)',
  'Mutation.pointsRedeem(input.itemId)',
  'Mutation.pointsRedemptionCancel(input.id)',
];
