// What other modules may use of 公益创投: event definitions and global id type names.
/** Definitions of the venture events (`on(VENTURE_EVENTS.MilestonePaymentRequested, …)` in a handler). */
export { VENTURE_EVENTS } from './venture.events';
export const VENTURE_CALL_TYPE = 'VentureCall';
export const VENTURE_APPLICATION_TYPE = 'VentureApplication';
export const VENTURE_MILESTONE_TYPE = 'VentureMilestone';
