// Events the core publishes, with the permission a subscriber needs to see each. Most carry no
// data: the subject (household, resident …) is the event's subject.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';

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

/** 组织 identity events (the subject is the Organization). */
export const ORGANIZATION_EVENTS = {
  Registered: e('OrganizationRegistered', none, '组织已登记', 'Organization registered', 'core.forces.read'),
  Updated: e('OrganizationUpdated', none, '组织已修改', 'Organization updated', 'core.forces.read'),
};

export const CORE_EVENTS = {
  HouseholdCreated: e('HouseholdCreated', none, '户档案已建立', 'Household created', 'core.household.read'),
  HouseholdUpdated: e('HouseholdUpdated', none, '户档案已修改', 'Household updated', 'core.household.read'),
  HouseholdClosed: e('HouseholdClosed', none, '户档案已注销', 'Household closed', 'core.household.read'),
  ResidentRegistered: e('ResidentRegistered', none, '居民已登记', 'Resident registered', 'core.resident.read'),
  ResidentUpdated: e('ResidentUpdated', none, '居民信息已修改', 'Resident updated', 'core.resident.read'),
  ResidentMovedOut: e('ResidentMovedOut', none, '居民已迁出', 'Resident moved out', 'core.resident.read'),
};

export const coreEvents = [
  ...Object.values(CORE_EVENTS),
  ...Object.values(ORGANIZATION_EVENTS),
  ...Object.values(FORCE_EVENTS).flatMap((f) => [f.Registered, f.Updated]),
];
