// Council actions and which roles get them by default (a community can override per role).
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const councilPermissions = {
  read: t('查看议事会、议题、表决结果与公约', 'Read bodies, topics, results and documents'),
  allBodies: t(
    '查看各网格的议事机构（网格员默认只见本网格与社区级）',
    'See the bodies of every grid (grid staff by default see their own grid and community-level bodies)',
  ),
  'body.manage': t('建立议事机构、增补成员', 'Create bodies and manage members'),
  'topic.raise': t('提出议题（民事民提）', 'Raise topics'),
  'topic.comment': t('参与议事发言（民事民议）', 'Comment in discussions'),
  'topic.screen': t('受理、上报、推进议题', 'Screen, escalate and advance topics'),
  'topic.evaluate': t('评议办理结果（民事民评）', 'Evaluate outcomes'),
  'task.manage': t('安排与完成办理事项（民事民办）', 'Manage tasks carrying out decisions'),
  'vote.cast': t('投票（议事会成员）', 'Cast a ballot (council members)'),
  'vote.manage': t('发起、结束表决，录入现场票', 'Open and close votes, enter in-person ballots'),
  'meeting.manage': t('安排会议、登记出席、闭会', 'Schedule meetings, record attendance, close meetings'),
  'meeting.attend': t('线上参会', 'Attend meetings online'),
  'document.publish': t('发布居民公约、议事规则', 'Publish conventions and rules of procedure'),
  'comment.moderate': t('管理议事发言与议事群帖子（隐藏、恢复，须说明理由）', 'Hide and restore comments and online discussion posts, with a reason'),
};

type Action = keyof typeof councilPermissions;
// Residents and the five forces raise, discuss, vote (when seated) and evaluate.
const participant: Action[] = ['read', 'allBodies', 'topic.raise', 'topic.comment', 'topic.evaluate', 'vote.cast', 'meeting.attend'];
const all = Object.keys(councilPermissions) as Action[];

export const councilRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: participant,
  VOLUNTEER: participant,
  PARTY_MEMBER: participant,
  SOCIAL_ORG_MEMBER: participant,
  COBUILD_UNIT_MEMBER: participant,
  SOCIAL_WORKER: [...participant, 'meeting.manage'],
  // Grid workers keep to their grid (council.access.ts): no allBodies.
  GRID_STAFF: [...participant.filter((a) => a !== 'allBodies'), 'topic.screen', 'task.manage', 'vote.manage', 'meeting.manage'],
  COMMUNITY_STAFF: all,
  COMMUNITY_ADMIN: all,
  STREET_ADMIN: ['read', 'allBodies'],
  PLATFORM_ADMIN: all,
};

/**
 * What the guard asks of the staff mutations on a body's topics and meetings: reading the council.
 * The action itself is decided per body by council.policy.ts (role permission, or the body's chair).
 */
export const BODY_FLOOR = 'council.read';
