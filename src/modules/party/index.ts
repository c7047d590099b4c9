// Module `party` (党建引领): the 大党委 (joint party committee) member units, the yearly 双月轮值
// rotation of chairing units, joint meetings, service items units and members claim, party
// members reporting to the community with their service records, and the 街道吹哨、部门报到
// escalation targets dispatch uses (public.ts).
import { defineModule } from '../../plugins/module-contract';
import { PartyEscalationTarget, PartyUnit } from './unit.entity';
import { PartyRotationSlot } from './rotation.entity';
import { PartyMeeting, PartyMeetingAttendance, PartyMeetingDecision } from './meeting.entity';
import { PartyServiceClaim, PartyServiceItem } from './service.entity';
import { PartyMember, PartyServiceRecord } from './member.entity';
import { PartyEscalationTargetResolver, PartyUnitResolver } from './unit.resolver';
import { PartyRotationResolver } from './rotation.resolver';
import { PartyMeetingAttendanceResolver, PartyMeetingDecisionResolver, PartyMeetingResolver } from './meeting.resolver';
import { PartyServiceClaimResolver, PartyServiceItemResolver, ITEM_PLACES } from './service.resolver';
import { PartyMemberResolver } from './member.resolver';
import { OrganizationPartyResolver, PartyTargetOrganizationResolver, PartyUnitOrganizationResolver } from './organization.resolver';
import { Migration20261207120100_party_organizations } from '../../../migrations/Migration20261207120100_party_organizations';
import { PartySettings } from './party.settings';
import { partyPermissions, partyRoleDefaults } from './party.permissions';
import { partyEvents } from './party.events';
import { partyHandlers } from './party.handlers';
import { partyMetrics } from './party.metrics';
import type * as DemoSeed from './party.demo';
import { Migration20261122210000_party_init } from '../../../migrations/Migration20261122210000_party_init';
import { Migration20261207051000_party_phones_encrypt } from '../../../migrations/Migration20261207051000_party_phones_encrypt';
import { partyErrorCodes } from './party.errors';

export { partyPermissions };

export default defineModule({
  key: 'party',
  name: { 'zh-CN': '党建引领', en: 'Party building' },
  description: {
    'zh-CN': '大党委成员单位、双月轮值、联席会议、服务项目认领、在职党员到社区报到、街道吹哨部门报到',
    en: 'Joint party committee units, bimonthly rotating chair, joint meetings, service items to claim, reporting party members, escalation targets',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['dispatch'],
  entities: [
    PartyUnit,
    PartyEscalationTarget,
    PartyRotationSlot,
    PartyMeeting,
    PartyMeetingAttendance,
    PartyMeetingDecision,
    PartyServiceItem,
    PartyServiceClaim,
    PartyMember,
    PartyServiceRecord,
  ],
  resolvers: [
    PartyUnitResolver,
    PartyEscalationTargetResolver,
    PartyRotationResolver,
    PartyMeetingResolver,
    PartyMeetingAttendanceResolver,
    PartyMeetingDecisionResolver,
    PartyServiceItemResolver,
    PartyServiceClaimResolver,
    PartyMemberResolver,
    PartyUnitOrganizationResolver,
    PartyTargetOrganizationResolver,
    OrganizationPartyResolver,
  ],
  settings: PartySettings,
  permissions: partyPermissions,
  roleDefaults: partyRoleDefaults,
  userErrorCodes: partyErrorCodes,
  events: { publishes: partyEvents, handles: partyHandlers },
  nodes: {
    PartyUnit: { entity: PartyUnit, permission: 'party.read' },
    PartyEscalationTarget: { entity: PartyEscalationTarget, permission: 'party.read' },
    PartyRotationSlot: { entity: PartyRotationSlot, permission: 'party.read' },
    PartyMeeting: { entity: PartyMeeting, permission: 'party.read' },
    PartyServiceItem: { entity: PartyServiceItem, permission: 'party.read' },
    PartyServiceClaim: { entity: PartyServiceClaim, permission: 'party.read' },
    PartyMember: { entity: PartyMember, permission: 'party.member.read' },
  },
  topics: ['community:<communityId> (party.* events)'],
  metrics: partyMetrics,
  strategies: [ITEM_PLACES],
  migrations: [
    { name: 'Migration20261122210000_party_init', class: Migration20261122210000_party_init },
    { name: 'Migration20261207051000_party_phones_encrypt', class: Migration20261207051000_party_phones_encrypt },
    { name: 'Migration20261207120100_party_organizations', class: Migration20261207120100_party_organizations },
  ],
  demoSeed: async () => require('./party.demo') as typeof DemoSeed,
});
