// What other modules may use of volunteer: event names and global id types. Hours reach points
// only through `volunteer.ShiftCompleted` {shiftId, volunteerId, memberId, accountId, householdId, minutes}
// and `volunteer.HoursCorrected` {correctsId, correctedKind, previousMinutes, totalMinutes, minutes (the
// change), memberId, accountId, householdId}.
export const VOLUNTEER_EVENTS = {
  ShiftCompleted: 'volunteer.ShiftCompleted',
  HoursCorrected: 'volunteer.HoursCorrected',
  HoursRecorded: 'volunteer.HoursRecorded',
} as const;
export const VOLUNTEER_MEMBER_TYPE = 'VolunteerMember';
