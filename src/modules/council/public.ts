// What other modules may use of the council: event definitions and the global id types.
/** Definitions of the council's events (`on(COUNCIL_EVENTS.TopicDecided, …)` in a handler). */
export { COUNCIL_EVENTS } from './council.events';
import type { EventData } from '../../plugins/events/define-event';
import type { COUNCIL_EVENTS as E } from './council.events';

/** `council.TopicDecided` data: a passed topic may carry a fund request for the fund module. */
export type CouncilTopicDecided = EventData<typeof E.TopicDecided>;

export const COUNCIL_TOPIC_TYPE = 'CouncilTopic';
export const COUNCIL_BODY_TYPE = 'CouncilBody';

// Graph edges into the council (src/schema/edges.ts): the object type and its checked, batched lookup.
export { CouncilTopic } from './topic.entity';
export { councilTopicEdge } from './council.edges';
