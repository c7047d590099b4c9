// What other modules may use of the fund: event definitions and global id type names (the money scalar Fen is the platform's).
/** Definitions of the fund's events (`on(FUND_EVENTS.DisbursementPaid, …)` in a handler). */
export { FUND_EVENTS } from './fund.events';
export const FUND_TYPE = 'Fund';
export const FUND_DISBURSEMENT_TYPE = 'FundDisbursement';
export const FUND_DONATION_TYPE = 'FundDonation';
// Graph edges into the fund (src/schema/edges.ts): the object type and its checked, batched lookup.
export { FundDisbursement } from './disbursement.entity';
export { fundDisbursementEdge } from './fund.edges';
