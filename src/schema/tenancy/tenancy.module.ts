// Tenancy and identity, the kernel's own part of the schema: districts, streets, communities and their module
// configuration, accounts, memberships, sign-in tokens and API keys, plus `node(id:)` and the change
// feed. Declared with the same manifest as modules (so permissions, role overrides, events and
// node types work alike), always on, and added to every registry by the kernel itself.
import { CORE_VERSION } from '../../plugins/registry';
import { defineModule } from '../../plugins/module-contract';
import { Community, District, Street } from './community.entity';
import { Membership, MembershipInvitation } from './membership.entity';
import { Account, DistrictAdmin, StreetAdmin } from '../identity/account.entity';
import { DistrictResolver, StreetTierResolver } from './tier.resolver';
import { Migration20261207091300_tenancy_districts } from '../../../migrations/Migration20261207091300_tenancy_districts';
import { Migration20261207091400_tenancy_event_actor } from '../../../migrations/Migration20261207091400_tenancy_event_actor';
import { AuditResolver } from '../../plugins/events/audit.resolver';
import { ApiKey, LoginThrottle, RefreshToken } from '../identity/auth.entity';
import { AuthResolver } from '../identity/auth.resolver';
import { AccountResolver } from '../identity/account.resolver';
import { AccountPasswordResolver } from '../identity/account-password.resolver';
import { SessionResolver } from '../identity/session.resolver';
import { ApiKeyResolver } from '../identity/api-key.resolver';
import { CommunityResolver } from './community.resolver';
import { MembershipInvitationResolver, MembershipResolver } from './membership.resolver';
import { PermissionResolver } from './permission.resolver';
import { NodeResolver } from '../node.resolver';
import { ChangesResolver } from '../../plugins/events/changes.resolver';
import { tenancyPermissions, tenancyRoleDefaults } from './tenancy.permissions';
import { tenancyEvents } from './tenancy.events';
import { TenancySettings } from './tenancy.settings';
import { Migration20261207000000_tenancy_namespace } from '../../../migrations/Migration20261207000000_tenancy_namespace';
import { Migration20261207001000_tenancy_login_throttle } from '../../../migrations/Migration20261207001000_tenancy_login_throttle';
import { Migration20261207010000_tenancy_membership_invitations } from '../../../migrations/Migration20261207010000_tenancy_membership_invitations';
import { tenancyErrorCodes } from './tenancy.errors';
import { Migration20261207085000_tenancy_password_sessions } from '../../../migrations/Migration20261207085000_tenancy_password_sessions';

export const TENANCY = 'tenancy';

export const tenancyModule = defineModule({
  key: TENANCY,
  name: { 'zh-CN': '社区与账号', en: 'Communities and accounts' },
  description: {
    'zh-CN': '街道与社区、模块配置、账号与成员、登录令牌与接口密钥（平台内核）',
    en: 'Streets and communities, module configuration, accounts and members, sign-in tokens and API keys (the kernel)',
  },
  version: CORE_VERSION,
  coreRange: `^${CORE_VERSION}`,
  alwaysOn: true,
  entities: [District, Street, Community, Account, StreetAdmin, DistrictAdmin, Membership, MembershipInvitation, RefreshToken, ApiKey, LoginThrottle],
  resolvers: [
    AuthResolver,
    AccountResolver,
    AccountPasswordResolver,
    SessionResolver,
    CommunityResolver,
    MembershipResolver,
    MembershipInvitationResolver,
    PermissionResolver,
    ApiKeyResolver,
    NodeResolver,
    ChangesResolver,
    DistrictResolver,
    StreetTierResolver,
    AuditResolver,
  ],
  settings: TenancySettings,
  permissions: tenancyPermissions,
  roleDefaults: tenancyRoleDefaults,
  userErrorCodes: tenancyErrorCodes,
  events: { publishes: tenancyEvents },
  nodes: {
    Community: { entity: Community, permission: 'tenancy.community.read' },
    Street: { entity: Street, permission: 'tenancy.community.read' },
    District: { entity: District, permission: 'tenancy.community.read' },
    Membership: { entity: Membership, permission: 'tenancy.membership.read' },
    MembershipInvitation: { entity: MembershipInvitation, permission: 'tenancy.membership.read' },
    ApiKey: { entity: ApiKey, permission: 'tenancy.apiKey.manage' },
  },
  topics: ['community:<communityId>'],
  // Its tables were created by the first migrations (`_core_init`), before tenancy left the core module.
  migrations: [
    { name: 'Migration20261207000000_tenancy_namespace', class: Migration20261207000000_tenancy_namespace },
    { name: 'Migration20261207001000_tenancy_login_throttle', class: Migration20261207001000_tenancy_login_throttle },
    { name: 'Migration20261207010000_tenancy_membership_invitations', class: Migration20261207010000_tenancy_membership_invitations },
    { name: 'Migration20261207085000_tenancy_password_sessions', class: Migration20261207085000_tenancy_password_sessions },
    { name: 'Migration20261207091300_tenancy_districts', class: Migration20261207091300_tenancy_districts },
    { name: 'Migration20261207091400_tenancy_event_actor', class: Migration20261207091400_tenancy_event_actor },
  ],
});
