// A 三项清单 project asks the fund for money (resources.ProjectFundingRequested): the fund opens
// the disbursement request under its own rules, as if the project's requester had filed it —
// active fund, known (and, for an earmarked fund, its own) purpose, a council topic above the
// threshold, a committee large enough without the requester — with the id the project chose, so
// the fund's later events reach the project. A request the rules refuse is answered with
// fund.ProjectFundingRefused {projectId, disbursementId, code}.
import type { EventHandlerContext, EventOf } from '../../plugins/events/define-event';
import { UserFacingError } from '../../schema/errors';
import { isUuid } from '../../db/sql';
import { toGlobalId } from '../../schema/global-id';
import { RESOURCES_PROJECT_TYPE, type RESOURCES_EVENTS } from '../resources/public';
import { FundSettings } from './fund.settings';
import { requestDisbursement } from './disbursement.service';
import { FUND_EVENTS } from './fund.events';

export async function onProjectFundingRequested(
  event: EventOf<typeof RESOURCES_EVENTS.ProjectFundingRequested>,
  { em, settingsAs, publish }: EventHandlerContext,
): Promise<void> {
  // Checked again here: the fund's rules must hold whatever a publisher sent (payloads are validated only outside production).
  const d: Partial<typeof event.data> = event.data;
  const communityId = event.communityId;
  if (!communityId || !d.projectId || !d.disbursementId || !isUuid(d.disbursementId) || !d.requesterAccountId || !isUuid(d.requesterAccountId)) return;
  // Handled once per event by the consumer cursor; an existing request of this id means done.
  const [exists] = await em.execute(`select 1 from fund_disbursement where id = ?`, [d.disbursementId]);
  if (exists) return;
  const refuse = (code: string) =>
    publish(FUND_EVENTS.ProjectFundingRefused, {
      communityId,
      subject: { type: 'FundDisbursement', id: d.disbursementId! },
      data: { projectId: d.projectId!, disbursementId: d.disbursementId!, code },
    });
  if (typeof d.fundId !== 'string' || !isUuid(d.fundId) || !Number.isSafeInteger(d.amountFen) || (d.amountFen ?? 0) < 1) return refuse('BAD_USER_INPUT');
  try {
    await requestDisbursement(
      em,
      { communityId, accountId: d.requesterAccountId, roles: new Set(), permissions: new Set() },
      settingsAs(FundSettings),
      {
        fundId: d.fundId,
        title: String(d.title ?? '').slice(0, 100) || '社区项目',
        description: '三项清单项目申请（项目清单）',
        purpose: String(d.purpose ?? ''),
        amountFen: d.amountFen!,
        payee: String(d.payee ?? '').slice(0, 100) || '项目负责人',
        councilTopicId: typeof d.councilTopicId === 'string' && isUuid(d.councilTopicId) ? d.councilTopicId : null,
        projectRef: toGlobalId(RESOURCES_PROJECT_TYPE, d.projectId),
        careCaseRef: null,
        attachments: [],
      },
      d.disbursementId,
    );
  } catch (e) {
    if (e instanceof UserFacingError) return refuse(e.code);
    throw e;
  }
}
