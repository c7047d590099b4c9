// Events of other modules the council handles: a dispatch 期望单 (about projects and policies)
// becomes a topic of the top-level body, to be screened like any other (民事民提).
import { on } from '../../plugins/events/define-event';
import { DISPATCH_EVENTS } from '../dispatch/public';
import { CouncilSettings } from './council.settings';
import { CouncilBody } from './body.entity';
import { CouncilTopicStatus, CouncilTopicSource } from './council.enums';
import { CouncilTopic, CouncilTopicTransition } from './topic.entity';
import { COUNCIL_EVENTS } from './council.events';

/** Whether a dispatch request is an expectation request (期望单), by its kind (the event carries no route). */
const isExpectation = (data: { kind: string }) => String(data.kind ?? '').toUpperCase() === 'EXPECTATION';

export const onDispatchRequestCreated = on(DISPATCH_EVENTS.RequestCreated, async (event, { em, settingsAs, publish }) => {
  const s = settingsAs(CouncilSettings);
  const requestId = event.data.requestId ?? event.subjectId;
  if (!s.topicsFromExpectations || !event.communityId || !requestId || !isExpectation(event.data)) return;
  const top = await em.find(CouncilBody, { communityId: event.communityId, levelKey: s.levels[0]!.key, active: true }, { limit: 2 });
  if (top.length !== 1) return; // no single top-level body to take it
  if (await em.count(CouncilTopic, { communityId: event.communityId, source: CouncilTopicSource.DISPATCH, sourceRef: requestId })) return;
  const topic = em.create(CouncilTopic, {
    communityId: event.communityId,
    bodyId: top[0]!.id,
    title: '期望单转入议题',
    description: '居民通过民需派单提出的期望单（涉及项目与政策），转议事会受理协商。',
    source: CouncilTopicSource.DISPATCH,
    sourceRef: requestId,
  });
  em.create(CouncilTopicTransition, {
    communityId: event.communityId,
    topicId: topic.id,
    bodyId: top[0]!.id,
    action: 'raise',
    toStatus: CouncilTopicStatus.RAISED,
    note: 'dispatch',
  });
  publish(COUNCIL_EVENTS.TopicRaised, {
    communityId: event.communityId,
    subject: { type: 'CouncilTopic', id: topic.id },
    data: { topicId: topic.id, bodyId: top[0]!.id, requestId },
  });
});
