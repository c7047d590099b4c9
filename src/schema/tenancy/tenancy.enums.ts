// Tenancy's enums: the kind of a community and the roles a membership holds, each value described
// with its Chinese term.
import { registerEnumType } from 'type-graphql';
import { ROLES } from '../roles';

export enum CommunityKind {
  URBAN = 'URBAN',
  RURAL = 'RURAL',
  RELOCATION = 'RELOCATION',
  MIXED = 'MIXED',
}
registerEnumType(CommunityKind, {
  name: 'CommunityKind',
  description: '社区类型 — kind of community',
  valuesConfig: {
    URBAN: { description: '城市社区 — urban community' },
    RURAL: { description: '农村社区 — rural community (村)' },
    RELOCATION: { description: '易地扶贫搬迁安置社区 — poverty-relief relocation community' },
    MIXED: { description: '农居混居型社区 — mixed rural/urban residents' },
  },
});

export enum RoleKind {
  RESIDENT = 'RESIDENT',
  GRID_STAFF = 'GRID_STAFF',
  SOCIAL_WORKER = 'SOCIAL_WORKER',
  VOLUNTEER = 'VOLUNTEER',
  PARTY_MEMBER = 'PARTY_MEMBER',
  SOCIAL_ORG_MEMBER = 'SOCIAL_ORG_MEMBER',
  COBUILD_UNIT_MEMBER = 'COBUILD_UNIT_MEMBER',
  COMMUNITY_STAFF = 'COMMUNITY_STAFF',
  COMMUNITY_ADMIN = 'COMMUNITY_ADMIN',
  STREET_ADMIN = 'STREET_ADMIN',
  PLATFORM_ADMIN = 'PLATFORM_ADMIN',
}
// Keep the GraphQL enum and the runtime role list in one order.
if (Object.keys(RoleKind).join() !== ROLES.join()) throw new Error('RoleKind and ROLES differ');
registerEnumType(RoleKind, {
  name: 'RoleKind',
  description: '角色 — a role held in a community',
  valuesConfig: {
    RESIDENT: { description: '居民 — resident' },
    GRID_STAFF: { description: '网格员 — grid staff (网格长、网格员、楼栋长 …)' },
    SOCIAL_WORKER: { description: '社工 — social worker (驻站社工或社区社工)' },
    VOLUNTEER: { description: '志愿者 — volunteer' },
    PARTY_MEMBER: { description: '党员 — party member, incl. 报到党员 reporting from their employer' },
    SOCIAL_ORG_MEMBER: { description: '社会组织成员 — member of a social organization' },
    COBUILD_UNIT_MEMBER: { description: '共建单位成员 — member of a co-building unit' },
    COMMUNITY_STAFF: { description: '社区工作者 — community staff' },
    COMMUNITY_ADMIN: { description: '社区管理员 — community administrator' },
    STREET_ADMIN: { description: '街道管理员 — street office administrator over several communities' },
    PLATFORM_ADMIN: { description: '平台管理员 — platform administrator' },
  },
});
