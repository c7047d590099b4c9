// Needs fed by other modules' events: a dispatch 期望单 (a request of one of the configured kinds)
// and a passed council topic each become one need, at most once (unique source reference).
import type { EventHandlerContext, EventOf } from '../../plugins/events/define-event';
import { gridUnitPath, visitFindingFacts, type GRID_EVENTS } from '../grid/public';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { COUNCIL_EVENTS } from '../council/public';
import type { DISPATCH_EVENTS } from '../dispatch/public';
import { ResourcesSettings } from './resources.settings';
import { NeedSource } from './resources.enums';
import { insertNeed } from './need.service';
import { isUuid } from '../../db/sql';
import { RESOURCES_EVENTS } from './resources.events';

export async function needFromDispatch(event: EventOf<typeof DISPATCH_EVENTS.RequestCreated>, { em, settingsAs, publish }: EventHandlerContext): Promise<void> {
  const s = settingsAs(ResourcesSettings);
  const requestId = String(event.data.requestId ?? event.subjectId ?? '');
  if (!event.communityId || !isUuid(requestId) || !s.fromDispatch.kinds.includes(String(event.data.kind ?? ''))) return;
  const gridUnitId = typeof event.data.gridUnitId === 'string' && isUuid(event.data.gridUnitId) ? event.data.gridUnitId : null;
  const gridPath = gridUnitId ? await gridUnitPath(em, gridUnitId) : [];
  const id = await insertNeed(em, {
    communityId: event.communityId,
    category: s.fromDispatch.category,
    title: '期望单（民需派单转入）',
    description: '居民提出的期望单（涉及项目与政策愿景），转入需求库对接资源。',
    gridUnitId: gridPath.length ? gridUnitId : null,
    gridPath,
    source: NeedSource.DISPATCH_REQUEST,
    sourceRef: requestId,
    demandCount: 1,
    createdByAccountId: null,
  });
  if (id)
    publish(RESOURCES_EVENTS.NeedCreated, {
      communityId: event.communityId,
      subject: { type: 'ResourcesNeed', id },
      data: { needId: id, source: NeedSource.DISPATCH_REQUEST, requestId },
    });
}

export async function needFromCouncil(event: EventOf<typeof COUNCIL_EVENTS.TopicDecided>, { em, settingsAs, publish }: EventHandlerContext): Promise<void> {
  const s = settingsAs(ResourcesSettings);
  const data = event.data;
  const topicId = typeof data.topicId === 'string' ? data.topicId : '';
  if (!event.communityId || !s.fromCouncil.enabled || data.passed !== true || !isUuid(topicId)) return;
  const id = await insertNeed(em, {
    communityId: event.communityId,
    category: s.fromCouncil.category,
    title: '议事会决定事项（民事民决转入）',
    description: '议事会表决通过的事项，转入需求库对接资源、落实项目（民事民办）。',
    gridUnitId: null,
    gridPath: [],
    source: NeedSource.COUNCIL_TOPIC,
    sourceRef: topicId,
    demandCount: 1,
    createdByAccountId: null,
  });
  if (id)
    publish(RESOURCES_EVENTS.NeedCreated, {
      communityId: event.communityId,
      subject: { type: 'ResourcesNeed', id },
      data: { needId: id, source: NeedSource.COUNCIL_TOPIC, topicId },
    });
}

/** The finding's category where the 需求库 has it, else 其他 (else the first). */
const categoryFor = (s: ResourcesSettings, key: string) =>
  (s.categories.find((c) => c.key === key) ?? s.categories.find((c) => c.key === 'other') ?? s.categories[0]!).key;

/** A grid visit finding referred to the 需求库 (target NEED) becomes one need, at most once. */
export async function needFromVisitFinding(
  event: EventOf<typeof GRID_EVENTS.VisitFindingReferred>,
  { em, settingsAs, publish }: EventHandlerContext,
): Promise<void> {
  const { findingId, target, accountId } = event.data;
  if (target !== 'NEED' || !event.communityId) return;
  const finding = await visitFindingFacts(em as EntityManager, findingId);
  if (!finding) return;
  const gridPath = finding.unitId ? await gridUnitPath(em, finding.unitId) : [];
  const id = await insertNeed(em, {
    communityId: event.communityId,
    category: categoryFor(settingsAs(ResourcesSettings), finding.category),
    title: '入户走访发现（敲门问需）',
    description: finding.description,
    gridUnitId: gridPath.length ? finding.unitId : null,
    gridPath,
    source: NeedSource.GRID_VISIT,
    sourceRef: findingId,
    demandCount: 1,
    createdByAccountId: accountId,
  });
  if (id)
    publish(RESOURCES_EVENTS.NeedCreated, {
      communityId: event.communityId,
      subject: { type: 'ResourcesNeed', id },
      data: { needId: id, source: NeedSource.GRID_VISIT, findingId },
    });
}
