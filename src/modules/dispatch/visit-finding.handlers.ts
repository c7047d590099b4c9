// A grid worker's visit finding referred to dispatch (grid.VisitFindingReferred, target REQUEST)
// becomes one request on the GRID_VISIT channel, filed on the household's behalf by the worker:
// kind of the community party organisation's route (常规单), the finding's category where dispatch
// has it (else 其他). At most one request per finding (its id is kept on the request).
import type { EntityManager } from '@mikro-orm/postgresql';
import { on } from '../../plugins/events/define-event';
import { GRID_EVENTS, visitFindingFacts } from '../grid/public';
import { calendarFor } from '../../schema/calendar';
import { DispatchLogEntry, ServiceRequest } from './request.entity';
import { DispatchChannel, DispatchRoute } from './dispatch.enums';
import { dueAt, DispatchSettings } from './dispatch.settings';
import { gridUnitPath } from './grid.lookups';
import { DISPATCH_EVENTS } from './dispatch.events';
import { eventData } from './request.service';

export const onVisitFindingReferred = on(GRID_EVENTS.VisitFindingReferred, async (event, { em, settingsAs, publish }) => {
  const { findingId, target, accountId } = event.data;
  const cid = event.communityId;
  if (target !== 'REQUEST' || !cid) return;
  if (await em.count(ServiceRequest, { communityId: cid, sourceFindingId: findingId })) return;
  const finding = await visitFindingFacts(em as EntityManager, findingId);
  if (!finding) return;
  const s = settingsAs(DispatchSettings);
  const kind = (s.kinds.find((k) => k.route === DispatchRoute.PARTY_ORGANIZATION) ?? s.kinds[0]!).key;
  const category = (s.categories.find((c) => c.key === finding.category) ?? s.categories.find((c) => c.key === 'other') ?? s.categories[0]!).key;
  const gridPath = finding.unitId ? await gridUnitPath(em as EntityManager, finding.unitId) : [];
  const req = em.create(ServiceRequest, {
    communityId: cid,
    kind,
    category,
    title: '网格走访发现（敲门问需）',
    description: finding.description,
    channel: DispatchChannel.GRID_VISIT,
    householdId: finding.householdId,
    gridUnitId: gridPath.length ? finding.unitId : null,
    gridPath,
    filedByAccountId: accountId,
    onBehalf: true,
    sourceFindingId: findingId,
    dueAt: dueAt(s, kind, category, new Date(), await calendarFor(em as EntityManager, cid)),
  });
  em.create(DispatchLogEntry, {
    communityId: cid,
    requestId: req.id,
    action: 'create',
    fromStatus: req.status,
    toStatus: req.status,
    actorAccountId: accountId,
    actorRole: 'DISPATCHER',
    body: null,
  });
  publish(DISPATCH_EVENTS.RequestCreated, {
    communityId: cid,
    subject: { type: 'ServiceRequest', id: req.id },
    data: eventData(req, req.status, 'create', { channel: req.channel, householdId: finding.householdId }),
  });
});
