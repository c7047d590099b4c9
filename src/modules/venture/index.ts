// Module `venture` (公益创投): calls for proposals with a budget, a window, weighted criteria and a
// review panel; social organizations apply with milestones; the panel scores; projects are awarded
// by rank within the budget; each milestone, once done, is paid by a disbursement of the community
// fund under the fund's own approval rules (through events: venture.MilestonePaymentRequested →
// the fund; the fund's answers → the milestone). Baoji's 公益创投, Sanshundian's 民生微实事.
import { defineModule } from '../../plugins/module-contract';
import { VentureApplication, VentureCall, VentureMilestone, VentureScore } from './venture.entity';
import { VentureApplicationResolver, VentureCallResolver, VentureMilestoneResolver } from './venture.resolver';
import { venturePermissions, ventureRoleDefaults } from './venture.permissions';
import { ventureEvents } from './venture.events';
import { ventureHandlers } from './venture.handlers';
import { ventureErrorCodes } from './venture.errors';
import { applicationVisible, milestoneVisible } from './venture.access';
import { STATE_GUARD } from './venture.service';
import { ventureNotifications } from './venture.notifications';
import type * as DemoSeed from './venture.demo';
import { Migration20261207121000_venture_init } from '../../../migrations/Migration20261207121000_venture_init';

export default defineModule({
  key: 'venture',
  name: { 'zh-CN': '公益创投', en: 'Venture philanthropy' },
  description: {
    'zh-CN': '公益创投（民生微实事）：发布创投、社会组织申报、专家评审打分、按排名立项、按节点经社区基金审批拨付',
    en: 'Calls for proposals, social organizations’ applications, panel scoring, award by rank, milestone payments through the community fund',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  // Money comes from the community fund: a milestone is paid by a fund disbursement.
  requires: ['fund'],
  entities: [VentureCall, VentureApplication, VentureMilestone, VentureScore],
  resolvers: [VentureCallResolver, VentureApplicationResolver, VentureMilestoneResolver],
  permissions: venturePermissions,
  roleDefaults: ventureRoleDefaults,
  userErrorCodes: ventureErrorCodes,
  events: { publishes: ventureEvents, handles: ventureHandlers },
  nodes: {
    VentureCall: { entity: VentureCall, permission: 'venture.read' },
    VentureApplication: { entity: VentureApplication, permission: 'venture.read', inScope: (ctx, o) => applicationVisible(ctx, o as VentureApplication) },
    VentureMilestone: { entity: VentureMilestone, permission: 'venture.read', inScope: (ctx, o) => milestoneVisible(ctx, o as VentureMilestone) },
  },
  notifications: ventureNotifications,
  strategies: [STATE_GUARD],
  migrations: [{ name: 'Migration20261207121000_venture_init', class: Migration20261207121000_venture_init }],
  demoSeed: async () => require('./venture.demo') as typeof DemoSeed,
});
