// What other modules may use of the fund: event type names and global id type names.
export const FUND_EVENTS = {
  DonationReceived: 'fund.DonationReceived',
  DisbursementPaid: 'fund.DisbursementPaid',
} as const;
export const FUND_TYPE = 'Fund';
export const FUND_DISBURSEMENT_TYPE = 'FundDisbursement';
export const FUND_DONATION_TYPE = 'FundDonation';
