// Module `core`: households and residents (一户一档), the five-forces registry, the personal-data
// access log and the outcome figures. Always on: the other modules build on its households.
import { z } from 'zod';
import { defineModule } from '../../plugins/module-contract';
import { PersonalDataAccess } from './access-log.entity';
import { CharityResource, CobuildingUnit, SocialOrganization, SocialWorker, Volunteer } from './forces.entity';
import { Household } from './household.entity';
import { Organization } from './organization.entity';
import { OrganizationResolver, organizationEdgeResolvers } from './organization.resolver';
import { Migration20261207120000_core_organizations } from '../../../migrations/Migration20261207120000_core_organizations';
import { Resident } from './resident.entity';
import { MePhoneResolver, MembershipPhoneResolver } from './account-phone.resolver';
import { forceResolvers } from './forces.resolver';
import { HouseholdResolver } from './household.resolver';
import { MembershipResidentResolver } from './membership-resident.resolver';
import { OutcomesResolver } from './outcomes.resolver';
import { ResidentResolver } from './resident.resolver';
import { AccessLogResolver } from './access-log.resolver';
import { corePermissions, coreRoleDefaults } from './core.permissions';
import { coreEvents } from './core.events';
import { inRowScope } from './row-scope.service';
import { Migration20261122000000_core_init } from '../../../migrations/Migration20261122000000_core_init';
import { Migration20261122090000_core_keyset_indexes } from '../../../migrations/Migration20261122090000_core_keyset_indexes';
import { Migration20261122200000_core_personal_data_encrypt } from '../../../migrations/Migration20261122200000_core_personal_data_encrypt';
import { Migration20261207050000_core_phones_encrypt } from '../../../migrations/Migration20261207050000_core_phones_encrypt';
import { Migration20261207122000_core_coordinates } from '../../../migrations/Migration20261207122000_core_coordinates';
import { coreErrorCodes } from './core.errors';
import { coreNotifications } from './core.notifications';

/** For the composition root (src/modules/index.ts): the demo community and its logins. */
export { coreDemo } from './communities.demo';

export const coreSettings = z.object({
  /** Language of notices when a member has not chosen one. */
  defaultLocale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  /** Whether residents may sign up themselves (otherwise staff add them). */
  residentSelfRegistration: z.boolean().default(false),
  /** Prefix of household numbers printed on 一户一档 files. */
  householdNumberPrefix: z.string().max(10).default(''),
});

export default defineModule({
  key: 'core',
  name: { 'zh-CN': '社区基础', en: 'Community core' },
  description: {
    'zh-CN': '户与居民（一户一档）、五社力量与组织登记、个人信息访问记录与治理成效',
    en: 'Households and residents, the five-forces registry, the personal-data access log and the outcome figures',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  alwaysOn: true,
  entities: [Household, Resident, PersonalDataAccess, SocialOrganization, SocialWorker, Volunteer, CobuildingUnit, CharityResource, Organization],
  resolvers: [
    MembershipResidentResolver,
    MembershipPhoneResolver,
    MePhoneResolver,
    HouseholdResolver,
    ResidentResolver,
    AccessLogResolver,
    OutcomesResolver,
    ...forceResolvers,
    OrganizationResolver,
    ...organizationEdgeResolvers,
  ],
  settings: { schema: coreSettings, version: 1 },
  permissions: corePermissions,
  roleDefaults: coreRoleDefaults,
  userErrorCodes: coreErrorCodes,
  events: { publishes: coreEvents },
  nodes: {
    Household: { entity: Household, permission: 'core.household.read', inScope: inRowScope },
    Resident: { entity: Resident, permission: 'core.resident.read', inScope: inRowScope },
    SocialOrganization: { entity: SocialOrganization, permission: 'core.forces.read' },
    SocialWorker: { entity: SocialWorker, permission: 'core.forces.read' },
    Volunteer: { entity: Volunteer, permission: 'core.forces.read' },
    CobuildingUnit: { entity: CobuildingUnit, permission: 'core.forces.read' },
    CharityResource: { entity: CharityResource, permission: 'core.forces.read' },
    Organization: { entity: Organization, permission: 'core.forces.read' },
  },
  notifications: coreNotifications,
  migrations: [
    { name: 'Migration20261122000000_core_init', class: Migration20261122000000_core_init },
    { name: 'Migration20261122090000_core_keyset_indexes', class: Migration20261122090000_core_keyset_indexes },
    { name: 'Migration20261122200000_core_personal_data_encrypt', class: Migration20261122200000_core_personal_data_encrypt },
    { name: 'Migration20261207050000_core_phones_encrypt', class: Migration20261207050000_core_phones_encrypt },
    { name: 'Migration20261207120000_core_organizations', class: Migration20261207120000_core_organizations },
    { name: 'Migration20261207122000_core_coordinates', class: Migration20261207122000_core_coordinates },
  ],
});
