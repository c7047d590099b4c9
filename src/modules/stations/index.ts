// Module `stations` (服务站点): stations of the kinds a community configures (Fengqing's featured
// 党群服务站/点 of the 15-minute life circle; Changzhou's skills / projects / resources sharing
// stations), their services grouped as the community likes (Changzhou's five 美好生活共同体),
// weekly opening hours with closures, and bookings of service slots under a capacity.
import { defineModule } from '../../plugins/module-contract';
import { StationEdgesResolver } from './station-edges.resolver';
import { Station, StationBooking, StationClosure, StationService, StationSlot } from './station.entity';
import { StationResolver, StationServiceResolver } from './station.resolver';
import { StationBookingResolver } from './booking.resolver';
import { StationsSettings } from './stations.settings';
import { stationsPermissions, stationsRoleDefaults } from './stations.permissions';
import { stationsEvents } from './stations.events';
import { stationsMetrics } from './stations.metrics';
import { stationsParticipation } from './stations.participation';
import type * as DemoSeed from './stations.demo';
import { Migration20261122230000_stations_init } from '../../../migrations/Migration20261122230000_stations_init';
import { Migration20261207122200_stations_coordinates } from '../../../migrations/Migration20261207122200_stations_coordinates';
import { SLOT_PLACES } from './booking.service';
import { stationsErrorCodes } from './stations.errors';
import { stationsNotifications } from './stations.notifications';

export default defineModule({
  key: 'stations',
  name: { 'zh-CN': '服务站点', en: 'Service stations' },
  description: {
    'zh-CN': '服务站点：站点类型、服务与服务共同体、开放时间与闭站、服务预约与到场确认',
    en: 'Service stations: kinds, services and groupings, opening hours and closures, slot bookings and attendance',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['grid'],
  entities: [Station, StationService, StationClosure, StationSlot, StationBooking],
  resolvers: [StationResolver, StationServiceResolver, StationBookingResolver, StationEdgesResolver],
  settings: StationsSettings,
  permissions: stationsPermissions,
  roleDefaults: stationsRoleDefaults,
  userErrorCodes: stationsErrorCodes,
  events: { publishes: stationsEvents },
  nodes: {
    Station: { entity: Station, permission: 'stations.read' },
    StationService: { entity: StationService, permission: 'stations.read' },
    StationClosure: { entity: StationClosure, permission: 'stations.read' },
    StationBooking: { entity: StationBooking, permission: 'stations.attend' },
  },
  metrics: stationsMetrics,
  participation: stationsParticipation,
  strategies: [SLOT_PLACES],
  notifications: stationsNotifications,
  migrations: [
    { name: 'Migration20261122230000_stations_init', class: Migration20261122230000_stations_init },
    { name: 'Migration20261207122200_stations_coordinates', class: Migration20261207122200_stations_coordinates },
  ],
  demoSeed: async () => require('./stations.demo') as typeof DemoSeed,
});
