// Module `grid` (网格): the territory tree with configurable levels, duty roles held by members or
// organisations and the coverage check, household files (一户一档) with imports and logged exports, and special-care groups
// (老小残困) with 包保 and visit plans, and routine household visits (入户走访) with findings.
import { defineModule } from '../../plugins/module-contract';
import { canSeeCare } from './care.service';
import { GridUnit, GridUnitMove } from './unit.entity';
import { GridPlacement } from './placement.entity';
import { GridDuty } from './duty.entity';
import { CareMember, CareVisit } from './care.entity';
import { GridExportLog } from './export-log.entity';
import { HouseholdVisit, VisitFinding } from './visit.entity';
import { HouseholdVisitResolver, VisitFindingResolver } from './visit.resolver';
import { visitVisible } from './visit.service';
import { GridUnitResolver } from './unit.resolver';
import { GridUnitWriteResolver } from './unit-write.resolver';
import { GridDutyResolver, GridUnitDutiesResolver } from './duty.resolver';
import { GridCoverageResolver } from './coverage.resolver';
import { CareMemberResolver, CareVisitResolver } from './care.resolver';
import { CareWriteResolver } from './care-write.resolver';
import { GridHouseholdFileResolver, GridPlacementResolver } from './archive.resolver';
import { GridImportExportResolver } from './import-export.resolver';
import { GridMetricsResolver } from './metrics.resolver';
import { GridCatalogResolver } from './catalog.resolver';
import { GridSettings } from './grid.settings';
import { gridPermissions, gridRoleDefaults } from './grid.permissions';
import { gridEvents } from './grid.events';
import { gridMetrics } from './grid.metrics';
import { gridParticipation } from './grid.participation';
import { careOverdueJob } from './grid.jobs';
import { GRID_UNIT_TYPE } from './grid.lookups';
import { gridHouseholdScope, gridHouseholdsWithin } from './scope.service';
import type * as DemoSeed from './grid.demo';
import { Migration20261122100000_grid_init } from '../../../migrations/Migration20261122100000_grid_init';
import { OVERDUE_MARKS } from './care.service';
import { gridErrorCodes } from './grid.errors';
import { gridNotifications } from './grid.notifications';
import { Migration20261207091000_grid_household_visits } from '../../../migrations/Migration20261207091000_grid_household_visits';
import { Migration20261207120200_grid_organization_duties } from '../../../migrations/Migration20261207120200_grid_organization_duties';
import { Migration20261207122100_grid_coordinates } from '../../../migrations/Migration20261207122100_grid_coordinates';

export default defineModule({
  key: 'grid',
  name: { 'zh-CN': '网格', en: 'Grid' },
  description: {
    'zh-CN': '网格树与网格职责、一户一档、特殊群体包保与探访',
    en: 'Territory tree and duty roles, household files, special-care groups with 包保 and visits',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['points'],
  entities: [GridUnit, GridUnitMove, GridPlacement, GridDuty, CareMember, CareVisit, GridExportLog, HouseholdVisit, VisitFinding],
  resolvers: [
    GridUnitResolver,
    GridUnitWriteResolver,
    GridDutyResolver,
    GridUnitDutiesResolver,
    GridCoverageResolver,
    CareMemberResolver,
    CareVisitResolver,
    CareWriteResolver,
    GridHouseholdFileResolver,
    GridPlacementResolver,
    GridImportExportResolver,
    GridMetricsResolver,
    HouseholdVisitResolver,
    VisitFindingResolver,
    GridCatalogResolver,
  ],
  settings: GridSettings,
  permissions: gridPermissions,
  roleDefaults: gridRoleDefaults,
  userErrorCodes: gridErrorCodes,
  events: { publishes: gridEvents },
  attachments: {
    // A visit's photos are as private as the special-care member's record.
    GridCareVisit: {
      uploadPermission: 'grid.care.visit',
      canRead: async (ctx, v: CareVisit) => {
        const member = await ctx.loaders.entity(CareMember).load(v.member.id);
        return !!member && canSeeCare(ctx, member);
      },
    },
  },
  nodes: {
    // node(id) cannot check a caller's units, so only whole-community readers get units by id.
    [GRID_UNIT_TYPE]: { entity: GridUnit, permission: 'grid.allUnits' },
    GridDuty: { entity: GridDuty, permission: 'grid.duty.read' },
    GridCareMember: { entity: CareMember, permission: 'grid.care.readAll' },
    GridCareVisit: { entity: CareVisit, permission: 'grid.care.readAll' },
    GridHouseholdVisit: { entity: HouseholdVisit, permission: 'grid.visit.read', inScope: (ctx, v) => visitVisible(ctx, v as HouseholdVisit) },
    GridVisitFinding: { entity: VisitFinding, permission: 'grid.visit.read', inScope: (ctx, f) => visitVisible(ctx, f as VisitFinding) },
  },
  // Grid workers reach only their units' households in core's queries too.
  rowScopes: { Household: gridHouseholdScope, HouseholdsWithin: gridHouseholdsWithin },
  metrics: gridMetrics,
  participation: gridParticipation,
  jobs: [{ name: 'careOverdue', everyMs: 15 * 60_000, run: careOverdueJob }],
  strategies: [OVERDUE_MARKS],
  notifications: gridNotifications,
  migrations: [
    { name: 'Migration20261122100000_grid_init', class: Migration20261122100000_grid_init },
    { name: 'Migration20261207091000_grid_household_visits', class: Migration20261207091000_grid_household_visits },
    { name: 'Migration20261207120200_grid_organization_duties', class: Migration20261207120200_grid_organization_duties },
    { name: 'Migration20261207122100_grid_coordinates', class: Migration20261207122100_grid_coordinates },
  ],
  // Lazy: demo data code loads only for `seed --demo`.
  demoSeed: async () => require('./grid.demo') as typeof DemoSeed,
});
