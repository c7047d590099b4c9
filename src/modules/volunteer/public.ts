// What other modules may use of volunteer: event definitions and global id types. Hours reach
// points only through `volunteer.ShiftCompleted` and `volunteer.HoursCorrected` (their data in volunteer.events.ts).
/** Definitions of volunteer's events (`on(VOLUNTEER_EVENTS.ShiftCompleted, …)` in a handler). */
export { VOLUNTEER_EVENTS } from './volunteer.events';
export const VOLUNTEER_MEMBER_TYPE = 'VolunteerMember';
