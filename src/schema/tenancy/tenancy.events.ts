// Events of tenancy and identity (communities, members, module configuration, API keys, accounts),
// recorded by the kernel, each with the permission a subscriber needs to see it. None carries
// personal data: the subject (community, membership, key …) is the event's subject.
import { z } from 'zod';
import { defineEvent } from '../../plugins/events/define-event';
import { ModuleConfigured } from '../../plugins/community-modules.events';

const none = z.object({});
const e = <S extends z.ZodType<Record<string, unknown>>>(name: string, schema: S, zh: string, en: string, permission: string) =>
  defineEvent(`tenancy.${name}`, schema, { description: { 'zh-CN': zh, en }, permission });

export const TENANCY_EVENTS = {
  CommunityCreated: e('CommunityCreated', none, '社区已创建', 'Community created', 'tenancy.community.read'),
  CommunityUpdated: e('CommunityUpdated', none, '社区已修改', 'Community updated', 'tenancy.community.read'),
  ModuleConfigured,
  MemberAdded: e('MemberAdded', none, '成员已添加', 'Member added', 'tenancy.membership.read'),
  /** residentLinked: set when the update linked (true) or unlinked (false) the member's resident record. */
  MemberUpdated: e('MemberUpdated', z.object({ residentLinked: z.boolean().optional() }), '成员已修改', 'Member updated', 'tenancy.membership.read'),
  ApiKeyCreated: e('ApiKeyCreated', none, '接口密钥已创建', 'API key created', 'tenancy.apiKey.manage'),
  ApiKeyRevoked: e('ApiKeyRevoked', none, '接口密钥已吊销', 'API key revoked', 'tenancy.apiKey.manage'),
  // Platform-level (no community feed carries them): the tiers above communities.
  DistrictCreated: e('DistrictCreated', none, '区/县已创建', 'District created', 'tenancy.community.read'),
  /** districtId: the district the street now belongs to (null: none). */
  StreetUpdated: e('StreetUpdated', z.object({ districtId: z.string().nullable() }), '街道已修改', 'Street office updated', 'tenancy.community.read'),
  /** tier: Street | District (the subject); accountId: the admin. */
  TierAdminAppointed: e(
    'TierAdminAppointed',
    z.object({ tier: z.enum(['Street', 'District']), accountId: z.string() }),
    '街道/区县管理员已任命',
    'Street or district admin appointed',
    'tenancy.community.read',
  ),
  TierAdminRemoved: e(
    'TierAdminRemoved',
    z.object({ tier: z.enum(['Street', 'District']), accountId: z.string() }),
    '街道/区县管理员已免去',
    'Street or district admin removed',
    'tenancy.community.read',
  ),
  // Platform-level (no community feed carries them); they clear cached access.
  AccountDisabled: e('AccountDisabled', none, '账号已停用', 'Account disabled', 'tenancy.membership.read'),
  AccountEnabled: e('AccountEnabled', none, '账号已启用', 'Account enabled', 'tenancy.membership.read'),
};

export const tenancyEvents = Object.values(TENANCY_EVENTS);
