// Pure rules of the fund, testable without GraphQL: the state machines of disbursements and
// donations, the approval rule from settings, and who may do what on one fund (role × roster).
import { DisbursementStatus as D, DonationStatus as S, DonationKind } from './fund.enums';
import type { FundSettings } from './fund.settings';

// ── Disbursement state machine ──────────────────────────────────────────────────────────────
export type DisbursementAction = 'approve' | 'reject' | 'cancel' | 'pay' | 'council';
/** Action → states it may start from. Approvals and a passed council vote move REQUESTED → APPROVED
 * once every condition holds; everything else is one step. */
export const DISBURSEMENT_FROM: Record<DisbursementAction, readonly D[]> = {
  approve: [D.REQUESTED],
  reject: [D.REQUESTED],
  council: [D.REQUESTED],
  cancel: [D.REQUESTED, D.APPROVED],
  pay: [D.APPROVED],
};
export const DISBURSEMENT_TO: Record<Exclude<DisbursementAction, 'approve' | 'council'>, D> = {
  reject: D.REJECTED,
  cancel: D.CANCELLED,
  pay: D.PAID,
};
export const disbursementAllows = (action: DisbursementAction, status: D) => DISBURSEMENT_FROM[action].includes(status);

// ── Donation state machine ──────────────────────────────────────────────────────────────────
export type DonationAction = 'fulfil' | 'cancel' | 'refund';
export const DONATION_FROM: Record<DonationAction, readonly S[]> = {
  fulfil: [S.PLEDGED],
  cancel: [S.PLEDGED],
  refund: [S.RECEIVED],
};
export const DONATION_TO: Record<DonationAction, S> = { fulfil: S.RECEIVED, cancel: S.CANCELLED, refund: S.REFUNDED };
/** Pledged services move no money: they are fulfilled but never refunded. */
export const donationAllows = (action: DonationAction, status: S, kind: DonationKind) =>
  DONATION_FROM[action].includes(status) && !(action === 'refund' && kind === DonationKind.SERVICE);

// ── Approval rule ───────────────────────────────────────────────────────────────────────────
export interface ApprovalRule {
  approvalsRequired: number;
  councilRequired: boolean;
}
export function approvalRule(settings: FundSettings, amountFen: number): ApprovalRule {
  const a = settings.approval;
  return amountFen > a.thresholdFen
    ? { approvalsRequired: a.aboveCommitteeApprovals, councilRequired: a.aboveRequiresCouncil }
    : { approvalsRequired: a.committeeApprovals, councilRequired: false };
}

// ── Who may do what on one fund ─────────────────────────────────────────────────────────────
/** Role permissions open an action to a kind of member; the fund's own roster (committee,
 * custodian agents) and the object (requester, donor) decide who in fact may take it. */
export interface FundFacts {
  permissions: ReadonlySet<string>;
  roles: ReadonlySet<string>;
  committee: boolean;
  custodian: boolean;
  /** The viewer requested the disbursement in question. */
  requester?: boolean;
  /** The viewer is the donor of the donation in question. */
  donor?: boolean;
}

export type FundAction =
  'read' | 'manage' | 'record' | 'pledge' | 'fulfil' | 'cancelPledge' | 'refund' | 'request' | 'approve' | 'reject' | 'cancel' | 'pay' | 'seeDonors';

const STAFF_ROLES = ['COMMUNITY_STAFF', 'COMMUNITY_ADMIN', 'PLATFORM_ADMIN'];
const staff = (f: FundFacts) => STAFF_ROLES.some((r) => f.roles.has(r));
const has = (f: FundFacts, p: string) => f.permissions.has(`fund.${p}`);

export const FUND_RULES: Record<FundAction, (f: FundFacts) => boolean> = {
  read: (f) => has(f, 'read'),
  manage: (f) => has(f, 'manage'),
  // Receipts are issued by whoever holds the money (custodian) or the community staff taking it in.
  record: (f) => has(f, 'record') && (f.custodian || staff(f)),
  pledge: (f) => has(f, 'pledge'),
  fulfil: (f) => has(f, 'record') && (f.custodian || staff(f)),
  cancelPledge: (f) => (has(f, 'record') && (f.custodian || staff(f))) || (has(f, 'pledge') && !!f.donor),
  // Money leaves the custodian's account only by the custodian's hand.
  refund: (f) => has(f, 'record') && f.custodian,
  request: (f) => has(f, 'request'),
  approve: (f) => has(f, 'approve') && f.committee && !f.requester,
  reject: (f) => has(f, 'approve') && f.committee && !f.requester,
  cancel: (f) => (has(f, 'request') && !!f.requester) || (has(f, 'manage') && staff(f)),
  pay: (f) => has(f, 'pay') && f.custodian,
  // Names of anonymous donors stay with the people who must know them.
  seeDonors: (f) => f.committee || f.custodian || (staff(f) && has(f, 'record')),
};
export const fundAllows = (action: FundAction, facts: FundFacts) => FUND_RULES[action](facts);
