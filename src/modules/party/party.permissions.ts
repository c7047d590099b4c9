// Party-building actions and the roles holding them by default (a community may override per
// role). Object-level rules (a unit's liaison, one's own reporting record) are in party.policy.ts.
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const partyPermissions = {
  read: t('查看大党委成员单位、轮值、联席会议、服务项目与吹哨对象', 'Read member units, the rotation, joint meetings, service items and escalation targets'),
  'member.read': t('查看报到党员及其服务记录', 'Read reporting party members and their service records'),
  'unit.manage': t('管理成员单位与吹哨对象', 'Manage member units and escalation targets'),
  'rotation.manage': t('生成与调整双月轮值', 'Generate and edit the yearly rotation'),
  'meeting.manage': t('安排联席会议、登记出席、记录纪要与决定', 'Schedule joint meetings, record attendance, minutes and decisions'),
  'meeting.convene': t(
    '召集本单位轮值月的联席会议（轮值主持单位的联络员）',
    "Convene the joint meetings of the months one's unit chairs (the chairing unit's liaison)",
  ),
  'item.manage': t('发布服务项目、代成员单位认领', 'Publish service items, claim on behalf of member units'),
  'item.claim': t('认领服务项目（本人或所联络的单位）', 'Claim service items (as oneself or for the unit one liaises for)'),
  'member.report': t('党员到社区报到（本人）', 'Report to the community as a party member (oneself)'),
  'member.manage': t('登记和管理报到党员', 'Register and manage reporting party members'),
};

type Action = keyof typeof partyPermissions;
const all = Object.keys(partyPermissions) as Action[];

// A unit's liaison may be any member: `meeting.convene` lets them run the joint meetings of the
// months their unit chairs (party.policy.ts), and nothing else — so every role that reads holds it.
export const partyRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: ['read', 'meeting.convene'],
  VOLUNTEER: ['read', 'meeting.convene'],
  SOCIAL_ORG_MEMBER: ['read', 'meeting.convene'],
  SOCIAL_WORKER: ['read', 'member.read', 'meeting.convene'],
  GRID_STAFF: ['read', 'member.read', 'meeting.convene'],
  PARTY_MEMBER: ['read', 'member.read', 'member.report', 'item.claim', 'meeting.convene'],
  COBUILD_UNIT_MEMBER: ['read', 'item.claim', 'meeting.convene'],
  COMMUNITY_STAFF: ['read', 'member.read', 'unit.manage', 'meeting.manage', 'meeting.convene', 'item.manage', 'item.claim', 'member.manage'],
  COMMUNITY_ADMIN: all,
  STREET_ADMIN: ['read', 'member.read'],
  PLATFORM_ADMIN: all,
};
