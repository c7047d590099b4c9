// ID-taking fields of the organisation identity (core's Organization and the grid duty holder),
// covered by tests/grid/grid-organizations.test.ts ("tenant isolation").
export const COVERED = ['Query.organization(id)', 'Mutation.organizationUpdate(input.id)', 'Mutation.gridDutyAssign(input.organization)'];
