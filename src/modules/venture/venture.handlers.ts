// The fund's answers about a milestone's disbursement move the milestone, once: approved →
// APPROVED, paid → PAID, rejected / cancelled / refused by the fund's rules → back to REPORTED with
// the reason (payment may be requested again). A late or repeated answer changes nothing.
import { on, type EventHandlerContext } from '../../plugins/events/define-event';
import { FUND_EVENTS } from '../fund/public';
import { moveMilestone } from './venture.service';
import { VENTURE_EVENTS } from './venture.events';
import type { MilestoneTransition } from './venture.policy';

interface FundAnswer {
  communityId: string | null;
  data: { disbursementId: string; code?: string };
}

const answered =
  (t: MilestoneTransition, error?: string) =>
  async (event: FundAnswer, { em, publish }: EventHandlerContext): Promise<void> => {
    const { disbursementId } = event.data;
    if (!event.communityId || typeof disbursementId !== 'string') return;
    const paymentError = t === 'returned' ? (typeof event.data.code === 'string' ? event.data.code.slice(0, 60) : (error ?? 'RETURNED')) : null;
    const set: Record<string, unknown> = { payment_error: paymentError };
    if (t === 'paid') set.paid_at = new Date();
    const m = await moveMilestone(em, event.communityId, { disbursementId }, t, set);
    if (!m) return;
    const [app] = await em.execute(`select applicant_account_id from venture_application where id = ?`, [m.application_id]);
    publish(VENTURE_EVENTS.MilestonePaymentChanged, {
      communityId: event.communityId,
      subject: { type: 'VentureMilestone', id: m.id },
      data: {
        applicationId: m.application_id,
        milestoneId: m.id,
        applicantAccountId: app.applicant_account_id,
        disbursementId,
        status: m.status,
        paymentError,
      },
    });
  };

export const ventureHandlers = [
  on(FUND_EVENTS.DisbursementApproved, answered('approved')),
  on(FUND_EVENTS.DisbursementPaid, answered('paid')),
  on(FUND_EVENTS.DisbursementRejected, answered('returned', 'REJECTED')),
  on(FUND_EVENTS.DisbursementCancelled, answered('returned', 'CANCELLED')),
  on(FUND_EVENTS.ProjectFundingRefused, answered('returned')),
];
