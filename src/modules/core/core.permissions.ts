// Core actions and which roles get them by default (a community can override per role). The
// community itself and its members are tenancy's (the kernel's `tenancy.*` actions).
import type { LocalizedText, Role } from '../../plugins/module-contract';

const t = (zh: string, en: string): LocalizedText => ({ 'zh-CN': zh, en });

export const corePermissions = {
  'membership.linkResident': t('关联登录账号与居民档案', 'Link a login to its resident record'),
  'household.read': t('查看户档案', 'Read household files'),
  'household.readOwn': t('查看本人所在户及家庭成员', 'Read your own household and its members'),
  'household.write': t('维护户档案', 'Maintain household files'),
  'resident.read': t('查看居民', 'Read residents'),
  'resident.write': t('维护居民', 'Maintain residents'),
  'resident.readPersonal': t('查看身份证号和手机号明文（留痕）', 'Read unmasked ID numbers and phones (logged)'),
  'accessLog.read': t('查看个人信息访问记录', 'Read the personal-data access log'),
  'resident.readSensitive': t('查看残疾、困难、健康等敏感信息', 'Read disability, hardship and health flags'),
  'forces.read': t('查看五社力量', 'Read the five-forces registry'),
  'forces.manage': t('维护五社力量', 'Maintain the five-forces registry'),
  'outcomes.read': t('查看治理成效', 'Read the outcome figures (治理成效) of every enabled module'),
};

type Action = keyof typeof corePermissions;
const everyone: Action[] = ['forces.read', 'household.readOwn'];
const archiveReaders: Action[] = [...everyone, 'household.read', 'resident.read'];
const staff: Action[] = [
  ...archiveReaders,
  'outcomes.read',
  'household.write',
  'resident.write',
  'resident.readPersonal',
  'resident.readSensitive',
  'forces.manage',
  'membership.linkResident',
];

export const coreRoleDefaults: Partial<Record<Role, Action[]>> = {
  RESIDENT: everyone,
  VOLUNTEER: everyone,
  PARTY_MEMBER: everyone,
  SOCIAL_ORG_MEMBER: everyone,
  COBUILD_UNIT_MEMBER: everyone,
  GRID_STAFF: [...archiveReaders, 'household.write', 'resident.write', 'resident.readPersonal'],
  SOCIAL_WORKER: [...archiveReaders, 'resident.readSensitive'],
  COMMUNITY_STAFF: staff,
  COMMUNITY_ADMIN: [...staff, 'accessLog.read'],
  STREET_ADMIN: [...archiveReaders, 'outcomes.read'],
  PLATFORM_ADMIN: [...staff, 'accessLog.read'],
};
