// What other modules may use of the fund: event type names, and global id type names (the money scalar Fen is the platform's).
export const FUND_EVENTS = {
  DonationReceived: 'fund.DonationReceived',
  DisbursementApproved: 'fund.DisbursementApproved',
  DisbursementRejected: 'fund.DisbursementRejected',
  DisbursementCancelled: 'fund.DisbursementCancelled',
  DisbursementPaid: 'fund.DisbursementPaid',
  /** The fund could not open a disbursement a project asked for: {projectId, disbursementId, code}. */
  ProjectFundingRefused: 'fund.ProjectFundingRefused',
} as const;
export const FUND_TYPE = 'Fund';
export const FUND_DISBURSEMENT_TYPE = 'FundDisbursement';
export const FUND_DONATION_TYPE = 'FundDonation';
// Graph edges into the fund (src/schema/edges.ts): the object type and its checked, batched lookup.
export { FundDisbursement } from './disbursement.entity';
export { fundDisbursementEdge } from './fund.edges';
