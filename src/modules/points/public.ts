// What other modules and plugins may use of points: event names, global id types, and the hook
// that lets an integrator's event type earn points under a community's rules.
export { POINTS_EVENTS, registerEarningEvent, EARNING_EVENTS } from './points.events';
export const POINTS_ACCOUNT_TYPE = 'PointsAccount';
export const POINTS_TRANSACTION_TYPE = 'PointsTransaction';
