// Events of other modules the fund acts on: the council's decision (a passed topic whose id a
// waiting request links counts as that request's vote), a 三项清单 project's funding request and a
// 公益创投 milestone's payment request.
import { on } from '../../plugins/events/define-event';
import { COUNCIL_EVENTS } from '../council/public';
import { RESOURCES_EVENTS } from '../resources/public';
import { councilDecided } from './disbursement.service';
import { VENTURE_EVENTS } from '../venture/public';
import { onProjectFundingRequested, onVentureMilestonePayment } from './project-funding.handlers';

export const fundHandlers = [
  on(COUNCIL_EVENTS.TopicDecided, async (event, { em }) => {
    if (!event.communityId) return;
    await councilDecided(em, event.communityId, event.data);
  }),
  on(RESOURCES_EVENTS.ProjectFundingRequested, onProjectFundingRequested),
  on(VENTURE_EVENTS.MilestonePaymentRequested, onVentureMilestonePayment),
];
