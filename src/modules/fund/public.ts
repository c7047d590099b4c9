// What other modules may use of the fund: event definitions, global id type names and the money scalar.
/** Definitions of the fund's events (`on(FUND_EVENTS.DisbursementPaid, …)` in a handler). */
export { FUND_EVENTS } from './fund.events';
export const FUND_TYPE = 'Fund';
export const FUND_DISBURSEMENT_TYPE = 'FundDisbursement';
export const FUND_DONATION_TYPE = 'FundDonation';
export { Fen } from './fen.scalar';
