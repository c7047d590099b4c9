// Tenancy's actions (the community, its members, its module configuration, integrators' keys) and
// which roles get them by default; a community can override them per role like any module's.
import type { LocalizedText } from '../../plugins/module-contract';
import type { Role } from '../roles';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const tenancyPermissions = {
  'community.read': t('查看社区', 'Read the community'),
  'community.update': t('修改社区', 'Update the community'),
  'module.configure': t('配置模块', 'Enable and configure modules'),
  'preset.apply': t('更换社区模式', 'Switch the community to another preset (data is kept)'),
  'membership.read': t('查看成员', 'Read members'),
  'membership.manage': t('管理成员', 'Add members and change roles'),
  'apiKey.manage': t('管理接口密钥', 'Manage integrator API keys'),
  'audit.read': t('查看操作日志（谁在何时改了什么）', 'Read the audit log: who changed what, when'),
};

type Action = keyof typeof tenancyPermissions;
const everyone: Action[] = ['community.read'];
const readers: Action[] = [...everyone, 'membership.read'];
const admin: Action[] = [...readers, 'community.update', 'module.configure', 'preset.apply', 'membership.manage', 'apiKey.manage', 'audit.read'];

export const tenancyRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: everyone,
  VOLUNTEER: everyone,
  PARTY_MEMBER: everyone,
  SOCIAL_ORG_MEMBER: everyone,
  COBUILD_UNIT_MEMBER: everyone,
  GRID_STAFF: readers,
  SOCIAL_WORKER: readers,
  COMMUNITY_STAFF: readers,
  COMMUNITY_ADMIN: admin,
  // The street office that oversees a community may move it to another model.
  STREET_ADMIN: [...readers, 'preset.apply'],
  PLATFORM_ADMIN: admin,
};
