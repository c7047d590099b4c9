// What other modules may use of the council: event names and the global id types.
export const COUNCIL_EVENTS = {
  TopicRaised: 'council.TopicRaised',
  TopicDecided: 'council.TopicDecided',
  VoteCast: 'council.VoteCast',
  MeetingAttended: 'council.MeetingAttended',
} as const;

/** `council.TopicDecided` data: a passed topic may carry a fund request for the fund module. */
export interface CouncilTopicDecided {
  topicId: string;
  bodyId: string;
  passed: boolean;
  fundRequest: { amountFen: number; purpose: string } | null;
}

export const COUNCIL_TOPIC_TYPE = 'CouncilTopic';
export const COUNCIL_BODY_TYPE = 'CouncilBody';

// Graph edges into the council (src/schema/edges.ts): the object type and its checked, batched lookup.
export { CouncilTopic } from './topic.entity';
export { councilTopicEdge } from './council.edges';
