// What other modules may use of volunteer: event names and global id types. Hours reach points
// only through `volunteer.ShiftCompleted` {shiftId, volunteerId, memberId, accountId, householdId, minutes}.
export const VOLUNTEER_EVENTS = {
  ShiftCompleted: 'volunteer.ShiftCompleted',
  HoursCorrected: 'volunteer.HoursCorrected',
  HoursRecorded: 'volunteer.HoursRecorded',
} as const;
export const VOLUNTEER_MEMBER_TYPE = 'VolunteerMember';
