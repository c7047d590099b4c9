// Module `dispatch` (民需派单): 收·分·跟·结·评 — intake by channel, "3+2" routing by a community or
// grid dispatcher, claims, hand-over, escalation, deadlines and overdue flags, resolution,
// rating and reopen, live boards and outcome figures.
import { defineModule } from '../../plugins/module-contract';
import { ServiceRequest, DispatchLogEntry } from './request.entity';
import { ServiceRequestResolver } from './request.resolver';
import { WorkflowResolver } from './workflow.resolver';
import { BoardResolver } from './board.resolver';
import { DispatchMetricsResolver } from './metrics.resolver';
import { DispatchSettings } from './dispatch.settings';
import { dispatchPermissions, dispatchRoleDefaults } from './dispatch.policy';
import { dispatchEvents } from './dispatch.events';
import { dispatchMetrics } from './dispatch.metrics';
import { dispatchParticipation } from './dispatch.participation';
import { dispatchSweep } from './dispatch.jobs';
import { dispatchRemind } from './reminders.jobs';
import { open311Routes } from './open311.routes';
import { dispatchHandlers } from './dispatch.handlers';
import { dispatchNotifications } from './dispatch.notifications';
import type * as DemoSeed from './dispatch.demo';
import { Migration20261122110000_dispatch_init } from '../../../migrations/Migration20261122110000_dispatch_init';
import { Migration20261122180000_dispatch_reminders } from '../../../migrations/Migration20261122180000_dispatch_reminders';
import { Migration20261122181000_dispatch_escalation_target } from '../../../migrations/Migration20261122181000_dispatch_escalation_target';
import { EscalationResolver } from './escalation.resolver';
import { DispatchCatalogResolver } from './catalog.resolver';
import { Migration20261207040000_dispatch_created_index } from '../../../migrations/Migration20261207040000_dispatch_created_index';
import { Migration20261207085100_dispatch_open311_intake } from '../../../migrations/Migration20261207085100_dispatch_open311_intake';
import { TRANSITION_GUARD } from './request.service';
import { onVisitFindingReferred } from './visit-finding.handlers';
import { GridVisitFindingRequestResolver } from './visit-finding.resolver';
import { Migration20261207091100_dispatch_visit_findings } from '../../../migrations/Migration20261207091100_dispatch_visit_findings';
import { canOpenAttachments, viewpoint } from './dispatch.access';
import { Migration20261207083100_dispatch_legacy_attachments } from '../../../migrations/Migration20261207083100_dispatch_legacy_attachments';
import { DispatchEscalationOptionEdgesResolver, DispatchGridRankEdgesResolver, ServiceRequestEdgesResolver } from './request-edges.resolver';
import { dispatchErrorCodes } from './dispatch.errors';

export default defineModule({
  key: 'dispatch',
  name: { 'zh-CN': '民需派单', en: 'Demand dispatch' },
  description: {
    'zh-CN': '居民点单—社区/网格派单—接单—办结—评单，“3+2”派单与实时派单看板',
    en: 'Service requests: intake, 3+2 routing, claims, escalation, rating, live boards',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['grid', 'party'],
  entities: [ServiceRequest, DispatchLogEntry],
  resolvers: [
    ServiceRequestResolver,
    WorkflowResolver,
    BoardResolver,
    DispatchMetricsResolver,
    EscalationResolver,
    DispatchCatalogResolver,
    ServiceRequestEdgesResolver,
    DispatchGridRankEdgesResolver,
    DispatchEscalationOptionEdgesResolver,
    GridVisitFindingRequestResolver,
  ],
  settings: DispatchSettings,
  permissions: dispatchPermissions,
  roleDefaults: dispatchRoleDefaults,
  userErrorCodes: dispatchErrorCodes,
  events: {
    publishes: dispatchEvents,
    handles: [...dispatchHandlers, onVisitFindingReferred],
  },
  notifications: dispatchNotifications,
  attachments: {
    ServiceRequest: {
      uploadPermission: 'dispatch.request.create',
      canRead: async (ctx, r) => canOpenAttachments(await viewpoint(ctx, 'read'), r),
    },
  },
  nodes: { ServiceRequest: { entity: ServiceRequest, permission: 'dispatch.request.readAll' } },
  topics: ['community:<communityId>'],
  metrics: dispatchMetrics,
  participation: dispatchParticipation,
  jobs: [
    { name: 'sweep', everyMs: 60_000, run: dispatchSweep },
    { name: 'remind', everyMs: 60_000, run: dispatchRemind },
  ],
  // Open311 (GeoReport v2) for 12345-style back ends, authenticated by API key: the read-only view and the intake (POST requests.json).
  http: open311Routes,
  strategies: [TRANSITION_GUARD],
  migrations: [
    { name: 'Migration20261122110000_dispatch_init', class: Migration20261122110000_dispatch_init },
    { name: 'Migration20261122180000_dispatch_reminders', class: Migration20261122180000_dispatch_reminders },
    { name: 'Migration20261122181000_dispatch_escalation_target', class: Migration20261122181000_dispatch_escalation_target },
    { name: 'Migration20261207040000_dispatch_created_index', class: Migration20261207040000_dispatch_created_index },
    { name: 'Migration20261207083100_dispatch_legacy_attachments', class: Migration20261207083100_dispatch_legacy_attachments },
    { name: 'Migration20261207085100_dispatch_open311_intake', class: Migration20261207085100_dispatch_open311_intake },
    { name: 'Migration20261207091100_dispatch_visit_findings', class: Migration20261207091100_dispatch_visit_findings },
  ],
  demoSeed: async () => require('./dispatch.demo') as typeof DemoSeed,
});
