// Module `core`: the tenant, people, households and residents, the five-forces registry, auth,
// module configuration and the change feed. Always on.
import { z } from 'zod';
import { defineModule } from '../../plugins/module-contract';
import { Account, StreetAdmin } from './account.entity';
import { PersonalDataAccess } from './access-log.entity';
import { ApiKey, RefreshToken } from './auth.entity';
import { Community, Street } from './community.entity';
import { CharityResource, CobuildingUnit, SocialOrganization, SocialWorker, Volunteer } from './forces.entity';
import { Household } from './household.entity';
import { Membership } from './membership.entity';
import { Resident } from './resident.entity';
import { AccountResolver } from './account.resolver';
import { MePhoneResolver, MembershipPhoneResolver } from './account-phone.resolver';
import { ApiKeyResolver } from './api-key.resolver';
import { AuthResolver } from './auth.resolver';
import { ChangesResolver } from './changes.resolver';
import { CommunityResolver } from './community.resolver';
import { forceResolvers } from './forces.resolver';
import { HouseholdResolver } from './household.resolver';
import { MembershipResolver } from './membership.resolver';
import { MembershipResidentResolver } from './membership-resident.resolver';
import { NodeResolver } from './node.resolver';
import { OutcomesResolver } from './outcomes.resolver';
import { ResidentResolver } from './resident.resolver';
import { AccessLogResolver } from './access-log.resolver';
import { corePermissions, coreRoleDefaults } from './core.permissions';
import { coreEvents } from './core.events';
import { Migration20261122000000_core_init } from '../../../migrations/Migration20261122000000_core_init';
import { Migration20261122090000_core_keyset_indexes } from '../../../migrations/Migration20261122090000_core_keyset_indexes';
import { Migration20261122200000_core_personal_data_encrypt } from '../../../migrations/Migration20261122200000_core_personal_data_encrypt';
import { Migration20261207050000_core_phones_encrypt } from '../../../migrations/Migration20261207050000_core_phones_encrypt';

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
    'zh-CN': '社区、成员、户与居民、五社力量登记、登录与模块配置',
    en: 'Communities, members, households, residents, five-forces registry, auth and module configuration',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  entities: [
    Street,
    Community,
    Account,
    StreetAdmin,
    Membership,
    Household,
    Resident,
    PersonalDataAccess,
    RefreshToken,
    ApiKey,
    SocialOrganization,
    SocialWorker,
    Volunteer,
    CobuildingUnit,
    CharityResource,
  ],
  resolvers: [
    AuthResolver,
    AccountResolver,
    CommunityResolver,
    MembershipResolver,
    MembershipResidentResolver,
    MembershipPhoneResolver,
    MePhoneResolver,
    HouseholdResolver,
    ResidentResolver,
    AccessLogResolver,
    ApiKeyResolver,
    NodeResolver,
    ChangesResolver,
    OutcomesResolver,
    ...forceResolvers,
  ],
  settings: { schema: coreSettings, version: 1 },
  permissions: corePermissions,
  roleDefaults: coreRoleDefaults,
  events: { publishes: coreEvents },
  nodes: {
    Community: { entity: Community, permission: 'core.community.read' },
    Street: { entity: Street, permission: 'core.community.read' },
    Membership: { entity: Membership, permission: 'core.membership.read' },
    Household: { entity: Household, permission: 'core.household.read' },
    Resident: { entity: Resident, permission: 'core.resident.read' },
    ApiKey: { entity: ApiKey, permission: 'core.apiKey.manage' },
    SocialOrganization: { entity: SocialOrganization, permission: 'core.forces.read' },
    SocialWorker: { entity: SocialWorker, permission: 'core.forces.read' },
    Volunteer: { entity: Volunteer, permission: 'core.forces.read' },
    CobuildingUnit: { entity: CobuildingUnit, permission: 'core.forces.read' },
    CharityResource: { entity: CharityResource, permission: 'core.forces.read' },
  },
  topics: ['community:<communityId>'],
  migrations: [
    { name: 'Migration20261122000000_core_init', class: Migration20261122000000_core_init },
    { name: 'Migration20261122090000_core_keyset_indexes', class: Migration20261122090000_core_keyset_indexes },
    { name: 'Migration20261122200000_core_personal_data_encrypt', class: Migration20261122200000_core_personal_data_encrypt },
    { name: 'Migration20261207050000_core_phones_encrypt', class: Migration20261207050000_core_phones_encrypt },
  ],
});
