// Events the core publishes, with the permission a subscriber needs to see each. Most carry no
// data: the subject (household, resident …) is the event's subject.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';
import { ModuleConfigured } from '../../plugins/community-modules.events';

const none = z.object({});
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission: string) =>
  defineEvent(`core.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });

const force = (kind: string) => ({
  Registered: e(`${kind}Registered`, none, '五社力量登记', `${kind} registered`, 'core.forces.read'),
  Updated: e(`${kind}Updated`, none, '五社力量更新', `${kind} updated`, 'core.forces.read'),
});

/** 五社 registry events by record type (the GraphQL type name). */
export const FORCE_EVENTS: Record<string, ReturnType<typeof force>> = Object.fromEntries(
  ['SocialOrganization', 'SocialWorker', 'Volunteer', 'CobuildingUnit', 'CharityResource'].map((k) => [k, force(k)]),
);

export const CORE_EVENTS = {
  CommunityCreated: e('CommunityCreated', none, '社区已创建', 'Community created', 'core.community.read'),
  CommunityUpdated: e('CommunityUpdated', none, '社区已修改', 'Community updated', 'core.community.read'),
  /** Recorded by the kernel (module enablement is tenancy); listed here, the module its type names. */
  ModuleConfigured,
  MemberAdded: e('MemberAdded', none, '成员已添加', 'Member added', 'core.membership.read'),
  /** residentLinked: set when the update linked (true) or unlinked (false) the member's resident record. */
  MemberUpdated: e('MemberUpdated', z.object({ residentLinked: z.boolean().optional() }), '成员已修改', 'Member updated', 'core.membership.read'),
  HouseholdCreated: e('HouseholdCreated', none, '户档案已建立', 'Household created', 'core.household.read'),
  HouseholdUpdated: e('HouseholdUpdated', none, '户档案已修改', 'Household updated', 'core.household.read'),
  HouseholdClosed: e('HouseholdClosed', none, '户档案已注销', 'Household closed', 'core.household.read'),
  ResidentRegistered: e('ResidentRegistered', none, '居民已登记', 'Resident registered', 'core.resident.read'),
  ResidentUpdated: e('ResidentUpdated', none, '居民信息已修改', 'Resident updated', 'core.resident.read'),
  ResidentMovedOut: e('ResidentMovedOut', none, '居民已迁出', 'Resident moved out', 'core.resident.read'),
  ApiKeyCreated: e('ApiKeyCreated', none, '接口密钥已创建', 'API key created', 'core.apiKey.manage'),
  ApiKeyRevoked: e('ApiKeyRevoked', none, '接口密钥已吊销', 'API key revoked', 'core.apiKey.manage'),
  // Platform-level (no community feed carries them); they clear cached access.
  AccountDisabled: e('AccountDisabled', none, '账号已停用', 'Account disabled', 'core.membership.read'),
  AccountEnabled: e('AccountEnabled', none, '账号已启用', 'Account enabled', 'core.membership.read'),
};

export const coreEvents = [...Object.values(CORE_EVENTS), ...Object.values(FORCE_EVENTS).flatMap((f) => [f.Registered, f.Updated])];
