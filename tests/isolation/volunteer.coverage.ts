// ID-taking fields of module volunteer, covered by tests/points/volunteer-points.test.ts (tenant isolation).
export const COVERED = [
  'Mutation.volunteerCheckInByCode(input.shiftId)',
  'Mutation.volunteerCheckOutByCode(input.shiftId)',
  'Mutation.volunteerHoursConfirm(input.id)',
  'Mutation.volunteerHoursCorrect(input.id)',
  'Mutation.volunteerMemberRegister(input.accountId)',
  'Mutation.volunteerMemberRegister(input.volunteerRecordId)',
  'Mutation.volunteerMemberUpdate(input.id)',
  'Mutation.volunteerSignUp(input.memberId)',
  'Mutation.volunteerSignUp(input.shiftId)',
  'Mutation.volunteerSignupCancel(input.id)',
  'Mutation.volunteerSignupCheckIn(input.id)',
  'Mutation.volunteerSignupCheckOut(input.id)',
  'Query.volunteerActivity(id)',
  'Query.volunteerHours(memberId)',
  'Query.volunteerHoursExport(memberId)',
  'Query.volunteerHoursTotals(memberId)',
];
