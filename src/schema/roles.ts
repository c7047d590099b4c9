// Tenancy's roles: what a membership can hold in a community (street and platform admins sit
// above communities). The kernel owns them; module manifests grant permissions per role.
export const ROLES = [
  'RESIDENT',
  'GRID_STAFF',
  'SOCIAL_WORKER',
  'VOLUNTEER',
  'PARTY_MEMBER',
  'SOCIAL_ORG_MEMBER',
  'COBUILD_UNIT_MEMBER',
  'COMMUNITY_STAFF',
  'COMMUNITY_ADMIN',
  'STREET_ADMIN',
  'PLATFORM_ADMIN',
] as const;
export type Role = (typeof ROLES)[number];
