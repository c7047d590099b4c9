// ID-taking fields of the outcomes dashboard (core), covered by tests/platform/outcomes.test.ts ("isolation").
export const COVERED = ['Query.streetOutcomes(streetId)'];
