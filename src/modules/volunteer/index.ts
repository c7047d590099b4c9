// Module `volunteer` (志愿服务): teams from settings, registered volunteers linked to the 五社
// registry, activities with shifts, sign-ups with a limit and a waiting list, check-in/out by the
// organizer or by code, service hours confirmed by the organizer, exports and metrics.
import { defineModule, type LocalizedText } from '../../plugins/module-contract';
import type * as DemoSeed from './volunteer.demo';
import { VolunteerHoursRecordEdgesResolver, VolunteerHoursTotalEdgesResolver, VolunteerMemberEdgesResolver } from './volunteer-edges.resolver';
import { VolunteerActivity, VolunteerHoursRecord, VolunteerMember, VolunteerShift, VolunteerSignup } from './volunteer.entity';
import { VolunteerMemberResolver } from './volunteer-member.resolver';
import { VolunteerActivityResolver, VolunteerShiftResolver, VolunteerSignupResolver } from './volunteer-activity.resolver';
import { VolunteerHoursResolver } from './volunteer-hours.resolver';
import { VolunteerSettings } from './volunteer.settings';
import { volunteerEvents } from './volunteer.events';
import { volunteerHandlers } from './volunteer.handlers';
import { volunteerMetrics } from './volunteer.metrics';
import { volunteerParticipation } from './volunteer.participation';
import { Migration20261122140000_volunteer_init } from '../../../migrations/Migration20261122140000_volunteer_init';
import { Migration20261123020000_volunteer_personal_data_encrypt } from '../../../migrations/Migration20261123020000_volunteer_personal_data_encrypt';
import { SHIFT_PLACES } from './volunteer.service';
import { REGISTRATION_LOCK } from './member-personal.service';
import { volunteerErrorCodes } from './volunteer.errors';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const volunteerPermissions = {
  read: t('查看志愿活动与本人时长', 'See activities and your own hours'),
  signUp: t('报名、取消、扫码签到签退、加入志愿者', 'Sign up, cancel, check in/out by code, join as a volunteer'),
  organize: t('组织活动：发布、代报名、签到签退、确认与更正时长', 'Organize: publish, sign up others, check in/out, confirm and correct hours'),
  manage: t('登记与维护志愿者', 'Register and maintain volunteers'),
  report: t('查看全部时长、导出证明、成效指标', 'All hours, certificate exports and figures'),
  readPersonal: t('查看志愿者身份证号明文、按身份证号查找（留痕）', "Read volunteers' unmasked ID numbers and look them up by number (logged)"),
};

export default defineModule({
  key: 'volunteer',
  name: { 'zh-CN': '志愿服务', en: 'Volunteer services' },
  description: {
    'zh-CN': '志愿队伍、活动与班次、报名候补、签到签退、服务时长与证明',
    en: 'Teams, activities and shifts, sign-ups with waiting lists, check-in/out, service hours and certificates',
  },
  version: '0.1.0',
  coreRange: '^0.1.0',
  uses: ['dispatch'],
  entities: [VolunteerMember, VolunteerActivity, VolunteerShift, VolunteerSignup, VolunteerHoursRecord],
  resolvers: [
    VolunteerMemberResolver,
    VolunteerActivityResolver,
    VolunteerShiftResolver,
    VolunteerSignupResolver,
    VolunteerHoursResolver,
    VolunteerMemberEdgesResolver,
    VolunteerHoursRecordEdgesResolver,
    VolunteerHoursTotalEdgesResolver,
  ],
  settings: VolunteerSettings,
  permissions: volunteerPermissions,
  userErrorCodes: volunteerErrorCodes,
  roleDefaults: {
    RESIDENT: ['read', 'signUp'],
    VOLUNTEER: ['read', 'signUp'],
    PARTY_MEMBER: ['read', 'signUp'],
    SOCIAL_ORG_MEMBER: ['read', 'signUp', 'organize'],
    COBUILD_UNIT_MEMBER: ['read', 'signUp'],
    GRID_STAFF: ['read', 'organize'],
    SOCIAL_WORKER: ['read', 'organize', 'report'],
    COMMUNITY_STAFF: ['read', 'signUp', 'organize', 'manage', 'report', 'readPersonal'],
    COMMUNITY_ADMIN: ['read', 'signUp', 'organize', 'manage', 'report', 'readPersonal'],
    STREET_ADMIN: ['report'],
    PLATFORM_ADMIN: ['read', 'signUp', 'organize', 'manage', 'report', 'readPersonal'],
  },
  events: { publishes: volunteerEvents, handles: volunteerHandlers },
  attachments: { VolunteerActivity: { uploadPermission: 'volunteer.organize' } },
  nodes: {
    VolunteerActivity: { entity: VolunteerActivity, permission: 'volunteer.read' },
    VolunteerShift: { entity: VolunteerShift, permission: 'volunteer.read' },
    VolunteerMember: { entity: VolunteerMember, permission: 'volunteer.organize' },
    VolunteerSignup: { entity: VolunteerSignup, permission: 'volunteer.organize' },
    VolunteerHoursRecord: { entity: VolunteerHoursRecord, permission: 'volunteer.organize' },
  },
  metrics: volunteerMetrics,
  participation: volunteerParticipation,
  strategies: [SHIFT_PLACES, REGISTRATION_LOCK],
  migrations: [
    { name: 'Migration20261122140000_volunteer_init', class: Migration20261122140000_volunteer_init },
    { name: 'Migration20261123020000_volunteer_personal_data_encrypt', class: Migration20261123020000_volunteer_personal_data_encrypt },
  ],
  demoSeed: async () => require('./volunteer.demo') as typeof DemoSeed,
});
