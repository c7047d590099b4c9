// Events of other modules the fund acts on: the council's decision (a passed topic whose id a
// waiting request links counts as that request's vote) and a 三项清单 project's funding request.
import { on } from '../../plugins/events/define-event';
import { COUNCIL_EVENTS } from '../council/public';
import { RESOURCES_EVENTS } from '../resources/public';
import { councilDecided } from './disbursement.service';
import { onProjectFundingRequested } from './project-funding.handlers';

export const fundHandlers = [
  on(COUNCIL_EVENTS.TopicDecided, async (event, { em }) => {
    if (!event.communityId) return;
    await councilDecided(em, event.communityId, event.data);
  }),
  on(RESOURCES_EVENTS.ProjectFundingRequested, onProjectFundingRequested),
];
