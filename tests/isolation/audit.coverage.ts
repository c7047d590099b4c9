// ID-taking fields of the audit log covered by tests/council/council-moderation.test.ts.
export const COVERED = ['Query.auditLog(subject)', 'Query.auditLog(actor)'];
