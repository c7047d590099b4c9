// 三项清单 actions and the roles that may hold them by default. The project's owner may also
// tick milestones and move their project without `manageProjects` (resources.policy.ts).
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const resourcesPermissions = {
  read: t('查看三项清单', 'Read needs, resources, projects and survey results'),
  answer: t('填写需求调查', 'Answer need surveys'),
  manageNeeds: t('登记和关闭需求', 'Record and close needs'),
  offer: t('登记资源（成员单位、社会组织）', 'Offer resources (member units, social organizations)'),
  manageResources: t('管理资源库', 'Change or archive any resource'),
  manageSurveys: t('发起需求调查、转入需求库', 'Run need surveys and turn their results into needs'),
  manageProjects: t('立项与管理项目', 'Create projects and manage their milestones and lifecycle'),
  requestFunding: t('为项目申请基金支出', 'Request a fund disbursement for a project'),
};

type Action = keyof typeof resourcesPermissions;
const member: Action[] = ['read', 'answer'];
const provider: Action[] = [...member, 'offer'];
const organiser: Action[] = [...provider, 'manageNeeds', 'manageSurveys', 'manageProjects'];
const staff: Action[] = [...organiser, 'manageResources', 'requestFunding'];

export const resourcesRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: member,
  VOLUNTEER: member,
  PARTY_MEMBER: member,
  SOCIAL_ORG_MEMBER: provider,
  COBUILD_UNIT_MEMBER: provider,
  GRID_STAFF: [...member, 'manageNeeds'],
  SOCIAL_WORKER: organiser,
  COMMUNITY_STAFF: staff,
  COMMUNITY_ADMIN: staff,
  STREET_ADMIN: ['read'],
  PLATFORM_ADMIN: staff,
};
