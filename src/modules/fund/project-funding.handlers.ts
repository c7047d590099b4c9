// A 三项清单 project (resources.ProjectFundingRequested) or a 公益创投 milestone
// (venture.MilestonePaymentRequested) asks the fund for money: the fund opens the disbursement
// request under its own rules, as if the asking staff member had filed it — active fund, known (and,
// for an earmarked fund, its own) purpose, a council topic above the threshold, a committee large
// enough without the requester — with the id the asker chose, so the fund's later events (approved,
// rejected, cancelled, paid) reach it. A request the rules refuse is answered with
// fund.ProjectFundingRefused {projectId, disbursementId, code}.
import type { EventHandlerContext, EventOf } from '../../plugins/events/define-event';
import { UserFacingError } from '../../schema/errors';
import { isUuid } from '../../db/sql';
import { toGlobalId } from '../../schema/global-id';
import { RESOURCES_PROJECT_TYPE, type RESOURCES_EVENTS } from '../resources/public';
import { VENTURE_APPLICATION_TYPE, type VENTURE_EVENTS } from '../venture/public';
import { FundSettings } from './fund.settings';
import { requestDisbursement } from './disbursement.service';
import { FUND_EVENTS } from './fund.events';

/** What an asking module's event carries (checked again here: payloads are validated only outside production). */
interface Asked {
  disbursementId?: unknown;
  requesterAccountId?: unknown;
  fundId?: unknown;
  amountFen?: unknown;
  purpose?: unknown;
  payee?: unknown;
  title?: unknown;
  councilTopicId?: unknown;
}

async function openAsked(
  communityId: string | null,
  d: Asked,
  /** The asker's object: named in a refusal (projectId) and linked as the request's project reference. */
  asker: { id: string; type: string; description: string; fallbackTitle: string },
  { em, settingsAs, publish }: EventHandlerContext,
): Promise<void> {
  if (!communityId || typeof d.disbursementId !== 'string' || !isUuid(d.disbursementId)) return;
  if (typeof d.requesterAccountId !== 'string' || !isUuid(d.requesterAccountId)) return;
  const disbursementId = d.disbursementId;
  // Handled once per event by the consumer cursor; an existing request of this id means done.
  const [exists] = await em.execute(`select 1 from fund_disbursement where id = ?`, [disbursementId]);
  if (exists) return;
  const refuse = (code: string) =>
    publish(FUND_EVENTS.ProjectFundingRefused, {
      communityId,
      subject: { type: 'FundDisbursement', id: disbursementId },
      data: { projectId: asker.id, disbursementId, code },
    });
  const amountFen = d.amountFen as number;
  if (typeof d.fundId !== 'string' || !isUuid(d.fundId) || !Number.isSafeInteger(amountFen) || amountFen < 1) return refuse('BAD_USER_INPUT');
  try {
    await requestDisbursement(
      em,
      { communityId, accountId: d.requesterAccountId, roles: new Set(), permissions: new Set() },
      settingsAs(FundSettings),
      {
        fundId: d.fundId,
        title: String(d.title ?? '').slice(0, 100) || asker.fallbackTitle,
        description: asker.description,
        purpose: String(d.purpose ?? ''),
        amountFen,
        payee: String(d.payee ?? '').slice(0, 100) || '项目负责人',
        councilTopicId: typeof d.councilTopicId === 'string' && isUuid(d.councilTopicId) ? d.councilTopicId : null,
        projectRef: toGlobalId(asker.type, asker.id),
        careCaseRef: null,
        attachments: [],
      },
      disbursementId,
    );
  } catch (e) {
    if (e instanceof UserFacingError) return refuse(e.code);
    throw e;
  }
}

export async function onProjectFundingRequested(event: EventOf<typeof RESOURCES_EVENTS.ProjectFundingRequested>, ctx: EventHandlerContext): Promise<void> {
  const d: Partial<typeof event.data> = event.data;
  if (!d.projectId) return;
  await openAsked(
    event.communityId,
    d,
    { id: d.projectId, type: RESOURCES_PROJECT_TYPE, description: '三项清单项目申请（项目清单）', fallbackTitle: '社区项目' },
    ctx,
  );
}

/** A milestone's payment: the refusal names the application (projectId), the venture module matches it by disbursement id. */
export async function onVentureMilestonePayment(event: EventOf<typeof VENTURE_EVENTS.MilestonePaymentRequested>, ctx: EventHandlerContext): Promise<void> {
  const d: Partial<typeof event.data> = event.data;
  if (!d.applicationId) return;
  await openAsked(
    event.communityId,
    d,
    { id: d.applicationId, type: VENTURE_APPLICATION_TYPE, description: '公益创投项目节点拨付', fallbackTitle: '公益创投项目' },
    ctx,
  );
}
