// ID-taking fields of the street and district tiers covered by tests/platform/tiers.test.ts.
export const COVERED = [
  'Query.districtOutcomes(districtId)',
  'Mutation.streetCreate(input.district)',
  'Mutation.streetDistrictSet(input.street)',
  'Mutation.streetDistrictSet(input.district)',
  'Mutation.tierAdminAppoint(input.tier)',
  'Mutation.tierAdminRemove(input.tier)',
];
