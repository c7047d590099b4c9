// Events the core publishes, with the permission a subscriber needs to see each.
import type { EventDeclaration } from '../../plugins/module-contract';

const e = (type: string, zh: string, en: string, permission: string): EventDeclaration => ({
  type: `core.${type}`,
  description: { 'zh-CN': zh, en },
  permission,
});

const forces = ['SocialOrganization', 'SocialWorker', 'Volunteer', 'CobuildingUnit', 'CharityResource'].flatMap((k) => [
  e(`${k}Registered`, '五社力量登记', `${k} registered`, 'core.forces.read'),
  e(`${k}Updated`, '五社力量更新', `${k} updated`, 'core.forces.read'),
]);

export const coreEvents: EventDeclaration[] = [
  e('CommunityCreated', '社区已创建', 'Community created', 'core.community.read'),
  e('CommunityUpdated', '社区已修改', 'Community updated', 'core.community.read'),
  e('ModuleConfigured', '模块配置已变更', 'Module configuration changed', 'core.community.read'),
  e('MemberAdded', '成员已添加', 'Member added', 'core.membership.read'),
  e('MemberUpdated', '成员已修改', 'Member updated', 'core.membership.read'),
  e('HouseholdCreated', '户档案已建立', 'Household created', 'core.household.read'),
  e('HouseholdUpdated', '户档案已修改', 'Household updated', 'core.household.read'),
  e('HouseholdClosed', '户档案已注销', 'Household closed', 'core.household.read'),
  e('ResidentRegistered', '居民已登记', 'Resident registered', 'core.resident.read'),
  e('ResidentUpdated', '居民信息已修改', 'Resident updated', 'core.resident.read'),
  e('ResidentMovedOut', '居民已迁出', 'Resident moved out', 'core.resident.read'),
  e('ApiKeyCreated', '接口密钥已创建', 'API key created', 'core.apiKey.manage'),
  e('ApiKeyRevoked', '接口密钥已吊销', 'API key revoked', 'core.apiKey.manage'),
  // Platform-level (no community feed carries them); they clear cached access.
  e('AccountDisabled', '账号已停用', 'Account disabled', 'core.membership.read'),
  e('AccountEnabled', '账号已启用', 'Account enabled', 'core.membership.read'),
  ...forces,
];
