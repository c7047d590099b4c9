// Venture actions and the roles that hold them by default (a community may override per role).
// `review` opens scoring to a kind of member; only the call's panel may in fact score (venture.policy.ts).
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const venturePermissions = {
  read: t('查看公益创投与本人申报', 'See calls for proposals and one’s own applications'),
  apply: t('社会组织申报项目、报告节点完成', 'Apply for a social organization and report milestones done'),
  review: t('评审打分（评审专家）', 'Score applications (panel members)'),
  manage: t('发布与截止创投、申请节点拨付', 'Publish and close calls, request milestone payments'),
  award: t('评定立项', 'Award projects by rank'),
};

type Action = keyof typeof venturePermissions;
const member: Action[] = ['read', 'review'];
const staff: Action[] = ['read', 'review', 'manage'];

export const ventureRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: ['read'],
  VOLUNTEER: ['read'],
  PARTY_MEMBER: member,
  // Peers from other organizations often sit on the panel; never on their own application (policy).
  SOCIAL_ORG_MEMBER: ['read', 'apply', 'review'],
  COBUILD_UNIT_MEMBER: member,
  GRID_STAFF: member,
  SOCIAL_WORKER: member,
  COMMUNITY_STAFF: staff,
  COMMUNITY_ADMIN: [...staff, 'award'],
  STREET_ADMIN: ['read', 'review'],
  PLATFORM_ADMIN: [...staff, 'award'],
};
