// ID-taking fields of module `venture`, covered by tests/venture/venture.permissions.test.ts ("tenant isolation").
export const COVERED = [
  'Query.ventureCall(id)',
  'Query.ventureApplication(id)',
  'Mutation.ventureCallCreate(input.fundId)',
  'Mutation.ventureCallCreate(input.panelMemberIds)',
  'Mutation.ventureCallClose(input.id)',
  'Mutation.ventureCallAward(input.id)',
  'Mutation.ventureApply(input.callId)',
  'Mutation.ventureApply(input.organizationId)',
  'Mutation.ventureApplicationScore(input.applicationId)',
  'Mutation.ventureMilestoneReport(input.id)',
  'Mutation.ventureMilestonePaymentRequest(input.id)',
];
